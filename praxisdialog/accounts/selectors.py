from django.conf import settings
from django.utils import timezone

from .models import ApiToken, User
from .services import hash_api_key


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
