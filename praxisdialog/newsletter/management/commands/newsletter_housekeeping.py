from django.core.management.base import BaseCommand

from praxisdialog.newsletter import services


class Command(BaseCommand):
    help = "Deletes newsletter subscriptions that were never confirmed (run daily)."

    def handle(self, *args, **options):
        deleted = services.subscribers_purge_unconfirmed()
        self.stdout.write(f"{deleted} unconfirmed subscriptions deleted")
