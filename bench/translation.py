"""Time of translating 1,000 contributions into six languages against the stand-in
LibreTranslate server on 127.0.0.1: the platform's own overhead (the visibility check,
one request per text version with every piece batched, storing the result, the task),
with the stand-in answering at once.

`run()` needs Django set up with published contributions in the database (bench/run.py
calls it after seeding); `python bench/translation.py` on its own sets up a throwaway
SQLite database with 1,000 contributions first. Each contribution goes into the six
interface languages other than its own; then a second pass asks again, which only finds
the stored rows (what every later reader costs)."""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRIBUTIONS = int(os.environ.get("BENCH_TRANSLATION_CONTRIBUTIONS", "1000"))


def run() -> None:
    sys.path.insert(0, str(ROOT))
    from django.conf import settings
    from django.test import override_settings

    from praxisdialog.contributions.models import Contribution
    from praxisdialog.translation import backends, services
    from praxisdialog.translation.models import Translation
    from tests.translation.standin import StandIn

    interface = [code for code, _name in settings.LANGUAGES]
    contributions = list(
        Contribution.objects.public()
        .filter(language__in=interface)
        .prefetch_related("answers")
        .order_by("pk")[:CONTRIBUTIONS]
    )
    if not contributions:
        print("translation: no published contributions to translate")
        return
    waiting = [0.0]
    original = backends.LibreTranslate.translate

    def timed(self, texts, *, source, target):
        started = time.perf_counter()
        try:
            return original(self, texts, source=source, target=target)
        finally:
            waiting[0] += time.perf_counter() - started

    # The immediate backend runs each task as it is queued, so the figure holds the
    # request, the task and the storage of every translation.
    with (
        StandIn() as server,
        override_settings(
            TRANSLATION_URL=server.url,
            TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
        ),
    ):
        backends.forget_offered_languages()
        backends.LibreTranslate.translate = timed
        try:
            Translation.objects.all().delete()
            started = time.perf_counter()
            for contribution in contributions:
                for target in interface:
                    if target != contribution.language:
                        services.translation_request(obj=contribution, target=target)
            made = time.perf_counter() - started
            started = time.perf_counter()
            for contribution in contributions:
                for target in interface:
                    if target != contribution.language:
                        services.translation_request(obj=contribution, target=target)
            reused = time.perf_counter() - started
        finally:
            backends.LibreTranslate.translate = original
            backends.forget_offered_languages()
        done = Translation.objects.filter(status=Translation.Status.DONE).count()
    overhead = made - waiting[0]
    print(
        f"translation: {len(contributions)} contributions into 6 languages: {done} "
        f"translations in {made:.1f} s ({made / max(done, 1) * 1000:.1f} ms each, "
        f"{len(server.requests)} requests to the stand-in)"
    )
    print(
        f"translation: platform overhead {overhead:.1f} s "
        f"({overhead / max(done, 1) * 1000:.1f} ms each; {waiting[0]:.1f} s waiting on the "
        f"stand-in); asking again for all: {reused:.1f} s "
        f"({reused / max(done, 1) * 1000:.2f} ms each, from storage)"
    )


def main() -> None:
    """On its own: a throwaway database with demo content and 1,000 contributions."""
    work = tempfile.mkdtemp(prefix="praxisdialog-bench-translation-")
    os.environ.update(
        VAR_DIR=work,
        DATABASE_URL=os.environ.get("BENCH_DATABASE_URL", ""),
        DJANGO_SETTINGS_MODULE="praxisdialog.settings",
        TASK_BACKEND="immediate",
        EMAIL_URL="locmem://",
        STATIC_MANIFEST="false",
        ALLOWED_HOSTS="*",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    try:
        call_command("migrate", verbosity=0)
        call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        call_command(
            "seed_scale",
            contributions=CONTRIBUTIONS,
            stdout=open(os.devnull, "w"),  # noqa: SIM115
        )
        run()
    finally:
        connection.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
