"""A first name or a town in a story is pointed out before sending, like an address,
and such a story waits for a moderator whatever the trust of its author, through the
pages and through the API alike."""

import pytest
from django.urls import reverse
from django.utils import translation

from praxisdialog.accounts.services import api_token_create
from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Contribution
from tests.moderation.factories import trusted

pytestmark = pytest.mark.django_db

STORY = "Meine Kollegin Amal aus Leipzig hat uns gezeigt, wie man Schichtpläne teilt."


def _form_data(call):
    data = {
        "title": "Schichtpläne teilen",
        "role": Role.objects.get(slug="colleague").pk,
        "setting": Setting.objects.get(slug="work-team").pk,
        "language": "de",
        "attribution": "pseudonym",
        "consent": "on",
        "submit": "1",
    }
    for question in call.questions.all():
        data[f"answer_{question.pk}"] = STORY
    return data


def test_the_form_points_out_the_name_and_the_town_in_the_readers_language(client, call, user):
    client.force_login(user)
    url = reverse("contributions:contribution-create", args=[call.slug])
    with translation.override("de"):
        response = client.post(url, _form_data(call), HTTP_ACCEPT_LANGUAGE="de")
    page = response.content.decode()
    assert response.status_code == 200
    assert "<strong>ein Vorname</strong>: <mark>Amal</mark>" in page
    assert "<strong>ein Ortsname</strong>: <mark>Leipzig</mark>" in page
    assert 'name="personal_data_confirmed"' in page
    assert not Contribution.objects.exists()


def test_a_trusted_authors_story_with_a_name_waits_for_review(client, call, user, staff):
    trusted(user)
    client.force_login(user)
    url = reverse("contributions:contribution-create", args=[call.slug])
    response = client.post(url, {**_form_data(call), "personal_data_confirmed": "on"})
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.status == Contribution.Status.SUBMITTED
    kinds = {(f["kind"], f["excerpt"]) for f in contribution.privacy_findings}
    assert {("first_name", "Amal"), ("place", "Leipzig")} <= kinds
    client.force_login(staff)
    queue = client.get(reverse("contributions:review-queue"), HTTP_ACCEPT_LANGUAGE="de")
    assert "ein Vorname" in queue.content.decode()


def test_the_same_story_without_the_name_appears_at_once(client, call, user):
    trusted(user)
    client.force_login(user)
    data = _form_data(call)
    for key in data:
        if key.startswith("answer_"):
            data[key] = "Eine Kollegin hat uns gezeigt, wie man Schichtpläne teilt."
    client.post(reverse("contributions:contribution-create", args=[call.slug]), data)
    assert Contribution.objects.get().status == Contribution.Status.PUBLISHED


def test_the_api_asks_and_then_holds_a_trusted_authors_story(client, call, user):
    trusted(user)
    _token, raw = api_token_create(user=user, name="test")
    payload = {
        "title": "Schichtpläne teilen",
        "role": "colleague",
        "setting": "work-team",
        "answers": [{"question": q.pk, "text": STORY} for q in call.questions.all()],
        "region": "DE-SN",
        "publication_consent": True,
    }
    url = f"/api/v1/calls/{call.slug}/contributions"
    headers = {"Authorization": f"Bearer {raw}"}
    response = client.post(url, payload, content_type="application/json", headers=headers)
    assert response.status_code == 422
    assert {"kind": "first_name", "excerpt": "Amal"} in response.json()["findings"]
    assert {"kind": "place", "excerpt": "Leipzig"} in response.json()["findings"]
    assert not Contribution.objects.exists()
    payload["personal_data_confirmed"] = True
    response = client.post(url, payload, content_type="application/json", headers=headers)
    assert response.status_code == 201
    assert Contribution.objects.get().status == Contribution.Status.SUBMITTED
    assert response.json()["status"] == "submitted"


def test_comments_and_profiles_may_name_people_by_their_display_names():
    """People address each other by the names the site shows; only stories are
    searched for first names and towns."""
    from praxisdialog.moderation.checks import screen_text

    assert screen_text("Danke, Amal! Wir in Leipzig machen das genauso.") == []
    assert screen_text("Schreiben Sie an amal@example.org")[0]["kind"] == "personal_data"
