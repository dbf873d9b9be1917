from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "praxisdialog.newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from praxisdialog.core.metrics import MailCount, register_mail_count

        from .models import Delivery
        from .selectors import delivery_count

        register_mail_count(
            "newsletter",
            MailCount(
                sent=lambda: delivery_count(status=Delivery.Status.SENT),
                failed=lambda: delivery_count(status=Delivery.Status.FAILED),
            ),
        )
