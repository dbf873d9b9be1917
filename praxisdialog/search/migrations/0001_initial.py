from django.db import migrations, models

from praxisdialog.search import sql


def forward(apps, schema_editor):
    for statement in sql.statements(schema_editor.connection.vendor, forward=True):
        schema_editor.execute(statement, params=None)


def backward(apps, schema_editor):
    for statement in sql.statements(schema_editor.connection.vendor, forward=False):
        schema_editor.execute(statement, params=None)


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
        migrations.RunPython(forward, backward),
    ]
