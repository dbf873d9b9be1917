from ninja import Query, Schema

# Page numbers are bounded, so no request can ask the database for an absurd offset;
# anything outside answers 422 with the allowed range.
PAGE_QUERY = Query(1, ge=1, le=100_000, description="Page number, from 1.")


class PageOut(Schema):
    """What every list of the API answers besides its `items`, which each list declares
    in its own page schema (a subclass of this one)."""

    count: int
    page: int
    page_size: int


def paginate(items, *, page: int, page_size: int) -> dict:
    """One page of a queryset (or list) as every list of the API answers it: `count` of
    all, `page`, `page_size` and that page's `items` (still to be turned into output)."""
    page = max(page, 1)
    count = items.count() if hasattr(items, "count") and not isinstance(items, list) else len(items)
    return {
        "count": count,
        "page": page,
        "page_size": page_size,
        "items": list(items[(page - 1) * page_size : page * page_size]),
    }
