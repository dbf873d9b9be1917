"""The database side of search: the full-text index and the triggers that fill it.

SQLite: an FTS5 table over search_searchentry (external content), tokenizer
`porter unicode61 remove_diacritics 2`: unicode61 splits on Unicode word boundaries and
folds case and diacritics (ü = u, é = e, Arabic vowel marks dropped), porter applies the
English stemmer (for German it only strips endings such as -s, -ed). German inflection is
met by matching every query word as a prefix ("Gründerin" finds "Gründerinnen",
"Betrieb" finds "Betriebe").

PostgreSQL: a generated tsvector column with the text under both the 'german' and the
'english' configuration (titles weigh more), and a GIN index on it; queries are formed
under both configurations, each word as a prefix.

Text only: what a reader may see is decided at query time by the owning apps. The
statements are frozen here for migration 0001; a change of sources needs a new
migration that drops and recreates the triggers."""

from dataclasses import dataclass

ENTRY = "search_searchentry"
FTS = "search_searchentry_fts"
TOKENIZER = "porter unicode61 remove_diacritics 2"


@dataclass(frozen=True)
class Source:
    kind: str
    code: int
    table: str
    # SELECT of (id, kind, object_id, title, body) for the rows matching `{where}`; `c`
    # is the source's table. {agg} is the vendor's string aggregate.
    select: str
    # Columns whose change re-indexes a row.
    columns: tuple[str, ...]


def _cat(*parts: str) -> str:
    return " || ' ' || ".join(f"coalesce({part}, '')" for part in parts)


SOURCES = [
    Source(
        kind="contribution",
        code=1,
        table="contributions_contribution",
        select=(
            "SELECT c.id * 8 + 1, 'contribution', c.id, c.title, "
            + _cat(
                "(SELECT {agg} FROM contributions_answer a WHERE a.contribution_id = c.id)",
                "c.challenge",
                "c.approach",
                "c.results",
                "c.lessons",
                "c.transfer",
            )
            + " FROM contributions_contribution c WHERE {where}"
        ),
        columns=("title", "challenge", "approach", "results", "lessons", "transfer"),
    ),
    Source(
        kind="comment",
        code=2,
        table="discussion_comment",
        select="SELECT c.id * 8 + 2, 'comment', c.id, '', c.text FROM discussion_comment c "
        "WHERE {where}",
        columns=("text",),
    ),
    Source(
        kind="post",
        code=3,
        table="blog_post",
        select="SELECT c.id * 8 + 3, 'post', c.id, c.title, "
        + _cat("c.teaser", "c.body")
        + " FROM blog_post c WHERE {where}",
        columns=("title", "teaser", "body"),
    ),
    Source(
        kind="profile",
        code=4,
        table="network_profile",
        select="SELECT c.id * 8 + 4, 'profile', c.id, c.display_name, "
        + _cat("c.organisation", "c.offer_text", "c.seek_text")
        + " FROM network_profile c WHERE {where}",
        columns=("display_name", "organisation", "offer_text", "seek_text"),
    ),
]
# Answers are part of their contribution's entry.
ANSWER_TABLE = "contributions_answer"
CONTRIBUTION = SOURCES[0]

AGG = {"sqlite": "group_concat(a.text, ' ')", "postgresql": "string_agg(a.text, ' ')"}
UPSERT = (
    f"INSERT INTO {ENTRY} (id, kind, object_id, title, body) {{select}} "
    "ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body"
)


def _upsert(source: Source, vendor: str, where: str) -> str:
    return UPSERT.format(select=source.select.format(agg=AGG[vendor], where=where))


def fill(vendor: str) -> list[str]:
    """Statements that (re)fill the index from every source."""
    return [f"DELETE FROM {ENTRY}"] + [_upsert(s, vendor, "1 = 1") for s in SOURCES]


def _changed(columns, old="OLD", new="NEW") -> str:
    return " OR ".join(f"{old}.{c} IS DISTINCT FROM {new}.{c}" for c in columns)


