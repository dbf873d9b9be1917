from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from praxisdialog.blog.images import clean_image
from tests.blog.factories import jpeg_with_gps, upload


def test_a_phone_photo_is_resized_and_loses_every_metadata():
    original = jpeg_with_gps()
    assert Image.open(BytesIO(original)).getexif().get_ifd(0x8825)  # GPS is there to begin with

    cleaned = clean_image(upload(original, name="urlaub.jpg"))

    data = cleaned.read()
    stored = Image.open(BytesIO(data))
    assert stored.format == "JPEG"
    assert max(stored.size) == 1600
    assert len(stored.getexif()) == 0
    assert "exif" not in stored.info
    assert b"PhoneMaker" not in data
    assert cleaned.name.endswith(".jpg")
    assert "urlaub" not in cleaned.name


def test_exif_orientation_is_applied_before_the_metadata_goes():
    # Orientation 6: the camera was turned, the picture must be shown rotated by 90 degrees.
    cleaned = clean_image(upload(jpeg_with_gps(size=(800, 400), orientation=6)))
    assert Image.open(BytesIO(cleaned.read())).size == (400, 800)


def test_a_text_file_named_jpg_is_refused():
    with pytest.raises(ValidationError) as error:
        clean_image(upload(b"just some text, not a picture", name="foto.jpg"))
    assert error.value.messages == [
        "Diese Datei ist kein Bild, das wir verwenden können. "
        "Bitte laden Sie ein JPEG-, PNG- oder WebP-Bild hoch."
    ]


def test_a_gif_is_refused_by_its_content():
    output = BytesIO()
    Image.new("RGB", (10, 10)).save(output, "GIF")
    with pytest.raises(ValidationError):
        clean_image(upload(output.getvalue(), name="bild.png", content_type="image/png"))


def test_too_many_megapixels_are_refused():
    output = BytesIO()
    Image.new("1", (8000, 6000)).save(output, "PNG")  # 48 megapixels, a small file
    with pytest.raises(ValidationError) as error:
        clean_image(upload(output.getvalue(), name="riesig.png", content_type="image/png"))
    assert error.value.messages == [
        "Das Bild hat mehr als 40 Megapixel. Bitte wählen Sie ein kleineres."
    ]


def test_too_many_bytes_are_refused():
    big = upload(b"\xff\xd8" + b"0" * (10 * 1024 * 1024 + 1))
    with pytest.raises(ValidationError) as error:
        clean_image(big)
    assert error.value.messages == [
        "Das Bild ist größer als 10 MB. Bitte wählen Sie ein kleineres."
    ]


def test_png_and_webp_stay_in_their_format():
    for fmt, suffix in (("PNG", ".png"), ("WEBP", ".webp")):
        output = BytesIO()
        Image.new("RGBA", (50, 40), (0, 0, 255, 128)).save(output, fmt)
        cleaned = clean_image(upload(output.getvalue(), name=f"x{suffix}"))
        assert cleaned.name.endswith(suffix)
        assert Image.open(BytesIO(cleaned.read())).format == fmt
