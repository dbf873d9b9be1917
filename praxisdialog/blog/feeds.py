from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.markdown import render_markdown

from .selectors import post_list_published

FEED_SIZE = 30


class PostRssFeed(Feed):
    title = _("Blog")
    link = reverse_lazy("blog:post-list")
    description = _("News, syntheses and background from the practice dialogue.")

    def items(self):
        return post_list_published()[:FEED_SIZE]

    def item_title(self, item):
        return item.display_title

    def item_description(self, item):
        return render_markdown(item.display_body)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return max(item.updated_at, item.published_at)

    def item_author_name(self, item):
        return item.byline

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]


class PostAtomFeed(PostRssFeed):
    feed_type = Atom1Feed
    subtitle = PostRssFeed.description


def post_feed(request, fmt: str):
    feeds = {"rss": PostRssFeed, "atom": PostAtomFeed}
    if fmt not in feeds:
        raise Http404
    return feeds[fmt]()(request)
