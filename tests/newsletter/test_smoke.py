"""No missing migration, the German catalogue compiles and has every string."""

import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

import praxisdialog.newsletter

CATALOGUE = Path(praxisdialog.newsletter.__file__).parent / "locale/de/LC_MESSAGES/django.po"


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "newsletter", "--check", "--dry-run", stdout=StringIO())


def test_german_catalogue_is_complete_and_compiles(tmp_path):
    text = CATALOGUE.read_text()
    assert "#, fuzzy" not in text
    entries = text.split("\n\n")[1:]
    assert all('msgstr ""' not in entry or 'msgstr ""\n"' in entry for entry in entries)
    subprocess.run(
        ["msgfmt", "--check-format", "-o", str(tmp_path / "django.mo"), str(CATALOGUE)],
        check=True,
    )
