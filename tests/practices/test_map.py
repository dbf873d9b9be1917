"""The map of Germany by Land: practices of a call and people of the network per Land,
drawn on the server as SVG with a table that says the same, filtered by role, setting,
field of integration and evidence; each Land links to the filtered list."""

import re

import pytest
from django.urls import reverse

from praxisdialog.calls.models import Role
from praxisdialog.contributions.models import Contribution, ContributionFact
from praxisdialog.practices.germany import OUTLINES
from tests.contributions.factories import ContributionFactory
from tests.network.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def _practice(call, region: str, **fields) -> Contribution:
    fact = fields.pop("integration_field", None)
    contribution = ContributionFactory(call=call, region=region, **fields)
    if fact:
        ContributionFact.objects.create(
            contribution=contribution, kind="integration_field", value=fact
        )
    return contribution


def _row(page: str, land: str) -> list[str]:
    row = re.search(rf"<th scope=\"row\">{land}</th>(.*?)</tr>", page, re.S).group(1)
    return re.findall(r">(\d+)</a>", row)


def test_the_map_counts_practices_and_people_per_land(client, call, user):
    trained = _practice(
        call, "DE-SN", integration_field="training", evidence_level="own_monitoring"
    )
    _practice(call, "DE-SN", integration_field="language")
    _practice(call, "DE-BY", evidence_level="own_monitoring")
    _practice(call, "DE-BY", status=Contribution.Status.SUBMITTED, published_at=None)
    ProfileFactory(region="DE-SN")
    ProfileFactory(region="DE-BE", role=Role.objects.get(slug="employer"))
    ProfileFactory(region="DE-BE", is_listed=False)
    client.force_login(user)
    url = reverse("practices:map", args=[call.slug])
    page = client.get(url).content.decode()
    assert page.count('class="land"') == len(OUTLINES) == 16
    assert "<script" not in page.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert _row(page, "Sachsen") == ["2", "1"]
    assert _row(page, "Bayern") == ["1", "0"]
    assert _row(page, "Berlin") == ["0", "1"]
    list_url = reverse("contributions:contribution-list", args=[call.slug])
    assert f'href="{list_url}?region=DE-SN"' in page
    assert 'href="/network/?region=DE-BE"' in page
    # Filters narrow the practices; role and setting also narrow the people.
    filtered = client.get(url, {"integration_field": "training"}).content.decode()
    assert _row(filtered, "Sachsen") == ["1", "1"]
    land_url = f"{list_url}?region=DE-SN&integration_field=training"
    assert land_url.replace("&", "&amp;") in filtered
    # The Land's link leads to its practices.
    land_page = client.get(land_url).content.decode()
    assert trained.title in land_page
    evidence = client.get(url, {"evidence_level": "own_monitoring"}).content.decode()
    assert _row(evidence, "Bayern") == ["1", "0"] and _row(evidence, "Sachsen") == ["1", "1"]
    role = client.get(url, {"role": "employer"}).content.decode()
    assert _row(role, "Berlin") == ["0", "1"] and _row(role, "Sachsen")[1] == "0"


def test_visitors_see_only_public_profiles_on_the_map(client, call):
    ProfileFactory(region="DE-HH")
    ProfileFactory(region="DE-HH", visibility="public")
    page = client.get(reverse("practices:map", args=[call.slug])).content.decode()
    assert _row(page, "Hamburg") == ["0", "1"]


@pytest.mark.parametrize("count", [2, 20])
def test_the_map_keeps_its_query_budget(client, call, user, count, django_assert_max_num_queries):
    regions = [code for code in OUTLINES]
    for index in range(count):
        _practice(call, regions[index % 16], integration_field="training")
        ProfileFactory(region=regions[index % 16])
    client.force_login(user)
    url = reverse("practices:map", args=[call.slug])
    client.get(url)
    with django_assert_max_num_queries(15):
        response = client.get(url, {"integration_field": "training", "role": "employer"})
    assert response.status_code == 200
