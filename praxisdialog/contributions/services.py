"""Every change to a contribution: saving, submitting, reviewing, withdrawing, marking.

Each function is one transaction; mail goes out through the task queue after commit."""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from praxisdialog.calls.models import Call, Question, Role, Setting
from praxisdialog.core.holders import targets_deleted, texts_erased
from praxisdialog.core.marks import mark_remove, mark_toggle
from praxisdialog.core.personal_data import find_personal_data
from praxisdialog.core.texts import text_errors

from .models import (
    FACT_KINDS,
    FIRST_YEAR,
    LAST_YEAR,
    Answer,
    Attribution,
    Continuation,
    Contribution,
    ContributionFact,
    ContributionReview,
    ContributionVersion,
    Cost,
    Effort,
    EvidenceLevel,
    HelpfulMark,
    PracticeState,
    Reach,
    Region,
    Sector,
    TextLanguage,
)

TITLE_MAX_LENGTH = Contribution._meta.get_field("title").max_length
DEEPER_MAX_LENGTH = 4000
EVIDENCE_URL_MAX_LENGTH = Contribution._meta.get_field("evidence_url").max_length


@dataclass
class PracticeFacts:
    """The optional facts of a practice; every field may stay empty. The lists hold the
    values of FACT_KINDS (partners, funding, innovation types, integration fields)."""

    started_month: int | None = None
    started_year: int | None = None
    continuation: str = ""
    ended_month: int | None = None
    ended_year: int | None = None
    reach: str = ""
    effort: str = ""
    cost: str = ""
    partner: list[str] = field(default_factory=list)
    funding: list[str] = field(default_factory=list)
    innovation_type: list[str] = field(default_factory=list)
    integration_field: list[str] = field(default_factory=list)
    evidence_level: str = ""
    evidence_url: str = ""

    @classmethod
    def of(cls, contribution: Contribution) -> "PracticeFacts":
        facts = cls(
            **{name: getattr(contribution, name) for name in FACT_FIELDS},
        )
        for kind in FACT_KINDS:
            setattr(facts, kind, contribution.fact_values(kind))
        return facts


FACT_FIELDS = (
    "started_month",
    "started_year",
    "continuation",
    "ended_month",
    "ended_year",
    "reach",
    "effort",
    "cost",
    "evidence_level",
    "evidence_url",
)


def _check_facts(facts: PracticeFacts) -> dict[str, list[str]]:
    """Every problem with the facts, keyed by field (the same keys as the form and API)."""
    errors: dict[str, list[str]] = {}

    def add(key: str, message: str) -> None:
        errors.setdefault(key, []).append(message)

    def unknown(value) -> str:
        return _("“%(value)s” is not one of the choices.") % {"value": value}

    single = {
        "continuation": Continuation,
        "reach": Reach,
        "effort": Effort,
        "cost": Cost,
        "evidence_level": EvidenceLevel,
    }
    for name, choices in single.items():
        value = getattr(facts, name)
        if value and value not in choices.values:
            add(name, unknown(value))
    for kind, choices in FACT_KINDS.items():
        for value in getattr(facts, kind):
            if value not in choices.values:
                add(kind, unknown(value))
    this_year = timezone.localdate().year
    for prefix in ("started", "ended"):
        month, year = getattr(facts, f"{prefix}_month"), getattr(facts, f"{prefix}_year")
        if month is not None and not 1 <= month <= 12:
            add(f"{prefix}_month", _("Please choose a month from 1 to 12."))
        if year is not None and not FIRST_YEAR <= year <= min(LAST_YEAR, this_year):
            add(
                f"{prefix}_year",
                _("Please give a year from %(first)d to %(last)d.")
                % {"first": FIRST_YEAR, "last": this_year},
            )
        if month is not None and year is None:
            add(f"{prefix}_year", _("Please give the year too."))
    ends = facts.continuation in {Continuation.ENDED, Continuation.REGULAR_SERVICE}
    if facts.ended_year is not None and not ends:
        add(
            "continuation",
            _("An end date needs “ended” or “became a regular service”."),
        )
    if facts.started_year and facts.ended_year:
        start = (facts.started_year, facts.started_month or 1)
        end = (facts.ended_year, facts.ended_month or 12)
        if end < start:
            add("ended_year", _("The end cannot be before the start."))
    url = (facts.evidence_url or "").strip()
    if url:
        if "\x00" in url or any(ch.isspace() for ch in url):
            add("evidence_url", _("Please give a web address without spaces."))
        elif not url.lower().startswith(("https://", "http://")):
            add("evidence_url", _("Please give a web address that starts with https://."))
        elif "@" in url.split("/", 3)[2]:
            add("evidence_url", _("Please give the address without a name or password in it."))
        if len(url) > EVIDENCE_URL_MAX_LENGTH:
            add(
                "evidence_url",
                _("The address can be at most %(max)d characters long.")
                % {"max": EVIDENCE_URL_MAX_LENGTH},
            )
    return errors


