from django.db import migrations


class Migration(migrations.Migration):
    """SentMail now belongs to core (core.0004 took over its table and rows); this app
    only forgets it, without touching the database."""

    dependencies = [
        ("notifications", "0003_kinds_for_phases_resonance_and_network"),
        ("core", "0004_sentmail"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SentMail")],
            database_operations=[],
        ),
    ]
