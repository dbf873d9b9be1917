from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Translation(models.Model):
    """A machine translation of one version of a text into one language.

    A version is named by `source_hash`, a digest of every piece of the text and its
    language: when the text changes the hash changes, the old row no longer matches and
    a new one is made (the old ones are removed when it is asked for). One row serves
    every reader of that language. `segments` holds the translated pieces under the
    keys the text's registry entry gives them (title, answer:<question id>, text …)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being made")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed, tried again later")

    kind = models.CharField(_("kind of text"), max_length=20)
    object_id = models.PositiveBigIntegerField()
    source_hash = models.CharField(max_length=64)
    source_language = models.CharField(_("source language"), max_length=8)
    target_language = models.CharField(_("target language"), max_length=8)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING
    )
    segments = models.JSONField(_("translated text"), default=dict, blank=True)
    engine = models.CharField(_("translation service"), max_length=40, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("machine translation")
        verbose_name_plural = _("machine translations")
        ordering = ["kind", "object_id", "target_language"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "target_language", "source_hash"],
                name="translation_once_per_version",
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "object_id", "target_language"], name="translation_of"),
            models.Index(fields=["status", "next_attempt_at"], name="translation_retry"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} {self.source_language}→{self.target_language}"

    @property
    def is_done(self) -> bool:
        return self.status == self.Status.DONE


class ReadingLanguages(models.Model):
    """The languages a person reads besides the interface language: texts in them are
    shown as written, texts in any other language translated."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reading_languages"
    )
    codes = models.JSONField(_("languages I read"), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("languages a person reads")
        verbose_name_plural = _("languages people read")

    def __str__(self) -> str:
        return ", ".join(self.codes)
