from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call, Role
from praxisdialog.contributions.models import Region
from praxisdialog.core.i18n import TranslatedText


class Subscriber(models.Model):
    """A person on the mailing list. Changes asked for on the public form wait in
    `pending_data` until the confirmation link is used, so nobody can change someone
    else's subscription by typing their address."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="de"
    )
    role = models.ForeignKey(
        Role, verbose_name=_("role"), on_delete=models.SET_NULL, null=True, blank=True
    )
    region = models.CharField(_("region"), max_length=8, choices=Region.choices, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="newsletter_subscriptions",
    )
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    # Only the SHA-256 of the confirmation token is kept: a database leak gives no links.
    token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    pending_data = models.JSONField(default=dict, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    consent_text = models.TextField(_("consent text"), blank=True)
    consent_version = models.CharField(_("consent text version"), max_length=40, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_unique_email_ci"),
        ]

    def __str__(self) -> str:
        return self.email


class Newsletter(TranslatedText):
    """A newsletter staff write in German, with versions in other languages: each
    subscriber gets the version staff wrote in their language, else its machine
    translation (labelled, when a service is configured), else German."""

    translated_fields = ("subject", "body")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("text"), help_text=_("Markdown."))
    # Segments: an empty list means "everyone".
    languages = models.JSONField(_("languages"), default=list, blank=True)
    roles = models.ManyToManyField(Role, verbose_name=_("roles"), blank=True, related_name="+")
    regions = models.JSONField(_("regions"), default=list, blank=True)
    call = models.ForeignKey(
        Call,
        verbose_name=_("participants of the call"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sending_started_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("newsletter:manage-detail", kwargs={"pk": self.pk})

    def has_version(self, language: str) -> bool:
        """Whether staff wrote this newsletter in `language` (subject and text)."""
        return bool(
            self.written_version("subject", language) and self.written_version("body", language)
        )


class Delivery(models.Model):
    """One newsletter to one subscriber. A batch claims its rows (pending -> sending,
    with its own `claim`) before sending, so a task that runs twice never sends twice."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Delivered")
        FAILED = "failed", _("Failed")

    newsletter = models.ForeignKey(Newsletter, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    claim = models.CharField(max_length=32, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter", "subscriber"], name="newsletter_one_delivery_each"
            ),
        ]
        indexes = [models.Index(fields=["newsletter", "status"], name="newsletter_delivery_status")]

    def __str__(self) -> str:
        return f"{self.newsletter_id} → {self.subscriber_id}: {self.status}"
