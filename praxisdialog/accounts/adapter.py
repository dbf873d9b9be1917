from allauth.account.adapter import DefaultAccountAdapter

from praxisdialog.moderation.ratelimit import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up stays open; the display name is set by our SignupForm."""

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
