"""Themes across languages: the theme pipeline reads the German translation of a text
written in another language, so an Arabic and a German story about the same practice
land in one theme, and no theme word comes from the untranslated text."""

from collections import Counter

import pytest

from praxisdialog.insights import services as insight_services
from praxisdialog.insights.models import ThemeAssignment
from praxisdialog.translation import services
from tests.insights.factories import contribution_with_text, contributions_from_corpus, load_corpus

pytestmark = pytest.mark.django_db

# An Arabic story about holiday childcare, and what the stand-in returns as its German
# translation (the German story of the same practice from the test corpus).
ARABIC = {
    "المدرسة مغلقة في العطل": "Ferienzeiten sind das Problem",
    "المدرسة مغلقة اثني عشر أسبوعا في السنة، ولكن إجازتي ستة أسابيع فقط.": (
        "Die Schule ist zwölf Wochen im Jahr geschlossen, ich habe aber nur sechs Wochen Urlaub."
    ),
    "نحن الآباء في الشركة اتفقنا على تنظيم رعاية الأطفال في العطل بالتناوب.": (
        "Wir Eltern im Betrieb haben uns zusammengetan und organisieren die Ferienbetreuung "
        "abwechselnd."
    ),
}


def test_an_arabic_story_lands_in_the_theme_of_its_german_siblings(
    call, staff, translation_server, django_capture_on_commit_callbacks
):
    items, seen = [], Counter()
    for item in load_corpus():
        if seen[item["topic"]] < 6:
            items.append(item)
            seen[item["topic"]] += 1
    german = contributions_from_corpus(call, items)
    title, *answers = ARABIC
    arabic = contribution_with_text(call=call, title=title, answers=answers, language="ar")
    translation_server.glossary = {(ar, "de"): de for ar, de in ARABIC.items()}
    with django_capture_on_commit_callbacks(execute=True):
        services.translation_request(obj=arabic, target="de")
    with django_capture_on_commit_callbacks(execute=True):
        run = insight_services.theme_run_start(call=call, user=staff)
    run.refresh_from_db()
    theme_of = dict(
        ThemeAssignment.objects.filter(theme__run=run).values_list("contribution_id", "theme_id")
    )
    childcare = Counter(
        theme_of[c.pk]
        for c, item in zip(german, items, strict=True)
        if item["topic"] == "kinderbetreuung"
    )
    assert theme_of[arabic.pk] == childcare.most_common(1)[0][0]
    arabic_words = {w for text in ARABIC for w in text.split()}
    for theme in run.themes.all():
        assert not arabic_words & set(theme.top_terms)
        assert not arabic_words & set(theme.label.split())
