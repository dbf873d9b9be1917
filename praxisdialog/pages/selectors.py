from django.db.models import QuerySet

from .models import Page, PageVersion


def page_get_for_display(*, slug: str) -> Page | None:
    return Page.objects.filter(slug=slug).first()


def page_list_for_sitemap() -> QuerySet[Page]:
    return Page.objects.order_by("slug")


def page_version_list(*, page: Page) -> QuerySet[PageVersion]:
    return page.versions.select_related("created_by").order_by("-created_at", "-pk")
