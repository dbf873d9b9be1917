from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from praxisdialog.contributions.models import Contribution
from praxisdialog.events.models import Event
from tests.blog.factories import CategoryFactory, PostFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


def _parse(client, url: str, content_type: str):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith(content_type), url
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (url, feed.get("bozo_exception"))
    return feed


def _both(client, base: str):
    rss = _parse(client, f"{base}rss/", "application/rss+xml")
    atom = _parse(client, f"{base}atom/", "application/atom+xml")
    assert rss.version.startswith("rss") and atom.version == "atom10"
    return rss, atom


def test_the_blog_feeds_are_valid_and_keep_scheduled_posts_hidden(client):
    PostFactory(title="Veröffentlicht & gut", categories=[CategoryFactory(name="Hintergrund")])
    PostFactory(title="Noch geplant", published_at=timezone.now() + timedelta(hours=1))
    PostFactory(title="Ein Entwurf", published_at=None)
    for feed in _both(client, "/blog/feed/"):
        titles = [entry.title for entry in feed.entries]
        assert titles == ["Veröffentlicht & gut"]
        assert feed.entries[0].link.startswith("http://testserver/blog/neuigkeit-")
        assert feed.entries[0].tags[0].term == "Hintergrund"
        assert "<strong>wichtiger</strong>" in feed.entries[0].summary


def test_the_call_feeds_list_published_calls_only(client, call):
    CallFactory(title="Noch ein Entwurf", status="draft")
    for feed in _both(client, "/calls/feed/"):
        assert [entry.title for entry in feed.entries] == [call.title]


def test_the_contribution_feeds_list_published_contributions_of_the_call(client, call):
    ContributionFactory(call=call, title="Gute Erfahrung")
    ContributionFactory(call=call, title="Wartet noch", status=Contribution.Status.SUBMITTED)
    ContributionFactory(title="Anderer Aufruf")
    for feed in _both(client, f"/calls/{call.slug}/contributions/feed/"):
        assert [entry.title for entry in feed.entries] == ["Gute Erfahrung"]
        assert "Antwort auf" in feed.entries[0].summary
    assert client.get("/calls/gibt-es-nicht/contributions/feed/rss/").status_code == 404
    draft = CallFactory(status="draft")
    assert client.get(f"/calls/{draft.slug}/contributions/feed/rss/").status_code == 404


def test_the_event_feeds_list_public_events_only(client):
    EventFactory(title="Werkstatt im Frühjahr")
    EventFactory(title="Interner Entwurf", status=Event.Status.DRAFT)
    for feed in _both(client, "/events/feed/"):
        assert [entry.title for entry in feed.entries] == ["Werkstatt im Frühjahr"]


def test_unknown_feed_formats_are_404(client):
    for url in ("/blog/feed/json/", "/calls/feed/xml/", "/events/feed/ics/"):
        assert client.get(url).status_code == 404
