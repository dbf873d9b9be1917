"""The JSON API at /api/v1/ (schema at /api/v1/openapi.json).

Endpoints call the same selectors, services and permission rules as the pages."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Swagger

from . import errors

api = NinjaAPI(
    title="Praxisdialog API",
    version="1",
    description=(
        "Public reads need no login. Writes need a browser session (with CSRF token) "
        "or a personal token: `Authorization: Bearer <token>`."
    ),
    urls_namespace="api",
    # Without deep links Swagger UI puts no link inside each operation's button, which
    # screen readers and keyboards cannot reach as a link of its own.
    docs=Swagger(settings={"deepLinking": False}),
)

errors.install(api)


def _loc(field: str) -> list[str]:
    return ["body", "payload", field]


@api.exception_handler(ValidationError)
def validation_error(request, error: ValidationError):
    if hasattr(error, "error_dict"):
        detail = [
            {"loc": _loc(field), "msg": message, "type": "value_error"}
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    else:
        detail = [
            {"loc": ["body"], "msg": message, "type": "value_error"} for message in error.messages
        ]
    return api.create_response(request, {"detail": detail}, status=422)


@api.exception_handler(PermissionDenied)
def permission_denied(request, error: PermissionDenied):
    message = str(error) or _("You may not do this.")
    return api.create_response(request, {"detail": message}, status=403)


@api.exception_handler(Http404)
def not_found(request, error: Http404):
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


# Each capability's router, in its own app's api.py.
def _add_routers() -> None:
    from praxisdialog.blog.api import router as blog
    from praxisdialog.calls.api import router as calls
    from praxisdialog.contributions.api import router as contributions
    from praxisdialog.discussion.api import router as discussion
    from praxisdialog.events.api import router as events
    from praxisdialog.insights.api import router as insights
    from praxisdialog.moderation.api import router as moderation
    from praxisdialog.network.api import router as network
    from praxisdialog.notifications.api import router as notifications
    from praxisdialog.pages.api import router as pages
    from praxisdialog.practices.api import router as practices
    from praxisdialog.resonance.api import router as resonance
    from praxisdialog.search.api import router as search
    from praxisdialog.translation.api import router as translation

    routers = (calls, contributions, discussion, moderation, notifications, events, network)
    for router in (*routers, insights, resonance, practices, blog, pages, translation, search):
        api.add_router("/", router)


_add_routers()
