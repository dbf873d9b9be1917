from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.markdown import render_markdown

from .models import Event
from .selectors import event_list_upcoming

FEED_SIZE = 50


class EventRssFeed(Feed):
    title = _("Events")
    link = reverse_lazy("events:event-list")
    description = _("Upcoming workshops and events.")

    def items(self):
        return event_list_upcoming(user=AnonymousUser()).filter(status=Event.Status.PUBLISHED)[
            :FEED_SIZE
        ]

    def item_title(self, item):
        return item.display_title

    def item_description(self, item):
        return render_markdown(item.display_description)

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed
    subtitle = EventRssFeed.description


def event_feed(request, fmt: str):
    feeds = {"rss": EventRssFeed, "atom": EventAtomFeed}
    if fmt not in feeds:
        raise Http404
    return feeds[fmt]()(request)
