from praxisdialog.accounts.rules import is_moderator

from . import services

AUDITED_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class AuditMiddleware:
    """Records every state-changing request by staff or moderators, in the site, the
    admin and the API: who, which view, its arguments and the answer. Never the body,
    which may hold passwords or personal data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method in AUDITED_METHODS:
            # Read after the view: the API sets the user from a bearer token.
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and is_moderator(user):
                match = request.resolver_match
                kwargs = {k: str(v) for k, v in match.kwargs.items()} if match else {}
                path = request.path
                # Secret links (registration and export tokens) stay out of the log.
                for name, value in kwargs.items():
                    if "token" in name and value:
                        path = path.replace(value, "…")
                        kwargs[name] = "…"
                services.audit_record(
                    actor=user,
                    action=(match.view_name if match else "") or request.path,
                    method=request.method,
                    path=path,
                    details={"kwargs": kwargs},
                    status_code=response.status_code,
                )
        return response
