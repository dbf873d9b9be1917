"""Throughput and latency of the pages as users meet them: gunicorn with the production
settings (DEBUG off, two sync workers) on 127.0.0.1, driven by wrk, each route next to a
trivial "hello" view on the same server in the same run.

For every size in BENCH_SIZES (contributions, default 1000 and 100000) a database is built
in a folder of its own (migrate, seed_demo, seed_scale with three comments per
contribution), the server is started against it, every route is warmed up and checked to
answer 200, then measured with `wrk -t2 -c8` for BENCH_SECONDS each. The machine may be
shared: the share of hello (route req/s divided by hello req/s) holds better than absolute
figures, and the growth compares p50 at the largest size with p50 at the smallest. Right
after the hello view, the same view in a bare Django project (bench/bare.py: no apps, no
middleware) is measured on a second server: what the middleware every request pays costs.

Prints one table and writes the figures as JSON to BENCH_JSON (default var/bench.json).
Set BENCH_DB_DIR to keep the databases there and reuse them on the next run (they are
topped up to the size, never shrunk). `python bench/pages.py` runs it on its own;
bench/run.py calls `run()`.

Environment: BENCH_SIZES ("1000,100000"), BENCH_SECONDS (4), BENCH_THREADS (2),
BENCH_CONNECTIONS (8), BENCH_WORKERS (2 gunicorn workers), BENCH_ROUTES (comma-separated
names, to measure only some)."""

import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLUG = "integration-und-innovation"
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,100000").split(",") if s.strip()]
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
JSON_PATH = Path(os.environ.get("BENCH_JSON") or ROOT / "var" / "bench.json")
HELLO = "hello"
BARE = "bare Django hello"


# Preparing a database (runs in a process of its own, with VAR_DIR set to the folder) ----


