from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.markdown import render_markdown

from .selectors import call_list_current

FEED_SIZE = 30


class CallRssFeed(Feed):
    title = _("Calls")
    link = reverse_lazy("calls:home")
    description = _("Current calls for experiences.")

    def items(self):
        return call_list_current()[:FEED_SIZE]

    def item_title(self, item):
        return item.display_title

    def item_description(self, item):
        return render_markdown(item.display_teaser)

    def item_pubdate(self, item):
        return item.published_at


class CallAtomFeed(CallRssFeed):
    feed_type = Atom1Feed
    subtitle = CallRssFeed.description


def call_feed(request, fmt: str):
    feeds = {"rss": CallRssFeed, "atom": CallAtomFeed}
    if fmt not in feeds:
        raise Http404
    return feeds[fmt]()(request)
