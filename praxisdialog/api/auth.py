from ninja.security import HttpBearer, SessionAuth

from praxisdialog.accounts.selectors import user_get_for_api_key


class BearerToken(HttpBearer):
    """`Authorization: Bearer <token>` with a token from the account page."""

    def authenticate(self, request, token: str):
        user = user_get_for_api_key(raw_key=token.strip())
        if user is not None:
            request.user = user
        return user


# Writes accept a personal token or the browser session (with its CSRF check).
session_or_token = [BearerToken(), SessionAuth()]
