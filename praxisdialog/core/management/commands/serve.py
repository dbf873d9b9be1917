"""Serve the site and run the task worker beside it; Ctrl-C stops both.

Development uses Django's runserver; `--production` uses gunicorn with sync workers.
Every few minutes the periodic housekeeping runs too (in production: cron)."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

HOUSEKEEPING_EVERY = 300  # seconds
DAILY = 24 * 60 * 60  # seconds: retention, digests, newsletter clean-up, follow-ups once a day
DAILY_COMMANDS = ["retention", "send_digests", "newsletter_housekeeping", "send_follow_ups"]


class Command(BaseCommand):
    help = "Run the web server and the task worker together."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument(
            "--production", action="store_true", help="gunicorn instead of runserver"
        )
        parser.add_argument("--workers", default=os.environ.get("WEB_CONCURRENCY", "3"))

    def handle(self, *args, host, port, production, workers, **options):
        manage = [sys.executable, "manage.py"]
        # Links in mails (sent by the worker) point at this server unless told otherwise.
        os.environ.setdefault("SITE_URL", f"http://{host}:{port}")
        if production:
            web = [
                sys.executable,
                "-m",
                "gunicorn",
                "praxisdialog.wsgi",
                "--bind",
                f"{host}:{port}",
                "--workers",
                str(workers),
                "--access-logfile",
                "-",
            ]
        else:
            web = [*manage, "runserver", f"{host}:{port}", "--noreload"]
        # A stable worker id, so that tasks a killed run of this command left running
        # are queued again now (see requeue_interrupted_tasks).
        worker_id = f"serve-{socket.gethostname()}-{port}"[:64]
        call_command("requeue_interrupted_tasks", worker_id=worker_id, stdout=self.stdout)
        worker = [*manage, "db_worker", "--no-reload", "--worker-id", worker_id]
        processes = [subprocess.Popen(worker), subprocess.Popen(web)]  # noqa: S603 - our own commands
        stopping = threading.Event()

        def housekeeping():
            daily_due = time.monotonic()  # in the first round, then daily
            while not stopping.wait(HOUSEKEEPING_EVERY):
                subprocess.run([*manage, "events_housekeeping"], check=False)  # noqa: S603
                if time.monotonic() >= daily_due:
                    daily_due = time.monotonic() + DAILY
                    for command in DAILY_COMMANDS:
                        subprocess.run([*manage, command], check=False)  # noqa: S603

        threading.Thread(target=housekeeping, daemon=True).start()
        self.stdout.write(
            f"Praxisdialog on http://{host}:{port}/ with the task worker. Ctrl-C stops."
        )

        def stop(*_args):
            stopping.set()
            for process in processes:
                if process.poll() is None:
                    process.terminate()
            deadline = time.monotonic() + 10
            for process in processes:
                try:
                    process.wait(timeout=max(deadline - time.monotonic(), 0.1))
                except subprocess.TimeoutExpired:
                    process.kill()

        signal.signal(signal.SIGTERM, lambda *_: (stop(), sys.exit(0)))
        try:
            while all(process.poll() is None for process in processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            self.stdout.write("Stopping…")
        finally:
            stop()
