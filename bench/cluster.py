"""`make bench-pg`: the platform as several machines run it, on loopback. PostgreSQL, one
Redis for cache, sessions and rate limits, two application server instances (gunicorn
with deploy/gunicorn.conf.py, two sync workers each) and two task workers, behind nginx
(deploy/nginx/proxy.conf). It shows:

1. that throughput adds up: hello and a read route through nginx with one instance
   behind it, then with both, and how many requests each instance answered (its own
   /metrics);
2. the two writes (comment and registration POST) through nginx, with their rows counted
   before and after (bench/pages.py's client);
3. that a session made on one instance holds on the other, and that a rate limit counts
   the requests of both;
4. that killing one instance mid-load (SIGKILL to its whole process group) loses no
   request: nginx's proxy_next_upstream sends what the dead one dropped to the other.

PostgreSQL: the server of DATABASE_URL (a database of its own, created and dropped), or
without it a cluster of its own made by initdb in a temporary folder. Everything listens
on 127.0.0.1 on free ports, lives in a temporary folder and is stopped at the end.
Environment: BENCH_PG_CONTRIBUTIONS (1000), BENCH_SECONDS (6), BENCH_WRITES (200),
BENCH_CONNECTIONS (8). Figures go to var/bench-pg.json."""

import contextlib
import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import pages  # noqa: E402 - after the path is set

CONTRIBUTIONS = int(os.environ.get("BENCH_PG_CONTRIBUTIONS", "1000"))
SECONDS = pages.SECONDS if "BENCH_SECONDS" in os.environ else 6
JSON_PATH = ROOT / "var" / "bench-pg.json"
TOKEN = secrets.token_urlsafe(24)
PASSWORD = secrets.token_urlsafe(16)
READ_ROUTE = "call page"
RATE_LIMIT = 3  # registrations per account in the rate-limit check


