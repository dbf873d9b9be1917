"""Every app that holds personal data, in one list. A new app adds one line here with
the functions from providers.py that export and erase its data."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from . import providers


@dataclass(frozen=True)
class Provider:
    key: str  # the section in data.json
    label: str | Promise  # the heading on the readable page
    export: Callable | None = None
    erase: Callable | None = None


PROVIDERS: list[Provider] = [
    Provider("account", _("Account"), providers.account_export, providers.account_erase),
    # Before the texts: it finds the translations by their texts' authors.
    Provider("translations", _("Machine translations"), None, providers.translations_erase),
    Provider(
        "contributions",
        _("Contributions"),
        providers.contributions_export,
        providers.contributions_erase,
    ),
    Provider("discussion", _("Comments"), providers.comments_export, providers.comments_erase),
    Provider(
        "practices",
        _("Updates and adoption reports"),
        providers.practices_export,
        providers.practices_erase,
    ),
    Provider(
        "moderation",
        _("Reports and moderation"),
        providers.moderation_export,
        providers.moderation_erase,
    ),
    Provider("notifications", _("Notifications and follows"), providers.notifications_export),
    Provider("events", _("Event registrations"), providers.events_export, providers.events_erase),
    Provider("network", _("Network profile and messages"), providers.network_export),
    Provider("privacy", _("Privacy"), providers.privacy_export, providers.privacy_erase),
    # Newsletter hook: its functions are looked up at call time, so this line works
    # before and after praxisdialog.newsletter provides them.
    Provider(
        "newsletter", _("Newsletter"), providers.newsletter_export, providers.newsletter_erase
    ),
]
