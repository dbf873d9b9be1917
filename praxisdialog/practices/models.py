"""What became of a practice after its publication: the follow-ups its author is asked,
the dated updates they answer, and the reports of others who adopted it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from praxisdialog.contributions.models import Contribution, PracticeState

# The months after publication at which the author is asked "what became of it?".
FOLLOW_UP_MONTHS = (6, 12)
UPDATE_TEXT_MAX_LENGTH = 600
ADOPTION_TEXT_MAX_LENGTH = 3000


class Visibility(models.TextChoices):
    """Updates and adoption reports pass the moderation checks of comments."""

    PUBLISHED = "published", _("Published")
    PENDING = "pending", _("Waiting for a moderator")
    HIDDEN = "hidden", _("Hidden")
    REJECTED = "rejected", _("Rejected")


class FollowUp(models.Model):
    """One question "what became of it?" to the author of a contribution. The unique
    (contribution, months) row is the claim: whoever creates it sends the mail, so a
    follow-up goes out once however often and however concurrently the sending runs."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="follow_ups"
    )
    months = models.PositiveSmallIntegerField(
        _("months after publication"), choices=[(m, m) for m in FOLLOW_UP_MONTHS]
    )
    created_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["contribution", "months"], name="follow_up_once"),
            models.CheckConstraint(
                condition=Q(months__in=FOLLOW_UP_MONTHS), name="follow_up_months_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contribution_id} +{self.months}"


class PracticeUpdate(models.Model):
    """A dated answer of the author: the practice still runs, changed or stopped, and why."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="practice_updates"
    )
    follow_up = models.OneToOneField(
        FollowUp, on_delete=models.SET_NULL, null=True, blank=True, related_name="update"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_updates"
    )
    state = models.CharField(
        _("state of the practice"), max_length=10, choices=PracticeState.choices
    )
    text = models.TextField(_("why"), max_length=UPDATE_TEXT_MAX_LENGTH)
    status = models.CharField(
        _("status"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLISHED
    )
    held_reasons = models.JSONField(default=list, blank=True)
    redaction_note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("update on a practice")
        verbose_name_plural = _("updates on practices")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["contribution", "status", "-created_at"], name="practice_update_list"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=PracticeState.values), name="practice_update_state_known"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution_id}: {self.state}"

    def get_absolute_url(self) -> str:
        return f"{self.contribution.get_absolute_url()}#update-{self.pk}"

    @property
    def title(self) -> str:
        return str(self.contribution)


class Adoption(models.Model):
    """ "We adopted this too": a participant tells how they took up a published practice,
    what they changed and how it went, and may link their own contribution, which then
    links back to the original."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="adoptions"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="adoptions"
    )
    own_contribution = models.ForeignKey(
        Contribution,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adopted_from",
        verbose_name=_("your own contribution"),
    )
    text = models.TextField(
        _("what you changed and how it went"), max_length=ADOPTION_TEXT_MAX_LENGTH
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLISHED
    )
    held_reasons = models.JSONField(default=list, blank=True)
    redaction_note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("adoption report")
        verbose_name_plural = _("adoption reports")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["contribution", "status", "-created_at"], name="adoption_list"),
            models.Index(fields=["own_contribution", "status"], name="adoption_backlink"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["contribution", "author"], name="adoption_once"),
            models.CheckConstraint(
                condition=Q(own_contribution__isnull=True)
                | ~Q(own_contribution=models.F("contribution")),
                name="adoption_not_of_itself",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author_id} → {self.contribution_id}"

    def get_absolute_url(self) -> str:
        return f"{self.contribution.get_absolute_url()}#adoption-{self.pk}"

    @property
    def title(self) -> str:
        return str(self.contribution)
