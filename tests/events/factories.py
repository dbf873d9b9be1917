from datetime import timedelta

import factory
from django.utils import timezone

from praxisdialog.events.models import AgendaSlot, Event


class EventFactory(factory.django.DjangoModelFactory):
    """A published on-site event in ten days, open for registration, 20 seats."""

    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Werkstatt {n}")
    description = "Wir arbeiten an den **Themen** des Aufrufs."
    format = Event.Format.HYBRID
    status = Event.Status.PUBLISHED
    venue_name = "Werkhalle"
    venue_address = "Beispielstraße 1, Leipzig"
    step_free_access = True
    online_link = "https://meet.example.org/werkstatt"
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=6))
    capacity = 20
    registration_opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    waitlist_enabled = True
    languages = "Deutsch"


class AgendaSlotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaSlot

    event = factory.SubFactory(EventFactory)
    starts_at = factory.LazyAttribute(lambda o: o.event.starts_at)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1))
    title = factory.Sequence(lambda n: f"Arbeitsgruppe {n}")
