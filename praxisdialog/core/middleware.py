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
