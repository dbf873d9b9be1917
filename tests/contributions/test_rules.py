"""Who may do what with a contribution, over roles and the phases of its call."""

import pytest
from django.contrib.auth.models import AnonymousUser

from praxisdialog.calls.models import PhaseKind
from praxisdialog.contributions.models import Contribution
from tests.accounts.factories import StaffFactory, UserFactory, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "participant", "author", "staff"]


def _person(role: str, contribution: Contribution):
    return {
        "anonymous": lambda: AnonymousUser(),
        "unverified": lambda: UserFactory(),
        "participant": lambda: VerifiedUserFactory(),
        "author": lambda: contribution.author,
        "staff": lambda: StaffFactory(),
    }[role]()


# (role, phase) -> may add a contribution to the call
ADD = {
    ("anonymous", "collect"): False,
    ("unverified", "collect"): False,
    ("participant", "collect"): True,
    ("author", "collect"): True,
    ("staff", "collect"): True,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("phase", list(PhaseKind))
def test_adding_a_contribution(role, phase):
    call = CallFactory(phases__current=phase)
    contribution = ContributionFactory(call=call)
    person = _person(role, contribution)
    expected = ADD.get((role, phase), False)
    assert person.has_perm("contributions.add_contribution", call) is expected


@pytest.mark.parametrize(
    ("role", "status", "may_view", "may_change", "may_review", "may_mark"),
    [
        ("anonymous", "published", True, False, False, False),
        ("anonymous", "submitted", False, False, False, False),
        ("participant", "published", True, False, False, True),
        ("participant", "submitted", False, False, False, False),
        ("participant", "draft", False, False, False, False),
        ("unverified", "published", True, False, False, False),
        ("author", "draft", True, True, False, False),
        ("author", "submitted", True, True, False, False),
        ("author", "published", True, True, False, False),
        ("author", "rejected", True, False, False, False),
        ("author", "withdrawn", True, False, False, False),
        ("staff", "submitted", True, False, True, False),
        ("staff", "published", True, False, False, True),
    ],
)
def test_contribution_matrix_in_collect_phase(
    role, status, may_view, may_change, may_review, may_mark
):
    contribution = ContributionFactory(status=status)
    person = _person(role, contribution)
    assert person.has_perm("contributions.view_contribution", contribution) is may_view
    assert person.has_perm("contributions.change_contribution", contribution) is may_change
    assert person.has_perm("contributions.review_contribution", contribution) is may_review
    assert person.has_perm("contributions.mark_helpful", contribution) is may_mark


@pytest.mark.parametrize("phase", [PhaseKind.DISCUSS, PhaseKind.WORKSHOP, PhaseKind.DOCUMENT])
def test_authors_cannot_edit_once_collecting_has_ended(phase):
    contribution = ContributionFactory(call=CallFactory(phases__current=phase))
    assert not contribution.author.has_perm("contributions.change_contribution", contribution)
    assert contribution.author.has_perm("contributions.withdraw_contribution", contribution)
