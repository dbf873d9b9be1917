"""The roles and settings every installation starts with; staff edit them later.

Used by the data migration and by tests that flush the database."""

from praxisdialog.core.migration_versions import english_name

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


def seed_default_taxonomies(role_model, setting_model) -> None:
    """Adds the default terms that are missing; never changes what staff edited."""
    for model, rows in ((role_model, ROLES), (setting_model, SETTINGS)):
        for position, (slug, name, name_en) in enumerate(rows, start=1):
            model.objects.get_or_create(
                slug=slug,
                defaults={"name": name, "position": position, **english_name(model, name_en)},
            )
