import secrets

from django.db import transaction
from django.utils import timezone

from .models import ApiToken, User, hash_api_key

TOKEN_PREFIX = "pd_"  # noqa: S105 - a visible prefix, not a secret


@transaction.atomic
def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Makes a token and returns it with its secret, which is not stored and shown once."""
    raw_key = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name[:100] or "API", prefix=raw_key[:10], key_hash=hash_api_key(raw_key)
    )
    return token, raw_key


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


@transaction.atomic
def api_tokens_revoke_all(*, user: User) -> int:
    """Closes every token of the person at once (account deletion)."""
    return user.api_tokens.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())


def user_update_profile(
    *, user: User, display_name: str, full_name: str, preferred_language: str
) -> User:
    """Saving a different language on the account page is a choice, as on the switcher;
    saving the name alone leaves the browser in charge of the pages. A changed name
    reaches documents built earlier: the dossiers that show the person's contributions
    under a name are rebuilt."""
    from praxisdialog.contributions.services import contribution_author_changed

    fields = ["display_name", "full_name"]
    # From the database: a model form has already put the new values on `user`.
    stored = (
        User.objects.filter(pk=user.pk)
        .values_list("display_name", "full_name", "preferred_language")
        .get()
    )
    user.display_name = display_name
    user.full_name = full_name
    if preferred_language != stored[2]:
        user.preferred_language = preferred_language
        user.language_chosen = True
        fields += ["preferred_language", "language_chosen"]
    user.save(update_fields=fields)
    if stored[:2] != (display_name, full_name):
        contribution_author_changed(user=user, named_only=True)
    return user


def user_set_full_name(*, user: User, full_name: str) -> User:
    """The real name, given where it is first needed (publishing under it)."""
    user.full_name = full_name.strip()[: User._meta.get_field("full_name").max_length]
    user.save(update_fields=["full_name"])
    return user


def user_set_language(*, user: User, language: str) -> None:
    """The switcher's choice: kept for the pages on every device and for the mails."""
    User.objects.filter(pk=user.pk).update(preferred_language=language, language_chosen=True)


def two_factor_activation_record(*, request, user, authenticator, **_signal) -> None:
    """Setting up TOTP means typing a code from the new device: the session that did so
    has passed its second factor. allauth records each step of a signed-in session; this
    adds the step its set-up page does not record, so the person is not asked for a
    second code at once. Connected to allauth's `authenticator_added` (apps.py)."""
    import time

    from allauth.account.authentication import (
        AUTHENTICATION_METHODS_SESSION_KEY,
        get_authentication_records,
    )
    from allauth.mfa.models import Authenticator

    if request is None or authenticator.type != Authenticator.Type.TOTP:
        return
    records = get_authentication_records(request, user)
    if not records:  # this session did not sign in as this user through allauth
        return
    step = {"method": "mfa", "at": time.time(), "id": authenticator.pk, "type": "totp"}
    request.session[AUTHENTICATION_METHODS_SESSION_KEY] = [*records, step]
