from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsoleConfig(AppConfig):
    name = "praxisdialog.console"
    verbose_name = _("Staff console")

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the permission)
