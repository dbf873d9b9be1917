"""Who wrote what, at a glance: an initials avatar beside a name, and the language of a
text named in its own words.

The avatar is decoration (the name stands next to it in text), so it is hidden from
assistive technology. Its colour comes from the name that is shown, never from the
account behind it: a pseudonym and a real name of one person get unrelated colours, and
anonymous texts all share one neutral avatar, so the picture reveals nothing the name
does not."""

import hashlib

from django import template
from django.utils.translation import get_language_info

from praxisdialog.core.i18n import ENDONYM_OVERRIDES

register = template.Library()

# Background colours of the avatars (static/css/app.css, .avatar-hue-N): each carries
# white text at 4.5:1 or more.
AVATAR_COLOURS = 12


def initials(name: str) -> str:
    """The first letters of the first and the last word: "Selin A." -> "SA"."""
    words = [word for word in name.replace("-", " ").split() if word[0].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()


def colour_index(name: str) -> int:
    digest = hashlib.blake2s(name.strip().casefold().encode(), digest_size=2).digest()
    return int.from_bytes(digest, "big") % AVATAR_COLOURS


@register.inclusion_tag("core/includes/avatar.html")
def avatar(name: str, anonymous: bool = False) -> dict:
    if anonymous:
        return {"initials": "?", "colour": "anonymous"}
    return {"initials": initials(str(name)), "colour": colour_index(str(name))}


@register.inclusion_tag("core/includes/text_language.html")
def text_language(code: str) -> dict:
    """The language a text is written in, in that language's own name ("Deutsch",
    "العربية"), marked with its lang attribute; nothing for an unknown language."""
    code = (code or "").split("-")[0]
    try:
        name = ENDONYM_OVERRIDES.get(code) or get_language_info(code)["name_local"]
    except KeyError:
        return {"code": "", "name": ""}
    return {"code": code, "name": name[:1].upper() + name[1:]}
