"""Event documentation images are limited by their pixels, like blog images (issue:
hardening).

The attack: an image of a few kilobytes that unpacks to tens of megapixels, uploaded as
event documentation through the admin, is decoded in full in the request."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from praxisdialog.events.models import EventFile
from tests.accounts.factories import StaffFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _png(width: int, height: int) -> SimpleUploadedFile:
    output = BytesIO()
    Image.new("1", (width, height)).save(output, "PNG")  # a small file
    return SimpleUploadedFile("foto.png", output.getvalue(), content_type="image/png")


def _admin_post(client, event, upload):
    """The event's admin change form as the browser sends it, with one new file."""
    url = reverse("admin:events_event_change", args=[event.pk])
    page = client.get(url)
    data = {}
    form = page.context["adminform"].form
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        else:
            data[name] = field.widget.format_value(value) if hasattr(value, "tzinfo") else value
    for name in ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at"):
        moment = getattr(event, name, None)
        if moment is not None:
            local = moment.astimezone()
            data[f"{name}_0"] = local.strftime("%Y-%m-%d")
            data[f"{name}_1"] = local.strftime("%H:%M:%S")
    for formset in page.context["inline_admin_formsets"]:
        prefix = formset.formset.prefix
        data[f"{prefix}-TOTAL_FORMS"] = "1" if formset.formset.model is EventFile else "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
        if formset.formset.model is EventFile:
            data[f"{prefix}-0-title"] = "Foto"
            data[f"{prefix}-0-file"] = upload
    return client.post(url, data, headers={"Accept-Language": "de"})


def test_an_image_with_too_many_pixels_is_refused_in_the_admin(client):
    event = EventFactory()
    client.force_login(StaffFactory(is_superuser=True))
    response = _admin_post(client, event, _png(8000, 6000))  # 48 megapixels
    assert response.status_code == 200
    assert "Megapixel" in response.content.decode()
    assert not EventFile.objects.exists()


def test_a_large_image_is_scaled_down_like_a_blog_image(client):
    event = EventFactory()
    client.force_login(StaffFactory(is_superuser=True))
    response = _admin_post(client, event, _png(5000, 4000))  # 20 megapixels
    assert response.status_code == 302, response.content.decode()[:3000]
    stored = EventFile.objects.get()
    with Image.open(stored.file) as image:
        assert max(image.size) <= 1600
