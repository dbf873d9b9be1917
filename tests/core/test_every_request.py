"""What the middleware every request passes does for a visitor: nothing it can leave out.

A request without a session cookie comes from nobody signed in, so no session is loaded
to find that out (its answer then does not vary with cookies); the language still comes
from the cookie or the browser, and the security headers are the same as Django would
write them."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.csp import build_policy
from django.views.decorators.csp import csp_override

from praxisdialog.core.middleware import LanguageMiddleware, PolicyOnceMiddleware
from tests.accounts.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db


def _vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}


def test_a_visitor_without_a_session_cookie_has_no_session_loaded(client):
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    # The session was never read: the answer does not depend on a cookie.
    assert "cookie" not in _vary(response)
    assert "accept-language" in _vary(response)
    assert response["Content-Language"] == "en"


def test_a_signed_in_person_is_still_recognised_on_the_same_page(client):
    client.force_login(VerifiedUserFactory(preferred_language="uk", language_chosen=True))
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="en")
    assert "cookie" in _vary(response)
    # Their own choice of language wins over the browser's; the page is private.
    assert response["Content-Language"] == "uk"
    assert "no-store" in response["Cache-Control"]


def test_the_language_cookie_and_the_browser_choose_the_language(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert page["Content-Language"] == "ar"
    assert 'lang="ar"' in page.content.decode()
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fa")["Content-Language"] == "fa"
    assert client.get("/")["Content-Language"] == "de"


def test_the_policy_header_is_the_one_django_builds(client, settings):
    response = client.get("/healthz")
    assert response["Content-Security-Policy"] == build_policy(settings.SECURE_CSP)
    # A changed policy is written as changed, not as the one remembered.
    settings.SECURE_CSP = {**settings.SECURE_CSP, "img-src": ["'self'", "https://img.example"]}
    response = client.get("/healthz")
    assert "img-src 'self' https://img.example" in response["Content-Security-Policy"]


def test_a_view_with_its_own_policy_or_a_nonce_keeps_django_s_handling(settings):
    request = RequestFactory().get("/")

    @csp_override({"default-src": ["'none'"]})
    def own(_request):
        return HttpResponse("own")

    middleware = PolicyOnceMiddleware(own)
    middleware.process_request(request)
    assert middleware(request)["Content-Security-Policy"] == "default-src 'none'"

    from django.utils.csp import CSP

    settings.SECURE_CSP = {"script-src": [CSP.SELF, CSP.NONCE]}
    first, second = RequestFactory().get("/"), RequestFactory().get("/")
    # A page that uses its nonce (as a template with {{ csp_nonce }} does).
    middleware = PolicyOnceMiddleware(lambda request: HttpResponse(str(request._csp_nonce)))
    headers = []
    for request in (first, second):
        middleware.process_request(request)
        response = middleware(request)
        headers.append(response["Content-Security-Policy"])
        assert f"'nonce-{request._csp_nonce}'" in response["Content-Security-Policy"]
    assert headers[0] != headers[1]


def test_the_language_middleware_works_without_sessions():
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE="tr")
    middleware = LanguageMiddleware(lambda _request: HttpResponse("ok"))
    response = middleware(request)
    assert request.LANGUAGE_CODE == "tr"
    assert response["Content-Language"] == "tr"
