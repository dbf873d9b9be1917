from django.db import migrations, models
from django.db.migrations.operations.base import Operation

from praxisdialog.search import sql


class CreateSearchIndex(Operation):
    """The full-text index and its triggers, in the SQL of the database in use (an
    operation of its own rather than RunPython: it shapes the schema, it is no data)."""

    reversible = True

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        for statement in sql.statements(schema_editor.connection.vendor, forward=True):
            schema_editor.execute(statement, params=None)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        for statement in sql.statements(schema_editor.connection.vendor, forward=False):
            schema_editor.execute(statement, params=None)

    def describe(self):
        return "Create the full-text index of search and the triggers that fill it"


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contributions", "0004_listing_sort_indexes"),
        ("discussion", "0002_comment_language"),
        ("blog", "0001_initial"),
        ("network", "0004_message_language_profile_language"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("kind", models.CharField(max_length=20)),
                ("object_id", models.BigIntegerField()),
                ("title", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
            ],
            options={
                "indexes": [
                    models.Index(fields=["kind", "object_id"], name="search_entry_object")
                ],
            },
        ),
        CreateSearchIndex(),
    ]
