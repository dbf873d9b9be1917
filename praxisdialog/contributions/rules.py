import rules

from praxisdialog.accounts.rules import is_moderator, is_staff, is_verified
from praxisdialog.calls.rules import call_collects_contributions, call_is_published
from praxisdialog.moderation.rules import is_suspended

from .models import Contribution

EDITABLE = {
    Contribution.Status.DRAFT,
    Contribution.Status.SUBMITTED,
    Contribution.Status.RETURNED,
    Contribution.Status.PUBLISHED,
}


@rules.predicate
def is_author(user, contribution: Contribution) -> bool:
    return user.is_authenticated and contribution.author_id == user.pk


@rules.predicate
def is_published(user, contribution: Contribution) -> bool:
    return contribution.status == Contribution.Status.PUBLISHED


@rules.predicate
def is_in_public_call(user, contribution: Contribution) -> bool:
    """Visibility follows the call: a call set back to draft hides what is inside it."""
    return call_is_published(user, contribution.call)


@rules.predicate
def is_editable(user, contribution: Contribution) -> bool:
    return contribution.status in EDITABLE


@rules.predicate
def is_withdrawable(user, contribution: Contribution) -> bool:
    return contribution.status not in {Contribution.Status.WITHDRAWN, Contribution.Status.REJECTED}


@rules.predicate
def is_withdrawn(user, contribution: Contribution) -> bool:
    return contribution.status == Contribution.Status.WITHDRAWN


@rules.predicate
def is_waiting_for_review(user, contribution: Contribution) -> bool:
    return contribution.status == Contribution.Status.SUBMITTED


@rules.predicate
def call_of_contribution_collects(user, contribution: Contribution) -> bool:
    return call_collects_contributions(user, contribution.call)


@rules.predicate
def keeps_its_facts(user, contribution: Contribution) -> bool:
    """A practice lives on after its call: its facts can be kept up to date in any
    phase, unless the contribution was withdrawn or rejected."""
    return contribution.status not in {Contribution.Status.WITHDRAWN, Contribution.Status.REJECTED}


# add_contribution is asked with the call as object.
rules.add_perm(
    "contributions.add_contribution", is_verified & ~is_suspended & call_collects_contributions
)
rules.add_perm(
    "contributions.view_contribution",
    is_moderator | (is_in_public_call & (is_published | is_author)),
)
rules.add_perm(
    "contributions.change_contribution",
    is_verified & ~is_suspended & is_author & is_editable & call_of_contribution_collects,
)
rules.add_perm("contributions.withdraw_contribution", is_author & is_withdrawable)
rules.add_perm(
    "contributions.restore_contribution",
    is_verified & ~is_suspended & is_author & is_withdrawn & call_of_contribution_collects,
)
rules.add_perm("contributions.review_contribution", is_moderator & is_waiting_for_review)
rules.add_perm("contributions.review", is_moderator)
rules.add_perm(
    "contributions.mark_helpful",
    is_verified & ~is_suspended & is_published & is_in_public_call & ~is_author,
)
rules.add_perm(
    "contributions.change_facts", is_verified & ~is_suspended & is_author & keeps_its_facts
)
# The editorial team confirms evidence and awards badges: staff, not every moderator.
rules.add_perm("contributions.review_evidence", is_staff & is_published)
