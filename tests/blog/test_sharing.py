import pytest
from django.core.management import call_command

from praxisdialog.blog.models import Post
from praxisdialog.pages.models import Page
from tests.contributions.factories import ContributionFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_a_contribution_page_has_share_links_and_meta_within_its_query_budget(
    client, call, django_assert_max_num_queries
):
    contribution = ContributionFactory(call=call, title="Sprachtandem im Betrieb")
    client.get(contribution.get_absolute_url())  # warm the caches
    with django_assert_max_num_queries(12):
        response = client.get(contribution.get_absolute_url())
    page = response.content.decode()
    assert '<meta property="og:title" content="Sprachtandem im Betrieb">' in page
    assert '<meta property="og:description" content="Antwort auf' in page
    assert "https://wa.me/?text=Sprachtandem+im+Betrieb" in page
    assert "Diese Seite teilen" in page


def test_an_event_page_describes_itself(client):
    event = EventFactory(title="Werkstatt", description="Wir arbeiten an den **Themen**.")
    page = client.get(event.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Werkstatt">' in page
    assert '<meta property="og:description" content="Wir arbeiten an den **Themen**.">' in page


def test_seed_demo_creates_a_post_and_the_four_pages_and_can_run_again():
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)
    post = Post.objects.get()
    assert post.is_published and post.call is not None and post.categories.count() == 1
    assert sorted(Page.objects.values_list("kind", flat=True)) == [
        "accessibility",
        "community_rules",
        "imprint",
        "privacy",
    ]
