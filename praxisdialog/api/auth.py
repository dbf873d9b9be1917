from ninja.security import HttpBearer, SessionAuth

from praxisdialog.accounts.selectors import user_get_for_api_key


class BearerToken(HttpBearer):
    """`Authorization: Bearer <token>` with a token from the account page."""

    def authenticate(self, request, token: str):
        user = user_get_for_api_key(raw_key=token.strip())
        if user is not None:
            request.user = user
        return user


def optional_user(request):
    """For reads that need no login: the bearer token's user when a valid token is given,
    else the session's (possibly anonymous) user; so a token also shows what is private
    to its owner, such as their draft contributions."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        user = user_get_for_api_key(raw_key=header[7:].strip())
        if user is not None:
            return user
    return request.user


# Writes accept a personal token or the browser session (with its CSRF check).
session_or_token = [BearerToken(), SessionAuth()]
