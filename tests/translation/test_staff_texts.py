"""Staff-written text in every interface language: the version staff wrote in the
reader's language, else the machine translation of the German (labelled, the original
one click away, never for a draft), else the German original; staff correct a machine
translation and it becomes theirs."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from praxisdialog.calls.models import Call, Question
from praxisdialog.core.i18n import localized
from praxisdialog.core.translated_forms import translated_form, version_field_name
from praxisdialog.insights import services as insight_services
from praxisdialog.insights.models import Concept
from praxisdialog.pages.models import Page
from praxisdialog.translation.models import Translation
from tests.accounts.factories import StaffFactory
from tests.blog.factories import PostFactory
from tests.calls.factories import CallFactory
from tests.events.factories import EventFactory
from tests.insights.factories import ThemeAssignmentFactory, ThemeFactory

pytestmark = pytest.mark.django_db

TITLE = "Wie arbeiten Sie zusammen?"
ENGLISH = "How do you work together?"
ARABIC = "كيف تعملون معًا؟"
LANGUAGE_AT_WORK_AR = "اللغة في العمل"


def _call(**kwargs) -> Call:
    return CallFactory(title=TITLE, translations={"en": {"title": ENGLISH}}, **kwargs)


def _page(client, call: Call, language: str, query: str = "") -> str:
    response = client.get(call.get_absolute_url() + query, headers={"Accept-Language": language})
    assert response.status_code == 200
    return response.content.decode()


def _made(client, call, language, django_capture_on_commit_callbacks) -> str:
    """The page after the translation task its first visit queued has run."""
    with django_capture_on_commit_callbacks(execute=True):
        _page(client, call, language)
    return _page(client, call, language)


def test_each_reader_sees_the_version_in_their_language_else_the_german(client):
    call = _call()
    call.translations["ar"] = {"title": ARABIC}
    call.save()
    assert f'<h1 dir="auto">{TITLE}</h1>' in _page(client, call, "de")
    assert f'<h1 dir="auto">{ENGLISH}</h1>' in _page(client, call, "en")
    assert f'<h1 dir="auto">{ARABIC}</h1>' in _page(client, call, "ar")
    # No Turkish version and no service: the German original, and nothing says it
    # would be translated.
    turkish = _page(client, call, "tr")
    assert f'<h1 dir="auto">{TITLE}</h1>' in turkish
    assert "translation-note" not in turkish


def test_questions_and_phases_have_versions_too(client):
    call = _call()
    question = call.questions.order_by("position").first()
    question.text, question.help_text = "Was war neu?", "Ein Beispiel genügt."
    question.translations = {"ar": {"text": "ما الجديد؟"}, "en": {"help_text": "One will do."}}
    question.save()
    arabic = _page(client, call, "ar")
    assert "ما الجديد؟" in arabic and "Ein Beispiel genügt." in arabic
    english = _page(client, call, "en")
    assert "Was war neu?" in english and "One will do." in english


def test_a_machine_translation_fills_in_labelled_with_the_original_one_click_away(
    client, translation_server, django_capture_on_commit_callbacks
):
    call = _call()
    with django_capture_on_commit_callbacks(execute=True):
        first = _page(client, call, "ar")
    # The page did not wait: German, saying a translation is being made (the task ran
    # after the answer).
    assert f'<h1 dir="auto">{TITLE}</h1>' in first
    assert "translation-note" in first and "[ar]" not in first
    arabic = _page(client, call, "ar")
    assert f'<h1 dir="auto">[ar] {TITLE}</h1>' in arabic
    assert "ترجمة آلية من الألمانية" in arabic  # "machine translation from German"
    assert f'href="{call.get_absolute_url()}?original=1"' in arabic
    original = _page(client, call, "ar", "?original=1")
    assert f'<h1 dir="auto">{TITLE}</h1>' in original
    # English was written by staff: no machine translation of the title, no label for it.
    english = _made(client, call, "en", django_capture_on_commit_callbacks)
    assert f'<h1 dir="auto">{ENGLISH}</h1>' in english
    # One request per text version and language: the call, its three questions, four phases.
    sent = [payload for payload in translation_server.requests if payload["target"] == "ar"]
    assert TITLE in [text for payload in sent for text in payload["q"]]
    assert {payload["source"] for payload in translation_server.requests} == {"de"}


def test_a_draft_is_never_sent_to_the_service(client, translation_server):
    draft = _call(status=Call.Status.DRAFT, published_at=None)
    client.force_login(StaffFactory())
    for _attempt in range(2):
        page = _page(client, draft, "ar")
    assert TITLE in page
    assert translation_server.requests == []
    assert not Translation.objects.exists()
    with translation.override("ar"):
        assert localized(draft, "title") == TITLE


def test_staff_correcting_a_machine_translation_make_it_a_human_one(
    client, translation_server, django_capture_on_commit_callbacks
):
    call = _call()
    _made(client, call, "ar", django_capture_on_commit_callbacks)
    form_class = translated_form(Call)
    arabic_title = version_field_name("ar", "title")
    with translation.override("en"):
        form = form_class(instance=call)
        # The form offers the machine translation, and says it is one.
        assert form.initial[arabic_title] == f"[ar] {TITLE}"
        assert "Machine translation" in str(form.fields[arabic_title].help_text)
    assert form.initial[version_field_name("en", "title")] == ENGLISH

    data = {name: form[name].value() or "" for name in form.fields}
    data.update(
        {
            "roles": [role.pk for role in call.roles.all()],
            "settings": [setting.pk for setting in call.settings.all()],
        }
    )
    # Saved unchanged: still a machine translation, nothing stored as staff's.
    unchanged = form_class(data, instance=call)
    assert unchanged.is_valid(), unchanged.errors
    unchanged.save()
    call.refresh_from_db()
    assert "ar" not in call.translations
    assert call.translations["en"] == {"title": ENGLISH}

    data[arabic_title] = ARABIC
    corrected = form_class(data, instance=call)
    assert corrected.is_valid(), corrected.errors
    corrected.save()
    call.refresh_from_db()
    assert call.translations["ar"] == {"title": ARABIC}
    page = _page(client, call, "ar")
    assert f'<h1 dir="auto">{ARABIC}</h1>' in page
    # The title is the staff's now; the label stays only while other parts (teaser,
    # questions) are still machine translated.
    call.translations["ar"].update({"teaser": "نص قصير", "body": "نص"})
    call.save()
    for question in call.questions.all():
        question.translations = {"ar": {"text": "سؤال"}}
        question.save()
    for phase in call.phases.all():
        phase.description = ""
        phase.save()
    assert "ترجمة آلية" not in _page(client, call, "ar")


def test_the_admin_shows_a_field_per_language(client):
    call = _call()
    client.force_login(StaffFactory(is_superuser=True))
    page = client.get(f"/admin/calls/call/{call.pk}/change/").content.decode()
    for code in ("en", "ar", "fa", "uk", "tr", "ru"):
        assert f'name="{version_field_name(code, "title")}"' in page
        assert f'name="questions-0-{version_field_name(code, "text")}"' in page
    assert f'value="{ENGLISH}"' in page


def test_the_api_gives_the_version_asked_for(client):
    call = _call()
    url = f"/api/v1/calls/{call.slug}"
    assert client.get(url).json()["title"] == TITLE
    assert client.get(url, {"lang": "en"}).json()["title"] == ENGLISH
    answer = client.get(url, headers={"Accept-Language": "en"}).json()
    assert answer["title"] == ENGLISH
    assert answer["questions"][0]["text"] == "Question 1?"
    # An unknown language is ignored; the listing takes ?lang= too.
    assert client.get(url, {"lang": "xx"}).json()["title"] == TITLE
    listed = client.get("/api/v1/calls", {"lang": "en"}).json()["items"]
    assert [item["title"] for item in listed] == [ENGLISH]


def test_pages_posts_and_events_have_versions_and_machine_translations(
    client, translation_server, django_capture_on_commit_callbacks
):
    page = Page.objects.create(
        slug="ueber-uns",
        title="Über uns",
        body="Wir sind ein **Kompetenzzentrum**.",
        translations={"ar": {"title": "من نحن"}},
    )
    post = PostFactory(title="Neuigkeit", translations={"en": {"title": "News"}})
    event = EventFactory(title="Werkstatt", translations={"uk": {"title": "Майстерня"}})

    def seen(url, language):
        with django_capture_on_commit_callbacks(execute=True):
            client.get(url, headers={"Accept-Language": language})
        return client.get(url, headers={"Accept-Language": language}).content.decode()

    arabic_page = seen(page.get_absolute_url(), "ar")
    assert '<h1 dir="auto">من نحن</h1>' in arabic_page
    assert "[ar] Wir sind ein <strong>Kompetenzzentrum</strong>." in arabic_page  # machine
    assert "ترجمة آلية من الألمانية" in arabic_page
    assert '<h1 dir="auto">News</h1>' in seen(post.get_absolute_url(), "en")
    assert '<h1 dir="auto">[ar] Neuigkeit</h1>' in seen(post.get_absolute_url(), "ar")
    ukrainian = seen(event.get_absolute_url(), "uk")
    assert '<h1 dir="auto">Майстерня</h1>' in ukrainian
    assert "[uk] Wir arbeiten an den <strong>Themen</strong> des Aufrufs." in ukrainian


def test_a_draft_post_is_never_sent(client, translation_server, django_capture_on_commit_callbacks):
    staff = StaffFactory()
    draft = PostFactory(title="Entwurf", published_at=None, author=staff)
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        page = client.get(draft.get_absolute_url(), headers={"Accept-Language": "ar"})
    assert "Entwurf" in page.content.decode()
    assert translation_server.requests == []


PLAIN = "Wir sammeln Erfahrungen. Schreiben Sie uns."


def test_the_call_offers_its_summary_in_plain_language(client):
    call = _call(plain_summary=PLAIN)
    call.translations["ar"] = {"plain_summary": "نجمع التجارب. اكتبوا لنا."}
    call.save()
    german = _page(client, call, "de")
    assert '<details class="plain-language" id="plain-language">' in german
    assert "<summary>Zusammenfassung in Einfacher Sprache</summary>" in german
    assert PLAIN in german
    # A link can open it (no JavaScript needed either way).
    assert '<details class="plain-language" id="plain-language" open>' in _page(
        client, call, "de", "?plain=1"
    )
    arabic = _page(client, call, "ar")
    assert "نجمع التجارب. اكتبوا لنا." in arabic and PLAIN not in arabic
    # English has no version of its own: the German one (no service configured).
    assert PLAIN in _page(client, call, "en")
    # A call without one offers nothing.
    assert "plain-language" not in _page(client, _call(), "de")


def test_a_concept_labelled_in_german_only_is_read_machine_translated(
    client, call, translation_server, django_capture_on_commit_callbacks, django_assert_num_queries
):
    new = [
        Concept.objects.create(slug=f"kantine-{n}", name=f"Kantinenkultur {n}") for n in range(4)
    ]
    theme = ThemeFactory(run__call=call, dominant_concepts=["language-at-work", new[0].slug])
    ThemeAssignmentFactory(theme=theme)
    insight_services.theme_run_publish(run=theme.run)
    url = f"/calls/{call.slug}/themes/"
    arabic = {"Accept-Language": "ar"}
    with django_capture_on_commit_callbacks(execute=True):
        first = client.get(url, headers=arabic).content.decode()
    # The page did not wait for the service; the label staff wrote in Arabic is used as is.
    assert "Kantinenkultur 0" in first and LANGUAGE_AT_WORK_AR in first
    page = client.get(url, headers=arabic).content.decode()
    assert "[ar] Kantinenkultur 0" in page and LANGUAGE_AT_WORK_AR in page
    assert "[ar] " + "Sprache am Arbeitsplatz" not in page
    # German readers read what staff wrote.
    assert "[ar]" not in client.get(url).content.decode()
    # More concepts on the cards cost no more queries once their translations exist
    # (the cached page is dropped, so that it is made each time).
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        client.get(url, headers=arabic)
    queries = len(few.captured_queries)
    for concept in new[1:]:
        ThemeAssignmentFactory(theme=ThemeFactory(run=theme.run, dominant_concepts=[concept.slug]))
    with django_capture_on_commit_callbacks(execute=True):
        client.get(url, headers=arabic)
    cache.clear()
    with django_assert_num_queries(queries):
        page = client.get(url, headers=arabic).content.decode()
    assert all(f"[ar] Kantinenkultur {n}" in page for n in range(4))


def test_more_questions_cost_no_more_queries_on_an_arabic_call_page(
    client, translation_server, django_capture_on_commit_callbacks, django_assert_num_queries
):
    call = _call()
    _made(client, call, "ar", django_capture_on_commit_callbacks)
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        _page(client, call, "ar")
    queries = len(few.captured_queries)
    for position in range(10, 16):
        Question.objects.create(call=call, position=position, text=f"Frage {position}?")
    _made(client, call, "ar", django_capture_on_commit_callbacks)
    cache.clear()
    with django_assert_num_queries(queries):
        page = _page(client, call, "ar")
    assert all(f"[ar] Frage {position}?" in page for position in range(10, 16))
