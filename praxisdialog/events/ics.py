"""Calendar files (RFC 5545) with icalendar: one event, or the feed of upcoming ones.

Times are written in Europe/Berlin with a VTIMEZONE, so calendars keep the local
time right across a daylight-saving change."""

from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from .models import Event, Registration
from .rules import online_link_shown

BERLIN = ZoneInfo("Europe/Berlin")


def _uid(event: Event) -> str:
    host = urlparse(settings.SITE_URL).hostname or "praxisdialog"
    return f"event-{event.pk}@{host}"


def _location(event: Event) -> str:
    parts = []
    if event.has_venue:
        parts += [event.venue_name, " ".join(event.venue_address.split())]
    if event.is_online and not parts:
        parts.append("Online")
    return ", ".join(part for part in parts if part)


def _component(event: Event, *, registration: Registration | None) -> CalendarEvent:
    component = CalendarEvent()
    component.add("uid", _uid(event))
    component.add("dtstamp", timezone.now())
    component.add("dtstart", event.starts_at.astimezone(BERLIN))
    component.add("dtend", event.ends_at.astimezone(BERLIN))
    component.add("summary", event.display_title)
    url = settings.SITE_URL + event.get_absolute_url()
    description = [event.display_description.strip(), url]
    if online_link_shown(registration):
        description.append(event.online_link)
    component.add("description", "\n\n".join(part for part in description if part))
    location = _location(event)
    if location:
        component.add("location", location)
    component.add("url", url)
    component.add("sequence", event.sequence)
    component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return component


def calendar_bytes(
    events: list[Event], *, registration: Registration | None = None, name: str = ""
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Praxisdialog//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if len(events) == 1:
        calendar.add("method", "CANCEL" if events[0].is_cancelled else "PUBLISH")
    else:
        calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_component(event, registration=registration))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def event_ics(event: Event, *, registration: Registration | None = None) -> bytes:
    return calendar_bytes([event], registration=registration)
