from datetime import timedelta

import pytest
from django.utils import timezone

from tests.blog.factories import CategoryFactory, PostFactory

pytestmark = pytest.mark.django_db


def test_the_api_lists_published_posts_only_and_pages_them(client, call):
    PostFactory.create_batch(11)
    PostFactory(
        title="Synthese",
        slug="synthese",
        call=call,
        is_synthesis=True,
        categories=[CategoryFactory(slug="ergebnisse")],
        published_at=timezone.now(),
    )
    PostFactory(slug="geplant", published_at=timezone.now() + timedelta(days=1))
    first = client.get("/api/v1/posts").json()
    assert first["count"] == 12 and first["page_size"] == 10 and len(first["items"]) == 10
    top = first["items"][0]
    assert top["slug"] == "synthese"
    assert top["call"] == call.slug and top["is_synthesis"] is True
    assert top["categories"] == ["ergebnisse"]
    assert "<strong>wichtiger</strong>" in top["body_html"]
    assert top["url"] == "http://testserver/blog/synthese/"
    assert "email" not in str(top)
    second = client.get("/api/v1/posts?page=2").json()
    assert len(second["items"]) == 2
    assert "geplant" not in [item["slug"] for item in first["items"] + second["items"]]
    assert client.get("/api/v1/posts?page=0").status_code == 422


def test_a_scheduled_post_answers_404_in_the_api(client):
    PostFactory(slug="geplant", published_at=timezone.now() + timedelta(days=1))
    assert client.get("/api/v1/posts/geplant").status_code == 404
    assert client.get("/api/v1/posts/gibt-es-nicht").status_code == 404
    PostFactory(slug="da")
    assert client.get("/api/v1/posts/da").json()["slug"] == "da"