def _apply_facts(contribution: Contribution, facts: PracticeFacts) -> bool:
    """Writes the facts onto the (saved) contribution; returns whether the evidence
    changed, which takes back the editors' confirmation."""
    before = (contribution.evidence_level, contribution.evidence_url)
    for name in FACT_FIELDS:
        value = getattr(facts, name)
        setattr(contribution, name, value.strip() if isinstance(value, str) else value)
    evidence_changed = before != (contribution.evidence_level, contribution.evidence_url)
    if evidence_changed:
        contribution.evidence_confirmed = False
    if not contribution.evidence_level:
        contribution.evidence_confirmed = False
    contribution.save()
    ContributionFact.objects.filter(contribution=contribution).delete()
    ContributionFact.objects.bulk_create(
        [
            ContributionFact(contribution=contribution, kind=kind, value=value)
            for kind in FACT_KINDS
            for value in dict.fromkeys(getattr(facts, kind))
        ]
    )
    return evidence_changed


@dataclass
class ContributionInput:
    """What an author writes; built by the form or the API from their input."""

    title: str
    role: Role
    setting: Setting
    answers: dict[int, str]
    sector: str = ""
    region: str = ""
    # Empty: recognised from the text (translation.detection).
    language: str = ""
    attribution: str = Attribution.PSEUDONYM
    deeper: dict[str, str] = field(default_factory=dict)
    # Given by the API with the story; the pages ask for them on a page of their own.
    facts: PracticeFacts | None = None


class PersonalDataWarning(ValidationError):
    """The text may identify someone; the author must look again and confirm."""

    def __init__(self, findings: list[dict]):
        self.findings = findings
        super().__init__(
            _("Your text may contain details that identify a person. Please check them."),
            code="personal_data",
        )


def _check(
    data: ContributionInput, questions: list[Question], *, submitting: bool, consented: bool
) -> None:
    """Every problem at once, keyed by field, so the author can fix them in one go."""
    errors: dict[str, list[str]] = {}

    def add(key: str, message: str) -> None:
        errors.setdefault(key, []).append(message)

    for message in text_errors(
        data.title,
        required=_("Please give your contribution a title."),
        max_length=TITLE_MAX_LENGTH,
        too_long=_("The title can be at most %(max)d characters long."),
    ):
        add("title", message)
    for name, text in data.deeper.items():
        known = name in Contribution.DEEPER_FIELDS
        for message in text_errors(text, max_length=DEEPER_MAX_LENGTH if known else None):
            add(name, message)
        if not known:
            add(name, _("Unknown field."))
    known_ids = {question.pk for question in questions}
    for question_id, text in data.answers.items():
        known = question_id in known_ids
        for message in text_errors(
            text,
            max_length=Answer.ANSWER_MAX_LENGTH if known else None,
            too_long=_("An answer can be at most %(max)d characters long."),
        ):
            add(f"answer_{question_id}", message)
        if not known:
            add(
                "answers",
                _("There is no guiding question %(id)s in this call.") % {"id": question_id},
            )
    choices = {
        "sector": (data.sector, Sector.values),
        "region": (data.region, Region.values),
        "language": (data.language, TextLanguage.values),
        "attribution": (data.attribution, Attribution.values),
    }
    for name, (value, allowed) in choices.items():
        if value and value not in allowed:
            add(name, _("“%(value)s” is not one of the choices.") % {"value": value})
    if submitting:
        if not consented:
            add("consent", _("Please agree to the publication under CC BY 4.0."))
        for question in questions:
            if question.required and not data.answers.get(question.pk, "").strip():
                add(f"answer_{question.pk}", _("Please answer this question."))
    if data.facts is not None:
        for key, messages in _check_facts(data.facts).items():
            for message in messages:
                add(key, message)
    if errors:
        raise ValidationError(errors)


