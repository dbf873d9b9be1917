from django.db import migrations, models

from praxisdialog.core.migration_versions import english_columns_to_versions

ENGLISH = {
    "call": ("title", "teaser", "body"),
    "question": ("text", "help_text"),
    "phase": ("description",),
    "role": ("name",),
    "setting": ("name",),
}


def _versions_field():
    return models.JSONField(
        blank=True, default=dict, editable=False, verbose_name="versions in other languages"
    )


class Migration(migrations.Migration):
    dependencies = [("calls", "0002_seed_taxonomies")]

    operations = [
        *[
            migrations.AddField(model_name=name, name="translations", field=_versions_field())
            for name in ENGLISH
        ],
        english_columns_to_versions("calls", ENGLISH),
        *[
            migrations.RemoveField(model_name=name, name=f"{field}_en")
            for name, fields in ENGLISH.items()
            for field in fields
        ],
    ]
