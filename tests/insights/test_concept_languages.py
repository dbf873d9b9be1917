# ruff: noqa: RUF001 - Turkish text uses the dotless i
"""The concept lexicon's labels use the one mechanism for staff-written text in every
language: the German `name`, the other languages in `translations`, read through
localized(). Migration 0003 moves the old label_en/label_ar/label_uk columns there
(and back), and the default concepts carry a label in all seven languages."""

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation

from praxisdialog.insights.models import Concept
from tests.accounts.factories import StaffFactory

BEFORE = [("insights", "0002_seed_lexicon")]
AFTER = [("insights", "0003_concept_labels_in_every_language")]

LABELS = {
    "de": "Sprache am Arbeitsplatz",
    "en": "Language at work",
    "ar": "اللغة في العمل",
    "fa": "زبان در محیط کار",
    "uk": "Мова на роботі",
    "tr": "İş yerinde dil",
    "ru": "Язык на работе",
}


@pytest.mark.django_db
def test_the_default_concepts_have_a_label_in_all_seven_languages(client):
    concepts = list(Concept.objects.all())
    assert len(concepts) >= 20
    codes = [code for code, _name in settings.LANGUAGES]
    for concept in concepts:
        with translation.override("ar"):
            arabic = concept.label
        assert arabic != concept.name, concept.slug
        for code in codes:
            if code != "de":
                assert concept.written_version("name", code), (concept.slug, code)
    concept = Concept.objects.get(slug="language-at-work")
    for code, label in LABELS.items():
        with translation.override(code):
            assert concept.label == label
        answer = client.get("/api/v1/concepts", headers={"Accept-Language": code}).json()
        shown = next(item for item in answer if item["slug"] == "language-at-work")
        assert shown["label"] == label
    assert shown["labels"] == LABELS
    assert shown["label_de"] == LABELS["de"] and shown["label_en"] == LABELS["en"]


@pytest.mark.django_db
def test_staff_edit_the_labels_per_language_in_the_admin(client):
    client.force_login(StaffFactory(is_superuser=True))
    concept = Concept.objects.get(slug="language-at-work")
    url = reverse("admin:insights_concept_change", args=[concept.pk])
    page = client.get(url).content.decode()
    for code in ("en", "ar", "fa", "uk", "tr", "ru"):
        assert f'name="version_{code}_name"' in page
    assert f'value="{LABELS["fa"]}"' in page
    data = {
        "name": concept.name,
        "slug": concept.slug,
        "description": concept.description,
        "active": "on",
        **{f"version_{code}_name": label for code, label in LABELS.items() if code != "de"},
        "version_tr_name": "Çalışma hayatında dil",
        "terms-TOTAL_FORMS": "0",
        "terms-INITIAL_FORMS": "0",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    concept.refresh_from_db()
    assert concept.written_version("name", "tr") == "Çalışma hayatında dil"
    assert concept.written_version("name", "ar") == LABELS["ar"]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_label_columns_move_into_translations_and_back():
    old = _migrate(BEFORE)
    old_concept = old.get_model("insights", "Concept")
    own = old_concept.objects.create(
        slug="own-concept", label_de="Eigenes", label_en="Own", label_ar="خاص", label_uk=""
    )
    renamed = old_concept.objects.get(slug="mentoring")
    renamed.label_de = "Begleitung"
    renamed.save()

    new = _migrate(AFTER)
    new_concept = new.get_model("insights", "Concept")
    moved = new_concept.objects.get(pk=own.pk)
    assert moved.name == "Eigenes"
    assert moved.translations == {"en": {"name": "Own"}, "ar": {"name": "خاص"}}
    default = new_concept.objects.get(slug="language-at-work")
    assert default.name == LABELS["de"]
    assert {code: v["name"] for code, v in default.translations.items()} == {
        code: label for code, label in LABELS.items() if code != "de"
    }
    # A default concept whose German label staff changed keeps only the labels it had.
    kept = new_concept.objects.get(pk=renamed.pk)
    assert set(kept.translations) == {"en", "ar", "uk"}
    assert not any(field.name.startswith("label_") for field in new_concept._meta.get_fields())

    back = _migrate(BEFORE)
    restored = back.get_model("insights", "Concept").objects.get(pk=own.pk)
    assert (restored.label_de, restored.label_en, restored.label_ar, restored.label_uk) == (
        "Eigenes",
        "Own",
        "خاص",
        "",
    )

    executor = MigrationExecutor(connection)
    _migrate(executor.loader.graph.leaf_nodes())
