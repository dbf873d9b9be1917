import pytest
from django.urls import reverse

from tests.accounts.factories import StaffFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("privacy:overview", "Datenschutz und Ihre Daten"),
        ("privacy:consents", "Ihre Einwilligungen"),
        ("privacy:account-delete", "Konto löschen"),
    ],
)
def test_each_page_answers_in_german_with_one_heading(client, user, name, heading):
    client.force_login(user)
    response = client.get(reverse(name))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1>") == 1
    assert f"<h1>{heading}</h1>" in html
    assert "css/privacy.css" in html
    assert " style=" not in html.split("<main", 1)[1]


def test_the_account_page_links_to_the_privacy_pages(client, user):
    client.force_login(user)
    html = client.get(reverse("accounts:overview")).content.decode()
    for name in ["privacy:overview", "privacy:consents", "privacy:account-delete"]:
        assert f'href="{reverse(name)}"' in html


def test_a_staff_member_deleting_their_own_account_leaves_no_name_in_the_log(client):
    from praxisdialog.privacy.models import AuditEntry
    from tests.accounts.factories import PASSWORD

    staff = StaffFactory()
    client.force_login(staff)
    response = client.post(
        reverse("privacy:account-delete"), {"content": "keep", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert not AuditEntry.objects.filter(actor_name__icontains=staff.email).exists()
