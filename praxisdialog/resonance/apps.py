from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResonanceConfig(AppConfig):
    name = "praxisdialog.resonance"
    verbose_name = _("Resonance")