def _texts(data: ContributionInput) -> list[str]:
    return [data.title, *data.answers.values(), *data.deeper.values()]


def _detected_language(data: ContributionInput, author) -> str:
    """The language of the text, when its author did not say: recognised offline from
    what they wrote, else their interface language."""
    from praxisdialog.translation.detection import detect_language

    return detect_language(*_texts(data), fallback=getattr(author, "preferred_language", ""))


def _findings(data: ContributionInput) -> list[dict]:
    return [finding.as_dict() for text in _texts(data) for finding in find_personal_data(text)]


def _watched_words(data: ContributionInput) -> list[dict]:
    """Words from the staff-kept list: never published without a moderator's look."""
    from praxisdialog.moderation.checks import watched_words_in

    words = sorted({word for text in _texts(data) for word in watched_words_in(text)})
    return [{"kind": "watched_word", "excerpt": word} for word in words]


def _after_redaction(contribution: Contribution) -> list[dict]:
    """A text the moderators edited personal data out of: any change by its author is
    read by a moderator before it appears, whatever the automatic checks say."""
    if contribution.pk is None or not contribution.redaction_note:
        return []
    return [{"kind": "after_redaction", "excerpt": contribution.redaction_note}]


def _published_content_changed(*call_ids) -> None:
    """A published text left or changed: documents built from it (the dossier) must not
    keep it. Inside the caller's transaction."""
    from praxisdialog.resonance.services import dossier_content_changed

    dossier_content_changed(call_ids=call_ids)


@transaction.atomic
def contribution_save(
    *,
    call: Call,
    author,
    data: ContributionInput,
    contribution: Contribution | None = None,
    submit: bool,
    consent: bool = False,
    personal_data_confirmed: bool = False,
    auto_publish: bool = False,
    ip: str = "",
) -> Contribution:
    """Creates or edits a contribution and, with `submit`, sends it for review.

    Submitting needs every required answer and the publication consent. When the
    text may hold personal data, submitting is refused with PersonalDataWarning until
    the author confirms; the findings stay on the contribution for the reviewer, so
    such a text is never published without a human look.

    A change to a published contribution is always a new submission, whatever door it
    comes through (with or without the form's submit button, API, admin): it passes
    every check a new text passes (personal data, watched words, the rate limit,
    pre-moderation of new accounts). When those checks let it through, the new text
    is published at once; otherwise the contribution is withdrawn to review (status
    submitted) until a moderator has looked, so flagged text never becomes public and
    the earlier text stays as a version. Withdrawing rather than keeping the old text
    public while the edit waits is deliberate: one status that every page, feed,
    export and API answer already respects, instead of two texts of which each door
    would have to pick the right one. After a moderator has edited personal data out
    (a redaction note is set), every change by the author waits for a moderator, so an
    edit cannot silently put back what was removed.

    With `auto_publish` (the pages ask for it), a submitted text without findings of
    the automatic checks is published at once when its author is trusted or already
    has the number of published contributions that MODERATION_PREMODERATE_CONTRIBUTIONS
    sets; a new account's first ones wait. A suspended account cannot save.

    Submitting counts against the "contribution" rate limit of the account and of the
    address `ip` (RateLimited when used up)."""
    from praxisdialog.core.ratelimit import rate_limit_check
    from praxisdialog.moderation.rules import refuse_if_suspended

    refuse_if_suspended(author)
    was_published = (
        contribution is not None and contribution.status == Contribution.Status.PUBLISHED
    )
    if was_published:
        submit = True
    if submit:
        rate_limit_check(scope="contribution", user=author, ip=ip)
    questions = list(call.questions.all())
    consented = consent or bool(contribution and contribution.consent_at)
    _check(data, questions, submitting=submit, consented=consented)
    findings = _findings(data)
    if submit and findings and not personal_data_confirmed:
        raise PersonalDataWarning(findings)

    if contribution is None:
        contribution = Contribution(call=call, author=author)
    contribution.title = data.title.strip()
    contribution.role = data.role
    contribution.setting = data.setting
    contribution.sector = data.sector
    contribution.region = data.region
    contribution.language = data.language or _detected_language(data, author)
    contribution.attribution = data.attribution or Attribution.PSEUDONYM
    for name in Contribution.DEEPER_FIELDS:
        setattr(contribution, name, data.deeper.get(name, "").strip())
    # What the automatic checks found stays on the contribution for the reviewer.
    contribution.privacy_findings = findings + _watched_words(data) + _after_redaction(contribution)
    now = timezone.now()
    if submit:
        contribution.status = Contribution.Status.SUBMITTED
        contribution.submitted_at = now
        if consent:
            contribution.consent_at = now
            contribution.consent_version = settings.CONSENT_TEXT_VERSION
    elif contribution.status != Contribution.Status.PUBLISHED:
        contribution.status = Contribution.Status.DRAFT
    is_new = contribution.pk is None
    publish_now = submit and auto_publish and _may_publish_at_once(contribution)
    if publish_now:
        contribution.status = Contribution.Status.PUBLISHED
        contribution.published_at = contribution.published_at or now
    contribution.save()
    if data.facts is not None:
        _apply_facts(contribution, data.facts)
    if is_new:
        from praxisdialog.notifications.services import follow_add

        follow_add(user=author, target=contribution)

    Answer.objects.filter(contribution=contribution).exclude(
        question_id__in=[qid for qid, text in data.answers.items() if text.strip()]
    ).delete()
    for question_id, text in data.answers.items():
        if text.strip():
            Answer.objects.update_or_create(
                contribution=contribution,
                question_id=question_id,
                defaults={"text": text.strip()},
            )
    if publish_now:
        number = contribution.versions.count() + 1
        ContributionVersion.objects.create(
            contribution=contribution, number=number, snapshot=contribution.as_written()
        )
        _tell_followers_of_call(contribution)
    if was_published:
        _published_content_changed(contribution.call_id)
    return contribution


