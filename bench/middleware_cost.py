"""What the metrics middleware adds to every request, in microseconds, measured in one
process without a server: the middleware around a view that returns at once, against the
bare view, best of five rounds of 100,000 calls. The load of a shared machine changes
wrk's figures from run to run by more than this whole cost; this one holds.

`python bench/middleware_cost.py` on its own; bench/run.py calls `run()`."""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS, CALLS = 5, 100_000


def _best(function, request) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(CALLS):
            function(request)
        best = min(best, (time.perf_counter() - started) / CALLS)
    return best * 1e6


def run() -> dict:
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.urls import resolve

    from praxisdialog.core.metrics import MetricsMiddleware

    request = RequestFactory().get("/healthz")
    request.resolver_match = resolve("/healthz")
    response = HttpResponse("hello")

    def view(_request):
        return response

    bare = _best(view, request)
    wrapped = _best(MetricsMiddleware(view), request)
    print(f"{'metrics middleware':<32} {wrapped - bare:7.1f} µs a request (best of {ROUNDS})")
    return {"bare_us": round(bare, 2), "with_metrics_us": round(wrapped, 2)}


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "praxisdialog.settings")
    import django

    django.setup()
    run()
