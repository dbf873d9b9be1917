from django.db import migrations

from praxisdialog.calls.taxonomy_defaults import seed_default_taxonomies


def seed(apps, schema_editor):
    seed_default_taxonomies(apps.get_model("calls", "Role"), apps.get_model("calls", "Setting"))


class Migration(migrations.Migration):
    dependencies = [("calls", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
