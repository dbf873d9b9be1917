# ruff: noqa: RUF001 - Turkish, Ukrainian and Russian texts use letters that resemble Latin ones
"""The language of what people write is recognised offline when they do not give it,
stored with the text by its owner's service, shown with `lang` and filterable."""

import pytest

from praxisdialog.accounts.services import api_token_create
from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions import services as contribution_services
from praxisdialog.discussion import services as discussion_services
from praxisdialog.network import services as network_services
from praxisdialog.translation.detection import detect_language
from tests.contributions.factories import ContributionFactory
from tests.network.factories import conversation_between

pytestmark = pytest.mark.django_db

ARABIC = (
    "بدأنا في ورشتنا شراكة لغوية بين المتدربين الجدد والموظفين القدامى، "
    "وتعلم الجميع من بعضهم الكثير عن العمل والحياة."
)
UKRAINIAN = (
    "У нашій майстерні нові учні працюють у парі з досвідченими колегами, "
    "і за пів року всі навчилися одне в одного дуже багато."
)
TURKISH = (
    "Atölyemizde yeni çıraklar deneyimli çalışanlarla birlikte çalışıyor ve "
    "herkes birbirinden çok şey öğrendi."
)
GERMAN = "In unserer Werkstatt arbeiten neue Auszubildende im Tandem mit erfahrenen Kollegen."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (GERMAN, "de"),
        ("In our workshop new apprentices work in pairs with experienced colleagues.", "en"),
        (ARABIC, "ar"),
        ("در کارگاه ما کارآموزان تازه با همکاران باتجربه کار می‌کنند و همه چیز یاد گرفتند.", "fa"),
        (UKRAINIAN, "uk"),
        ("В нашей мастерской новые ученики работают в паре с опытными коллегами.", "ru"),
        (TURKISH, "tr"),
    ],
)
def test_the_seven_languages_are_recognised(text, code):
    assert detect_language(text) == code


def test_a_text_too_short_to_tell_keeps_the_fallback():
    assert detect_language("Danke!", fallback="tr") == "tr"
    assert detect_language("", fallback="ar") == "ar"
    assert detect_language("ok", fallback="klingon") == "de"


def _input(call, **changes):
    values = {
        "title": "شراكة لغوية في الورشة",
        "role": Role.objects.get(slug="trainer"),
        "setting": Setting.objects.get(slug="sme"),
        "answers": {q.pk: ARABIC for q in call.questions.all()},
    }
    values.update(changes)
    return contribution_services.ContributionInput(**values)


def test_a_contribution_without_a_language_gets_the_recognised_one(call, user):
    contribution = contribution_services.contribution_save(
        call=call, author=user, data=_input(call), submit=False
    )
    assert contribution.language == "ar"


def test_a_language_the_author_gives_wins(call, user):
    contribution = contribution_services.contribution_save(
        call=call, author=user, data=_input(call, language="fa"), submit=False
    )
    assert contribution.language == "fa"


def test_the_form_offers_recognition_and_welcomes_any_language(client, call, user):
    client.force_login(user)
    page = client.get(f"/calls/{call.slug}/contribute/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="language"' in html
    assert "own language" in html or "eigenen Sprache" in html
    # Without a service, nothing promises a translation.
    assert "machine translation" not in html and "maschinelle" not in html


def _bearer(user):
    _token, raw = api_token_create(user=user, name="test")
    return {"Authorization": f"Bearer {raw}"}


def test_the_api_recognises_the_language_when_it_is_omitted(client, call, user):
    payload = {
        "title": "Майстерня в парі",
        "role": "employer",
        "setting": "sme",
        "answers": [{"question": q.pk, "text": UKRAINIAN} for q in call.questions.all()],
        "publication_consent": True,
    }
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        payload,
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 201, response.content
    assert response.json()["language"] == "uk"


def test_the_list_and_the_api_filter_by_the_stored_language(client, call):
    ContributionFactory(call=call, language="ar", title="بالعربية")
    ContributionFactory(call=call, language="de", title="Auf Deutsch")
    page = client.get(f"/calls/{call.slug}/contributions/?language=ar").content.decode()
    assert "بالعربية" in page and "Auf Deutsch" not in page
    items = client.get(f"/api/v1/calls/{call.slug}/contributions?language=ar").json()["items"]
    assert [item["title"] for item in items] == ["بالعربية"]


def test_a_comment_keeps_its_recognised_language_and_shows_it(client, user):
    contribution = ContributionFactory()
    comment = discussion_services.comment_create(author=user, target=contribution, text=TURKISH)
    assert comment.language == "tr"
    page = client.get(contribution.get_absolute_url()).content.decode()
    assert 'lang="tr"' in page


def test_a_comment_through_the_api_may_give_its_language(client, user):
    contribution = ContributionFactory()
    response = client.post(
        f"/api/v1/contributions/{contribution.pk}/comments",
        {"text": "Kurz.", "language": "de"},
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 201, response.content
    assert response.json()["language"] == "de"
    response = client.post(
        f"/api/v1/contributions/{contribution.pk}/comments",
        {"text": ARABIC},
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.json()["language"] == "ar"


def test_an_edited_comment_is_recognised_again(user):
    contribution = ContributionFactory()
    comment = discussion_services.comment_create(author=user, target=contribution, text=GERMAN)
    assert comment.language == "de"
    comment = discussion_services.comment_edit(comment=comment, text=UKRAINIAN)
    assert comment.language == "uk"


def test_a_profile_and_a_message_keep_their_recognised_language(user, other_user):
    profile = network_services.profile_save(
        user=user,
        data=network_services.ProfileInput(
            display_name="Leyla", offer_text=TURKISH, seek_text="", languages=["tr"]
        ),
    )
    assert profile.language == "tr"
    conversation = conversation_between(user, other_user)
    message = network_services.message_send(conversation=conversation, author=user, text=ARABIC)
    assert message.language == "ar"
