"""Puts back in the queue the tasks that a killed task worker left running.

django-tasks-db marks a task RUNNING when a worker takes it and never looks at it again:
if that worker dies (SIGKILL, power cut) the task would stay unfinished for ever. Start
each worker with a stable id and run this command with the same id just before it;
whatever that id still holds then was interrupted:

    manage.py requeue_interrupted_tasks --worker-id web-1 && manage.py db_worker --worker-id web-1

`manage.py serve` does so. Running a task again is safe: our tasks fetch by id and send
each mail once (core.emails.send_templated_mail_once)."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult


@transaction.atomic
def requeue_interrupted(*, worker_id: str) -> int:
    """Queues again the running tasks last taken by `worker_id`; returns how many."""
    running = DBTaskResult.objects.running().select_for_update()
    interrupted = [
        result.pk
        for result in running.only("id", "worker_ids")
        if result.worker_ids[-1:] == [worker_id]
    ]
    return running.filter(pk__in=interrupted).update(status=TaskResultStatus.READY, started_at=None)


class Command(BaseCommand):
    help = "Queue again the tasks a killed worker with this id left running."

    def add_arguments(self, parser):
        parser.add_argument("--worker-id", required=True, help="The id the worker is started with.")

    def handle(self, *args, worker_id: str, **options):
        count = requeue_interrupted(worker_id=worker_id)
        self.stdout.write(f"{count} interrupted task(s) queued again for worker {worker_id}.")
