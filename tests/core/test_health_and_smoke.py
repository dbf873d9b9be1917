import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template.loader import get_template
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def _argument_free_routes(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            # The admin and the API have their own tests; allauth's pages are its own.
            if route.startswith(("admin/", "api/", "accounts/")):
                continue
            yield from _argument_free_routes(pattern, route)
        elif isinstance(pattern, URLPattern) and "<" not in route and "^" not in route:
            yield "/" + route


PUBLIC_PAGES = ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_answer_with_exactly_one_h1(client, call, path):
    response = client.get(path)
    assert response.status_code == 200
    assert len(re.findall(r"<h1[\s>]", response.content.decode())) == 1


def test_every_argument_free_page_answers_for_staff(client, staff, call):
    client.force_login(staff)
    checked = 0
    for path in _argument_free_routes():
        if path == "/metrics":  # for Prometheus with its token only: tests/core/test_metrics.py
            continue
        response = client.get(path)
        if response.status_code in (301, 302, 405):
            continue
        assert response.status_code == 200, path
        if response["Content-Type"].startswith("text/html"):
            assert len(re.findall(r"<h1[\s>]", response.content.decode())) == 1, path
        checked += 1
    assert checked >= 5


def _all_templates() -> list[str]:
    """Every template of the project: templates/ and each app's templates/ folder."""
    root = Path(settings.BASE_DIR)
    folders = [root / "templates", *sorted((root / "praxisdialog").glob("*/templates"))]
    names = []
    for folder in folders:
        names += [
            str(path.relative_to(folder))
            for path in sorted(folder.rglob("*"))
            if path.suffix in {".html", ".txt", ".ics", ".xml"}
        ]
    return names


@pytest.mark.parametrize("name", _all_templates())
def test_templates_compile(name):
    get_template(name)


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/does-not-exist/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_csrf_failure_gets_a_friendly_page(user):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(user)
    response = csrf_client.post("/account/", {"display_name": "X"})
    assert response.status_code == 403
    assert "Formular" in response.content.decode()


def test_pages_send_a_strict_content_security_policy(client, call):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
