from django.db import migrations


def seed(apps, schema_editor):
    from praxisdialog.insights.lexicon_defaults import seed_default_lexicon

    seed_default_lexicon(apps.get_model("insights", "Concept"), apps.get_model("insights", "Term"))


class Migration(migrations.Migration):
    dependencies = [("insights", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
