"""The site's own look, set by staff in the site settings: a logo and two colours.

Colours are checked for contrast with white text (WCAG 2.2 AA, 4.5:1 for normal text),
because buttons and the marked step carry white text on them. The logo is checked by its
content, bounded in size and re-encoded, like every uploaded image."""

import re

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from .images import reencode

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MIN_CONTRAST = 4.5
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_SIDE = 800
LOGO_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}


def _channel(value: int) -> float:
    value = value / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_with_white(colour: str) -> float:
    return 1.05 / (relative_luminance(colour) + 0.05)


def darker(colour: str, share: float = 0.3) -> str:
    """The colour mixed with `share` black: for hover states."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(value * (1 - share)):02x}" for value in channels)


def validate_colour(value: str) -> None:
    """A colour written #rrggbb on which white text is readable."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Please give the colour as # and six hexadecimal digits, for example #0b5cad."),
            code="invalid_colour",
        )
    ratio = contrast_with_white(value)
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _(
                "White text on this colour has a contrast of only %(ratio)s:1; at least "
                "4.5:1 is needed to be readable. Please choose a darker colour."
            ),
            code="low_contrast",
            params={"ratio": number_format(ratio, decimal_pos=1)},
        )


def _refuse() -> ValidationError:
    return ValidationError(
        _("This file is not a logo we can use. Please upload a PNG, JPEG or WebP image."),
        code="invalid_image",
    )


def clean_logo(upload) -> ContentFile:
    """The uploaded logo as a new file without metadata, at most LOGO_MAX_SIDE pixels
    wide and high, under a random name; or a ValidationError that says why not."""
    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is larger than 2 MB. Please choose a smaller file."),
            code="file_too_large",
        )
    upload.seek(0)
    return reencode(
        upload.read(), formats=LOGO_FORMATS, max_side=LOGO_MAX_SIDE, quality=90, refuse=_refuse
    )
