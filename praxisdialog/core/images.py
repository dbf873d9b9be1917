"""Limits every uploaded image meets, whichever app takes it (blog images, event
documentation): an image is decoded only when its pixel count is within MAX_PIXELS
(a few kilobytes can declare tens of megapixels), and it is kept at most MAX_SIDE
pixels wide and high."""

import secrets
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PIXELS = 40_000_000
MAX_SIDE = 1600


def check_pixels(width: int, height: int) -> None:
    """Raises ValidationError when an image has more pixels than any upload may."""
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _("The image has more than 40 megapixels. Please choose a smaller one."),
            code="invalid_image",
        )


def reencode(
    data: bytes, *, formats: dict[str, str], max_side: int, quality: int, refuse
) -> ContentFile:
    """The image in `data` checked by its content (one of `formats`, {PIL format:
    extension}), within the pixel limit, turned upright, scaled to at most `max_side`
    and encoded afresh (so no EXIF, GPS position or camera serial survives), under a
    random name. Anything else raises `refuse()`, the caller's own ValidationError."""
    try:
        with Image.open(BytesIO(data)) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise refuse() from None
    if image_format not in formats:
        raise refuse()
    check_pixels(width, height)
    try:
        with Image.open(BytesIO(data)) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            output = BytesIO()
            if image_format == "JPEG":
                image.convert("RGB").save(output, "JPEG", quality=quality, optimize=True)
            elif image_format == "PNG":
                image.save(output, "PNG", optimize=True)
            else:
                image.save(output, "WEBP", quality=quality)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise refuse() from None
    return ContentFile(output.getvalue(), name=f"{secrets.token_hex(16)}.{formats[image_format]}")
