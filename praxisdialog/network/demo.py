"""Demo content of this capability, called by `manage.py seed_demo` (idempotent)."""

from praxisdialog.calls.models import Role, Setting

from .models import Interest, Profile, ProfileLanguage

# For the first demo authors in turn, in the role, setting and region they write from
# (contributions/demo.py): role, setting, region, languages, offers, seeks, lines.
PROFILES = [
    (  # Mira K., founder of the booking software start-up in Berlin
        "founder",
        "start-up",
        "DE-BE",
        ["de", "en", "fa"],
        ["job", "internship"],
        ["mentoring", "funding"],
        "Praktika in Softwareentwicklung",
        "Erfahrene Gründerinnen als Mentorinnen",
    ),
    (  # Tarek, colleague in a warehouse in North Rhine-Westphalia
        "colleague",
        "work-team",
        "DE-NW",
        ["de", "ar"],
        ["language-tandem", "mentoring"],
        ["volunteers"],
        "Erfahrungen mit Sprachtandems im Lager, gern auch bei Ihnen vor Ort",
        "Ehrenamtliche für Sprachbegleitung in der Frühschicht",
    ),
    (  # Svenja, trainer in Bavaria
        "trainer",
        "education",
        "DE-BY",
        ["de"],
        ["mentoring", "apprenticeship"],
        ["volunteers"],
        "Ausbildung im Handwerk, Begleitung in den ersten Monaten",
        "Ehrenamtliche, die Azubis beim Fachwortschatz begleiten",
    ),
    (  # Oleksandra, from nursing in Ukraine to shift lead in Thuringia
        "newcomer",
        "sme",
        "DE-TH",
        ["uk", "ru", "de"],
        ["language-tandem"],
        ["recognition", "mentoring"],
        "Sprachtandem Ukrainisch und Deutsch, jeden Donnerstag",
        "Wissen zur Anerkennung ukrainischer Abschlüsse in der Pflege",
    ),
]


def seed(*, call, staff, participant, authors) -> None:
    """Add what is missing; keep what exists."""
    interests = {interest.slug: interest for interest in Interest.objects.all()}
    roles = {role.slug: role for role in Role.objects.all()}
    settings = {setting.slug: setting for setting in Setting.objects.all()}
    for author, entry in zip(authors, PROFILES, strict=False):
        role, setting, region, languages, offers, seeks, offer_text, seek_text = entry
        if Profile.objects.filter(user=author).exists():
            continue
        profile = Profile.objects.create(
            user=author,
            is_listed=True,
            visibility=Profile.Visibility.PUBLIC
            if author == authors[0]
            else Profile.Visibility.PARTICIPANTS,
            display_name=author.display_name or author.public_name,
            role=roles.get(role),
            setting=settings.get(setting),
            region=region,
            offer_text=offer_text,
            seek_text=seek_text,
        )
        profile.offers.set([interests[slug] for slug in offers if slug in interests])
        profile.seeks.set([interests[slug] for slug in seeks if slug in interests])
        ProfileLanguage.objects.bulk_create(
            [ProfileLanguage(profile=profile, code=code) for code in languages]
        )
