import json
from pathlib import Path

import factory

from praxisdialog.accounts.models import User
from praxisdialog.contributions.models import Answer, Contribution
from praxisdialog.insights.models import Theme, ThemeAssignment, ThemeRun
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory

CORPUS = Path(__file__).with_name("corpus.json")


def load_corpus() -> list[dict]:
    return json.loads(CORPUS.read_text(encoding="utf-8"))


def shared_author() -> User:
    """One author for the many contributions of a corpus: hashing a password per
    contribution would make these tests slow for nothing."""
    email = "corpus-author@example.org"
    return User.objects.filter(email=email).first() or VerifiedUserFactory(email=email)


def contribution_with_text(*, call, title: str, answers: list[str], language: str = "de", **kw):
    """A published contribution whose answers are the given texts (in question order)."""
    kw.setdefault("author", shared_author())
    contribution = ContributionFactory(call=call, title=title, language=language, **kw)
    contribution.answers.all().delete()
    for question, text in zip(call.questions.all(), answers, strict=False):
        Answer.objects.create(contribution=contribution, question=question, text=text)
    return contribution


def contributions_from_corpus(call, items: list[dict]) -> list[Contribution]:
    return [
        contribution_with_text(
            call=call, title=item["title"], answers=item["answers"], language=item["language"]
        )
        for item in items
    ]


class ThemeRunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThemeRun

    call = factory.SubFactory("tests.calls.factories.CallFactory")
    status = ThemeRun.Status.DONE


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    run = factory.SubFactory(ThemeRunFactory)
    label = factory.Sequence(lambda n: f"Thema {n}")
    dominant_concepts = ["language-at-work"]
    top_terms = ["sprachkurs"]


class ThemeAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThemeAssignment

    theme = factory.SubFactory(ThemeFactory)
    contribution = factory.SubFactory(
        ContributionFactory,
        call=factory.SelfAttribute("..theme.run.call"),
        author=factory.LazyFunction(shared_author),
    )
    weight = 0.5
