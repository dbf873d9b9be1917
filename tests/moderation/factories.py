from django.contrib.auth.models import Group

from praxisdialog.accounts.rules import MODERATOR_GROUP
from praxisdialog.moderation.models import AccountStanding
from tests.accounts.factories import VerifiedUserFactory


def moderator():
    user = VerifiedUserFactory(display_name="Moderatorin")
    group, _created = Group.objects.get_or_create(name=MODERATOR_GROUP)
    user.groups.add(group)
    return user


def trusted(user):
    AccountStanding.objects.update_or_create(user=user, defaults={"trusted": True})
    user.__dict__.pop("_praxis_standing", None)
    return user
