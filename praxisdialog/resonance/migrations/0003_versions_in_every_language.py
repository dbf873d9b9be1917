from django.db import migrations, models

from praxisdialog.core.migration_versions import english_columns_to_versions


class Migration(migrations.Migration):
    dependencies = [("resonance", "0002_dossier_private_storage")]

    operations = [
        migrations.AddField(
            model_name="phaseclosing",
            name="translations",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                verbose_name="versions in other languages",
            ),
        ),
        english_columns_to_versions("resonance", {"phaseclosing": ("message",)}),
        migrations.RemoveField(model_name="phaseclosing", name="message_en"),
    ]
