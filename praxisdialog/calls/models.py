from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.i18n import TranslatedText, localized


class Taxonomy(TranslatedText):
    """A term staff can edit: a German name, with versions in other languages."""

    translated_fields = ("name",)

    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    name = models.CharField(_("name (German)"), max_length=100)
    description = models.CharField(_("description"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "name")


class Role(Taxonomy):
    """Who speaks: founder, employer, trainer, newcomer…"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("role")
        verbose_name_plural = _("roles")


class Setting(Taxonomy):
    """Where it happened: start-up, Mittelstand, work team, civic initiative…"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("setting")
        verbose_name_plural = _("settings")


class Call(TranslatedText):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    # Everything inside a call (contributions, comments, themes, open data) is public
    # only while the call itself is in one of these.
    PUBLIC_STATUSES = (Status.PUBLISHED, Status.ARCHIVED)

    translated_fields = ("title", "teaser", "body", "plain_summary")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    teaser = models.TextField(_("teaser"), max_length=600)
    body = models.TextField(_("text"), help_text=_("Markdown."))
    plain_summary = models.TextField(
        _("summary in Einfache Sprache"),
        blank=True,
        help_text=_(
            "Optional. The call in plain language: short sentences, everyday words, one "
            "thought per sentence. Offered on the call page to open. Markdown."
        ),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    roles = models.ManyToManyField(Role, verbose_name=_("roles addressed"), blank=True)
    settings = models.ManyToManyField(Setting, verbose_name=_("settings addressed"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=120)
    contact_function = models.CharField(_("function"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"))
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        ordering = ["-published_at", "-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("calls:call-detail", kwargs={"slug": self.slug})

    @property
    def display_title(self) -> str:
        return localized(self, "title")

    @property
    def display_teaser(self) -> str:
        return localized(self, "teaser")

    @property
    def display_body(self) -> str:
        return localized(self, "body")

    @property
    def display_plain_summary(self) -> str:
        return localized(self, "plain_summary")


class Question(TranslatedText):
    """A guiding question of a call; a call has 1 to 6, in order."""

    MAX_PER_CALL = 6
    translated_fields = ("text", "help_text")

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    text = models.CharField(_("question"), max_length=300)
    help_text = models.CharField(_("help text"), max_length=500, blank=True)
    required = models.BooleanField(_("answer required"), default=True)

    class Meta:
        verbose_name = _("guiding question")
        verbose_name_plural = _("guiding questions")
        ordering = ["call", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "position"], name="question_position_unique")
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def display_text(self) -> str:
        return localized(self, "text")

    @property
    def display_help_text(self) -> str:
        return localized(self, "help_text")


class PhaseKind(models.TextChoices):
    COLLECT = "collect", _("Collecting experiences")
    DISCUSS = "discuss", _("Discussion")
    WORKSHOP = "workshop", _("Workshop")
    DOCUMENT = "document", _("Documentation")


class Phase(TranslatedText):
    """A step in the timeline of a call. What each kind allows is in calls/phases.py."""

    translated_fields = ("description",)

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="phases")
    kind = models.CharField(_("kind"), max_length=12, choices=PhaseKind.choices)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["call", "starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["call", "kind"], name="phase_kind_once_per_call"),
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True)
                | models.Q(ends_at__gt=models.F("starts_at")),
                name="phase_ends_after_start",
                violation_error_message=_("A phase must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.call}: {self.get_kind_display()}"

    @property
    def display_description(self) -> str:
        return localized(self, "description")
