from django.conf import settings
from django.utils import translation

from praxisdialog.core.middleware import may_be_signed_in


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
