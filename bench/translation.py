"""Time of translating 1,000 contributions into six languages against the stand-in
LibreTranslate server on 127.0.0.1: the platform's own overhead (the visibility check,
one request per text version with every piece batched, storing the result, the task),
with the stand-in answering at once.

`run()` needs Django set up with published contributions in the database (bench/run.py
calls it after seeding); `python bench/translation.py` on its own sets up a throwaway
SQLite database with 1,000 contributions first. Each contribution goes into the six
interface languages other than its own; then a second pass asks again, which only finds
the stored rows (what every later reader costs).

Bounded in count and in time: at most BENCH_TRANSLATION_CONTRIBUTIONS (1,000)
contributions, and each pass stops after the contribution that crosses
BENCH_TRANSLATION_SECONDS (300). A pass cut short reports what it did and the time the
whole 1,000 would take at the rate it measured ("projected"). The figures are printed
and added to the bench JSON under "translation"."""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRIBUTIONS = int(os.environ.get("BENCH_TRANSLATION_CONTRIBUTIONS", "1000"))
SECONDS = float(os.environ.get("BENCH_TRANSLATION_SECONDS", "300"))


def _pass(contributions, interface, request) -> tuple[int, float]:
    """Asks for every contribution's translations into the other interface languages,
    until the time budget is spent; returns the contributions done and the seconds."""
    started = time.perf_counter()
    done = 0
    for contribution in contributions:
        for target in interface:
            if target != contribution.language:
                request(obj=contribution, target=target)
        done += 1
        if time.perf_counter() - started > SECONDS:
            break
    return done, time.perf_counter() - started


def run() -> dict:
    sys.path.insert(0, str(ROOT))
    from django.conf import settings
    from django.test import override_settings

    from bench.report import record
    from praxisdialog.contributions.models import Contribution
    from praxisdialog.translation import backends, services
    from praxisdialog.translation.models import Translation
    from tests.translation.standin import StandIn

    interface = [code for code, _name in settings.LANGUAGES]
    contributions = list(
        Contribution.objects.public()
        .filter(language__in=interface)
        .select_related("call")
        .prefetch_related("answers")
        .order_by("pk")[:CONTRIBUTIONS]
    )
    if not contributions:
        print("translation: no published contributions to translate")
        return {}
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
            made_for, made = _pass(contributions, interface, services.translation_request)
            reused_for, reused = _pass(
                contributions[:made_for], interface, services.translation_request
            )
        finally:
            backends.LibreTranslate.translate = original
            backends.forget_offered_languages()
        done = Translation.objects.filter(status=Translation.Status.DONE).count()
        reused_count = sum(
            1
            for contribution in contributions[:reused_for]
            for target in interface
            if target != contribution.language
        )
    each = made / max(done, 1)
    overhead = made - waiting[0]
    wanted = sum(
        1
        for contribution in contributions
        for target in interface
        if target != contribution.language
    )
    figures = {
        "contributions": len(contributions),
        "contributions_translated": made_for,
        "translations": done,
        "seconds": round(made, 1),
        "ms_each": round(each * 1000, 2),
        "overhead_ms_each": round(overhead / max(done, 1) * 1000, 2),
        "standin_seconds": round(waiting[0], 1),
        "requests": len(server.requests),
        "projected_seconds": round(each * wanted, 1),
        "complete": made_for == len(contributions),
        "reused_ms_each": round(reused / max(reused_count, 1) * 1000, 2),
        "budget_seconds": SECONDS,
    }
    cut = "" if figures["complete"] else f", cut at {SECONDS:.0f} s"
    print(
        f"translation: {made_for} of {len(contributions)} contributions into 6 languages{cut}: "
        f"{done} translations in {made:.1f} s ({each * 1000:.1f} ms each, "
        f"{len(server.requests)} requests to the stand-in); all {wanted}: "
        f"{figures['projected_seconds']:.0f} s{' (projected)' if cut else ''}"
    )
    print(
        f"translation: platform overhead {overhead:.1f} s "
        f"({figures['overhead_ms_each']:.1f} ms each; {waiting[0]:.1f} s waiting on the "
        f"stand-in); asking again: {reused:.1f} s "
        f"({figures['reused_ms_each']:.2f} ms each, from storage)"
    )
    record("translation", figures)
    return figures


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
