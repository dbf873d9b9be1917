"""Moving the English versions that lived in `<field>_en` columns into `translations`
({language: {field: text}}), for the data migrations of each app. Kept stable: the
migrations import it."""

from django.db import migrations


def english_columns_to_versions(app_label: str, models: dict[str, tuple[str, ...]]):
    """A RunPython operation: for each model and field, a filled-in `<field>_en` becomes
    translations["en"][field]; backwards, the English version goes back to its column."""

    def forwards(apps, schema_editor):
        for model_name, fields in models.items():
            model = apps.get_model(app_label, model_name)
            columns = {field.name for field in model._meta.get_fields()}
            if not {f"{field}_en" for field in fields} <= columns:
                continue  # run again on today's models (the tests' reseeding): moved already
            changed = []
            for row in model.objects.all().only("pk", "translations", *[f"{f}_en" for f in fields]):
                english = {
                    field: getattr(row, f"{field}_en")
                    for field in fields
                    if (getattr(row, f"{field}_en") or "").strip()
                }
                if english:
                    versions = dict(row.translations or {})
                    versions["en"] = {**versions.get("en", {}), **english}
                    row.translations = versions
                    changed.append(row)
            model.objects.bulk_update(changed, ["translations"], batch_size=500)

    def backwards(apps, schema_editor):
        for model_name, fields in models.items():
            model = apps.get_model(app_label, model_name)
            changed = []
            for row in model.objects.all():
                english = (row.translations or {}).get("en", {})
                for field in fields:
                    setattr(row, f"{field}_en", english.get(field, ""))
                changed.append(row)
            model.objects.bulk_update(changed, [f"{field}_en" for field in fields], batch_size=500)

    return migrations.RunPython(forwards, backwards)


def english_name(model, name_en: str) -> dict:
    """The English name as `model` keeps it, for seeding functions: in `translations`
    today, in a `name_en` column in the schema the seeding migrations run against."""
    if any(field.name == "translations" for field in model._meta.get_fields()):
        return {"translations": {"en": {"name": name_en}}}
    return {"name_en": name_en}
