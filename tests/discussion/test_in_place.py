"""Comments are written and answered in place on every commentable thing: a refused
comment comes back on the thing's own page with the reason and the text, a posted one
leads back there, opened at the new comment; replies likewise under their comment."""

import pytest
from django.test import override_settings
from django.urls import reverse

from praxisdialog.discussion.models import Comment
from praxisdialog.insights import services as insight_services
from tests.blog.factories import PostFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory, reply_to
from tests.insights.factories import ThemeAssignmentFactory, ThemeFactory
from tests.moderation.factories import trusted

pytestmark = pytest.mark.django_db


def _contribution(call):
    contribution = ContributionFactory(call=call, title="Backstube in Leipzig")
    return contribution, contribution.title, f"/contributions/{contribution.pk}/comments/"


def _call(call):
    return call, call.display_title, reverse("discussion:call-comment-create", args=[call.slug])


def _post(call):
    post = PostFactory(title="Neues aus dem Dialog")
    return post, post.title, reverse("discussion:post-comment-create", args=[post.slug])


def _theme(call):
    theme = ThemeFactory(run__call=call, label="Sprache im Betrieb")
    ThemeAssignmentFactory.create_batch(2, theme=theme)
    insight_services.theme_run_publish(run=theme.run)
    theme.refresh_from_db()
    return theme, theme.label, f"/themes/{theme.pk}/comments/"


TARGETS = [_contribution, _call, _post, _theme]


@pytest.mark.parametrize("make", TARGETS, ids=["contribution", "call", "post", "theme"])
def test_a_refused_comment_stays_on_the_page_with_its_text(client, user, call, make):
    _target, title, url = make(call)
    client.force_login(user)
    empty = client.post(url, {"text": "   "})
    assert empty.status_code == 400
    page = empty.content.decode()
    assert title in page  # the target's own page, not a page of its own
    assert 'id="comment-form"' in page
    assert "Ihr Kommentar ist noch nicht veröffentlicht" in page
    text = "Sehr lang. " * 400
    too_long = client.post(url, {"text": text}).content.decode()
    assert "es passen aber höchstens 4000" in too_long
    assert text.strip() in too_long
    assert not Comment.objects.exists()


@pytest.mark.parametrize("make", TARGETS, ids=["contribution", "call", "post", "theme"])
def test_a_posted_comment_leads_back_to_the_page_at_the_comment(client, user, call, make):
    target, _title, url = make(call)
    client.force_login(trusted(user))
    response = client.post(url, {"text": "Das kennen wir auch."})
    comment = Comment.objects.get()
    path = target.get_absolute_url()
    assert response.status_code == 302
    assert response.url == f"{path}?comment={comment.pk}#comment-{comment.pk}"
    page = client.get(response.url.split("#")[0]).content.decode()
    assert 'class="comment comment-depth-0 comment-highlight" id="comment-' in page


def test_htmx_gets_the_page_with_the_new_comment_focused(client, user, call):
    contribution, _title, url = _contribution(call)
    client.force_login(trusted(user))
    response = client.post(url, {"text": "Gut zu wissen."}, headers={"HX-Request": "true"})
    comment = Comment.objects.get()
    page = response.content.decode()
    assert response.status_code == 200
    assert f'id="comment-{comment.pk}"' in page and "data-focus-here" in page
    assert "Ihr Kommentar wurde veröffentlicht." in page
    assert response["HX-Replace-Url"] == f"{contribution.get_absolute_url()}?comment={comment.pk}"
    refused = client.post(url, {"text": ""}, headers={"HX-Request": "true"})
    # htmx swaps only successful answers: the refused form comes back with 200.
    assert refused.status_code == 200
    assert "autofocus" in refused.content.decode()


def test_a_reply_is_written_under_the_comment_it_answers(client, user, call):
    contribution, _title, _url = _contribution(call)
    first = CommentFactory(target=contribution)
    client.force_login(trusted(user))
    reply_url = reverse("discussion:comment-reply", args=[first.pk])
    opened = client.get(reply_url)
    assert opened.url == f"{contribution.get_absolute_url()}?reply={first.pk}#reply-form-{first.pk}"
    page = client.get(opened.url.split("#")[0]).content.decode()
    assert f'id="reply-form-{first.pk}"' in page and f'id="id_reply{first.pk}_text"' in page
    fragment = client.get(reply_url, headers={"HX-Request": "true"}).content.decode()
    assert fragment.startswith("<form") and "<html" not in fragment

    refused = client.post(reply_url, {"text": "x" * 4001})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "x" * 4001 in page and f'id="reply-form-{first.pk}"' in page
    assert contribution.title in page

    response = client.post(reply_url, {"text": "Danke!"})
    reply = Comment.objects.get(parent=first)
    path = contribution.get_absolute_url()
    assert response.url == f"{path}?comment={reply.pk}#comment-{reply.pk}"
    page = client.get(response.url.split("#")[0]).content.decode()
    # The thread is opened: the reply is on the page under its comment.
    assert page.index(f'id="comment-{first.pk}"') < page.index(f'id="comment-{reply.pk}"')


@override_settings(COMMENTS_PAGE_SIZE=2)
def test_the_page_of_comments_that_holds_the_comment_is_shown(client, user, call):
    contribution, _title, _url = _contribution(call)
    comments = CommentFactory.create_batch(5, target=contribution)
    deep = reply_to(comments[3], text="Tief unten")
    page = client.get(contribution.get_absolute_url(), {"comment": deep.pk}).content.decode()
    assert "Tief unten" in page
    assert f'id="comment-{comments[3].pk}"' in page
    assert f'id="comment-{comments[0].pk}"' not in page
    # A comment of another target in the address opens nothing.
    other = CommentFactory()
    page = client.get(contribution.get_absolute_url(), {"comment": other.pk}).content.decode()
    assert f'id="comment-{other.pk}"' not in page
    assert f'id="comment-{comments[0].pk}"' in page


@override_settings(RATE_LIMITS={"comment": (1, 100, 600)})
def test_a_rate_limited_comment_comes_back_with_429(client, user, call):
    _target, _title, url = _contribution(call)
    client.force_login(trusted(user))
    assert client.post(url, {"text": "Eins"}).status_code == 302
    limited = client.post(url, {"text": "Zwei"})
    assert limited.status_code == 429 and limited["Retry-After"]
    assert "Zwei" in limited.content.decode()
