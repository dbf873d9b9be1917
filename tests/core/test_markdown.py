from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from praxisdialog.core.markdown import render_markdown


def test_markdown_renders_emphasis_and_lists():
    html = render_markdown("**fett** und *kursiv*\n\n- eins\n- zwei")
    assert "<strong>fett</strong>" in html
    assert "<li>eins</li>" in html


def test_raw_html_and_scripts_are_never_rendered():
    html = render_markdown('<script>alert(1)</script><img src=x onerror="alert(2)">')
    assert "<script" not in html
    assert "<img" not in html


def test_javascript_links_are_dropped():
    html = render_markdown("[klick](javascript:alert(1))")
    assert "href" not in html


def test_headings_in_user_text_never_compete_with_the_page_title():
    html = render_markdown("# Titel\n\n## Unter")
    assert "<h1" not in html and "<h2" not in html
    assert "<h3>Titel</h3>" in html


def test_links_are_marked_as_user_generated():
    html = render_markdown("[Seite](https://example.org)")
    assert 'rel="nofollow noopener ugc"' in html


DANGEROUS = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:",
        "[a](javascript:x)",
        "<a href='javascript:alert(1)'>",
        "<svg onload=alert(1)>",
        "<<script>>",
        "&lt;script&gt;",
        "`",
        "*",
        "[",
        "](",
        ")",
        "\n",
        " ",
        "\u202e",
        "\x00",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(DANGEROUS, st.text(max_size=8)), max_size=20).map("".join))
def test_no_input_renders_as_script_handler_or_javascript_url(text):
    elements = _Elements()
    elements.feed(str(render_markdown(text)))
    assert "script" not in elements.tags
    assert not [name for name, _value in elements.attributes if name.startswith("on")]
    assert not [
        value
        for name, value in elements.attributes
        if name in {"href", "src"} and "javascript:" in (value or "").lower().replace(" ", "")
    ]


class _Elements(HTMLParser):
    """Collects the tags and attributes a browser would see in the rendered HTML."""

    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend(attrs)
