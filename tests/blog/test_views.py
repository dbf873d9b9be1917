import re
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from praxisdialog.blog.models import Post
from praxisdialog.discussion.models import Comment
from tests.accounts.factories import StaffFactory
from tests.blog.factories import CategoryFactory, PostFactory

pytestmark = pytest.mark.django_db


def _h1_count(response) -> int:
    return len(re.findall(r"<h1[\s>]", response.content.decode()))


def test_the_list_is_paginated_in_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    category = CategoryFactory(name="Hintergrund")
    PostFactory.create_batch(2, categories=[category])
    with django_assert_max_num_queries(12) as few:
        response = client.get("/blog/")
    assert response.status_code == 200
    assert _h1_count(response) == 1
    PostFactory.create_batch(20, categories=[category])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/blog/")
    page = response.content.decode()
    assert page.count('class="card post-card"') == 10
    assert "Seite 1 von 3" in page
    assert "Hintergrund" in page


def test_drafts_and_scheduled_posts_stay_hidden_until_their_time(client, staff):
    draft = PostFactory(title="Entwurf", published_at=None)
    soon = PostFactory(title="Geplant", published_at=timezone.now() + timedelta(hours=2))
    page = client.get("/blog/").content.decode()
    assert "Entwurf" not in page and "Geplant" not in page
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(soon.get_absolute_url()).status_code == 404

    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        assert "Geplant" in client.get("/blog/").content.decode()
        assert client.get(soon.get_absolute_url()).status_code == 200

    client.force_login(staff)
    preview = client.get(soon.get_absolute_url()).content.decode()
    assert "Geplant für" in preview


def test_a_post_page_shows_text_image_categories_share_links_and_meta(client):
    category = CategoryFactory(name="Aus dem Dialog")
    post = PostFactory(
        title="Erste Ergebnisse",
        teaser="Was wir gelernt haben.",
        body="Ein Absatz mit <script>alert(1)</script> und **Betonung**.",
        categories=[category],
        image="blog/abc.jpg",
        image_alt="Menschen an einem Tisch",
    )
    response = client.get(post.get_absolute_url())
    page = response.content.decode()
    assert _h1_count(response) == 1
    assert "<strong>Betonung</strong>" in page
    assert "<script>alert" not in page
    assert 'alt="Menschen an einem Tisch"' in page
    assert category.get_absolute_url() in page
    assert '<meta property="og:title" content="Erste Ergebnisse">' in page
    assert '<meta property="og:description" content="Was wir gelernt haben.">' in page
    assert '<meta property="og:type" content="article">' in page
    assert 'property="og:image" content="http://testserver/media/blog/abc.jpg"' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    for link in (
        "mailto:?subject=Erste%20Ergebnisse&amp;body=http%3A%2F%2Ftestserver%2Fblog%2F",
        "https://mastodon.social/share?text=Erste+Ergebnisse+http",
        "https://www.linkedin.com/sharing/share-offsite/?url=http",
        "https://x.com/intent/post?text=Erste+Ergebnisse&amp;url=http",
        "https://www.facebook.com/sharer/sharer.php?u=http",
        "https://wa.me/?text=Erste+Ergebnisse",
    ):
        assert link in page
    # No third-party script, style or image anywhere on the page.
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://(?!testserver)', page)
    assert 'type="application/rss+xml"' in page


def test_every_public_page_has_open_graph_defaults(client, call):
    for url in ("/", "/blog/", "/events/", call.get_absolute_url(), "/contact/"):
        page = client.get(url).content.decode()
        assert '<meta property="og:site_name"' in page, url
        assert f'<meta property="og:url" content="http://testserver{url}">' in page, url
        assert '<meta name="twitter:card" content="summary">' in page, url
    call_page = client.get(call.get_absolute_url()).content.decode()
    assert f'<meta property="og:title" content="{call.title}">' in call_page
    assert '<meta property="og:description" content="Erzählen Sie uns' in call_page


def test_category_pages_filter_and_unknown_ones_are_404(client):
    one, other = CategoryFactory(name="Eins"), CategoryFactory(name="Zwei")
    PostFactory(title="Im ersten", categories=[one])
    PostFactory(title="Im zweiten", categories=[other])
    page = client.get(one.get_absolute_url()).content.decode()
    assert "Im ersten" in page and "Im zweiten" not in page
    assert client.get("/blog/category/gibt-es-nicht/").status_code == 404


def test_a_call_page_lists_its_posts_with_the_synthesis_first(client, call):
    PostFactory(title="Zwischenstand", call=call)
    PostFactory(title="Die Synthese", call=call, is_synthesis=True)
    PostFactory(title="Später", call=call, published_at=timezone.now() + timedelta(days=1))
    page = client.get(call.get_absolute_url()).content.decode()
    assert "Aus dem Blog" in page
    assert page.index("Die Synthese") < page.index("Zwischenstand")
    assert "Synthese:" in page
    assert "Später" not in page


def test_verified_people_comment_on_a_published_post(client, user):
    post = PostFactory()
    response = client.post(
        reverse("discussion:post-comment-create", args=[post.slug]),
        {"text": "Danke für die Zusammenfassung!"},
    )
    assert response.status_code == 302  # to the login page
    assert not Comment.objects.exists()

    client.force_login(user)
    response = client.post(
        reverse("discussion:post-comment-create", args=[post.slug]),
        {"text": "Danke für die Zusammenfassung!"},
        follow=True,
    )
    assert response.status_code == 200
    comment = Comment.objects.get()
    assert comment.object_id == post.pk and comment.content_type.model == "post"
    page = client.get(post.get_absolute_url()).content.decode()
    assert "Danke für die Zusammenfassung!" in page
    # A new account's first comment waits for the moderators, as everywhere else.
    assert comment.status == Comment.Status.PENDING
    assert "Wartet auf Moderation" in page
    # The comment's own thread page knows its post.
    assert client.get(comment.get_absolute_url()).status_code == 200


def test_nobody_comments_on_a_scheduled_post(client, user):
    post = PostFactory(published_at=timezone.now() + timedelta(hours=1))
    client.force_login(user)
    response = client.post(
        reverse("discussion:post-comment-create", args=[post.slug]), {"text": "Zu früh"}
    )
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_an_image_without_alt_text_is_refused_by_the_model():
    from django.core.exceptions import ValidationError

    post = PostFactory.build(image="blog/x.jpg", image_alt="  ")
    with pytest.raises(ValidationError) as error:
        post.clean()
    assert "image_alt" in error.value.message_dict
    assert Post.objects.count() == 0


def test_a_call_has_at_most_one_synthesis(call):
    from django.core.exceptions import ValidationError

    from praxisdialog.blog.services import post_save

    PostFactory(call=call, is_synthesis=True)
    with pytest.raises(ValidationError) as error:
        post_save(post=PostFactory.build(call=call, is_synthesis=True, author=StaffFactory()))
    assert "Dieser Aufruf hat bereits eine Synthese." in str(error.value)
    with pytest.raises(ValidationError) as error:
        post_save(post=PostFactory.build(is_synthesis=True, author=StaffFactory()))
    assert "Eine Synthese gehört zu einem Aufruf." in str(error.value)
    assert Post.objects.count() == 1


def test_a_post_outlives_its_authors_account(client):
    post = PostFactory(title="Bleibt stehen")
    post.author.delete()
    page = client.get(post.get_absolute_url()).content.decode()
    assert "Redaktion" in page
    assert client.get("/api/v1/posts/" + post.slug).json()["author"] == "Redaktion"