def _setup_django(var_dir: Path) -> None:
    os.environ.update(_production_env(var_dir), TASK_BACKEND="immediate", EMAIL_URL="locmem://")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _staff_cookie() -> str:
    """A session of a staff account that passed its second factor, as the production
    settings demand of staff; the pages behind it are measured, not the login."""
    from types import SimpleNamespace

    from allauth.account.internal.flows.login import record_authentication
    from django.conf import settings
    from django.test import Client

    from praxisdialog.accounts.models import User

    staff, _ = User.objects.get_or_create(
        email="bench-staff@example.org",
        defaults={"display_name": "Bench staff", "is_staff": True, "is_superuser": True},
    )
    client = Client()
    client.force_login(staff)
    session = client.session
    record_authentication(SimpleNamespace(session=session), staff, "mfa", type="totp")
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _routes() -> dict:
    """Name -> (path, needs staff). Chooses the objects each route shows at this size."""
    from django.db.models import Count

    from praxisdialog.calls.models import Call
    from praxisdialog.contributions.models import Contribution
    from praxisdialog.contributions.selectors import call_roles
    from praxisdialog.discussion.models import Comment
    from praxisdialog.events.models import Event

    call = Call.objects.get(slug=SLUG)
    published = Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED)
    last_page = max(1, -(-published.count() // 12))
    role = call_roles(call)[0].slug
    # The contribution whose thread is closest to 100 comments (seed_scale makes one).
    threads = (
        Comment.objects.filter(status=Comment.Status.PUBLISHED, content_type__model="contribution")
        .values("object_id")
        .annotate(total=Count("pk"))
        .filter(total__gte=100)
        .order_by("total")
    )
    thread = threads.first() or {"object_id": published.order_by("-pk").first().pk}
    event = Event.objects.annotate(total=Count("registrations")).order_by("-total", "pk").first()
    base = f"/calls/{SLUG}"
    routes = {
        HELLO: ("/bench/hello/", False),
        "home": ("/", False),
        "call page": (f"{base}/", False),
        "contribution list": (f"{base}/contributions/", False),
        "list, role filter + most helpful": (
            f"{base}/contributions/?role={role}&sort=helpful",
            False,
        ),
        "list, last page": (f"{base}/contributions/?page={last_page}", False),
        "contribution with 100 comments": (f"/contributions/{thread['object_id']}/", False),
        "event page": (f"/events/{event.pk}/", False),
        "contributions feed": (f"{base}/contributions/feed/rss/", False),
        "API list": (f"/api/v1/calls/{SLUG}/contributions", False),
        "directory": ("/network/", False),
        "blog": ("/blog/", False),
        "themes": (f"{base}/themes/", False),
        "summary": (f"{base}/summary/", False),
        "resonance dashboard": (f"{base}/resonance/", True),
        "moderation desk": ("/moderation/", True),
        "review queue": ("/review/", True),
    }
    return {name: {"path": path, "staff": staff} for name, (path, staff) in routes.items()}


def _collect_static() -> None:
    """The production settings serve static files from the manifest that collectstatic
    writes; compressing them takes minutes on a busy machine, so it runs only when a file
    in static/ is newer than the manifest."""
    from django.conf import settings
    from django.core.management import call_command

    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    newest = max(p.stat().st_mtime for p in (ROOT / "static").rglob("*") if p.is_file())
    if not manifest.exists() or manifest.stat().st_mtime < newest:
        call_command("collectstatic", interactive=False, verbosity=0)


def prepare(var_dir: Path, size: int) -> dict:
    """Builds (or tops up) the database for `size` contributions; returns what run() needs."""
    _setup_django(var_dir)
    from django.core.management import call_command

    from praxisdialog.calls.models import Call
    from praxisdialog.contributions.models import Contribution

    devnull = open(os.devnull, "w")  # noqa: SIM115
    call_command("migrate", verbosity=0)
    _collect_static()
    if not Call.objects.filter(slug=SLUG).exists():
        call_command("seed_demo", stdout=devnull)
    have = Contribution.objects.filter(call__slug=SLUG, status="published").count()
    seeded = 0.0
    if have < size:
        started = time.perf_counter()
        missing = size - have
        call_command("seed_scale", contributions=missing, comments=3 * missing, stdout=devnull)
        seeded = time.perf_counter() - started
    return {
        "contributions": Contribution.objects.filter(call__slug=SLUG, status="published").count(),
        "seed_seconds": round(seeded, 1),
        "cookie": _staff_cookie(),
        "routes": _routes(),
    }


# Measuring (the parent process: no Django here, only the server and wrk) ----------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str, cookie: str = "") -> int:
    connection = HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _production_env(var_dir: Path) -> dict:
    """The environment of a production server on this folder: whatever a caller set for
    its own test-client runs (bench/run.py) is dropped, so the defaults apply."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"STATIC_MANIFEST", "ALLOWED_HOSTS", "EMAIL_URL", "TASK_BACKEND"}
        and not name.startswith("DJANGO_")
    }
    return env | {
        "VAR_DIR": str(var_dir),
        "DATABASE_URL": "",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DEBUG": "false",
        "PYTHONPATH": str(ROOT),
    }


def _server(
    var_dir: Path, port: int, settings: str = "bench.settings", ready: str = "/healthz"
) -> subprocess.Popen:
    env = _production_env(var_dir) | {"DJANGO_SETTINGS_MODULE": settings}
    command = [sys.executable, "-m", "gunicorn", "praxisdialog.wsgi"]
    command += ["--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}", "--backlog", "512"]
    with open(var_dir / f"server-{settings}.log", "w") as log:
        server = subprocess.Popen(  # noqa: S603 - our own server
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if _get(port, ready) == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"pages: the server did not start; see {var_dir}/server-{settings}.log")


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def _wrk(port: int, path: str, cookie: str) -> dict:
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency"]
    command += ["--timeout", "10s"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(  # noqa: S603 - wrk on loopback
        [*command, f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=SECONDS + 60,
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)(?:\.0+)?%\s+(\S+)\s*$", output, re.MULTILINE))
    if "50" not in latency:
        raise SystemExit(f"pages: wrk gave no latencies for {path}:\n{output}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": round(_ms(latency["50"]), 2),
        "p99_ms": round(_ms(latency["99"]), 2),
        "errors": (int(errors.group(1)) if errors else 0)
        + (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0),
    }


def _measure_size(size: int, var_dir: Path) -> dict:
    started = time.perf_counter()
    prepared = json.loads(
        subprocess.run(  # noqa: S603 - this very module
            [sys.executable, __file__, "prepare", str(var_dir), str(size)],
            cwd=ROOT,
            env=_production_env(var_dir),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()[-1]
    )
    print(
        f"pages: {prepared['contributions']} contributions ready in "
        f"{time.perf_counter() - started:.0f} s (seed_scale {prepared['seed_seconds']} s)",
        flush=True,
    )
    wanted = {n.strip() for n in os.environ.get("BENCH_ROUTES", "").split(",") if n.strip()}
    routes = {
        name: route
        for name, route in prepared["routes"].items()
        if not wanted or name in wanted or name == HELLO
    }
    port = _free_port()
    server = _server(var_dir, port)
    # A bare Django project (bench/bare.py) beside it: what the middleware costs.
    bare_port = _free_port()
    bare = _server(var_dir, bare_port, settings="bench.bare", ready="/bench/hello/")
    figures = {}
    try:
        for name, route in routes.items():
            cookie = prepared["cookie"] if route["staff"] else ""
            # Warm up: every worker loads its templates and caches; the page must be a 200.
            for _ in range(2 * WORKERS):
                status = _get(port, route["path"], cookie)
                if status != 200:
                    raise SystemExit(f"pages: {route['path']} answered {status}")
            figures[name] = {"path": route["path"], **_wrk(port, route["path"], cookie)}
            if name == HELLO:
                for _ in range(2 * WORKERS):
                    _get(bare_port, route["path"])
                figures[BARE] = {"path": route["path"], **_wrk(bare_port, route["path"], "")}
                _stop(bare)
    finally:
        _stop(server)
        if bare.poll() is None:
            _stop(bare)
    hello = figures[HELLO]["rps"] or 1.0
    for item in figures.values():
        item["share_of_hello"] = round(item["rps"] / hello, 3)
    return {"contributions": prepared["contributions"], "routes": figures}


def _table(results: list[dict]) -> str:
    header = ["route"]
    for result in results:
        size = f"{result['contributions']:,}"
        header += [f"{size}: req/s", "p50 ms", "p99 ms", "share"]
    if len(results) > 1:
        header.append("p50 growth")
    rows = []
    for name in results[0]["routes"]:
        row = [name]
        for result in results:
            item = result["routes"].get(name)
            if item is None:
                row += ["-"] * 4
                continue
            errors = f" ({item['errors']} errors)" if item["errors"] else ""
            row += [
                f"{item['rps']:,.0f}{errors}",
                f"{item['p50_ms']:.1f}",
                f"{item['p99_ms']:.1f}",
                f"{item['share_of_hello']:.3f}",
            ]
        if len(results) > 1:
            first, last = results[0]["routes"].get(name), results[-1]["routes"].get(name)
            row.append(f"{last['p50_ms'] / first['p50_ms']:.2f}" if first and last else "-")
        rows.append(row)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    line = " | ".join(cell.ljust(w) for cell, w in zip(header, widths, strict=True))
    return "\n".join([line, "-" * len(line), *lines])


def run() -> dict:
    if shutil.which("wrk") is None:
        raise SystemExit("pages: wrk is needed (apt install wrk)")
    keep = os.environ.get("BENCH_DB_DIR")
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="praxisdialog-pages-"))
    results = []
    try:
        for size in SIZES:
            var_dir = work / f"contributions-{size}"
            var_dir.mkdir(parents=True, exist_ok=True)
            results.append(_measure_size(size, var_dir))
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()
    conditions = (
        f"gunicorn {WORKERS} sync workers, DEBUG off, SQLite; wrk -t{THREADS} "
        f"-c{CONNECTIONS} -d{SECONDS}s per route; {os.cpu_count()} cores, load average "
        f"{load[0]:.1f} after the run; Python {platform.python_version()}"
    )
    print(f"pages: {conditions}")
    print(_table(results))
    JSON_PATH.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "conditions": conditions,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "sizes": results,
    }
    JSON_PATH.write_text(json.dumps(report, indent=2) + "\n")
    print(f"pages: figures written to {JSON_PATH}")
    return report


if __name__ == "__main__":
    if sys.argv[1:2] == ["prepare"]:
        print(json.dumps(prepare(Path(sys.argv[2]), int(sys.argv[3]))))
    else:
        run()
