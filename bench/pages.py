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

Then the two writes under the same load: a comment POST by signed-in participants (one
session each of the CONNECTIONS connections) and a guest's registration POST for an event,
each connection reading the CSRF token from the form's page and keeping its cookies as a
browser does. wrk cannot tell how many of the requests it cut off at the end the server
still carried out, so a small client sends them: at most BENCH_WRITES POSTs within
BENCH_WRITE_SECONDS, each connection waiting for its answer before the next. The rows are
counted in the database before and after, and every redirect (a form POST that worked)
must have its row: the report gives the errors (any other answer) and the lost rows
(redirects without a row). The rate limits are raised for this server only, since every
POST comes from 127.0.0.1.

Prints one table and writes the figures as JSON to BENCH_JSON (default var/bench.json).
Set BENCH_DB_DIR to keep the databases there and reuse them on the next run (they are
topped up to the size, never shrunk). `python bench/pages.py` runs it on its own;
bench/run.py calls `run()`.

Environment: BENCH_SIZES ("1000,100000"), BENCH_SECONDS (4), BENCH_THREADS (2),
BENCH_CONNECTIONS (8), BENCH_WORKERS (2 gunicorn workers), BENCH_ROUTES (comma-separated
names, to measure only some), BENCH_WRITES (400 POSTs a write route at most),
BENCH_WRITE_SECONDS (30, the most a write route runs)."""

import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection, HTTPException
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SLUG = "integration-und-innovation"
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,100000").split(",") if s.strip()]
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
JSON_PATH = Path(os.environ.get("BENCH_JSON") or ROOT / "var" / "bench.json")
HELLO = "hello"
# The write routes: at most this many POSTs each, within this many seconds.
WRITE_REQUESTS = int(os.environ.get("BENCH_WRITES", "400"))
WRITE_SECONDS = int(os.environ.get("BENCH_WRITE_SECONDS", "30"))
# A word of the seeded texts found in many contributions and comments: search's hard case.
SEARCH_WORD = "Team"
BARE = "bare Django hello"


# Preparing a database (runs in a process of its own, with VAR_DIR set to the folder) ----


def _setup_django(var_dir: Path) -> None:
    os.environ.update(_production_env(var_dir), TASK_BACKEND="immediate", EMAIL_URL="locmem://")
    sys.path.insert(0, str(ROOT))
    import django

    from praxisdialog import var_dir

    # The server reads the key that prepare() writes; without it this process would sign
    # the sessions it makes with a key of its own, and the server would not know them.
    var_dir.prepare()
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
        "search": (f"/search/?q={SEARCH_WORD}", False),
        "list, search + role filter": (
            f"{base}/contributions/?q={SEARCH_WORD}&role={role}",
            False,
        ),
        "API search": (f"/api/v1/search?q={SEARCH_WORD}", False),
        "directory": ("/network/", False),
        "blog": ("/blog/", False),
        "themes": (f"{base}/themes/", False),
        "summary": (f"{base}/summary/", False),
        "resonance dashboard": (f"{base}/resonance/", True),
        "moderation desk": ("/moderation/", True),
        "review queue": ("/review/", True),
    }
    return {name: {"path": path, "staff": staff} for name, (path, staff) in routes.items()}


def _writer_cookies(count: int) -> list[str]:
    """Sessions of `count` participants with a confirmed address, one per connection of
    the write load (the POSTs are measured, not the login)."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.test import Client

    from praxisdialog.accounts.models import User

    cookies = []
    for number in range(count):
        email = f"bench-writer-{number}@example.org"
        user, _ = User.objects.get_or_create(
            email=email, defaults={"display_name": f"Bench writer {number}"}
        )
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        client = Client()
        client.force_login(user)
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={client.session.session_key}")
    return cookies


def _writes(routes: dict) -> dict:
    """The two POSTs under load: a comment on the contribution of the thread route, by
    signed-in participants, and a guest's registration for an event that takes them."""
    from django.utils import timezone

    from praxisdialog.events.models import Event

    contribution_page = routes["contribution with 100 comments"]["path"]
    contribution_id = int(contribution_page.strip("/").rsplit("/", 1)[1])
    now = timezone.now()
    event = next(
        event
        for event in Event.objects.filter(status=Event.Status.PUBLISHED, starts_at__gt=now)
        .order_by("starts_at", "pk")
        .iterator()
        if event.registration_is_open(now)
    )
    return {
        "comment POST": {
            "form": contribution_page,
            "path": f"/contributions/{contribution_id}/comments/",
            "kind": "comment",
            "target": contribution_id,
            "cookies": _writer_cookies(CONNECTIONS),
        },
        "registration POST": {
            "form": f"/events/{event.pk}/",
            "path": f"/events/{event.pk}/register/",
            "kind": "registration",
            "target": event.pk,
            "cookies": [""] * CONNECTIONS,
        },
    }


