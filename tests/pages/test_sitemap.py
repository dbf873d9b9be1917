from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from praxisdialog.contributions.models import Contribution
from praxisdialog.events.models import Event
from tests.blog.factories import PostFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.events.factories import EventFactory
from tests.network.factories import ProfileFactory, PublicProfileFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _locations(client) -> set[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own response
    return {loc.text for loc in root.findall("s:url/s:loc", NS)}


def test_the_sitemap_lists_public_things_only(client, call, django_assert_max_num_queries):
    published = ContributionFactory(call=call)
    pending = ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
    draft_call = CallFactory(status="draft")
    post = PostFactory()
    scheduled = PostFactory(published_at=timezone.now() + timedelta(days=1))
    event = EventFactory()
    draft_event = EventFactory(status=Event.Status.DRAFT)
    public = PublicProfileFactory()
    members_only = ProfileFactory()
    unlisted = PublicProfileFactory(is_listed=False)

    with django_assert_max_num_queries(10):
        locations = _locations(client)

    base = "http://testserver"
    for thing in (call, published, post, event, public):
        assert base + thing.get_absolute_url() in locations, thing
    for thing in (pending, draft_call, scheduled, draft_event, members_only, unlisted):
        assert base + thing.get_absolute_url() not in locations, thing
    assert f"{base}/pages/impressum/" in locations
    assert f"{base}/pages/datenschutz/" in locations


def test_robots_txt_keeps_crawlers_out_of_private_areas_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Allow: /" in lines
    for path in ("/admin/", "/account/", "/api/", "/moderation/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
