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
    """Staff and moderators use nothing but the account pages until this session has
    passed its second factor: a session that passed only the password is sent to enter
    a TOTP code (whatever devices exist, it is the session that counts), and an account
    without TOTP is sent to set it up when REQUIRE_STAFF_MFA is on (production; off by
    default with DEBUG, so the demo staff login needs no authenticator app). The rule
    itself is `accounts.selectors.two_factor_step`."""

    ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz", "/language/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(self.ALLOWED_PREFIXES)
        ):
            from praxisdialog.accounts.selectors import two_factor_step

            step = two_factor_step(request)
            if step is not None:
                return self._redirect(request, step)
        return self.get_response(request)

    @staticmethod
    def _redirect(request, step: str):
        from urllib.parse import urlencode

        from django.contrib import messages
        from django.shortcuts import redirect
        from django.urls import reverse
        from django.utils.translation import gettext as _

        if step == "authenticate":
            messages.info(request, _("Please confirm this session with your second factor."))
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        messages.warning(
            request,
            _("Your account can moderate or administer. Please set up two-factor login first."),
        )
        return redirect("mfa_activate_totp")


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
