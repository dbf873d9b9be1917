from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "praxisdialog.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from allauth.mfa.signals import authenticator_added

        from .services import two_factor_activation_record

        authenticator_added.connect(
            two_factor_activation_record, dispatch_uid="accounts.two_factor_activation"
        )
