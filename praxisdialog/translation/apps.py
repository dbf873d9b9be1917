from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "praxisdialog.translation"
    verbose_name = _("Translation")

    def ready(self):
        # Staff-written text (core.i18n) reaches its machine translations through this
        # registration, so that core imports no app.
        from praxisdialog.core.i18n import MachineTranslator, register_machine_translator

        from .backends import translation_enabled
        from .selectors import machine_versions_of
        from .services import translation_request, translation_request_many

        register_machine_translator(
            MachineTranslator(
                enabled=translation_enabled,
                request=translation_request,
                request_many=translation_request_many,
                versions_of=machine_versions_of,
            )
        )
