"""Pagination that stays fast on deep pages of long lists."""

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet


class KeyFirstPaginator(Paginator):
    """Paginates the primary keys first, then loads only the rows of the page.

    A deep page of `ORDER BY ... LIMIT 12 OFFSET 90000` makes the database read and throw
    away 90,000 whole rows (with their joins). Asking for the keys alone lets it walk a
    covering index instead (the listing indexes hold the sort columns and the key); the
    12 rows are then fetched by key with their relations and prefetches, in page order.
    The count and page numbers stay those of Django's Paginator."""

    def __init__(self, queryset: QuerySet, per_page: int, **kwargs):
        self.full_queryset = queryset
        keys = queryset.values_list("pk", flat=True)
        # The prefetches belong to the rows, not to the key query.
        keys = keys.prefetch_related(None)
        super().__init__(keys, per_page, **kwargs)

    def _get_page(self, object_list, number, paginator) -> Page:
        keys = list(object_list)
        rows = []
        if keys:
            # The order of the page is that of its keys; the database need not sort again.
            by_key = {row.pk: row for row in self.full_queryset.filter(pk__in=keys).order_by()}
            rows = [by_key[key] for key in keys if key in by_key]
        return Page(rows, number, paginator)
