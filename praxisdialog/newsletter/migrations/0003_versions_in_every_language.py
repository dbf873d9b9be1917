from django.db import migrations, models

from praxisdialog.core.migration_versions import english_columns_to_versions


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0002_seven_interface_languages")]

    operations = [
        migrations.AddField(
            model_name="newsletter",
            name="translations",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                verbose_name="versions in other languages",
            ),
        ),
        english_columns_to_versions("newsletter", {"newsletter": ("subject", "body")}),
        migrations.RemoveField(model_name="newsletter", name="subject_en"),
        migrations.RemoveField(model_name="newsletter", name="body_en"),
    ]
