"""The English versions kept in `<field>_en` columns until migration 0003 move into
`translations`, and back when the migration is reversed."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("calls", "0002_seed_taxonomies")]
AFTER = [("calls", "0003_versions_in_every_language")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_english_columns_move_into_translations_and_back():
    old = _migrate(BEFORE)
    Call = old.get_model("calls", "Call")
    call = Call.objects.create(
        title="Aufruf",
        title_en="Call",
        slug="aufruf-migration",
        teaser="Kurz",
        teaser_en="",
        body="Text",
        body_en="Text in English",
        contact_name="Dana",
        contact_email="dialog@example.org",
    )
    question = old.get_model("calls", "Question").objects.create(
        call=call, position=1, text="Frage?", text_en="Question?", help_text="Hilfe"
    )
    phase = old.get_model("calls", "Phase").objects.create(
        call=call, kind="collect", starts_at=timezone.now(), description="Jetzt"
    )
    role = old.get_model("calls", "Role").objects.get(slug="founder")
    assert role.name_en

    new = _migrate(AFTER)
    call = new.get_model("calls", "Call").objects.get(pk=call.pk)
    assert call.title == "Aufruf" and call.body == "Text"
    assert call.translations == {"en": {"title": "Call", "body": "Text in English"}}
    question = new.get_model("calls", "Question").objects.get(pk=question.pk)
    assert question.translations == {"en": {"text": "Question?"}}
    assert new.get_model("calls", "Phase").objects.get(pk=phase.pk).translations == {}
    moved = new.get_model("calls", "Role").objects.get(pk=role.pk)
    assert moved.translations == {"en": {"name": role.name_en}}
    assert not any(field.name.endswith("_en") for field in call._meta.get_fields())

    back = _migrate(BEFORE)
    call = back.get_model("calls", "Call").objects.get(pk=call.pk)
    assert (call.title_en, call.teaser_en, call.body_en) == ("Call", "", "Text in English")
    assert back.get_model("calls", "Question").objects.get(pk=question.pk).text_en == "Question?"

    _migrate(executor_leaf_nodes())


def executor_leaf_nodes():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
