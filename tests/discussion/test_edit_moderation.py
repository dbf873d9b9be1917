"""An edited comment passes the checks of a new one, through the edit page."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from praxisdialog.discussion import services
from praxisdialog.discussion.models import Comment
from praxisdialog.moderation.models import QueueEntry
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.moderation.factories import trusted

pytestmark = pytest.mark.django_db


def _public(client, comment) -> str:
    client.logout()
    page = client.get(comment.get_absolute_url()).content.decode()
    api = client.get(f"/api/v1/contributions/{comment.object_id}/comments").content.decode()
    return page + api


def _edit(client, comment, text):
    client.force_login(comment.author)
    return client.post(reverse("discussion:comment-edit", args=[comment.pk]), {"text": text})


def test_personal_data_in_an_edit_waits_for_a_moderator(client, user):
    trusted(user)
    comment = CommentFactory(author=user, target=ContributionFactory())
    _edit(client, comment, "Meine Nummer: 0171 2345678")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert "0171 2345678" not in _public(client, comment)
    assert QueueEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Comment), object_id=comment.pk
    ).exists()


def test_an_edit_of_a_new_account_waits_for_a_moderator(client, user):
    comment = CommentFactory(author=user, target=ContributionFactory())  # published once
    _edit(client, comment, "Ganz anderer Text, ohne Prüfung veröffentlicht?")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert "ohne Prüfung" not in _public(client, comment)


def test_edits_count_against_the_comment_rate_limit(client, user, settings):
    settings.RATE_LIMITS = {"comment": (1, 30, 600)}
    trusted(user)
    comment = CommentFactory(author=user, target=ContributionFactory())
    _edit(client, comment, "Erste Fassung des Kommentars.")
    _edit(client, comment, "Zweite Fassung des Kommentars.")
    comment.refresh_from_db()
    assert comment.text == "Erste Fassung des Kommentars."


def test_a_redacted_comment_cannot_be_changed_back_by_its_author(client, user):
    trusted(user)
    comment = CommentFactory(author=user, target=ContributionFactory())
    services.comment_redact(comment=comment, text="Frau […] hat geholfen.", note="Bearbeitet.")
    response = _edit(client, comment, "Frau Elvira Mustermann hat geholfen.")
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.text == "Frau […] hat geholfen."
    with pytest.raises(services.ValidationError):
        services.comment_edit(comment=comment, text="Frau Elvira Mustermann hat geholfen.")
