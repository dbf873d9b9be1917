from django.core.management.base import BaseCommand

from praxisdialog.privacy import services


class Command(BaseCommand):
    help = (
        "Deletes unverified accounts, guest registrations and event needs, IP data and "
        "expired data exports once their retention period is over. Run it daily."
    )

    def handle(self, *args, **options):
        result = services.retention_run()
        self.stdout.write(", ".join(f"{key} {value}" for key, value in result.items()))
