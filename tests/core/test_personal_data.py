# ruff: noqa: RUF001 - Arabic, Farsi, Ukrainian and Russian letters resemble Latin ones
from pathlib import Path

import pytest

from praxisdialog.core.personal_data import find_personal_data


@pytest.mark.parametrize(
    ("text", "kind", "excerpt"),
    [
        ("Schreiben Sie mir: anna.m@example.org", "email", "anna.m@example.org"),
        ("Sie erreichen ihn unter 0176 1234567.", "phone", "0176 1234567"),
        ("Tel. +49 (0)30 123456-78", "phone", "+49 (0)30 123456-78"),
        ("Konto: DE89 3704 0044 0532 0130 00", "iban", "DE89 3704 0044 0532 0130 00"),
        ("Sie wohnt in der Hauptstraße 12a.", "address", "Hauptstraße 12a"),
        ("Treffpunkt Am Musterweg 3", "address", "Musterweg 3"),
        ("He lives at 12 Baker Street now.", "address", "12 Baker Street"),
        ("Aktenzeichen: 1234567-439", "case_number", "Aktenzeichen: 1234567-439"),
    ],
)
def test_finds_what_could_identify_a_person(text, kind, excerpt):
    findings = find_personal_data(text)
    assert [(f.kind, f.excerpt) for f in findings] == [(kind, excerpt)]
    assert text[findings[0].start : findings[0].end].strip() == excerpt


@pytest.mark.parametrize(
    "text",
    [
        "Von 2015-2018 haben wir 25 Leute ausgebildet.",
        "Am 01.02.2020 begann die Ausbildung.",
        "Seit 2016 arbeiten 120 Menschen bei uns, 40 % davon mit Fluchtgeschichte.",
        "Wir haben die IHK und die Arbeitsagentur gefragt.",
    ],
)
def test_ordinary_numbers_and_dates_raise_no_alarm(text):
    assert find_personal_data(text) == []


# First names and places: the lists, and how they keep quiet in ordinary text.

DATA = Path(__file__).with_name("data")


def _found(text):
    return [(f.kind, f.excerpt) for f in find_personal_data(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meine Kollegin Amal aus Leipzig hat das Glossar geschrieben.",
            [("first_name", "Amal"), ("place", "Leipzig")],
        ),
        ("Mehmet arbeitet seit 2019 bei uns.", [("first_name", "Mehmet")]),
        (
            "Sie wohnt in der Hauptstraße 12a in Jena.",
            [("address", "Hauptstraße 12a"), ("place", "Jena")],
        ),
        (
            "Frau Rose kam aus Frankfurt am Main.",
            [("first_name", "Rose"), ("place", "Frankfurt am Main")],
        ),
        ("My colleague Will trained him in Essen.", [("first_name", "Will"), ("place", "Essen")]),
        ("Ayşe Leipzig'de çalışıyor.", [("first_name", "Ayşe"), ("place", "Leipzig")]),
        ("زميلتي أمل من لايبزيغ", [("first_name", "أمل"), ("place", "لايبزيغ")]),
        ("محمد يعمل في برلين", [("first_name", "محمد"), ("place", "برلين")]),
        ("همکارم امید از برلین آمد", [("first_name", "امید"), ("place", "برلین")]),
        ("Моя колега Надія з Лейпцига", [("first_name", "Надія"), ("place", "Лейпцига")]),
        ("Наставник Андрей живёт в Дрездене.", [("first_name", "Андрей"), ("place", "Дрездене")]),
        # Names in another case: a German genitive, Russian and Ukrainian declension.
        ("Amals Idee war, das Glossar zu teilen.", [("first_name", "Amals")]),
        ("Мы работали с Андреем и Марией.", [("first_name", "Андреем"), ("first_name", "Марией")]),
        ("Я працюю з Оленою у Берліні.", [("first_name", "Оленою"), ("place", "Берліні")]),
    ],
)
def test_finds_first_names_and_places(text, expected):
    findings = find_personal_data(text)
    assert [(f.kind, f.excerpt) for f in findings] == expected
    for finding in findings:
        assert text[finding.start : finding.end] == finding.excerpt


@pytest.mark.parametrize(
    "text",
    [
        "Will you join us? We will.",
        "Hoffnung gibt es. Mark ist eine Währung. Nur so geht es.",
        "Das Essen war gut, in der Halle haben wir viel Wissen geteilt.",
        "Eine Rose zum Abschied, und Grace under pressure.",
        "Weil die Busse nicht fahren, treffen wir uns auf dem Hof.",
        "In Frage kam nur eine Ausbildung; nach Hause ging niemand.",
        "Leipzig ist groß, und Berlin auch.",
        "AMAL steht hier in Großbuchstaben, amal klein.",
        "نحن نعمل بأمل كبير",
        "Віра в успіх допомогла команді.",
        # A noun ending in "s" after an article, and a name-word declined, stay quiet.
        "Der Kurs Deutsch am Arbeitsplatz, ein Preis Ende Mai.",
        "Без Веры в успех ничего не выйдет.",
    ],
)
def test_words_that_are_also_names_or_places_raise_no_alarm(text):
    assert _found(text) == []


def _flagged_lines(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines, [line for line in lines if find_personal_data(line)]


@pytest.mark.parametrize("name", ["ordinary_de.txt", "ordinary_en.txt"])
def test_ordinary_text_rarely_raises_an_alarm(name):
    """Lines of ordinary workplace German and English, full of words that are also
    names or towns (Will, Mark, Rose, Hoffnung, Essen, Halle, Wissen, Gut, Nur...)."""
    lines, flagged = _flagged_lines(DATA / name)
    assert len(lines) >= 140
    assert len(flagged) <= len(lines) * 0.025, flagged


def test_the_demo_stories_name_only_the_people_they_mention():
    from praxisdialog.contributions.demo import CONTRIBUTIONS

    found = {
        finding.excerpt
        for entry in CONTRIBUTIONS
        for text in (entry["title"], *entry["answers"])
        for finding in find_personal_data(text)
    }
    # "Samirs" and "Hassans" are the same two people in the genitive.
    assert found == {"Samir", "Samirs", "Hassan", "Hassans", "Farid"}
