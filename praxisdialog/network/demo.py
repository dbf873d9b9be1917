"""Demo content of this capability, called by `manage.py seed_demo` (idempotent)."""

from praxisdialog.calls.models import Role, Setting

from .models import Interest, Profile, ProfileLanguage

# For each demo author in turn: role, setting, region, languages, offers, seeks, lines.
PROFILES = [
    (
        "trainer",
        "sme",
        "DE-TH",
        ["de", "ar"],
        ["mentoring", "apprenticeship"],
        ["volunteers"],
        "Ausbildung im Metallhandwerk, Begleitung in den ersten Monaten",
        "Ehrenamtliche für Sprachbegleitung",
    ),
    (
        "founder",
        "start-up",
        "DE-BE",
        ["de", "en", "fa"],
        ["job", "internship"],
        ["mentoring", "funding"],
        "Praktika in Softwareentwicklung",
        "Erfahrene Gründerinnen als Mentorinnen",
    ),
    (
        "volunteer",
        "civic",
        "DE-TH",
        ["de", "uk", "ru"],
        ["language-tandem", "volunteers"],
        ["mentoring", "recognition"],
        "Sprachtandems jeden Donnerstag",
        "Wissen zur Anerkennung ukrainischer Abschlüsse",
    ),
    (
        "researcher",
        "research",
        "DE-SN",
        ["de", "en"],
        ["research", "speakers"],
        ["internship"],
        "Begleitforschung zu Teams mit Zugewanderten",
        "Betriebe für Fallstudien",
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
