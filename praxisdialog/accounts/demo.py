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

# Fictional people; addresses use the reserved example.org. Each speaks in one role from
# one region (see contributions/demo.py), as a real participant would.
AUTHORS = [
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
    {
        "email": "jonas.wendt@example.org",
        "display_name": "Jonas W.",
        "full_name": "Jonas Wendt",
        "language": "de",
    },
    {
        "email": "hannah.roth@example.org",
        "display_name": "H. Roth",
        "full_name": "Hannah Roth",
        "language": "en",
    },
    {
        "email": "kerstin.paulsen@example.org",
        "display_name": "Kerstin P.",
        "full_name": "Kerstin Paulsen",
        "language": "de",
    },
    {
        "email": "florian.gruber@example.org",
        "display_name": "Florian G.",
        "full_name": "Florian Gruber",
        "language": "de",
    },
    {
        "email": "priya.nair@example.org",
        "display_name": "Priya N.",
        "full_name": "Priya Nair",
        "language": "en",
    },
    {
        "email": "thomas.vogt@example.org",
        "display_name": "Bäckerei Vogt",
        "full_name": "Thomas Vogt",
        "language": "de",
    },
    {
        "email": "daniel.weber@example.org",
        "display_name": "D. Weber",
        "full_name": "Daniel Weber",
        "language": "en",
    },
    {
        "email": "petra.sommer@example.org",
        "display_name": "Petra S.",
        "full_name": "Petra Sommer",
        "language": "de",
    },
    {
        "email": "uwe.richter@example.org",
        "display_name": "Rad-Uwe",
        "full_name": "Uwe Richter",
        "language": "de",
    },
    {
        "email": "anke.becker@example.org",
        "display_name": "Anke B.",
        "full_name": "Anke Becker",
        "language": "de",
    },
    {
        "email": "grace.mensah@example.org",
        "display_name": "Grace M.",
        "full_name": "Grace Mensah",
        "language": "en",
    },
    {
        "email": "nils.hansen@example.org",
        "display_name": "N. Hansen",
        "full_name": "Nils Hansen",
        "language": "de",
    },
    {
        "email": "yasemin.kaya@example.org",
        "display_name": "Yasemin K.",
        "full_name": "Yasemin Kaya",
        "language": "de",
    },
    {
        "email": "claudia.maas@example.org",
        "display_name": "C. Maas",
        "full_name": "Claudia Maas",
        "language": "de",
    },
    {
        "email": "elena.fischer@example.org",
        "display_name": "Dr. E. Fischer",
        "full_name": "Elena Fischer",
        "language": "en",
    },
    {
        "email": "martin.huber@example.org",
        "display_name": "M. Huber",
        "full_name": "Martin Huber",
        "language": "de",
    },
    {
        "email": "rasha.alkhatib@example.org",
        "display_name": "رشا",
        "full_name": "Rasha Al-Khatib",
        "language": "ar",
    },
    {
        "email": "shirin.rahimi@example.org",
        "display_name": "Shirin R.",
        "full_name": "Shirin Rahimi",
        "language": "de",
    },
    {
        "email": "khaled.nasser@example.org",
        "display_name": "Khaled N.",
        "full_name": "Khaled Nasser",
        "language": "de",
    },
    {
        "email": "dirk.janssen@example.org",
        "display_name": "Kfz Janssen",
        "full_name": "Dirk Janssen",
        "language": "de",
    },
    {
        "email": "lea.wagner@example.org",
        "display_name": "L. Wagner",
        "full_name": "Lea Wagner",
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
