"""Demo accounts, called by `manage.py seed_demo` (idempotent): staff, a participant
and the fictional authors of the demo contributions (addresses use the reserved
example.org)."""

from allauth.account.models import EmailAddress

from .models import User

STAFF_EMAIL = "staff@example.org"
STAFF_PASSWORD = "demo-staff-2026"
PARTICIPANT_EMAIL = "teilnehmerin@example.org"
PARTICIPANT_PASSWORD = "demo-participant-2026"
DEMO_PASSWORD = "demo-author-2026"

AUTHORS = [  # fictional people; addresses use the reserved example.org
    {
        "email": "mira.keller@example.org",
        "display_name": "Mira K.",
        "full_name": "Mira Keller",
        "language": "de",
    },
    {
        "email": "tarek.haddad@example.org",
        "display_name": "Tarek aus dem Ruhrgebiet",
        "full_name": "Tarek Haddad",
        "language": "de",
    },
    {
        "email": "svenja.lorenz@example.org",
        "display_name": "Werkstatt-Svenja",
        "full_name": "Svenja Lorenz",
        "language": "de",
    },
    {
        "email": "oleksandra.moroz@example.org",
        "display_name": "Oleksandra M.",
        "full_name": "Oleksandra Moroz",
        "language": "de",
    },
    {
        "email": "ben.achterberg@example.org",
        "display_name": "nordlicht_ben",
        "full_name": "Ben Achterberg",
        "language": "de",
    },
    {
        "email": "amina.osei@example.org",
        "display_name": "Amina O.",
        "full_name": "Amina Osei",
        "language": "en",
    },
    {
        "email": "lukas.brandner@example.org",
        "display_name": "L. Brandner",
        "full_name": "Lukas Brandner",
        "language": "en",
    },
    {
        "email": "selin.aydin@example.org",
        "display_name": "Selin A.",
        "full_name": "Selin Aydin",
        "language": "de",
    },
]


def verified_user(email: str, password: str, **fields) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, password, **fields)
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def seed_people() -> tuple[User, User, list[User]]:
    """(staff, participant, authors), created where missing."""
    staff = verified_user(
        STAFF_EMAIL, STAFF_PASSWORD, display_name="Redaktion", is_staff=True, is_superuser=True
    )
    participant = verified_user(PARTICIPANT_EMAIL, PARTICIPANT_PASSWORD, display_name="Lina (Demo)")
    authors = [
        verified_user(
            a["email"],
            DEMO_PASSWORD,
            display_name=a["display_name"],
            full_name=a["full_name"],
            preferred_language=a["language"],
        )
        for a in AUTHORS
    ]
    return staff, participant, authors
