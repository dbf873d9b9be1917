from datetime import timedelta

import factory
from django.utils import timezone

from praxisdialog.calls.models import Call, Phase, PhaseKind, Question, Role, Setting


class CallFactory(factory.django.DjangoModelFactory):
    """A published call whose collect phase is open now, with three questions."""

    class Meta:
        model = Call
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Integration und Innovation {n}")
    slug = factory.Sequence(lambda n: f"aufruf-{n}")
    teaser = "Erzählen Sie uns, was funktioniert."
    translations = factory.Sequence(
        lambda n: {
            "en": {"title": f"Integration and innovation {n}", "teaser": "Tell us what works."}
        }
    )
    body = "Wir suchen **Erfahrungen**."
    status = Call.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    contact_name = "Dana Beispiel"
    contact_function = "Projektleitung"
    contact_email = "dialog@example.org"

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        if not create:
            return
        count = extracted if extracted is not None else 3
        for position in range(1, count + 1):
            Question.objects.create(
                call=self,
                position=position,
                text=f"Frage {position}?",
                translations={"en": {"text": f"Question {position}?"}},
                required=position < 3,
            )

    @factory.post_generation
    def phases(self, create, extracted, **kwargs):
        """`phase="discuss"` makes that phase the current one; the others follow in order."""
        if not create:
            return
        current = kwargs.get("current", PhaseKind.COLLECT)
        now = timezone.now()
        kinds = list(PhaseKind)
        index = kinds.index(current)
        for offset, kind in enumerate(kinds):
            start = now + timedelta(days=30 * (offset - index)) - timedelta(days=10)
            Phase.objects.create(
                call=self, kind=kind, starts_at=start, ends_at=start + timedelta(days=30)
            )

    @factory.post_generation
    def taxonomies(self, create, extracted, **kwargs):
        if create:
            self.roles.set(Role.objects.all())
            self.settings.set(Setting.objects.all())
