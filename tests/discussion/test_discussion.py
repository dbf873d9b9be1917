from datetime import timedelta

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from praxisdialog.discussion import services
from praxisdialog.discussion.models import Comment
from praxisdialog.moderation.models import QueueEntry
from praxisdialog.notifications.models import Kind, Notification
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory, reply_to
from tests.moderation.factories import trusted

pytestmark = pytest.mark.django_db


@pytest.fixture
def contribution():
    return ContributionFactory()


def test_a_trusted_account_comments_at_once_and_the_author_is_notified(contribution, user):
    trusted(user)
    comment = services.comment_create(author=user, target=contribution, text="Sehr *gut*!")
    assert comment.status == Comment.Status.PUBLISHED
    note = Notification.objects.get(recipient=contribution.author)
    assert note.kind == Kind.COMMENT_ON_CONTRIBUTION


def test_a_new_accounts_first_two_comments_wait_then_the_third_appears(contribution, user):
    first = services.comment_create(author=user, target=contribution, text="Eins")
    second = services.comment_create(author=user, target=contribution, text="Zwei")
    assert first.status == second.status == Comment.Status.PENDING
    assert first.held_reasons == ["new_account"]
    assert QueueEntry.objects.filter(premoderation=True, status="open").count() == 2
    Comment.objects.filter(pk__in=[first.pk, second.pk]).update(status="published")
    third = services.comment_create(author=user, target=contribution, text="Drei")
    assert third.status == Comment.Status.PUBLISHED


def test_personal_data_goes_to_premoderation_whatever_the_trust(contribution, user):
    trusted(user)
    comment = services.comment_create(
        author=user, target=contribution, text="Ruf Amal an: 0171 2345678"
    )
    assert comment.status == Comment.Status.PENDING
    assert comment.held_reasons == ["personal_data"]
    entry = QueueEntry.objects.get(object_id=comment.pk)
    assert entry.flags[0]["kind"] == "personal_data"


def test_watched_words_go_to_premoderation(contribution, user):
    from praxisdialog.moderation.models import BlockedTerm

    BlockedTerm.objects.get_or_create(term="schmarotzer")
    trusted(user)
    comment = services.comment_create(author=user, target=contribution, text="Alles Schmarotzer!")
    assert comment.held_reasons == ["watched_words"]


def test_replies_go_to_depth_three_and_no_deeper(contribution, user):
    trusted(user)
    top = services.comment_create(author=user, target=contribution, text="0")
    parent = top
    for depth in range(1, 4):
        parent = services.comment_create(
            author=user, target=contribution, text=f"Ebene {depth}", parent=parent
        )
        assert parent.depth == depth and parent.root_id == top.pk
    with pytest.raises(ValidationError):
        services.comment_create(author=user, target=contribution, text="zu tief", parent=parent)
    top.refresh_from_db()
    assert top.reply_count == 3


def test_a_reply_notifies_the_parent_author_once(contribution, user, other_user):
    trusted(user)
    trusted(other_user)
    top = services.comment_create(author=user, target=contribution, text="Frage?")
    services.comment_create(author=other_user, target=contribution, text="Antwort", parent=top)
    kinds = list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))
    assert kinds == [Kind.COMMENT_REPLY]


def test_the_same_text_twice_is_refused(contribution, user):
    trusted(user)
    services.comment_create(author=user, target=contribution, text="Doppelt")
    with pytest.raises(ValidationError, match="bereits veröffentlicht"):
        services.comment_create(author=user, target=contribution, text="Doppelt")


def test_new_accounts_may_not_post_many_links(contribution, user):
    with pytest.raises(ValidationError, match="Links"):
        services.comment_create(
            author=user, target=contribution, text="https://a.example https://b.example"
        )


def test_edit_within_fifteen_minutes_is_marked_and_later_refused(contribution, user):
    trusted(user)
    comment = services.comment_create(author=user, target=contribution, text="Alt")
    edited = services.comment_edit(comment=comment, text="Neu")
    assert edited.edited_at is not None and edited.text == "Neu"
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        with pytest.raises(ValidationError):
            services.comment_edit(comment=comment, text="Zu spät")
        assert not VerifiedUserFactory().has_perm("discussion.change_comment", comment)
        assert not user.has_perm("discussion.change_comment", edited)


