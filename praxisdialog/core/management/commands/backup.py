from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from praxisdialog.core.backups import BackupError, backup_database


class Command(BaseCommand):
    help = "Write a consistent backup of the database while the site keeps running."

    def add_arguments(self, parser):
        parser.add_argument("target", nargs="?", help="file to write (default: var/backups/…)")

    def handle(self, *args, target=None, **options):
        if target is None:
            target = Path(settings.VAR_DIR) / "backups" / f"{timezone.now():%Y%m%d-%H%M%S}.backup"
        try:
            written = backup_database(Path(target))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(written))
