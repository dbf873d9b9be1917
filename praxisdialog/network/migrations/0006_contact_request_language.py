from django.db import migrations, models


def recognise_languages(apps, schema_editor):
    """The requests their recipients still read get the language of their message, so
    that they can be translated like messages; a text too short to tell gets its
    sender's language."""
    ContactRequest = apps.get_model("network", "ContactRequest")
    rows = ContactRequest.objects.filter(language="", status__in=["pending", "accepted"])
    if not rows.exists():
        return
    from praxisdialog.translation.detection import detect_language

    changed = []
    for row in rows.select_related("sender").iterator(chunk_size=500):
        row.language = detect_language(row.message, fallback=row.sender.preferred_language)
        changed.append(row)
    ContactRequest.objects.bulk_update(changed, ["language"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0005_versions_in_every_language"),
    ]

    operations = [
        migrations.AddField(
            model_name="contactrequest",
            name="language",
            field=models.CharField(blank=True, max_length=8, verbose_name="language of the text"),
        ),
        migrations.RunPython(recognise_languages, migrations.RunPython.noop, elidable=True),
    ]
