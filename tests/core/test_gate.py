"""Every staff page answers a refusal the same way (docs/permissions.md): a visitor is
sent to the login, a signed-in participant gets 403. Staff pages ask for the permission
before they look anything up, so a participant gets 403 whether the record exists or
not (999999 exists nowhere)."""

import pytest

MISSING = 999999

# (method, address); {slug} is a published call.
STAFF_PAGES = [
    ("get", "/staff/"),
    ("get", "/review/"),
    ("get", f"/review/{MISSING}/"),
    ("get", f"/contributions/{MISSING}/evidence/"),
    ("get", "/moderation/"),
    ("get", f"/moderation/entries/{MISSING}/"),
    ("get", f"/moderation/contests/{MISSING}/"),
    ("get", "/moderation/log/"),
    ("get", f"/moderation/accounts/{MISSING}/"),
    ("get", f"/events/{MISSING}/participants/"),
    ("get", f"/events/{MISSING}/participants.csv"),
    ("post", f"/events/{MISSING}/participants/add/"),
    ("post", f"/events/{MISSING}/participants/{MISSING}/remove/"),
    ("post", f"/events/{MISSING}/participants/{MISSING}/move/"),
    ("get", f"/events/{MISSING}/check-in/"),
    ("post", f"/events/{MISSING}/check-in/{MISSING}/"),
    ("get", f"/events/{MISSING}/feedback/"),
    ("get", "/network/matches/"),
    ("get", "/calls/{slug}/themes/curate/"),
    ("get", f"/themes/runs/{MISSING}/"),
    ("post", f"/themes/runs/{MISSING}/rerun/"),
    ("post", f"/themes/runs/{MISSING}/publish/"),
    ("post", f"/themes/{MISSING}/rename/"),
    ("post", f"/themes/{MISSING}/hide/"),
    ("post", f"/themes/{MISSING}/merge/"),
    ("post", f"/themes/{MISSING}/split/"),
    ("post", f"/themes/assignments/{MISSING}/move/"),
    ("post", f"/themes/assignments/{MISSING}/pin/"),
    ("get", "/newsletter/manage/"),
    ("get", "/newsletter/manage/new/"),
    ("get", f"/newsletter/manage/{MISSING}/"),
    ("get", f"/newsletter/manage/{MISSING}/edit/"),
    ("post", f"/newsletter/manage/{MISSING}/test/"),
    ("get", f"/newsletter/manage/{MISSING}/send/"),
    ("get", f"/newsletter/manage/{MISSING}/progress/"),
    ("get", "/calls/{slug}/resonance/"),
    ("post", "/calls/{slug}/resonance/refresh/"),
    ("get", "/calls/{slug}/resonance/settings/"),
    ("get", "/calls/{slug}/resonance/close-phase/"),
    ("post", "/calls/{slug}/resonance/dossier/"),
    ("get", "/calls/missing/resonance/"),
]


@pytest.mark.parametrize(("method", "address"), STAFF_PAGES)
def test_a_visitor_is_sent_to_the_login(client, call, method, address):
    address = address.format(slug=call.slug)
    response = getattr(client, method)(address)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


@pytest.mark.parametrize(("method", "address"), STAFF_PAGES)
def test_a_participant_is_refused_with_403(client, user, call, method, address):
    client.force_login(user)
    address = address.format(slug=call.slug)
    assert getattr(client, method)(address).status_code == 403


@pytest.mark.parametrize(
    "address",
    [
        "/staff/",
        "/review/",
        "/moderation/",
        "/moderation/log/",
        "/network/matches/",
        "/calls/{slug}/themes/curate/",
        "/newsletter/manage/",
        "/calls/{slug}/resonance/",
    ],
)
def test_staff_pass_the_gate(client, staff, call, address):
    client.force_login(staff)
    assert client.get(address.format(slug=call.slug)).status_code == 200


def test_staff_find_a_missing_record_missing(client, staff):
    client.force_login(staff)
    for address in (f"/newsletter/manage/{MISSING}/", f"/events/{MISSING}/participants/"):
        assert client.get(address).status_code == 404, address


def test_every_rule_is_asked_somewhere():
    """A permission nobody asks is a second place that seems to decide and does not."""
    from pathlib import Path

    from rules.permissions import permissions

    root = Path(__file__).resolve().parents[2] / "praxisdialog"
    sources = "\n".join(
        path.read_text()
        for pattern in ("**/*.py", "**/*.html")
        for path in root.glob(pattern)
        if path.name != "rules.py"
    )
    unasked = [name for name in permissions if f'"{name}"' not in sources]
    assert unasked == []
