"""What each app holds about a person, declared by the app itself.

Each app that stores something about a person says in its own `personal.py`, with
`register(Holder(...))`, how it is exported and how it is erased when the account is
deleted. The core app imports every `personal.py` when Django starts; the privacy app
asks `holders()` and never reads or writes another app's tables itself.

- `export(user)` returns plain JSON data (`row()` and `as_json()` help), or None.
- `erase(ctx)` runs inside the deletion's transaction, before the user row is deleted,
  and calls its app's own services. It handles what a cascade would not do right:
  content that is kept (moved to the placeholder account), counters, rows that point at
  the person by e-mail address or through SET_NULL, files on disk.
- `forget_targets(model, ids)`: things of this app that hang on other apps' content
  through a generic target (comments, follows, queue entries) go with that content.
  An app that deletes content says so with `targets_deleted(model, ids)`.
- `forget_texts(model, ids)`: copies of texts (machine translations) go when the texts
  are erased, also where their place stays (a comment with replies); `texts_erased()`.
- `consents`: the consents the app keeps, by the privacy app's kind of withdrawal
  ("publication", "network_profile", "event_list", "newsletter"): `withdraw(user=, obj=)`
  takes one back through the app's own services and returns what it concerned (a row
  or True), None when there was nothing to take back. The privacy pages call them
  through `consent_withdraw()` and keep the record of when.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils.functional import Promise


@dataclass(frozen=True)
class Holder:
    key: str  # the section in data.json
    label: str | Promise  # the heading on the readable page
    # Erasure runs in this order (lower first); translations go before their texts.
    order: int
    export: Callable[[Any], Any] | None = None
    erase: Callable[["ErasureContext"], None] | None = None
    forget_targets: Callable[[Any, list[int]], None] | None = None
    forget_texts: Callable[[Any, list[int]], None] | None = None
    consents: Mapping[str, Callable[..., Any]] = field(default_factory=dict)


@dataclass
class ErasureContext:
    user: Any
    email: str
    keep_content: bool
    placeholder: Any  # the "deleted account" that kept content moves to


_HOLDERS: dict[str, Holder] = {}


def register(holder: Holder) -> Holder:
    _HOLDERS[holder.key] = holder
    return holder


def holders() -> list[Holder]:
    return sorted(_HOLDERS.values(), key=lambda holder: holder.order)


def targets_deleted(model, ids: list[int]) -> None:
    """Tells every app that content of `model` with these ids is going."""
    if not ids:
        return
    for holder in holders():
        if holder.forget_targets is not None:
            holder.forget_targets(model, ids)


def texts_erased(model, ids: list[int]) -> None:
    """Tells every app that the texts of `model` with these ids are erased."""
    if not ids:
        return
    for holder in holders():
        if holder.forget_texts is not None:
            holder.forget_texts(model, ids)


def consent_withdraw(kind: str, *, user, obj=None):
    """Takes back the consent of `kind` through the app that keeps it (see `consents`)."""
    for holder in holders():
        if kind in holder.consents:
            return holder.consents[kind](user=user, obj=obj)
    raise LookupError(f"No app keeps the consent {kind!r}.")


def as_json(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row(obj, fields: list[str]) -> dict:
    return {name: as_json(getattr(obj, name)) for name in fields}
