"""Hostile input gets a clear answer and changes nothing: no 5xx, no stored markup."""

import pytest
from django.urls import reverse

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Contribution
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE contributions_contribution; --",
    "1 OR 1=1",
    "\u202eevil\u202c txt.exe",
    "x" * 1_000_000,
    "null\x00byte",
    "../../etc/passwd",
    "{{ 7*7 }}{% debug %}",
]
ODD_IDS = ["abc", "-1", "0", "99999999999999999999999", "1e3", "%00", "1;select"]


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_contribution_form_survives_hostile_titles_and_answers(client, call, user, value):
    client.force_login(user)
    data = {
        "title": value,
        "role": Role.objects.get(slug="founder").pk,
        "setting": Setting.objects.get(slug="start-up").pk,
        "language": "de",
        "attribution": "pseudonym",
        "consent": "on",
        "submit": "1",
    }
    for question in call.questions.all():
        data[f"answer_{question.pk}"] = value
    response = client.post(reverse("contributions:contribution-create", args=[call.slug]), data)
    assert response.status_code in (200, 302, 400)
    if response.status_code == 400:  # over Django's request size limit: said in words
        assert "<h1>" in response.content.decode()
        assert not Contribution.objects.exists()
    for contribution in Contribution.objects.all():
        page = client.get(contribution.get_absolute_url()).content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")


@pytest.mark.parametrize("odd", ODD_IDS)
def test_odd_ids_in_urls_are_404_never_500(client, staff, odd):
    client.force_login(staff)
    expected = {400, 404} if odd == "%00" else {404}  # a null character is refused early
    for path in [f"/contributions/{odd}/", f"/review/{odd}/", f"/calls/{odd}/"]:
        assert client.get(path).status_code in expected, path


@pytest.mark.parametrize("odd", ["99999999999999999999999", "-5", "0"])
def test_odd_ids_in_the_api_are_4xx(client, odd):
    assert client.get(f"/api/v1/contributions/{odd}").status_code in (404, 422)


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_filters_and_pages_ignore_hostile_values(client, call, value):
    ContributionFactory(call=call)
    url = reverse("contributions:contribution-list", args=[call.slug])
    params = {"role": value[:2000], "page": value[:2000], "question": value[:2000]}
    response = client.get(url, params)
    assert response.status_code == (400 if "\x00" in value else 200)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_null_characters_are_refused_before_any_view(client, call, user):
    assert client.get("/api/v1/calls/ab%00c").status_code == 422
    assert client.get(f"/calls/{call.slug}/contributions/?role=a%00b").status_code == 400
    client.force_login(user)
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        '{"title": "a\\u0000b", "role": "founder", "setting": "sme", "answers": []}',
        content_type="application/json",
    )
    assert response.status_code == 422
    assert "Nullzeichen" in str(response.json()["detail"])


def test_a_cookie_with_a_null_character_is_ignored(client, call):
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/").status_code == 200
