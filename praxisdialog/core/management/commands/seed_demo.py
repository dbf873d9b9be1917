"""Demo content: one published call with its questions and phases, published and
pending contributions, a staff and a participant account. Safe to run again: what
exists is kept, what is missing is added."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from praxisdialog.accounts.models import User
from praxisdialog.calls.models import Call, Phase, PhaseKind, Question, Role, Setting
from praxisdialog.calls.services import call_publish
from praxisdialog.contributions.models import Contribution, HelpfulMark
from praxisdialog.contributions.services import ContributionInput, contribution_save
from praxisdialog.core.models import SiteSettings

from . import demo_content

STAFF_EMAIL = "staff@example.org"
STAFF_PASSWORD = "demo-staff-2026"
PARTICIPANT_EMAIL = "teilnehmerin@example.org"
PARTICIPANT_PASSWORD = "demo-participant-2026"
DEMO_PASSWORD = "demo-author-2026"


def _verified_user(email: str, password: str, **fields) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, password, **fields)
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


class Command(BaseCommand):
    help = "Create demo content (idempotent) and print the demo logins."

    @transaction.atomic
    def handle(self, *args, **options):
        site = SiteSettings.load()
        if site.institute_name == "Praxisdialog" and not site.city:
            site.tagline = "Kompetenzzentrum Flucht, Bildung und Arbeitswelt"
            site.street_address = "Beispielweg 1"
            site.postal_code = "10115"
            site.city = "Berlin"
            site.email = "dialog@example.org"
            site.mastodon_url = "https://social.example.org/@praxisdialog"
            site.linkedin_url = "https://www.linkedin.com/company/example"
            site.save()

        staff = _verified_user(
            STAFF_EMAIL, STAFF_PASSWORD, display_name="Redaktion", is_staff=True, is_superuser=True
        )
        participant = _verified_user(
            PARTICIPANT_EMAIL, PARTICIPANT_PASSWORD, display_name="Lina (Demo)"
        )
        call = self._call()
        authors = [
            _verified_user(
                a["email"],
                DEMO_PASSWORD,
                display_name=a["display_name"],
                full_name=a["full_name"],
                preferred_language=a["language"],
            )
            for a in demo_content.AUTHORS
        ]
        readers = [*authors, participant]
        created = 0
        for index, entry in enumerate(demo_content.CONTRIBUTIONS):
            created += self._contribution(call, entry, authors, readers, staff, publish=True)
            # Spread the publication dates over the weeks the call has been open.
            Contribution.objects.filter(
                call=call, title=entry["title"], published_at__gt=call.published_at
            ).update(published_at=call.published_at + timedelta(hours=18 * (index + 1)))
        for entry in demo_content.PENDING:
            created += self._contribution(call, entry, authors, readers, staff, publish=False)

        from praxisdialog.blog import demo as blog_demo
        from praxisdialog.discussion import demo as discussion_demo
        from praxisdialog.events import demo as events_demo
        from praxisdialog.insights import demo as insights_demo
        from praxisdialog.network import demo as network_demo
        from praxisdialog.pages import demo as pages_demo
        from praxisdialog.resonance import demo as resonance_demo

        modules = (discussion_demo, events_demo, network_demo, blog_demo, pages_demo)
        for module in (*modules, insights_demo, resonance_demo):
            module.seed(call=call, staff=staff, participant=participant, authors=authors)

        self.stdout.write(
            self.style.SUCCESS(f"Demo call: /calls/{call.slug}/ ({created} new contributions)")
        )
        self.stdout.write(f"Staff login:       {STAFF_EMAIL} / {STAFF_PASSWORD}")
        self.stdout.write(f"Participant login: {PARTICIPANT_EMAIL} / {PARTICIPANT_PASSWORD}")

    def _call(self) -> Call:
        data = demo_content.CALL
        call = Call.objects.filter(slug=data["slug"]).first()
        if call is not None:
            return call
        call = Call.objects.create(**data)
        call.roles.set(Role.objects.all())
        call.settings.set(Setting.objects.all())
        for position, question in enumerate(demo_content.QUESTIONS, start=1):
            Question.objects.create(call=call, position=position, **question)
        now = timezone.now()
        start = now - timedelta(days=21)
        timeline = [
            (PhaseKind.COLLECT, start, start + timedelta(days=63)),
            (PhaseKind.DISCUSS, start + timedelta(days=63), start + timedelta(days=105)),
            (PhaseKind.WORKSHOP, start + timedelta(days=105), start + timedelta(days=120)),
            (PhaseKind.DOCUMENT, start + timedelta(days=120), start + timedelta(days=180)),
        ]
        for kind, starts_at, ends_at in timeline:
            Phase.objects.create(call=call, kind=kind, starts_at=starts_at, ends_at=ends_at)
        call = call_publish(call=call)
        Call.objects.filter(pk=call.pk).update(published_at=start)
        call.refresh_from_db()
        return call

    def _contribution(self, call, entry, authors, readers, staff, *, publish: bool) -> int:
        if Contribution.objects.filter(call=call, title=entry["title"]).exists():
            return 0
        from praxisdialog.contributions.services import contribution_review

        questions = list(call.questions.order_by("position"))
        author = authors[entry["author"] % len(authors)]
        contribution = contribution_save(
            call=call,
            author=author,
            data=ContributionInput(
                title=entry["title"],
                role=Role.objects.get(slug=entry["role"]),
                setting=Setting.objects.get(slug=entry["setting"]),
                answers={q.pk: text for q, text in zip(questions, entry["answers"], strict=False)},
                sector=entry["sector"],
                region=entry["region"],
                language=entry["language"],
                attribution=entry["attribution"],
            ),
            submit=True,
            consent=True,
            personal_data_confirmed=True,
        )
        if publish:
            contribution_review(
                contribution=contribution, reviewer=staff, decision="publish", notify_author=False
            )
            marks = [r for r in readers if r.pk != author.pk][: entry.get("helpful", 0)]
            HelpfulMark.objects.bulk_create(
                [HelpfulMark(contribution=contribution, user=reader) for reader in marks]
            )
            Contribution.objects.filter(pk=contribution.pk).update(helpful_count=len(marks))
        return 1
