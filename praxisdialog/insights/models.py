from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.core.i18n import TranslatedText, localized


class Concept(TranslatedText):
    """An idea of the field ("recognition of qualifications") and the words that name it.
    Its label in German, with the versions in the other languages in `translations`
    (docs/adr/0004-staff-text-in-every-language.md)."""

    translated_fields = ("name",)

    slug = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("label (German)"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    active = models.BooleanField(_("used for tagging"), default=True)

    class Meta:
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The label in the reader's language (the German where staff wrote none)."""
        return localized(self, "name")


class Term(models.Model):
    class Kind(models.TextChoices):
        WORD = "word", _("Word (any inflection)")
        PREFIX = "prefix", _("Stem (prefix, also inside compounds)")
        PHRASE = "phrase", _("Phrase")
        ABBREVIATION = "abbreviation", _("Abbreviation (as written)")

    class Language(models.TextChoices):
        DE = "de", _("German")
        EN = "en", _("English")
        AR = "ar", _("Arabic")
        UK = "uk", _("Ukrainian")

    concept = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="terms")
    text = models.CharField(_("term"), max_length=80)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.PREFIX)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.DE
    )

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["concept", "language", "text"]
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "text", "kind", "language"], name="term_unique_per_concept"
            )
        ]

    def __str__(self) -> str:
        return self.text


class ConceptTag(models.Model):
    """A concept a published contribution mentions; `words` explain why."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="concept_tags"
    )
    concept = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="tags")
    words = models.JSONField(_("matching words"), default=list)
    count = models.PositiveIntegerField(_("mentions"), default=1)

    class Meta:
        verbose_name = _("concept tag")
        verbose_name_plural = _("concept tags")
        ordering = ["-count", "concept__name"]
        constraints = [
            models.UniqueConstraint(fields=["contribution", "concept"], name="one_tag_per_concept")
        ]

    def __str__(self) -> str:
        return f"{self.concept} → {self.contribution_id}"


class ThemeRun(models.Model):
    """One clustering of a call's published contributions, with the time and settings it
    was computed with. Staff curate its themes, then publish the set."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="theme_runs")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    based_on = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    settings = models.JSONField(_("settings"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    quality = models.FloatField(_("quality (silhouette)"), null=True, blank=True)
    contribution_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("theme run")
        verbose_name_plural = _("theme runs")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.call} #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("insights:run-detail", kwargs={"pk": self.pk})


class Theme(models.Model):
    run = models.ForeignKey(ThemeRun, on_delete=models.CASCADE, related_name="themes")
    label = models.CharField(_("name"), max_length=160)
    top_terms = models.JSONField(_("top terms"), default=list)
    dominant_concepts = models.JSONField(_("dominant concepts"), default=list)
    hidden = models.BooleanField(_("hidden"), default=False)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["run", "position", "pk"]

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("insights:theme-detail", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.run.published_at is not None and not self.hidden


class ThemeAssignment(models.Model):
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="assignments")
    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="theme_assignments"
    )
    weight = models.FloatField(_("weight"), default=0.0)
    pinned = models.BooleanField(_("example of the theme"), default=False)

    class Meta:
        verbose_name = _("theme assignment")
        verbose_name_plural = _("theme assignments")
        ordering = ["-pinned", "-weight", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["theme", "contribution"], name="assignment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.contribution_id} → {self.theme_id}"
