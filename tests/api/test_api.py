from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from praxisdialog.accounts.services import api_token_create, api_token_revoke
from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def _payload(call, **changes):
    payload = {
        "title": "Ausbildung mit Sprachkurs",
        "role": "employer",
        "setting": "sme",
        "answers": [
            {"question": q.pk, "text": f"Antwort {q.position}"} for q in call.questions.all()
        ],
        "region": "DE-NW",
        "publication_consent": True,
    }
    payload.update(changes)
    return payload


def _bearer(user):
    _token, raw = api_token_create(user=user, name="test")
    return {"Authorization": f"Bearer {raw}"}


def test_schema_is_served(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/calls/{slug}/contributions" in schema["paths"]


def test_calls_list_and_detail_need_no_login(client, call):
    listing = client.get("/api/v1/calls").json()
    assert listing["count"] == 1
    assert listing["items"][0]["slug"] == call.slug
    detail = client.get(f"/api/v1/calls/{call.slug}").json()
    assert [q["id"] for q in detail["questions"]] == list(
        call.questions.values_list("pk", flat=True)
    )
    assert detail["current_phase"] == "collect"
    assert [p["is_current"] for p in detail["phases"]].count(True) == 1
    assert {r["slug"] for r in detail["roles"]} >= {"founder", "newcomer"}
    assert {s["slug"] for s in detail["settings"]} >= {"start-up", "sme"}


def test_draft_calls_and_unknown_slugs_are_404(client, call):
    assert client.get("/api/v1/calls/nope").status_code == 404
    Call.objects.filter(pk=call.pk).update(status="draft")
    assert client.get(f"/api/v1/calls/{call.slug}").status_code == 404
    assert client.get("/api/v1/calls").json()["count"] == 0


def test_a_staff_token_sees_a_draft_call_in_the_list_and_in_detail(client, call, staff):
    Call.objects.filter(pk=call.pk).update(status="draft")
    headers = _bearer(staff)
    listing = client.get("/api/v1/calls", headers=headers).json()
    assert [item["slug"] for item in listing["items"]] == [call.slug]
    assert client.get(f"/api/v1/calls/{call.slug}", headers=headers).status_code == 200


@pytest.mark.parametrize(
    ("field", "enum"),
    [("region", "Region"), ("sector", "Sector"), ("language", "TextLanguage")],
)
def test_the_schema_names_the_allowed_values_of_choice_fields(client, field, enum):
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    declared = schema["ContributionIn"]["properties"][field]
    reference = declared.get("$ref") or declared["allOf"][0]["$ref"]
    assert reference.rsplit("/", 1)[-1] == enum
    assert len(schema[enum]["enum"]) > 3
    assert set(schema["Attribution"]["enum"]) == {"real_name", "pseudonym", "anonymous"}


def test_a_value_outside_a_choice_answers_422_naming_the_allowed_ones(client, call, user):
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        _payload(call, region="Leipzig"),
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"][-1] == "region"
    assert "DE-NW" in error["msg"] and "DE-SN" in error["msg"]
    assert not Contribution.objects.exists()


def test_contributions_list_filters_like_the_page(client, call):
    ContributionFactory(
        call=call, title="Gründung", role_id=None or call.roles.get(slug="founder").pk
    )
    ContributionFactory(call=call, title="Betrieb")
    ContributionFactory(call=call, title="Noch nicht", status=Contribution.Status.SUBMITTED)
    data = client.get(f"/api/v1/calls/{call.slug}/contributions").json()
    assert data["count"] == 2
    assert {item["title"] for item in data["items"]} == {"Gründung", "Betrieb"}
    data = client.get(f"/api/v1/calls/{call.slug}/contributions?role=founder").json()
    assert [item["title"] for item in data["items"]] == ["Gründung"]
    data = client.get(f"/api/v1/calls/{call.slug}/contributions?role=pilot&region=Mond").json()
    assert data["count"] == 2
    assert set(data["ignored_filters"]) == {"role", "region"}


def test_contribution_detail_hides_unpublished_and_never_shows_email(client):
    published = ContributionFactory(attribution="anonymous")
    pending = ContributionFactory(status=Contribution.Status.SUBMITTED)
    response = client.get(f"/api/v1/contributions/{published.pk}")
    assert response.status_code == 200
    body = response.content.decode()
    assert published.author.email not in body
    assert published.author.display_name not in body
    assert response.json()["answers"][0]["question"] == published.answers.first().question_id
    assert client.get(f"/api/v1/contributions/{pending.pk}").status_code == 404
    assert client.get("/api/v1/contributions/999999").status_code == 404
    assert client.get("/api/v1/contributions/abc").status_code == 422


def test_posting_with_a_token_creates_and_submits(client, call, user):
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        _payload(call),
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "submitted"
    assert data["role"] == "employer" and data["setting"] == "sme"
    assert data["answers"][0] == {"question": call.questions.first().pk, "text": "Antwort 1"}
    assert Contribution.objects.get(pk=data["id"]).author == user


def test_posting_needs_authentication_and_a_live_token(client, call, user):
    url = f"/api/v1/calls/{call.slug}/contributions"
    assert client.post(url, _payload(call), content_type="application/json").status_code == 401
    token, raw = api_token_create(user=user, name="x")
    api_token_revoke(token=token)
    response = client.post(
        url,
        _payload(call),
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert response.status_code == 401
    assert not Contribution.objects.exists()


def test_session_posts_need_the_csrf_token(call, user):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    response = browser.post(
        f"/api/v1/calls/{call.slug}/contributions", _payload(call), content_type="application/json"
    )
    assert response.status_code in (401, 403)
    assert not Contribution.objects.exists()


def test_unverified_accounts_cannot_post(client, call, unverified_user):
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        _payload(call),
        content_type="application/json",
        headers=_bearer(unverified_user),
    )
    assert response.status_code == 403
    assert not Contribution.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"title": 42},
        {"answers": "nicht eine Liste"},
        {"answers": [{"question": "eins", "text": "x"}]},
        {"publication_consent": "vielleicht"},
    ],
)
def test_wrong_types_answer_422_with_messages(client, call, user, changes):
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        _payload(call, **changes),
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 422
    assert response.json()["detail"]
    assert not Contribution.objects.exists()


