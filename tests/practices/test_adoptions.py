""" "We adopted this too": reported on the page or through the API, checked like a comment,
shown on the original with a link to the adopter's own contribution, which links back;
the count feeds the most-adopted order, the API and the resonance figures."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from praxisdialog.contributions.models import Contribution
from praxisdialog.moderation.models import QueueEntry
from praxisdialog.moderation.services import decision_make
from praxisdialog.practices.models import Adoption
from praxisdialog.resonance.selectors import resonance_compute
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.moderation.factories import moderator, trusted

pytestmark = pytest.mark.django_db


def _count(contribution) -> int:
    contribution.refresh_from_db()
    return contribution.adoption_count


def _entry(adoption) -> QueueEntry:
    return QueueEntry.objects.get(
        content_type=ContentType.objects.get_for_model(Adoption), object_id=adoption.pk
    )


def test_a_participant_reports_an_adoption_and_both_contributions_link(client, call):
    original = ContributionFactory(call=call, title="Sprachpatenschaften im Betrieb")
    adopter = trusted(VerifiedUserFactory(display_name="Werkstatt Nord"))
    own = ContributionFactory(call=call, author=adopter, title="Patenschaften in der Werkstatt")
    client.force_login(adopter)
    page = client.get(original.get_absolute_url()).content.decode()
    assert "Das haben wir auch übernommen" in page
    response = client.post(
        reverse("practices:adoption-create", args=[original.pk]),
        {"text": "Wir haben es mit **Azubis** statt Gesellen gemacht.", "own_contribution": own.pk},
    )
    assert response.status_code == 302
    assert response.url.endswith("#adoptions")
    assert _count(original) == 1
    shown = client.get(original.get_absolute_url()).content.decode()
    assert "<strong>Azubis</strong>" in shown and "Werkstatt Nord" in shown
    assert own.get_absolute_url() in shown
    back = client.get(own.get_absolute_url()).content.decode()
    assert "Übernommen von" in back and original.get_absolute_url() in back
    # Reported once: the form is gone, a second report is refused.
    assert "Sie haben gemeldet" in client.get(original.get_absolute_url()).content.decode()
    again = client.post(
        reverse("practices:adoption-create", args=[original.pk]), {"text": "Nochmal."}
    )
    assert "bereits gemeldet" in again.content.decode()
    assert Adoption.objects.count() == 1
    # Most adopted first, in the list and in the API, which counts it.
    ContributionFactory(call=call, title="Neuer als alle")
    listing = client.get(
        reverse("contributions:contribution-list", args=[call.slug]), {"sort": "adopted"}
    ).content.decode()
    assert listing.index(original.title) < listing.index("Neuer als alle")
    api = client.get(f"/api/v1/calls/{call.slug}/contributions", {"sort": "adopted"}).json()
    assert api["items"][0]["id"] == original.pk and api["items"][0]["adoptions"] == 1


def test_a_new_accounts_report_waits_for_a_moderator(client, call):
    original = ContributionFactory(call=call)
    client.force_login(VerifiedUserFactory())
    client.post(reverse("practices:adoption-create", args=[original.pk]), {"text": "Klappt."})
    adoption = Adoption.objects.get()
    assert adoption.status == "pending" and adoption.held_reasons == ["new_account"]
    assert _count(original) == 0
    assert "Klappt." not in client.get(original.get_absolute_url()).content.decode()
    decision_make(entry=_entry(adoption), moderator=moderator(), action="publish")
    assert _count(original) == 1
    assert "Klappt." in client.get(original.get_absolute_url()).content.decode()
    entry = QueueEntry.objects.create(
        content_type=_entry(adoption).content_type, object_id=adoption.pk
    )
    decision_make(
        entry=entry, moderator=moderator(), action="hide", ground="spam", explanation="Werbung."
    )
    assert _count(original) == 0


def test_personal_data_holds_a_report_of_a_trusted_account(client, call):
    original = ContributionFactory(call=call)
    client.force_login(trusted(VerifiedUserFactory()))
    client.post(
        reverse("practices:adoption-create", args=[original.pk]),
        {"text": "Fragen Sie Herrn Demir unter 0171 2345678."},
    )
    adoption = Adoption.objects.get()
    assert adoption.status == "pending" and "personal_data" in adoption.held_reasons
    assert _count(original) == 0


def test_the_author_and_visitors_cannot_report(client, call):
    original = ContributionFactory(call=call)
    url = reverse("practices:adoption-create", args=[original.pk])
    response = client.post(url, {"text": "Anonym."})
    assert response.status_code == 302 and "login" in response.url
    client.force_login(original.author)
    assert client.post(url, {"text": "Mein eigenes."}).status_code == 403
    assert Adoption.objects.count() == 0


def _headers(user) -> dict:
    _token, key = api_token_create(user=user, name="t")
    return {"Authorization": f"Bearer {key}"}


def test_the_api_takes_a_report(client, call):
    original = ContributionFactory(call=call)
    adopter = trusted(VerifiedUserFactory())
    own = ContributionFactory(call=call, author=adopter)
    url = f"/api/v1/contributions/{original.pk}/adoptions"
    headers = _headers(adopter)
    response = client.post(
        url,
        {"text": "Übernommen, mit Abendterminen.", "contribution": own.pk},
        content_type="application/json",
        headers=headers,
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "published" and data["own_contribution"] == own.pk
    assert client.get(url).json()[0]["text"] == "Übernommen, mit Abendterminen."
    assert client.get(f"/api/v1/contributions/{original.pk}").json()["adoptions"] == 1
    twice = client.post(
        url, {"text": "Noch einmal."}, content_type="application/json", headers=headers
    )
    assert twice.status_code in {403, 422}


def test_the_api_refuses_what_does_not_fit(client, call):
    original = ContributionFactory(call=call)
    someone_else = ContributionFactory(call=call)
    adopter = trusted(VerifiedUserFactory())
    headers = _headers(adopter)
    url = f"/api/v1/contributions/{original.pk}/adoptions"
    foreign = client.post(
        url,
        {"text": "Mit fremdem Beitrag.", "contribution": someone_else.pk},
        content_type="application/json",
        headers=headers,
    )
    assert foreign.status_code == 422
    assert foreign.json()["detail"][0]["loc"][-1] == "contribution"
    empty = client.post(url, {"text": "  "}, content_type="application/json", headers=headers)
    assert empty.status_code == 422
    hidden = ContributionFactory(call=call, status=Contribution.Status.REJECTED)
    missing = client.post(
        f"/api/v1/contributions/{hidden.pk}/adoptions",
        {"text": "Versteckt."},
        content_type="application/json",
        headers=headers,
    )
    assert missing.status_code == 404
    own = client.post(
        f"/api/v1/contributions/{original.pk}/adoptions",
        {"text": "Selbst."},
        content_type="application/json",
        headers=_headers(original.author),
    )
    assert own.status_code == 403
    anonymous = client.post(url, {"text": "Ohne Login."}, content_type="application/json")
    assert anonymous.status_code == 401
    assert Adoption.objects.count() == 0


def test_adoptions_feed_the_resonance_figures(client, call):
    popular = ContributionFactory(call=call, title="Beliebt")
    quiet = ContributionFactory(call=call, title="Leise")
    for contribution, people in ((popular, 2), (quiet, 1)):
        for _ in range(people):
            client.force_login(trusted(VerifiedUserFactory()))
            client.post(
                reverse("practices:adoption-create", args=[contribution.pk]),
                {"text": f"Übernommen: {contribution.title} {_}"},
            )
    data = resonance_compute(call=call)
    assert data["totals"]["adoptions"] == 3 and data["totals"]["adopted"] == 2
    assert data["most_adopted"] == [[popular.pk, "Beliebt", 2], [quiet.pk, "Leise", 1]]
