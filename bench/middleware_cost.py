"""What the middleware every request passes costs, in microseconds, measured in one
process without a server, so that a shared machine's load does not drown it (wrk's
figures change from run to run by more than a middleware's cost; these hold):

- the metrics middleware around a view that returns at once, against the bare view, best
  of five rounds of 100,000 calls (wall time);
- the hello view of the benchmark (bench/urls.py) through Django's WSGI handler with the
  site's whole MIDDLEWARE, with none, and with each prefix of the list: the step from
  one prefix to the next is what that middleware adds. Timed as the thread's CPU time
  (time.thread_time), best of ROUNDS rounds of CALLS requests, the prefixes interleaved
  in every round, so that time spent waiting for a core counts for none of them. The
  request is what wrk sends: a GET without cookies.

`python bench/middleware_cost.py` on its own; bench/run.py calls `run()`. The figures go
into the bench JSON under "middleware"."""

import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS, CALLS = 5, 100_000
STACK_ROUNDS = int(os.environ.get("BENCH_MIDDLEWARE_ROUNDS", "7"))
STACK_CALLS = int(os.environ.get("BENCH_MIDDLEWARE_CALLS", "1000"))


def _best(function, request) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(CALLS):
            function(request)
        best = min(best, (time.perf_counter() - started) / CALLS)
    return best * 1e6


def _environ() -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/bench/hello/",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_ACCEPT": "*/*",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
    }


def _start_response(status, headers, exc_info=None):
    if not status.startswith("200"):
        raise SystemExit(f"middleware: the hello view answered {status}")


def _handler(middleware: list[str]):
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    with override_settings(MIDDLEWARE=middleware):
        handler = WSGIHandler()  # loads MIDDLEWARE now, once
    for _ in range(200):  # warm up: imports, caches, the URL resolver
        b"".join(handler(_environ(), _start_response))
    return handler


def _cpu_per_request(handler) -> float:
    started = time.thread_time()
    for _ in range(STACK_CALLS):
        response = handler(_environ(), _start_response)
        b"".join(response)
        response.close()
    return (time.thread_time() - started) / STACK_CALLS * 1e6


def stack() -> dict:
    """The hello view with no middleware, with each prefix of MIDDLEWARE, and with all."""
    from django.conf import settings
    from django.test import override_settings

    full = list(settings.MIDDLEWARE)
    with override_settings(ROOT_URLCONF="bench.urls"):
        handlers = [_handler(full[:size]) for size in range(len(full) + 1)]
        best = [float("inf")] * len(handlers)
        for _ in range(STACK_ROUNDS):
            for size, handler in enumerate(handlers):
                best[size] = min(best[size], _cpu_per_request(handler))
    steps = {name: round(best[i + 1] - best[i], 1) for i, name in enumerate(full)}
    return {
        "no_middleware_us": round(best[0], 1),
        "whole_stack_us": round(best[-1], 1),
        "share_of_no_middleware": round(best[0] / best[-1], 3),
        "per_middleware_us": steps,
    }


def run() -> dict:
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.urls import resolve

    from bench.report import record
    from praxisdialog.core.metrics import MetricsMiddleware

    request = RequestFactory().get("/healthz")
    request.resolver_match = resolve("/healthz")
    response = HttpResponse("hello")

    def view(_request):
        return response

    bare = _best(view, request)
    wrapped = _best(MetricsMiddleware(view), request)
    print(f"{'metrics middleware':<32} {wrapped - bare:7.1f} µs a request (best of {ROUNDS})")
    figures = {"bare_us": round(bare, 2), "with_metrics_us": round(wrapped, 2)}
    costs = stack()
    print(
        f"middleware: the hello view takes {costs['whole_stack_us']:.0f} µs of CPU through "
        f"the whole stack and {costs['no_middleware_us']:.0f} µs without middleware "
        f"(share {costs['share_of_no_middleware']:.2f}); each middleware adds:"
    )
    for name, cost in sorted(costs["per_middleware_us"].items(), key=lambda item: -item[1]):
        print(f"  {cost:6.1f} µs  {name}")
    figures |= costs
    record("middleware", figures)
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "praxisdialog.settings")
    import django

    django.setup()
    run()
