"""Asking for translations and making them.

`translation_request` is what pages and the API call: it answers at once with what is
stored (done, or still being made) and queues a task for what is missing, so no page
ever waits for the service. `translation_make` is the task's work: it sends the
pieces of one published text version to the service in one request, stores the result
and, when the service fails, records the failure and tries again later (with growing
pauses) through the queue, or on the next request once the pause is over."""

import hashlib
import json
import re
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from .backends import TranslationFailed, engine, offered_languages, translation_enabled
from .models import Translation
from .registry import TRANSLATABLES, kind_of
from .selectors import current_translations

MAX_QUEUED_ATTEMPTS = 5
FIRST_PAUSE = timedelta(minutes=1)
LONGEST_PAUSE = timedelta(hours=6)

# E-mail addresses never leave the server: each is replaced by a marker the service
# carries through, and put back afterwards.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MARKER = "[[{}]]"
MARKER_BACK = re.compile(r"\[\[\s*(\d+)\s*\]\]")


def version_hash(*, language: str, segments: dict[str, str]) -> str:
    """The name of one version of a text: its pieces and its language."""
    payload = json.dumps([language, sorted(segments.items())], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def _pause(attempts: int) -> timedelta:
    return min(FIRST_PAUSE * (2 ** max(attempts - 1, 0)), LONGEST_PAUSE)


def _queue(translation_id: int, *, run_after=None) -> None:
    from .tasks import make_translation

    task = make_translation
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # picked up by the next request after the pause
        task = task.using(run_after=run_after)
    task.enqueue(translation_id=translation_id)


def translation_available(*, obj, target: str) -> bool:
    """Whether a text can be translated into `target` at all: a service is configured
    and offers the language, the text is published and in another language."""
    if not translation_enabled() or kind_of(obj) not in TRANSLATABLES:
        return False
    entry = TRANSLATABLES[kind_of(obj)]
    language = entry.language(obj)
    offered = offered_languages()
    if not language or language == target or target not in offered:
        return False
    # A text in a language the service does not know is not sent ("other": it guesses).
    if language not in offered and language != "other":
        return False
    return entry.published(obj)


def translation_request(*, obj, target: str, asked: bool = False) -> Translation | None:
    """The translation of the current version of `obj` into `target`: the stored row
    (done or being made), a new row being made, or None when the text is not to be
    translated (see translation_available). Earlier versions' rows are removed.

    Private text (registered `on_request`) is translated only when `asked` says that
    a reader entitled to it pressed "Translate"; otherwise only a stored row is given."""
    if not translation_available(obj=obj, target=target):
        return None
    entry = TRANSLATABLES[kind_of(obj)]
    segments = entry.segments(obj)
    if not segments:
        return None
    digest = version_hash(language=entry.language(obj), segments=segments)
    rows = Translation.objects.filter(kind=entry.kind, object_id=obj.pk, target_language=target)
    current = rows.filter(source_hash=digest).first()
    now = timezone.now()
    if current is None and entry.on_request and not asked:
        return None
    if current is None:
        rows.exclude(source_hash=digest).delete()
        try:
            with transaction.atomic():
                current = Translation.objects.create(
                    kind=entry.kind,
                    object_id=obj.pk,
                    source_hash=digest,
                    source_language=entry.language(obj),
                    target_language=target,
                )
        except IntegrityError:
            # Two readers asked at once; the other one queued it.
            return rows.filter(source_hash=digest).first()
        transaction.on_commit(lambda: _queue(current.pk))
    elif current.status == Translation.Status.FAILED and (
        current.next_attempt_at is None or current.next_attempt_at <= now
    ):
        claimed = Translation.objects.filter(
            pk=current.pk, status=Translation.Status.FAILED, updated_at=current.updated_at
        ).update(status=Translation.Status.PENDING, updated_at=now)
        if claimed:
            transaction.on_commit(lambda: _queue(current.pk))
            current.status = Translation.Status.PENDING
    if current is not None and current.status != Translation.Status.DONE:
        current.refresh_from_db()
    return current


def translation_request_many(*, objects: list, target: str) -> dict[int, Translation]:
    """`translation_request` for several texts of one kind at once: the stored rows of
    their current versions (done or being made) in one query, keyed by object id; the
    missing ones are asked for (once: the next page finds them stored)."""
    wanted = [obj for obj in objects if translation_available(obj=obj, target=target)]
    if not wanted:
        return {}
    found = current_translations(objects=wanted, target=target)
    for obj in wanted:
        if obj.pk not in found:
            row = translation_request(obj=obj, target=target)
            if row is not None:
                found[obj.pk] = row
    return found


def translations_for(*, objects: list, target: str) -> dict[int, Translation]:
    """The finished translations of the current versions of several texts of one kind
    into `target`, in one query, keyed by object id; asks for the missing ones."""
    wanted = [obj for obj in objects if translation_available(obj=obj, target=target)]
    if not wanted:
        return {}
    found = current_translations(objects=wanted, target=target)
    for obj in wanted:
        if obj.pk not in found:
            translation_request(obj=obj, target=target)
    return {pk: row for pk, row in found.items() if row.is_done}


def _hide_addresses(texts: list[str]) -> tuple[list[str], list[str]]:
    addresses: list[str] = []

    def swap(match: re.Match) -> str:
        addresses.append(match.group(0))
        return MARKER.format(len(addresses) - 1)

    return [EMAIL.sub(swap, text) for text in texts], addresses


def _put_back(text: str, addresses: list[str]) -> str:
    def swap(match: re.Match) -> str:
        index = int(match.group(1))
        return addresses[index] if index < len(addresses) else ""

    return MARKER_BACK.sub(swap, text)


def translation_make(*, translation: Translation) -> Translation | None:
    """Makes one translation (the task's work). The service is called outside any
    transaction and lock; the result is stored only if the row is still the one for
    the text as it is now. A text that changed, or is no longer published, is not sent:
    its row is removed."""
    if translation.status == Translation.Status.DONE:
        return translation
    entry = TRANSLATABLES.get(translation.kind)
    current = engine()
    obj = entry.fetch(translation.object_id) if entry else None
    if (
        obj is None
        or current is None
        or not entry.published(obj)
        or entry.language(obj) != translation.source_language
    ):
        Translation.objects.filter(pk=translation.pk).delete()
        return None
    segments = entry.segments(obj)
    if version_hash(language=translation.source_language, segments=segments) != (
        translation.source_hash
    ):
        Translation.objects.filter(pk=translation.pk).delete()
        return None
    keys = list(segments)
    texts, addresses = _hide_addresses([segments[key] for key in keys])
    source = translation.source_language if translation.source_language != "other" else "auto"
    try:
        translated = current.translate(texts, source=source, target=translation.target_language)
    except TranslationFailed as error:
        attempts = translation.attempts + 1
        next_attempt_at = timezone.now() + _pause(attempts)
        Translation.objects.filter(pk=translation.pk).update(
            status=Translation.Status.FAILED,
            attempts=attempts,
            error=str(error)[:300],
            next_attempt_at=next_attempt_at,
            updated_at=timezone.now(),
        )
        if attempts < MAX_QUEUED_ATTEMPTS:
            _queue(translation.pk, run_after=next_attempt_at)
        translation.refresh_from_db()
        return translation
    Translation.objects.filter(pk=translation.pk).exclude(status=Translation.Status.DONE).update(
        status=Translation.Status.DONE,
        segments={
            key: _put_back(text, addresses) for key, text in zip(keys, translated, strict=True)
        },
        engine=current.name,
        error="",
        next_attempt_at=None,
        updated_at=timezone.now(),
    )
    translation.refresh_from_db()
    return translation


def translations_erase(*, kind: str, object_ids: list[int]) -> int:
    """Removes the stored translations of texts that are gone (erasure, withdrawal)."""
    deleted, _details = Translation.objects.filter(kind=kind, object_id__in=object_ids).delete()
    return deleted


@transaction.atomic
def reading_languages_set(*, user, codes: list[str]) -> list[str]:
    """The languages `user` reads besides the interface language (TextLanguage codes)."""
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext as _

    from praxisdialog.contributions.models import TextLanguage

    unknown = [code for code in codes if code not in TextLanguage.values]
    if unknown:
        raise ValidationError(
            {"codes": [_("“%(value)s” is not one of the choices.") % {"value": unknown[0]}]}
        )
    from .models import ReadingLanguages

    kept = sorted(set(codes))
    ReadingLanguages.objects.update_or_create(user=user, defaults={"codes": kept})
    return kept
