"""Writing, editing, deleting and marking comments; the moderation app changes their
status through `comment_set_status` and `comment_redact`.

Each function is one transaction; notifications and mail follow after commit."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from praxisdialog.core import targets
from praxisdialog.core.holders import targets_deleted, texts_erased
from praxisdialog.core.marks import mark_remove, mark_toggle
from praxisdialog.core.ratelimit import rate_limit_check
from praxisdialog.core.texts import clean_text
from praxisdialog.moderation.checks import link_count, link_limit_for_new_accounts, screen_text
from praxisdialog.moderation.rules import refuse_if_suspended
from praxisdialog.moderation.selectors import user_needs_premoderation
from praxisdialog.notifications.models import Kind
from praxisdialog.notifications.services import follow_add, followers_of, notify

from .models import MAX_DEPTH, Comment, CommentReaction
from .selectors import target_for_comment

EDIT_WINDOW = timedelta(minutes=15)
TEXT_MAX_LENGTH = Comment._meta.get_field("text").max_length


def _clean_text(text: str) -> str:
    return clean_text(
        (text or "").replace("\r\n", "\n"),
        max_length=TEXT_MAX_LENGTH,
        required=_("Please write a comment."),
        too_long=_("A comment can be at most %(max)d characters long."),
    )


def _published_comment_count(author) -> int:
    return Comment.objects.filter(author=author, status=Comment.Status.PUBLISHED).count()


def _language(text: str, author, language: str = "") -> str:
    """The language the author gave, else the one recognised from the text."""
    from praxisdialog.contributions.models import TextLanguage
    from praxisdialog.translation.detection import detect_language

    if language:
        if language not in TextLanguage.values:
            raise ValidationError(
                {"language": [_("“%(value)s” is not one of the choices.") % {"value": language}]}
            )
        return language
    return detect_language(text, fallback=getattr(author, "preferred_language", ""))


def comment_create(
    *,
    author,
    target,
    text: str,
    parent: Comment | None = None,
    ip: str = "",
    language: str = "",
) -> Comment:
    """Writes a comment or a reply (to depth 3) on a target that accepts comments.

    Counts against the rate limits of the account and the address first. A new
    account's first comments, and any text with personal data or watched words, wait
    for a moderator (status pending, with the reasons); the rest appear at once. The
    same text twice from one person is refused, and so are many links from a new
    account."""
    rate_limit_check(scope="comment", user=author, ip=ip)
    # What depends on the text alone is worked out before the transaction: on SQLite
    # every other writer waits while one holds it.
    text = _clean_text(text)
    language = _language(text, author, language)
    flags = screen_text(text)
    return _comment_create(
        author=author, target=target, text=text, parent=parent, language=language, flags=flags
    )


@transaction.atomic
def _comment_create(
    *, author, target, text: str, parent: Comment | None, language: str, flags: list[dict]
) -> Comment:
    refuse_if_suspended(author)
    if not targets.accepts_comments(target):
        raise PermissionDenied(_("Comments are closed here."))
    content_type = targets.content_type_of(target)
    if parent is not None:
        if parent.content_type_id != content_type.pk or parent.object_id != target.pk:
            raise ValidationError({"parent": [_("This reply does not belong to this thread.")]})
        if parent.depth >= MAX_DEPTH:
            raise ValidationError({"parent": [_("This thread cannot go any deeper; reply above.")]})
        if not parent.is_visible:
            raise ValidationError({"parent": [_("This comment cannot be answered.")]})
    needs_premoderation = user_needs_premoderation(
        user=author, kind="comment", published_count=_published_comment_count(author)
    )
    _check_repeats_and_links(author=author, text=text, new_account=needs_premoderation)
    held = [flag["kind"] for flag in flags]
    if needs_premoderation:
        held.append("new_account")
    comment = Comment.objects.create(
        content_type=content_type,
        object_id=target.pk,
        parent=parent,
        root_id=(parent.root_id or parent.pk) if parent is not None else None,
        depth=parent.depth + 1 if parent is not None else 0,
        author=author,
        text=text,
        language=language,
        status=Comment.Status.PENDING if held else Comment.Status.PUBLISHED,
        held_reasons=held,
    )
    follow_add(user=author, target=target)
    if comment.status == Comment.Status.PUBLISHED:
        _comment_published(comment, target=target)
    else:
        from praxisdialog.moderation.services import queue_hold

        queue_hold(target=comment, premoderation=needs_premoderation, flags=flags)
    return comment


def _check_repeats_and_links(
    *, author, text: str, new_account: bool, editing: Comment | None = None
) -> None:
    """Spam rules shared by writing and editing: the same text twice from one person is
    refused, and a new account may include only a few links."""
    earlier = Comment.objects.filter(author=author, text=text)
    if editing is not None:
        earlier = earlier.exclude(pk=editing.pk)
    if earlier.exists():
        raise ValidationError({"text": [_("You have already posted this text.")]})
    limit = link_limit_for_new_accounts()
    if new_account and link_count(text) > limit:
        raise ValidationError(
            {
                "text": [
                    _("New accounts can include at most %(max)d links in a comment.")
                    % {"max": limit}
                ]
            }
        )


def _comment_published(comment: Comment, *, target=None) -> None:
    """What follows the first publication: the thread's count and the notifications."""
    target = target or target_for_comment(comment)
    if comment.root_id:
        Comment.objects.filter(pk=comment.root_id).update(reply_count=F("reply_count") + 1)
    if target is None:
        return
    data = {"actor": comment.author.public_name, "title": targets.title_of(target)}
    url = comment.get_absolute_url()
    replied_to = comment.parent.author if comment.parent_id else None
    if replied_to is not None:
        notify(
            recipients=[replied_to],
            kind=Kind.COMMENT_REPLY,
            data=data,
            url=url,
            exclude=[comment.author],
        )
    notify(
        recipients=[targets.owner_of(target), *followers_of(target)],
        kind=Kind.COMMENT_ON_CONTRIBUTION,
        data=data,
        url=url,
        exclude=[comment.author, *([replied_to] if replied_to else [])],
    )


