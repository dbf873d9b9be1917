import factory
from allauth.account.models import EmailAddress

from praxisdialog.accounts.models import User

PASSWORD = "a-long-test-password-1"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    preferred_language = "de"
    # An account made with another language has chosen it (as on the switcher).
    language_chosen = factory.LazyAttribute(lambda o: o.preferred_language != "de")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()


class VerifiedUserFactory(UserFactory):
    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class StaffFactory(VerifiedUserFactory):
    is_staff = True
    display_name = factory.Sequence(lambda n: f"Redaktion {n}")
