import factory
from django.utils import timezone

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Answer, Contribution
from tests.accounts.factories import VerifiedUserFactory
from tests.calls.factories import CallFactory


class ContributionFactory(factory.django.DjangoModelFactory):
    """A published contribution with an answer to every question of its call."""

    class Meta:
        model = Contribution
        skip_postgeneration_save = True

    call = factory.SubFactory(CallFactory)
    author = factory.SubFactory(VerifiedUserFactory)
    title = factory.Sequence(lambda n: f"Erfahrung {n}")
    role = factory.LazyFunction(lambda: Role.objects.get(slug="employer"))
    setting = factory.LazyFunction(lambda: Setting.objects.get(slug="sme"))
    region = "DE-SN"
    language = "de"
    status = Contribution.Status.PUBLISHED
    consent_at = factory.LazyFunction(timezone.now)
    consent_version = "test"
    submitted_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def answers(self, create, extracted, **kwargs):
        if not create:
            return
        for question in self.call.questions.all():
            Answer.objects.create(
                contribution=self, question=question, text=f"Antwort auf {question.text}"
            )
