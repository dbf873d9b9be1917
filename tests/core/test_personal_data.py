import pytest

from praxisdialog.core.personal_data import find_personal_data


@pytest.mark.parametrize(
    ("text", "kind", "excerpt"),
    [
        ("Schreiben Sie mir: anna.m@example.org", "email", "anna.m@example.org"),
        ("Sie erreichen ihn unter 0176 1234567.", "phone", "0176 1234567"),
        ("Tel. +49 (0)30 123456-78", "phone", "+49 (0)30 123456-78"),
        ("Konto: DE89 3704 0044 0532 0130 00", "iban", "DE89 3704 0044 0532 0130 00"),
        ("Sie wohnt in der Hauptstraße 12a in Jena.", "address", "Hauptstraße 12a"),
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
