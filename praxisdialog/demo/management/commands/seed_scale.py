"""Bulk data for benchmarks: what each page shows at scale, in one call.

N published contributions with their answers and M published comments (a third of them
replies), N/5 accounts, and beside them one thread of 10,000 comments, a thread of 100,
100 events with 500 registrations each, 5,000 network profiles, 50 blog posts and 1,000
newsletter subscribers (each of these an option; they are topped up to their number, so a
second run adds no second set).

Why it is fast: nothing goes through the services. They exist for one person's action
(they check permissions, moderate, send mail, notify followers, lock rows, queue tasks and
keep counters row by row); none of that means anything for generated data, and at 100,000
rows each of those steps would cost minutes. The counters the services would keep (reply
counts, seats taken, the queue of an event) are set afterwards with one UPDATE each.
The large tables (accounts, contributions, answers, comments, registrations) are written
by `_insert`: one prepared INSERT run with executemany over plain tuples, one transaction
a batch. bulk_create would build a model instance per row and compile every value through
the ORM, which measured as most of the time of the old command (5.5 minutes for 100,000
contributions and their comments); here the values every row shares are prepared once.
The small tables use bulk_create. Seeding expects to be the only writer: the new primary
keys are read back as those above the previous maximum."""

import random
from collections import Counter
from datetime import datetime, timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from praxisdialog.accounts.models import User
from praxisdialog.calls.demo import CALL
from praxisdialog.calls.models import Call, Role, Setting
from praxisdialog.contributions.demo import CONTRIBUTIONS
from praxisdialog.contributions.models import Answer, Contribution, Region, Sector, TextLanguage

BATCH = 5000
PREFIX = "scale-"


def _insert(model, rows: list[dict]) -> list[int]:
    """Inserts rows (attribute name -> value, only what differs from the model's defaults)
    with one executemany; returns their primary keys in order. Defaults come from one
    unsaved instance, prepared for the database once; of the row values only datetimes
    need the backend's adaptation (SQLite stores them as text)."""
    if not rows:
        return []
    meta = model._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    prototype = model()
    shared = {
        f.attname: f.get_db_prep_save(f.pre_save(prototype, True), connection) for f in fields
    }
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    table, pk = quote(meta.db_table), quote(meta.pk.column)
    adapt = connection.ops.adapt_datetimefield_value
    names = [f.attname for f in fields]

    def value(row: dict, name: str):
        if name not in row:
            return shared[name]
        item = row[name]
        return adapt(item) if isinstance(item, datetime) else item

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX({pk}), 0) FROM {table}")  # noqa: S608 - names from the model
        before = cursor.fetchone()[0]
        cursor.executemany(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608 - names from the model
            [tuple(value(row, name) for name in names) for row in rows],
        )
        cursor.execute(f"SELECT {pk} FROM {table} WHERE {pk} > %s ORDER BY {pk}", [before])  # noqa: S608
        return [pk_value for (pk_value,) in cursor.fetchall()]


