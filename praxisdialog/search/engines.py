"""The two full-text engines behind search.selectors, chosen by the database in use.

Both take the words of a query (already cut to letters and digits, so nothing in them is
query syntax) and an SQL condition on the entry `e` that says what the reader may see,
and answer with a count and a ranked page. Highlights come back between START and STOP,
which selectors turn into <mark> after escaping everything else."""

from django.db import connection

from .sql import ENTRY, FTS

START = "\ue000"
STOP = "\ue001"
SNIPPET_WORDS = 24


class SQLiteEngine:
    """FTS5 with bm25 (titles weigh 5, see sql.py); every word is matched as a prefix."""

    @staticmethod
    def match(terms: list[str]) -> str:
        return " ".join(f'"{term}"*' for term in terms)

    def count(self, terms, where: str, params: list) -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {FTS} JOIN {ENTRY} e ON e.id = {FTS}.rowid "
                f"WHERE {FTS} MATCH %s AND ({where})",
                [self.match(terms), *params],
            )
            return cursor.fetchone()[0]

    def page(self, terms, where: str, params: list, *, offset: int, limit: int) -> list[tuple]:
        match = self.match(terms)
        # The page is chosen first; highlight and snippet run only for its rows.
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH page AS (SELECT e.id, e.kind, e.object_id, {FTS}.rank AS score "
                f"FROM {FTS} JOIN {ENTRY} e ON e.id = {FTS}.rowid "
                f"WHERE {FTS} MATCH %s AND ({where}) "
                "ORDER BY score, e.id LIMIT %s OFFSET %s) "
                "SELECT page.kind, page.object_id, -page.score, "
                f"highlight({FTS}, 0, %s, %s), snippet({FTS}, 1, %s, %s, '…', %s) "
                f"FROM page JOIN {FTS} ON {FTS}.rowid = page.id WHERE {FTS} MATCH %s "
                "ORDER BY page.score, page.id",
                [
                    match,
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

    def count(self, terms, where: str, params: list) -> int:
        query = self.tsquery(terms)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {ENTRY} e WHERE e.document @@ {self.QUERY} AND ({where})",
                [query, query, *params],
            )
            return cursor.fetchone()[0]

    def page(self, terms, where: str, params: list, *, offset: int, limit: int) -> list[tuple]:
        query = self.tsquery(terms)
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
                f"WHERE e.document @@ query.q AND ({where}) "
                "ORDER BY score DESC, e.id LIMIT %s OFFSET %s) page "
                "ORDER BY page.score DESC, page.id",
                [title_options, body_options, query, query, *params, limit, offset],
            )
            return cursor.fetchall()


def engine():
    if connection.vendor == "postgresql":
        return PostgreSQLEngine()
    return SQLiteEngine()
