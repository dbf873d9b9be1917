import json
import re

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.handlers.wsgi import WSGIRequest
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.csp import CSP, build_policy
from django.utils.functional import empty


def may_be_signed_in(request) -> bool:
    """False when the request surely comes from nobody signed in: its user has not been
    looked up yet and it carries no session cookie (so the lookup could only find the
    anonymous user). The middleware that every request passes asks this first, so that a
    visitor's request never loads a session only to learn that nobody is signed in. A
    user set by other means (the API's bearer token) counts as looked up."""
    user = getattr(request, "user", None)
    if user is None:
        return False
    if getattr(user, "_wrapped", None) is empty:
        return settings.SESSION_COOKIE_NAME in request.COOKIES
    return True


class PermissionsPolicyMiddleware:
    """Switches off browser features the site never uses, for every response."""

    POLICY = (
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.POLICY)
        return response


class PrivatePagesMiddleware:
    """Every page answered to a signed-in person (account, conversations,
    notifications, staff pages, and any page that names them) is `Cache-Control:
    private, no-store`: no shared proxy keeps it, and a shared computer's browser does
    not show it again from its cache after the person signed out. Pages for visitors
    keep whatever caching their view chose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if may_be_signed_in(request) and request.user.is_authenticated:
            from django.utils.cache import patch_cache_control

            if "public" in response.get("Cache-Control", ""):
                del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        return response


class RejectUnstorableTextMiddleware:
    """Text that cannot be stored is refused here, once, for pages and the API alike.

    A null character is never meant: PostgreSQL refuses to store it and it can hide text
    from filters. A lone UTF-16 surrogate (JSON's "\\ud800" without its partner, or the
    bytes that would encode one) is not text at all: no database can store it as UTF-8,
    and it used to surface as a 500 wherever it reached a save. Such a request gets a
    clear 400 page (422 with a message in the API) in the visitor's language before it
    reaches a view, so nothing is changed. A cookie holding a null character is dropped,
    so a broken cookie cannot lock anyone out."""

    NULLS = (b"\x00", b"\\u0000", b"%00")
    # A high or low surrogate written as a JSON escape: decoded and checked for a partner.
    SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
    # The bytes a surrogate would have in UTF-8 (never valid UTF-8), and their %-encoding
    # in an address or a form body (where a literal "%" is always written as %25).
    SURROGATE_BYTES = re.compile(rb"\xed[\xa0-\xbf]")
    SURROGATE_PERCENT = re.compile(rb"%ed%[ab][0-9a-f]", re.IGNORECASE)
    FORM = "application/x-www-form-urlencoded"
    TEXT_TYPES = ("application/json", FORM, "text/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "HTTP_COOKIE" in request.META:
            for name in [name for name, value in request.COOKIES.items() if "\x00" in value]:
                del request.COOKIES[name]
        problem = self._problem(request)
        if problem is not None:
            return self._refuse(request, problem)
        return self.get_response(request)

    def _problem(self, request) -> str | None:
        """ "null", "surrogate" or None."""
        if "\x00" in request.path:
            return "null"
        query = request.META.get("QUERY_STRING", "")
        if query:
            query = query.encode("latin-1", "replace")
            if b"%00" in query:
                return "null"
            if self.SURROGATE_PERCENT.search(query):
                return "surrogate"
        # Under WSGI, Django reads no body without a length (request.body is empty): most
        # requests, every GET of a browser among them, end here. (Under ASGI a body may
        # come without a length, so it is read and checked.)
        if request.META.get("CONTENT_LENGTH", "") in ("", "0") and isinstance(request, WSGIRequest):
            return None
        content_type = request.META.get("CONTENT_TYPE", "")
        if content_type and not content_type.startswith(self.TEXT_TYPES):
            return None  # multipart forms and uploads: Django decodes them with replacement
        body = request.body
        if not body:
            return None
        if any(null in body.lower() for null in self.NULLS):
            return "null"
        if self.SURROGATE_BYTES.search(body):
            return "surrogate"
        if content_type.startswith(self.FORM) and self.SURROGATE_PERCENT.search(body):
            return "surrogate"
        if self.SURROGATE_ESCAPE.search(body) and _json_has_lone_surrogate(body):
            return "surrogate"
        return None

    @staticmethod
    def _refuse(request, problem: str):
        from django.http import JsonResponse
        from django.shortcuts import render
        from django.utils import translation
        from django.utils.translation import gettext as _

        # Sessions and the locale middleware have not run yet: the language comes from
        # the language cookie or the browser, as LocaleMiddleware would choose it.
        with translation.override(translation.get_language_from_request(request)):
            if problem == "null":
                message = _("The request contains a null character, which is not allowed.")
            else:
                message = _(
                    "The request contains characters that are not valid text (a lone "
                    "surrogate), which cannot be stored. Please remove them."
                )
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"detail": [{"loc": ["request"], "msg": message, "type": "value_error"}]},
                    status=422,
                )
            return render(request, "400.html", {"reason": message}, status=400)


def _json_has_lone_surrogate(body: bytes) -> bool:
    """Whether a JSON body decodes to text with a lone surrogate (a pair written as two
    escapes, as json.dumps writes an emoji, decodes to one character and is fine)."""
    try:
        data = json.loads(body)
    except ValueError:
        return False  # not JSON: the view answers it as it answers any unreadable body
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= char <= "\udfff" for char in item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


class OriginalTextMiddleware:
    """`?original=1` asks for the texts as written: staff-written text is then shown in
    the version staff wrote (or the German original), never a machine translation, for
    this one request (core.i18n.localized reads it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The query string is parsed only when it may ask; otherwise the default (texts
        # in the reader's language) holds and nothing needs setting.
        if "original" not in request.META.get("QUERY_STRING", ""):
            return self.get_response(request)
        from .i18n import originals_requested

        with originals_requested(bool(request.GET.get("original"))):
            return self.get_response(request)


class PolicyOnceMiddleware(ContentSecurityPolicyMiddleware):
    """Django's Content-Security-Policy middleware, with the header written once per
    policy instead of once per response. A policy without a nonce is the same text for
    every response; Django builds it anew each time. Policies that use a nonce, and
    views that set their own policy, go through Django's own code."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self._built: dict[str, tuple[object, str]] = {}

    def _fixed(self, header: str, config) -> str | None:
        built = self._built.get(header)
        if built is not None and built[0] is config:
            return built[1]
        if any(
            value == CSP.NONCE or (isinstance(value, list | tuple | set) and CSP.NONCE in value)
            for value in config.values()
        ):
            return None
        text = build_policy(config)
        self._built[header] = (config, text)
        return text

    def process_response(self, request, response):
        if hasattr(response, "_csp_config") or hasattr(response, "_csp_ro_config"):
            return super().process_response(request, response)
        texts = {}
        for header, config in (
            (CSP.HEADER_ENFORCE, settings.SECURE_CSP),
            (CSP.HEADER_REPORT_ONLY, settings.SECURE_CSP_REPORT_ONLY),
        ):
            if not config or header in response:
                continue
            text = self._fixed(header, config)
            if text is None:
                return super().process_response(request, response)
            texts[header] = text
        for header, text in texts.items():
            response.headers[str(header)] = text
        return response


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware for URLs without a language prefix, as all of this
    site's are: the language comes from the cookie or the browser, and the response says
    which it is and that it varies with Accept-Language. Django's own checks the path
    for a language prefix twice on every request; they run here only where the URLs use
    i18n_patterns."""

    @staticmethod
    def _prefixed(request) -> bool:
        return is_language_prefix_patterns_used(getattr(request, "urlconf", settings.ROOT_URLCONF))[
            0
        ]

    def process_request(self, request):
        if self._prefixed(request):
            return super().process_request(request)
        translation.activate(translation.get_language_from_request(request))
        request.LANGUAGE_CODE = translation.get_language()
        return None

    def process_response(self, request, response):
        if self._prefixed(request):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
