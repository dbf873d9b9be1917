"""The contribution form says what it expects and cuts nothing: required fields are
marked, long fields state the server's limit and count against it, over-long text is
refused with a message and kept, and publishing under one's real name asks for it."""

import re

import pytest
from django.urls import reverse

from praxisdialog.contributions.models import Answer, Contribution
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.test_views import _form_data


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


def _create_url(call) -> str:
    return reverse("contributions:contribution-create", args=[call.slug])


def test_required_questions_are_marked_and_limits_stated(client, call, user):
    client.force_login(user)
    page = client.get(_create_url(call)).content.decode()
    for question in call.questions.all():
        label = re.search(rf'<label for="id_answer_{question.pk}">(.*?)</label>', page, re.S)
        assert label, question
        assert re.search(r"\(up to 6[,.]000 characters\)", label.group(1))
        assert ("(required)" in label.group(1)) == question.required
    # The browser must not cut pasted text: no maxlength, the limit as data for the count.
    textarea = re.search(r"<textarea[^>]*id_answer_[^>]*>", page).group(0)
    assert " maxlength=" not in textarea
    assert f'data-maxlength="{Answer.ANSWER_MAX_LENGTH}"' in textarea
    assert 'data-count-for="id_answer_' in page


def test_over_long_answer_is_refused_with_a_message_and_kept(client, call, user):
    client.force_login(user)
    question = call.questions.first()
    text = "Wir haben gelernt." * 416  # 7,488 characters
    response = client.post(_create_url(call), _form_data(call, **{f"answer_{question.pk}": text}))
    assert response.status_code == 200
    page = response.content.decode()
    assert "This text has 7488 characters, but at most 6000 fit." in page
    assert "nothing has been cut" in page
    assert text in page
    assert not Contribution.objects.exists()


def test_real_name_is_asked_for_when_the_account_has_none(client, call):
    user = VerifiedUserFactory(full_name="")
    client.force_login(user)
    page = client.get(_create_url(call)).content.decode()
    assert 'name="full_name"' in page
    response = client.post(_create_url(call), _form_data(call, attribution="real_name"))
    assert response.status_code == 200
    assert "Please give your real name" in response.content.decode()
    assert not Contribution.objects.exists()

    response = client.post(
        _create_url(call), _form_data(call, attribution="real_name", full_name="Amal Haddad")
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.full_name == "Amal Haddad"
    assert Contribution.objects.get().attribution == "real_name"


def test_accounts_with_a_real_name_are_not_asked_again(client, call):
    client.force_login(VerifiedUserFactory(full_name="Jonas Berg"))
    assert 'name="full_name"' not in client.get(_create_url(call)).content.decode()


def test_an_over_long_comment_is_refused_and_kept(client, user):
    from tests.contributions.factories import ContributionFactory

    contribution = ContributionFactory()
    client.force_login(user)
    text = "x" * 4100
    response = client.post(
        reverse("discussion:contribution-comment-create", args=[contribution.pk]), {"text": text}
    )
    page = response.content.decode()
    assert "This text has 4100 characters, but at most 4000 fit." in page
    assert text in page