def test_rule_violations_answer_422_with_field_errors(client, call, user):
    first = call.questions.get(position=1)
    payload = _payload(
        call,
        role="astronaut",
        answers=[{"question": first.pk, "text": ""}],
        publication_consent=False,
    )
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        payload,
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 422
    fields = {error["loc"][-1] for error in response.json()["detail"]}
    assert "role" in fields
    payload = _payload(
        call, answers=[{"question": first.pk, "text": ""}], publication_consent=False
    )
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        payload,
        content_type="application/json",
        headers=_bearer(user),
    )
    fields = {error["loc"][-1] for error in response.json()["detail"]}
    assert f"answer_{first.pk}" in fields and "consent" in fields


def test_personal_data_must_be_confirmed(client, call, user):
    answers = [{"question": q.pk, "text": "Ruf an: 0151 2345678"} for q in call.questions.all()]
    url = f"/api/v1/calls/{call.slug}/contributions"
    response = client.post(
        url,
        _payload(call, answers=answers),
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 422
    assert response.json()["findings"][0]["kind"] == "phone"
    response = client.post(
        url,
        _payload(call, answers=answers, personal_data_confirmed=True),
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 201


def test_closed_phase_refuses_contributions(client, user):
    from tests.calls.factories import CallFactory

    call = CallFactory(phases__current="discuss")
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        _payload(call),
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 403


def test_create_api_token_prints_the_token_alone(user, capsys, client):
    call_command("create_api_token", user.email)
    token = capsys.readouterr().out.strip()
    assert token.startswith("pd_") and "\n" not in token
    from praxisdialog.accounts.selectors import user_get_for_api_key

    assert user_get_for_api_key(raw_key=token) == user


def test_the_fields_named_in_the_contract_are_enough_to_submit(client, call, user):
    questions = list(call.questions.all())
    payload = {
        "title": "Kurz und bündig",
        "role": "founder",
        "setting": "start-up",
        "answers": [{"question": q.pk, "text": "Eine Antwort."} for q in questions],
    }
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        payload,
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 201, response.content
    contribution = Contribution.objects.get(pk=response.json()["id"])
    assert contribution.consent_at is not None
    assert contribution.consent_version


def _list_addresses(call, user) -> list[str]:
    from tests.accounts.factories import VerifiedUserFactory
    from tests.network.factories import ProfileFactory, conversation_between

    contribution = ContributionFactory(call=call)
    # Something in each of the person's network lists.
    ProfileFactory(user=user, seeks=["mentoring"])
    ProfileFactory(offers=["mentoring"])
    conversation = conversation_between(user, VerifiedUserFactory())
    conversation.messages.create(author=user, text="Hallo")
    return [
        "/api/v1/calls",
        f"/api/v1/calls/{call.slug}/contributions",
        f"/api/v1/contributions/{contribution.pk}/comments",
        "/api/v1/posts",
        "/api/v1/events",
        "/api/v1/events?past=true",
        "/api/v1/network/profiles",
        "/api/v1/notifications",
        "/api/v1/search?q=Team",
        "/api/v1/network/suggestions",
        "/api/v1/network/contact-requests",
        "/api/v1/network/conversations",
        f"/api/v1/network/conversations/{conversation.pk}/messages",
    ]


def _with_page(address: str, page) -> str:
    return f"{address}{'&' if '?' in address else '?'}page={page}"


def test_every_list_pages_the_same_way(client, call, user):
    """Every list answers count, page, page_size and items; a page past the end is
    empty and says which page it is; a page below 1 is refused with 422."""
    headers = _bearer(user)
    for address in _list_addresses(call, user):
        first = client.get(address, headers=headers)
        assert first.status_code == 200, address
        first = first.json()
        assert {"count", "page", "page_size", "items"} <= set(first), address
        assert first["page"] == 1 and first["page_size"] > 0, address
        beyond = client.get(_with_page(address, 99), headers=headers).json()
        assert (beyond["count"], beyond["page"], beyond["items"]) == (first["count"], 99, []), (
            address
        )
        assert client.get(_with_page(address, 0), headers=headers).status_code == 422, address


def test_the_schema_declares_the_page_of_every_list(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/v1/calls",
        "/api/v1/calls/{slug}/contributions",
        "/api/v1/contributions/{contribution_id}/comments",
        "/api/v1/posts",
        "/api/v1/events",
        "/api/v1/network/profiles",
        "/api/v1/notifications",
        "/api/v1/search",
        "/api/v1/network/suggestions",
        "/api/v1/network/contact-requests",
        "/api/v1/network/conversations",
        "/api/v1/network/conversations/{conversation_id}/messages",
    ):
        parameters = {parameter["name"] for parameter in paths[path]["get"]["parameters"]}
        assert "page" in parameters, path
        answer = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        name = answer["$ref"].rsplit("/", 1)[-1]
        assert {"count", "page", "page_size", "items"} <= set(
            schema["components"]["schemas"][name]["properties"]
        ), path


def test_the_events_list_has_pages(client, monkeypatch):
    from praxisdialog.events import api as events_api
    from tests.events.factories import EventFactory

    monkeypatch.setattr(events_api, "PAGE_SIZE", 2)
    soon = timezone.now() + timedelta(days=3)
    titles = [
        EventFactory(title=f"Werkstatt {day}", starts_at=soon + timedelta(days=day)).title
        for day in range(3)
    ]
    first = client.get("/api/v1/events").json()
    second = client.get("/api/v1/events?page=2").json()
    assert (first["count"], first["page_size"]) == (3, 2)
    assert [item["title"] for item in first["items"] + second["items"]] == titles
    assert client.get("/api/v1/events?page=3").json()["items"] == []


def test_a_comment_page_past_the_end_is_empty_not_the_last_one(client, call):
    from tests.discussion.factories import CommentFactory

    contribution = ContributionFactory(call=call)
    CommentFactory(target=contribution, text="Der erste Kommentar")
    address = f"/api/v1/contributions/{contribution.pk}/comments"
    assert [item["text"] for item in client.get(address).json()["items"]] == ["Der erste Kommentar"]
    assert client.get(f"{address}?page=2").json() == {
        "count": 1,
        "page": 2,
        "page_size": client.get(address).json()["page_size"],
        "items": [],
    }


def test_the_api_shows_a_contribution_as_its_published_version_keeps_it(client, call, staff):
    """One source: the fields of the version snapshot and of the API answer are the same
    function of the contribution, so they cannot drift apart."""
    from praxisdialog.contributions.models import ContributionReview
    from praxisdialog.contributions.services import contribution_review

    contribution = ContributionFactory(
        call=call, title="Tandem", status=Contribution.Status.SUBMITTED, lessons="Geduld"
    )
    contribution_review(
        contribution=contribution,
        reviewer=staff,
        decision=ContributionReview.Decision.PUBLISH,
        notify_author=False,
    )
    snapshot = contribution.versions.get().snapshot
    answer = client.get(f"/api/v1/contributions/{contribution.pk}").json()
    assert snapshot["title"] == "Tandem" and snapshot["lessons"] == "Geduld"
    assert {name: answer[name] for name in snapshot} == snapshot
