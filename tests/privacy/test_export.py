import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from praxisdialog.privacy import services
from praxisdialog.privacy.models import DataExport

pytestmark = pytest.mark.django_db


def _request_export(client, user, commits):
    client.force_login(user)
    with commits():
        response = client.post(reverse("privacy:export-request"), follow=True)
    return response


def _link(message) -> str:
    return re.search(r"https?://\S+/account/privacy/export/\S+/", message.body).group(0)


def _unzip(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_export_is_built_mailed_and_holds_what_the_person_gave(client, rich_user, commits):
    response = _request_export(client, rich_user, commits)
    assert "Wir stellen Ihre Daten zusammen" in response.content.decode()

    export = DataExport.objects.get(user=rich_user)
    assert export.status == DataExport.Status.READY
    message = mail.outbox[-1]
    assert message.to == [rich_user.email]
    assert message.subject.endswith("Ihre Daten stehen zum Herunterladen bereit")
    link = _link(message)
    assert export.token_hash not in link  # only the hash is stored

    download = client.get(link.split("127.0.0.1:8000", 1)[-1])
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    archive = _unzip(download)
    assert sorted(archive.namelist()) == ["data.json", "index.html"]
    data = json.loads(archive.read("data.json"))
    dumped = json.dumps(data, ensure_ascii=False)

    assert data["account"]["email"] == rich_user.email
    titles = [item["title"] for item in data["contributions"]["contributions"]]
    assert titles == ["Mein Weg in die Pflege"]
    answers = data["contributions"]["contributions"][0]["answers"]
    assert answers[0]["answer"] == "Ich habe als Pflegehelferin angefangen."
    assert data["discussion"]["comments"][0]["text"] == "Sehr hilfreich!"
    assert data["events"]["registrations"][0]["event"] == "Werkstatt Integration"
    assert [m["text"] for m in data["network"]["messages"]] == ["Hallo aus Leipzig"]
    assert data["newsletter"][0]["email"] == rich_user.email
    # Nobody else's data.
    assert "Fremder Beitrag" not in dumped
    assert "Geheim vom Anderen" not in dumped

    page = archive.read("index.html").decode()
    assert "Ihre Daten bei Praxisdialog" in page
    assert "Mein Weg in die Pflege" in page
    assert "<h2>Beiträge</h2>" in page


def test_a_second_request_while_one_is_prepared_is_refused(client, user):
    client.force_login(user)
    DataExport.objects.create(user=user, expires_at=timezone.now() + timedelta(hours=1))
    response = client.post(reverse("privacy:export-request"), follow=True)
    assert "Ihre Daten werden bereits zusammengestellt" in response.content.decode()
    assert DataExport.objects.filter(user=user).count() == 1


def test_the_link_works_only_for_its_owner(client, user, other_user, commits):
    _request_export(client, user, commits)
    path = "/" + _link(mail.outbox[-1]).split("/", 3)[-1]

    client.force_login(other_user)
    assert client.get(path).status_code == 404

    client.logout()
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")

    client.force_login(user)
    assert client.get("/account/privacy/export/not-a-token/").status_code == 404
    assert client.get(path).status_code == 200


def test_an_expired_link_shows_a_clear_page_and_retention_removes_the_file(
    client, user, commits, settings
):
    _request_export(client, user, commits)
    path = "/" + _link(mail.outbox[-1]).split("/", 3)[-1]
    export = DataExport.objects.get(user=user)
    file = settings.DATA_EXPORT_DIR / export.file_name
    assert file.exists()

    later = timezone.now() + timedelta(hours=settings.DATA_EXPORT_LINK_HOURS, minutes=1)
    with time_machine.travel(later, tick=False):
        client.force_login(user)
        response = client.get(path)
        assert response.status_code == 410
        assert "Dieser Download-Link ist abgelaufen" in response.content.decode()
        assert file.exists()
        services.retention_run()
    assert not file.exists()
    export.refresh_from_db()
    assert export.status == DataExport.Status.EXPIRED
    assert client.get(path).status_code == 404  # the token is gone too


def test_the_readable_page_escapes_what_people_typed(user, call):
    from tests.contributions.factories import ContributionFactory

    ContributionFactory(author=user, call=call, title="<script>alert(1)</script>")
    export = DataExport.objects.create(user=user, expires_at=timezone.now())
    services.data_export_build(export=export)
    with zipfile.ZipFile(services.export_dir() / export.file_name) as archive:
        page = archive.read("index.html").decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_download_link_arrives_through_a_real_smtp_server(client, user, commits, smtp_server):
    _request_export(client, user, commits)
    smtp_server.wait_for(1)
    message = smtp_server.messages[0]
    assert message["To"] == user.email
    body = message.get_payload()[0].get_payload(decode=True).decode()
    assert "/account/privacy/export/" in body


def test_a_failed_build_is_marked_and_may_be_requested_again(client, user, commits, settings):
    settings.DATA_EXPORT_DIR = "/proc/not-writable"
    with pytest.raises(OSError):
        services.data_export_build(
            export=DataExport.objects.create(user=user, expires_at=timezone.now())
        )
    assert DataExport.objects.get().status == DataExport.Status.FAILED
    assert services.data_export_request(user=user).status == DataExport.Status.PENDING


def test_requests_are_rate_limited(client, user, settings):
    settings.RATE_LIMITS = {"mail": (1, 10, 3600)}
    client.force_login(user)
    client.post(reverse("privacy:export-request"))
    DataExport.objects.all().delete()
    response = client.post(reverse("privacy:export-request"), follow=True)
    assert "Bitte warten Sie" in response.content.decode()
    assert not DataExport.objects.exists()
