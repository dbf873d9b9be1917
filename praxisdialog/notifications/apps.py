from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "praxisdialog.notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from praxisdialog.core.metrics import MailCount, register_mail_count

        from .selectors import emailed_count

        register_mail_count("notification", MailCount(sent=emailed_count))
