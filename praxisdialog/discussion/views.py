import copy
from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import resolve
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.core.confirm import confirm_page
from praxisdialog.core.forms import add_service_errors
from praxisdialog.core.ratelimit import RateLimited, client_ip
from praxisdialog.core.targets import target_for_kind

from . import services
from .forms import CommentForm
from .models import Comment
from .selectors import (
    comment_get_for_display,
    comment_thread,
    reacted_ids_for_user,
    target_for_comment,
)
from .thread import InPlace, decorate_comments, reply_form


def _target_for_post(kind: str, key, user):
    """What a comment form's address names, asked of its owner (core/targets.py)."""
    registered = target_for_kind(kind)
    if registered is None or registered.get_for_display is None:
        raise Http404
    target = registered.get_for_display(key=key, user=user)
    if target is None:
        raise Http404
    return target


def comment_in_place_url(comment: Comment, target=None) -> str:
    """The page of what a comment is written on, opened at the comment."""
    target = target if target is not None else target_for_comment(comment)
    if target is None:
        return f"{comment.get_absolute_url()}#comment-{comment.pk}"
    return f"{target.get_absolute_url()}?comment={comment.pk}#comment-{comment.pk}"


def target_page(request, *, target, in_place: InPlace, status: int = 200):
    """The page of the target as its owner renders it, with the comment section in the
    state `in_place` describes. The owner's view is found by the target's address, so
    every commentable thing (contribution, call, post, theme) gets it without discussion
    knowing its views."""
    path = urlsplit(target.get_absolute_url()).path
    match = resolve(path)
    page_request = copy.copy(request)
    page_request.method = "GET"
    page_request.GET = QueryDict()
    page_request.path = page_request.path_info = path
    page_request.resolver_match = match
    page_request.comment_in_place = in_place
    response = match.func(page_request, *match.args, **match.kwargs)
    if response.status_code == 200:
        response.status_code = status
    return response


def _refused(request, *, form, target, parent, status: int):
    """The form comes back where it was written, with its text and the reason. With htmx
    the comment section is swapped (hx-select), which needs a successful status."""
    form.fields["text"].widget.attrs["autofocus"] = True
    in_place = InPlace(form=form, parent=parent)
    return target_page(
        request, target=target, in_place=in_place, status=200 if request.htmx else status
    )


def post_comment(request, *, target, parent=None):
    """Answers a comment form posted on any target, a new comment or a reply. The writer
    stays at the target: back at the new comment, or at the form with what they typed."""
    require(
        request,
        "discussion.add_comment",
        target,
        message=_("You cannot comment here."),
        next_url=target.get_absolute_url(),
    )
    if parent is not None:
        require(
            request,
            "discussion.reply_comment",
            parent,
            message=_("This comment cannot be answered."),
        )
    form = reply_form(parent, request.POST) if parent is not None else CommentForm(request.POST)
    if not form.is_valid():
        return _refused(request, form=form, target=target, parent=parent, status=400)
    try:
        comment = services.comment_create(
            author=request.user,
            target=target,
            text=form.cleaned_data["text"],
            parent=parent,
            ip=client_ip(request),
        )
    except RateLimited as limited:
        form.add_error(None, limited.message)
        response = _refused(request, form=form, target=target, parent=parent, status=429)
        response["Retry-After"] = str(limited.retry_after)
        return response
    except ValidationError as error:
        add_service_errors(form, error)
        return _refused(request, form=form, target=target, parent=parent, status=400)
    if comment.status == Comment.Status.PENDING:
        notice = _("Thank you! Your comment waits for a moderator and appears once it is approved.")
    else:
        notice = _("Your comment has been published.")
    if request.htmx:
        response = target_page(
            request, target=target, in_place=InPlace(focus=comment, notice=notice)
        )
        response["HX-Replace-Url"] = comment_in_place_url(comment, target).split("#")[0]
        return response
    if comment.status == Comment.Status.PENDING:
        messages.info(request, notice)
    else:
        messages.success(request, notice)
    return redirect(comment_in_place_url(comment, target))


@require_POST
def comment_create(request, kind: str, key):
    """A new comment on a contribution, call, post or theme: each posts at its own page's
    address with /comments/ added (urls.py), and its owner finds it by that key."""
    return post_comment(request, target=_target_for_post(kind, key, request.user))


