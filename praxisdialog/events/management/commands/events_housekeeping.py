from django.core.management.base import BaseCommand

from praxisdialog.events import services


class Command(BaseCommand):
    help = (
        "Releases expired guest holds, sends due reminders and deletes sensitive answers "
        "30 days after an event. Run it every few minutes (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        result = services.housekeeping()
        self.stdout.write(
            f"released {result['released']}, reminders {result['reminders']}, "
            f"purged {result['purged']}"
        )