def comment_edit(*, comment: Comment, text: str, ip: str = "") -> Comment:
    """The author changes a comment within 15 minutes of writing it; it is marked as
    edited and passes every check a new comment passes: the rate limit of the account
    and the address, suspension, repeats and links, personal data and watched words,
    and pre-moderation of new accounts. A published comment whose new text one of them
    holds back goes back to the moderators (pending) and is not shown until one of
    them has looked. A comment the moderators edited cannot be changed by its author:
    the edit would silently undo their redaction."""
    rate_limit_check(scope="comment", user=comment.author, ip=ip)
    return _comment_edit(comment=comment, text=text)


@transaction.atomic
def _comment_edit(*, comment: Comment, text: str) -> Comment:
    locked = Comment.objects.select_for_update().get(pk=comment.pk)
    refuse_if_suspended(locked.author)
    if locked.deleted_at or locked.status in {Comment.Status.HIDDEN, Comment.Status.REJECTED}:
        raise ValidationError(_("This comment can no longer be changed."))
    if locked.redaction_note:
        raise ValidationError(
            _("The moderators have edited this comment; it can no longer be changed.")
        )
    if timezone.now() - locked.created_at > EDIT_WINDOW:
        raise ValidationError(_("A comment can only be changed in the first 15 minutes."))
    text = _clean_text(text)
    if text == locked.text:
        return locked
    new_account = user_needs_premoderation(
        user=locked.author, kind="comment", published_count=_published_comment_count(locked.author)
    )
    _check_repeats_and_links(
        author=locked.author, text=text, new_account=new_account, editing=locked
    )
    flags = screen_text(text)
    held = [flag["kind"] for flag in flags]
    if new_account:
        held.append("new_account")
    locked.text = text
    locked.language = _language(text, locked.author)
    locked.edited_at = timezone.now()
    if held and locked.status == Comment.Status.PUBLISHED:
        locked.status = Comment.Status.PENDING
        locked.held_reasons = held
        from praxisdialog.moderation.services import queue_hold

        queue_hold(target=locked, premoderation=new_account, flags=flags)
    elif held:
        locked.held_reasons = sorted({*locked.held_reasons, *held})
        if flags:
            from praxisdialog.moderation.services import queue_hold

            queue_hold(target=locked, premoderation=new_account, flags=flags)
    locked.save(update_fields=["text", "language", "edited_at", "status", "held_reasons"])
    return locked


