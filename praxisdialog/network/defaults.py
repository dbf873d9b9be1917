"""The offers and needs a new installation starts with; staff edit them in the admin."""

from praxisdialog.core.migration_versions import english_name

INTERESTS = [
    ("mentoring", "Mentoring", "Mentoring"),
    ("internship", "Praktikum oder Hospitation", "Internship or placement"),
    ("apprenticeship", "Ausbildungsplatz", "Apprenticeship"),
    ("job", "Arbeitsstelle", "Job"),
    ("co-founding", "Mitgründung", "Co-founding"),
    ("funding", "Finanzierung und Förderung", "Funding"),
    ("language-tandem", "Sprachtandem", "Language tandem"),
    (
        "recognition",
        "Wissen zur Anerkennung von Abschlüssen",
        "Know-how on recognition of qualifications",
    ),
    ("volunteers", "Ehrenamtliche", "Volunteers"),
    ("speakers", "Referentinnen und Referenten für Workshops", "Workshop speakers"),
    ("research", "Forschungspartnerschaft", "Research partnership"),
]


def seed_default_interests(interest_model) -> None:
    for position, (slug, name, name_en) in enumerate(INTERESTS, start=1):
        interest_model.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "position": position, **english_name(interest_model, name_en)},
        )
