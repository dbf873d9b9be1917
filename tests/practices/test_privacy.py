"""A person's adoption reports and follow-up answers are in their data export and go
with their account, or stay anonymous when they chose to leave their content."""

import pytest

from praxisdialog.practices.models import Adoption, PracticeUpdate
from praxisdialog.practices.services import AdoptionInput, adoption_create
from praxisdialog.privacy import services
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.moderation.factories import trusted

pytestmark = pytest.mark.django_db


def _adopt(user, contribution, text="Übernommen, mit kleineren Gruppen."):
    return adoption_create(
        contribution_id=contribution.pk, author=user, data=AdoptionInput(text=text)
    )


def test_the_export_holds_reports_and_updates(call):
    user = trusted(VerifiedUserFactory())
    original = ContributionFactory(call=call)
    _adopt(user, original)
    own = ContributionFactory(call=call, author=user)
    PracticeUpdate.objects.create(contribution=own, author=user, state="running", text="Läuft.")
    data = services.data_export_collect(user=user)["practices"]
    assert [a["contribution"] for a in data["adoption_reports"]] == [original.pk]
    assert [u["text"] for u in data["practice_updates"]] == ["Läuft."]


def test_deleting_the_account_takes_the_reports_and_their_count(call):
    user = trusted(VerifiedUserFactory())
    original = ContributionFactory(call=call)
    _adopt(user, original)
    services.account_delete(user=user, keep_content=False)
    original.refresh_from_db()
    assert original.adoption_count == 0 and Adoption.objects.count() == 0


def test_kept_reports_move_to_the_placeholder_even_twice_for_one_practice(call):
    original = ContributionFactory(call=call)
    first, second = trusted(VerifiedUserFactory()), trusted(VerifiedUserFactory())
    _adopt(first, original, "Erste Meldung.")
    _adopt(second, original, "Zweite Meldung.")
    services.account_delete(user=first, keep_content=True)
    services.account_delete(user=second, keep_content=True)
    original.refresh_from_db()
    kept = Adoption.objects.get()
    assert kept.author.email == services.PLACEHOLDER_EMAIL and kept.text == "Erste Meldung."
    assert original.adoption_count == 1
