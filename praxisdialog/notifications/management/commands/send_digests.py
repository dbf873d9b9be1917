"""Daily: queue one digest mail for everyone with notifications waiting for it.
Run it once a day (cron or a systemd timer): `manage.py send_digests`."""

from django.core.management.base import BaseCommand

from praxisdialog.notifications.services import digest_recipients
from praxisdialog.notifications.tasks import send_digest


class Command(BaseCommand):
    help = "Queue the daily notification digests."

    def handle(self, *args, **options):
        user_ids = digest_recipients()
        for user_id in user_ids:
            send_digest.enqueue(user_id=user_id)
        self.stdout.write(f"{len(user_ids)} digest(s) queued.")