def _comment_or_404(pk: int, user) -> Comment:
    comment = comment_get_for_display(pk=pk, user=user)
    if comment is None:
        raise Http404
    return comment


def comment_detail(request, pk: int):
    """A comment's whole thread: the top-level comment and every reply under it. With
    htmx only the replies, loaded into the page on demand."""
    comment = _comment_or_404(pk, request.user)
    root = comment if comment.root_id is None else _comment_or_404(comment.root_id, request.user)
    target = target_for_comment(root)
    if target is None or not request.user.has_perm(
        f"{target._meta.app_label}.view_{target._meta.model_name}", target
    ):
        raise Http404
    replies = comment_thread(root=root, user=request.user)
    everyone = [root, *replies]
    can_comment = request.user.has_perm("discussion.add_comment", target)
    decorate_comments(
        everyone,
        user=request.user,
        can_comment=can_comment,
        reacted=reacted_ids_for_user(user=request.user, comment_ids=[c.pk for c in everyone]),
    )
    context = {
        "root": root,
        "target": target,
        "highlight": comment.pk,
        "comment": root,
        "thread_url": target.get_absolute_url(),
    }
    template = "discussion/comment_thread.html"
    if request.htmx and request.htmx.target == f"replies-{root.pk}":
        template += "#replies"
    return render(request, template, context)


def comment_reply(request, pk: int):
    """The reply form under a comment, in place: without JavaScript the page of the
    target opens with it; with htmx the form is loaded under the comment."""
    parent = _comment_or_404(pk, request.user)
    target = target_for_comment(parent)
    if target is None:
        raise Http404
    if request.method == "POST":
        return post_comment(request, target=target, parent=parent)
    for perm, obj in (("discussion.reply_comment", parent), ("discussion.add_comment", target)):
        require(request, perm, obj, message=_("This comment cannot be answered."))
    if not request.htmx:
        return redirect(f"{target.get_absolute_url()}?reply={parent.pk}#reply-form-{parent.pk}")
    form = reply_form(parent)
    form.fields["text"].widget.attrs["autofocus"] = True
    return render(
        request,
        "discussion/includes/reply_form.html",
        {"form": form, "parent": parent, "thread_url": target.get_absolute_url()},
    )


def comment_edit(request, pk: int):
    comment = _comment_or_404(pk, request.user)
    require(
        request,
        "discussion.change_comment",
        comment,
        message=_("A comment can only be changed by its author, in the first 15 minutes."),
    )
    if request.method == "POST":
        form = CommentForm(request.POST)
        if form.is_valid():
            try:
                services.comment_edit(
                    comment=comment, text=form.cleaned_data["text"], ip=client_ip(request)
                )
            except RateLimited as limited:
                form.add_error(None, limited.message)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your comment has been changed."))
                return redirect(comment_in_place_url(comment))
    else:
        form = CommentForm(initial={"text": comment.text})
    return render(request, "discussion/comment_edit.html", {"form": form, "comment": comment})


def comment_delete(request, pk: int):
    """Asks first (GET), deletes on the confirming POST."""
    comment = _comment_or_404(pk, request.user)
    require(
        request,
        "discussion.delete_comment",
        comment,
        message=_("Only its author can delete a comment."),
    )
    if request.method != "POST":
        return confirm_page(
            request,
            title=_("Delete your comment?"),
            quote=comment.text,
            paragraphs=[
                _("Its text is removed for good. Replies to it stay, under a placeholder."),
            ],
            button=_("Yes, delete it"),
            back_url=comment_in_place_url(comment),
        )
    services.comment_delete(comment=comment)
    messages.success(request, _("Your comment has been deleted. Replies to it stay."))
    return redirect(comment_in_place_url(comment))


@require_POST
def comment_helpful(request, pk: int):
    comment = _comment_or_404(pk, request.user)
    require(
        request,
        "discussion.react_comment",
        comment,
        message=_("You cannot mark this comment."),
        next_url=comment.get_absolute_url(),
    )
    comment.reacted = services.reaction_toggle(comment=comment, user=request.user)
    comment.refresh_from_db(fields=["helpful_count"])
    comment.can_react = True
    if request.htmx:
        return render(request, "discussion/includes/comment.html#helpful", {"comment": comment})
    return redirect(comment_in_place_url(comment))
