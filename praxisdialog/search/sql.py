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

Text only: what a reader may see is decided at query time by the owning apps. What is
indexed is declared by the owners (`search_text` of their registration in
core/targets.py); the search app's migrations hold a frozen copy of those declarations
as `Source`s and make the triggers from them, so a migration replays the same SQL
whatever the code says later. tests/search checks that the last migration's copy is what
the owners declare."""

from dataclasses import dataclass

ENTRY = "search_searchentry"
FTS = "search_searchentry_fts"
TOKENIZER = "porter unicode61 remove_diacritics 2"


@dataclass(frozen=True)
class Part:
    """Rows of `table` whose `fields` belong to the text of the row `key` points at."""

    name: str
    table: str
    key: str
    fields: tuple[str, ...]
    versions: bool = False


@dataclass(frozen=True)
class Source:
    """One kind in the index: the rows of `table`, their `title` and `text` columns, the
    versions in other languages in their `translations` JSON if `versions`, and `parts`
    from other tables. The entry of row `id` is `id * 8 + code`."""

    kind: str
    code: int
    table: str
    title: tuple[str, ...] = ()
    text: tuple[str, ...] = ()
    versions: bool = False
    parts: tuple[Part, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns whose change re-indexes a row."""
        return self.title + self.text + (("translations",) if self.versions else ())

    @classmethod
    def of(cls, target) -> "Source":
        """The source an owner declares in its registration (core/targets.py)."""
        text = target.search_text
        return cls(
            kind=target.kind,
            code=text.code,
            table=target.model._meta.db_table,
            title=text.title,
            text=text.text,
            versions=text.versions,
            parts=tuple(
                Part(name=p.name, table=p.table, key=p.key, fields=p.fields, versions=p.versions)
                for p in text.parts
            ),
        )


def _cat(parts) -> str:
    parts = list(parts)
    if not parts:
        return "''"
    return " || ' ' || ".join(f"coalesce({part}, '')" for part in parts)


def _agg(vendor: str, expression: str) -> str:
    if vendor == "postgresql":
        return f"string_agg({expression}, ' ')"
    return f"group_concat({expression}, ' ')"


def _versions(vendor: str, alias: str) -> str:
    """Every text of the versions staff wrote in other languages ({language: {field:
    text}}), one after the other."""
    if vendor == "postgresql":
        return (
            "(SELECT string_agg(v #>> '{}', ' ') FROM "
            f"jsonb_path_query({alias}.translations, '$.*.*') v "
            "WHERE jsonb_typeof(v) = 'string')"
        )
    return (
        f"(SELECT group_concat(value, ' ') FROM json_tree({alias}.translations) "
        "WHERE type = 'text')"
    )


def _part_text(vendor: str, part: Part) -> str:
    fields = [f"p.{field}" for field in part.fields]
    if part.versions:
        fields.append(_versions(vendor, "p"))
    return f"(SELECT {_agg(vendor, _cat(fields))} FROM {part.table} p WHERE p.{part.key} = c.id)"


def _select(source: Source, vendor: str, where: str) -> str:
    title = _cat(f"c.{column}" for column in source.title)
    body = [_part_text(vendor, part) for part in source.parts]
    body += [f"c.{column}" for column in source.text]
    if source.versions:
        body.append(_versions(vendor, "c"))
    return (
        f"SELECT c.id * 8 + {source.code}, '{source.kind}', c.id, {title}, {_cat(body)} "
        f"FROM {source.table} c WHERE {where}"
    )


def _upsert(source: Source, vendor: str, where: str) -> str:
    return (
        f"INSERT INTO {ENTRY} (id, kind, object_id, title, body) "
        f"{_select(source, vendor, where)} "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body"
    )


def fill(vendor: str, sources) -> list[str]:
    """Statements that (re)fill the index from every source."""
    return [f"DELETE FROM {ENTRY}"] + [_upsert(s, vendor, "1 = 1") for s in sources]


def _changed(columns) -> str:
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)


def _sqlite_changed(columns) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def _part_columns(part: Part) -> tuple[str, ...]:
    return part.fields + (("translations",) if part.versions else ()) + (part.key,)


# SQLite


def sqlite_structure_forward() -> list[str]:
    return [
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


def sqlite_structure_backward() -> list[str]:
    names = [f"{ENTRY}_ai", f"{ENTRY}_ad", f"{ENTRY}_au"]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names] + [f"DROP TABLE IF EXISTS {FTS}"]


