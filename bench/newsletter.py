"""Benchmark: one newsletter to 10,000 confirmed subscribers through a real SMTP server.

`run()` expects Django set up on a throwaway, migrated database (bench/run.py does
that); run this file directly to measure it on its own."""

import multiprocessing
import os
import socket
import sys
import time
from pathlib import Path

SUBSCRIBERS = int(os.environ.get("BENCH_NEWSLETTER_SUBSCRIBERS", "10000"))
LIMIT_SECONDS = 60


class CountingHandler:
    def __init__(self, counter):
        self.counter = counter

    async def handle_DATA(self, server, session, envelope):
        with self.counter.get_lock():
            self.counter.value += len(envelope.rcpt_tos)
        return "250 Message accepted"


def _serve(port: int, counter, ready, stop) -> None:
    """The SMTP server in its own process, as a real one would be: in the sending
    process it would compete with the sender for the interpreter lock."""
    from aiosmtpd.controller import Controller

    controller = Controller(CountingHandler(counter), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run() -> float:
    from django.test import override_settings
    from django.utils import timezone

    from praxisdialog.accounts.models import User
    from praxisdialog.newsletter import services
    from praxisdialog.newsletter.models import Delivery, Newsletter, Subscriber

    now = timezone.now()
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"bench-reader-{number}@example.org",
                language="en" if number % 4 == 0 else "de",
                status=Subscriber.Status.CONFIRMED,
                confirmed_at=now,
                consent_text=str(services.CONSENT_TEXT),
                consent_version=services.CONSENT_VERSION,
            )
            for number in range(SUBSCRIBERS)
        ],
        batch_size=2000,
    )
    author = User.objects.filter(is_staff=True).first()
    newsletter = Newsletter.objects.create(
        subject="Neuigkeiten aus dem Praxisdialog",
        body="## Neue Erfahrungen\n\nEs gibt **neue Beiträge** und eine Werkstatt im März.\n",
        translations={
            "en": {
                "subject": "News from Praxisdialog",
                "body": (
                    "## New experiences\n\n"
                    "There are **new contributions** and a workshop in March.\n"
                ),
            }
        },
        created_by=author,
    )

    # fork: a spawned child would run the caller's module-level set-up again.
    context = multiprocessing.get_context("fork")
    counter, ready, stop = context.Value("i", 0), context.Event(), context.Event()
    port = _free_port()
    server = context.Process(target=_serve, args=(port, counter, ready, stop), daemon=True)
    server.start()
    if not ready.wait(30):
        raise SystemExit("newsletter: the SMTP server did not start")
    mailer = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 20},
        }
    }
    try:
        started = time.perf_counter()
        cpu_started = time.process_time()
        with override_settings(MAILERS=mailer):
            # The immediate task backend runs every batch before this returns.
            total = services.newsletter_send(newsletter=newsletter, user=author)
        deadline = time.monotonic() + LIMIT_SECONDS
        while counter.value < total and time.monotonic() < deadline:
            time.sleep(0.01)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    finally:
        stop.set()
        server.join(10)
    received = counter.value

    sent = Delivery.objects.filter(newsletter=newsletter, status=Delivery.Status.SENT).count()
    print(
        f"{'newsletter':<32} {elapsed:7.1f} s for {sent} deliveries "
        f"({sent / elapsed:.0f}/s, {received} received by SMTP, sender CPU {cpu:.1f} s)"
    )
    if sent != total or received != total or total < SUBSCRIBERS:
        raise SystemExit(f"newsletter: only {sent} of {total} delivered ({received} received)")
    if elapsed >= LIMIT_SECONDS:
        raise SystemExit(f"newsletter: {elapsed:.1f} s, over the limit of {LIMIT_SECONDS} s")
    return elapsed


if __name__ == "__main__":
    import shutil
    import tempfile
    import warnings

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    work = tempfile.mkdtemp(prefix="praxisdialog-bench-newsletter-")
    os.environ["VAR_DIR"] = work
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="praxisdialog.settings",
        TASK_BACKEND="immediate",
        EMAIL_URL="locmem://",
        STATIC_MANIFEST="false",
        ALLOWED_HOSTS="*",
    )
    warnings.filterwarnings("ignore", message="No directory at")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    try:
        call_command("migrate", verbosity=0)
        run()
    finally:
        connection.close()
        shutil.rmtree(work, ignore_errors=True)
