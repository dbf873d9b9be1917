from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ReportReason(models.TextChoices):
    ILLEGAL = "illegal", _("Illegal content")
    HATE = "hate", _("Hate or harassment")
    SPAM = "spam", _("Spam")
    PERSONAL_DATA = "personal_data", _("Personal data")
    OFF_TOPIC = "off_topic", _("Off-topic")
    OTHER = "other", _("Other")


class Ground(models.TextChoices):
    """The ground of a decision, told to the author in the statement of reasons."""

    ILLEGAL = "illegal", _("Illegal content")
    HATE = "hate", _("Hate, harassment or threats")
    SPAM = "spam", _("Spam or advertising")
    PERSONAL_DATA = "personal_data", _("Personal data of a person")
    OFF_TOPIC = "off_topic", _("Off-topic")
    RULES = "rules", _("Against the rules of this site")
    NO_VIOLATION = "no_violation", _("No violation found")


class Action(models.TextChoices):
    PUBLISH = "publish", _("Publish")
    HIDE = "hide", _("Hide")
    RESTORE = "restore", _("Restore")
    REJECT = "reject", _("Reject")
    REDACT = "redact", _("Edit out personal data")
    DISMISS = "dismiss", _("Keep as it is")
    TRUST = "trust", _("Mark account as trusted")
    SUSPEND = "suspend", _("Suspend account")
    UNSUSPEND = "unsuspend", _("Lift suspension")


class QueueEntry(models.Model):
    """One item waiting for a moderator: held back before publication, reported, or
    flagged by an automatic check. Several reports on the same item gather here: a
    partial unique constraint allows one open entry per item."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DECIDED = "decided", _("Decided")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    premoderation = models.BooleanField(_("waiting for pre-moderation"), default=False)
    flags = models.JSONField(_("automatic findings"), default=list, blank=True)
    report_count = models.PositiveIntegerField(_("reports"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("queue entry")
        verbose_name_plural = _("queue entries")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(status="open"),
                name="one_open_entry_per_item",
            )
        ]
        indexes = [models.Index(fields=["status", "-report_count"], name="queue_open")]

    def __str__(self) -> str:
        return f"{self.content_type.model} {self.object_id} ({self.status})"


class Report(models.Model):
    """A notice under Art. 16 DSA, from a person with or without an account."""

    entry = models.ForeignKey(QueueEntry, on_delete=models.CASCADE, related_name="reports")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reporter_email = models.EmailField(_("e-mail address"), blank=True)
    reporter_language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    law = models.CharField(_("law concerned"), max_length=200, blank=True)
    explanation = models.TextField(_("explanation"), max_length=4000)
    good_faith = models.BooleanField(_("given in good faith"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    outcome_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.created_at:%Y-%m-%d})"


class Decision(models.Model):
    """The log: who decided what, when, on which ground and why. Never changed."""

    entry = models.ForeignKey(
        QueueEntry, on_delete=models.SET_NULL, null=True, blank=True, related_name="decisions"
    )
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="moderation_decisions",
        help_text=_("The author or account the decision concerns."),
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(_("decision"), max_length=10, choices=Action.choices)
    ground = models.CharField(_("ground"), max_length=20, choices=Ground.choices)
    explanation = models.TextField(_("reason"), blank=True, max_length=4000)
    facts = models.TextField(_("facts considered"), blank=True, max_length=4000)
    # What a redacted text said, so that a successful contest can bring it back.
    previous_text = models.TextField(blank=True)
    # Set when this decision answers a contest of an earlier one.
    contest = models.ForeignKey(
        "Contest", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def is_contestable_action(self) -> bool:
        return self.action in {Action.HIDE, Action.REJECT, Action.REDACT, Action.SUSPEND}


class Contest(models.Model):
    """The author disagrees with a decision; allowed once, decided by someone else."""

    class Outcome(models.TextChoices):
        UPHELD = "upheld", _("Decision upheld")
        REVERSED = "reversed", _("Decision reversed")

    decision = models.OneToOneField(Decision, on_delete=models.CASCADE, related_name="contested")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("why the decision should change"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("contest")
        verbose_name_plural = _("contests")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Contest of {self.decision_id}"


class AccountStanding(models.Model):
    """Trust and suspension of an account; no row means a normal, new account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="standing"
    )
    trusted = models.BooleanField(_("trusted"), default=False)
    suspended_at = models.DateTimeField(_("suspended since"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("account standing")
        verbose_name_plural = _("account standings")

    def __str__(self) -> str:
        return f"{self.user_id}: trusted={self.trusted} suspended={bool(self.suspended_at)}"


class BlockedTerm(models.Model):
    """A word or phrase that sends a text to pre-moderation (staff keep the list)."""

    term = models.CharField(_("word or phrase"), max_length=100, unique=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("watched word")
        verbose_name_plural = _("watched words")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term
