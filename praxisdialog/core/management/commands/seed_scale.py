"""Bulk data for benchmarks: many published contributions in one call, written with
bulk_create in batches so that 100,000 rows take seconds, not hours."""

import random
from datetime import timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from praxisdialog.accounts.models import User
from praxisdialog.calls.demo import CALL
from praxisdialog.calls.models import Call, Role, Setting
from praxisdialog.contributions.demo import CONTRIBUTIONS
from praxisdialog.contributions.models import Answer, Contribution, Region, Sector, TextLanguage

BATCH = 2000


class Command(BaseCommand):
    help = "Add N published contributions and M published comments (a third of them replies)."

    def add_arguments(self, parser):
        parser.add_argument("--contributions", type=int, default=1000)
        parser.add_argument("--comments", type=int, default=0)
        parser.add_argument("--authors", type=int, default=200)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, contributions, comments, authors, seed, **options):
        rng = random.Random(seed)
        call = Call.objects.filter(slug=CALL["slug"]).first()
        if call is None:
            call_command("seed_demo", stdout=self.stdout)
            call = Call.objects.get(slug=CALL["slug"])
        questions = list(call.questions.order_by("position"))
        roles, settings = list(Role.objects.all()), list(Setting.objects.all())
        people = self._authors(authors)
        start = call.published_at or timezone.now()
        texts = [answer for entry in CONTRIBUTIONS for answer in entry["answers"] if answer]
        titles = [entry["title"] for entry in CONTRIBUTIONS]
        made = 0
        while made < contributions:
            size = min(BATCH, contributions - made)
            with transaction.atomic():
                batch = Contribution.objects.bulk_create(
                    [
                        Contribution(
                            call=call,
                            author=rng.choice(people),
                            title=f"{rng.choice(titles)} ({made + i + 1})"[:160],
                            role=rng.choice(roles),
                            setting=rng.choice(settings),
                            sector=rng.choice(Sector.values),
                            region=rng.choice(Region.values),
                            language=rng.choice(TextLanguage.values[:3]),
                            status=Contribution.Status.PUBLISHED,
                            consent_at=start,
                            consent_version="scale",
                            helpful_count=rng.randint(0, 20),
                            submitted_at=start,
                            published_at=start + timedelta(minutes=rng.randint(0, 60 * 24 * 60)),
                        )
                        for i in range(size)
                    ]
                )
                Answer.objects.bulk_create(
                    [
                        Answer(contribution=item, question=question, text=rng.choice(texts))
                        for item in batch
                        for question in questions
                    ]
                )
            made += size
        self.stdout.write(f"{made} contributions added to {call.slug}.")
        if comments:
            self._comments(call, comments, people, texts, rng)
            self.stdout.write(f"{comments} comments added.")

    def _comments(self, call, count: int, people, texts, rng) -> None:
        """Top-level comments on published contributions, a third of them answered by a
        reply; the reply counters of the threads are set at the end."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import Count, OuterRef, Subquery

        from praxisdialog.discussion.models import Comment

        content_type = ContentType.objects.get_for_model(Contribution)
        targets = list(
            Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED)
            .order_by("-pk")
            .values_list("pk", flat=True)[:5000]
        )
        top_count = count - count // 3
        made_top: list[Comment] = []
        for start in range(0, top_count, BATCH):
            size = min(BATCH, top_count - start)
            with transaction.atomic():
                made_top += Comment.objects.bulk_create(
                    [
                        Comment(
                            content_type=content_type,
                            object_id=rng.choice(targets),
                            author=rng.choice(people),
                            text=rng.choice(texts)[:4000],
                            status=Comment.Status.PUBLISHED,
                        )
                        for _ in range(size)
                    ]
                )
        reply_count = count - top_count
        for start in range(0, reply_count, BATCH):
            size = min(BATCH, reply_count - start)
            parents = [rng.choice(made_top) for _ in range(size)]
            with transaction.atomic():
                Comment.objects.bulk_create(
                    [
                        Comment(
                            content_type=content_type,
                            object_id=parent.object_id,
                            parent=parent,
                            root=parent,
                            depth=1,
                            author=rng.choice(people),
                            text=rng.choice(texts)[:4000],
                            status=Comment.Status.PUBLISHED,
                        )
                        for parent in parents
                    ]
                )
        replies = (
            Comment.objects.filter(root=OuterRef("pk"))
            .order_by()
            .values("root")
            .annotate(total=Count("pk"))
            .values("total")
        )
        Comment.objects.filter(depth=0, content_type=content_type).update(
            reply_count=Coalesce(Subquery(replies), 0)
        )

    def _authors(self, count: int) -> list[User]:
        existing = list(User.objects.filter(email__startswith="scale-")[:count])
        missing = count - len(existing)
        if missing > 0:
            offset = len(existing)
            existing += User.objects.bulk_create(
                [
                    User(
                        email=f"scale-{offset + i}@example.org",
                        display_name=f"Teilnehmende {offset + i}",
                        password="!",  # unusable: these accounts cannot log in
                    )
                    for i in range(missing)
                ]
            )
        return existing
