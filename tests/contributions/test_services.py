import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions import services
from praxisdialog.contributions.models import Contribution, ContributionReview, HelpfulMark
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def _input(call, **changes) -> services.ContributionInput:
    questions = list(call.questions.all())
    values = {
        "title": "Sprachtandem in der Werkstatt",
        "role": Role.objects.get(slug="trainer"),
        "setting": Setting.objects.get(slug="sme"),
        "answers": {q.pk: f"Unsere Erfahrung zu {q.text}" for q in questions},
        "region": "DE-TH",
        "language": "de",
    }
    values.update(changes)
    return services.ContributionInput(**values)


def test_a_draft_can_be_saved_without_every_answer(call, user):
    data = _input(call, answers={})
    contribution = services.contribution_save(call=call, author=user, data=data, submit=False)
    assert contribution.status == Contribution.Status.DRAFT
    assert contribution.answers.count() == 0


def test_submitting_needs_every_required_answer(call, user):
    required = call.questions.get(position=1)
    data = _input(call)
    data.answers[required.pk] = "   "
    with pytest.raises(ValidationError) as error:
        services.contribution_save(call=call, author=user, data=data, submit=True, consent=True)
    assert f"answer_{required.pk}" in error.value.message_dict
    assert not Contribution.objects.exists()


def test_an_optional_question_may_stay_unanswered(call, user):
    optional = call.questions.get(position=3)
    data = _input(call)
    data.answers[optional.pk] = ""
    contribution = services.contribution_save(
        call=call, author=user, data=data, submit=True, consent=True
    )
    assert contribution.status == Contribution.Status.SUBMITTED
    assert contribution.answers.count() == 2


def test_submitting_needs_the_publication_consent_and_records_it(call, user):
    with pytest.raises(ValidationError) as error:
        services.contribution_save(call=call, author=user, data=_input(call), submit=True)
    assert "consent" in error.value.message_dict
    contribution = services.contribution_save(
        call=call, author=user, data=_input(call), submit=True, consent=True
    )
    assert contribution.consent_at is not None
    assert contribution.consent_version


def test_personal_data_stops_submission_until_the_author_confirms(call, user):
    first = call.questions.get(position=1)
    data = _input(call)
    data.answers[first.pk] = "Ruft Frau M. an: 0176 1234567, sie wohnt in der Hauptstraße 5."
    with pytest.raises(services.PersonalDataWarning) as warning:
        services.contribution_save(call=call, author=user, data=data, submit=True, consent=True)
    assert {f["kind"] for f in warning.value.findings} == {"phone", "address"}
    assert not Contribution.objects.exists()

    contribution = services.contribution_save(
        call=call, author=user, data=data, submit=True, consent=True, personal_data_confirmed=True
    )
    assert contribution.status == Contribution.Status.SUBMITTED
    assert len(contribution.privacy_findings) == 2


def test_over_long_answers_and_null_characters_are_refused(call, user):
    first = call.questions.get(position=1)
    data = _input(call)
    data.answers[first.pk] = "x" * 6001
    data.title = "Titel\x00"
    with pytest.raises(ValidationError) as error:
        services.contribution_save(call=call, author=user, data=data, submit=False)
    assert set(error.value.message_dict) == {f"answer_{first.pk}", "title"}


def test_unknown_choices_are_refused(call, user):
    data = _input(call, region="Jena", attribution="everyone")
    with pytest.raises(ValidationError) as error:
        services.contribution_save(call=call, author=user, data=data, submit=False)
    assert set(error.value.message_dict) == {"region", "attribution"}


def test_publishing_tells_the_author_in_their_language(
    call, user, staff, django_capture_on_commit_callbacks
):
    user.preferred_language = "en"
    user.save()
    contribution = services.contribution_save(
        call=call, author=user, data=_input(call), submit=True, consent=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.contribution_review(contribution=contribution, reviewer=staff, decision="publish")
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    assert contribution.published_at is not None
    assert contribution.versions.count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    assert "published" in mail.outbox[0].subject


@pytest.mark.parametrize("decision", ["return", "reject"])
def test_returning_or_rejecting_needs_a_reason_that_reaches_the_author(
    call, user, staff, decision, django_capture_on_commit_callbacks
):
    contribution = services.contribution_save(
        call=call, author=user, data=_input(call), submit=True, consent=True
    )
    with pytest.raises(ValidationError):
        services.contribution_review(contribution=contribution, reviewer=staff, decision=decision)
    with django_capture_on_commit_callbacks(execute=True):
        services.contribution_review(
            contribution=contribution,
            reviewer=staff,
            decision=decision,
            message="Bitte lassen Sie den Firmennamen weg.",
        )
    contribution.refresh_from_db()
    assert contribution.status == {"return": "returned", "reject": "rejected"}[decision]
    assert contribution.review_message == "Bitte lassen Sie den Firmennamen weg."
    assert ContributionReview.objects.filter(contribution=contribution, decision=decision).exists()
    assert "Bitte lassen Sie den Firmennamen weg." in mail.outbox[0].body


def test_a_contribution_is_decided_only_once(call, user, staff):
    contribution = services.contribution_save(
        call=call, author=user, data=_input(call), submit=True, consent=True
    )
    services.contribution_review(contribution=contribution, reviewer=staff, decision="publish")
    with pytest.raises(ValidationError):
        services.contribution_review(
            contribution=contribution, reviewer=staff, decision="reject", message="zu spät"
        )
    assert ContributionReview.objects.count() == 1


def test_editing_a_published_contribution_keeps_the_earlier_version(call, user, staff):
    contribution = services.contribution_save(
        call=call, author=user, data=_input(call), submit=True, consent=True
    )
    services.contribution_review(contribution=contribution, reviewer=staff, decision="publish")
    services.contribution_save(
        call=call,
        author=user,
        data=_input(call, title="Sprachtandem, zwei Jahre später"),
        contribution=contribution,
        submit=True,
    )
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.SUBMITTED
    assert contribution.versions.get().snapshot["title"] == "Sprachtandem in der Werkstatt"
    services.contribution_review(contribution=contribution, reviewer=staff, decision="publish")
    assert list(contribution.versions.values_list("number", flat=True)) == [2, 1]


def test_a_returned_contribution_can_be_sent_again(call, user, staff):
    contribution = services.contribution_save(
        call=call, author=user, data=_input(call), submit=True, consent=True
    )
    services.contribution_review(
        contribution=contribution, reviewer=staff, decision="return", message="Kürzer, bitte."
    )
    again = services.contribution_save(
        call=call, author=user, data=_input(call), contribution=contribution, submit=True
    )
    assert again.status == Contribution.Status.SUBMITTED


def test_withdrawing_hides_the_contribution(user):
    contribution = ContributionFactory(author=user)
    services.contribution_withdraw(contribution=contribution)
    assert Contribution.objects.get(pk=contribution.pk).status == Contribution.Status.WITHDRAWN


def test_helpful_marks_toggle_and_count_once_per_person(user, other_user):
    contribution = ContributionFactory()
    assert services.helpful_toggle(contribution=contribution, user=user) is True
    assert services.helpful_toggle(contribution=contribution, user=other_user) is True
    contribution.refresh_from_db()
    assert contribution.helpful_count == 2
    assert services.helpful_toggle(contribution=contribution, user=user) is False
    contribution.refresh_from_db()
    assert contribution.helpful_count == 1
    assert HelpfulMark.objects.count() == 1
