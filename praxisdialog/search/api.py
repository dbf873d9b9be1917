"""Search in the API: `GET /api/v1/search?q=`, the same selector as the search page."""

from typing import Literal

from django.conf import settings
from ninja import Query, Router, Schema, Status

from praxisdialog.api.auth import optional_user
from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate
from praxisdialog.api.schemas import ErrorOut

from .selectors import MAX_QUERY_LENGTH, SearchQueryError, search_kinds, search_list

router = Router(tags=["search"])


# The kinds as their owners registered them (the registry is complete once Django has
# started, before the URLs and this module are loaded).
Kind = Literal[tuple(search_kinds())]


class SearchHitOut(Schema):
    kind: str
    # The kind in the reader's language: "Contribution", "Call", "Comment"…
    label: str
    id: int
    title: str
    # HTML: the text is escaped, only the matched words are wrapped in <mark>.
    snippet: str
    url: str
    rank: float


class SearchPage(PageOut):
    items: list[SearchHitOut]


@router.get("/search", response={200: SearchPage, 422: ErrorOut})
def search(
    request,
    q: str = Query(
        "",
        description=(
            f"Words to find (at most {MAX_QUERY_LENGTH} characters); each is matched as "
            "the start of a word, all must occur. Quotes, *, - and NEAR are taken as "
            "plain characters, not as query syntax."
        ),
    ),
    kind: Kind | None = None,
    page: int = PAGE_QUERY,
):
    """Public calls, published contributions, comments, blog posts, updates on practices
    and adoption reports, and the profiles the caller may see, best match first, with a
    snippet in which the matched words are marked."""
    try:
        results = search_list(q=q, user=optional_user(request), kinds=[kind] if kind else None)
    except SearchQueryError as error:
        detail = [{"loc": ["query", "q"], "msg": error.message, "type": "value_error"}]
        return Status(422, {"detail": detail})
    result = paginate(results, page=page, page_size=settings.SEARCH_PAGE_SIZE)
    return {
        **result,
        "items": [
            {
                "kind": hit.kind,
                "label": str(hit.label),
                "id": hit.id,
                "title": hit.title,
                "snippet": str(hit.snippet_html),
                "url": request.build_absolute_uri(hit.url),
                "rank": hit.rank,
            }
            for hit in result["items"]
        ],
    }
