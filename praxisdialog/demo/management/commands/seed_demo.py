"""Demo content: one published call with its questions and phases, published and
pending contributions, comments, an event, network profiles, a blog post, themes, a staff
and a participant account. Safe to run again: what exists is kept, what is missing is
added. Each app keeps its own demo data in its `demo.py`."""

from django.core.management.base import BaseCommand
from django.db import transaction

from praxisdialog.accounts import demo as accounts_demo
from praxisdialog.blog import demo as blog_demo
from praxisdialog.calls import demo as calls_demo
from praxisdialog.contributions import demo as contributions_demo
from praxisdialog.core.models import SiteSettings
from praxisdialog.discussion import demo as discussion_demo
from praxisdialog.events import demo as events_demo
from praxisdialog.insights import demo as insights_demo
from praxisdialog.network import demo as network_demo
from praxisdialog.pages import demo as pages_demo
from praxisdialog.resonance import demo as resonance_demo

# In this order: later ones build on what earlier ones made (themes need comments,
# resonance needs themes).
APP_DEMOS = (
    discussion_demo,
    events_demo,
    network_demo,
    blog_demo,
    pages_demo,
    insights_demo,
    resonance_demo,
)


def _site_settings() -> None:
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


class Command(BaseCommand):
    help = "Create demo content (idempotent) and print the demo logins."

    @transaction.atomic
    def handle(self, *args, **options):
        _site_settings()
        staff, participant, authors = accounts_demo.seed_people()
        call = calls_demo.seed_call()
        created = contributions_demo.seed(
            call=call, staff=staff, participant=participant, authors=authors
        )
        for module in APP_DEMOS:
            module.seed(call=call, staff=staff, participant=participant, authors=authors)

        self.stdout.write(
            self.style.SUCCESS(f"Demo call: /calls/{call.slug}/ ({created} new contributions)")
        )
        self.stdout.write(
            f"Staff login:       {accounts_demo.STAFF_EMAIL} / {accounts_demo.STAFF_PASSWORD}"
        )
        self.stdout.write(
            f"Participant login: {accounts_demo.PARTICIPANT_EMAIL} / "
            f"{accounts_demo.PARTICIPANT_PASSWORD}"
        )
