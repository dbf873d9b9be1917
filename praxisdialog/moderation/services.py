"""The moderation desk: holding items back, reports (Art. 16 DSA), decisions with a
statement of reasons (Art. 17 DSA), contests, and the standing of accounts.

Each function is one transaction; every decision writes a row of the log; mail and
notifications go out after commit."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from praxisdialog.core import targets
from praxisdialog.core.emails import send_templated_mail_once
from praxisdialog.core.ratelimit import rate_limit_check
from praxisdialog.core.texts import clean_text, text_errors
from praxisdialog.notifications.models import Kind
from praxisdialog.notifications.services import notify

from .checks import forget_blocked_terms
from .models import (
    AccountStanding,
    Action,
    Contest,
    Decision,
    Ground,
    QueueEntry,
    Report,
    ReportReason,
)
from .selectors import GROUP_NAME

CONTESTABLE = {Action.HIDE, Action.REJECT, Action.REDACT, Action.SUSPEND}
# Decisions against the content need a ground the moderator chose; the others mean
# "no violation found" unless the moderator chose another ground.
NEEDS_GROUND = {Action.HIDE, Action.REJECT, Action.REDACT}


def _what(target) -> str:
    return target._meta.model_name  # "comment" or "contribution"


def moderators() -> list:
    from praxisdialog.accounts.models import User

    return list(User.objects.filter(is_active=True).filter(is_staff=True)) + list(
        User.objects.filter(is_active=True, is_staff=False, groups__name=GROUP_NAME)
    )


def _open_entry(*, target, premoderation: bool = False, flags=None) -> tuple[QueueEntry, bool]:
    """The open entry of an item, made if there is none. The partial unique constraint
    keeps it to one even when two reports arrive at the same moment."""
    content_type = ContentType.objects.get_for_model(target)
    for _attempt in range(2):
        entry = (
            QueueEntry.objects.select_for_update()
            .filter(content_type=content_type, object_id=target.pk, status=QueueEntry.Status.OPEN)
            .first()
        )
        if entry is not None:
            changed = []
            if premoderation and not entry.premoderation:
                entry.premoderation = True
                changed.append("premoderation")
            if flags:
                entry.flags = [*entry.flags, *flags]
                changed.append("flags")
            if changed:
                entry.save(update_fields=[*changed, "updated_at"])
            return entry, False
        try:
            with transaction.atomic():
                entry = QueueEntry.objects.create(
                    content_type=content_type,
                    object_id=target.pk,
                    premoderation=premoderation,
                    flags=flags or [],
                )
            return entry, True
        except IntegrityError:
            continue
    raise RuntimeError("queue entry could not be opened")  # pragma: no cover


@transaction.atomic
def queue_hold(*, target, premoderation: bool, flags: list[dict]) -> QueueEntry:
    """Puts an item that waits for a moderator on the desk and tells the moderators."""
    entry, created = _open_entry(target=target, premoderation=premoderation, flags=flags)
    if created:
        notify(
            recipients=moderators(),
            kind=Kind.MODERATION_QUEUE,
            data={"what": _what(target)},
            url=reverse("moderation:entry-detail", kwargs={"pk": entry.pk}),
        )
    return entry


def report_create(
    *,
    target,
    reporter=None,
    email: str = "",
    reason: str,
    law: str = "",
    explanation: str,
    good_faith: bool,
    ip: str = "",
    language: str = "",
) -> Report:
    """Takes a notice from anyone: a visitor gives an e-mail address for the receipt and
    the outcome. Reports on the same item gather in one open queue entry."""
    rate_limit_check(scope="report", user=reporter, ip=ip)
    return _report_create(
        target=target,
        reporter=reporter if reporter is not None and reporter.is_authenticated else None,
        email=email,
        reason=reason,
        law=law,
        explanation=explanation,
        good_faith=good_faith,
        language=language,
    )


@transaction.atomic
def _report_create(
    *, target, reporter, email, reason, law, explanation, good_faith, language
) -> Report:
    errors: dict[str, list[str]] = {}
    explanation = (explanation or "").strip()
    if reason not in ReportReason.values:
        errors["reason"] = [_("Please choose a reason.")]
    if reason == ReportReason.ILLEGAL and not (law or "").strip():
        errors["law"] = [_("Please name the law that the content breaks.")]
    if problems := text_errors(explanation, required=_("Please explain what is wrong with it.")):
        errors["explanation"] = problems[:1]
    if not good_faith:
        errors["good_faith"] = [_("Please confirm that your report is accurate and in good faith.")]
    if reporter is None and not (email or "").strip():
        errors["email"] = [_("Please give an e-mail address so we can tell you the outcome.")]
    if errors:
        raise ValidationError(errors)
    entry, created = _open_entry(target=target)
    QueueEntry.objects.filter(pk=entry.pk).update(report_count=F("report_count") + 1)
    report = Report.objects.create(
        entry=entry,
        content_type=entry.content_type,
        object_id=target.pk,
        reporter=reporter,
        reporter_email=(email or "").strip() if reporter is None else reporter.email,
        reporter_language=(reporter.preferred_language if reporter else language)
        or settings.LANGUAGE_CODE,
        reason=reason,
        law=(law or "").strip()[:200],
        explanation=explanation[:4000],
        good_faith=True,
    )
    if created:
        notify(
            recipients=moderators(),
            kind=Kind.MODERATION_QUEUE,
            data={"what": _what(target)},
            url=reverse("moderation:entry-detail", kwargs={"pk": entry.pk}),
        )
    transaction.on_commit(lambda: _enqueue("send_report_receipt", report_id=report.pk))
    return report


def _enqueue(name: str, **kwargs) -> None:
    from . import tasks

    getattr(tasks, name).enqueue(**kwargs)


def report_receipt_send(*, report: Report) -> None:
    send_templated_mail_once(
        key=f"moderation.report_receipt:{report.pk}",
        template="moderation/emails/report_receipt",
        to=[report.reporter_email],
        language=report.reporter_language,
        context={"report": report},
    )


def report_outcome_send(*, report: Report, decision: Decision) -> None:
    """Visitors hear the outcome by mail; account holders through their notifications."""
    if report.reporter_id:
        return
    send_templated_mail_once(
        key=f"moderation.report_outcome:{report.pk}:{decision.pk}",
        template="moderation/emails/report_outcome",
        to=[report.reporter_email],
        language=report.reporter_language,
        context={"report": report, "decision": decision},
    )


def _apply(*, target, action: str, redacted_text: str = "", note: str = "") -> str:
    """Changes the item through the functions its app registered (core/targets.py);
    returns what a contest needs to undo a redaction."""
    registered = targets.target_of(target)
    if registered is None:
        raise ValidationError(_("This item cannot be moderated."))
    if action == Action.REDACT:
        if registered.redact is None:
            raise ValidationError(_("This item cannot be moderated."))
        return registered.redact(target, text=redacted_text, note=note)
    change = {
        Action.PUBLISH: registered.publish,
        Action.RESTORE: registered.publish,
        Action.HIDE: registered.hide,
        Action.REJECT: registered.reject,
    }.get(action)
    if change is None:
        raise ValidationError(_("This item cannot be moderated."))
    change(target)
    return ""


def _statement_url(decision: Decision) -> str:
    return reverse("moderation:decision-detail", kwargs={"pk": decision.pk})


@transaction.atomic
def decision_make(
    *,
    entry: QueueEntry,
    moderator,
    action: str,
    ground: str = "",
    explanation: str = "",
    facts: str = "",
    redacted_text: str = "",
) -> Decision:
    """Decides an open queue entry: publish, hide, restore, reject, redact or keep.

    The ground recorded (and told to the author and the reporters) is only one the
    moderator chose: publishing, restoring and keeping mean "no violation found" when
    no ground is given; hiding, rejecting and redacting need an explicit ground other
    than "no violation found".

    The entry is locked, so two moderators cannot both decide it. Hiding, rejecting
    and redacting send the author a statement of reasons they can contest once;
    reporters hear the outcome."""
    locked = QueueEntry.objects.select_for_update().filter(pk=entry.pk).first()
    if locked is None or locked.status != QueueEntry.Status.OPEN:
        raise ValidationError(_("This item has already been decided."))
    errors: dict[str, list[str]] = {}
    if action not in {
        Action.PUBLISH,
        Action.HIDE,
        Action.RESTORE,
        Action.REJECT,
        Action.REDACT,
        Action.DISMISS,
    }:
        errors["action"] = [_("Unknown decision.")]
    ground = (ground or "").strip()
    if not ground and action not in NEEDS_GROUND:
        ground = Ground.NO_VIOLATION
    if action in NEEDS_GROUND and ground in {"", Ground.NO_VIOLATION}:
        errors["ground"] = [_("Please choose the ground on which you decide against it.")]
    elif ground not in Ground.values:
        errors["ground"] = [_("Please choose the ground of the decision.")]
    if action in CONTESTABLE and not (explanation or "").strip():
        errors["explanation"] = [_("Please explain the decision; the author receives it.")]
    if action == Action.REDACT and not (redacted_text or "").strip():
        errors["redacted_text"] = [_("Please give the text without the personal data.")]
    if errors:
        raise ValidationError(errors)
    target = locked.content_type.get_object_for_this_type(pk=locked.object_id)
    note = _("Personal data was removed by the moderators.")
    previous = (
        _apply(target=target, action=action, redacted_text=redacted_text, note=note)
        if action != Action.DISMISS
        else ""
    )
    decision = Decision.objects.create(
        entry=locked,
        content_type=locked.content_type,
        object_id=locked.object_id,
        subject=target.author,
        moderator=moderator,
        action=action,
        ground=ground,
        explanation=(explanation or "").strip(),
        facts=(facts or "").strip() or _facts(locked),
        previous_text=previous if action == Action.REDACT else "",
    )
    locked.status = QueueEntry.Status.DECIDED
    locked.save(update_fields=["status", "updated_at"])
    _tell_about(decision=decision, entry=locked, target=target)
    return decision


def _facts(entry: QueueEntry) -> str:
    parts = []
    if entry.premoderation:
        parts.append(_("The post of a new account was read before publication."))
    parts.extend(_("Automatic check: %(kind)s (%(detail)s).") % flag for flag in entry.flags)
    if entry.report_count:
        parts.append(_("%(count)d report(s) were considered.") % {"count": entry.report_count})
    return " ".join(parts)


def _tell_about(*, decision: Decision, entry: QueueEntry | None, target) -> None:
    what = _what(target) if target is not None else "account"
    if decision.action in CONTESTABLE or decision.contest_id:
        notify(
            recipients=[decision.subject],
            kind=Kind.MODERATION_DECISION,
            data={
                "what": what,
                "action": decision.action,
                "ground": decision.ground,
                "explanation": decision.explanation,
            },
            url=_statement_url(decision),
            exclude=[decision.moderator] if decision.moderator else (),
        )
    if entry is None:
        return
    reports = list(entry.reports.select_related("reporter"))
    notify(
        recipients=[r.reporter for r in reports if r.reporter_id],
        kind=Kind.REPORT_OUTCOME,
        data={"action": decision.action, "what": what},
        url=_statement_url(decision),
    )
    visitor_reports = [r.pk for r in reports if not r.reporter_id]
    Report.objects.filter(entry=entry).update(outcome_sent_at=timezone.now())
    for report_id in visitor_reports:
        transaction.on_commit(
            lambda report_id=report_id: _enqueue(
                "send_report_outcome", report_id=report_id, decision_id=decision.pk
            )
        )


@transaction.atomic
def contest_create(*, decision: Decision, author, text: str) -> Contest:
    """The author contests a decision once; the desk shows it to another moderator."""
    text = clean_text(text, required=_("Please say why the decision should change."))
    if decision.subject_id != author.pk or decision.action not in CONTESTABLE:
        raise PermissionDenied
    try:
        with transaction.atomic():
            contest = Contest.objects.create(decision=decision, author=author, text=text[:4000])
    except IntegrityError as error:
        raise ValidationError(_("This decision has already been contested.")) from error
    notify(
        recipients=moderators(),
        kind=Kind.MODERATION_QUEUE,
        data={"what": "contest"},
        url=reverse("moderation:desk"),
        exclude=[author],
    )
    return contest


REVERSAL = {
    Action.HIDE: Action.RESTORE,
    Action.REJECT: Action.PUBLISH,
    Action.SUSPEND: Action.UNSUSPEND,
}


@transaction.atomic
def contest_decide(*, contest: Contest, moderator, outcome: str, explanation: str) -> Decision:
    """Another moderator than the first decides the contest: upheld or reversed."""
    locked = Contest.objects.select_for_update().select_related("decision").get(pk=contest.pk)
    original = locked.decision
    if locked.outcome:
        raise ValidationError(_("This contest has already been decided."))
    if original.moderator_id == moderator.pk:
        raise PermissionDenied(_("Another moderator decides on a contest of your decision."))
    if outcome not in Contest.Outcome.values:
        raise ValidationError({"outcome": [_("Please choose an outcome.")]})
    explanation = clean_text(
        explanation, field="explanation", required=_("Please explain the outcome to the author.")
    )
    target = None
    if original.content_type_id:
        target = original.content_type.get_object_for_this_type(pk=original.object_id)
    action = original.action
    if outcome == Contest.Outcome.REVERSED:
        if original.action == Action.REDACT:
            targets.target_of(target).redaction_undo(target, previous=original.previous_text)
            action = Action.RESTORE
        elif original.action == Action.SUSPEND:
            _standing_change(user=original.subject, suspended=False)
            action = Action.UNSUSPEND
        else:
            action = REVERSAL[original.action]
            _apply(target=target, action=action)
    locked.outcome = outcome
    locked.resolved_by = moderator
    locked.resolved_at = timezone.now()
    locked.save(update_fields=["outcome", "resolved_by", "resolved_at"])
    decision = Decision.objects.create(
        content_type_id=original.content_type_id,
        object_id=original.object_id,
        subject=original.subject,
        moderator=moderator,
        action=action,
        ground=original.ground if outcome == Contest.Outcome.UPHELD else Ground.NO_VIOLATION,
        explanation=explanation,
        facts=_("Contest by the author: %(text)s") % {"text": locked.text},
        contest=locked,
    )
    _tell_about(decision=decision, entry=None, target=target)
    return decision


def _standing_change(*, user, **changes) -> AccountStanding:
    standing, _created = AccountStanding.objects.select_for_update().get_or_create(user=user)
    if "trusted" in changes:
        standing.trusted = changes["trusted"]
    if "suspended" in changes:
        standing.suspended_at = timezone.now() if changes["suspended"] else None
    standing.save()
    user.__dict__.pop("_praxis_standing", None)
    return standing


@transaction.atomic
def account_moderate(
    *, user, moderator, action: str, explanation: str = "", hide_content: bool = False
) -> Decision:
    """Marks an account trusted, suspends it (optionally hiding all it posted) or lifts
    the suspension; logged like every decision."""
    if action == Action.TRUST:
        _standing_change(user=user, trusted=True)
        ground = Ground.NO_VIOLATION
    elif action == Action.SUSPEND:
        if not (explanation or "").strip():
            raise ValidationError({"explanation": [_("Please explain the suspension.")]})
        _standing_change(user=user, suspended=True)
        ground = Ground.RULES
        if hide_content:
            for registered in targets.targets():
                if registered.hide_all_by is not None:
                    registered.hide_all_by(user=user)
    elif action == Action.UNSUSPEND:
        _standing_change(user=user, suspended=False)
        ground = Ground.NO_VIOLATION
    else:
        raise ValidationError({"action": [_("Unknown decision.")]})
    decision = Decision.objects.create(
        subject=user,
        moderator=moderator,
        action=action,
        ground=ground,
        explanation=(explanation or "").strip(),
        facts=_("All content of the account was hidden.") if hide_content else "",
    )
    _tell_about(decision=decision, entry=None, target=None)
    return decision


def blocked_terms_changed() -> None:
    forget_blocked_terms()


__all__ = [
    "account_moderate",
    "blocked_terms_changed",
    "contest_create",
    "contest_decide",
    "decision_make",
    "queue_hold",
    "report_create",
]


# --- account deletion ------------------------------------------------------------------


@transaction.atomic
def moderation_records_erase_for_account(*, user, email: str, placeholder, keep_content: bool):
    """Account deletion: reports keep their reason but lose the reporter's address; the
    log of decisions stays (transparency duties) without the person or the text it
    replaced; contests go, or move to the placeholder account with the content."""
    Report.objects.filter(reporter_email__iexact=email).update(reporter_email="")
    Decision.objects.filter(subject=user).update(subject=None, previous_text="")
    contests = Contest.objects.filter(author=user)
    if keep_content:
        contests.update(author=placeholder)
    else:
        contests.delete()


def queue_entries_delete_on_targets(*, model, ids: list[int]) -> None:
    """The queue entries of content that is deleted go with it (account deletion)."""
    QueueEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id__in=ids
    ).delete()
