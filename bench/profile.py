"""Where the time of one page goes: `python bench/profile.py VAR_DIR PATH [--staff]`.

Runs the page through the whole middleware stack (Django's test client, the production
settings of bench/settings.py) against the database in VAR_DIR, as bench/pages.py builds
it (BENCH_DB_DIR keeps those), prints the queries of one request with their time and then
pyinstrument's profile of PROFILE_REPEAT (10) requests."""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(var_dir: str, path: str, staff: bool) -> None:
    os.environ.update(
        VAR_DIR=var_dir,
        DATABASE_URL="",
        DJANGO_SETTINGS_MODULE="bench.settings",
        DEBUG="false",
        STATIC_MANIFEST="false",
        ALLOWED_HOSTS="*",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    client = Client()
    if staff:
        from praxisdialog.accounts.models import User

        user = User.objects.get(email="bench-staff@example.org")
        client.force_login(user)
        session = client.session
        session["account_authentication_methods"] = [{"method": "mfa", "at": time.time()}]
        session["account_authentication_methods_user"] = str(user.pk)
        session.save()
    response = client.get(path)
    assert response.status_code == 200, response.status_code  # noqa: S101 - a tool
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    total = sum(float(q["time"]) for q in queries.captured_queries)
    print(f"{len(queries.captured_queries)} queries, {total * 1000:.1f} ms in the database")
    for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:8]:
        print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:300]}")
    repeat = int(os.environ.get("PROFILE_REPEAT", "10"))
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    with profiler:
        for _ in range(repeat):
            client.get(path)
    print(f"{(time.perf_counter() - started) * 1000 / repeat:.1f} ms a request")
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--staff" in sys.argv[3:])
