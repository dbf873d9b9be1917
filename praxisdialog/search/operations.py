"""Migration operations of search: they shape the schema (an FTS table, a generated
column, triggers) in the SQL of the database in use, from the frozen `Source`s each
migration carries (see sql.py). `sources_after` is what the triggers index once the
operation has run."""

from django.db.migrations.operations.base import Operation

from . import sql


class _SearchOperation(Operation):
    reversible = True

    def state_forwards(self, app_label, state):
        pass

    def _run(self, schema_editor, statements):
        for statement in statements:
            schema_editor.execute(statement, params=None)


class CreateSearchIndex(_SearchOperation):
    """The full-text index and the triggers that fill it from `sources`."""

    def __init__(self, sources):
        self.sources = tuple(sources)
        self.sources_after = self.sources

    def deconstruct(self):
        return (self.__class__.__name__, [], {"sources": self.sources})

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        self._run(schema_editor, sql.create_index(schema_editor.connection.vendor, self.sources))

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        self._run(schema_editor, sql.drop_index(schema_editor.connection.vendor, self.sources))

    def describe(self):
        return "Create the full-text index of search and the triggers that fill it"


class ReplaceSearchSources(_SearchOperation):
    """Replaces the triggers of `old` by those of `new` and fills the index again."""

    def __init__(self, old, new):
        self.old = tuple(old)
        self.new = tuple(new)
        self.sources_after = self.new

    def deconstruct(self):
        return (self.__class__.__name__, [], {"old": self.old, "new": self.new})

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        vendor = schema_editor.connection.vendor
        self._run(schema_editor, sql.replace_sources(vendor, self.old, self.new))

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        vendor = schema_editor.connection.vendor
        self._run(schema_editor, sql.replace_sources(vendor, self.new, self.old))

    def describe(self):
        return "Index other texts in search: replace the triggers that fill the index"