def test_an_edit_is_held_to_the_same_spam_rules_as_a_new_comment(contribution, user):
    trusted(user)
    services.comment_create(author=user, target=contribution, text="Schon gesagt")
    comment = services.comment_create(author=user, target=contribution, text="Erster Entwurf")
    with pytest.raises(ValidationError, match="bereits"):
        services.comment_edit(comment=comment, text="Schon gesagt")
    newcomer = VerifiedUserFactory()
    first = services.comment_create(author=newcomer, target=contribution, text="Hallo")
    links = " ".join(f"https://example.org/{n}" for n in range(6))
    with pytest.raises(ValidationError):
        services.comment_edit(comment=first, text=f"Seht her: {links}")
    first.refresh_from_db()
    comment.refresh_from_db()
    assert first.text == "Hallo" and comment.text == "Erster Entwurf"


def test_delete_leaves_a_placeholder_for_the_replies(client, contribution, user):
    top = CommentFactory(target=contribution, author=user, text="Weg damit")
    reply = reply_to(top, text="Antwort bleibt")
    services.comment_delete(comment=top)
    top.refresh_from_db()
    assert top.is_deleted and top.text == ""
    page = client.get(f"/comments/{top.pk}/").content.decode()
    assert "deleted by its author" in page or "gelöscht" in page
    assert "Antwort bleibt" in page and reply.pk


def test_helpful_once_per_person(contribution, user):
    comment = CommentFactory(target=contribution)
    assert services.reaction_toggle(comment=comment, user=user) is True
    assert services.reaction_toggle(comment=comment, user=user) is False
    services.reaction_toggle(comment=comment, user=user)
    comment.refresh_from_db()
    assert comment.helpful_count == 1


def test_a_suspended_account_cannot_comment(contribution, user):
    from praxisdialog.moderation.models import AccountStanding

    AccountStanding.objects.create(user=user, suspended_at=timezone.now())
    with pytest.raises(PermissionDenied):
        services.comment_create(author=user, target=contribution, text="Hallo")


def test_comments_on_a_call(call, user):
    trusted(user)
    comment = services.comment_create(author=user, target=call, text="Zum Aufruf")
    assert comment.content_type == ContentType.objects.get_for_model(call)


def _bulk_thread(contribution, count: int):
    authors = [VerifiedUserFactory() for _ in range(5)]
    content_type = ContentType.objects.get_for_model(contribution)
    tops = Comment.objects.bulk_create(
        [
            Comment(
                content_type=content_type,
                object_id=contribution.pk,
                author=authors[i % 5],
                text=f"Kommentar {i}",
                reply_count=1,
            )
            for i in range(count // 2)
        ]
    )
    Comment.objects.bulk_create(
        [
            Comment(
                content_type=content_type,
                object_id=contribution.pk,
                author=authors[i % 5],
                text=f"Antwort {i}",
                parent=top,
                root=top,
                depth=1,
            )
            for i, top in enumerate(tops)
        ]
    )


def test_a_long_thread_renders_its_first_page_with_a_bounded_number_of_queries(
    client, user, django_assert_max_num_queries
):
    small, large = ContributionFactory(), ContributionFactory()
    _bulk_thread(small, 4)
    _bulk_thread(large, 2000)
    client.force_login(user)
    client.get(small.get_absolute_url())  # warm the caches of content types and terms
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        response = client.get(small.get_absolute_url())
    assert response.status_code == 200
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(large.get_absolute_url())
    page = response.content.decode()
    assert "Kommentar 0" in page and "Kommentar 25" not in page
    assert (
        f"/comments/{Comment.objects.filter(text='Kommentar 0', object_id=large.pk).get().pk}/"
        in page
    )
    assert "Antwort 0" not in page  # replies load on demand


def test_replies_load_on_demand_as_a_partial_with_htmx(client, contribution):
    top = CommentFactory(target=contribution, reply_count=1)
    reply_to(top, text="Geladen auf Wunsch")
    full = client.get(f"/comments/{top.pk}/")
    assert "<h1>" in full.content.decode()
    partial = client.get(
        f"/comments/{top.pk}/", headers={"HX-Request": "true", "HX-Target": f"replies-{top.pk}"}
    )
    body = partial.content.decode()
    assert "Geladen auf Wunsch" in body and "<h1>" not in body
