import rules

from .selectors import user_is_verified


@rules.predicate
def is_verified(user) -> bool:
    return user_is_verified(user)


@rules.predicate
def is_moderator(user) -> bool:
    """Staff moderate; issue-level moderator groups extend this predicate."""
    return bool(user.is_authenticated and user.is_staff)
