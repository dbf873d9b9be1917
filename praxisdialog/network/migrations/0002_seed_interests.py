from django.db import migrations

from praxisdialog.network.defaults import seed_default_interests


def seed(apps, schema_editor):
    seed_default_interests(apps.get_model("network", "Interest"))


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
