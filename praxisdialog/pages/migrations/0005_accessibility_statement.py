"""The accessibility statement says what is tested and how, and how to report a barrier:
the stored page gets the new default text (pages.defaults.ACCESSIBILITY_STATEMENT) where
it still has the first default text, which staff have not changed. Where pages keep
versions in other languages (a `translations` field), those versions are filled in too."""

from django.db import migrations

from praxisdialog.pages.defaults import ACCESSIBILITY_STATEMENT

FIRST_BODY = (
    "Wir möchten, dass alle Menschen diese Plattform nutzen können. Sie soll die "
    "Anforderungen der WCAG 2.2 auf Stufe AA erfüllen.\n\n"
    "# Stand der Vereinbarkeit\n\n"
    "Die Seiten funktionieren ohne JavaScript, lassen sich vollständig mit der "
    "Tastatur bedienen und sind mit Screenreadern getestet. Bilder in Blogbeiträgen "
    "haben immer einen Alternativtext.\n\n"
    "# Barrieren melden\n\n"
    "Wenn Ihnen Barrieren auffallen, schreiben Sie uns bitte über das "
    "[Kontaktformular](/contact/). Wir antworten Ihnen innerhalb von sechs Wochen."
)


def _replace(apps, *, old_body: str, body: str, versions) -> None:
    Page = apps.get_model("pages", "Page")
    PageVersion = apps.get_model("pages", "PageVersion")
    has_versions = any(field.name == "translations" for field in Page._meta.get_fields())
    for page in Page.objects.filter(kind="accessibility", body=old_body):
        page.body = body
        if has_versions:
            page.translations = versions(page.translations or {})
        page.save()
        PageVersion.objects.create(page=page, title=page.title, body=page.body)


def forwards(apps, schema_editor):
    others = {code: dict(text) for code, text in ACCESSIBILITY_STATEMENT.items() if code != "de"}
    _replace(
        apps,
        old_body=FIRST_BODY,
        body=ACCESSIBILITY_STATEMENT["de"]["body"],
        versions=lambda stored: {**stored, **others},
    )


def backwards(apps, schema_editor):
    _replace(
        apps,
        old_body=ACCESSIBILITY_STATEMENT["de"]["body"],
        body=FIRST_BODY,
        versions=lambda stored: {
            code: text for code, text in stored.items() if code not in ACCESSIBILITY_STATEMENT
        },
    )


class Migration(migrations.Migration):
    dependencies = [("pages", "0004_versions_in_every_language")]
    operations = [migrations.RunPython(forwards, backwards)]
