"""A public dossier never keeps what its authors or the moderators took back.

The attack: an author deletes their account, withdraws consent, or a moderator hides or
redacts a contribution; anyone then downloads the call's public dossier and reads the
name and the text as they were. The dossier is withheld the moment such a change is
written and served again only once it has been rebuilt without it."""

import io
import re

import pytest
from django.urls import reverse
from pypdf import PdfReader

from praxisdialog.contributions import services as contribution_services
from praxisdialog.contributions.models import Attribution, Contribution
from praxisdialog.moderation import services as moderation
from praxisdialog.privacy import services as privacy
from praxisdialog.resonance import services
from praxisdialog.resonance.models import Dossier
from tests.resonance.factories import resonance_settings

pytestmark = pytest.mark.django_db


def _download(client, call):
    return client.get(reverse("resonance:dossier-download", args=[call.slug]))


def _text(response) -> str:
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def public_dossier(populated, django_capture_on_commit_callbacks):
    """The populated call with a public dossier that names the author of `named`."""
    call = populated["call"]
    named = populated["named"]
    named.title = "Werkstatt mit Frau Nachname, Tel. 0151 2345678"
    named.attribution = Attribution.PSEUDONYM
    named.save()
    named.author.display_name = "Erkennbare Autorin"
    named.author.save()
    resonance_settings(call, public_dossier=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.dossier_request(call=call)
    return populated


def _delete_account(named, staff):
    privacy.account_delete(user=named.author, keep_content=True)


def _delete_account_and_content(named, staff):
    privacy.account_delete(user=named.author, keep_content=False)


def _withdraw_consent(named, staff):
    privacy.consent_publication_withdraw(user=named.author, contribution=named)


def _withdraw(named, staff):
    contribution_services.contribution_withdraw(contribution=named)


def _hide(named, staff):
    entry = moderation.queue_hold(target=named, premoderation=False, flags=[])
    moderation.decision_make(
        entry=entry, moderator=staff, action="hide", ground="rules", explanation="Regeln."
    )


def _redact(named, staff):
    entry = moderation.queue_hold(target=named, premoderation=False, flags=[])
    moderation.decision_make(
        entry=entry,
        moderator=staff,
        action="redact",
        ground="personal_data",
        explanation="Telefonnummer entfernt.",
        redacted_text="Frau Nachname, Tel. 0151 2345678",
    )


def _edit(named, staff):
    contribution = Contribution.objects.get(pk=named.pk)
    answers = {answer.question_id: answer.text for answer in contribution.answers.all()}
    contribution_services.contribution_save(
        call=contribution.call,
        author=contribution.author,
        contribution=contribution,
        submit=True,
        data=contribution_services.ContributionInput(
            title="Werkstatt ohne Namen",
            role=contribution.role,
            setting=contribution.setting,
            answers=answers,
            attribution=Attribution.ANONYMOUS,
        ),
    )


def _rename(named, staff):
    from praxisdialog.accounts.services import user_update_profile

    user_update_profile(
        user=named.author,
        display_name="Neuer Name",
        full_name="",
        preferred_language="de",
    )


@pytest.mark.parametrize(
    ("change", "gone"),
    [
        (_delete_account, ["Erkennbare Autorin"]),
        (_delete_account_and_content, ["Erkennbare Autorin", "0151 2345678"]),
        (_withdraw_consent, ["Erkennbare Autorin", "0151 2345678"]),
        (_withdraw, ["Erkennbare Autorin", "0151 2345678"]),
        (_hide, ["Erkennbare Autorin", "0151 2345678"]),
        (_redact, ["0151 2345678", "Nachname"]),
        (_edit, ["Erkennbare Autorin", "0151 2345678"]),
        (_rename, ["Erkennbare Autorin"]),
    ],
)
def test_the_public_dossier_is_withheld_until_rebuilt_without_what_was_taken_back(
    client, staff, public_dossier, change, gone, django_capture_on_commit_callbacks
):
    call = public_dossier["call"]
    named = public_dossier["named"]
    before = _text(_download(client, call))
    for piece in gone:
        assert piece in before

    with django_capture_on_commit_callbacks(execute=False) as rebuild:
        change(named, staff)
    # Written, not yet rebuilt: nobody gets the old file, not even staff.
    assert _download(client, call).status_code == 404
    client.force_login(staff)
    assert _download(client, call).status_code == 404
    client.logout()

    for callback in rebuild:
        callback()
    after = _text(_download(client, call))
    assert call.title in after
    for piece in gone:
        assert piece not in after


def test_a_build_that_started_before_the_change_is_not_served(
    client, public_dossier, django_capture_on_commit_callbacks
):
    """A rebuild that read the old text and finishes after the change is thrown away."""
    call = public_dossier["call"]
    named = public_dossier["named"]
    dossier = Dossier.objects.get(call=call)
    started_for = dossier.requested_at
    with django_capture_on_commit_callbacks(execute=False):
        privacy.consent_publication_withdraw(user=named.author, contribution=named)
    services.dossier_generate(dossier=dossier, requested_at=started_for)
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.PENDING
    assert _download(client, call).status_code == 404


def test_a_change_elsewhere_leaves_the_dossier_alone(public_dossier):
    from tests.contributions.factories import ContributionFactory

    call = public_dossier["call"]
    dossier = Dossier.objects.get(call=call)
    other = ContributionFactory()
    contribution_services.contribution_withdraw(contribution=other)
    assert Dossier.objects.get(pk=dossier.pk).status == Dossier.Status.READY
