from django.db import migrations

ROLES = [
    ("founder", "Gründerin oder Gründer", "Founder"),
    ("colleague", "Kollegin oder Kollege", "Colleague"),
    ("trainer", "Ausbilderin, Trainer oder Coach", "Trainer or coach"),
    ("employer", "Arbeitgeber oder Personalabteilung", "Employer or HR"),
    ("volunteer", "Ehrenamtliche oder Ehrenamtlicher", "Volunteer"),
    ("professional", "Fachkraft oder Beraterin", "Professional or adviser"),
    ("researcher", "Forscherin oder Forscher", "Researcher"),
    (
        "newcomer",
        "Neu in Deutschland: mit eigener Migrations- oder Fluchtgeschichte",
        "Newcomer: with my own story of migration or refuge",
    ),
]

SETTINGS = [
    ("start-up", "Start-up", "Start-up"),
    ("sme", "KMU / Mittelstand", "SME / Mittelstand"),
    ("work-team", "Arbeitsteam", "Work team"),
    ("corporate", "Abteilung in einem Konzern", "Corporate department"),
    ("civic", "Zivilgesellschaftliche Initiative oder NGO", "Civic initiative or NGO"),
    ("research", "Forschung", "Research"),
    ("public-body", "Öffentliche Einrichtung", "Public body"),
    ("education", "Bildung", "Education"),
]


def seed(apps, schema_editor):
    for model_name, rows in (("Role", ROLES), ("Setting", SETTINGS)):
        model = apps.get_model("calls", model_name)
        for position, (slug, name, name_en) in enumerate(rows, start=1):
            model.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en, "position": position}
            )


class Migration(migrations.Migration):
    dependencies = [("calls", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
