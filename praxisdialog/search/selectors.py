"""Search over what people wrote, as far as the reader may see it.

One selector, `search_list`, whatever the database: the engine (engines.py) is chosen by
the connection. What may be found is asked of the apps that own the text, through
`searchable` of their registration in core/targets.py; the search app knows no other
app's models."""

import re
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from praxisdialog.core import targets

from .engines import START, STOP, candidates, engine


def search_kinds() -> list[str]:
    """The kinds search finds, as their owners registered them (core/targets.py)."""
    return [target.kind for target in targets.searchable_targets()]


def search_labels(*, plural: bool = False) -> dict[str, str]:
    """Each kind's label as its owner declared it: one result, or (`plural`) the choice."""
    return {
        target.kind: target.search_text.label_plural if plural else target.search_text.label
        for target in targets.searchable_targets()
    }


MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_TERM_LENGTH = 60
# Letters, digits and the combining marks of scripts such as Arabic; everything else
# (quotes, *, -, parentheses, colons) separates words and is never query syntax.
_WORD = re.compile(r"[^\W_]+(?:[\u0300-\u036f\u064b-\u065f\u0670][^\W_]*)*")


class SearchQueryError(ValueError):
    """A query that cannot be searched; `message` says why in the reader's language."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def search_terms(q: str) -> list[str]:
    """The words of a query, in order, without repeats; query syntax is dropped."""
    terms: list[str] = []
    for word in _WORD.findall(q or ""):
        word = word[:MAX_TERM_LENGTH].lower()
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def search_query_clean(q: str | None) -> list[str]:
    """The words to search for, or SearchQueryError for an empty or too long query."""
    q = (q or "").strip()
    if not q:
        raise SearchQueryError(_("Please enter a word to search for."))
    if len(q) > MAX_QUERY_LENGTH:
        raise SearchQueryError(
            _("Please use at most %(max)d characters for a search.") % {"max": MAX_QUERY_LENGTH}
        )
    terms = search_terms(q)
    if not terms:
        raise SearchQueryError(_("Please search for words made of letters or digits."))
    return terms


def _marked(text: str | None) -> SafeString:
    """Escapes the text; only the engine's highlight marks become <mark>."""
    out, inside = [], False
    for part in re.split(f"([{START}{STOP}])", text or ""):
        if part == START:
            if not inside:
                out.append("<mark>")
            inside = True
        elif part == STOP:
            if inside:
                out.append("</mark>")
            inside = False
        else:
            out.append(escape(part))
    if inside:
        out.append("</mark>")
    return mark_safe("".join(out))  # noqa: S308 (every piece of text is escaped above)


def _title_html(indexed: str | None, shown: str) -> SafeString:
    """The title with its matched words marked, when the indexed title is the one the
    reader sees; else (a call read in another language) the title shown, unmarked."""
    if indexed and re.sub(f"[{START}{STOP}]", "", indexed) == shown:
        return _marked(indexed)
    return _marked(shown)


@dataclass
class SearchHit:
    kind: str
    id: int
    rank: float
    title: str
    title_html: SafeString
    snippet_html: SafeString
    url: str
    object: Any
    label: str = ""

    def __post_init__(self):
        self.label = self.label or search_labels().get(self.kind, "")


