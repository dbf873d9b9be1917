"""Upload hardening of event documentation files (the form the admin inline uses)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from praxisdialog.events.admin import EventFileInline
from praxisdialog.events.forms import EventFileForm
from praxisdialog.events.models import EventFile
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Kamera AG"
    exif[ExifTags.Base.Model] = "Modell 7"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 20.0, 15.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (12.0, 22.0, 30.0)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def _form(name: str, content: bytes, content_type: str, event=None) -> EventFileForm:
    event = event or EventFactory()
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    form = EventFileForm(data={"title": "Fotoprotokoll"}, files={"file": upload})
    form.instance.event = event
    return form


def test_the_admin_inline_uses_the_checking_form():
    assert EventFileInline.form is EventFileForm


def test_a_photo_is_re_encoded_without_gps_or_camera_data():
    original = _jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(ExifTags.IFD.GPSInfo)

    form = _form("IMG_2041 Leipzig.jpg", original, "image/jpeg")
    assert form.is_valid(), form.errors
    saved = form.save()

    stored = EventFile.objects.get(pk=saved.pk)
    assert "IMG_2041" not in stored.file.name  # a random name, nothing from the uploader
    assert stored.file.name.endswith(".jpg")
    with stored.file.open("rb") as handle:
        data = handle.read()
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert image.size == (64, 48)
    exif = image.getexif()
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert ExifTags.Base.Make not in exif
    assert b"Kamera AG" not in data


def test_a_real_pdf_is_accepted_under_a_random_name():
    pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    form = _form("Protokoll.pdf", pdf, "application/pdf")
    assert form.is_valid(), form.errors
    saved = form.save()
    assert saved.file.name.endswith(".pdf")
    assert "Protokoll" not in saved.file.name


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("slides.pdf", b"#!/bin/sh\nrm -rf /\n", "application/pdf"),
        ("photo.jpg", b"<html><script>alert(1)</script></html>", "image/jpeg"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>',
            "image/svg+xml",
        ),
    ],
    ids=["script disguised as pdf", "html disguised as jpeg", "svg"],
)
def test_anything_else_is_refused_and_nothing_is_stored(name, content, content_type):
    form = _form(name, content, content_type)
    assert not form.is_valid()
    message = " ".join(form.errors["file"])
    assert "PDF" in message and "JPEG" in message
    assert not EventFile.objects.exists()


def test_a_file_over_10_mb_is_refused():
    big = b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024)
    form = _form("gross.pdf", big, "application/pdf")
    assert not form.is_valid()
    assert "10 MB" in " ".join(form.errors["file"])
    assert not EventFile.objects.exists()


def test_the_download_helper_serves_a_stored_file_as_an_attachment():
    from praxisdialog.privacy.downloads import attachment_response

    form = _form("Fotos.jpg", _jpeg_with_gps(), "image/jpeg")
    assert form.is_valid(), form.errors
    saved = form.save()
    response = attachment_response(saved.file, filename="fotoprotokoll.jpg")
    assert response["Content-Disposition"] == 'attachment; filename="fotoprotokoll.jpg"'
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8")
