"""The interface catalogues: compiled files match their sources in every language, and
the languages listed as complete have every message translated and none fuzzy."""

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)

# The languages whose catalogues must be complete: every interface language but English,
# the language of the source strings, which needs no translation of its own.
COMPLETE_LANGUAGES = ["de", "ar", "fa", "uk", "tr", "ru"]


def catalogues(language: str) -> list[Path]:
    """The project catalogue and the apps' own ones (praxisdialog/<app>/locale/)."""
    return sorted(
        [
            BASE / f"locale/{language}/LC_MESSAGES/django.po",
            *BASE.glob(f"praxisdialog/*/locale/{language}/LC_MESSAGES/*.po"),
        ]
    )


INTERFACE_LANGUAGES = [code for code, _name in settings.LANGUAGES]
ALL_CATALOGUES = [po for code in INTERFACE_LANGUAGES for po in catalogues(code)]
COMPLETE_CATALOGUES = [po for code in COMPLETE_LANGUAGES for po in catalogues(code)]


def _name(path: Path) -> str:
    return str(path.relative_to(BASE))


def test_every_interface_language_has_its_catalogues():
    """`make messages` writes a catalogue for every language of settings.LANGUAGES, so
    translators find every message of every app in each language."""
    expected = {_name(po).replace("/de/", "/{}/") for po in catalogues("de")}
    for code in INTERFACE_LANGUAGES:
        assert {_name(po).replace(f"/{code}/", "/{}/") for po in catalogues(code)} == expected


def test_complete_languages_are_interface_languages():
    assert set(COMPLETE_LANGUAGES) <= set(INTERFACE_LANGUAGES)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize("PO", ALL_CATALOGUES, ids=_name)
def test_compiled_translations_match_their_source(tmp_path, PO):
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", compiled, PO], check=True)
    assert compiled.read_bytes() == PO.with_suffix(".mo").read_bytes(), "run `make messages`"


@pytest.mark.parametrize("PO", COMPLETE_CATALOGUES, ids=_name)
def test_every_message_of_a_complete_language_is_translated(PO):
    catalogue = polib.pofile(str(PO))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"untranslated in {_name(PO)}"
    assert fuzzy == [], f"fuzzy in {_name(PO)}"


def test_the_check_finds_untranslated_plural_and_fuzzy_entries(tmp_path):
    """The parser the check relies on sees what a line-based look would miss."""
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "eins"\nmsgstr[1] ""\n\n'
        '#, fuzzy\nmsgid "Hello"\nmsgstr "Hallo"\n\n'
        'msgid ""\n"Long "\n"text"\nmsgstr ""\n',
        encoding="utf-8",
    )
    catalogue = polib.pofile(str(po))
    assert {e.msgid for e in catalogue.untranslated_entries()} == {"one", "Long text"}
    assert [e.msgid for e in catalogue.fuzzy_entries()] == ["Hello"]
