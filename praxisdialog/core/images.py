"""Limits every uploaded image meets, whichever app takes it (blog images, event
documentation): an image is decoded only when its pixel count is within MAX_PIXELS
(a few kilobytes can declare tens of megapixels), and it is kept at most MAX_SIDE
pixels wide and high."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PIXELS = 40_000_000
MAX_SIDE = 1600


def check_pixels(width: int, height: int) -> None:
    """Raises ValidationError when an image has more pixels than any upload may."""
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _("The image has more than 40 megapixels. Please choose a smaller one."),
            code="invalid_image",
        )
