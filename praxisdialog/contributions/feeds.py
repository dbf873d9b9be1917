from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from praxisdialog.calls.selectors import call_get_for_display
from praxisdialog.core.markdown import render_markdown

from .selectors import contribution_list_published

FEED_SIZE = 30


class ContributionRssFeed(Feed):
    """The published contributions of one call, as anyone may read them."""

    def get_object(self, request, slug: str):
        call = call_get_for_display(slug=slug, user=AnonymousUser())
        if call is None:
            raise Http404
        return call

    def title(self, call):
        return _("Contributions: %(title)s") % {"title": call.display_title}

    def link(self, call):
        return call.get_absolute_url()

    def description(self, call):
        return call.display_teaser

    subtitle = description

    def items(self, call):
        return contribution_list_published(call=call)[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return render_markdown("\n\n".join(a.text for a in item.answers.all() if a.text))

    def item_pubdate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.byline


class ContributionAtomFeed(ContributionRssFeed):
    feed_type = Atom1Feed


def contribution_feed(request, slug: str, fmt: str):
    feeds = {"rss": ContributionRssFeed, "atom": ContributionAtomFeed}
    if fmt not in feeds:
        raise Http404
    return feeds[fmt]()(request, slug=slug)
