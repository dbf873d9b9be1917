"""Daily: ask the authors of contributions published 6 and 12 months ago what became of
their practice. Safe to run twice or at the same time on several hosts: each follow-up
is claimed by a unique row before its mail goes out. Cron: `manage.py send_follow_ups`."""

from django.core.management.base import BaseCommand

from praxisdialog.practices.services import follow_ups_send


class Command(BaseCommand):
    help = "Send the follow-up mails that are due (6 and 12 months after publication)."

    def handle(self, *args, **options):
        sent = follow_ups_send()
        self.stdout.write(f"{sent} follow-up(s) sent.")
