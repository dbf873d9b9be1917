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
  ("publication", "network_profile", "event_list", "newsletter"), each a `Consent`
  made of the app's own selectors and services. The privacy pages list them with
  `consents_given()`, find the one a withdrawal names with `consent_subject()`, take it
  back with `consent_withdraw()` and keep the record of when.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils.functional import Promise


@dataclass(frozen=True)
class Consent:
    """One kind of consent an app keeps.

    - `given(user)`: what of it is in force for the person, for the consents page (a
      queryset, a list, one row, or None when there is none).
    - `get(pk)`: the row a consent of this kind was given on (None when there is none);
      None for a consent a person gives once (the page names no row).
    - `withdraw(user=, obj=)`: takes it back through the app's own services and returns
      what it concerned (a row or True), None when there was nothing to take back.
    """

    given: Callable[[Any], Any]
    withdraw: Callable[..., Any]
    get: Callable[[int], Any] | None = None


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
    consents: Mapping[str, Consent] = field(default_factory=dict)


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


def _consent(kind: str) -> Consent:
    for holder in holders():
        if kind in holder.consents:
            return holder.consents[kind]
    raise LookupError(f"No app keeps the consent {kind!r}.")


def consents_given(kind: str, *, user):
    """What of the consent of `kind` is in force for `user`, as the app that keeps it
    says (see `Consent.given`)."""
    return _consent(kind).given(user)


def consent_subject(kind: str, *, pk: int):
    """The row with this pk that a consent of `kind` was given on, or None."""
    get = _consent(kind).get
    return get(pk) if get is not None else None


def consent_withdraw(kind: str, *, user, obj=None):
    """Takes back the consent of `kind` through the app that keeps it (see `consents`)."""
    return _consent(kind).withdraw(user=user, obj=obj)


def as_json(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row(obj, fields: list[str]) -> dict:
    return {name: as_json(getattr(obj, name)) for name in fields}
