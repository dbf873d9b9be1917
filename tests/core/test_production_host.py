"""An unknown Host header in production is a 400, never a 500, on every kind of page.

The attack: with DEBUG off, a request for /healthz (or any page) with a Host header
outside ALLOWED_HOSTS was a 500, because the 400 page built an absolute address (its
Open Graph URL) from the refused host and so raised again inside the error handler.
Replayed against gunicorn with production settings."""

import pytest

from tests.production import HOST, production_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with production_server(tmp_path_factory.mktemp("production")) as running:
        yield running


@pytest.mark.parametrize(
    "path", ["/healthz", "/", "/no-such-page/", "/api/v1/calls", "/accounts/login/"]
)
def test_an_unknown_host_is_a_400(server, path):
    status, _headers, body = server.request("GET", path, host="evil.example")
    assert status == 400, body[:500]
    assert b"evil.example" not in body


def test_a_post_with_an_unknown_host_is_a_400(server):
    status, _headers, _body = server.request(
        "POST",
        "/api/v1/reports",
        host="evil.example",
        body=b"{}",
        headers={"Content-Type": "application/json"},
    )
    assert status == 400


def test_the_known_host_is_served(server):
    assert server.request("GET", "/healthz", host=HOST)[0] == 200
    assert server.request("GET", "/", host=HOST)[0] == 200