def count_rows(var_dir: Path, kind: str, target: int) -> int:
    """The rows a write route has made so far: comments on the contribution, or
    registrations (of any status) for the event."""
    _setup_django(var_dir)
    if kind == "comment":
        from praxisdialog.discussion.models import Comment

        return Comment.objects.filter(content_type__model="contribution", object_id=target).count()
    from praxisdialog.events.models import Registration

    return Registration.objects.filter(event_id=target).count()


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
    routes = _routes()
    return {
        "contributions": Contribution.objects.filter(call__slug=SLUG, status="published").count(),
        "seed_seconds": round(seeded, 1),
        "cookie": _staff_cookie(),
        "routes": routes,
        "writes": _writes(routes),
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
    env = _production_env(var_dir) | {
        "DJANGO_SETTINGS_MODULE": settings,
        # Every POST comes from 127.0.0.1 and a few accounts: limits that the load does
        # not reach, so that it measures writing, not refusing.
        "RATE_LIMITS": "comment=1000000/1000000/600,registration=1000000/1000000/3600",
    }
    command = [sys.executable, "-m", "gunicorn", "praxisdialog.wsgi"]
    command += ["--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}", "--backlog", "512"]
    command += ["--timeout", "60"]  # as deploy/gunicorn.conf.py
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


class _Browser:
    """One connection of the write load: keeps its cookies as a browser does, reads the
    CSRF token from the form's page and sends it with every POST."""

    def __init__(self, port: int, cookie: str):
        self.connection = HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = dict([cookie.split("=", 1)]) if cookie else {}
        self.location = ""

    def post(self, path: str, body: str) -> tuple[int, str]:
        """Sends a form; its status and where it redirects to."""
        status, _text = self.request("POST", path, body)
        return status, self.location

    def request(self, method: str, path: str, body: str = "") -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if method == "POST":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body=body or None, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (OSError, HTTPException):
            self.connection.close()  # the next request opens a new connection
            raise
        self.location = response.headers.get("Location", "")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _sep, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.headers.get("Connection", "").lower() == "close":
            self.connection.close()
        return response.status, text

    def csrf_token(self, path: str) -> str:
        status, page = self.request("GET", path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or not found:
            raise SystemExit(f"pages: no form with a CSRF token on {path} ({status})")
        return found.group(1)


def _write_load(port: int, write: dict, run_id: str) -> dict:
    """WRITE_REQUESTS POSTs (fewer if WRITE_SECONDS run out first) over CONNECTIONS
    connections, each waiting for its answer before the next: every request gets an
    answer, so the redirects (a successful form POST) can be compared with the rows."""
    browsers = [_Browser(port, cookie) for cookie in write["cookies"]]
    tokens = [browser.csrf_token(write["form"]) for browser in browsers]
    lock = threading.Lock()
    issued = [0]
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    deadline = time.monotonic() + WRITE_SECONDS

    def body(number: int, token: str) -> str:
        if write["kind"] == "comment":
            fields = {"text": f"Bench comment {run_id}-{number}: what we learnt together."}
        else:
            fields = {
                "name": f"Bench guest {number}",
                "email": f"bench-{run_id}-{number}@example.org",
            }
        return urlencode({"csrfmiddlewaretoken": token, **fields})

    def connection(browser: _Browser, token: str) -> None:
        while time.monotonic() < deadline:
            with lock:
                if issued[0] >= WRITE_REQUESTS:
                    return
                issued[0] += 1
                number = issued[0]
            started = time.perf_counter()
            try:
                status, location = browser.post(write["path"], body(number, token))
                # A redirect to the login means the session was not recognised: no row.
                status = f"{status} to login" if "/accounts/login/" in location else str(status)
            except (OSError, HTTPException) as error:
                status = type(error).__name__
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1

    started = time.perf_counter()
    threads = [
        threading.Thread(target=connection, args=pair)
        for pair in zip(browsers, tokens, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    answered = statuses.get("302", 0)
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(latencies[len(latencies) // 2], 2),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 2),
        "errors": len(latencies) - answered,
        "redirects": answered,
        "statuses": statuses,
    }


def _rows(var_dir: Path, write: dict) -> int:
    return int(
        subprocess.run(  # noqa: S603 - this very module
            [sys.executable, __file__, "count", str(var_dir), write["kind"], str(write["target"])],
            cwd=ROOT,
            env=_production_env(var_dir),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[-1]
    )


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
        # The two POSTs: rows counted in the database before and after each.
        run_id = f"{os.getpid()}-{int(time.time())}"
        for name, write in prepared["writes"].items():
            if wanted and name not in wanted:
                continue
            before = _rows(var_dir, write)
            figures[name] = {"path": write["path"], **_write_load(port, write, run_id)}
            made = _rows(var_dir, write) - before
            figures[name]["rows"] = made
            figures[name]["lost_rows"] = figures[name]["redirects"] - made
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
        f"-c{CONNECTIONS} -d{SECONDS}s per read route; writes: {CONNECTIONS} connections, at "
        f"most {WRITE_REQUESTS} POSTs in {WRITE_SECONDS}s; {os.cpu_count()} cores, load average "
        f"{load[0]:.1f} after the run; Python {platform.python_version()}"
    )
    print(f"pages: {conditions}")
    print(_table(results))
    for result in results:
        for name, item in result["routes"].items():
            if "rows" in item:
                print(
                    f"pages: {name} at {result['contributions']:,}: {item['requests']} POSTs, "
                    f"{item['redirects']} answered with a redirect, {item['rows']} rows made, "
                    f"{item['errors']} errors, {item['lost_rows']} lost rows "
                    f"(statuses {item['statuses']})"
                )
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
    elif sys.argv[1:2] == ["count"]:
        print(count_rows(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
    else:
        run()
