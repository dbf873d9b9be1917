import rules
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from praxisdialog.accounts.rules import is_moderator, is_staff

from .models import Contest, Decision
from .selectors import user_is_suspended

CONTESTABLE = {"hide", "reject", "redact", "suspend"}


@rules.predicate
def is_suspended(user) -> bool:
    """The one test of suspension: a suspended account reads but writes nowhere
    (contributions, comments and their edits, contact requests, messages, its profile,
    event registrations). Rules combine it as `~is_suspended`; services call
    `refuse_if_suspended`, so every door (page, API, admin, task) asks the same. Reports
    stay open to it, as to every visitor (Art. 16 DSA)."""
    return user_is_suspended(user)


def refuse_if_suspended(user) -> None:
    if is_suspended(user):
        raise PermissionDenied(_("Your account is suspended; you cannot post at the moment."))


@rules.predicate
def is_decision_subject(user, decision: Decision) -> bool:
    return user.is_authenticated and decision.subject_id == user.pk


@rules.predicate
def is_contestable(user, decision: Decision) -> bool:
    if decision.action not in CONTESTABLE or decision.contest_id:
        return False
    try:
        decision.contested  # noqa: B018 - one-to-one lookup
    except Contest.DoesNotExist:
        return True
    return False


@rules.predicate
def is_not_first_decider(user, contest: Contest) -> bool:
    return contest.decision.moderator_id != user.pk and not contest.outcome


rules.add_perm("moderation.view_desk", is_moderator)
rules.add_perm("moderation.decide", is_moderator)
rules.add_perm("moderation.decide_contest", is_moderator & is_not_first_decider)
rules.add_perm("moderation.manage_account", is_moderator)
rules.add_perm("moderation.view_log", is_staff)
rules.add_perm("moderation.view_decision", is_decision_subject | is_moderator)
rules.add_perm("moderation.contest_decision", is_decision_subject & is_contestable)
