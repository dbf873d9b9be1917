from django.core.management.base import BaseCommand

from praxisdialog.calls.models import Call
from praxisdialog.resonance.tasks import refresh_resonance


class Command(BaseCommand):
    help = "Queue a recount of the resonance figures of every published call (run daily)."

    def handle(self, *args, **options):
        ids = list(Call.objects.filter(status=Call.Status.PUBLISHED).values_list("pk", flat=True))
        for call_id in ids:
            refresh_resonance.enqueue(call_id=call_id)
        self.stdout.write(f"{len(ids)} calls queued.")
