import factory

from praxisdialog.network.models import (
    ContactRequest,
    Conversation,
    Interest,
    Profile,
    ProfileLanguage,
)
from tests.accounts.factories import VerifiedUserFactory


def interests(*slugs: str) -> list[Interest]:
    return list(Interest.objects.filter(slug__in=slugs))


class ProfileFactory(factory.django.DjangoModelFactory):
    """A listed profile, visible to signed-in participants.

    `offers=["mentoring"]`, `seeks=[...]` and `languages=["de"]` take slugs and codes."""

    class Meta:
        model = Profile
        skip_postgeneration_save = True

    user = factory.SubFactory(VerifiedUserFactory)
    is_listed = True
    visibility = Profile.Visibility.PARTICIPANTS
    display_name = factory.Sequence(lambda n: f"Netzwerkerin {n}")
    region = ""

    @factory.post_generation
    def offers(self, create, extracted, **kwargs):
        if create and extracted:
            self.offers.set(interests(*extracted))

    @factory.post_generation
    def seeks(self, create, extracted, **kwargs):
        if create and extracted:
            self.seeks.set(interests(*extracted))

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            ProfileLanguage.objects.bulk_create(
                [ProfileLanguage(profile=self, code=code) for code in extracted]
            )


class PublicProfileFactory(ProfileFactory):
    visibility = Profile.Visibility.PUBLIC


class ContactRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactRequest

    sender = factory.SubFactory(VerifiedUserFactory)
    recipient = factory.SubFactory(VerifiedUserFactory)
    message = "Hallo, ich würde gern von Ihren Erfahrungen lernen."


def conversation_between(sender, recipient) -> Conversation:
    request = ContactRequestFactory(
        sender=sender, recipient=recipient, status=ContactRequest.Status.ACCEPTED
    )
    return Conversation.objects.create(request=request)
