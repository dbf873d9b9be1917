"""The pages: subscribing, confirming, unsubscribing without login, and the staff desk."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from praxisdialog.newsletter import selectors
from praxisdialog.newsletter.models import Delivery, Newsletter, Subscriber
from tests.newsletter.factories import NewsletterFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

CHECK_MAILBOX = "Bitte sehen Sie in Ihr Postfach"


def _subscribe(client, email="amal@example.org", **extra):
    data = {"email": email, "language": "de", "consent": "on", "role": "", "region": "DE-SN"}
    return client.post("/newsletter/", {**data, **extra}, follow=True)


def _confirm_path(message) -> str:
    return re.search(r"/newsletter/confirm/[\w-]+/", message.body).group(0)


def test_subscribe_page_has_one_heading_and_the_consent_text(client):
    response = client.get("/newsletter/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Ich möchte den Newsletter per E-Mail erhalten" in html
    assert "css/newsletter.css" in html
    assert 'href="/newsletter/"' in client.get("/").content.decode()


def test_subscribe_confirm_and_consent_proof(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _subscribe(client)
    assert CHECK_MAILBOX in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING

    path = _confirm_path(mail.outbox[0])
    page = client.get(path)
    assert "Abonnement bestätigen" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING  # a GET (a link scanner) confirms nothing

    done = client.post(path)
    assert "Sie erhalten jetzt unseren Newsletter" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.region == "DE-SN"
    assert subscriber.consent_text.startswith("Ich möchte den Newsletter per E-Mail erhalten")
    assert client.get(path).status_code == 404


def test_the_same_answer_whether_or_not_an_address_is_subscribed(client):
    SubscriberFactory(email="known@example.org", language="de")
    known = _subscribe(client, email="known@example.org", language="en")
    new = _subscribe(Client(), email="new@example.org")
    assert known.status_code == new.status_code == 200
    assert CHECK_MAILBOX in known.content.decode()
    assert CHECK_MAILBOX in new.content.decode()
    assert Subscriber.objects.get(email="known@example.org").language == "de"


def test_bad_input_is_explained_and_changes_nothing(client):
    response = client.post("/newsletter/", {"email": "kaputt", "language": "de"})
    html = response.content.decode()
    assert response.status_code == 422
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein." in html
    assert "Bitte stimmen Sie zu, damit wir Ihnen den Newsletter senden dürfen." in html
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_answers_like_a_person_and_stores_nothing(client):
    response = _subscribe(client, website="https://spam.example")
    assert CHECK_MAILBOX in response.content.decode()
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_subscriptions_are_rate_limited_per_ip(client, settings):
    settings.RATE_LIMITS = {"mail": (5, 2, 3600)}
    _subscribe(client, email="a@example.org")
    _subscribe(client, email="b@example.org")
    response = _subscribe(client, email="c@example.org")
    assert response.status_code == 422
    assert "Bitte warten Sie" in response.content.decode()
    assert Subscriber.objects.count() == 2


def test_an_expired_link_offers_a_new_one(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _subscribe(client)
    path = _confirm_path(mail.outbox[0])
    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        response = client.get(path)
        assert response.status_code == 410
        html = response.content.decode()
        assert "Dieser Link ist abgelaufen" in html
        assert client.post(path).status_code == 410
        assert Subscriber.objects.get().status == Subscriber.Status.PENDING
        with django_capture_on_commit_callbacks(execute=True):
            resent = client.post(path + "resend/", follow=True)
        assert "neuen Link geschickt" in resent.content.decode()
    assert len(mail.outbox) == 2
    client.post(_confirm_path(mail.outbox[1]))
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_unsubscribe_in_one_click_without_login_or_csrf():
    subscriber = SubscriberFactory(email="amal@example.org")
    path = f"/newsletter/u/{selectors.unsubscribe_token(subscriber.pk)}/"
    client = Client(enforce_csrf_checks=True)

    page = client.get(path)
    assert page.status_code == 200
    assert "amal@example.org" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED

    # RFC 8058: the mail program posts "List-Unsubscribe=One-Click", no cookie, no token.
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "erhält den Newsletter nicht mehr" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None

    assert client.post(f"/newsletter/u/{subscriber.pk}.forged/").status_code == 404


# --- staff -------------------------------------------------------------------------


@pytest.mark.parametrize(("who", "status"), [("anonymous", 302), ("user", 403)])
def test_staff_pages_are_closed_to_everyone_else(client, user, who, status):
    newsletter = NewsletterFactory()
    if who == "user":
        client.force_login(user)
    for path in [
        "/newsletter/manage/",
        "/newsletter/manage/new/",
        f"/newsletter/manage/{newsletter.pk}/",
        f"/newsletter/manage/{newsletter.pk}/edit/",
        f"/newsletter/manage/{newsletter.pk}/send/",
        f"/newsletter/manage/{newsletter.pk}/progress/",
    ]:
        assert client.get(path).status_code == status, path
    assert client.post(f"/newsletter/manage/{newsletter.pk}/send/").status_code == status
    assert client.post(f"/newsletter/manage/{newsletter.pk}/test/").status_code == status
    assert not Delivery.objects.exists()
    assert mail.outbox == []


def test_compose_preview_test_send_and_progress(client, staff, django_capture_on_commit_callbacks):
    client.force_login(staff)
    SubscriberFactory(email="de@example.org", language="de")
    SubscriberFactory(email="en@example.org", language="en")

    invalid = client.post("/newsletter/manage/new/", {"subject": "", "body": ""})
    assert invalid.status_code == 422
    assert "Dieses Feld ist zwingend erforderlich." in invalid.content.decode()
    assert not Newsletter.objects.exists()

    response = client.post(
        "/newsletter/manage/new/",
        {
            "subject": "Neuigkeiten",
            "body": "Ein **wichtiger** Termin.",
            "version_en_subject": "News",
            "version_en_body": "An **important** date.",
            "version_ar_subject": "أخبار",
            "version_ar_body": "موعد **مهم**.",
        },
        follow=True,
    )
    newsletter = Newsletter.objects.get()
    assert newsletter.created_by == staff
    html = response.content.decode()
    assert "Ein <strong>wichtiger</strong> Termin." in html
    assert html.count("<h1") == 1

    english = client.get(f"/newsletter/manage/{newsletter.pk}/?language=en").content.decode()
    assert "An <strong>important</strong> date." in english
    assert "Unsubscribe with one click" in english
    assert newsletter.translations["ar"] == {"subject": "أخبار", "body": "موعد **مهم**."}
    arabic = client.get(f"/newsletter/manage/{newsletter.pk}/?language=ar").content.decode()
    assert "موعد <strong>مهم</strong>." in arabic
    # No Turkish version: Turkish subscribers get the German.
    turkish = client.get(f"/newsletter/manage/{newsletter.pk}/?language=tr").content.decode()
    assert "Ein <strong>wichtiger</strong> Termin." in turkish

    client.post(f"/newsletter/manage/{newsletter.pk}/test/", {"language": "en"})
    assert [(m.to, m.subject) for m in mail.outbox] == [([staff.email], "[Test] News")]

    confirm = client.get(f"/newsletter/manage/{newsletter.pk}/send/").content.decode()
    assert "2 bestätigte Abonnenten" in confirm

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/newsletter/manage/{newsletter.pk}/send/")
    progress = client.get(f"/newsletter/manage/{newsletter.pk}/progress/")
    html = progress.content.decode()
    assert "Der Versand hat begonnen: 2 Empfänger." in html
    assert re.search(r'id="count-sent">2<', html)
    assert re.search(r'id="count-pending">0<', html)
    assert len(mail.outbox) == 3
    newsletter.refresh_from_db()
    assert newsletter.status == Newsletter.Status.SENT

    # A sent newsletter can no longer be edited.
    edit = client.post(
        f"/newsletter/manage/{newsletter.pk}/edit/", {"subject": "X", "body": "Y"}, follow=True
    )
    assert "kann nicht mehr geändert werden" in edit.content.decode()
    newsletter.refresh_from_db()
    assert newsletter.subject == "Neuigkeiten"


def test_progress_fragment_for_htmx(client, staff):
    client.force_login(staff)
    newsletter = NewsletterFactory(status=Newsletter.Status.SENDING)
    for status in ["sent", "sent", "failed", "pending"]:
        Delivery.objects.create(
            newsletter=newsletter, subscriber=SubscriberFactory(), status=status
        )
    response = client.get(
        f"/newsletter/manage/{newsletter.pk}/progress/", headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert 'hx-trigger="every 3s"' in html
    assert re.search(r'id="count-sent">2<', html)
    assert re.search(r'id="count-failed">1<', html)
    assert re.search(r'id="count-pending">1<', html)


def test_edit_a_draft(client, staff):
    client.force_login(staff)
    newsletter = NewsletterFactory()
    response = client.post(
        f"/newsletter/manage/{newsletter.pk}/edit/",
        {"subject": "Neu", "body": "Text", "languages": ["en"], "regions": ["DE-SN"]},
    )
    assert response.status_code == 302
    newsletter.refresh_from_db()
    assert (newsletter.subject, newsletter.languages, newsletter.regions) == (
        "Neu",
        ["en"],
        ["DE-SN"],
    )


def test_newsletter_list_has_a_fixed_query_budget(client, staff, django_assert_max_num_queries):
    client.force_login(staff)
    NewsletterFactory.create_batch(2)
    with django_assert_max_num_queries(12) as small:
        client.get("/newsletter/manage/")
    NewsletterFactory.create_batch(18)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get("/newsletter/manage/")
    assert response.content.decode().count('class="badge newsletter-draft"') == 20
