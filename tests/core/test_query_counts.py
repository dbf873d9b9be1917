"""Every list and detail page makes the same number of queries whatever the size of the
data: measured on the demo data, then again after seed_scale added several times as much
of everything the pages show (contributions, comments, events, registrations, profiles,
posts)."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from praxisdialog.blog.models import Post
from praxisdialog.contributions.models import Contribution
from praxisdialog.events.models import Event

pytestmark = pytest.mark.django_db

SLUG = "integration-und-innovation"
GROWTH = {"thread": 0, "registrations": 30, "subscribers": 0}


def _paths() -> dict[str, str]:
    newest = Contribution.objects.filter(status="published").order_by("-published_at").first()
    event = Event.objects.filter(status="published").order_by("pk").first()
    post = Post.objects.filter(published_at__isnull=False).order_by("-published_at").first()
    base = f"/calls/{SLUG}"
    return {
        "home": "/",
        "call page": f"{base}/",
        "contribution list": f"{base}/contributions/",
        "list, role filter + most helpful": f"{base}/contributions/?role=founder&sort=helpful",
        "list, page 2": f"{base}/contributions/?page=2",
        "contribution": f"/contributions/{newest.pk}/",
        "contributions feed": f"{base}/contributions/feed/rss/",
        "API list": f"/api/v1/calls/{SLUG}/contributions",
        "event list": "/events/",
        "event page": f"/events/{event.pk}/",
        "directory": "/network/",
        "blog": "/blog/",
        "blog post": f"/blog/{post.slug}/",
        "themes": f"{base}/themes/",
        "summary": f"{base}/summary/",
    }


def _counts(client, paths: dict[str, str]) -> dict[str, int]:
    counts = {}
    for name, path in paths.items():
        client.get(path)  # caches and the site settings are set up on a first request
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (name, response.status_code)
        counts[name] = len(queries.captured_queries)
    return counts


def test_pages_make_the_same_queries_at_two_sizes(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command(
        "seed_scale", contributions=15, comments=30, events=1, posts=2, profiles=10, **GROWTH
    )
    paths = _paths()
    small = _counts(client, paths)
    call_command(
        "seed_scale", contributions=60, comments=200, events=4, posts=15, profiles=60, **GROWTH
    )
    large = _counts(client, paths)
    assert large == small
