from django.db import migrations

from praxisdialog.calls.taxonomy_defaults import add_versions_to_default_taxonomies


def add_versions(apps, schema_editor):
    add_versions_to_default_taxonomies(
        apps.get_model("calls", "Role"), apps.get_model("calls", "Setting")
    )


class Migration(migrations.Migration):
    dependencies = [("calls", "0004_plain_language_summary")]

    operations = [migrations.RunPython(add_versions, migrations.RunPython.noop)]
