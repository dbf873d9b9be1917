import pytest
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from praxisdialog.privacy.models import AuditEntry
from tests.accounts.factories import StaffFactory
from tests.contributions.factories import ContributionFactory
from tests.moderation.factories import moderator

pytestmark = pytest.mark.django_db


def _save_profile(client):
    return client.post(
        reverse("accounts:overview"),
        {"display_name": "Neuer Name", "full_name": "", "preferred_language": "de"},
    )


def test_a_staff_post_is_recorded_with_who_what_and_when(client, staff):
    client.force_login(staff)
    response = _save_profile(client)
    entry = AuditEntry.objects.get()
    assert entry.actor == staff
    assert entry.action == "accounts:overview"
    assert entry.method == "POST"
    assert entry.path == reverse("accounts:overview")
    assert entry.status_code == response.status_code
    assert entry.at is not None
    # Never the body of the request.
    assert "Neuer Name" not in str(entry.details)


def test_a_moderators_api_call_with_a_token_is_recorded(client, call):
    mod = moderator()
    contribution = ContributionFactory(call=call)
    _token, raw_key = api_token_create(user=mod, name="Skript")
    response = client.post(
        f"/api/v1/contributions/{contribution.pk}/comments",
        {"text": "Danke für den Bericht."},
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw_key}"},
    )
    entry = AuditEntry.objects.get()
    assert entry.actor == mod
    assert entry.status_code == response.status_code
    assert entry.details["kwargs"] == {"contribution_id": str(contribution.pk)}


def test_participants_and_reads_are_not_recorded(client, user, staff):
    client.force_login(user)
    _save_profile(client)
    client.force_login(staff)
    client.get(reverse("accounts:overview"))
    assert not AuditEntry.objects.exists()


def test_administrators_read_the_log_but_nobody_changes_it(client, staff):
    entry = AuditEntry.objects.create(actor=staff, actor_name="Redaktion", action="x:y")
    admin_user = StaffFactory(is_superuser=True)
    client.force_login(admin_user)
    listing = client.get(reverse("admin:privacy_auditentry_changelist"))
    assert listing.status_code == 200
    assert "x:y" in listing.content.decode()
    change_url = reverse("admin:privacy_auditentry_change", args=[entry.pk])
    page = client.get(change_url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert client.post(change_url, {"action": "geändert"}).status_code == 403
    delete_url = reverse("admin:privacy_auditentry_delete", args=[entry.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert client.get(reverse("admin:privacy_auditentry_add")).status_code == 403
    entry.refresh_from_db()
    assert entry.action == "x:y"


def test_staff_who_are_not_administrators_cannot_see_the_log(client, staff):
    client.force_login(staff)
    assert client.get(reverse("admin:privacy_auditentry_changelist")).status_code == 403


def test_secret_tokens_in_addresses_stay_out_of_the_log(client, staff):
    client.force_login(staff)
    client.post("/events/r/geheimer-token-123/cancel/")
    entry = AuditEntry.objects.get()
    assert "geheimer-token-123" not in entry.path
    assert "geheimer-token-123" not in str(entry.details)
    assert entry.details["kwargs"] == {"token": "…"}
