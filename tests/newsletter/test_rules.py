import pytest
from django.contrib.auth.models import AnonymousUser, Group

from praxisdialog.accounts.rules import MODERATOR_GROUP
from tests.accounts.factories import StaffFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def _moderator():
    user = VerifiedUserFactory()
    user.groups.add(Group.objects.get_or_create(name=MODERATOR_GROUP)[0])
    return user


@pytest.mark.parametrize(
    ("make_user", "allowed"),
    [
        (AnonymousUser, False),
        (VerifiedUserFactory, False),
        (_moderator, False),  # moderators look after content, not the mailing list
        (StaffFactory, True),
    ],
)
def test_only_staff_manage_newsletters(make_user, allowed):
    assert make_user().has_perm("newsletter.manage_newsletter") is allowed
