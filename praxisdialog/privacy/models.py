from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DataExport(models.Model):
    """A copy of everything a person gave, built as a ZIP by a task. Only the hash of
    the download token is stored; the link works for its owner until `expires_at`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    # Set when the file is ready and the link is mailed.
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file_name = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(_("link expires"))

    class Meta:
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M} ({self.status})"

    def is_expired(self, now=None) -> bool:
        return (now or timezone.now()) >= self.expires_at


class ConsentWithdrawal(models.Model):
    """A record that a person took back a consent, and when."""

    class Kind(models.TextChoices):
        PUBLICATION = "publication", _("Publication of a contribution")
        NETWORK_PROFILE = "network_profile", _("Network profile")
        EVENT_LIST = "event_list", _("Name on an event's participant list")
        NEWSLETTER = "newsletter", _("Newsletter")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consent_withdrawals"
    )
    kind = models.CharField(_("consent"), max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), default=timezone.now)

    class Meta:
        verbose_name = _("consent withdrawal")
        verbose_name_plural = _("consent withdrawals")
        ordering = ["-withdrawn_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.object_id or ''}".strip()


class AuditEntry(models.Model):
    """One action by a staff member or moderator: who, what, when. Written only by
    services.audit_record; never changed afterwards."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    # The name at the time, so the entry still reads when the account is gone.
    actor_name = models.CharField(_("name"), max_length=120, blank=True)
    action = models.CharField(_("what"), max_length=200)
    method = models.CharField(_("method"), max_length=10, blank=True)
    path = models.CharField(_("address"), max_length=500, blank=True)
    target_type = models.CharField(_("object type"), max_length=100, blank=True)
    target_id = models.CharField(_("object id"), max_length=64, blank=True)
    target_repr = models.CharField(_("object"), max_length=200, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    status_code = models.PositiveSmallIntegerField(_("answer"), null=True, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name}: {self.action}"
