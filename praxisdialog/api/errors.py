"""Error answers of the API in the language of the request.

django-ninja and pydantic word their own errors in English ("Field required",
"Unauthorized"); these handlers put our catalogue's sentence in their place, chosen by
the error's `type`, so a client that sends `Accept-Language: ar` reads Arabic whatever
went wrong. The `type` and `loc` of each error stay as they were: they are the contract
for programs, `msg` is for people."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, Throttled
from ninja.errors import ValidationError as SchemaValidationError

# pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/) as
# they reach our schemas; the rest get the general sentence.
MESSAGES = {
    "missing": _("This field is required."),
    "json_invalid": _("The request body is not valid JSON."),
    "model_attributes_type": _("Please send a JSON object."),
    "model_type": _("Please send a JSON object."),
    "dict_type": _("Please send a JSON object."),
    "list_type": _("Please send a list."),
    "string_type": _("Please send text."),
    "string_too_short": _("Please send at least %(min_length)s characters."),
    "string_too_long": _("Please send at most %(max_length)s characters."),
    "int_type": _("Please send a whole number."),
    "int_parsing": _("Please send a whole number."),
    "int_from_float": _("Please send a whole number."),
    "bool_type": _("Please send true or false."),
    "bool_parsing": _("Please send true or false."),
    "greater_than_equal": _("Please send a number of at least %(ge)s."),
    "less_than_equal": _("Please send a number of at most %(le)s."),
    "greater_than": _("Please send a number greater than %(gt)s."),
    "less_than": _("Please send a number less than %(lt)s."),
    "literal_error": _("Please send one of these values: %(expected)s."),
    "enum": _("Please send one of these values: %(expected)s."),
    "datetime_type": _("Please send a date and time (ISO 8601)."),
    "datetime_parsing": _("Please send a date and time (ISO 8601)."),
    "datetime_from_date_parsing": _("Please send a date and time (ISO 8601)."),
    "date_parsing": _("Please send a date (YYYY-MM-DD)."),
    "url_parsing": _("Please send a web address."),
    "url_type": _("Please send a web address."),
}
GENERAL = _("This value is not valid.")


def _message(error: dict) -> str:
    template = MESSAGES.get(error.get("type", ""), GENERAL)
    context = error.get("ctx") or {}
    try:
        return str(template) % context if "%(" in str(template) else str(template)
    except (KeyError, TypeError, ValueError):
        return str(GENERAL)


def install(api: NinjaAPI) -> None:
    """Adds the handlers to `api`; called once where the API is made."""

    @api.exception_handler(SchemaValidationError)
    def schema_error(request, error: SchemaValidationError):
        detail = [
            {
                "type": item.get("type", "value_error"),
                "loc": list(item.get("loc", [])),
                "msg": _message(item),
            }
            for item in error.errors
        ]
        return api.create_response(request, {"detail": detail}, status=422)

    @api.exception_handler(HttpError)
    def http_error(request, error: HttpError):
        if isinstance(error, AuthenticationError):
            message = gettext("Please sign in, or send a personal token.")
        elif isinstance(error, AuthorizationError):
            message = gettext("You may not do this.")
        elif isinstance(error, Throttled):
            message = gettext("Too many requests; please wait a moment.")
        else:
            message = str(error)
        return api.create_response(request, {"detail": message}, status=error.status_code)
