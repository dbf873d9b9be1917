import csv
import io
import re
from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.utils import timezone

from praxisdialog.events import services
from praxisdialog.events.models import Event, Registration
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.events.factories import AgendaSlotFactory, EventFactory

pytestmark = pytest.mark.django_db


def _h1_count(response) -> int:
    return len(re.findall(r"<h1[\s>]", response.content.decode()))


def test_the_list_shows_upcoming_and_past_events_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    EventFactory.create_batch(2)
    with django_assert_max_num_queries(8) as few:
        response = client.get("/events/")
    assert response.status_code == 200
    assert _h1_count(response) == 1
    EventFactory.create_batch(18)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/events/")
    assert "Plätze frei" in response.content.decode()
    past = EventFactory(
        title="Vorbei",
        starts_at=timezone.now() - timedelta(days=3),
        ends_at=timezone.now() - timedelta(days=3) + timedelta(hours=2),
    )
    assert past.title not in client.get("/events/").content.decode()
    assert past.title in client.get("/events/?show=past").content.decode()


def test_the_event_page_shows_what_when_where_and_seats_left(client, event):
    services.registration_create(event=event, user=VerifiedUserFactory())
    response = client.get(event.get_absolute_url())
    page = response.content.decode()
    assert _h1_count(response) == 1
    assert event.title in page
    assert "Werkhalle" in page
    assert "19 von 20 Plätzen frei" in page
    assert "stufenloser Zugang" in page
    assert event.online_link not in page


def test_a_signed_in_user_registers_in_one_step_and_sees_the_link(
    client, user, event, django_capture_on_commit_callbacks
):
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/events/{event.pk}/register/", {"list_consent": "on"})
    assert response.status_code == 302
    registration = Registration.objects.get(user=user)
    assert registration.status == "confirmed"
    assert registration.list_consent
    assert len(mail.outbox) == 1
    page = client.get(event.get_absolute_url()).content.decode()
    assert event.online_link in page
    assert "19 von 20 Plätzen frei" in page


def test_a_guest_registers_confirms_and_cancels_by_the_links_without_login(
    client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/events/{event.pk}/register/", {"name": "Gast Zwei", "email": "gast@example.org"}
        )
    assert response.status_code == 302
    registration = Registration.objects.get(email="gast@example.org")
    assert registration.status == "pending"
    manage = re.search(r"http://\S+/events/r/\S+/", mail.outbox[0].body).group(0)
    path = "/" + manage.split("/", 3)[3]
    assert client.get(path).status_code == 200
    client.post(f"{path}confirm/")
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    page = client.get(path).content.decode()
    assert event.online_link in page
    calendar = icalendar.Calendar.from_ical(client.get(f"{path}event.ics").content)
    assert event.online_link in str(calendar.events[0].get("description"))
    client.post(f"{path}cancel/")
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert client.get("/events/r/unknown-token/").status_code == 404


def test_bad_guest_input_gets_a_message_and_changes_nothing(client, event):
    response = client.post(f"/events/{event.pk}/register/", {"name": "", "email": "nope"})
    assert response.status_code == 422
    assert "errorlist" in response.content.decode()
    assert not Registration.objects.exists()


