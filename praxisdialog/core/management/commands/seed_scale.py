"""Bulk data for benchmarks: many published contributions in one call, written with
bulk_create in batches so that 100,000 rows take seconds, not hours."""

import random
from datetime import timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from praxisdialog.accounts.models import User
from praxisdialog.calls.models import Call, Role, Setting
from praxisdialog.contributions.models import Answer, Contribution, Region, Sector, TextLanguage

from .demo_content import CALL, CONTRIBUTIONS

BATCH = 2000


class Command(BaseCommand):
    help = "Add N published contributions (and M comments, once discussion exists) for benchmarks."

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
            self.stdout.write("Comments: none added; the discussion capability is not built yet.")

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
