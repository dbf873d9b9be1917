import os
import re

import pytest
from django.urls import reverse

from praxisdialog.resonance import selectors, services
from praxisdialog.resonance.models import ResonanceSettings, ResonanceSnapshot
from tests.contributions.factories import ContributionFactory
from tests.resonance.factories import ResonanceSettingsFactory

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_figures_match_hand_counts(populated):
    call = populated["call"]
    data = selectors.resonance_compute(call=call)
    assert data["totals"] == {
        "contributions": 5,
        "contributors": 4,
        "roles": 3,
        "settings": 2,
        "regions": 2,
        "languages": 3,
        "comments": 3,
        "adoptions": 0,
        "adopted": 0,
    }
    r, s = [role.pk for role in populated["roles"]], [x.pk for x in populated["settings"]]
    assert sorted(map(tuple, data["grid"])) == sorted(
        [(r[0], s[0], 2), (r[1], s[0], 1), (r[1], s[1], 1), (r[2], s[0], 1)]
    )
    assert dict(map(tuple, data["languages"])) == {"de": 3, "en": 1, "ar": 1}
    assert dict(map(tuple, data["regions"])) == {"DE-SN": 3, "DE-BY": 1}
    # Everything was published today, so the cumulative chart ends at the totals.
    assert data["daily"][-1][1:] == [5, 3]
    assert [row[1] for row in data["daily"]] == sorted(row[1] for row in data["daily"])


def test_dashboard_shows_figures_against_thresholds_and_the_verdict(client, staff, populated):
    call = populated["call"]
    ResonanceSettingsFactory(
        call=call, min_contributions=8, min_contributors=4, min_roles=3, min_comments=5
    )
    client.force_login(staff)
    response = client.get(reverse("resonance:dashboard", args=[call.slug]))
    assert response.status_code == 200
    text = _text(response)
    assert "Resonanz noch nicht erreicht" in text
    assert "Beiträge: 3 fehlen noch." in text
    assert "Kommentare: 2 fehlen noch." in text
    assert "Verschiedene Beitragende: " not in text.split("Noch fehlt:")[1].split("</ul>")[0]
    assert '<progress aria-labelledby="figure-contributions" max="8" value="5">' in text
    assert 'role="img"' in text and "<title id=" in text and "<desc id=" in text
    # The grid shows combinations nobody has spoken from yet.
    assert "haben noch keinen Beitrag" in text or "hat noch keinen Beitrag" in text
    assert ResonanceSnapshot.objects.get(call=call).data["totals"]["contributions"] == 5


def test_verdict_reached_and_staff_told_once(client, staff, populated):
    call = populated["call"]
    ResonanceSettingsFactory(call=call)
    services.resonance_refresh(call=call)
    services.resonance_refresh(call=call)
    assert staff.notifications.filter(kind="resonance_reached").count() == 1
    client.force_login(staff)
    text = _text(client.get(reverse("resonance:dashboard", args=[call.slug])))
    assert "Resonanz erreicht" in text
    assert "Alle Schwellenwerte sind erreicht." in text


def test_staff_not_told_while_a_threshold_is_missing(staff, populated):
    call = populated["call"]
    ResonanceSettingsFactory(call=call, min_languages=4)
    services.resonance_refresh(call=call)
    assert not staff.notifications.filter(kind="resonance_reached").exists()


def test_dashboard_query_count_does_not_grow_with_contributions(
    client, staff, call, django_assert_max_num_queries
):
    ContributionFactory.create_batch(2, call=call)
    client.force_login(staff)
    url = reverse("resonance:dashboard", args=[call.slug])
    client.get(url)
    with django_assert_max_num_queries(16) as small:
        client.get(url)
    ContributionFactory.create_batch(20, call=call)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200


def test_dashboard_is_for_staff_only(client, user, staff, call):
    url = reverse("resonance:dashboard", args=[call.slug])
    missing = reverse("resonance:dashboard", args=["missing"])
    assert client.get(url).status_code == 302
    client.force_login(user)
    assert client.get(url).status_code == 403
    # Permission first: whether a call exists is not told to those who may not look.
    assert client.get(missing).status_code == 403
    client.force_login(staff)
    assert client.get(missing).status_code == 404


def test_thresholds_form_saves_and_rejects_bad_input(client, staff, call):
    client.force_login(staff)
    url = reverse("resonance:settings", args=[call.slug])
    bad = client.post(url, {"min_contributions": "-3", "min_contributors": "x"})
    assert bad.status_code == 200
    assert "Bitte prüfen Sie Ihre Angaben" in bad.content.decode()
    assert not ResonanceSettings.objects.filter(call=call).exists()
    good = {
        "min_contributions": 10,
        "min_contributors": 5,
        "min_roles": 2,
        "min_settings": 2,
        "min_comments": 4,
        "min_regions": "",
        "min_languages": 2,
        "public_summary": "on",
        "licence": "CC-BY-4.0",
    }
    assert client.post(url, good).status_code == 302
    saved = ResonanceSettings.objects.get(call=call)
    assert (saved.min_contributions, saved.min_regions, saved.min_languages) == (10, None, 2)
    assert saved.public_summary and not saved.public_open_data


def test_public_summary_only_when_the_call_allows(client, user, populated):
    call = populated["call"]
    url = reverse("resonance:summary", args=[call.slug])
    assert client.get(url).status_code == 404
    ResonanceSettingsFactory(call=call, public_summary=True)
    services.resonance_refresh(call=call)
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    text = _text(response)
    assert "<h1>Wer sich beteiligt hat</h1>" in text
    assert "<dd>5</dd>" in text
    # The public summary shows figures, not thresholds nor the staff verdict.
    assert "Schwellenwert" not in text
    detail = _text(client.get(call.get_absolute_url()))
    assert reverse("resonance:summary", args=[call.slug]) in detail
    assert reverse("resonance:dashboard", args=[call.slug]) not in detail


def test_daily_command_recounts_every_published_call(populated):
    from django.core.management import call_command

    call_command("resonance_refresh", stdout=open(os.devnull, "w"))  # noqa: SIM115
    snapshot = ResonanceSnapshot.objects.get(call=populated["call"])
    assert snapshot.data["totals"]["comments"] == 3
