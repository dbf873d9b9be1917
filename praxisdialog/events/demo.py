"""Demo content of this capability, called by `manage.py seed_demo` (idempotent)."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from praxisdialog.calls.models import PhaseKind

from . import services
from .models import AgendaSlot, Event

BERLIN = ZoneInfo("Europe/Berlin")
DEMO_TITLE = "Werkstatt: Integration und Innovation in der Praxis"


def _at(day, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def seed(*, call, staff, participant, authors) -> None:
    """Add what is missing; keep what exists."""
    if Event.objects.filter(call=call, title=DEMO_TITLE).exists():
        return
    phase = call.phases.filter(kind=PhaseKind.WORKSHOP).first()
    start = phase.starts_at if phase is not None else timezone.now() + timedelta(days=30)
    day = (start.astimezone(BERLIN) + timedelta(days=1)).date()
    event = services.event_save(
        event=Event(
            call=call,
            title=DEMO_TITLE,
            description=(
                "Ein Tag, um die Erfahrungen aus dem Aufruf gemeinsam weiterzudenken: "
                "kurze Impulse, Arbeitsgruppen zu den Themen, Vernetzung."
            ),
            format=Event.Format.HYBRID,
            status=Event.Status.PUBLISHED,
            venue_name="Werkhalle am Kanal",
            venue_address="Beispielstraße 1\n04109 Leipzig",
            step_free_access=True,
            hearing_loop=True,
            accessible_toilet=True,
            accessibility_notes="Ruheraum vorhanden. Assistenzhunde willkommen.",
            online_link="https://meet.example.org/praxisdialog-werkstatt",
            starts_at=_at(day, 10),
            ends_at=_at(day, 16),
            capacity=40,
            registration_opens_at=timezone.now() - timedelta(days=1),
            waitlist_enabled=True,
            languages="Deutsch, Englisch",
            interpretation="Arabisch, Ukrainisch, Deutsche Gebärdensprache",
        )
    )
    contributions = list(call.contributions.filter(status="published").order_by("pk")[:6])
    slots = [
        (10, 0, 10, 30, "Ankommen und Begrüßung", None),
        (10, 30, 12, 0, "Tandems im Betrieb", "Begleitung im Arbeitsalltag"),
        (13, 0, 14, 30, "Neue Ideen durch neue Kolleginnen und Kollegen", "Innovation"),
        (14, 45, 16, 0, "Verabredungen und Vernetzung", None),
    ]
    for index, (h1, m1, h2, m2, title, theme) in enumerate(slots):
        slot = AgendaSlot.objects.create(
            event=event,
            starts_at=_at(day, h1, m1),
            ends_at=_at(day, h2, m2),
            title=title,
            theme_title=theme,
        )
        if theme and contributions:
            slot.contributions.set(contributions[(index - 1) * 3 : index * 3])
    if participant is not None:
        services.registration_create(event=event, user=participant)
