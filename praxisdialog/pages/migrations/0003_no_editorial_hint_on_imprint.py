"""The first imprint text told the editorial team where to fill in the provider's
details; that hint was shown to every visitor. It goes from imprints that still have it."""

from django.db import migrations

HINT = "Die Angaben zum Anbieter oben pflegt die Redaktion in den Website-Einstellungen.\n\n"


def remove_hint(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    for page in Page.objects.filter(body__contains=HINT.strip()):
        page.body = page.body.replace(HINT, "").replace(HINT.strip(), "").lstrip()
        page.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("pages", "0002_default_pages")]
    operations = [migrations.RunPython(remove_hint, migrations.RunPython.noop)]
