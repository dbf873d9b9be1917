from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "praxisdialog.core"
    verbose_name = _("Site")

    def ready(self):
        # Each app declares what people write in it in its own targets.py (core/targets.py).
        autodiscover_modules("targets")
        # ... and what it holds about a person, in its own personal.py (core/holders.py).
        autodiscover_modules("personal")
