from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    COMMENT_REPLY = "comment_reply", _("A reply to my comment")
    COMMENT_ON_CONTRIBUTION = (
        "comment_on_contribution",
        _("A comment on my contribution or on one I follow"),
    )
    CONTRIBUTION_DECISION = (
        "contribution_decision",
        _("My contribution was published, returned or rejected"),
    )
    NEW_CONTRIBUTION = "new_contribution", _("A new contribution in a call I follow")
    MODERATION_DECISION = "moderation_decision", _("A moderation decision on my content")
    REPORT_OUTCOME = "report_outcome", _("The outcome of a report I made")
    MODERATION_QUEUE = "moderation_queue", _("New items in the moderation queue")
    PHASE_CLOSED = "phase_closed", _("A phase of a call I took part in has ended")
    RESONANCE_REACHED = "resonance_reached", _("A call has reached its resonance thresholds")
    CONTACT_REQUEST = "contact_request", _("Someone in the network asks to get in contact")
    CONTACT_ACCEPTED = "contact_accepted", _("My contact request in the network was accepted")
    NETWORK_MESSAGE = "network_message", _("A new message in one of my network conversations")


# Kinds only staff receive; participants are not offered a choice about them.
STAFF_KINDS = {Kind.MODERATION_QUEUE, Kind.RESONANCE_REACHED}


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately")
    DIGEST = "digest", _("Daily digest")
    NEVER = "never", _("Never")


DEFAULT_DELIVERY = {
    Kind.NEW_CONTRIBUTION: Delivery.DIGEST,
    Kind.MODERATION_QUEUE: Delivery.DIGEST,
}


class Notification(models.Model):
    """Something that happened for one person. Its text is composed when it is shown,
    from `kind` and `data`, so it reads in the language of whoever looks at it."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    data = models.JSONField(default=dict, blank=True)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["recipient", "-created_at"], name="notification_list"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.recipient_id}"


class Preference(models.Model):
    """How one person wants one kind of notification by e-mail; missing rows mean the
    default of DEFAULT_DELIVERY (immediately for most)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    delivery = models.CharField(_("by e-mail"), max_length=10, choices=Delivery.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.kind} = {self.delivery}"


class Follow(models.Model):
    """Someone follows a call or a contribution (the same generic target as comments)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id"], name="one_follow_per_target"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="follow_target")]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.content_type_id}:{self.object_id}"
