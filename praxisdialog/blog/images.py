"""Uploaded images, made safe to publish: checked by their content (not their name),
bounded in size, turned upright, scaled down and re-encoded, so that no metadata (EXIF,
GPS position, camera serial) survives, and stored under a random name."""

import secrets
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from praxisdialog.core.images import MAX_SIDE, check_pixels

MAX_BYTES = 10 * 1024 * 1024
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _refuse(message) -> ValidationError:
    return ValidationError(message, code="invalid_image")


def clean_image(upload) -> ContentFile:
    """The upload as a new, metadata-free file, or a ValidationError that says why not."""
    if upload.size > MAX_BYTES:
        raise _refuse(_("The image is larger than 10 MB. Please choose a smaller one."))
    upload.seek(0)
    data = upload.read()
    try:
        with Image.open(BytesIO(data)) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _refuse(
            _("This file is not an image we can use. Please upload a JPEG, PNG or WebP image.")
        ) from None
    if image_format not in ALLOWED_FORMATS:
        raise _refuse(
            _("This file is not an image we can use. Please upload a JPEG, PNG or WebP image.")
        )
    check_pixels(width, height)
    try:
        with Image.open(BytesIO(data)) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            output = BytesIO()
            if image_format == "JPEG":
                # A fresh encode without exif=/icc_profile= carries no metadata at all.
                image.convert("RGB").save(output, "JPEG", quality=85, optimize=True)
            elif image_format == "PNG":
                image.save(output, "PNG", optimize=True)
            else:
                image.save(output, "WEBP", quality=85)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise _refuse(
            _("This file is not an image we can use. Please upload a JPEG, PNG or WebP image.")
        ) from None
    name = f"{secrets.token_hex(16)}.{ALLOWED_FORMATS[image_format]}"
    return ContentFile(output.getvalue(), name=name)
