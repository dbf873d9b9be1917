"""Demo content of this capability, called by `manage.py seed_demo` (idempotent).

Each thread belongs to one contribution, named by its title, and answers what that
contribution tells; the contribution's author answers questions put to them."""

from django.db import transaction

from praxisdialog.contributions.models import Contribution
from praxisdialog.core import targets

from .models import Comment

# contribution title -> (language, opening comment, replies); a reply marked AUTHOR is
# written by the contribution's author, the others by other demo people in turn.
AUTHOR = "author"
THREADS = {
    "Sprachtandem in der Frühschicht": (
        "de",
        "Das Tandem-Modell würde ich gern in unserem Lager ausprobieren. "
        "Wie haben Sie die Paare gebildet?",
        [
            (
                AUTHOR,
                "Nach Stationen, nicht nach Sprache: Wer an derselben Rampe arbeitet, bildet "
                "ein Tandem. Das hat überraschend gut funktioniert.",
            ),
            (None, "Bei uns haben sich die Paare selbst gefunden, nach einer Kennenlernwoche."),
        ],
    ),
    "Terminbuchung in sechs Sprachen": (
        "de",
        "Haben Sie die Texte der Oberfläche selbst übersetzt oder mit einem Dienst? Wir "
        "überlegen dasselbe für unsere Praxis.",
        [
            (
                AUTHOR,
                "Die ersten Fassungen haben Samir und zwei Patientinnen geschrieben; heute "
                "prüft eine Übersetzerin jede neue Version, bevor sie online geht.",
            ),
        ],
    ),
    "An employer network that shares the paperwork": (
        "en",
        "Thank you for sharing this. The part about which questions the smaller firms "
        "bring is the most useful for us.",
        [
            (
                None,
                "Agreed. We tried to do all of it alone at first and drowned in forms; a "
                "network like this would have saved us months.",
            ),
        ],
    ),
}


@transaction.atomic
def seed(*, call, staff, participant, authors) -> None:
    """Add what is missing; keep what exists. Written directly rather than through the
    services: demo comments need neither rate limits nor pre-moderation."""
    contributions = {
        contribution.title: contribution
        for contribution in Contribution.objects.filter(
            call=call, status=Contribution.Status.PUBLISHED, title__in=THREADS
        ).select_related("author")
    }
    people = [participant, *authors]
    turn = 0
    for title, (language, text, replies) in THREADS.items():
        contribution = contributions.get(title)
        if contribution is None:
            continue
        others = [person for person in people if person != contribution.author]
        content_type = targets.content_type_of(contribution)
        root, _created = Comment.objects.get_or_create(
            content_type=content_type,
            object_id=contribution.pk,
            text=text,
            defaults={"author": others[turn % len(others)], "language": language},
        )
        turn += 1
        for who, reply_text in replies:
            if who == AUTHOR:
                author = contribution.author
            else:
                author = others[turn % len(others)]
                turn += 1
            _reply, created = Comment.objects.get_or_create(
                content_type=content_type,
                object_id=contribution.pk,
                text=reply_text,
                defaults={
                    "author": author,
                    "parent": root,
                    "root": root,
                    "depth": 1,
                    "language": language,
                },
            )
            if created:
                root.reply_count += 1
        root.save(update_fields=["reply_count"])
