"""User text: Markdown rendered by markdown-it-py, then sanitised by nh3.

Raw HTML in the source is escaped by the parser; nh3 then keeps only the tags and
attributes we allow, so no markup from a user reaches a page."""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "strong", "em", "s", "ul", "ol", "li", "blockquote", "code", "pre"}
ALLOWED_TAGS |= {"a", "h3", "h4", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}

# "commonmark" with html off: <script> in the source becomes text. Headings are
# shifted down so user text never adds an h1 or h2 to a page.
_parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_parser.enable("strikethrough")


def _shift_headings(tokens) -> None:
    for token in tokens:
        if token.type in {"heading_open", "heading_close"}:
            level = min(int(token.tag[1]) + 2, 4)
            token.tag = f"h{level}"


def render_markdown(text: str) -> SafeString:
    if not text:
        return mark_safe("")
    tokens = _parser.parse(text)
    _shift_headings(tokens)
    html = _parser.renderer.render(tokens, _parser.options, {})
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener ugc",
    )
    return mark_safe(clean)  # noqa: S308 - sanitised by nh3 just above
