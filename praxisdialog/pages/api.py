from datetime import datetime

from django.http import Http404
from ninja import Router, Schema

from praxisdialog.api.schemas import ErrorOut
from praxisdialog.core.markdown import render_markdown

from .selectors import page_get_for_display

router = Router(tags=["pages"])


class PageOut(Schema):
    slug: str
    title: str
    kind: str
    body: str
    body_html: str
    updated_at: datetime
    url: str


@router.get("/pages/{slug}", response={200: PageOut, 404: ErrorOut})
def get_page(request, slug: str):
    """A page such as the imprint or the privacy policy, as Markdown and as HTML."""
    page = page_get_for_display(slug=slug)
    if page is None:
        raise Http404
    return {
        "slug": page.slug,
        "title": page.title,
        "kind": page.kind,
        "body": page.body,
        "body_html": str(render_markdown(page.body)),
        "updated_at": page.updated_at,
        "url": request.build_absolute_uri(page.get_absolute_url()),
    }
