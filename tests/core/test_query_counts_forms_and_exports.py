"""The pages the other query-count tests leave out make the same number of queries with
2 rows as with 20: an event's documentation and its files, the evidence review, the
forms people fill in, the exports (CSV, JSON, calendar files, the dossier, the personal
data export) and the account pages of django-allauth (sign-in, sign-up, password reset,
e-mail addresses, two-factor authentication)."""

import itertools
import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core import mail
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.services import contribution_facts_save
from praxisdialog.events.models import EventFile, Feedback
from praxisdialog.events.services import registration_create
from praxisdialog.moderation.services import report_create
from praxisdialog.notifications.models import Kind, Notification
from praxisdialog.privacy.models import DataExport
from praxisdialog.privacy.services import data_export_build
from praxisdialog.resonance.models import Dossier
from tests.accounts.factories import PASSWORD, StaffFactory, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.contributions.test_practice_facts import _facts
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory
from tests.network.factories import ProfileFactory, PublicProfileFactory
from tests.newsletter.factories import NewsletterFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.DATA_EXPORT_DIR = tmp_path / "exports"
    settings.DATA_EXPORT_DIR.mkdir()
    settings.RATE_LIMITS = {
        scope: (10**6, 10**6, 3600) for scope in ("report", "mail", "registration")
    }


def _count(client, name: str, path: str) -> int:
    client.get(path)  # caches (site settings, figures) are filled on a first visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
        if response.streaming:  # a streamed export queries while it is sent
            b"".join(response.streaming_content)
    assert response.status_code == 200, (name, path, response.status_code)
    return len(queries.captured_queries)


def _same_at_two_sizes(client, paths: dict[str, str], grow) -> None:
    grow(2)
    small = {name: _count(client, name, path) for name, path in paths.items()}
    grow(18)
    large = {name: _count(client, name, path) for name, path in paths.items()}
    assert large == small


def test_event_documentation_and_its_files_keep_their_queries(client, call, user):
    event = EventFactory(documentation="Was wir **gelernt** haben.")
    registration = registration_create(event=event, user=user)
    first = EventFile(event=event, title="Protokoll 0")
    first.file.save("protokoll-0.pdf", ContentFile(PDF), save=True)
    serial = itertools.count(1)

    def grow(n):
        for _ in range(n):
            i = next(serial)
            item = EventFile(event=event, title=f"Protokoll {i}")
            item.file.save(f"protokoll-{i}.pdf", ContentFile(PDF), save=True)
            event.documented_contributions.add(ContributionFactory(call=call))
            registration_create(event=event, name=f"Gast {i}", email=f"gast{i}@example.org")

    client.force_login(user)
    paths = {
        "documentation": f"/events/{event.pk}/documentation/",
        "file download": f"/events/{event.pk}/documentation/{first.pk}/",
        "calendar file": f"/events/{event.pk}/event.ics",
        "registration's calendar file": f"/events/r/{registration.token}/event.ics",
    }
    _same_at_two_sizes(client, paths, grow)


def test_the_forms_people_fill_in_keep_their_queries(client, call, user):
    ProfileFactory(user=user)
    own = ContributionFactory(call=call, author=user)
    contribution_facts_save(contribution=own, author=user, facts=_facts())
    comment = CommentFactory(author=user, target=own)
    other = PublicProfileFactory()
    event = EventFactory(capacity=1000)
    client.force_login(user)
    serial = itertools.count(1)

    def grow(n):
        for _ in range(n):
            i = next(serial)
            Role.objects.create(slug=f"rolle-{i}", name=f"Rolle {i}", position=100 + i)
            Setting.objects.create(slug=f"umfeld-{i}", name=f"Umfeld {i}", position=100 + i)
            ContributionFactory(call=call, author=user)
            CommentFactory(author=user, target=own)
            CommentFactory(target=own)
            Notification.objects.create(recipient=user, kind=Kind.COMMENT_REPLY, url="/")
            registration_create(event=event, name=f"Gast {i}", email=f"gast{i}@example.org")
            PublicProfileFactory()

    paths = {
        "contribute": f"/calls/{call.slug}/contribute/",
        "contribution edit": f"/contributions/{own.pk}/edit/",
        "practice facts": f"/contributions/{own.pk}/facts/",
        "comment edit": f"/comments/{comment.pk}/edit/",
        "profile edit": "/network/profile/",
        "contact request": f"/network/profiles/{other.pk}/contact/",
        "report": f"/moderation/report/comment/{comment.pk}/",
        "newsletter sign-up": "/newsletter/",
        "contact form": "/contact/",
        "notification settings": "/notifications/preferences/",
        "account deletion": "/account/privacy/delete/",
    }
    _same_at_two_sizes(client, paths, grow)


