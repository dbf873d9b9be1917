"""Who sees which profile where: pages, the API, the feed. And no answer anywhere shows
a profile's e-mail address before a request is accepted and the address shared."""

import pytest
from django.urls import reverse

from praxisdialog.network import services
from praxisdialog.network.models import Block
from tests.accounts.factories import StaffFactory, UserFactory, VerifiedUserFactory
from tests.network.factories import ProfileFactory, PublicProfileFactory

pytestmark = pytest.mark.django_db

VIEWERS = ["anonymous", "unverified", "participant", "blocked", "staff", "owner"]
# (profile kind, viewer) -> sees it?
EXPECTED = {
    "public": {
        "anonymous": True,
        "unverified": True,
        "participant": True,
        "blocked": False,
        "staff": True,
        "owner": True,
    },
    "participants": {
        "anonymous": False,
        "unverified": False,
        "participant": True,
        "blocked": False,
        "staff": True,
        "owner": True,
    },
    "unlisted": {
        "anonymous": False,
        "unverified": False,
        "participant": False,
        "blocked": False,
        "staff": False,
        "owner": True,
    },
}


def _profile(kind):
    if kind == "public":
        return PublicProfileFactory(display_name="Zora Sichtbar")
    if kind == "participants":
        return ProfileFactory(display_name="Zora Sichtbar")
    return PublicProfileFactory(display_name="Zora Sichtbar", is_listed=False)


def _login(client, viewer, profile):
    if viewer == "anonymous":
        return
    user = {
        "unverified": UserFactory,
        "participant": VerifiedUserFactory,
        "blocked": VerifiedUserFactory,
        "staff": StaffFactory,
    }.get(viewer)
    user = profile.user if viewer == "owner" else user()
    if viewer == "blocked":
        Block.objects.create(blocker=profile.user, blocked=user)
    client.force_login(user)


@pytest.mark.parametrize("kind", list(EXPECTED))
@pytest.mark.parametrize("viewer", VIEWERS)
def test_visibility_matrix(client, kind, viewer):
    profile = _profile(kind)
    _login(client, viewer, profile)
    sees = EXPECTED[kind][viewer]

    detail = client.get(profile.get_absolute_url())
    assert detail.status_code == (200 if sees else 404)
    if sees:
        noindex = '<meta name="robots" content="noindex">' in detail.content.decode()
        assert noindex == (kind != "public")

    directory = client.get(reverse("network:profile-list")).content.decode()
    listed_for_viewer = sees and kind != "unlisted"
    assert ("Zora Sichtbar" in directory) == listed_for_viewer

    api_list = client.get("/api/v1/network/profiles").json()
    assert any(p["id"] == profile.pk for p in api_list["items"]) == listed_for_viewer
    api_detail = client.get(f"/api/v1/network/profiles/{profile.pk}")
    assert api_detail.status_code == (200 if sees else 404)

    # Feeds are for outsiders: public, listed profiles only, whoever asks.
    feed = client.get(reverse("network:profile-feed"))
    assert feed.status_code == 200
    assert ("Zora Sichtbar" in feed.content.decode()) == (kind == "public")


def test_the_blocker_no_longer_sees_the_blocked_either(client):
    blocker = ProfileFactory(display_name="Blockiert")
    other = ProfileFactory(display_name="Andere")
    services.block_create(blocker=blocker.user, blocked=other.user)
    client.force_login(blocker.user)
    assert client.get(other.get_absolute_url()).status_code == 404
    assert "Andere" not in client.get(reverse("network:profile-list")).content.decode()


def test_api_with_a_token_sees_participants_only_profiles(client):
    from praxisdialog.accounts.services import api_token_create

    profile = ProfileFactory(display_name="Nur intern")
    reader = VerifiedUserFactory()
    _token, raw = api_token_create(user=reader, name="test")
    answer = client.get(
        f"/api/v1/network/profiles/{profile.pk}", headers={"authorization": f"Bearer {raw}"}
    )
    assert answer.status_code == 200
    assert client.get(f"/api/v1/network/profiles/{profile.pk}").status_code == 404


def _all_answers(client, profile, other):
    urls = [
        reverse("network:profile-list"),
        profile.get_absolute_url(),
        reverse("network:profile-feed"),
        reverse("network:suggestion-list"),
        reverse("network:contact-request-list"),
        reverse("network:conversation-list"),
        reverse("network:match-overview"),
        reverse("network:contact-request-create", args=[profile.pk]),
        "/api/v1/network/profiles",
        f"/api/v1/network/profiles/{profile.pk}",
        "/api/v1/network/suggestions",
        "/api/v1/network/contact-requests",
        "/api/v1/network/conversations",
    ]
    return [client.get(url).content.decode() for url in urls]


def test_no_address_appears_before_acceptance_and_sharing(
    client, django_capture_on_commit_callbacks
):
    profile = PublicProfileFactory(
        display_name="Yara", offers=["mentoring"], seeks=["job"], region="DE-TH"
    )
    asker = ProfileFactory(
        display_name="Xaver", offers=["job"], seeks=["mentoring"], region="DE-TH"
    )
    staff = StaffFactory()
    address, asker_address = profile.user.email, asker.user.email

    def leaks(user, needle):
        client.logout()
        if user is not None:
            client.force_login(user)
        return [text for text in _all_answers(client, profile, asker) if needle in text]

    for viewer in (None, asker.user, staff, VerifiedUserFactory()):
        assert leaks(viewer, address) == []
    with django_capture_on_commit_callbacks(execute=True):
        request = services.contact_request_send(
            sender=asker.user, profile=profile, message="Hallo Yara!"
        )
    for viewer in (None, asker.user, profile.user, staff):
        assert leaks(viewer, address) == []
        assert leaks(viewer, asker_address) == []
    conversation = services.contact_request_answer(
        contact_request=request, user=profile.user, accept=True
    )
    client.force_login(asker.user)
    page = client.get(conversation.get_absolute_url()).content.decode()
    api = client.get(f"/api/v1/network/conversations/{conversation.pk}").content.decode()
    assert address not in page and address not in api  # accepted, but not shared yet
    services.email_share_set(conversation=conversation, user=profile.user, share=True)
    page = client.get(conversation.get_absolute_url()).content.decode()
    api = client.get(f"/api/v1/network/conversations/{conversation.pk}").json()
    assert address in page and api["other_email"] == address
    assert asker_address not in page  # the asker has not shared theirs
