import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict

from praxisdialog.calls.models import Role
from praxisdialog.contributions.models import Contribution
from praxisdialog.contributions.selectors import (
    ContributionFilters,
    contribution_get_for_display,
    contribution_list_for_review,
    contribution_list_published,
)
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def test_filters_keep_known_values_and_name_the_rest(call):
    query = QueryDict(
        "role=founder&setting=nowhere&region=DE-BY&language=xx&question=abc&sort=best"
    )
    filters = ContributionFilters.from_query(query, call=call)
    assert (filters.role, filters.region) == ("founder", "DE-BY")
    assert filters.sort == "newest"
    assert set(filters.ignored) == {"setting", "language", "question", "sort"}


def test_only_published_contributions_are_listed(call):
    shown = ContributionFactory(call=call)
    for status in ["draft", "submitted", "returned", "rejected", "withdrawn"]:
        ContributionFactory(call=call, status=status)
    assert list(contribution_list_published(call=call)) == [shown]


def test_question_filter_finds_contributions_that_answer_it(call):
    optional = call.questions.get(position=3)
    answered = ContributionFactory(call=call)
    unanswered = ContributionFactory(call=call)
    unanswered.answers.filter(question=optional).delete()
    filters = ContributionFilters.from_query(QueryDict(f"question={optional.pk}"), call=call)
    assert list(contribution_list_published(call=call, filters=filters)) == [answered]


def test_role_filter(call):
    founder = ContributionFactory(call=call, role=Role.objects.get(slug="founder"))
    ContributionFactory(call=call)
    filters = ContributionFilters.from_query(QueryDict("role=founder"), call=call)
    assert list(contribution_list_published(call=call, filters=filters)) == [founder]


def test_review_queue_is_oldest_first(call):
    first = ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
    second = ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
    ContributionFactory(call=call)
    assert list(contribution_list_for_review()) == [first, second]


def test_pending_contribution_is_invisible_to_visitors(call):
    pending = ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
    assert contribution_get_for_display(pk=pending.pk, user=AnonymousUser()) is None
    assert contribution_get_for_display(pk=pending.pk, user=pending.author) == pending
