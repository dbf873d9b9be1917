"""Arabic in the dossier and the charts: set right to left, with a font that has the
script, whatever the language of the page around it."""

import io

import pytest
from pypdf import PdfReader

from praxisdialog.contributions.models import Answer
from praxisdialog.resonance import charts, services
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "تدريب مشترك في المخبز"
ARABIC_ANSWER = "عملنا معاً كل صباح، وتعلّم الجميع شيئاً جديداً."


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _runs(reader: PdfReader) -> list[tuple[str, float]]:
    """Each text run of the PDF with the horizontal position where it starts."""
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append((text.strip(), cm[4] + tm[4] * cm[0]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return runs


@pytest.fixture
def arabic_contribution(call):
    contribution = ContributionFactory(call=call, title=ARABIC_TITLE, language="ar")
    Answer.objects.filter(contribution=contribution).update(text=ARABIC_ANSWER)
    return contribution


def test_the_dossier_sets_arabic_text_right_to_left(call, arabic_contribution):
    html = services.dossier_html(call=call)
    assert f'<h3 lang="ar" dir="rtl">{ARABIC_TITLE}</h3>' in html
    assert f'<p lang="ar" dir="rtl">{ARABIC_ANSWER}</p>' in html
    # The German questions around it stay left to right.
    question = call.questions.first().display_text
    assert f'<p dir="ltr"><strong>{question}</strong></p>' in html


def test_the_dossier_pdf_draws_arabic_with_an_arabic_font_at_the_right(call, arabic_contribution):
    from weasyprint import HTML

    reader = PdfReader(io.BytesIO(HTML(string=services.dossier_html(call=call)).write_pdf()))
    assert any("Arabic" in name for name in _fonts(reader)), _fonts(reader)
    width = float(reader.pages[0].mediabox.width)
    german = [x for text, x in _runs(reader) if "Dossier" in text]
    arabic = [x for text, x in _runs(reader) if any("\u0600" <= c <= "\u06ff" for c in text)]
    assert german and arabic
    # Left-aligned German starts at the left margin; right-aligned Arabic well to its right.
    assert min(german) < width * 0.15
    assert min(arabic) > width * 0.3


def test_a_bar_chart_is_mirrored_on_a_right_to_left_page():
    items = [("العربية", 4), ("Deutsch", 2)]
    ltr = charts.bar_chart(title="t", desc="d", items=items, rtl=False)
    rtl = charts.bar_chart(title="t", desc="d", items=items, rtl=True)
    assert 'direction="ltr"' in ltr and 'direction="rtl"' in rtl
    # Labels at the reading start, bars growing away from them.
    assert '<text x="212" y="19" text-anchor="end"' in ltr
    assert '<text x="388" y="19" text-anchor="end"' in rtl
    assert '<rect x="220" y="5" width="300"' in ltr
    assert '<rect x="80" y="5" width="300"' in rtl


def test_the_line_chart_keeps_time_left_to_right():
    chart = charts.line_chart(title="t", desc="d", days=["1.12.", "3.12."], series=[("a", [1, 2])])
    assert 'direction="ltr"' in chart
