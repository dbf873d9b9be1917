import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call, Phase
from praxisdialog.core.storage import private_storage


class Licence(models.TextChoices):
    CC_BY = "CC-BY-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    CC0 = "CC0-1.0", _("Creative Commons Zero 1.0 (public domain)")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class ResonanceSettings(models.Model):
    """Per call: the thresholds staff set and what the public may see."""

    call = models.OneToOneField(Call, on_delete=models.CASCADE, related_name="resonance_settings")
    min_contributions = models.PositiveIntegerField(_("contributions"), default=30)
    min_contributors = models.PositiveIntegerField(_("distinct contributors"), default=20)
    min_roles = models.PositiveIntegerField(_("distinct roles"), default=4)
    min_settings = models.PositiveIntegerField(_("distinct settings"), default=4)
    min_comments = models.PositiveIntegerField(_("comments"), default=20)
    min_regions = models.PositiveIntegerField(
        _("distinct regions"), null=True, blank=True, help_text=_("Leave empty to ignore.")
    )
    min_languages = models.PositiveIntegerField(
        _("distinct languages"), null=True, blank=True, help_text=_("Leave empty to ignore.")
    )
    public_summary = models.BooleanField(_("show a public summary of the figures"), default=False)
    public_dossier = models.BooleanField(_("the dossier is public"), default=False)
    public_open_data = models.BooleanField(_("open data is public"), default=False)
    licence = models.CharField(
        _("licence of the open data"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    # Set once when staff were told that every threshold is met.
    reached_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("resonance settings")
        verbose_name_plural = _("resonance settings")

    def __str__(self) -> str:
        return str(self.call)

    @property
    def licence_url(self) -> str:
        return LICENCE_URLS.get(self.licence, "")


class ResonanceSnapshot(models.Model):
    """The figures of a call, computed by `resonance_refresh` so the dashboard reads one
    row instead of counting 100,000 contributions on every request."""

    call = models.OneToOneField(Call, on_delete=models.CASCADE, related_name="resonance_snapshot")
    data = models.JSONField(default=dict)
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("resonance figures")
        verbose_name_plural = _("resonance figures")

    def __str__(self) -> str:
        return f"{self.call} @ {self.computed_at:%Y-%m-%d %H:%M}"


class PhaseClosing(models.Model):
    """Staff ended a phase early, with a message to everyone who took part."""

    phase = models.OneToOneField(Phase, on_delete=models.CASCADE, related_name="closing")
    message = models.TextField(_("message (German)"), max_length=4000)
    # The message in other languages: {language: {"message": text}}.
    translations = models.JSONField(
        _("versions in other languages"), default=dict, blank=True, editable=False
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    closed_at = models.DateTimeField()
    # Claimed by the sending service, so a task that runs twice sends once.
    sent_at = models.DateTimeField(null=True, blank=True)
    recipient_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("phase closing")
        verbose_name_plural = _("phase closings")

    def __str__(self) -> str:
        return str(self.phase)


def dossier_path(instance, filename: str) -> str:
    # A random name in private storage: not to be found by guessing, never under /media/.
    return f"dossiers/{secrets.token_hex(16)}.pdf"


class Dossier(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Being generated")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    call = models.OneToOneField(Call, on_delete=models.CASCADE, related_name="dossier")
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(_("file"), upload_to=dossier_path, storage=private_storage, blank=True)
    requested_at = models.DateTimeField()
    generated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")

    def __str__(self) -> str:
        return f"{self.call}: {self.get_status_display()}"
