from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call, Question, Role, Setting


class Region(models.TextChoices):
    """A German Land or a country, never finer: a town can identify a person."""

    BW = "DE-BW", _("Baden-Württemberg")
    BY = "DE-BY", _("Bavaria")
    BE = "DE-BE", _("Berlin")
    BB = "DE-BB", _("Brandenburg")
    HB = "DE-HB", _("Bremen")
    HH = "DE-HH", _("Hamburg")
    HE = "DE-HE", _("Hesse")
    MV = "DE-MV", _("Mecklenburg-Western Pomerania")
    NI = "DE-NI", _("Lower Saxony")
    NW = "DE-NW", _("North Rhine-Westphalia")
    RP = "DE-RP", _("Rhineland-Palatinate")
    SL = "DE-SL", _("Saarland")
    SN = "DE-SN", _("Saxony")
    ST = "DE-ST", _("Saxony-Anhalt")
    SH = "DE-SH", _("Schleswig-Holstein")
    TH = "DE-TH", _("Thuringia")
    DE = "DE", _("Germany (several Länder)")
    AT = "AT", _("Austria")
    CH = "CH", _("Switzerland")
    EU = "EU", _("Another country in Europe")
    WORLD = "WORLD", _("A country outside Europe")


class Sector(models.TextChoices):
    CRAFTS = "crafts", _("Crafts and trades")
    INDUSTRY = "industry", _("Industry and manufacturing")
    IT = "it", _("IT and digital services")
    HEALTH = "health", _("Health and care")
    HOSPITALITY = "hospitality", _("Hospitality and tourism")
    RETAIL = "retail", _("Trade and retail")
    LOGISTICS = "logistics", _("Logistics and transport")
    CONSTRUCTION = "construction", _("Construction")
    AGRICULTURE = "agriculture", _("Agriculture and food")
    EDUCATION = "education", _("Education and training")
    SOCIAL = "social", _("Social work and civil society")
    SERVICES = "services", _("Business services")
    PUBLIC = "public", _("Public administration")
    RESEARCH = "research", _("Research and science")
    CULTURE = "culture", _("Culture and media")
    OTHER = "other", _("Other sector")


class TextLanguage(models.TextChoices):
    DE = "de", _("German")
    EN = "en", _("English")
    AR = "ar", _("Arabic")
    UK = "uk", _("Ukrainian")
    RU = "ru", _("Russian")
    FA = "fa", _("Persian")
    TR = "tr", _("Turkish")
    FR = "fr", _("French")
    ES = "es", _("Spanish")
    OTHER = "other", _("Another language")


class Attribution(models.TextChoices):
    REAL_NAME = "real_name", _("Under my real name")
    PSEUDONYM = "pseudonym", _("Under my display name")
    ANONYMOUS = "anonymous", _("Anonymously")


class ContributionQuerySet(models.QuerySet):
    def public(self) -> "ContributionQuerySet":
        """What anyone may read: published, in a call that is itself public."""
        return self.filter(
            status=Contribution.Status.PUBLISHED, call__status__in=Call.PUBLIC_STATUSES
        )


class Contribution(models.Model):
    """An experience told in answer to a call's guiding questions.

    Workflow: draft → submitted → published, returned (with a message) or rejected;
    the author may withdraw at any time. See services.py for the transitions."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        RETURNED = "returned", _("Returned for changes")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="contributions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contributions"
    )
    title = models.CharField(_("title"), max_length=160)
    role = models.ForeignKey(Role, on_delete=models.PROTECT, verbose_name=_("role"))
    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, verbose_name=_("setting"))
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    region = models.CharField(_("region"), max_length=8, choices=Region.choices, blank=True)
    language = models.CharField(
        _("language of the text"), max_length=8, choices=TextLanguage.choices, default="de"
    )
    attribution = models.CharField(
        _("published as"), max_length=12, choices=Attribution.choices, default=Attribution.PSEUDONYM
    )
    # Optional deeper fields, for those who want to tell more.
    challenge = models.TextField(_("The challenge"), blank=True, max_length=4000)
    approach = models.TextField(_("What was done"), blank=True, max_length=4000)
    results = models.TextField(_("Results"), blank=True, max_length=4000)
    lessons = models.TextField(_("What did not work"), blank=True, max_length=4000)
    transfer = models.TextField(_("What others need to adopt it"), blank=True, max_length=4000)

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    review_message = models.TextField(_("message to the author"), blank=True)
    # Shown under the text when the moderators edited personal data out of it.
    redaction_note = models.CharField(
        _("note on an edit by the moderators"), max_length=300, blank=True
    )
    privacy_findings = models.JSONField(_("possible personal data"), default=list, blank=True)
    consent_at = models.DateTimeField(_("publication consent given"), null=True, blank=True)
    consent_version = models.CharField(_("consent text version"), max_length=40, blank=True)
    helpful_count = models.PositiveIntegerField(_("marked helpful"), default=0)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-published_at", "-created_at"]
        indexes = [
            models.Index(fields=["call", "status", "-published_at"], name="contribution_listing"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("contributions:contribution-detail", kwargs={"pk": self.pk})

    @property
    def byline(self) -> str:
        """The name shown with the contribution, as its author chose. Never the e-mail."""
        if self.attribution == Attribution.ANONYMOUS:
            return str(_("Anonymous"))
        if self.attribution == Attribution.REAL_NAME and self.author.full_name:
            return self.author.full_name
        return self.author.public_name

    @property
    def has_privacy_findings(self) -> bool:
        return bool(self.privacy_findings)

    DEEPER_FIELDS = ("challenge", "approach", "results", "lessons", "transfer")

    def deeper_sections(self) -> list[tuple[str, str]]:
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.DEEPER_FIELDS
            if getattr(self, name)
        ]


class Answer(models.Model):
    ANSWER_MAX_LENGTH = 6000

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    text = models.TextField(_("answer"), max_length=ANSWER_MAX_LENGTH)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["question__position", "question_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "question"], name="one_answer_per_question"
            )
        ]

    def __str__(self) -> str:
        return self.text[:60]


class ContributionVersion(models.Model):
    """The text of a contribution as it was published, kept when its author edits it."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("earlier version")
        verbose_name_plural = _("earlier versions")
        ordering = ["contribution", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["contribution", "number"], name="version_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.contribution} v{self.number}"


class ContributionReview(models.Model):
    """A review decision: who decided what, when, and the message to the author."""

    class Decision(models.TextChoices):
        PUBLISH = "publish", _("Publish")
        RETURN = "return", _("Return for changes")
        REJECT = "reject", _("Reject")

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    message = models.TextField(_("message to the author"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()}: {self.contribution}"


class HelpfulMark(models.Model):
    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="helpful_marks"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "user"], name="one_helpful_mark_per_user"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.contribution_id}"
