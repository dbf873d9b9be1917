import pytest

from praxisdialog.network import demo
from praxisdialog.network.models import Profile
from tests.accounts.factories import StaffFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def test_demo_profiles_are_seeded_once(call):
    authors = VerifiedUserFactory.create_batch(5)
    for _ in range(2):
        demo.seed(
            call=call, staff=StaffFactory(), participant=VerifiedUserFactory(), authors=authors
        )
    assert Profile.objects.filter(is_listed=True).count() == len(demo.PROFILES)
    assert Profile.objects.filter(visibility="public").count() == 1
    assert all(profile.offers.exists() for profile in Profile.objects.all())
