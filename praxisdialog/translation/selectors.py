"""What a reader sees: a text as written, or its machine translation."""

from dataclasses import dataclass, field

from django.conf import settings

from .backends import translation_enabled
from .models import ReadingLanguages, Translation


def reading_languages_of(*, user) -> list[str]:
    """The languages a signed-in person said they read besides the interface language."""
    if not getattr(user, "is_authenticated", False):
        return []
    row = ReadingLanguages.objects.filter(user=user).first()
    return list(row.codes) if row else []


def reader_languages(*, user, interface_language: str) -> set[str]:
    return {interface_language, *reading_languages_of(user=user)}


def target_for_reader(*, language: str, interface_language: str, readers) -> str | None:
    """The language a text in `language` is shown in to a reader of `interface_language`
    who also reads `readers` (see reader_languages): the interface language, unless the
    reader reads the text's own language (or it is unknown). None: show it as written."""
    if not language or not translation_enabled() or language in readers:
        return None
    return interface_language


def translation_target(*, request, language: str) -> str | None:
    """target_for_reader for the reader of `request`, whose languages are looked up once
    per request."""
    if not language or not translation_enabled():
        return None
    interface = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    readers = getattr(request, "_reader_languages", None)
    if readers is None:
        readers = reader_languages(user=request.user, interface_language=interface)
        request._reader_languages = readers
    return target_for_reader(language=language, interface_language=interface, readers=readers)


@dataclass
class Shown:
    """How one text is shown to one reader."""

    language: str  # of the text as written
    translation: Translation | None = None
    original_requested: bool = False
    pieces: dict[str, str] = field(default_factory=dict)

    @property
    def translated(self) -> bool:
        """The reader sees the machine translation."""
        return (
            self.translation is not None
            and self.translation.is_done
            and not self.original_requested
        )

    @property
    def pending(self) -> bool:
        return self.translation is not None and not self.translation.is_done

    @property
    def has_translation(self) -> bool:
        return self.translation is not None and self.translation.is_done

    @property
    def source_name(self) -> str:
        """The name of the text's own language, in the interface language."""
        from praxisdialog.contributions.models import TextLanguage

        try:
            return str(TextLanguage(self.language).label)
        except ValueError:
            return self.language

    @property
    def shown_language(self) -> str:
        return self.translation.target_language if self.translated else self.language

    def piece(self, key: str, original: str) -> str:
        if self.translated:
            return self.translation.segments.get(key, original)
        return original


def shown_for(*, request, obj, translation: Translation | None = None, lookup=True) -> Shown:
    """How `obj` is shown to the reader of `request`; asks for a translation when one is
    needed and not there yet (a task makes it; the page does not wait)."""
    from .services import translation_request

    language = getattr(obj, "language", "") or ""
    shown = Shown(language=language, original_requested=bool(request.GET.get("original")))
    target = translation_target(request=request, language=language)
    if target is None:
        return shown
    if translation is None and lookup:
        translation = translation_request(obj=obj, target=target)
    shown.translation = translation
    return shown


def shown_for_many(*, request, objects: list) -> dict[int, Shown]:
    """How several texts of one kind are shown (a list, a thread), with one query for
    their stored translations; missing ones are asked for and shown as written."""
    from .services import translations_for

    original = bool(request.GET.get("original"))
    result = {
        obj.pk: Shown(language=getattr(obj, "language", "") or "", original_requested=original)
        for obj in objects
    }
    by_target: dict[str, list] = {}
    for obj in objects:
        target = translation_target(request=request, language=result[obj.pk].language)
        if target is not None:
            by_target.setdefault(target, []).append(obj)
    for target, group in by_target.items():
        for pk, translation in translations_for(objects=group, target=target).items():
            result[pk].translation = translation
    return result


def current_translations(
    *, objects: list, target: str, finished_only: bool = False
) -> dict[int, Translation]:
    """The stored translations into `target` of the current versions of several texts of
    one kind, keyed by object id (one query); a row made for an earlier version of a text
    is left out."""
    from .registry import TRANSLATABLES, kind_of
    from .services import version_hash

    if not objects:
        return {}
    entry = TRANSLATABLES[kind_of(objects[0])]
    digests = {
        obj.pk: version_hash(language=entry.language(obj), segments=entry.segments(obj))
        for obj in objects
    }
    rows = Translation.objects.filter(
        kind=entry.kind,
        object_id__in=list(digests),
        target_language=target,
        source_hash__in=set(digests.values()),
    )
    if finished_only:
        rows = rows.filter(status=Translation.Status.DONE)
    return {row.object_id: row for row in rows if digests.get(row.object_id) == row.source_hash}


def translated_segments(*, objects: list, target: str, ask: bool = False) -> dict[int, dict]:
    """The stored translations into `target` of the current versions of several texts
    of one kind, as their pieces, keyed by object id (one query). Texts already in
    `target` are left out. With `ask`, missing translations are asked for (when a
    service is configured), so a later call finds them."""
    from .services import translation_request

    foreign = [obj for obj in objects if (getattr(obj, "language", "") or target) != target]
    found = {
        pk: row.segments
        for pk, row in current_translations(
            objects=foreign, target=target, finished_only=True
        ).items()
    }
    if ask and translation_enabled():
        for obj in foreign:
            if obj.pk not in found:
                translation_request(obj=obj, target=target)
    return found


def machine_versions_of(*, obj) -> dict[str, dict[str, str]]:
    """The finished machine translations of the current version of `obj`, by target
    language (one query; empty when the kind is not translated)."""
    from .registry import TRANSLATABLES, kind_of
    from .services import version_hash

    entry = TRANSLATABLES.get(kind_of(obj))
    if entry is None:
        return {}
    digest = version_hash(language=entry.language(obj), segments=entry.segments(obj))
    rows = Translation.objects.filter(
        kind=entry.kind, object_id=obj.pk, source_hash=digest, status=Translation.Status.DONE
    )
    return {row.target_language: row.segments for row in rows}


def _flattened(objects) -> list:
    items = []
    for item in objects:
        if item is None:
            continue
        if isinstance(item, list | tuple) or hasattr(item, "model"):
            items.extend(item)
        else:
            items.append(item)
    return items


@dataclass
class _StaffTextShown:
    """How staff-written text is shown to the reader (see core.i18n.localized)."""

    language: str
    translated: bool = False
    has_translation: bool = False
    pending: bool = False


def staff_text_shown(*objects) -> _StaffTextShown:
    """Whether any field of `objects` is shown (or could be shown) machine translated."""
    from praxisdialog.core.i18n import (
        _originals_requested,
        machine_fields,
        machine_translation,
        reader_language,
        source_language,
    )

    shown = _StaffTextShown(language=source_language())
    if not translation_enabled():
        return shown
    language = reader_language()
    for obj in _flattened(objects):
        fields = machine_fields(obj)
        if not fields:
            continue
        row = machine_translation(obj, language)
        if row is None:
            continue
        if not row.is_done:
            shown.pending = True
        elif any(row.segments.get(field) for field in fields):
            shown.has_translation = True
    shown.translated = shown.has_translation and not _originals_requested.get()
    shown.pending = shown.pending and not shown.has_translation
    return shown