def contribution_author_changed(*, user, named_only: bool) -> None:
    """The author's name or account changed (renamed, deleted): documents that show
    their published contributions are rebuilt. With `named_only`, only contributions
    published under a name count (an anonymous one shows no name)."""
    published = Contribution.objects.filter(author=user, status=Contribution.Status.PUBLISHED)
    if named_only:
        published = published.exclude(attribution=Attribution.ANONYMOUS)
    _published_content_changed(*set(published.values_list("call_id", flat=True)))


@transaction.atomic
def contribution_list_erase_for_account(*, user, placeholder, keep_content: bool) -> None:
    """Account deletion: the person's helpful marks go with their counts; their
    contributions go too, with what hangs on them and the copies of their texts, or, when
    they chose to leave their content, move to the placeholder account, anonymous and
    without the review's notes. Documents that show them are rebuilt first."""
    for contribution_id in list(
        HelpfulMark.objects.filter(user=user).values_list("contribution_id", flat=True)
    ):
        _helpful_unmark(contribution_id=contribution_id, user=user)
    contribution_author_changed(user=user, named_only=keep_content)
    own = Contribution.objects.filter(author=user)
    if keep_content:
        own.update(
            author=placeholder,
            attribution=Attribution.ANONYMOUS,
            privacy_findings=[],
            review_message="",
        )
        return
    ids = list(own.values_list("pk", flat=True))
    texts_erased(Contribution, ids)
    targets_deleted(Contribution, ids)
    own.delete()


def _may_publish_at_once(contribution: Contribution) -> bool:
    """Only a text the automatic checks found nothing in, by an account past its
    pre-moderated first contributions (or marked trusted)."""
    from praxisdialog.moderation.selectors import user_needs_premoderation

    if contribution.privacy_findings:
        return False
    published = Contribution.objects.filter(
        author=contribution.author, status=Contribution.Status.PUBLISHED
    )
    if contribution.pk:
        published = published.exclude(pk=contribution.pk)
    return not user_needs_premoderation(
        user=contribution.author, kind="contribution", published_count=published.count()
    )


def _tell_followers_of_call(contribution: Contribution) -> None:
    from praxisdialog.notifications.models import Kind
    from praxisdialog.notifications.services import followers_of, notify

    notify(
        recipients=followers_of(contribution.call),
        kind=Kind.NEW_CONTRIBUTION,
        data={"title": contribution.title, "call": contribution.call.title},
        url=contribution.get_absolute_url(),
        exclude=[contribution.author_id],
    )
    # Every publication passes here; the concept tags follow the published text.
    from praxisdialog.insights.tasks import tag_contribution

    transaction.on_commit(lambda: tag_contribution.enqueue(contribution_id=contribution.pk))


