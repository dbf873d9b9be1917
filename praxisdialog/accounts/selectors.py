from django.conf import settings
from django.utils import timezone

from .models import ApiToken, User, hash_api_key


def user_get_for_api_key(*, raw_key: str) -> User | None:
    """The active user behind a bearer token, or None. Marks the token as used."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=hash_api_key(raw_key), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def user_must_use_two_factor(user) -> bool:
    """Staff and moderators read and decide what others may not: their sessions need a
    second factor whenever their account has one, and always when REQUIRE_STAFF_MFA is
    on (production; off for the demo that `make run` serves with DEBUG)."""
    from .rules import is_moderator

    return bool(user.is_authenticated and (user.is_staff or is_moderator(user)))


def user_has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_two_factor(request) -> bool:
    """Whether this session itself passed a second factor: allauth records each
    authentication step of a session (password, then "mfa" for a TOTP or recovery code),
    so a session from a password alone has no "mfa" record, whatever devices exist."""
    from allauth.account.authentication import get_authentication_records

    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def two_factor_step(request) -> str | None:
    """What a signed-in session still needs before anything else: "authenticate" when
    the account has TOTP but this session has not passed it, "activate" when the
    account must have two-factor login (REQUIRE_STAFF_MFA) and has none yet, None when
    nothing is missing."""
    user = request.user
    if not user_must_use_two_factor(user) or session_passed_two_factor(request):
        return None
    if user_has_totp(user):
        return "authenticate"
    return "activate" if settings.REQUIRE_STAFF_MFA else None


def token_waits_for_two_factor(user) -> bool:
    """A bearer token carries no second factor of its own: the tokens of accounts that
    must use two-factor login work only once TOTP is set up for the account."""
    return bool(
        settings.REQUIRE_STAFF_MFA and user_must_use_two_factor(user) and not user_has_totp(user)
    )


def api_token_list_for_user(*, user: User):
    return ApiToken.objects.filter(user=user).order_by("revoked_at", "-created_at")


def user_is_verified(user) -> bool:
    """Has the person confirmed an e-mail address? Staff created in the admin or shell
    count as verified. Memoised on the user object for the length of a request."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    cached = getattr(user, "_praxis_verified", None)
    if cached is None:
        from allauth.account.models import EmailAddress

        cached = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._praxis_verified = cached
    return cached


def user_mail_language(*, email: str) -> str:
    """The language the account with this address chose, or "" when there is none."""
    language = (
        User.objects.filter(email__iexact=email.strip())
        .values_list("preferred_language", flat=True)
        .first()
    )
    return language if language in dict(settings.LANGUAGES) else ""