class Command(BaseCommand):
    help = (
        "Add N published contributions and M published comments (a third of them replies), "
        "N/5 accounts, and the threads, events, profiles, posts and subscribers pages show "
        "at scale."
    )

    def add_arguments(self, parser):
        parser.add_argument("--contributions", type=int, default=1000)
        parser.add_argument("--comments", type=int, default=0)
        parser.add_argument(
            "--authors", type=int, default=None, help="accounts (default: contributions / 5)"
        )
        parser.add_argument("--thread", type=int, default=10000, help="comments in one thread")
        parser.add_argument("--events", type=int, default=100)
        parser.add_argument("--registrations", type=int, default=500, help="per event")
        parser.add_argument("--profiles", type=int, default=5000)
        parser.add_argument("--posts", type=int, default=50)
        parser.add_argument("--subscribers", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, contributions, comments, authors, seed, **options):
        rng = random.Random(seed)
        call = Call.objects.filter(slug=CALL["slug"]).first()
        if call is None:
            call_command("seed_demo", stdout=self.stdout)
            call = Call.objects.get(slug=CALL["slug"])
        if authors is None:
            authors = max(10, contributions // 5)
        people = self._people(max(authors, options["profiles"]))
        writers = people[:authors]
        texts = [answer for entry in CONTRIBUTIONS for answer in entry["answers"] if answer]
        made = self._contributions(call, contributions, writers, texts, rng)
        self.stdout.write(f"{made} contributions added to {call.slug}.")
        if comments:
            targets = list(
                Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED)
                .order_by("-pk")
                .values_list("pk", flat=True)[:5000]
            )
            self._comments(targets, comments, writers, texts, rng)
            self.stdout.write(f"{comments} comments added.")
        self._threads(
            call, {"(1 of 10,000)": options["thread"], "(1 of 100)": 100}, writers, texts, rng
        )
        self._events(call, options["events"], options["registrations"])
        self._profiles(people[: options["profiles"]], rng)
        self._posts(options["posts"], texts, rng)
        self._subscribers(options["subscribers"], rng)

    def _contributions(self, call, count: int, people, texts, rng) -> int:
        questions = list(call.questions.order_by("position"))
        roles, settings = list(Role.objects.all()), list(Setting.objects.all())
        start = call.published_at or timezone.now()
        titles = [entry["title"] for entry in CONTRIBUTIONS]
        offset = Contribution.objects.filter(consent_version="scale").count()
        made = 0
        while made < count:
            size = min(BATCH, count - made)
            with transaction.atomic():
                ids = _insert(
                    Contribution,
                    [
                        {
                            "call_id": call.pk,
                            "author_id": rng.choice(people).pk,
                            "title": f"{rng.choice(titles)} ({offset + made + i + 1})"[:160],
                            "role_id": rng.choice(roles).pk,
                            "setting_id": rng.choice(settings).pk,
                            "sector": rng.choice(Sector.values),
                            "region": rng.choice(Region.values),
                            "language": rng.choice(TextLanguage.values[:3]),
                            "status": Contribution.Status.PUBLISHED.value,
                            "consent_at": start,
                            "consent_version": "scale",
                            "helpful_count": rng.randint(0, 20),
                            "submitted_at": start,
                            "published_at": start + timedelta(minutes=rng.randint(0, 60 * 24 * 60)),
                        }
                        for i in range(size)
                    ],
                )
                _insert(
                    Answer,
                    [
                        {
                            "contribution_id": pk,
                            "question_id": question.pk,
                            "text": rng.choice(texts),
                        }
                        for pk in ids
                        for question in questions
                    ],
                )
            made += size
        return made

    def _comments(self, targets: list[int], count: int, people, texts, rng) -> None:
        """Top-level comments on the given contributions, a third of them answered by a
        reply; the reply counters of the threads are set at the end."""
        from django.contrib.contenttypes.models import ContentType

        from praxisdialog.discussion.models import Comment

        content_type = ContentType.objects.get_for_model(Contribution)
        top_count = count - count // 3
        made_top: list[tuple[int, int]] = []  # (pk, object_id)
        shared = {"content_type_id": content_type.pk, "status": Comment.Status.PUBLISHED.value}
        for start in range(0, top_count, BATCH):
            size = min(BATCH, top_count - start)
            rows = [
                shared
                | {
                    "object_id": rng.choice(targets),
                    "author_id": rng.choice(people).pk,
                    "text": rng.choice(texts)[:4000],
                }
                for _ in range(size)
            ]
            with transaction.atomic():
                ids = _insert(Comment, rows)
            made_top += [(pk, row["object_id"]) for pk, row in zip(ids, rows, strict=True)]
        reply_count = count - top_count
        replies: Counter[int] = Counter()
        for start in range(0, reply_count, BATCH):
            size = min(BATCH, reply_count - start)
            parents = [rng.choice(made_top) for _ in range(size)]
            replies.update(parent for parent, _ in parents)
            with transaction.atomic():
                _insert(
                    Comment,
                    [
                        shared
                        | {
                            "object_id": object_id,
                            "parent_id": parent,
                            "root_id": parent,
                            "depth": 1,
                            "author_id": rng.choice(people).pk,
                            "text": rng.choice(texts)[:4000],
                        }
                        for parent, object_id in parents
                    ],
                )
        # The reply counter of each thread, as comment_create keeps it one by one.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {connection.ops.quote_name(Comment._meta.db_table)} "  # noqa: S608
                "SET reply_count = reply_count + %s WHERE id = %s",
                [(total, pk) for pk, total in replies.items()],
            )

    def _threads(self, call, sizes: dict[str, int], people, texts, rng) -> None:
        """Contributions with a long discussion each (one with 10,000 comments, one with
        100), marked in their title; kept when they exist."""
        for mark, size in sizes.items():
            if (
                size <= 0
                or Contribution.objects.filter(
                    call=call, consent_version="scale", title__endswith=mark
                ).exists()
            ):
                continue
            made = self._contributions(call, 1, people, texts, rng)
            if not made:
                continue
            item = Contribution.objects.filter(consent_version="scale").order_by("-pk").first()
            item.title = f"{item.title[: 150 - len(mark)]} {mark}"
            item.save(update_fields=["title"])
            self._comments([item.pk], size, people, texts, rng)
            self.stdout.write(f"a thread of {size} comments on contribution {item.pk}.")

    def _events(self, call, count: int, per_event: int) -> None:
        from praxisdialog.events.models import Event, Registration

        have = Event.objects.filter(title__startswith="Skalierung ").count()
        now = timezone.now()
        for number in range(have, count):
            with transaction.atomic():
                starts = now + timedelta(days=30 + number, hours=10)
                event = Event.objects.create(
                    call=call,
                    title=f"Skalierung {number + 1}: Werkstatt Integration und Innovation",
                    description="Impulse, Arbeitsgruppen und Vernetzung.",
                    status=Event.Status.PUBLISHED,
                    venue_name="Werkhalle",
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=6),
                    capacity=max(1, per_event),
                    registration_opens_at=now - timedelta(days=1),
                    queue_counter=per_event,
                )
                _insert(
                    Registration,
                    [
                        {
                            "event_id": event.pk,
                            "name": f"Gast {number}-{i}",
                            "email": f"{PREFIX}guest-{number}-{i}@example.org",
                            "status": Registration.Status.CONFIRMED.value,
                            "queue_number": i + 1,
                            "token": f"{PREFIX}{event.pk}-{i}",
                            "email_confirmed_at": now,
                            "confirmed_at": now,
                            "list_consent": i % 2 == 0,
                        }
                        for i in range(per_event)
                    ],
                )
        if count > have:
            self.stdout.write(f"{count - have} events with {per_event} registrations each.")

    def _profiles(self, people, rng) -> None:
        from praxisdialog.network.models import Interest, Profile

        interests = list(Interest.objects.all())
        roles, settings = list(Role.objects.all()), list(Setting.objects.all())
        missing = self._without_profile(people)
        for start in range(0, len(missing), BATCH):
            with transaction.atomic():
                made = Profile.objects.bulk_create(
                    [
                        Profile(
                            user=person,
                            is_listed=True,
                            visibility=rng.choice(Profile.Visibility.values),
                            display_name=person.display_name,
                            role=rng.choice(roles),
                            setting=rng.choice(settings),
                            region=rng.choice(Region.values),
                            offer_text="Erfahrungen mit Tandems im Betrieb",
                            seek_text="Kontakte zu Betrieben in der Region",
                        )
                        for person in missing[start : start + BATCH]
                    ],
                    batch_size=BATCH,
                )
                if interests:
                    Profile.offers.through.objects.bulk_create(
                        [
                            Profile.offers.through(profile=profile, interest=interest)
                            for profile in made
                            for interest in rng.sample(interests, k=min(2, len(interests)))
                        ],
                        batch_size=BATCH,
                    )
                    Profile.seeks.through.objects.bulk_create(
                        [
                            Profile.seeks.through(profile=profile, interest=rng.choice(interests))
                            for profile in made
                        ],
                        batch_size=BATCH,
                    )
        if missing:
            self.stdout.write(f"{len(missing)} network profiles.")

    @staticmethod
    def _without_profile(people) -> list:
        from praxisdialog.network.models import Profile

        having = set(
            Profile.objects.filter(user__email__startswith=PREFIX).values_list("user_id", flat=True)
        )
        return [person for person in people if person.pk not in having]

    def _posts(self, count: int, texts, rng) -> None:
        from praxisdialog.blog.models import Post

        have = Post.objects.filter(slug__startswith=PREFIX).count()
        now = timezone.now()
        Post.objects.bulk_create(
            [
                Post(
                    title=f"Aus der Praxis {number + 1}",
                    slug=f"{PREFIX}{number + 1}",
                    teaser=rng.choice(texts)[:600],
                    body="\n\n".join(rng.sample(texts, k=min(4, len(texts)))),
                    published_at=now - timedelta(days=number + 1),
                )
                for number in range(have, count)
            ]
        )
        if count > have:
            self.stdout.write(f"{count - have} blog posts.")

    def _subscribers(self, count: int, rng) -> None:
        from praxisdialog.newsletter.models import Subscriber

        have = Subscriber.objects.filter(email__startswith=PREFIX).count()
        now = timezone.now()
        Subscriber.objects.bulk_create(
            [
                Subscriber(
                    email=f"{PREFIX}subscriber-{number}@example.org",
                    language=rng.choice(["de", "de", "en", "ar", "uk"]),
                    region=rng.choice(Region.values),
                    status=Subscriber.Status.CONFIRMED,
                    confirmed_at=now,
                    consent_version="scale",
                )
                for number in range(have, count)
            ],
            batch_size=BATCH,
        )
        if count > have:
            self.stdout.write(f"{count - have} newsletter subscribers.")

    def _people(self, count: int) -> list[User]:
        existing = list(User.objects.filter(email__startswith=PREFIX).order_by("pk")[:count])
        missing = count - len(existing)
        if missing > 0:
            offset = len(existing)
            for start in range(0, missing, BATCH):
                with transaction.atomic():
                    existing += User.objects.bulk_create(
                        [
                            User(
                                email=f"{PREFIX}{offset + i}@example.org",
                                display_name=f"Teilnehmende {offset + i}",
                                password="!",  # unusable: these accounts cannot log in
                            )
                            for i in range(start, min(missing, start + BATCH))
                        ],
                        batch_size=BATCH,
                    )
        return existing
