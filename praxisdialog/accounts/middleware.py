from django.conf import settings
from django.utils import translation

from praxisdialog.core.middleware import may_be_signed_in

from .selectors import two_factor_step


class UserLanguageMiddleware:
    """For a signed-in person without a language cookie who has chosen a language, use
    that choice (LocaleMiddleware has already chosen from the browser, which decides for
    everyone who has not chosen)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            may_be_signed_in(request)
            and (user := request.user).is_authenticated
            and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
            and user.language_chosen
            and user.preferred_language in dict(settings.LANGUAGES)
        ):
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class StaffTwoFactorMiddleware:
    """Staff and moderators use nothing but the account pages until this session has
    passed its second factor: a session that passed only the password is sent to enter
    a TOTP code (whatever devices exist, it is the session that counts), and an account
    without TOTP is sent to set it up when REQUIRE_STAFF_MFA is on (production; off by
    default with DEBUG, so the demo staff login needs no authenticator app). The rule
    itself is `selectors.two_factor_step`."""

    ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz", "/language/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            may_be_signed_in(request)
            and request.user.is_authenticated
            and not request.path.startswith(self.ALLOWED_PREFIXES)
        ):
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
