"""The sitemap: only what anyone may read without an account. Written as a plain view,
so the project needs no extra installed app."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.urls import reverse

from praxisdialog.blog.models import Post
from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.events.models import Event
from praxisdialog.network.selectors import profile_list_public

from .models import Page

# The protocol allows 50,000 entries a file; we stay well below.
LIMIT = 10_000


@dataclass(frozen=True)
class Entry:
    location: str
    lastmod: datetime | None


def _urls(request, rows) -> list[Entry]:
    return [Entry(request.build_absolute_uri(path), lastmod) for path, lastmod in rows]


def sitemap_entries(request) -> list[Entry]:
    public_calls = Q(status__in=Call.PUBLIC_STATUSES)
    rows = [(reverse("calls:home"), None), (reverse("blog:post-list"), None)]
    rows += [
        (reverse("calls:call-detail", args=[slug]), changed)
        for slug, changed in Call.objects.filter(public_calls)
        .order_by("-published_at")
        .values_list("slug", "published_at")[:LIMIT]
    ]
    rows += [
        (reverse("contributions:contribution-detail", args=[pk]), changed)
        for pk, changed in Contribution.objects.public()
        .order_by("-published_at")
        .values_list("pk", "published_at")[:LIMIT]
    ]
    rows += [
        (reverse("blog:post-detail", args=[slug]), changed)
        for slug, changed in Post.objects.published()
        .order_by("-published_at")
        .values_list("slug", "updated_at")[:LIMIT]
    ]
    rows += [
        (reverse("pages:page-detail", args=[slug]), changed)
        for slug, changed in Page.objects.order_by("slug").values_list("slug", "updated_at")
    ]
    rows += [
        (reverse("events:event-detail", args=[pk]), changed)
        for pk, changed in Event.objects.filter(status=Event.Status.PUBLISHED)
        .order_by("-starts_at")
        .values_list("pk", "updated_at")[:LIMIT]
    ]
    rows += [
        (reverse("network:profile-detail", args=[pk]), changed)
        for pk, changed in profile_list_public()
        .prefetch_related(None)
        .values_list("pk", "updated_at")[:LIMIT]
    ]
    return _urls(request, rows)
