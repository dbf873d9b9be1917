"""The two full-text engines behind search.selectors, chosen by the database in use.

Both take the words of a query (already cut to letters and digits, so nothing in them is
query syntax) and an SQL condition on the entry `e` that says what the reader may see,
and answer with a count and a ranked page. Highlights come back between START and STOP,
which selectors turn into <mark> after escaping everything else.

A word that most texts contain ("Team" matched 95,000 of 415,000 entries at 100,000
contributions) would have every match ranked and checked for visibility on every
search: six seconds a page, over a minute with the list's filters. So only the most
recent matches of each kind are ranked and shown, SEARCH_CANDIDATES of them (a setting,
1,000). An entry's number is its row's id times 8 plus the kind's code (sql.py), so a
kind's entries are numbered in the order they were written: `floors` gives, per kind
code, the number of its oldest candidate (0 when it has fewer matches, then searched in
full), and count and page keep each kind's entries from there on."""

from django.conf import settings
from django.db import connection

from .sql import ENTRY, FTS

START = "\ue000"
STOP = "\ue001"
SNIPPET_WORDS = 24


def candidates() -> int:
    return settings.SEARCH_CANDIDATES


def _from_floors(column: str, floors: dict[int, int]) -> tuple[str, list]:
    """SQL keeping each kind's entries from its floor on: (kind code, floor) pairs."""
    if not floors:
        return "1 = 0", []
    sql = " OR ".join(f"({column} %% 8 = %s AND {column} >= %s)" for _code in floors)
    return f"({sql})", [value for pair in floors.items() for value in pair]


class SQLiteEngine:
    """FTS5 with bm25 (titles weigh 5, see sql.py); every word is matched as a prefix."""

    @staticmethod
    def match(terms: list[str]) -> str:
        return " ".join(f'"{term}"*' for term in terms)

    def floors(self, terms, codes: list[int]) -> list[int]:
        """Per kind code, the number of the oldest of its SEARCH_CANDIDATES most recent
        matches, or 0: FTS5 walks its index backwards and stops there (one query)."""
        one = (
            f"(SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s AND rowid %% 8 = %s "
            "ORDER BY rowid DESC LIMIT 1 OFFSET %s)"
        )
        params = []
        for code in codes:
            params += [self.match(terms), code, candidates() - 1]
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join([one] * len(codes)), params)
            return [floor or 0 for floor in cursor.fetchone()]

    # CROSS JOIN keeps the index of matches in front: left to itself, SQLite walked every
    # entry of a kind and asked the index about each (72 s with the list's filters).
    def count(self, terms, where: str, params: list, *, floors: dict[int, int]) -> int:
        # The floors are checked on the index's own numbers, before any entry is read.
        kept, kept_params = _from_floors(f"{FTS}.rowid", floors)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {FTS} CROSS JOIN {ENTRY} e ON e.id = {FTS}.rowid "
                f"WHERE {FTS} MATCH %s AND {kept} AND ({where})",
                [self.match(terms), *kept_params, *params],
            )
            return cursor.fetchone()[0]

    def page(
        self, terms, where: str, params: list, *, floors: dict[int, int], offset: int, limit: int
    ) -> list[tuple]:
        match = self.match(terms)
        kept, kept_params = _from_floors(f"{FTS}.rowid", floors)
        # The page is chosen first; highlight and snippet run only for its rows.
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH page AS (SELECT e.id, e.kind, e.object_id, {FTS}.rank AS score "
                f"FROM {FTS} CROSS JOIN {ENTRY} e ON e.id = {FTS}.rowid "
                f"WHERE {FTS} MATCH %s AND {kept} AND ({where}) "
                "ORDER BY score, e.id LIMIT %s OFFSET %s) "
                "SELECT page.kind, page.object_id, -page.score, "
                f"highlight({FTS}, 0, %s, %s), snippet({FTS}, 1, %s, %s, '…', %s) "
                f"FROM page JOIN {FTS} ON {FTS}.rowid = page.id WHERE {FTS} MATCH %s "
                "ORDER BY page.score, page.id",
                [
                    match,
                    *kept_params,
                    *params,
                    limit,
                    offset,
                    START,
                    STOP,
                    START,
                    STOP,
                    SNIPPET_WORDS,
                    match,
                ],
            )
            return cursor.fetchall()


class PostgreSQLEngine:
    """Full-text search with the 'german' and 'english' configurations at once, ranked by
    ts_rank over the GIN-indexed `document` (see sql.py); every word as a prefix."""

    QUERY = "(to_tsquery('german', %s) || to_tsquery('english', %s))"

    @staticmethod
    def tsquery(terms: list[str]) -> str:
        return " & ".join(f"{term}:*" for term in terms)

    def floors(self, terms, codes: list[int]) -> list[int]:
        """Per kind code, the id of the oldest of its SEARCH_CANDIDATES most recent
        matches, or 0 (one query)."""
        query = self.tsquery(terms)
        one = (
            f"(SELECT e.id FROM {ENTRY} e WHERE e.document @@ {self.QUERY} "
            "AND e.id %% 8 = %s ORDER BY e.id DESC LIMIT 1 OFFSET %s)"
        )
        params = []
        for code in codes:
            params += [query, query, code, candidates() - 1]
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join([one] * len(codes)), params)
            return [floor or 0 for floor in cursor.fetchone()]

    def count(self, terms, where: str, params: list, *, floors: dict[int, int]) -> int:
        query = self.tsquery(terms)
        kept, kept_params = _from_floors("e.id", floors)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {ENTRY} e WHERE e.document @@ {self.QUERY} "
                f"AND {kept} AND ({where})",
                [query, query, *kept_params, *params],
            )
            return cursor.fetchone()[0]

    def page(
        self, terms, where: str, params: list, *, floors: dict[int, int], offset: int, limit: int
    ) -> list[tuple]:
        query = self.tsquery(terms)
        kept, kept_params = _from_floors("e.id", floors)
        marks = f"StartSel={START}, StopSel={STOP}"
        title_options = f"HighlightAll=true, {marks}"
        body_options = (
            f"MaxFragments=2, MaxWords={SNIPPET_WORDS}, MinWords=8, "
            f'FragmentDelimiter=" … ", {marks}'
        )
        # Headlines are made after the page is cut, for its rows only.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT page.kind, page.object_id, page.score, "
                "ts_headline('german', page.title, page.q, %s), "
                "ts_headline('german', page.body, page.q, %s) FROM ("
                "SELECT e.id, e.kind, e.object_id, e.title, e.body, query.q, "
                "ts_rank(e.document, query.q) AS score "
                f"FROM {ENTRY} e, (SELECT {self.QUERY} AS q) query "
                f"WHERE e.document @@ query.q AND {kept} AND ({where}) "
                "ORDER BY score DESC, e.id LIMIT %s OFFSET %s) page "
                "ORDER BY page.score DESC, page.id",
                [title_options, body_options, query, query, *kept_params, *params, limit, offset],
            )
            return cursor.fetchall()


def engine():
    if connection.vendor == "postgresql":
        return PostgreSQLEngine()
    return SQLiteEngine()
