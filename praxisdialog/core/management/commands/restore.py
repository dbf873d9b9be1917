from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from praxisdialog.core.backups import BackupError, restore_database


class Command(BaseCommand):
    help = "Replace the database with a backup made by `manage.py backup`. Stop the servers first."

    def add_arguments(self, parser):
        parser.add_argument("source")

    def handle(self, *args, source, **options):
        try:
            restore_database(Path(source))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored from {source}.")
