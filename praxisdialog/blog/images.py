"""Uploaded images, made safe to publish: checked by their content (not their name),
bounded in size, turned upright, scaled down and re-encoded, so that no metadata (EXIF,
GPS position, camera serial) survives, and stored under a random name."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.images import MAX_SIDE, reencode

MAX_BYTES = 10 * 1024 * 1024
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _refuse(message) -> ValidationError:
    return ValidationError(message, code="invalid_image")


def clean_image(upload) -> ContentFile:
    """The upload as a new, metadata-free file, or a ValidationError that says why not."""
    if upload.size > MAX_BYTES:
        raise _refuse(_("The image is larger than 10 MB. Please choose a smaller one."))
    upload.seek(0)
    return reencode(
        upload.read(),
        formats=ALLOWED_FORMATS,
        max_side=MAX_SIDE,
        quality=85,
        refuse=lambda: _refuse(
            _("This file is not an image we can use. Please upload a JPEG, PNG or WebP image.")
        ),
    )
