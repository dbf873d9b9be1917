"""The concept labels move from their label_en/label_ar/label_uk columns into
`translations`, the one mechanism for staff-written text in every language; the German
label_de becomes `name`. The default concepts gain their Farsi, Turkish and Russian
labels where staff kept the German label as it came."""

from django.db import migrations, models

MOVED = ("en", "ar", "uk")


def forwards(apps, schema_editor):
    from praxisdialog.insights.lexicon_defaults import CONCEPTS, default_labels

    defaults = {data["slug"]: data["label"] for data in CONCEPTS}
    concept_model = apps.get_model("insights", "Concept")
    if "label_en" not in {field.name for field in concept_model._meta.get_fields()}:
        return  # run again on today's models (the tests' reseeding): moved already
    changed = []
    for concept in concept_model.objects.all():
        versions = dict(concept.translations or {})
        for code in MOVED:
            label = (getattr(concept, f"label_{code}") or "").strip()
            if label:
                versions[code] = {**versions.get(code, {}), "name": label}
        if defaults.get(concept.slug) == concept.label_de:
            for code, version in default_labels(concept.slug).items():
                versions.setdefault(code, version)
        concept.translations = versions
        changed.append(concept)
    concept_model.objects.bulk_update(changed, ["translations"], batch_size=500)


def backwards(apps, schema_editor):
    concept_model = apps.get_model("insights", "Concept")
    changed = []
    for concept in concept_model.objects.all():
        versions = concept.translations or {}
        for code in MOVED:
            setattr(concept, f"label_{code}", (versions.get(code) or {}).get("name", ""))
        # The English column was required: the German stands in where there was none.
        concept.label_en = concept.label_en or concept.label_de
        changed.append(concept)
    concept_model.objects.bulk_update(
        changed, [f"label_{code}" for code in MOVED], batch_size=500
    )


class Migration(migrations.Migration):
    dependencies = [("insights", "0002_seed_lexicon")]

    operations = [
        migrations.AddField(
            model_name="concept",
            name="translations",
            field=models.JSONField(
                blank=True, default=dict, editable=False, verbose_name="versions in other languages"
            ),
        ),
        # With a default, so that reversing can add the column back to filled tables.
        migrations.AlterField(
            model_name="concept",
            name="label_en",
            field=models.CharField(
                blank=True, default="", max_length=120, verbose_name="label (English)"
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(model_name="concept", name="label_en"),
        migrations.RemoveField(model_name="concept", name="label_ar"),
        migrations.RemoveField(model_name="concept", name="label_uk"),
        migrations.RenameField(model_name="concept", old_name="label_de", new_name="name"),
        migrations.AlterModelOptions(
            name="concept",
            options={
                "ordering": ["name"],
                "verbose_name": "concept",
                "verbose_name_plural": "concepts",
            },
        ),
        migrations.AlterModelOptions(
            name="concepttag",
            options={
                "ordering": ["-count", "concept__name"],
                "verbose_name": "concept tag",
                "verbose_name_plural": "concept tags",
            },
        ),
    ]
