"""The checks on text people write, in one place.

Every service that takes text from a person (comments, contributions, messages,
profiles, reports, registrations, practice updates, staff labels) asks the same
questions: is there a null character (PostgreSQL refuses it), is it empty when it
must not be, is it longer than the field allows, does a name carry a link. The owner
chooses the limit and the words its users read; the order of the checks and the
message for a null character are the same everywhere.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .emails import contains_link

NULL_CHARACTER = _("The text contains a null character; please remove it.")
TOO_LONG = _("This text can be at most %(max)d characters long.")


def text_errors(
    text: str | None,
    *,
    max_length: int | None = None,
    required: str = "",
    too_long: str = TOO_LONG,
    no_links: str = "",
    null: str = NULL_CHARACTER,
) -> list[str]:
    """Everything wrong with `text`, in this order: a null character; empty (only
    when `required` gives the message); longer than `max_length` (`too_long` may
    name the limit as %(max)d); a link, e-mail address or domain name (only when
    `no_links` gives the message). Emptiness ignores surrounding white space; the
    length counts the text as given, so strip it first where that is meant."""
    text = text or ""
    errors = []
    if "\x00" in text:
        errors.append(str(null))
    if required and not text.strip():
        errors.append(str(required))
    if max_length is not None and len(text) > max_length:
        errors.append(str(too_long) % {"max": max_length})
    if no_links and contains_link(text):
        errors.append(str(no_links))
    return errors


def clean_text(text: str | None, *, field: str = "text", **rules) -> str:
    """`text` without surrounding white space, or a ValidationError on `field` with
    the first thing wrong with it (the rules of `text_errors`)."""
    text = (text or "").strip()
    errors = text_errors(text, **rules)
    if errors:
        raise ValidationError({field: errors[:1]})
    return text
