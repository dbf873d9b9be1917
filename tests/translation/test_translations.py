# ruff: noqa: RUF001 - Turkish and Russian texts use letters that resemble Latin ones
"""Machine translation through the stand-in LibreTranslate server: made by tasks, stored
per text version and target language, reused, invalidated on change, retried on
failure; only published text is sent; readers see it labelled with the original one
click away; the API answers 200, 202 or 404."""

import pytest
from django.test import override_settings
from django.utils import timezone

from praxisdialog.accounts.services import api_token_create
from praxisdialog.contributions.models import Contribution
from praxisdialog.translation import services
from praxisdialog.translation.backends import forget_offered_languages
from praxisdialog.translation.models import Translation
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.network.factories import PublicProfileFactory

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "شراكة لغوية في الورشة"


@pytest.fixture
def tasks_run(django_capture_on_commit_callbacks):
    """Runs what is queued after commit (the tests run inside a transaction)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            result = function(*args, **kwargs)
        if isinstance(result, Translation):
            result.refresh_from_db()
        return result

    return run


def _seen(client, tasks_run, url: str):
    """A page or API answer after the task its first request queued has run."""
    tasks_run(client.get, url)
    return client.get(url)


def _arabic(**kwargs) -> Contribution:
    contribution = ContributionFactory(language="ar", title=ARABIC_TITLE, **kwargs)
    contribution.answers.update(text="تعلم الجميع من بعضهم الكثير")
    return contribution


def test_a_request_is_made_by_a_task_and_stored(translation_server, tasks_run):
    contribution = _arabic()
    translation = tasks_run(services.translation_request, obj=contribution, target="de")
    assert translation.is_done
    assert translation.segments["title"] == f"[de] {ARABIC_TITLE}"
    assert translation.source_language == "ar" and translation.engine == "libretranslate"
    # Every piece of one version went in one request.
    assert len(translation_server.requests) == 1
    assert translation_server.requests[0]["source"] == "ar"
    assert translation_server.requests[0]["format"] == "text"


def test_a_stored_translation_is_reused_for_every_reader(translation_server, tasks_run):
    contribution = _arabic()
    first = tasks_run(services.translation_request, obj=contribution, target="de")
    again = tasks_run(services.translation_request, obj=contribution, target="de")
    assert first.pk == again.pk
    assert len(translation_server.requests) == 1
    tasks_run(services.translation_request, obj=contribution, target="en")
    assert Translation.objects.filter(object_id=contribution.pk).count() == 2


def test_a_changed_text_is_translated_again_and_the_old_one_goes(translation_server, tasks_run):
    contribution = _arabic()
    old = tasks_run(services.translation_request, obj=contribution, target="de")
    contribution.title = "عنوان جديد للمشاركة"
    contribution.save()
    new = tasks_run(services.translation_request, obj=contribution, target="de")
    assert new.pk != old.pk and new.segments["title"] == "[de] عنوان جديد للمشاركة"
    assert not Translation.objects.filter(pk=old.pk).exists()


@pytest.mark.parametrize(
    "status",
    [
        Contribution.Status.DRAFT,
        Contribution.Status.SUBMITTED,
        Contribution.Status.RETURNED,
        Contribution.Status.REJECTED,
        Contribution.Status.WITHDRAWN,
    ],
)
def test_unpublished_text_is_never_sent(translation_server, status, tasks_run):
    contribution = _arabic(status=status)
    assert tasks_run(services.translation_request, obj=contribution, target="de") is None
    assert translation_server.requests == []


def test_a_pending_comment_is_never_sent(translation_server, tasks_run):
    comment = CommentFactory(text="تعليق ينتظر المراجعة", language="ar", status="pending")
    assert tasks_run(services.translation_request, obj=comment, target="de") is None
    assert translation_server.requests == []


def test_a_text_unpublished_before_the_task_runs_is_not_sent(translation_server):
    contribution = _arabic()
    row = Translation.objects.create(
        kind="contribution",
        object_id=contribution.pk,
        source_hash="x",
        source_language="ar",
        target_language="de",
    )
    Contribution.objects.filter(pk=contribution.pk).update(status=Contribution.Status.WITHDRAWN)
    assert services.translation_make(translation=row) is None
    assert translation_server.requests == []


def test_e_mail_addresses_never_leave_the_server(translation_server, tasks_run):
    comment = CommentFactory(
        text="اكتبوا لي على leyla@example.org لمزيد من المعلومات", language="ar"
    )
    translation = tasks_run(services.translation_request, obj=comment, target="de")
    assert "leyla@example.org" not in str(translation_server.requests)
    # The address is put back into the translation.
    assert "leyla@example.org" in translation.segments["text"]


def test_a_failure_is_recorded_and_tried_again(translation_server, tasks_run):
    translation_server.fail = True
    contribution = _arabic()
    translation = tasks_run(services.translation_request, obj=contribution, target="de")
    assert translation.status == Translation.Status.FAILED
    assert translation.attempts == 1 and translation.next_attempt_at > timezone.now()
    # Within the pause nothing is sent again.
    tasks_run(services.translation_request, obj=contribution, target="de")
    assert len(translation_server.requests) == 1
    translation_server.fail = False
    Translation.objects.filter(pk=translation.pk).update(next_attempt_at=timezone.now())
    again = tasks_run(services.translation_request, obj=contribution, target="de")
    assert again.pk == translation.pk and again.is_done


def test_without_a_service_nothing_is_translated_nor_promised(client, settings, tasks_run):
    settings.TRANSLATION_URL = ""
    forget_offered_languages()
    contribution = _arabic()
    assert tasks_run(services.translation_request, obj=contribution, target="de") is None
    page = tasks_run(client.get, contribution.get_absolute_url()).content.decode()
    assert ARABIC_TITLE in page and "Maschinelle Übersetzung" not in page
    assert (
        tasks_run(
            client.get, f"/api/v1/contributions/{contribution.pk}/translations/de"
        ).status_code
        == 404
    )
    assert tasks_run(client.get, "/account/translation/languages/").status_code == 302


def test_a_reader_sees_the_translation_labelled_with_the_original_one_click_away(
    client, translation_server, tasks_run
):
    contribution = _arabic()
    page = _seen(client, tasks_run, contribution.get_absolute_url()).content.decode()
    assert f"[de] {ARABIC_TITLE}" in page
    assert "Maschinelle Übersetzung, Original auf Arabisch" in page
    assert "?original=1" in page
    original = tasks_run(
        client.get, contribution.get_absolute_url() + "?original=1"
    ).content.decode()
    assert f"[de] {ARABIC_TITLE}" not in original and ARABIC_TITLE in original


def test_a_text_in_the_interface_language_is_not_translated(client, translation_server, tasks_run):
    contribution = ContributionFactory(language="de", title="Deutsch geschrieben")
    page = tasks_run(client.get, contribution.get_absolute_url()).content.decode()
    assert "[de]" not in page
    assert translation_server.requests == []


def test_a_text_in_a_language_the_reader_reads_is_shown_as_written(
    client, user, translation_server, tasks_run
):
    contribution = _arabic()
    client.force_login(user)
    response = client.post("/account/translation/languages/", {"codes": ["ar", "fa"]})
    assert response.status_code == 302
    page = tasks_run(client.get, contribution.get_absolute_url()).content.decode()
    assert f"[de] {ARABIC_TITLE}" not in page
    assert translation_server.requests == []


def test_the_account_page_links_the_setting_when_there_is_a_service(
    client, user, translation_server, tasks_run
):
    client.force_login(user)
    assert "/account/translation/languages/" in tasks_run(client.get, "/account/").content.decode()


def test_comments_and_profiles_are_shown_translated(client, user, translation_server, tasks_run):
    contribution = ContributionFactory(language="de")
    CommentFactory(
        target=contribution, text="Это очень полезный опыт для нашей команды.", language="ru"
    )
    page = _seen(client, tasks_run, contribution.get_absolute_url()).content.decode()
    assert "[de] Это очень полезный опыт" in page
    profile = PublicProfileFactory(
        offer_text="Ich biete Sprachtandems an", seek_text="", language="de"
    )
    with override_settings(LANGUAGE_CODE="en"):
        client.cookies["praxisdialog_language"] = "en"
        page = _seen(client, tasks_run, profile.get_absolute_url()).content.decode()
    assert "[en] Ich biete Sprachtandems an" in page


def test_the_privacy_policy_names_the_service_when_configured(
    client, translation_server, tasks_run
):
    from praxisdialog.pages.models import Page

    page = Page.objects.filter(kind=Page.Kind.PRIVACY).first()
    if page is None:
        pytest.skip("no privacy page in the database")
    html = tasks_run(client.get, page.get_absolute_url()).content.decode()
    assert "127.0.0.1" in html


def _bearer(user):
    _token, raw = api_token_create(user=user, name="test")
    return {"Authorization": f"Bearer {raw}"}


def test_the_api_answers_with_the_translation(client, translation_server, tasks_run):
    contribution = _arabic()
    response = _seen(client, tasks_run, f"/api/v1/contributions/{contribution.pk}/translations/de")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["language"] == "de" and data["source_language"] == "ar"
    assert data["title"] == f"[de] {ARABIC_TITLE}"
    assert data["machine"] is True and data["engine"] == "libretranslate"
    questions = [a.question_id for a in contribution.answers.all()]
    assert [a["question"] for a in data["answers"]] == questions
    assert all(a["text"].startswith("[de] ") for a in data["answers"])


def test_the_api_answers_202_while_the_translation_is_being_made(
    client, translation_server, tasks_run
):
    translation_server.fail = True
    contribution = _arabic()
    response = tasks_run(client.get, f"/api/v1/contributions/{contribution.pk}/translations/en")
    assert response.status_code == 202
    assert response.json()["status"] == "pending"


def test_the_api_answers_404_for_a_language_not_offered_or_a_hidden_text(
    client, translation_server, tasks_run
):
    contribution = _arabic()
    assert (
        tasks_run(
            client.get, f"/api/v1/contributions/{contribution.pk}/translations/fr"
        ).status_code
        == 404
    )
    assert (
        tasks_run(
            client.get, f"/api/v1/contributions/{contribution.pk}/translations/xx"
        ).status_code
        == 404
    )
    draft = _arabic(status=Contribution.Status.DRAFT)
    assert (
        tasks_run(client.get, f"/api/v1/contributions/{draft.pk}/translations/de").status_code
        == 404
    )
    # Not even its author gets a draft sent out.
    response = client.get(
        f"/api/v1/contributions/{draft.pk}/translations/de", headers=_bearer(draft.author)
    )
    assert response.status_code == 404
    assert translation_server.requests == []


def test_the_api_translates_comments(client, translation_server, tasks_run):
    comment = CommentFactory(text="Bu çok faydalı bir deneyim, teşekkürler.", language="tr")
    response = _seen(client, tasks_run, f"/api/v1/comments/{comment.pk}/translations/de")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["text"] == "[de] Bu çok faydalı bir deneyim, teşekkürler."
    assert data["source_language"] == "tr" and data["machine"] is True
    pending = CommentFactory(text="Bekleyen yorum", language="tr", status="pending")
    assert (
        tasks_run(client.get, f"/api/v1/comments/{pending.pk}/translations/de").status_code == 404
    )


def test_translations_go_with_the_texts_of_a_deleted_account(translation_server, tasks_run):
    from praxisdialog.privacy.services import account_delete

    contribution = _arabic()
    comment = CommentFactory(text="تعليق منشور على المشاركة", language="ar")
    tasks_run(services.translation_request, obj=contribution, target="de")
    tasks_run(services.translation_request, obj=comment, target="de")
    account_delete(user=contribution.author, keep_content=False)
    assert not Translation.objects.filter(kind="contribution", object_id=contribution.pk).exists()
    assert Translation.objects.filter(kind="comment", object_id=comment.pk).exists()
    account_delete(user=comment.author, keep_content=False)
    assert not Translation.objects.exists()


def test_the_list_shows_titles_translated_with_one_query_for_them(
    client, call, translation_server, tasks_run, django_assert_max_num_queries
):
    for _ in range(3):
        _arabic(call=call)
    url = f"/calls/{call.slug}/contributions/"
    page = _seen(client, tasks_run, url).content.decode()
    assert page.count(f"[de] {ARABIC_TITLE}") == 3
    assert "Maschinelle Übersetzung, Original auf Arabisch" in page
    with django_assert_max_num_queries(60) as three:
        client.get(url)
    queries = len(three)
    for _ in range(2):
        _arabic(call=call)
    tasks_run(client.get, url)
    with django_assert_max_num_queries(queries):
        client.get(url)


def test_a_text_in_a_language_the_service_does_not_offer_is_not_sent(translation_server, tasks_run):
    contribution = ContributionFactory(language="fr", title="Un atelier en tandem")
    assert tasks_run(services.translation_request, obj=contribution, target="de") is None
    assert translation_server.requests == []


def test_deepl_works_as_the_second_engine(translation_server, tasks_run, settings):
    settings.TRANSLATION_ENGINE = "deepl"
    settings.TRANSLATION_API_KEY = "key"
    forget_offered_languages()
    contribution = _arabic()
    translation = tasks_run(services.translation_request, obj=contribution, target="de")
    assert translation.is_done and translation.engine == "deepl"
    assert translation.segments["title"] == f"[de] {ARABIC_TITLE}"
    assert translation_server.requests[0]["target_lang"] == "DE"
    forget_offered_languages()