@transaction.atomic
def contribution_withdraw(*, contribution: Contribution) -> Contribution:
    was_published = contribution.status == Contribution.Status.PUBLISHED
    contribution.status = Contribution.Status.WITHDRAWN
    contribution.save(update_fields=["status", "updated_at"])
    if was_published:
        _published_content_changed(contribution.call_id)
    return contribution


@transaction.atomic
def contribution_restore(*, contribution: Contribution) -> Contribution:
    """Takes a withdrawn contribution back as a draft. It is not shown again until its
    author sends it and it passes review like any new text; the conditional update
    makes a double click harmless."""
    changed = Contribution.objects.filter(
        pk=contribution.pk, status=Contribution.Status.WITHDRAWN
    ).update(status=Contribution.Status.DRAFT, updated_at=timezone.now())
    if not changed:
        raise ValidationError(_("Only a withdrawn contribution can be taken back."))
    contribution.refresh_from_db()
    return contribution


@transaction.atomic
def contribution_review(
    *,
    contribution: Contribution,
    reviewer,
    decision: str,
    message: str = "",
    notify_author: bool = True,
) -> ContributionReview:
    """Publishes, returns or rejects a submitted contribution and tells its author.

    The row is locked and its status checked, so two reviewers deciding at once
    cannot both win: the second is told it has already been decided."""
    locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if locked.status != Contribution.Status.SUBMITTED:
        raise ValidationError(_("This contribution has already been decided."))
    message = message.strip()
    if decision != ContributionReview.Decision.PUBLISH and not message:
        raise ValidationError({"message": [_("Please tell the author why, so they can respond.")]})
    now = timezone.now()
    if decision == ContributionReview.Decision.PUBLISH:
        locked.status = Contribution.Status.PUBLISHED
        locked.published_at = locked.published_at or now
        number = locked.versions.count() + 1
        ContributionVersion.objects.create(
            contribution=locked, number=number, snapshot=locked.as_written()
        )
    elif decision == ContributionReview.Decision.RETURN:
        locked.status = Contribution.Status.RETURNED
    elif decision == ContributionReview.Decision.REJECT:
        locked.status = Contribution.Status.REJECTED
    else:
        raise ValidationError({"decision": [_("Unknown decision.")]})
    locked.review_message = message
    locked.save(update_fields=["status", "published_at", "review_message", "updated_at"])
    review = ContributionReview.objects.create(
        contribution=locked, reviewer=reviewer, decision=decision, message=message
    )
    if decision == ContributionReview.Decision.PUBLISH:
        _tell_followers_of_call(locked)
    if notify_author:
        from praxisdialog.notifications.models import Kind
        from praxisdialog.notifications.services import notify

        from .tasks import send_review_mail

        # The site notification is stored here; its mail is the review mail below,
        # sent or not as the author chose for this kind, so nobody gets two.
        notify(
            recipients=[locked.author],
            kind=Kind.CONTRIBUTION_DECISION,
            data={"title": locked.title, "decision": decision, "reason": message},
            url=locked.get_absolute_url(),
            mail=False,
        )
        transaction.on_commit(lambda: send_review_mail.enqueue(review_id=review.pk))
    contribution.refresh_from_db()
    return review


def review_mail_send(*, review: ContributionReview) -> None:
    """Tells the author of the decision, in the author's language, when they want
    decisions by mail at once (a digest picks it up otherwise), with the one-click
    unsubscribe headers of every notification mail."""
    from praxisdialog.core.emails import send_templated_mail_once
    from praxisdialog.notifications.models import Delivery, Kind, Notification
    from praxisdialog.notifications.services import (
        delivery_for,
        unsubscribe_headers,
        unsubscribe_url,
    )

    contribution = review.contribution
    author = contribution.author
    kind = Kind.CONTRIBUTION_DECISION
    if delivery_for(user=author, kind=kind) != Delivery.IMMEDIATE:
        return
    Notification.objects.filter(
        recipient=author, kind=kind, url=contribution.get_absolute_url(), emailed_at__isnull=True
    ).update(emailed_at=timezone.now())
    send_templated_mail_once(
        key=f"contributions.review:{review.pk}",
        template=f"contributions/emails/review_{review.decision}",
        to=[author.email],
        language=author.preferred_language,
        context={
            "kind_label": kind.label,
            "review": review,
            "contribution": contribution,
            "author": author,
            "unsubscribe_url": unsubscribe_url(user=author, kind=kind),
        },
        headers=unsubscribe_headers(user=author, kind=kind),
    )


