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


class StaffTwoFactorMiddleware:
    """Staff and moderators must set up two-factor login (TOTP) before they can use
    anything else; until then every page sends them to the set-up page.

    Switched by REQUIRE_STAFF_MFA (on unless set to false)."""

    ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz", "/language/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings

        user = getattr(request, "user", None)
        if (
            settings.REQUIRE_STAFF_MFA
            and user is not None
            and user.is_authenticated
            and not request.path.startswith(self.ALLOWED_PREFIXES)
            and self._must_have_mfa(user)
            and not self._has_totp(user)
        ):
            from django.contrib import messages
            from django.shortcuts import redirect
            from django.utils.translation import gettext as _

            messages.warning(
                request,
                _("Your account can moderate or administer. Please set up two-factor login first."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_have_mfa(user) -> bool:
        from praxisdialog.accounts.rules import is_moderator

        return bool(user.is_staff or is_moderator(user))

    @staticmethod
    def _has_totp(user) -> bool:
        from allauth.mfa.models import Authenticator

        return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RejectNullBytesMiddleware:
    """A null character in an address or a form or JSON body is never meant:
    PostgreSQL refuses to store it and it can hide text from filters. Such a request
    gets a clear 400 (422 with a message in the API) before it reaches a view. A
    cookie holding one is dropped, so a broken cookie cannot lock anyone out."""

    NULLS = (b"\x00", b"\\u0000")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name in [name for name, value in request.COOKIES.items() if "\x00" in value]:
            del request.COOKIES[name]
        if self._has_null(request):
            from django.http import JsonResponse
            from django.shortcuts import render
            from django.utils.translation import gettext as _

            if request.path.startswith("/api/"):
                message = _("The request contains a null character, which is not allowed.")
                return JsonResponse(
                    {"detail": [{"loc": ["request"], "msg": message, "type": "value_error"}]},
                    status=422,
                )
            return render(request, "400.html", status=400)
        return self.get_response(request)

    def _has_null(self, request) -> bool:
        if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
            return True
        content_type = request.META.get("CONTENT_TYPE", "")
        if content_type.startswith(("application/json", "application/x-www-form-urlencoded")):
            body = request.body.lower()
            return any(null in body for null in self.NULLS) or b"%00" in body
        return False
