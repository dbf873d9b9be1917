from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from ninja.security import HttpBearer, SessionAuth

from praxisdialog.accounts.selectors import token_waits_for_two_factor, user_get_for_api_key


def token_user(raw_key: str):
    """The user of a bearer token, or None for an unknown or revoked one. A token of an
    account that must use two-factor login but has not set it up is refused (403), as
    the browser session of that account is sent to set it up."""
    user = user_get_for_api_key(raw_key=raw_key.strip())
    if user is not None and token_waits_for_two_factor(user):
        raise PermissionDenied(
            _(
                "This account must use two-factor login. Please set it up on the website "
                "first; until then its tokens cannot be used."
            )
        )
    return user


class BearerToken(HttpBearer):
    """`Authorization: Bearer <token>` with a token from the account page."""

    def authenticate(self, request, token: str):
        user = token_user(token)
        if user is not None:
            request.user = user
        return user


def optional_user(request):
    """For reads that need no login: the bearer token's user when a valid token is given,
    else the session's (possibly anonymous) user; so a token also shows what is private
    to its owner, such as their draft contributions."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        user = token_user(header[7:])
        if user is not None:
            return user
    return request.user


# Writes accept a personal token or the browser session (with its CSRF check).
session_or_token = [BearerToken(), SessionAuth()]
