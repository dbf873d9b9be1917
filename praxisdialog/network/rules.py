import rules

from praxisdialog.accounts.rules import is_moderator, is_verified
from praxisdialog.moderation.rules import is_suspended

from .models import Block, ContactRequest, Profile


def blocked_between(first, second) -> bool:
    """Has either person blocked the other?"""
    if not (first.is_authenticated and second.is_authenticated):
        return False
    return Block.objects.filter(
        blocker__in=[first.pk, second.pk], blocked__in=[first.pk, second.pk]
    ).exists()


@rules.predicate
def is_owner(user, profile: Profile) -> bool:
    return user.is_authenticated and profile.user_id == user.pk


@rules.predicate
def is_listed(user, profile: Profile) -> bool:
    return profile.is_listed


@rules.predicate
def is_hidden(user, profile: Profile) -> bool:
    return profile.hidden_at is not None


@rules.predicate
def is_public(user, profile: Profile) -> bool:
    return profile.is_public


@rules.predicate
def is_blocked_either_way(user, profile: Profile) -> bool:
    return blocked_between(user, profile.user)


@rules.predicate
def is_request_recipient(user, contact_request: ContactRequest) -> bool:
    return user.is_authenticated and contact_request.recipient_id == user.pk


# The owner always sees their profile; others only a listed one, as its owner chose,
# and never across a block or once the moderators hid it. Moderators see every listed
# profile, hidden ones too (for reports and contests).
rules.add_perm(
    "network.view_profile",
    is_owner
    | (is_listed & is_moderator)
    | (is_listed & ~is_hidden & (is_public | is_verified) & ~is_blocked_either_way),
)
rules.add_perm(
    "network.contact_profile",
    is_verified & ~is_suspended & ~is_owner & is_listed & ~is_hidden & ~is_blocked_either_way,
)
rules.add_perm("network.block_profile", is_verified & ~is_owner)
# Visitors may report a public profile too (Art. 16 DSA: notices from anyone).
rules.add_perm("network.report_profile", ~is_owner & is_listed & ~is_hidden)
# Whether the request is still open is the service's to say, with the row locked.
rules.add_perm("network.answer_contact_request", is_request_recipient)
rules.add_perm("network.view_matches", is_moderator)