def _app_env(work: Path, database_url: str, redis_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    for name in ("STATIC_MANIFEST", "ALLOWED_HOSTS", "EMAIL_URL", "TASK_BACKEND"):
        env.pop(name, None)
    return env | {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "PYTHONPATH": str(ROOT),
        "VAR_DIR": str(work / "var"),
        "SECRET_KEY": "bench-pg-" + PASSWORD,
        "DEBUG": "false",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "EMAIL_URL": f"file://{work / 'mail'}",
        "TRUSTED_PROXY_COUNT": "1",
        "METRICS_TOKEN": TOKEN,
        "WEB_CONCURRENCY": "2",
        # Guests' registrations and the comments all come from 127.0.0.1: limits the
        # load does not reach; signed-in registrations keep a small one (check 3).
        "RATE_LIMITS": (f"comment=1000000/1000000/600,registration={RATE_LIMIT}/1000000/3600"),
    }


# Preparing the database (a process of its own, with the environment above) -------------


def prepare() -> dict:
    import django

    django.setup()
    from allauth.account.models import EmailAddress
    from django.core.management import call_command
    from django.utils import timezone

    from praxisdialog.accounts.models import User
    from praxisdialog.events.models import Event

    devnull = open(os.devnull, "w")  # noqa: SIM115
    call_command("migrate", verbosity=0)
    pages._collect_static()
    call_command("seed_demo", stdout=devnull)
    call_command(
        "seed_scale", contributions=CONTRIBUTIONS, comments=3 * CONTRIBUTIONS, stdout=devnull
    )
    routes = pages._routes()
    email = "bench-cluster@example.org"
    user = User.objects.create_user(email=email, password=PASSWORD, display_name="Cluster")
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    now = timezone.now()
    events = [
        event.pk
        for event in Event.objects.filter(status=Event.Status.PUBLISHED, starts_at__gt=now)
        .order_by("-starts_at")
        .iterator()
        if event.registration_is_open(now)
    ][: RATE_LIMIT + 1]
    return {
        "routes": routes,
        "writes": pages._writes(routes),
        "login": {"email": email, "password": PASSWORD},
        "events": events,
    }


def count_rows(kind: str, target: int) -> int:
    import django

    django.setup()
    if kind == "comment":
        from praxisdialog.discussion.models import Comment

        return Comment.objects.filter(content_type__model="contribution", object_id=target).count()
    from praxisdialog.events.models import Registration

    return Registration.objects.filter(event_id=target).count()


# Services -------------------------------------------------------------------------------


class Cluster:
    def __init__(self, work: Path):
        self.work = work
        self.processes: list[subprocess.Popen] = []
        self.cleanups: list = []

    def start(self, command: list[str], *, env=None, log: str, cwd=ROOT) -> subprocess.Popen:
        with open(self.work / f"{log}.log", "w") as out:
            process = subprocess.Popen(
                command,
                cwd=cwd,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process

    def stop_all(self) -> None:
        for process in reversed(self.processes):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        for cleanup in reversed(self.cleanups):
            with contextlib.suppress(Exception):
                cleanup()


def _wait(check, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        # Refused connections, whatever the client library calls them.
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.3)
    raise SystemExit(f"bench-pg: {what} did not start")


def _postgres(cluster: Cluster) -> str:
    """A database URL for the benchmark: a new database on DATABASE_URL's server, or a
    cluster of its own."""
    import psycopg

    given = os.environ.get("DATABASE_URL", "")
    name = f"praxisdialog_bench_{os.getpid()}"
    if given.startswith("postgres"):
        parsed = urlparse(given)
        admin = urlunparse(parsed._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')

        def drop():
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        cluster.cleanups.append(drop)
        return urlunparse(parsed._replace(path=f"/{name}"))
    bindir = Path(
        subprocess.run(
            ["pg_config", "--bindir"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    data = cluster.work / "postgres"
    data.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        owner = pwd.getpwnam("postgres")
        os.chown(data, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = pages._free_port()
    cluster.start(
        [
            *prefix,
            str(bindir / "postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-h",
            "127.0.0.1",
            "-k",
            str(data),
            "-c",
            "fsync=on",
        ],
        log="postgres",
        cwd=data,
    )
    url = f"postgres://postgres@127.0.0.1:{port}/postgres"
    _wait(lambda: psycopg.connect(url, connect_timeout=2).close() is None, "PostgreSQL")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"postgres://postgres@127.0.0.1:{port}/{name}"


def _redis(cluster: Cluster) -> str:
    port = pages._free_port()
    cluster.start(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(cluster.work),
        ],
        log="redis",
    )

    def answers() -> bool:
        import socket

        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")

    _wait(answers, "Redis")
    return f"redis://127.0.0.1:{port}/0"


def _instance(cluster: Cluster, env: dict, number: int) -> tuple[subprocess.Popen, int]:
    port = pages._free_port()
    metrics = cluster.work / f"metrics-{number}"
    metrics.mkdir()
    process = cluster.start(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "deploy/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        env=env | {"PROMETHEUS_MULTIPROC_DIR": str(metrics)},
        log=f"web-{number}",
    )
    _wait(lambda: pages._get(port, "/healthz") == 200, f"instance {number}")
    return process, port


def _nginx(cluster: Cluster, ports: list[int], name: str) -> int:
    port = pages._free_port()
    folder = cluster.work / name
    folder.mkdir()
    upstream = "\n".join(
        f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in ports
    )
    (folder / "nginx.conf").write_text(
        f"""daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    upstream praxisdialog {{
{upstream}
    }}
    server {{
        listen 127.0.0.1:{port};
        location = /metrics {{ return 404; }}
        location / {{
            include {ROOT}/deploy/nginx/proxy.conf;
            proxy_pass http://praxisdialog;
        }}
    }}
}}
"""
    )
    cluster.start(["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf")], log=name)
    _wait(lambda: pages._get(port, "/healthz") == 200, name)
    return port


def _requests_served(port: int) -> int:
    """Requests an instance has answered, from its own /metrics (all its workers)."""
    from http.client import HTTPConnection

    from prometheus_client.parser import text_string_to_metric_families

    connection = HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    text = connection.getresponse().read().decode()
    connection.close()
    return int(
        sum(
            sample.value
            for family in text_string_to_metric_families(text)
            if family.name == "praxisdialog_http_requests"
            for sample in family.samples
            if sample.name.endswith("_total")
        )
    )


def _child(env: dict, *args: str) -> str:
    return subprocess.run(
        [sys.executable, __file__, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    ).stdout.splitlines()[-1]


# Checks ---------------------------------------------------------------------------------


def _session_and_rate_limit(ports: list[int], prepared: dict) -> dict:
    """Signs in on the first instance (the login form with its CSRF token), then reads the
    account page on the second; registers for events alternately on both until the
    per-account limit of the shared cache refuses."""
    first, second = (pages._Browser(port, "") for port in ports)
    token = first.csrf_token("/accounts/login/")
    login = prepared["login"]
    from urllib.parse import urlencode

    status, _page = first.request(
        "POST",
        "/accounts/login/",
        urlencode(
            {"csrfmiddlewaretoken": token, "login": login["email"], "password": login["password"]}
        ),
    )
    second.cookies = dict(first.cookies)
    account_first = first.request("GET", "/account/")[0]
    account_second = second.request("GET", "/account/")[0]
    statuses = []
    for number, event in enumerate(prepared["events"]):
        browser = (first, second)[number % 2]
        form_token = browser.csrf_token(f"/events/{event}/")
        statuses.append(
            browser.request(
                "POST", f"/events/{event}/register/", urlencode({"csrfmiddlewaretoken": form_token})
            )[0]
        )
    return {
        "login_status": status,
        "account_page_on_first": account_first,
        "account_page_on_second": account_second,
        "session_holds": account_first == account_second == 200,
        "registrations": statuses,
        "rate_limit_holds": statuses == [302] * RATE_LIMIT + [429],
    }


def _kill_mid_load(cluster: Cluster, port: int, victim: subprocess.Popen, path: str) -> dict:
    result: dict = {}

    def load():
        result.update(pages._wrk(port, path, ""))

    thread = threading.Thread(target=load)
    thread.start()
    time.sleep(SECONDS / 3)
    os.killpg(victim.pid, signal.SIGKILL)
    killed_at = round(SECONDS / 3, 1)
    thread.join()
    return {**result, "killed_after_s": killed_at}


def run() -> dict:
    for tool in ("nginx", "redis-server", "wrk"):
        if shutil.which(tool) is None:
            raise SystemExit(f"bench-pg: {tool} is needed")
    work = Path(tempfile.mkdtemp(prefix="praxisdialog-cluster-"))
    work.chmod(0o755)  # nginx's workers write their temporary files below
    (work / "var").mkdir()
    cluster = Cluster(work)
    report: dict = {"contributions": CONTRIBUTIONS}
    original = pages.SECONDS
    pages.SECONDS = SECONDS
    try:
        database_url = _postgres(cluster)
        redis_url = _redis(cluster)
        env = _app_env(work, database_url, redis_url)
        started = time.perf_counter()
        prepared = json.loads(_child(env, "prepare"))
        print(f"bench-pg: database ready in {time.perf_counter() - started:.0f} s", flush=True)
        instances = [_instance(cluster, env, number) for number in (1, 2)]
        ports = [port for _process, port in instances]
        for number in (1, 2):
            cluster.start(
                [
                    sys.executable,
                    "manage.py",
                    "db_worker",
                    "--no-reload",
                    "--worker-id",
                    f"bench-{number}",
                ],
                env=env,
                log=f"worker-{number}",
            )
        one = _nginx(cluster, ports[:1], "nginx-one")
        two = _nginx(cluster, ports, "nginx-two")
        route = prepared["routes"][READ_ROUTE]["path"]

        # 1. Throughput, one instance behind nginx and then two.
        throughput = {}
        for name, path in (("hello", "/bench/hello/"), (READ_ROUTE, route)):
            for _ in range(4):
                pages._get(two, path)
            served = [_requests_served(port) for port in ports]
            single = pages._wrk(one, path, "")
            middle = [_requests_served(port) for port in ports]
            double = pages._wrk(two, path, "")
            after = [_requests_served(port) for port in ports]
            throughput[name] = {
                "one_instance": single,
                "two_instances": double,
                "ratio": round(double["rps"] / (single["rps"] or 1), 2),
                # minus the scrapes themselves, which each instance also counts
                "answered_by_instance_with_two": [
                    a - m - 1 for a, m in zip(after, middle, strict=True)
                ],
                "answered_by_instance_with_one": [
                    m - s - 1 for m, s in zip(middle, served, strict=True)
                ],
            }
        report["throughput"] = throughput

        # 2. The writes through nginx, rows counted before and after.
        writes = {}
        run_id = f"{os.getpid()}-{int(time.time())}"
        for name, write in prepared["writes"].items():
            before = int(_child(env, "count", write["kind"], str(write["target"])))
            figures = pages._write_load(two, write, run_id)
            made = int(_child(env, "count", write["kind"], str(write["target"]))) - before
            writes[name] = {**figures, "rows": made, "lost_rows": figures["redirects"] - made}
        report["writes"] = writes

        # 3. A session and a rate limit across the instances.
        report["shared"] = _session_and_rate_limit(ports, prepared)

        # 4. One instance killed mid-load.
        report["kill"] = _kill_mid_load(cluster, two, instances[1][0], route)
    finally:
        pages.SECONDS = original
        cluster.stop_all()
        shutil.rmtree(work, ignore_errors=True)
    _print(report)
    JSON_PATH.parent.mkdir(parents=True, exist_ok=True)
    JSON_PATH.write_text(json.dumps(report, indent=2) + "\n")
    print(f"bench-pg: figures written to {JSON_PATH}")
    return report


def _print(report: dict) -> None:
    load = os.getloadavg()[0]
    print(
        f"bench-pg: PostgreSQL, Redis, 2 gunicorn instances x 2 sync workers, 2 task workers, "
        f"nginx; wrk -t{pages.THREADS} -c{pages.CONNECTIONS} -d{SECONDS}s; "
        f"{report['contributions']} contributions; load average {load:.1f}"
    )
    print(
        "route | one instance: req/s, p50 ms | two instances: req/s, p50 ms | ratio | "
        "answered by each (two) | errors"
    )
    for name, item in report["throughput"].items():
        one, two = item["one_instance"], item["two_instances"]
        print(
            f"{name} | {one['rps']:,.0f}, {one['p50_ms']:.1f} | {two['rps']:,.0f}, "
            f"{two['p50_ms']:.1f} | {item['ratio']:.2f} | "
            f"{' + '.join(str(n) for n in item['answered_by_instance_with_two'])} | "
            f"{one['errors'] + two['errors']}"
        )
    for name, item in report["writes"].items():
        print(
            f"{name} (two instances) | {item['rps']:,.1f} req/s, p50 {item['p50_ms']:.0f} ms, "
            f"p99 {item['p99_ms']:.0f} ms | {item['requests']} POSTs, {item['redirects']} "
            f"redirects, {item['rows']} rows, {item['errors']} errors, "
            f"{item['lost_rows']} lost rows"
        )
    shared = report["shared"]
    print(
        f"session made on instance 1, account page on 1: {shared['account_page_on_first']}, "
        f"on 2: {shared['account_page_on_second']} -> holds: {shared['session_holds']}"
    )
    print(
        f"registrations alternating 1, 2, 1, 2 with a limit of {RATE_LIMIT} per account: "
        f"{shared['registrations']} -> limit holds across instances: {shared['rate_limit_holds']}"
    )
    kill = report["kill"]
    print(
        f"instance 2 killed {kill['killed_after_s']} s into {SECONDS} s of load on {READ_ROUTE}: "
        f"{kill['requests']} requests, {kill['rps']:,.0f} req/s, {kill['errors']} errors "
        f"(non-2xx/3xx or socket)"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["prepare"]:
        print(json.dumps(prepare()))
    elif sys.argv[1:2] == ["count"]:
        print(count_rows(sys.argv[2], int(sys.argv[3])))
    else:
        run()