def test_drafts_are_404_and_organiser_pages_are_for_staff(client, user, staff, event):
    draft = EventFactory(status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    url = f"/events/{event.pk}/participants/"
    assert client.get(url).status_code == 302
    client.force_login(user)
    assert client.get(url).status_code == 403
    assert client.get(f"/events/{event.pk}/check-in/").status_code == 403
    client.force_login(staff)
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_organisers_see_the_list_download_csv_check_in_and_add(client, staff, event):
    services.registration_create(
        event=event,
        user=VerifiedUserFactory(display_name="=Anna Beispiel"),
        answers=services.RegistrationAnswers(dietary_needs="vegan"),
    )
    client.force_login(staff)
    page = client.get(f"/events/{event.pk}/participants/")
    assert page.status_code == 200
    assert "vegan" in page.content.decode()
    rows = list(
        csv.reader(io.StringIO(client.get(f"/events/{event.pk}/participants.csv").content.decode()))
    )
    assert rows[1][0] == "'=Anna Beispiel"
    assert "vegan" in rows[1]
    registration = Registration.objects.get()
    found = client.get(f"/events/{event.pk}/check-in/?q=anna")
    assert "Anna Beispiel" in found.content.decode()
    response = client.post(
        f"/events/{event.pk}/check-in/{registration.pk}/",
        {"attended": "1"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert "is-present" in response.content.decode()
    # The count of people present above the list is swapped in with the row.
    assert '<dd id="figure-attended" hx-swap-oob="true">1</dd>' in response.content.decode()
    registration.refresh_from_db()
    assert registration.attended_at is not None
    client.post(
        f"/events/{event.pk}/participants/add/", {"name": "Neu", "email": "neu@example.org"}
    )
    assert Registration.objects.get(email="neu@example.org").status == "confirmed"


def test_participants_csv_defuses_formulas_behind_a_tab(client, staff, event):
    """A leading tab hides a formula from a check of the first sign."""
    services.registration_create(
        event=event,
        user=VerifiedUserFactory(display_name='\t=HYPERLINK("http://angreifer.example")'),
        answers=services.RegistrationAnswers(dietary_needs="@SUM(1+1)"),
    )
    client.force_login(staff)
    response = client.get(f"/events/{event.pk}/participants.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][0].startswith("'\t=")
    assert "'@SUM(1+1)" in rows[1]


def test_participant_lists_show_the_display_name_not_the_real_name(client, staff, event):
    """A participant chose a display name and gave their real name only for where they
    publish under it: no list of an event shows the real name, to organisers neither."""
    chosen = VerifiedUserFactory(display_name="Kiki", full_name="Katharina Klarname")
    mine = services.registration_create(
        event=event, user=chosen, answers=services.RegistrationAnswers(list_consent=True)
    )
    other = VerifiedUserFactory(display_name="Otto", full_name="Otto Ohnename")
    services.registration_create(
        event=event, user=other, answers=services.RegistrationAnswers(list_consent=True)
    )
    # Registered before: the list follows the name the person shows today.
    chosen.display_name = "Kiki K."
    chosen.save()

    client.force_login(staff)
    pages = [
        client.get(f"/events/{event.pk}/participants/").content.decode(),
        client.get(f"/events/{event.pk}/check-in/?q=kiki").content.decode(),
        client.get(f"/events/{event.pk}/participants.csv").content.decode(),
    ]
    client.force_login(other)
    pages.append(client.get(event.get_absolute_url()).content.decode())
    client.logout()
    pages.append(client.get(mine.get_manage_url()).content.decode())
    for page in pages:
        assert "Kiki K." in page
        assert "Klarname" not in page


def test_calendar_feed_and_agenda_are_public(client, event):
    contribution = ContributionFactory(title="Tandem an der Drehbank")
    slot = AgendaSlotFactory(event=event, title="Tandems", theme_title="Begleitung")
    slot.contributions.add(contribution)
    feed = client.get("/events/feed.ics")
    assert feed["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(feed.content)
    assert [e.get("summary") for e in calendar.events] == [event.title]
    assert event.online_link not in feed.content.decode()
    agenda = client.get(f"/events/{event.pk}/agenda/")
    assert _h1_count(agenda) == 1
    assert "Tandem an der Drehbank" in agenda.content.decode()
    assert "Begleitung" in agenda.content.decode()


def test_feedback_form_by_link_and_results_for_organisers(client, staff):
    event = EventFactory(
        starts_at=timezone.now() - timedelta(days=1),
        ends_at=timezone.now() - timedelta(days=1) + timedelta(hours=3),
        registration_opens_at=None,
    )
    registration = services.registration_create(
        event=event, name="Gast", email="g@example.org", by_organiser=True
    )
    assert client.get(f"/events/r/{registration.token}/feedback/").status_code == 404
    services.attendance_mark(registration=registration, attended=True)
    response = client.post(
        f"/events/r/{registration.token}/feedback/",
        {"rating": "4", "liked": "Die Tandems", "improve": "Mehr Pausen"},
    )
    assert response.status_code == 302
    client.force_login(staff)
    results = client.get(f"/events/{event.pk}/feedback/").content.decode()
    assert "Mehr Pausen" in results
    assert re.search(r"4[.,]0", results)


def _guest_register(client, event, email: str):
    client.cookies.clear()
    return client.post(
        f"/events/{event.pk}/register/", {"name": "Gast", "email": email}, follow=True
    )


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.mark.parametrize("full", [False, True], ids=["seats-left", "waiting-list"])
def test_guest_registration_answers_a_registered_address_like_a_new_one(
    client, event, full, django_capture_on_commit_callbacks
):
    """The attack: register someone's address as a guest and read whether they are
    registered from the answer. Known and new get the same page; the owner of the
    known address gets a mail with the link to their registration."""
    with django_capture_on_commit_callbacks(execute=True):
        _guest_register(client, event, "bekannt@example.org")
    if full:
        taken = Registration.objects.filter(event=event).count()
        Event.objects.filter(pk=event.pk).update(capacity=taken, waitlist_enabled=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        known = _guest_register(client, event, "bekannt@example.org")
        new = _guest_register(client, event, "neu@example.org")
    assert known.status_code == new.status_code == 200
    assert known.redirect_chain == new.redirect_chain
    assert _messages(known) == _messages(new)
    assert len(_messages(new)) == 1
    # One mail to each address; only the owner of the known one learns it was known.
    assert sorted(message.to[0] for message in mail.outbox) == [
        "bekannt@example.org",
        "neu@example.org",
    ]
    again = next(m for m in mail.outbox if m.to[0] == "bekannt@example.org")
    manage = Registration.objects.get(email="bekannt@example.org").get_manage_url()
    assert manage in again.body
    assert Registration.objects.filter(email="bekannt@example.org").count() == 1