@transaction.atomic
def comment_delete(*, comment: Comment) -> Comment:
    """The author deletes a comment: its text goes, a placeholder stays for the replies."""
    Comment.objects.filter(pk=comment.pk, deleted_at__isnull=True).update(
        deleted_at=timezone.now(), text=""
    )
    comment.refresh_from_db()
    return comment


@transaction.atomic
def comment_set_status(*, comment: Comment, status: str) -> Comment:
    """Moderation changes the status; a first publication notifies as a new comment does."""
    locked = Comment.objects.select_for_update().get(pk=comment.pk)
    was_pending = locked.status == Comment.Status.PENDING
    locked.status = status
    if status == Comment.Status.PUBLISHED:
        locked.held_reasons = []
    locked.save(update_fields=["status", "held_reasons"])
    if was_pending and status == Comment.Status.PUBLISHED:
        _comment_published(locked)
    return locked


@transaction.atomic
def comment_redact(*, comment: Comment, text: str, note: str) -> Comment:
    """A moderator edits personal data out; the note says so visibly."""
    text = _clean_text(text)
    Comment.objects.filter(pk=comment.pk).update(text=text, redaction_note=note[:300])
    comment.refresh_from_db()
    return comment


@transaction.atomic
def comment_hide_all_by(*, user) -> int:
    return Comment.objects.filter(author=user, status=Comment.Status.PUBLISHED).update(
        status=Comment.Status.HIDDEN
    )


def _reaction_remove(*, comment_id: int, user) -> bool:
    return mark_remove(
        mark_model=CommentReaction,
        target_model=Comment,
        field="comment",
        target_pk=comment_id,
        user=user,
    )


@transaction.atomic
def reaction_toggle(*, comment: Comment, user) -> bool:
    """Marks a comment helpful for this user, or takes the mark back."""
    return mark_toggle(
        mark_model=CommentReaction,
        target_model=Comment,
        field="comment",
        target_pk=comment.pk,
        user=user,
    )


@transaction.atomic
def comment_list_erase_for_account(*, user, placeholder, keep_content: bool) -> None:
    """Account deletion: the person's helpful marks go with their counts. Their comments
    move to the placeholder account; unless they chose to leave their content, the text
    goes, and so does every such comment nobody has answered (a comment with replies
    keeps its place in the thread, empty)."""
    for comment_id in list(
        CommentReaction.objects.filter(user=user).values_list("comment_id", flat=True)
    ):
        _reaction_remove(comment_id=comment_id, user=user)
    own = Comment.objects.filter(author=user)
    if keep_content:
        own.update(author=placeholder, held_reasons=[], redaction_note="")
        return
    texts_erased(Comment, list(own.values_list("pk", flat=True)))
    own.update(
        author=placeholder,
        text="",
        held_reasons=[],
        redaction_note="",
        deleted_at=timezone.now(),
    )
    leaves = Comment.objects.filter(author=placeholder, text="", children__isnull=True)
    ids = list(leaves.values_list("pk", flat=True))
    targets_deleted(Comment, ids)
    Comment.objects.filter(pk__in=ids).delete()


def comment_list_delete_on_targets(*, model, ids: list[int]) -> None:
    """The comments on content that is deleted go with it (account deletion)."""
    comments = Comment.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id__in=ids
    )
    texts_erased(Comment, list(comments.values_list("pk", flat=True)))
    comments.delete()
