from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call, Question, Role, Setting
from praxisdialog.core.dates import add_months


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


class Continuation(models.TextChoices):
    """Whether the practice still runs; "ended" and "regular service" carry an end date."""

    ONGOING = "ongoing", _("Still running")
    ENDED = "ended", _("Ended")
    REGULAR_SERVICE = "regular_service", _("Became a regular service")


class Reach(models.TextChoices):
    """People reached, in bands: exact numbers are rarely known and can identify."""

    UNDER_10 = "under_10", _("Fewer than 10 people")
    FROM_10 = "10_49", _("10 to 49 people")
    FROM_50 = "50_249", _("50 to 249 people")
    FROM_250 = "250_999", _("250 to 999 people")
    FROM_1000 = "1000_plus", _("1,000 people or more")


class Effort(models.TextChoices):
    UNDER_1 = "under_1", _("Less than one person-month")
    FROM_1 = "1_6", _("1 to 6 person-months")
    FROM_6 = "6_24", _("6 to 24 person-months")
    OVER_24 = "over_24", _("More than 24 person-months")


class Cost(models.TextChoices):
    NONE = "none", _("No extra cost")
    UNDER_5K = "under_5k", _("Less than €5,000")
    FROM_5K = "5k_50k", _("€5,000 to €50,000")
    FROM_50K = "50k_250k", _("€50,000 to €250,000")
    OVER_250K = "over_250k", _("More than €250,000")


class EvidenceLevel(models.TextChoices):
    """How well the results are known, from a story to a research study. The author
    chooses; the editorial team confirms or corrects."""

    ANECDOTE = "anecdote", _("Anecdote")
    OWN_MONITORING = "own_monitoring", _("Own monitoring")
    DOCUMENTED_RESULTS = "documented_results", _("Documented results")
    EXTERNAL_EVALUATION = "external_evaluation", _("External evaluation")
    RESEARCH_STUDY = "research_study", _("Research study")


class PracticeState(models.TextChoices):
    """What became of a practice, as its author last said in a follow-up."""

    RUNNING = "running", _("Still running")
    CHANGED = "changed", _("Running, but changed")
    STOPPED = "stopped", _("Stopped")


class Partner(models.TextChoices):
    JOB_CENTRE = "job_centre", _("Job centre or employment agency")
    CHAMBER = "chamber", _("Chamber of commerce or crafts")
    MIGRANT_ORGANISATION = "migrant_organisation", _("Migrant organisation")
    SCHOOL = "school", _("School or vocational school")
    EMPLOYER_ASSOCIATION = "employer_association", _("Employer association")
    OTHER = "other", _("Other partner")


class Funding(models.TextChoices):
    OWN_MEANS = "own_means", _("Own means")
    ESF = "esf", _("European Social Fund (ESF)")
    AMIF = "amif", _("Asylum, Migration and Integration Fund (AMIF)")
    FOUNDATION = "foundation", _("A foundation")
    PUBLIC_PROGRAMME = "public_programme", _("A public programme")
    NONE = "none", _("No funding")


class InnovationType(models.TextChoices):
    PRODUCT_SERVICE = "product_service", _("Product or service")
    PROCESS = "process", _("Process")
    NEW_MARKET = "new_market", _("New market")
    ORGANISATION = "organisation", _("Organisation")
    LANGUAGE_INTERCULTURAL = "language_intercultural", _("Language and intercultural competence")
    SOCIAL = "social", _("Social innovation")


class IntegrationField(models.TextChoices):
    TRAINING = "training", _("Training")
    EMPLOYMENT = "employment", _("Employment")
    ENTREPRENEURSHIP = "entrepreneurship", _("Entrepreneurship")
    RECOGNITION = "recognition", _("Recognition of qualifications")
    LANGUAGE = "language", _("Language")
    MENTORING = "mentoring", _("Mentoring")
    EVERYDAY_LIFE = "everyday_life", _("Everyday life")


# The badges of the editorial team: name -> (label, what it means). The help page and
# every badge's tooltip read the meaning from here.
BADGES = {
    "checked": (
        _("Checked by the editorial team"),
        _(
            "The editorial team has looked at the evidence for this practice and confirmed "
            "its evidence level."
        ),
    ),
    "long_running": (
        _("Running for more than a year"),
        _("The practice has been running for more than twelve months."),
    ),
    "sustained": (
        _("Continued after its funding ended"),
        _(
            "The practice went on when its project funding ran out, for example as a "
            "regular service or from the organisation's own means."
        ),
    ),
}