@transaction.atomic
def contribution_moderate(*, contribution: Contribution, status: str) -> Contribution:
    """A moderation decision sets the status directly (publish, hide, restore, reject);
    the moderation app logs it and tells the author."""
    locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
    first_publication = status == Contribution.Status.PUBLISHED and locked.published_at is None
    unpublished = locked.status == Contribution.Status.PUBLISHED and status != locked.status
    locked.status = status
    if status == Contribution.Status.PUBLISHED:
        locked.published_at = locked.published_at or timezone.now()
    locked.save(update_fields=["status", "published_at", "updated_at"])
    if first_publication:
        _tell_followers_of_call(locked)
    if unpublished:
        _published_content_changed(locked.call_id)
    return locked


@transaction.atomic
def contribution_hide_all_by(*, user) -> int:
    published = Contribution.objects.filter(author=user, status=Contribution.Status.PUBLISHED)
    call_ids = set(published.values_list("call_id", flat=True))
    hidden = published.update(status=Contribution.Status.REJECTED)
    _published_content_changed(*call_ids)
    return hidden


def _helpful_unmark(*, contribution_id: int, user) -> bool:
    return mark_remove(
        mark_model=HelpfulMark,
        target_model=Contribution,
        field="contribution",
        target_pk=contribution_id,
        user=user,
    )


@transaction.atomic
def helpful_toggle(*, contribution: Contribution, user) -> bool:
    """Marks the contribution helpful for this user, or takes the mark back."""
    return mark_toggle(
        mark_model=HelpfulMark,
        target_model=Contribution,
        field="contribution",
        target_pk=contribution.pk,
        user=user,
    )


@transaction.atomic
def contribution_consent_withdraw(*, contribution: Contribution) -> Contribution:
    """The author takes back consent to publication: the contribution is unpublished
    (withdrawn) at once and the consent cleared. The privacy app records when."""
    locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
    was_published = locked.status == Contribution.Status.PUBLISHED
    locked.status = Contribution.Status.WITHDRAWN
    locked.consent_at = None
    locked.consent_version = ""
    locked.save(update_fields=["status", "consent_at", "consent_version", "updated_at"])
    if was_published:
        _published_content_changed(locked.call_id)
    return locked


REDACTED = "[…]"
TEXT_FIELDS = ("title", *Contribution.DEEPER_FIELDS)


@transaction.atomic
def contribution_redact(*, contribution: Contribution, passages: list[str], note: str) -> str:
    """A moderator edits personal data out: each passage (an exact piece of the text) is
    replaced by "[…]" in the title, the answers and the deeper fields, and the note says
    so under the text. The text as it was is kept as a version and returned (as JSON),
    so a contest can put it back with `contribution_redaction_undo`."""
    passages = sorted({p.strip() for p in passages if p.strip()}, key=len, reverse=True)
    locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
    before = locked.as_written()

    def cut(text: str) -> str:
        for passage in passages:
            text = text.replace(passage, REDACTED)
        return text

    changed = False
    for name in TEXT_FIELDS:
        value = getattr(locked, name)
        if cut(value) != value:
            setattr(locked, name, cut(value)[: locked._meta.get_field(name).max_length])
            changed = True
    for answer in locked.answers.all():
        if cut(answer.text) != answer.text:
            Answer.objects.filter(pk=answer.pk).update(text=cut(answer.text))
            changed = True
    if not changed:
        raise ValidationError(
            {"redacted_text": [_("None of these passages occurs in the contribution.")]}
        )
    ContributionVersion.objects.create(
        contribution=locked, number=locked.versions.count() + 1, snapshot=before
    )
    locked.redaction_note = note[:300]
    locked.save(update_fields=[*TEXT_FIELDS, "redaction_note", "updated_at"])
    if locked.status == Contribution.Status.PUBLISHED:
        _published_content_changed(locked.call_id)
    return json.dumps(before, ensure_ascii=False)


