from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Region, TextLanguage
from praxisdialog.core.i18n import TranslatedText, localized


class Interest(TranslatedText):
    """Something a person can offer or seek (mentoring, a job, a language tandem…).
    Staff keep the list; a German name, with versions in other languages."""

    translated_fields = ("name",)

    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    name = models.CharField(_("name (German)"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("offer or need")
        verbose_name_plural = _("offers and needs")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "name")


class Profile(models.Model):
    """A person's entry in the network. Off until its owner switches it on; visible to
    signed-in participants, or to everyone when its owner makes it public. Never
    carries the e-mail address: that is only shared inside a conversation."""

    class Visibility(models.TextChoices):
        PARTICIPANTS = "participants", _("Signed-in participants only")
        PUBLIC = "public", _("Everyone (public)")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_profile"
    )
    is_listed = models.BooleanField(_("show my profile in the network"), default=False)
    visibility = models.CharField(
        _("who may see it"),
        max_length=12,
        choices=Visibility.choices,
        default=Visibility.PARTICIPANTS,
    )
    display_name = models.CharField(_("display name"), max_length=60)
    role = models.ForeignKey(
        Role, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("role")
    )
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    setting = models.ForeignKey(
        Setting, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("setting")
    )
    region = models.CharField(_("Land or region"), max_length=8, choices=Region.choices, blank=True)
    offers = models.ManyToManyField(
        Interest, related_name="offered_by", blank=True, verbose_name=_("what I offer")
    )
    offer_text = models.CharField(_("what I offer, in my words"), max_length=200, blank=True)
    seeks = models.ManyToManyField(
        Interest, related_name="sought_by", blank=True, verbose_name=_("what I seek")
    )
    seek_text = models.CharField(_("what I seek, in my words"), max_length=200, blank=True)
    # The language of offer_text and seek_text, recognised from them (translation app).
    language = models.CharField(_("language of the text"), max_length=8, blank=True)
    # Set by a moderation decision; the owner still sees the profile, nobody else does.
    hidden_at = models.DateTimeField(_("hidden by the moderators"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("network profile")
        verbose_name_plural = _("network profiles")
        ordering = ["display_name", "pk"]
        indexes = [
            models.Index(fields=["is_listed", "visibility", "display_name"], name="profile_dir"),
            models.Index(fields=["region"], name="profile_region"),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("network:profile-detail", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC

    @property
    def author(self):
        """The person a moderation decision on this profile concerns."""
        return self.user

    @property
    def title(self) -> str:
        return self.display_name

    @property
    def language_codes(self) -> list[str]:
        return [row.code for row in self.languages.all()]

    @property
    def language_labels(self) -> list[str]:
        return [row.get_code_display() for row in self.languages.all()]


class ProfileLanguage(models.Model):
    """A language its owner speaks; a row each, so the directory can filter on an index."""

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=8, choices=TextLanguage.choices)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["profile", "code"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "code"], name="profile_language_once"),
        ]
        indexes = [models.Index(fields=["code", "profile"], name="profile_language_code")]

    def __str__(self) -> str:
        return self.code


class ContactRequest(models.Model):
    """A first message to someone in the network. Nothing else is disclosed until the
    recipient accepts; then a conversation opens."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # The recipient reads the message while the request waits for them, and at the top
    # of the conversation once they accepted; not after a decline or withdrawal.
    READ_BY_RECIPIENT = (Status.PENDING, Status.ACCEPTED)
    MESSAGE_MAX_LENGTH = 2000

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contact_requests_sent"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="contact_requests_received",
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    # The language of the message, recognised from it (translation app).
    language = models.CharField(_("language of the text"), max_length=8, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(sender=F("recipient")), name="contact_request_not_to_self"
            ),
            # One open or accepted request per direction; the service also looks at the
            # other direction.
            models.UniqueConstraint(
                fields=["sender", "recipient"],
                condition=Q(status__in=["pending", "accepted"]),
                name="contact_request_open_once",
            ),
        ]
        indexes = [models.Index(fields=["recipient", "status"], name="contact_request_inbox")]

    def __str__(self) -> str:
        return f"{self.sender_id} → {self.recipient_id} ({self.status})"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def recipient_reads_it(self) -> bool:
        return self.status in self.READ_BY_RECIPIENT


class Conversation(models.Model):
    """Opens when a contact request is accepted. Each side decides whether the other
    may see their e-mail address."""

    request = models.OneToOneField(
        ContactRequest, on_delete=models.CASCADE, related_name="conversation"
    )
    sender_shares_email = models.BooleanField(default=False)
    recipient_shares_email = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        ordering = ["-last_message_at", "-created_at"]

    def __str__(self) -> str:
        return f"{self.request.sender} ↔ {self.request.recipient}"

    def get_absolute_url(self) -> str:
        return reverse("network:conversation-detail", kwargs={"pk": self.pk})

    def has_participant(self, user) -> bool:
        return user.is_authenticated and user.pk in (
            self.request.sender_id,
            self.request.recipient_id,
        )

    def other(self, user):
        request = self.request
        return request.recipient if user.pk == request.sender_id else request.sender

    def shares_email(self, user) -> bool:
        if user.pk == self.request.sender_id:
            return self.sender_shares_email
        return self.recipient_shares_email


class Message(models.Model):
    TEXT_MAX_LENGTH = 4000

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("message"), max_length=TEXT_MAX_LENGTH)
    language = models.CharField(_("language of the text"), max_length=8, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["conversation", "created_at", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


class Block(models.Model):
    """The blocked person can no longer contact the blocker nor see their profile."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_blocks"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_once"),
            models.CheckConstraint(condition=~Q(blocker=F("blocked")), name="block_not_self"),
        ]
        indexes = [models.Index(fields=["blocked", "blocker"], name="block_reverse")]

    def __str__(self) -> str:
        return f"{self.blocker_id} ⊘ {self.blocked_id}"
