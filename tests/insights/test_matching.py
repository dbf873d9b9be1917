import pytest

from praxisdialog.insights.lexicon_defaults import CONCEPTS
from praxisdialog.insights.matching import Kind, Matcher, parse_terms
from praxisdialog.insights.models import Concept, Term
from praxisdialog.insights.selectors import lexicon_matcher


@pytest.fixture(scope="module")
def matcher():
    return Matcher.from_lexicon(CONCEPTS)


def test_the_default_lexicon_is_broad_enough():
    assert len(CONCEPTS) >= 20
    for concept in CONCEPTS:
        german_and_english = sum(
            len(parse_terms(concept["terms"].get(lang, ""))) for lang in ("de", "en")
        )
        assert german_and_english >= 30, concept["slug"]
        # A label in each of the seven interface languages.
        assert concept["label"], concept["slug"]
        assert set(concept["labels"]) == {"en", "ar", "fa", "uk", "tr", "ru"}, concept["slug"]
        assert all(label.strip() for label in concept["labels"].values()), concept["slug"]
    assert sum(bool(c["terms"].get("ar")) for c in CONCEPTS) >= 15
    assert sum(bool(c["terms"].get("uk")) for c in CONCEPTS) >= 15


def test_the_notation_gives_each_kind_of_term():
    assert parse_terms("sprach*; leichte sprache; IHK; B1; kinder") == [
        ("sprach", Kind.PREFIX),
        ("leichte sprache", Kind.PHRASE),
        ("IHK", Kind.ABBREVIATION),
        ("B1", Kind.ABBREVIATION),
        ("kinder", Kind.WORD),
    ]


@pytest.mark.parametrize(
    ("text", "concept", "word"),
    [
        ("Der Berufssprachkurs hat geholfen.", "language-at-work", "Berufssprachkurs"),
        ("Wir boten einen Ausbildungsplatz an.", "apprenticeships", "Ausbildungsplatz"),
        (
            "Das Anerkennungsverfahren dauerte lange.",
            "recognition-of-qualifications",
            "Anerkennungsverfahren",
        ),
        ("Die IHK hat vermittelt.", "employer-networks", "IHK"),
        ("Das BAMF schickte einen Bescheid.", "permits-bureaucracy", "BAMF"),
        ("Keine Kinder ohne Kitaplatz.", "childcare", "Kitaplatz"),
        ("We founded a small business.", "founding-by-newcomers", "founded"),
        ("She mentored two newcomers.", "mentoring", "mentored"),
        ("Die Aerztin bekam die Approbation.", "health-and-care-work", "Aerztin"),
        ("Мова на роботі була важкою.", "language-at-work", "Мова"),
    ],
)
def test_compounds_inflection_umlauts_and_abbreviations_match(matcher, text, concept, word):
    found = matcher.match(text)
    assert concept in found
    assert word in found[concept]


def test_phrases_match_across_inflection_and_explain_with_the_words(matcher):
    found = matcher.match("Wir schreiben jetzt in Leichter Sprache.")
    assert "Leichter Sprache" in found["language-at-work"]


def test_abbreviations_match_only_as_written(matcher):
    assert "digital-skills" not in matcher.match("it was hard")
    assert "digital-skills" in matcher.match("Ich arbeite in der IT")


def test_short_stems_do_not_match_inside_unrelated_words(matcher):
    # "markt" is too short to be looked for inside compounds like "Arbeitsmarkt".
    assert "new-markets" not in matcher.match("Der Arbeitsmarkt ist schwierig.")


@pytest.mark.django_db
def test_the_migration_seeds_the_lexicon_and_staff_edits_change_matching():
    assert Concept.objects.count() >= 20
    assert Term.objects.filter(kind=Term.Kind.ABBREVIATION, text="IHK").exists()
    assert "volunteering" not in lexicon_matcher().match("Der Kochclub traf sich.")
    concept = Concept.objects.get(slug="volunteering")
    Term.objects.create(concept=concept, text="kochclub", kind=Term.Kind.PREFIX)
    assert "volunteering" in lexicon_matcher().match("Der Kochclub traf sich.")
    concept.active = False
    concept.save()
    assert "volunteering" not in lexicon_matcher().match("Der Kochclub traf sich.")