def sqlite_sources_forward(sources) -> list[str]:
    statements = []
    for s in sources:
        name = f"search_{s.kind}"
        upsert = _upsert(s, "sqlite", "c.id = NEW.id")
        statements += [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {s.table} BEGIN {upsert}; END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE ON {s.table} "
            f"WHEN {_sqlite_changed(s.columns)} BEGIN {upsert}; END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {s.table} BEGIN "
            f"DELETE FROM {ENTRY} WHERE id = OLD.id * 8 + {s.code}; END",
        ]
        for part in s.parts:
            pname = f"search_{part.name}"
            for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
                upsert = _upsert(s, "sqlite", f"c.id = {row}.{part.key}")
                statements.append(
                    f"CREATE TRIGGER {pname}_{event.lower()} AFTER {event} ON {part.table} "
                    f"BEGIN {upsert}; END"
                )
            statements.append(
                f"CREATE TRIGGER {pname}_update AFTER UPDATE ON {part.table} "
                f"WHEN {_sqlite_changed(_part_columns(part))} BEGIN "
                + _upsert(s, "sqlite", f"c.id = OLD.{part.key}")
                + "; "
                + _upsert(s, "sqlite", f"c.id = NEW.{part.key}")
                + "; END"
            )
    return statements


def sqlite_sources_backward(sources) -> list[str]:
    names = []
    for s in sources:
        names += [f"search_{s.kind}_{suffix}" for suffix in ("ai", "au", "ad")]
        for part in s.parts:
            names += [f"search_{part.name}_{suffix}" for suffix in ("insert", "delete", "update")]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names]


# PostgreSQL


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


def postgresql_structure_forward() -> list[str]:
    return [
        f"ALTER TABLE {ENTRY} ADD COLUMN document tsvector GENERATED ALWAYS AS ("
        f"{_document('title', 'A')} || {_document('body', 'B')}) STORED",
        f"CREATE INDEX {ENTRY}_document ON {ENTRY} USING GIN (document)",
    ]


def postgresql_structure_backward() -> list[str]:
    return [f"ALTER TABLE {ENTRY} DROP COLUMN IF EXISTS document"]


def postgresql_sources_forward(sources) -> list[str]:
    statements = []
    for s in sources:
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
        for part in s.parts:
            pname = f"search_{part.name}"
            body = (
                "IF TG_OP <> 'INSERT' THEN "
                + _upsert(s, "postgresql", f"c.id = OLD.{part.key}")
                + "; END IF; IF TG_OP <> 'DELETE' THEN "
                + _upsert(s, "postgresql", f"c.id = NEW.{part.key}")
                + "; END IF;"
            )
            statements += [
                _pg_function(f"{pname}_sync", body),
                f"CREATE TRIGGER {pname}_ai AFTER INSERT OR DELETE ON {part.table} "
                f"FOR EACH ROW EXECUTE FUNCTION {pname}_sync()",
                f"CREATE TRIGGER {pname}_au AFTER UPDATE ON {part.table} FOR EACH ROW "
                f"WHEN ({_changed(_part_columns(part))}) "
                f"EXECUTE FUNCTION {pname}_sync()",
            ]
    return statements


def postgresql_sources_backward(sources) -> list[str]:
    statements = []
    for s in sources:
        name = f"search_{s.kind}"
        statements += [
            f"DROP TRIGGER IF EXISTS {name}_{suffix} ON {s.table}" for suffix in ("ai", "au", "ad")
        ]
        statements += [
            f"DROP FUNCTION IF EXISTS {name}_upsert()",
            f"DROP FUNCTION IF EXISTS {name}_delete()",
        ]
        for part in s.parts:
            pname = f"search_{part.name}"
            statements += [
                f"DROP TRIGGER IF EXISTS {pname}_ai ON {part.table}",
                f"DROP TRIGGER IF EXISTS {pname}_au ON {part.table}",
                f"DROP FUNCTION IF EXISTS {pname}_sync()",
            ]
    return statements


_STRUCTURE = {
    "sqlite": (sqlite_structure_forward, sqlite_structure_backward),
    "postgresql": (postgresql_structure_forward, postgresql_structure_backward),
}
_SOURCES = {
    "sqlite": (sqlite_sources_forward, sqlite_sources_backward),
    "postgresql": (postgresql_sources_forward, postgresql_sources_backward),
}


def create_index(vendor: str, sources) -> list[str]:
    """The index, the triggers of `sources`, and the index filled from them."""
    if vendor not in _STRUCTURE:
        return []
    return _STRUCTURE[vendor][0]() + _SOURCES[vendor][0](sources) + fill(vendor, sources)


def drop_index(vendor: str, sources) -> list[str]:
    if vendor not in _STRUCTURE:
        return []
    return _SOURCES[vendor][1](sources) + _STRUCTURE[vendor][1]()


def replace_sources(vendor: str, old, new) -> list[str]:
    """From the triggers of `old` to those of `new`, with the index filled again."""
    if vendor not in _SOURCES:
        return []
    return _SOURCES[vendor][1](old) + _SOURCES[vendor][0](new) + fill(vendor, new)
