"""Documentation files are served through the event, as downloads only."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from praxisdialog.events.models import Event, EventFile
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _file(event) -> EventFile:
    item = EventFile(event=event, title="Protokoll")
    item.file.save("b7c1.pdf", ContentFile(PDF), save=True)
    return item


def test_a_file_is_downloaded_as_an_attachment_with_safe_headers(client):
    event = EventFactory()
    item = _file(event)
    page = client.get(reverse("events:event-documentation", args=[event.pk])).content.decode()
    url = reverse("events:event-file-download", args=[event.pk, item.pk])
    assert url in page
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_files_of_another_or_a_hidden_event_are_not_found(client):
    event, other = EventFactory(), EventFactory()
    item = _file(other)
    assert (
        client.get(reverse("events:event-file-download", args=[event.pk, item.pk])).status_code
        == 404
    )
    Event.objects.filter(pk=other.pk).update(status=Event.Status.DRAFT)
    assert (
        client.get(reverse("events:event-file-download", args=[other.pk, item.pk])).status_code
        == 404
    )
