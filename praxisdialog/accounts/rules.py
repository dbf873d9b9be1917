import rules

from .selectors import user_is_verified

MODERATOR_GROUP = "Moderators"


@rules.predicate
def is_verified(user) -> bool:
    return user_is_verified(user)


@rules.predicate
def is_moderator(user) -> bool:
    """Staff, and members of the "Moderators" group (staff manage its membership in
    the admin). Memoised on the user object for the length of a request."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    cached = getattr(user, "_praxis_moderator", None)
    if cached is None:
        cached = user.groups.filter(name=MODERATOR_GROUP).exists()
        user._praxis_moderator = cached
    return cached


@rules.predicate
def is_staff(user) -> bool:
    return bool(user.is_authenticated and user.is_staff)