# The facts that can hold several values, each kept as a row of ContributionFact.
FACT_KINDS = {
    "partner": Partner,
    "funding": Funding,
    "innovation_type": InnovationType,
    "integration_field": IntegrationField,
}
FIRST_YEAR = 1950
LAST_YEAR = 2100
# A practice whose author has not confirmed it for this long is shown as of unknown state.
STATE_UNKNOWN_AFTER_MONTHS = 18


def state_unknown_cutoff():
    """Confirmed (or published) before this moment means: state unknown."""
    return add_months(timezone.now(), -STATE_UNKNOWN_AFTER_MONTHS)


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

    # Facts of the practice, all optional and asked after the story (see FACT_KINDS for
    # those with several values).
    started_month = models.PositiveSmallIntegerField(_("started (month)"), null=True, blank=True)
    started_year = models.PositiveSmallIntegerField(_("started (year)"), null=True, blank=True)
    continuation = models.CharField(
        _("still running?"), max_length=16, choices=Continuation.choices, blank=True
    )
    ended_month = models.PositiveSmallIntegerField(_("ended (month)"), null=True, blank=True)
    ended_year = models.PositiveSmallIntegerField(_("ended (year)"), null=True, blank=True)
    reach = models.CharField(_("people reached"), max_length=10, choices=Reach.choices, blank=True)
    effort = models.CharField(_("effort"), max_length=10, choices=Effort.choices, blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, blank=True)
    evidence_level = models.CharField(
        _("evidence"), max_length=20, choices=EvidenceLevel.choices, blank=True, db_index=True
    )
    evidence_url = models.URLField(_("link to the evidence"), max_length=500, blank=True)
    # Set by the editorial team: the evidence level is checked (the "checked" badge),
    # and the two badges of a lasting practice.
    evidence_confirmed = models.BooleanField(_("evidence checked by the editors"), default=False)
    evidence_checked_at = models.DateTimeField(null=True, blank=True)
    evidence_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    badge_long_running = models.BooleanField(_("running for more than a year"), default=False)
    badge_sustained = models.BooleanField(_("continued after its funding ended"), default=False)
    # Kept by the practices app through services: the state its author last reported,
    # when they last confirmed it, and how many others adopted it.
    practice_state = models.CharField(
        _("state of the practice"), max_length=10, choices=PracticeState.choices, blank=True
    )
    last_confirmed_at = models.DateTimeField(_("last confirmed"), null=True, blank=True)
    adoption_count = models.PositiveIntegerField(_("adopted by others"), default=0)

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
            models.Index(
                fields=["call", "status", "-adoption_count", "-published_at"],
                name="contribution_adopted",
            ),
            # The "most helpful" order, alone and under a role filter (which the list's
            # count then reads from the index alone).
            models.Index(
                fields=["call", "status", "-helpful_count", "-published_at"],
                name="contribution_helpful",
            ),
            models.Index(
                fields=["call", "status", "role", "-helpful_count", "-published_at"],
                name="contribution_role_helpful",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(started_month__isnull=True)
                | Q(started_month__gte=1, started_month__lte=12),
                name="contribution_started_month",
            ),
            models.CheckConstraint(
                condition=Q(ended_month__isnull=True) | Q(ended_month__gte=1, ended_month__lte=12),
                name="contribution_ended_month",
            ),
            models.CheckConstraint(
                condition=Q(started_year__isnull=True)
                | Q(started_year__gte=FIRST_YEAR, started_year__lte=LAST_YEAR),
                name="contribution_started_year",
            ),
            models.CheckConstraint(
                condition=Q(ended_year__isnull=True)
                | Q(ended_year__gte=FIRST_YEAR, ended_year__lte=LAST_YEAR),
                name="contribution_ended_year",
            ),
            # A month needs its year; an end needs an ending; an end is not before the start.
            models.CheckConstraint(
                condition=Q(started_month__isnull=True) | Q(started_year__isnull=False),
                name="contribution_started_month_has_year",
            ),
            models.CheckConstraint(
                condition=Q(ended_month__isnull=True) | Q(ended_year__isnull=False),
                name="contribution_ended_month_has_year",
            ),
            models.CheckConstraint(
                condition=Q(ended_year__isnull=True)
                | Q(continuation__in=[Continuation.ENDED, Continuation.REGULAR_SERVICE]),
                name="contribution_end_needs_ending",
            ),
            models.CheckConstraint(
                condition=Q(ended_year__isnull=True)
                | Q(started_year__isnull=True)
                | Q(ended_year__gte=models.F("started_year")),
                name="contribution_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(evidence_level="") | Q(evidence_level__in=EvidenceLevel.values),
                name="contribution_evidence_level_known",
            ),
            models.CheckConstraint(
                condition=Q(evidence_confirmed=False) | ~Q(evidence_level=""),
                name="contribution_confirmed_evidence_has_level",
            ),
            models.CheckConstraint(
                condition=Q(practice_state="") | Q(practice_state__in=PracticeState.values),
                name="contribution_practice_state_known",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("contributions:contribution-detail", kwargs={"pk": self.pk})

    @property
    def has_facts(self) -> bool:
        return bool(
            self.started_year
            or self.continuation
            or self.reach
            or self.effort
            or self.cost
            or self.evidence_level
            or self.facts.all()
        )

    def fact_labels(self, kind: str) -> list[str]:
        """The labels of one kind of fact with several values (uses the prefetched rows)."""
        choices = FACT_KINDS[kind]
        return [str(choices(fact.value).label) for fact in self.facts.all() if fact.kind == kind]

    def fact_values(self, kind: str) -> list[str]:
        return [fact.value for fact in self.facts.all() if fact.kind == kind]

    @property
    def confirmed_at(self):
        """When the state of the practice was last known: its last confirmation by its
        author, or its publication."""
        return self.last_confirmed_at or self.published_at

    @property
    def state_unknown(self) -> bool:
        confirmed = self.confirmed_at
        return confirmed is not None and confirmed < state_unknown_cutoff()

    @property
    def badges(self) -> list[str]:
        """The badges of the editorial team, in the order the help page explains them."""
        return [
            name
            for name, awarded in (
                ("checked", self.evidence_confirmed),
                ("long_running", self.badge_long_running),
                ("sustained", self.badge_sustained),
            )
            if awarded
        ]

    @property
    def is_anonymous(self) -> bool:
        return self.attribution == Attribution.ANONYMOUS

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

    def as_written(self) -> dict:
        """What the author wrote and chose, as plain data: stored as the snapshot of each
        published version and the same fields of the API's answer (uses the prefetched
        answers, role and setting)."""
        return {
            "title": self.title,
            "role": self.role.slug,
            "setting": self.setting.slug,
            "sector": self.sector,
            "region": self.region,
            "language": self.language,
            "attribution": self.attribution,
            "answers": [
                {"question": answer.question_id, "text": answer.text}
                for answer in self.answers.all()
            ],
            **{name: getattr(self, name) for name in self.DEEPER_FIELDS},
        }

    def deeper_sections_named(self) -> list[tuple[str, str, str]]:
        """The deeper fields written: (field name, label, text)."""
        return [
            (name, self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.DEEPER_FIELDS
            if getattr(self, name)
        ]

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


class ContributionFact(models.Model):
    """One value of a fact with several values (a partner, a source of funding, a type of
    innovation, a field of integration): a row each, so the list filters on an index."""

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="facts")
    kind = models.CharField(max_length=20, choices=[(k, k) for k in FACT_KINDS])
    value = models.CharField(max_length=30)

    class Meta:
        verbose_name = _("fact of a practice")
        verbose_name_plural = _("facts of practices")
        ordering = ["contribution", "kind", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "kind", "value"], name="contribution_fact_once"
            ),
            models.CheckConstraint(
                condition=Q(
                    *[
                        Q(kind=kind, value__in=choices.values)
                        for kind, choices in FACT_KINDS.items()
                    ],
                    _connector=Q.OR,
                ),
                name="contribution_fact_known",
            ),
        ]
        indexes = [models.Index(fields=["kind", "value", "contribution"], name="contribution_fact")]

    def __str__(self) -> str:
        return f"{self.kind}={self.value}"
