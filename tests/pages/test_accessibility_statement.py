"""The accessibility statement says what is tested and how, and how to report a barrier,
in every interface language; the migration replaces the first default text only where
staff have not changed it."""

import importlib
import re

import pytest
from django.apps import apps
from django.conf import settings

from praxisdialog.pages.defaults import ACCESSIBILITY_STATEMENT
from praxisdialog.pages.models import Page

pytestmark = pytest.mark.django_db

migration = importlib.import_module("praxisdialog.pages.migrations.0005_accessibility_statement")


def test_the_statement_says_what_is_tested_and_how_to_report_a_barrier(client):
    page = client.get("/pages/barrierefreiheit/").content.decode()
    for words in (
        "Wie wir die Barrierefreiheit prüfen",
        "axe-core",
        "Nur mit der Tastatur",
        "Screenreader",
        "Von rechts nach links",
        "Kontrast",
        "Barrieren melden",
        'href="/contact/"',
        "sechs Wochen",
    ):
        assert words in page


def test_every_interface_language_has_the_statement_with_the_same_shape():
    assert set(ACCESSIBILITY_STATEMENT) == {code for code, _name in settings.LANGUAGES}
    german = ACCESSIBILITY_STATEMENT["de"]["body"]

    def shape(body: str) -> tuple:
        return (
            body.count("\n# "),
            body.count("\n- "),
            body.count("**") // 2,
            sorted(re.findall(r"\]\((/[^)]*)\)", body)),
            sorted(
                re.findall(
                    r"(?<![A-Za-z])(?:WCAG 2\.2|AA|axe-core|PDF/UA|CSV|JSON)(?![A-Za-z])", body
                )
            ),
        )

    for code, statement in ACCESSIBILITY_STATEMENT.items():
        assert statement["title"] and statement["body"].strip()
        assert shape(statement["body"]) == shape(german), code
        # Counts, ratios and years are written with the digits 0-9 in every language.
        assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", statement["body"]), code


def test_the_migration_replaces_only_the_first_default_text():
    page = Page.objects.get(kind="accessibility")
    page.body = migration.FIRST_BODY
    page.save()
    versions = page.versions.count()

    migration.forwards(apps, None)
    page.refresh_from_db()
    assert page.body == ACCESSIBILITY_STATEMENT["de"]["body"]
    assert page.versions.count() == versions + 1

    migration.backwards(apps, None)
    page.refresh_from_db()
    assert page.body == migration.FIRST_BODY

    page.body = "Unser eigener Text zur Barrierefreiheit."
    page.save()
    migration.forwards(apps, None)
    page.refresh_from_db()
    assert page.body == "Unser eigener Text zur Barrierefreiheit."
