"""The call's API detail gives what the call page shows in the asked language: the
summary in Einfache Sprache (null when there is none), the language the texts are in,
and whether some are a machine translation (the page's label)."""

import pytest

from tests.calls.factories import CallFactory

pytestmark = pytest.mark.django_db

PLAIN = "Wir sammeln Erfahrungen. Schreiben Sie uns."
PLAIN_AR = "نجمع التجارب. اكتبوا لنا."


def _detail(client, call, **params) -> dict:
    response = client.get(f"/api/v1/calls/{call.slug}", params)
    assert response.status_code == 200
    return response.json()


def test_the_plain_summary_is_a_field_in_the_asked_language(client):
    call = CallFactory(plain_summary=PLAIN, translations={"ar": {"plain_summary": PLAIN_AR}})
    german = _detail(client, call)
    assert german["plain_summary"] == PLAIN
    assert german["language"] == "de" and german["source_language"] == "de"
    assert german["machine_translation"] is False
    arabic = _detail(client, call, lang="ar")
    assert arabic["plain_summary"] == PLAIN_AR and arabic["language"] == "ar"
    # No English version and no service: the German, as on the page.
    english = _detail(client, call, lang="en")
    assert english["plain_summary"] == PLAIN and english["machine_translation"] is False


def test_a_call_without_a_plain_summary_gives_null(client):
    assert _detail(client, CallFactory(plain_summary=""))["plain_summary"] is None


def test_machine_translations_are_marked_as_on_the_page(
    client, translation_server, django_capture_on_commit_callbacks
):
    call = CallFactory(plain_summary=PLAIN, translations={})
    # The first request asks for the translation (a task makes it); until then German.
    with django_capture_on_commit_callbacks(execute=True):
        first = _detail(client, call, lang="tr")
    assert first["plain_summary"] == PLAIN and first["machine_translation"] is False
    answer = _detail(client, call, lang="tr")
    assert answer["plain_summary"] == f"[tr] {PLAIN}"
    assert answer["title"] == f"[tr] {call.title}"
    assert answer["machine_translation"] is True and answer["language"] == "tr"
    page = client.get(call.get_absolute_url(), headers={"Accept-Language": "tr"})
    assert f"[tr] {PLAIN}" in page.content.decode()
    assert "translation-note" in page.content.decode()


def test_the_schema_names_the_fields(client):
    schema = client.get("/api/v1/openapi.json").json()
    detail = schema["components"]["schemas"]["CallDetailOut"]
    for name in ("plain_summary", "language", "source_language", "machine_translation"):
        assert name in detail["properties"]
        assert name in detail["required"]
    assert {"type": "null"} in detail["properties"]["plain_summary"]["anyOf"]