class SearchResults:
    """A ranked result list that Django's Paginator can page: `count()` is one query,
    a slice is one query for the page plus one per kind on it to load the objects, and
    one more query finds where each kind's SEARCH_CANDIDATES most recent matches begin
    (engines.py).
    `narrowed` says whether older matches were left out."""

    def __init__(self, *, terms, user, kinds=None, within: dict[str, QuerySet] | None = None):
        self.terms = terms
        self.user = user
        known = search_kinds()
        self.kinds = known if kinds is None else [kind for kind in kinds if kind in known]
        self.within = within or {}
        self._count: int | None = None
        self._engine = engine()
        self._floors: dict[str, int] | None = None
        self._condition: tuple[str, list] | None = None

    @property
    def floors(self) -> dict[str, int]:
        """Per kind, the entry number its candidates start from (engines.py); 0 when the
        kind has no more matches than that and is searched in full."""
        if self._floors is None:
            codes = {kind: targets.target_for_kind(kind).search_text.code for kind in self.kinds}
            found = self._engine.floors(self.terms, list(codes.values())) if codes else []
            self._floors = dict(zip(codes, found, strict=True))
        return self._floors

    @property
    def narrowed(self) -> bool:
        """Whether some kind matched more than its SEARCH_CANDIDATES most recent texts, so
        that only those were ranked (a more precise query finds older ones)."""
        return any(self.floors.values())

    @property
    def candidates(self) -> int:
        return candidates()

    def _searchable(self, kind: str) -> QuerySet | None:
        target = targets.target_for_kind(kind)
        if target is None or target.searchable is None or target.search_text is None:
            return None
        return target.searchable(self.user)

    @property
    def _visible(self) -> tuple[str, list]:
        """SQL on the entry `e`: the kinds asked for, each limited to what its owner lets
        this reader find (and to `within`, such as the list's filters). Each is asked
        of the entry's own row (EXISTS … WHERE pk = e.object_id), so a search costs a
        look-up per candidate, not a list of everything findable made first."""
        if self._condition is not None:
            return self._condition
        parts, params = [], []
        for kind in self.kinds:
            searchable = self._searchable(kind)
            if searchable is None:
                continue
            part = "(e.kind = %s"
            params.append(kind)
            for queryset in (searchable, self.within.get(kind)):
                if queryset is None:
                    continue
                own_row = queryset.filter(pk=RawSQL("e.object_id", ())).order_by().values("pk")
                sql, sql_params = own_row.query.sql_with_params()
                part += f" AND EXISTS ({sql})"
                params.extend(sql_params)
            parts.append(part + ")")
        self._condition = (" OR ".join(parts) or "1 = 0"), params
        return self._condition

    @property
    def _code_floors(self) -> dict[int, int]:
        """{kind code: floor} of the kinds searched, for the engine."""
        return {
            targets.target_for_kind(kind).search_text.code: floor
            for kind, floor in self.floors.items()
        }

    def count(self) -> int:
        if self._count is None:
            where, params = self._visible
            self._count = self._engine.count(self.terms, where, params, floors=self._code_floors)
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        offset = index.start or 0
        limit = (index.stop if index.stop is not None else self.count()) - offset
        if limit <= 0:
            return []
        where, params = self._visible
        rows = self._engine.page(
            self.terms, where, params, floors=self._code_floors, offset=offset, limit=limit
        )
        return self._hits(rows)

    def _load(self, kind: str, ids: list[int]) -> dict:
        queryset = self.within.get(kind)
        if queryset is not None:
            # The caller's queryset, with what its page shows of each row.
            return queryset.order_by().in_bulk(ids)
        queryset = self._searchable(kind)
        target = targets.target_for_kind(kind)
        if target.related:
            queryset = queryset.select_related(*target.related)
        # What a result shows needs no prefetches of the owner's pages.
        return queryset.prefetch_related(None).order_by().in_bulk(ids)

    def _hits(self, rows) -> list[SearchHit]:
        ids: dict[str, list[int]] = {}
        for kind, object_id, *_rest in rows:
            ids.setdefault(kind, []).append(object_id)
        loaded = {kind: self._load(kind, kind_ids) for kind, kind_ids in ids.items()}
        hits = []
        for kind, object_id, rank, title, snippet in rows:
            obj = loaded[kind].get(object_id)
            if obj is None:  # changed since the page was cut
                continue
            # Comments have no title; what their owners name is shown under its name.
            target = targets.target_of(obj)
            titled = bool(target.search_text.title) or target.title is not str
            plain_title = target.title(obj) if titled else ""
            hits.append(
                SearchHit(
                    kind=kind,
                    id=object_id,
                    rank=round(float(rank), 6),
                    title=plain_title,
                    title_html=_title_html(title, plain_title),
                    snippet_html=_marked(snippet),
                    url=obj.get_absolute_url(),
                    object=obj,
                )
            )
        return hits


def search_list(
    *, q: str | None, user, kinds=None, within: dict[str, QuerySet] | None = None
) -> SearchResults:
    """Ranked results for a query as this reader may see them: public calls, published
    contributions of public calls, published comments on what is itself findable,
    published posts, updates and adoption reports on public practices, and the profiles
    the reader may see in the directory. Only published text, whatever the reader's
    role. `kinds` limits the kinds (None: every kind registered). Raises
    SearchQueryError for a query that cannot be searched."""
    return SearchResults(terms=search_query_clean(q), user=user, kinds=kinds, within=within)
