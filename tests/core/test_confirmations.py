"""Irreversible steps ask first, without JavaScript: the link opens a page that explains
what happens (GET changes nothing), and only its button (POST) acts."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.events import services as event_services
from praxisdialog.events.models import Registration
from praxisdialog.network.models import Profile
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory
from tests.network.factories import ProfileFactory


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


def _asks(response, button: str) -> None:
    assert response.status_code == 200
    page = response.content.decode()
    assert '<form method="post"' in page
    assert 'class="button-danger"' in page


def test_withdrawing_a_contribution_asks_first_and_can_be_taken_back(client, user):
    contribution = ContributionFactory(author=user)
    url = reverse("contributions:contribution-withdraw", args=[contribution.pk])
    client.force_login(user)
    detail = client.get(contribution.get_absolute_url()).content.decode()
    assert f'href="{url}"' in detail

    _asks(client.get(url), "Yes, withdraw it")
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED

    assert client.post(url).status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.WITHDRAWN
    mine = client.get(reverse("contributions:my-contributions")).content.decode()
    assert reverse("contributions:contribution-restore", args=[contribution.pk]) in mine

    restore = reverse("contributions:contribution-restore", args=[contribution.pk])
    response = client.post(restore)
    assert response.url == reverse("contributions:contribution-edit", args=[contribution.pk])
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.DRAFT
    # A second click changes nothing and says why.
    assert client.post(restore).status_code == 404


def test_only_the_author_takes_a_contribution_back(client, user, other_user):
    contribution = ContributionFactory(author=user, status=Contribution.Status.WITHDRAWN)
    client.force_login(other_user)
    restore = reverse("contributions:contribution-restore", args=[contribution.pk])
    assert client.post(restore).status_code == 404
    assert client.get(restore).status_code == 405
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.WITHDRAWN


def test_deleting_a_comment_asks_first(client, user):
    comment = CommentFactory(author=user, text="Mein Gedanke dazu")
    url = reverse("discussion:comment-delete", args=[comment.pk])
    client.force_login(user)
    response = client.get(url)
    _asks(response, "Yes, delete it")
    assert "Mein Gedanke dazu" in response.content.decode()
    assert Comment.objects.get(pk=comment.pk).deleted_at is None
    client.post(url)
    assert Comment.objects.get(pk=comment.pk).deleted_at is not None


def test_cancelling_a_registration_asks_first(client, user):
    registration = event_services.registration_create(event=EventFactory(), user=user)
    url = reverse("events:registration-cancel", args=[registration.token])
    manage = client.get(registration.get_manage_url()).content.decode()
    assert f'href="{url}"' in manage
    _asks(client.get(url), "Yes, cancel my registration")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    client.post(url)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED
    # Nothing left to confirm: the page goes back to the registration.
    assert client.get(url).status_code == 302


def test_deleting_a_network_profile_asks_first(client, db):
    profile = ProfileFactory()
    client.force_login(profile.user)
    url = reverse("network:profile-delete")
    _asks(client.get(url), "Yes, delete my profile")
    assert Profile.objects.filter(pk=profile.pk).exists()
    client.post(url)
    assert not Profile.objects.filter(pk=profile.pk).exists()


def test_no_feedback_is_asked_of_a_cancelled_registration_or_before_the_event(client, user):
    event = EventFactory()
    registration = event_services.registration_create(event=event, user=user)
    Registration.objects.filter(pk=registration.pk).update(attended_at=timezone.now())
    registration.refresh_from_db()
    feedback = reverse("events:feedback-give", args=[registration.token])
    assert "Tell us how it was" not in client.get(registration.get_manage_url()).content.decode()
    assert client.get(feedback).status_code == 404

    event.starts_at = timezone.now() - timedelta(hours=1)
    event.save(update_fields=["starts_at"])
    assert client.get(feedback).status_code == 200

    Registration.objects.filter(pk=registration.pk).update(
        status=Registration.Status.CANCELLED, cancelled_at=timezone.now()
    )
    assert client.get(feedback).status_code == 404