def _sqlite_changed(columns) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def sqlite_forward() -> list[str]:
    statements = [
        f"CREATE VIRTUAL TABLE {FTS} USING fts5(title, body, content='{ENTRY}', "
        f"content_rowid='id', tokenize='{TOKENIZER}')",
        # Titles weigh five times the text in the ranking.
        f"INSERT INTO {FTS} ({FTS}, rank) VALUES ('rank', 'bm25(5.0, 1.0)')",
        f"CREATE TRIGGER {ENTRY}_ai AFTER INSERT ON {ENTRY} BEGIN "
        f"INSERT INTO {FTS} (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body); END",
        f"CREATE TRIGGER {ENTRY}_ad AFTER DELETE ON {ENTRY} BEGIN "
        f"INSERT INTO {FTS} ({FTS}, rowid, title, body) "
        f"VALUES ('delete', OLD.id, OLD.title, OLD.body); END",
        f"CREATE TRIGGER {ENTRY}_au AFTER UPDATE ON {ENTRY} BEGIN "
        f"INSERT INTO {FTS} ({FTS}, rowid, title, body) "
        f"VALUES ('delete', OLD.id, OLD.title, OLD.body); "
        f"INSERT INTO {FTS} (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body); END",
    ]
    for s in SOURCES:
        name = f"search_{s.kind}"
        upsert = _upsert(s, "sqlite", "c.id = NEW.id")
        statements += [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {s.table} BEGIN {upsert}; END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE ON {s.table} "
            f"WHEN {_sqlite_changed(s.columns)} BEGIN {upsert}; END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {s.table} BEGIN "
            f"DELETE FROM {ENTRY} WHERE id = OLD.id * 8 + {s.code}; END",
        ]
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
        upsert = _upsert(CONTRIBUTION, "sqlite", f"c.id = {row}.contribution_id")
        statements.append(
            f"CREATE TRIGGER search_answer_{event.lower()} AFTER {event} ON {ANSWER_TABLE} "
            f"BEGIN {upsert}; END"
        )
    statements.append(
        f"CREATE TRIGGER search_answer_update AFTER UPDATE ON {ANSWER_TABLE} "
        "WHEN OLD.text IS NOT NEW.text OR OLD.contribution_id IS NOT NEW.contribution_id BEGIN "
        + _upsert(CONTRIBUTION, "sqlite", "c.id = OLD.contribution_id")
        + "; "
        + _upsert(CONTRIBUTION, "sqlite", "c.id = NEW.contribution_id")
        + "; END"
    )
    return statements + fill("sqlite")


def sqlite_backward() -> list[str]:
    names = [f"search_{s.kind}_{suffix}" for s in SOURCES for suffix in ("ai", "au", "ad")]
    names += ["search_answer_insert", "search_answer_delete", "search_answer_update"]
    names += [f"{ENTRY}_ai", f"{ENTRY}_ad", f"{ENTRY}_au"]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names] + [f"DROP TABLE IF EXISTS {FTS}"]


def _document(column: str, weight: str) -> str:
    return " || ".join(
        f"setweight(to_tsvector('{config}'::regconfig, coalesce({column}, '')), '{weight}')"
        for config in ("german", "english")
    )


def _pg_function(name: str, body: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"{body} RETURN NULL; END $$"
    )


def postgresql_forward() -> list[str]:
    statements = [
        f"ALTER TABLE {ENTRY} ADD COLUMN document tsvector GENERATED ALWAYS AS ("
        f"{_document('title', 'A')} || {_document('body', 'B')}) STORED",
        f"CREATE INDEX {ENTRY}_document ON {ENTRY} USING GIN (document)",
    ]
    for s in SOURCES:
        name = f"search_{s.kind}"
        upsert = _upsert(s, "postgresql", "c.id = NEW.id")
        statements += [
            _pg_function(f"{name}_upsert", f"{upsert};"),
            _pg_function(
                f"{name}_delete", f"DELETE FROM {ENTRY} WHERE id = OLD.id * 8 + {s.code};"
            ),
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {s.table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}_upsert()",
            f"CREATE TRIGGER {name}_au AFTER UPDATE ON {s.table} FOR EACH ROW "
            f"WHEN ({_changed(s.columns)}) EXECUTE FUNCTION {name}_upsert()",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {s.table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}_delete()",
        ]
    answer_body = (
        "IF TG_OP <> 'INSERT' THEN "
        + _upsert(CONTRIBUTION, "postgresql", "c.id = OLD.contribution_id")
        + "; END IF; IF TG_OP <> 'DELETE' THEN "
        + _upsert(CONTRIBUTION, "postgresql", "c.id = NEW.contribution_id")
        + "; END IF;"
    )
    statements += [
        _pg_function("search_answer_sync", answer_body),
        f"CREATE TRIGGER search_answer_ai AFTER INSERT OR DELETE ON {ANSWER_TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION search_answer_sync()",
        f"CREATE TRIGGER search_answer_au AFTER UPDATE ON {ANSWER_TABLE} FOR EACH ROW "
        f"WHEN ({_changed(('text', 'contribution_id'))}) "
        "EXECUTE FUNCTION search_answer_sync()",
    ]
    return statements + fill("postgresql")


def postgresql_backward() -> list[str]:
    statements = []
    for s in SOURCES:
        name = f"search_{s.kind}"
        statements += [
            f"DROP TRIGGER IF EXISTS {name}_{suffix} ON {s.table}" for suffix in ("ai", "au", "ad")
        ]
        statements += [
            f"DROP FUNCTION IF EXISTS {name}_upsert()",
            f"DROP FUNCTION IF EXISTS {name}_delete()",
        ]
    statements += [
        f"DROP TRIGGER IF EXISTS search_answer_ai ON {ANSWER_TABLE}",
        f"DROP TRIGGER IF EXISTS search_answer_au ON {ANSWER_TABLE}",
        "DROP FUNCTION IF EXISTS search_answer_sync()",
        f"ALTER TABLE {ENTRY} DROP COLUMN IF EXISTS document",
    ]
    return statements


def statements(vendor: str, *, forward: bool = True) -> list[str]:
    table = {
        ("sqlite", True): sqlite_forward,
        ("sqlite", False): sqlite_backward,
        ("postgresql", True): postgresql_forward,
        ("postgresql", False): postgresql_backward,
    }
    make = table.get((vendor, forward))
    return make() if make else []