def test_staff_forms_and_the_evidence_review_keep_their_queries(client, call):
    staff = StaffFactory()
    contribution = ContributionFactory(call=call)
    contribution_facts_save(contribution=contribution, author=contribution.author, facts=_facts())
    event = EventFactory(capacity=1000)
    newsletter = NewsletterFactory()
    client.force_login(staff)
    serial = itertools.count(1)

    def grow(n):
        for _ in range(n):
            i = next(serial)
            ContributionFactory(call=call)
            CommentFactory(target=contribution)
            report_create(
                target=contribution,
                email=f"meldung{i}@example.org",
                reason="hate",
                explanation="Beleidigend",
                good_faith=True,
            )
            registration_create(event=event, name=f"Gast {i}", email=f"gast{i}@example.org")
            SubscriberFactory()

    paths = {
        "evidence review": f"/contributions/{contribution.pk}/evidence/",
        "newsletter new": "/newsletter/manage/new/",
        "newsletter edit": f"/newsletter/manage/{newsletter.pk}/edit/",
        "resonance settings": f"/calls/{call.slug}/resonance/settings/",
    }
    _same_at_two_sizes(client, paths, grow)


def test_exports_keep_their_queries(client, call, user, django_capture_on_commit_callbacks):
    staff = StaffFactory()
    event = EventFactory(capacity=1000)
    dossier = Dossier(call=call, status=Dossier.Status.READY, requested_at=timezone.now())
    dossier.generated_at = timezone.now()
    dossier.file.save("dossier.pdf", ContentFile(PDF), save=True)
    serial = itertools.count(1)

    def grow(n):
        for _ in range(n):
            i = next(serial)
            contribution = ContributionFactory(call=call)
            contribution_facts_save(
                contribution=contribution, author=contribution.author, facts=_facts()
            )
            CommentFactory(target=contribution)
            registration_create(event=event, name=f"Gast {i}", email=f"gast{i}@example.org")

    client.force_login(staff)
    paths = {
        "participants CSV": f"/events/{event.pk}/participants.csv",
        "open data CSV": f"/calls/{call.slug}/open-data.csv",
        "open data JSON": f"/calls/{call.slug}/open-data.json",
        "dossier": f"/calls/{call.slug}/dossier.pdf",
    }
    _same_at_two_sizes(client, paths, grow)


def _data_export(client, user) -> tuple[int, int]:
    """The queries of building a person's export (the task) and of downloading it by
    the link in the mail."""
    export = DataExport.objects.create(user=user, expires_at=timezone.now())
    with CaptureQueriesContext(connection) as queries:
        data_export_build(export=export)
    link = re.search(r"/account/privacy/export/\S+/", mail.outbox[-1].body).group(0)
    return len(queries.captured_queries), _count(client, "export download", link)


def test_the_personal_data_export_keeps_its_queries(client, call, user):
    ProfileFactory(user=user)
    event = EventFactory(capacity=1000)
    client.force_login(user)
    serial = itertools.count(1)

    def grow(n):
        for _ in range(n):
            i = next(serial)
            ContributionFactory(call=call, author=user)
            CommentFactory(author=user, target=ContributionFactory(call=call))
            registration = registration_create(event=EventFactory(), user=user)
            Feedback.objects.create(registration=registration, rating=4, liked="Die Gruppen.")
            Notification.objects.create(recipient=user, kind=Kind.COMMENT_REPLY, url="/")
            PublicProfileFactory()
            registration_create(event=event, name=f"Gast {i}", email=f"gast{i}@example.org")

    grow(2)
    small = _data_export(client, user)
    grow(18)
    assert _data_export(client, user) == small


def test_the_account_pages_keep_their_queries(client, call, user):
    serial = itertools.count(1)

    def grow(n):
        for _ in range(n):
            i = next(serial)
            EmailAddress.objects.create(user=user, email=f"weitere{i}@example.org", verified=True)
            VerifiedUserFactory()
            ContributionFactory(call=call, author=user)
            Notification.objects.create(recipient=user, kind=Kind.COMMENT_REPLY, url="/")

    signed_out = {
        "sign-in": "/accounts/login/",
        "sign-up": "/accounts/signup/",
        "password reset": "/accounts/password/reset/",
        "password reset sent": "/accounts/password/reset/done/",
        "verification sent": "/accounts/confirm-email/",
    }
    _same_at_two_sizes(client, signed_out, grow)

    client.force_login(user)
    assert client.post("/accounts/reauthenticate/", {"password": PASSWORD}).status_code == 302
    signed_in = {
        "e-mail addresses": "/accounts/email/",
        "password change": "/accounts/password/change/",
        "two-factor overview": "/accounts/2fa/",
        "authenticator app": "/accounts/2fa/totp/activate/",
    }
    _same_at_two_sizes(client, signed_in, grow)


def test_the_two_factor_pages_of_an_account_with_two_factors_keep_their_queries(client, call, user):
    TOTP.activate(user, generate_totp_secret())
    RecoveryCodes.activate(user)
    assert Authenticator.objects.filter(user=user).count() == 2
    client.force_login(user)
    # The pages ask for the password again first.
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302

    def grow(n):
        for _ in range(n):
            ContributionFactory(call=call, author=user)
            Notification.objects.create(recipient=user, kind=Kind.COMMENT_REPLY, url="/")

    paths = {
        "two-factor overview": "/accounts/2fa/",
        "recovery codes": "/accounts/2fa/recovery-codes/",
        "authenticator app off": "/accounts/2fa/totp/deactivate/",
    }
    _same_at_two_sizes(client, paths, grow)
