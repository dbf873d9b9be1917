"""What people write, registered by the app that owns it.

Each app that owns something people write (a contribution, a comment, a profile, a
call, a post, a theme) declares in its own `targets.py` how it is read, commented on,
reported and moderated, with `register(Target(...))`. The core app imports every
`targets.py` when Django starts. Discussion and moderation ask this registry instead of
knowing the models, and change a target only through the functions its owner gave.

A function that a target does not offer is None: comments, reports or that decision
are then not possible on it."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model


def _nothing(_obj) -> None:
    return None


@dataclass(frozen=True)
class TextPart:
    """Rows of another table that belong to a target's searchable text (the answers of a
    contribution, the guiding questions of a call): `table` holds them, `key` is the
    column pointing at the target, `fields` their text columns, and `versions` says
    whether their `translations` field holds versions in other languages."""

    name: str
    table: str
    key: str
    fields: tuple[str, ...]
    versions: bool = False


@dataclass(frozen=True)
class SearchText:
    """What the search index holds of a target: `title` and `text` name columns of its
    table; `versions` adds the versions staff wrote in other languages (the
    `translations` field of core.i18n.TranslatedText); `parts` adds rows of other
    tables. `code` (1 to 7) is the kind's fixed number in the index. `label` names one
    result, `label_plural` the choice of kind on the search page.

    The index is kept by database triggers made from these declarations, so a change
    here needs a migration of the search app (a test compares both)."""

    code: int
    label: Any
    label_plural: Any
    title: tuple[str, ...] = ()
    text: tuple[str, ...] = ()
    versions: bool = False
    parts: tuple[TextPart, ...] = ()


@dataclass(frozen=True)
class Target:
    model: type[Model]
    # Reading. `is_visible(user, obj)`: whether the user may read it; comments on it,
    # their replies and the reports on it are never more visible than it is.
    is_visible: Callable[[Any, Any], bool]
    title: Callable[[Any], str] = str
    call: Callable[[Any], Any] = _nothing  # the call it belongs to, if any
    related: tuple[str, ...] = ()  # select_related for pages and notifications about it
    # Comments: `accepts_comments(obj)`; `owner(obj)` is told about every comment.
    # `get_for_display(key=, user=)`: the target its own page's address names (its pk
    # or slug), as that page would show it to the user, or None; the comment form posts
    # to that address with /comments/ added (discussion/urls.py).
    accepts_comments: Callable[[Any], bool] | None = None
    get_for_display: Callable[..., Any] | None = None
    owner: Callable[[Any], Any] = _nothing
    # Reports: `get_for_report(pk=, user=)`: the object if this user may report it.
    get_for_report: Callable[..., Any] | None = None
    # Moderation decisions, each one service of the owner: `publish(obj)` (also a
    # restore), `hide(obj)`, `reject(obj)`, `redact(obj, text=, note=)` returning what a
    # contest needs to undo it, `redaction_undo(obj, previous=)`, and
    # `hide_all_by(user=)` for a suspension that hides everything an account wrote.
    publish: Callable[[Any], Any] | None = None
    hide: Callable[[Any], Any] | None = None
    reject: Callable[[Any], Any] | None = None
    redact: Callable[..., str] | None = None
    redaction_undo: Callable[..., Any] | None = None
    hide_all_by: Callable[..., Any] | None = None
    # Search: `searchable(user)` is a queryset of what search may show this user, only
    # published text whatever their role (a moderator's queue is not a search result).
    # Comments on a target are searchable only where the target itself is.
    searchable: Callable[[Any], Any] | None = None
    # What of it the search index holds (None: it is not itself found by search).
    search_text: SearchText | None = None

    @property
    def kind(self) -> str:
        """The name used in URLs, the API and the log: "contribution", "comment"…"""
        return self.model._meta.model_name


_TARGETS: dict[type[Model], Target] = {}


def register(target: Target) -> Target:
    _TARGETS[target.model] = target
    return target


def targets() -> list[Target]:
    return list(_TARGETS.values())


def target_of(obj) -> Target | None:
    """The registration of an object's model (None for what nobody registered)."""
    return _TARGETS.get(type(obj)) if obj is not None else None


def searchable_targets() -> list[Target]:
    """The targets search finds, in the order of their codes."""
    found = [t for t in _TARGETS.values() if t.search_text and t.searchable]
    return sorted(found, key=lambda t: t.search_text.code)


def target_for_model(model) -> Target | None:
    return _TARGETS.get(model)


def target_for_kind(kind: str) -> Target | None:
    return next((t for t in _TARGETS.values() if t.kind == kind), None)


def content_type_of(obj) -> ContentType:
    return ContentType.objects.get_for_model(obj)


def content_type_for_model(model) -> ContentType:
    return ContentType.objects.get_for_model(model)


def title_of(obj) -> str:
    target = target_of(obj)
    return target.title(obj) if target else str(obj)


def owner_of(obj):
    target = target_of(obj)
    return target.owner(obj) if target else None


def is_visible(user, obj) -> bool:
    target = target_of(obj)
    return target is not None and target.is_visible(user, obj)


def accepts_comments(obj) -> bool:
    target = target_of(obj)
    return bool(target and target.accepts_comments and target.accepts_comments(obj))


def load(*, content_type_id: int, object_id: int):
    """One target by its generic key, with what pages about it need; None if gone."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return load_many(model=model, ids=[object_id]).get(object_id)


def load_many(*, model, ids) -> dict:
    """Targets of one model by id, with what pages about them need, in one query."""
    target = target_for_model(model)
    queryset = model._default_manager.all()
    if target is not None and target.related:
        queryset = queryset.select_related(*target.related)
    return queryset.in_bulk(list(ids))
