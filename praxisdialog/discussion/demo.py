"""Demo content of this capability, called by `manage.py seed_demo` (idempotent)."""

from django.db import transaction

from praxisdialog.contributions.models import Contribution
from praxisdialog.core import targets

from .models import Comment

THREADS = [
    (
        "Das Tandem-Modell würde ich gern in unserer Werkstatt ausprobieren. "
        "Wie habt ihr die Paare gebildet?",
        [
            "Nach Interessen, nicht nach Sprache: das hat überraschend gut funktioniert.",
            "Bei uns haben sich die Paare selbst gefunden, nach einer Kennenlernwoche.",
        ],
    ),
    (
        "Thank you for sharing this. The part about what did *not* work is the most useful for us.",
        ["Agreed, we made the same mistake with too many forms at the start."],
    ),
]


@transaction.atomic
def seed(*, call, staff, participant, authors) -> None:
    """Add what is missing; keep what exists. Written directly rather than through the
    services: demo comments need neither rate limits nor pre-moderation."""
    contributions = list(
        Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED).order_by(
            "published_at", "pk"
        )[:2]
    )
    people = [participant, *authors, staff]
    for index, (contribution, (text, replies)) in enumerate(
        zip(contributions, THREADS, strict=False)
    ):
        content_type = targets.content_type_of(contribution)
        commenter = people[index % len(people)]
        root, _created = Comment.objects.get_or_create(
            content_type=content_type,
            object_id=contribution.pk,
            text=text,
            defaults={"author": commenter},
        )
        for offset, reply_text in enumerate(replies, start=1):
            _reply, created = Comment.objects.get_or_create(
                content_type=content_type,
                object_id=contribution.pk,
                text=reply_text,
                defaults={
                    "author": people[(index + offset) % len(people)],
                    "parent": root,
                    "root": root,
                    "depth": 1,
                },
            )
            if created:
                root.reply_count += 1
        root.save(update_fields=["reply_count"])