@transaction.atomic
def contribution_redaction_undo(*, contribution: Contribution, previous: str) -> None:
    """Puts back the text a redaction replaced (a contest was upheld for the author)."""
    snapshot = json.loads(previous)
    locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
    locked.title = snapshot["title"]
    for name in Contribution.DEEPER_FIELDS:
        setattr(locked, name, snapshot.get(name, ""))
    for answer in snapshot["answers"]:
        Answer.objects.filter(contribution=locked, question_id=answer["question"]).update(
            text=answer["text"]
        )
    locked.redaction_note = ""
    locked.save(update_fields=[*TEXT_FIELDS, "redaction_note", "updated_at"])


@transaction.atomic
def contribution_facts_save(*, contribution: Contribution, author, facts: PracticeFacts):
    """The author adds or corrects the facts of their practice, in any phase of the call:
    a practice lives on after the call. A changed evidence level or link needs the
    editors to look again. A suspended account cannot change anything."""
    from praxisdialog.moderation.rules import refuse_if_suspended

    refuse_if_suspended(author)
    locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if locked.author_id != author.pk or locked.status in {
        Contribution.Status.WITHDRAWN,
        Contribution.Status.REJECTED,
    }:
        raise PermissionDenied(_("This contribution can no longer be changed."))
    errors = _check_facts(facts)
    if errors:
        raise ValidationError(errors)
    _apply_facts(locked, facts)
    return locked


@transaction.atomic
def contribution_evidence_review(
    *,
    contribution: Contribution,
    reviewer,
    evidence_level: str,
    confirmed: bool,
    long_running: bool,
    sustained: bool,
) -> Contribution:
    """The editorial team confirms or corrects the evidence level and awards the badges.
    Written to the audit log with what it was before."""
    from praxisdialog.privacy.services import audit_record

    if evidence_level and evidence_level not in EvidenceLevel.values:
        raise ValidationError({"evidence_level": [_("Please choose an evidence level.")]})
    if confirmed and not evidence_level:
        raise ValidationError(
            {"evidence_level": [_("Please choose the evidence level you confirm.")]}
        )
    locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
    names = ("evidence_level", "evidence_confirmed", "badge_long_running", "badge_sustained")
    before = {name: getattr(locked, name) for name in names}
    locked.evidence_level = evidence_level
    locked.evidence_confirmed = confirmed
    locked.badge_long_running = long_running
    locked.badge_sustained = sustained
    locked.evidence_checked_at = timezone.now()
    locked.evidence_checked_by = reviewer
    locked.save(update_fields=[*names, "evidence_checked_at", "evidence_checked_by", "updated_at"])
    audit_record(
        actor=reviewer,
        action="contributions.evidence_review",
        target=locked,
        details={"before": before, "after": {name: getattr(locked, name) for name in names}},
    )
    return locked


def contribution_practice_state_set(*, contribution_id: int, state: str, confirmed_at) -> None:
    """The practices app reports a new state of the practice (from a follow-up answer);
    a later answer wins over an earlier one, whatever order they are written in."""
    if state not in PracticeState.values:
        raise ValidationError({"state": [_("Please choose a state.")]})
    Contribution.objects.filter(pk=contribution_id).filter(
        Q(last_confirmed_at__isnull=True) | Q(last_confirmed_at__lte=confirmed_at)
    ).update(practice_state=state, last_confirmed_at=confirmed_at)


def contribution_practice_state_reset(*, contribution_id: int, state: str, confirmed_at) -> None:
    """Sets the state from scratch (after a reported update was hidden): the latest
    visible update, or none."""
    Contribution.objects.filter(pk=contribution_id).update(
        practice_state=state, last_confirmed_at=confirmed_at
    )


def contribution_adoption_count_change(*, contribution_id: int, by: int) -> None:
    """The practices app counts adoptions reported on a contribution as they appear or go."""
    if by >= 0:
        Contribution.objects.filter(pk=contribution_id).update(
            adoption_count=F("adoption_count") + by
        )
    else:
        Contribution.objects.filter(pk=contribution_id, adoption_count__gte=-by).update(
            adoption_count=F("adoption_count") + by
        )
