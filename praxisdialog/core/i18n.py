"""Languages: the interface languages' own names, and staff-written text in the
reader's language (see docs/adr/0004-staff-text-in-every-language.md).

Staff write in German (LANGUAGE_CODE). A model whose text is read in every language
inherits `TranslatedText`, names its `translated_fields`, and keeps the versions staff
wrote in other languages in one JSON field, `translations` ({language: {field: text}}).
`localized(obj, field)` gives the reader's language: the version staff wrote, else the
machine translation the translation app stored for the current German text (asked for
when missing, made by a task: the page does not wait), else the German original.

Core names no app: the translation app offers its machine translations when Django
starts (`register_machine_translator`). Without it, staff text is shown as written."""

from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

# Each language named in its own words for the switcher and the account form. Django's
# table spells Arabic with a shadda (العربيّة); the plain spelling is what people expect.
ENDONYM_OVERRIDES = {"ar": "العربية"}

# Set for one request by OriginalTextMiddleware when the reader asked for the originals
# (?original=1): machine translations are then not shown, the versions staff wrote are.
_originals_requested: ContextVar[bool] = ContextVar("originals_requested", default=False)


def language_endonyms() -> list[tuple[str, str]]:
    """The interface languages, each in its own name (Deutsch, English, العربية, ...)."""
    return [
        (code, ENDONYM_OVERRIDES.get(code) or get_language_info(code)["name_local"])
        for code, _name in settings.LANGUAGES
    ]


def source_language() -> str:
    """The language staff write in: the site's default language."""
    return settings.LANGUAGE_CODE.split("-")[0]


def other_languages() -> list[tuple[str, str]]:
    """The interface languages staff may write a version in, besides the source."""
    return [(code, name) for code, name in settings.LANGUAGES if code != source_language()]


def reader_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


class TranslatedText(models.Model):
    """Text staff write in German with versions in the other interface languages."""

    # The fields read through `localized`; each subclass names its own.
    translated_fields: tuple[str, ...] = ()

    translations = models.JSONField(
        _("versions in other languages"), default=dict, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def written_version(self, field: str, language: str) -> str:
        """The version of `field` staff wrote in `language` ("" when there is none)."""
        versions = self.translations if isinstance(self.translations, dict) else {}
        text = (versions.get(language) or {}).get(field, "")
        return text if isinstance(text, str) else ""


@contextmanager
def originals_requested(requested: bool = True):
    token = _originals_requested.set(requested)
    try:
        yield
    finally:
        _originals_requested.reset(token)


@dataclass(frozen=True)
class MachineTranslator:
    """What the translation app offers staff-written text: `enabled()` whether a service
    is configured; `request(obj=, target=)` the row for the current version of `obj` in
    `target` (with `is_done` and `segments`; done or being made, asked for when missing),
    or None; `versions_of(obj=)` the finished ones, {language: {field: text}};
    `request_many(objects=, target=)` the rows of several texts of one kind at once,
    {object id: row}, in one query once they exist."""

    enabled: Callable[[], bool]
    request: Callable[..., Any]
    versions_of: Callable[..., dict[str, dict[str, str]]]
    request_many: Callable[..., dict[int, Any]]


_machine_translator: MachineTranslator | None = None


def register_machine_translator(translator: MachineTranslator) -> None:
    global _machine_translator
    _machine_translator = translator


def machine_translator() -> MachineTranslator | None:
    """The registered machine translator, or None where no app offers one."""
    return _machine_translator


def machine_translation(obj, language: str):
    """The translation app's row for the current version of `obj` into `language` (done
    or being made; asked for when missing), or None when there is none to be had.
    Remembered on the object, so a page asks once per object and language."""
    translator = _machine_translator
    if translator is None or not translator.enabled():
        return None
    memo = obj.__dict__.setdefault("_machine_translations", {})
    if language not in memo:
        memo[language] = translator.request(obj=obj, target=language)
    return memo[language]


def machine_translations_prefetch(objects) -> None:
    """Fetches the machine translations a page will show for several staff texts of one
    kind in one query, so a list asks once and not once per row (see
    `machine_translation`, which then finds them)."""
    translator = _machine_translator
    language = reader_language()
    objects = [obj for obj in objects if isinstance(obj, TranslatedText)]
    if not objects or language == source_language():
        return
    if translator is None or not translator.enabled():
        return
    waiting = [
        obj
        for obj in objects
        if language not in obj.__dict__.get("_machine_translations", {})
        and any(getattr(obj, name) for name in obj.translated_fields)
        and not all(obj.written_version(name, language) for name in obj.translated_fields)
    ]
    if not waiting:
        return
    rows = translator.request_many(objects=waiting, target=language)
    for obj in waiting:
        obj.__dict__.setdefault("_machine_translations", {})[language] = rows.get(obj.pk)


def machine_version(obj, field: str, language: str) -> str:
    row = machine_translation(obj, language)
    if row is None or not row.is_done:
        return ""
    text = row.segments.get(field, "")
    return text if isinstance(text, str) else ""


def localized(obj, field: str) -> str:
    """Staff-written text in the reader's language: the version staff wrote in it, else
    the machine translation (unless the reader asked for the original), else the
    German original. Text in the source language is returned as it is."""
    original = getattr(obj, field)
    language = reader_language()
    if language == source_language() or not original:
        return original
    written = obj.written_version(field, language) if isinstance(obj, TranslatedText) else ""
    if written:
        return written
    if not _originals_requested.get():
        machine = machine_version(obj, field, language)
        if machine:
            return machine
    return original


def localized_language(obj, field: str) -> str:
    """The language of what `localized(obj, field)` shows (for a `lang` attribute)."""
    language = reader_language()
    original = getattr(obj, field)
    if language == source_language() or not original:
        return source_language()
    if isinstance(obj, TranslatedText) and obj.written_version(field, language):
        return language
    if not _originals_requested.get() and machine_version(obj, field, language):
        return language
    return source_language()


def machine_fields(obj) -> list[str]:
    """The fields of `obj` the reader would see machine translated: filled in, with no
    version staff wrote in the reader's language."""
    language = reader_language()
    if language == source_language() or not isinstance(obj, TranslatedText):
        return []
    return [
        field
        for field in obj.translated_fields
        if getattr(obj, field) and not obj.written_version(field, language)
    ]
