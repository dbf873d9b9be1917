from django.db import migrations, models

from praxisdialog.core.migration_versions import english_columns_to_versions


class Migration(migrations.Migration):
    dependencies = [("network", "0004_message_language_profile_language")]

    operations = [
        migrations.AddField(
            model_name="interest",
            name="translations",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                verbose_name="versions in other languages",
            ),
        ),
        english_columns_to_versions("network", {"interest": ("name",)}),
        migrations.RemoveField(model_name="interest", name="name_en"),
    ]
