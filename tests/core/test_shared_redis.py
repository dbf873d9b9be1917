"""Several application servers share Redis for the cache, sessions and rate limits
(REDIS_URL, see docs/deploy.md): a real redis-server on 127.0.0.1 and two gunicorn
servers with production settings on one database, as instances are deployed. What the
servers count and keep is then looked for in Redis, and not found in the database's
cache table. Skipped where redis-server is not installed, except in CI (CI=true), which
installs it."""

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
from http.client import HTTPConnection
from urllib.parse import urlencode

import pytest

from tests.databases import SQLITE
from tests.production import HOST, _free_port, production_server

EMAIL = "zwei-server@example.org"
PASSWORD = secrets.token_urlsafe(16)
MAIL_LIMIT = 2  # contact messages per account in the rate-limit window


@pytest.fixture
def redis_url(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is missing: CI installs it (.ci/run)")
        pytest.skip("redis-server is not installed here (CI installs it)")
    port = _free_port()
    process = subprocess.Popen(
        [
            *(binary, "--bind", "127.0.0.1", "--port", str(port)),
            *("--save", "", "--appendonly", "no", "--dir", str(tmp_path)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", port), timeout=2) as sock,
            ):
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    break
            if time.monotonic() > deadline or process.poll() is not None:
                raise AssertionError("redis-server did not start")
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class Browser:
    """Keeps its cookies, as a browser does, across the servers it is pointed at."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, port: int, method: str, path: str, form: dict | None = None):
        headers = {"Host": HOST}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode()
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _sep, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, response.headers, text
        finally:
            connection.close()

    def post_form(self, port: int, path: str, fields: dict):
        status, _headers, page = self.request(port, "GET", path)
        assert status == 200, (path, status)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request(port, "POST", path, {"csrfmiddlewaretoken": token, **fields})


@pytest.fixture
def database(server_database, tmp_path):
    """A migrated database with a verified account."""
    database = server_database(SQLITE)
    database.manage(
        tmp_path,
        "shell",
        "-c",
        "from allauth.account.models import EmailAddress\n"
        "from praxisdialog.accounts.models import User\n"
        f"user = User.objects.create_user(email={EMAIL!r}, password={PASSWORD!r}, "
        "display_name='Zwei Server')\n"
        "EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)",
    )
    return database


def test_two_servers_share_sessions_and_rate_limits_through_redis(redis_url, database, tmp_path):
    import redis

    shared = {
        "DATABASE_URL": database.url,
        "REDIS_URL": redis_url,
        # Instances share their secret key: it signs what the session holds.
        "SECRET_KEY": secrets.token_urlsafe(60),
        "RATE_LIMITS": f"mail={MAIL_LIMIT}/1000/3600",
    }
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    with (
        production_server(tmp_path / "one", extra_env=shared) as one,
        production_server(tmp_path / "two", extra_env=shared) as two,
    ):
        browser = Browser()
        # Signed out, the account page sends to the sign-in on either server.
        assert browser.request(two.port, "GET", "/account/")[0] == 302

        # Signed in on the first server…
        status, _headers, _page = browser.post_form(
            one.port, "/accounts/login/", {"login": EMAIL, "password": PASSWORD}
        )
        assert status == 302, status
        assert "sessionid" in browser.cookies
        # …the session is valid on the second.
        status, _headers, page = browser.request(two.port, "GET", "/account/")
        assert status == 200
        assert "Zwei Server" in page
        session_key = browser.cookies["sessionid"]

        # A rate limit counted on one server holds on the other: contact messages from
        # this account, alternating between the servers, until the limit refuses.
        statuses = []
        for number in range(MAIL_LIMIT + 2):
            port = (one.port, two.port)[number % 2]
            status, _headers, page = browser.post_form(
                port,
                "/contact/",
                {"name": "Zwei Server", "email": EMAIL, "message": f"Nachricht {number}"},
            )
            statuses.append(status)
        assert statuses == [302] * MAIL_LIMIT + [429, 429]
        assert "Bitte warten Sie etwa" in page

        # Both counts live in Redis, not in either database's cache table.
        client = redis.Redis.from_url(redis_url)
        try:
            keys = [key.decode() for key in client.keys("*")]
        finally:
            client.close()
        assert any("ratelimit:" in key for key in keys)
        assert any(key.endswith(f"sessions.cached_db{session_key}") for key in keys)
        assert database.rows("SELECT count(*) FROM praxisdialog_cache") == [(0,)]
