from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call
from praxisdialog.core.i18n import TranslatedText, localized


class Event(TranslatedText):
    """A workshop or meeting with registration. Times are stored in UTC and shown
    in Europe/Berlin. Registration rules (capacity, waiting list) are in services.py."""

    class Format(models.TextChoices):
        ON_SITE = "on_site", _("On site")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CANCELLED = "cancelled", _("Cancelled")

    call = models.ForeignKey(
        Call,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("call"),
        help_text=_("The call whose workshop phase this event belongs to, if any."),
    )
    translated_fields = ("title", "description", "accessibility_notes")

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.ON_SITE
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.TextField(_("address"), blank=True, max_length=500)
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    accessibility_notes = models.TextField(
        _("more about accessibility"), blank=True, max_length=1000
    )
    online_link = models.URLField(
        _("online link"), blank=True, help_text=_("Shown only to confirmed participants.")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("seats"))
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration closes when the event starts."),
    )
    waitlist_enabled = models.BooleanField(_("waiting list"), default=True)
    languages = models.CharField(
        _("languages spoken"), max_length=200, blank=True, help_text=_("For example: German")
    )
    interpretation = models.CharField(
        _("interpretation offered"),
        max_length=200,
        blank=True,
        help_text=_("For example: English, Arabic, German Sign Language"),
    )
    # Bumped on every change participants should hear about; the SEQUENCE of the .ics.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # Hands out the order of registrations, under the lock of this row.
    queue_counter = models.PositiveIntegerField(default=0, editable=False)
    documentation = models.TextField(
        _("documentation"), blank=True, help_text=_("Markdown: notes and results of the event.")
    )
    documented_contributions = models.ManyToManyField(
        "contributions.Contribution",
        blank=True,
        related_name="events_documented",
        verbose_name=_("contributions used"),
    )
    feedback_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("An event must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(capacity__gt=0),
                name="event_capacity_positive",
                violation_error_message=_("An event needs at least one seat."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:event-detail", kwargs={"pk": self.pk})

    @property
    def display_title(self) -> str:
        return localized(self, "title")

    @property
    def display_description(self) -> str:
        return localized(self, "description")

    @property
    def display_accessibility_notes(self) -> str:
        return localized(self, "accessibility_notes")

    @property
    def is_online(self) -> bool:
        return self.format in {self.Format.ONLINE, self.Format.HYBRID}

    @property
    def has_venue(self) -> bool:
        return self.format in {self.Format.ON_SITE, self.Format.HYBRID}

    @property
    def is_past(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def registration_closes(self):
        return self.registration_closes_at or self.starts_at

    def registration_is_open(self, now=None) -> bool:
        """Open between the event's own registration dates, and, for the workshop of a
        call, only while the call's phase allows registering (calls/phases.py)."""
        from praxisdialog.calls.phases import REGISTER, phase_allows

        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and (self.registration_opens_at is None or self.registration_opens_at <= now)
            and now < self.registration_closes
            and (self.call_id is None or phase_allows(self.call, REGISTER, now))
        )

    def accessibility_features(self) -> list[str]:
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in ("step_free_access", "hearing_loop", "accessible_toilet")
            if getattr(self, name)
        ]


ACTIVE_STATUSES = ("pending", "confirmed", "waitlisted")
SEAT_STATUSES = ("pending", "confirmed")


class Registration(models.Model):
    """One person's place at an event: a seat (confirmed; pending while a guest has
    not yet confirmed their address) or a place on the waiting list.

    `queue_number` is handed out in order under the event's row lock; the waiting
    list is served in that order (organisers may move people)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for e-mail confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")
        EXPIRED = "expired", _("Expired")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="event_registrations",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=8, default="de")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, db_index=True)
    queue_number = models.PositiveIntegerField(_("order"))
    token = models.CharField(max_length=64, unique=True, editable=False)
    email_confirmed_at = models.DateTimeField(null=True, blank=True)
    hold_expires_at = models.DateTimeField(null=True, blank=True)

    # Optional answers. The first three are sensitive: organisers only, deleted
    # 30 days after the event (services.sensitive_answers_purge).
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=1000)
    interpretation_language = models.CharField(_("interpretation into"), max_length=100, blank=True)
    dietary_needs = models.TextField(_("dietary needs"), blank=True, max_length=500)
    list_consent = models.BooleanField(_("may appear on the participant list"), default=False)
    answers_deleted_at = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    attended_at = models.DateTimeField(_("attended"), null=True, blank=True)
    reminded_2d_at = models.DateTimeField(null=True, blank=True)
    reminded_2h_at = models.DateTimeField(null=True, blank=True)
    feedback_requested_at = models.DateTimeField(null=True, blank=True)

    SENSITIVE_FIELDS = ("accessibility_needs", "interpretation_language", "dietary_needs")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "queue_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(user__isnull=False, status__in=ACTIVE_STATUSES),
                name="registration_one_active_per_user",
                violation_error_message=_("You are already registered for this event."),
            ),
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=ACTIVE_STATUSES),
                name="registration_one_active_per_email",
                violation_error_message=_("This address is already registered for this event."),
            ),
            models.UniqueConstraint(
                fields=["event", "queue_number"], name="registration_queue_number_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status", "queue_number"], name="registration_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.name} → {self.event}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def has_seat(self) -> bool:
        return self.status == self.Status.CONFIRMED

    def get_manage_url(self) -> str:
        return reverse("events:registration-manage", kwargs={"token": self.token})


class AgendaSlot(models.Model):
    """A time slot of an event's agenda, linked to the contributions it builds on."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda_slots")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    # Themes do not exist yet; their title is kept as text until they do.
    theme_title = models.CharField(_("theme"), max_length=200, blank=True, null=True)
    contributions = models.ManyToManyField(
        "contributions.Contribution",
        blank=True,
        related_name="agenda_slots",
        verbose_name=_("contributions"),
    )

    class Meta:
        verbose_name = _("agenda slot")
        verbose_name_plural = _("agenda")
        ordering = ["event", "starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="agenda_slot_ends_after_start",
                violation_error_message=_("A slot must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class EventFile(models.Model):
    """A file of the documentation: slides, a photo protocol, a summary."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="files")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="events/%Y/")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("documentation file")
        verbose_name_plural = _("documentation files")
        ordering = ["event", "title"]

    def __str__(self) -> str:
        return self.title


class Feedback(models.Model):
    """What an attendee thought of the event: one per registration."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="feedback"
    )
    rating = models.PositiveSmallIntegerField(_("rating"))
    liked = models.TextField(_("What was most useful to you?"), blank=True, max_length=2000)
    improve = models.TextField(_("What should we do differently?"), blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5),
                name="feedback_rating_1_to_5",
                violation_error_message=_("The rating goes from 1 to 5."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating} · {self.registration}"
