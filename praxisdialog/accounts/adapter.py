from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from praxisdialog.core.emails import mail_name
from praxisdialog.core.models import SiteSettings
from praxisdialog.core.ratelimit import client_ip


def user_display(user) -> str:
    """How allauth's pages and mails name a person (ACCOUNT_USER_DISPLAY). The sign-up
    mail goes to an address nobody has confirmed: the name in it is short and carries
    no link."""
    return mail_name(user.public_name, fallback=gettext("Participant"))


class _Site:
    """What allauth's mail templates read as `current_site`."""

    def __init__(self):
        self.name = SiteSettings.load().institute_name
        self.domain = urlsplit(settings.SITE_URL).netloc

    def __str__(self) -> str:
        return self.name


def on_site_url(url: str) -> str:
    """A link allauth built from the request's host, moved onto the site's own address
    (SITE_URL): a mail's links lead to the site whatever host or port the request that
    asked for the mail came to, and never to a host its sender chose."""
    parts = urlsplit(url)
    if not (parts.scheme and parts.netloc):
        return url
    site = urlsplit(settings.SITE_URL)
    path = site.path.rstrip("/") + parts.path
    return urlunsplit((site.scheme, site.netloc, path, parts.query, parts.fragment))


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up stays open; the display name is set by our SignupForm."""

    def send_mail(self, template_prefix, email, context) -> None:
        """allauth's mails (confirmation, password reset, ...) in the language the
        account chose, whatever the browser that asked for them says; to an address
        without an account, in the language of the request."""
        from .selectors import user_mail_language

        language = user_mail_language(email=email) or translation.get_language()
        # The institute's name and the site's address, not the host the request came to
        # ("Hallo von 127.0.0.1:8765!"): the same name as on every other page and mail.
        context = {"current_site": _Site(), **context}
        # Links to the site itself (confirmation, password reset, sign-up) on SITE_URL.
        context = {
            key: on_site_url(value) if key.endswith("_url") and isinstance(value, str) else value
            for key, value in context.items()
        }
        with translation.override(language or settings.LANGUAGE_CODE):
            super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject: str) -> str:
        return f"[{SiteSettings.load().institute_name}] {subject}"

    def populate_username(self, request, user) -> None:
        # There is no username: e-mail is the login.
        return None

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # Failed logins are counted per address *and* connection, not per address alone:
        # an attacker guessing passwords is slowed down, but cannot lock the owner of the
        # address out by failing on purpose from elsewhere.
        return (
            f"{super()._get_login_attempts_cache_key(request, **credentials)}:{client_ip(request)}"
        )
