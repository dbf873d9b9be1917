import json
import re

import pytest
from django.core.management import CommandError, call_command
from sklearn.metrics import adjusted_rand_score

from praxisdialog.insights import pipeline
from praxisdialog.insights.evaluation import corpus_text
from praxisdialog.insights.lexicon_defaults import CONCEPTS
from praxisdialog.insights.matching import Matcher
from tests.insights.factories import CORPUS

# A small corpus of three topics. In each, the last German text names its topic with no
# lexicon keyword at all, and one text is in English.
SMALL = {
    "sprache": [
        "Im Deutschkurs nach der Schicht lernen unsere Kollegen Fachwörter für die Maschinen.",
        "Ohne Sprachkurs hätte ich die Unterweisung nicht verstanden, heute spreche ich B1.",
        "Wir haben die Anleitungen in einfacher Sprache geschrieben, mit kurzen Sätzen.",
        "Ein Sprachtandem in der Pause hilft gegen Missverständnisse im Team.",
        "Die Aussprache am Telefon war schwer, der Wortschatz fehlte mir.",
        "Anfangs nickte ich nur, wenn der Meister redete; heute erkläre ich es den Neuen.",
        "The German course at work helped me understand the vocabulary of the workshop.",
    ],
    "anerkennung": [
        "Die Anerkennung meines Abschlusses als Ärztin dauerte zwei Jahre, viele Papiere fehlten.",
        "Mein Diplom wurde als gleichwertig anerkannt, als alle Papiere geprüft waren.",
        "Für die Teilanerkennung brauchte ich beglaubigte Zeugnisse und eine Anpassung.",
        "Der Referenzberuf war unklar, erst dann kam die Anerkennung meiner Qualifikation.",
        "Die Approbation bekam ich erst, als alle Unterlagen und Papiere geprüft waren.",
        "Meine Papiere aus Kabul galten nichts, bis eine Stelle sie Blatt für Blatt geprüft hatte.",
        "The recognition of my nursing degree took a year and an adaptation course.",
    ],
    "kinder": [
        "Ohne Kitaplatz konnte ich die Stelle nicht antreten.",
        "Der Kindergarten öffnet erst um sieben, meine Schicht beginnt um sechs.",
        "Unsere Betriebskita hat Öffnungszeiten passend zu den Schichten.",
        "Als Alleinerziehende arbeite ich in Teilzeit, bis die Kinder mittags abgeholt werden.",
        "Die Tagesmutter aus der Nachbarschaft springt ein, wenn ein Kind krank ist.",
        "Wenn meine Kleine Fieber hat, bleibe ich daheim; die Oma wohnt in Aleppo.",
        "No daycare place meant I could not start the job; the waiting list was long.",
    ],
}


@pytest.fixture(scope="module")
def small():
    matcher = Matcher.from_lexicon(CONCEPTS)
    topics = [topic for topic, texts in SMALL.items() for _ in texts]
    docs = pipeline.tag_documents([t for texts in SMALL.values() for t in texts], matcher)
    return docs, topics, matcher.concepts


def test_without_pins_the_topics_are_found(small):
    docs, topics, slugs = small
    result = pipeline.run(docs, slugs)
    assert adjusted_rand_score(topics, result.labels) >= 0.5
    assert len(result.labels) == len(docs)
    assert all(0.0 <= w <= 1.0 for theme in result.themes for w in theme.weights)


def test_pins_steer_keywordless_and_english_texts_to_their_topic(small):
    docs, topics, slugs = small
    pins = {0: "sprache", 1: "sprache", 7: "anerkennung", 8: "anerkennung", 14: "kinder"}
    pins[15] = "kinder"
    result = pipeline.run(docs, slugs, pins=pins)
    assert result.k == 3
    by_seed = {theme.seed: set(theme.members) for theme in result.themes}
    for topic, texts in SMALL.items():
        start = topics.index(topic)
        keywordless, english = start + len(texts) - 2, start + len(texts) - 1
        topic_concepts = {"language-at-work", "recognition-of-qualifications", "childcare"}
        assert not topic_concepts & set(docs[keywordless].concepts), docs[keywordless].text
        assert english in by_seed[topic], topic
        assert keywordless in by_seed[topic], topic
    assert adjusted_rand_score(topics, result.labels) >= 0.8


def test_themes_are_labelled_by_concepts_and_terms(small):
    docs, _, slugs = small
    result = pipeline.run(docs, slugs, pins={0: "a", 7: "b", 14: "c"})
    labels = {theme.seed: theme for theme in result.themes}
    assert "language-at-work" in labels["a"].concepts
    assert "recognition-of-qualifications" in labels["b"].concepts
    assert "childcare" in labels["c"].concepts
    assert labels["b"].terms


def test_the_pipeline_is_deterministic(small):
    docs, _, slugs = small
    assert pipeline.run(docs, slugs).labels == pipeline.run(docs, slugs).labels


@pytest.mark.django_db
def test_evaluate_themes_meets_the_goals_on_the_realistic_corpus(capsys):
    call_command("evaluate_themes", str(CORPUS))
    lines = capsys.readouterr().out.strip().splitlines()
    match = re.fullmatch(r"ari_unpinned=(\d\.\d\d) ari_pinned=(\d\.\d\d)", lines[-1])
    assert match, lines[-1]
    unpinned, pinned = float(match[1]), float(match[2])
    # Measured 0.80 and 0.80 on this corpus; the goals are 0.5 and 0.7.
    assert unpinned >= 0.6
    assert pinned >= 0.7


def test_the_realistic_corpus_is_mixed_and_labelled():
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    assert len(corpus) >= 75
    assert len({item["topic"] for item in corpus}) == 5
    assert {item["language"] for item in corpus} == {"de", "en"}
    assert all(corpus_text(item) for item in corpus)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not valid JSON"),
        ('{"title": "x"}', "must be a JSON list"),
        ('[{"title": "x"}, {"title": "y"}]', "needs the keys"),
        (
            '[{"title": "x", "answers": "y", "language": "de", "topic": "a"},'
            ' {"title": "x", "answers": [], "language": "de", "topic": "a"}]',
            "answers must be a list",
        ),
    ],
)
def test_evaluate_themes_explains_bad_input(tmp_path, content, message):
    path = tmp_path / "corpus.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("evaluate_themes", str(path))


@pytest.mark.django_db
def test_evaluate_themes_explains_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("evaluate_themes", str(tmp_path / "missing.json"))
