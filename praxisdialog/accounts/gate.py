"""The one gate every page passes before it does anything for someone.

`require(request, perm, obj)` asks the rules (each app's `rules.py`) and answers a
refusal the same way everywhere (see docs/permissions.md):

- signed out: to the login, and back to `next` (the page itself unless given);
- signed in, but the e-mail address is not confirmed where `verified=True` asks for
  it: to the e-mail page with a note;
- signed in without the permission: 403, with `message` when the person can do
  something about it; or 404 with `hide=True` where the existence of the object is
  itself private (a draft, another person's registration).

Staff pages ask for their permission before they look anything up, so that a
participant gets 403 for a record that exists and for one that does not alike.

The refusals are exceptions: `GateMiddleware` turns the two redirects into responses,
Django itself the 403 and 404.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .selectors import user_is_verified


class LoginRequired(Exception):
    def __init__(self, next_url: str | None = None):
        super().__init__(next_url)
        self.next_url = next_url


class VerificationRequired(Exception):
    pass


def require(
    request,
    perm: str | None = None,
    obj=None,
    *,
    verified: bool = False,
    hide: bool = False,
    message: str | None = None,
    next_url: str | None = None,
) -> None:
    """Return if the person may go on; otherwise raise the refusal (see above)."""
    user = request.user
    if not user.is_authenticated:
        raise LoginRequired(next_url)
    if verified and not user_is_verified(user):
        raise VerificationRequired
    if perm is not None and not user.has_perm(perm, obj):
        if hide:
            raise Http404
        raise PermissionDenied(*([message] if message else []))


class GateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, LoginRequired):
            return redirect_to_login(exception.next_url or request.get_full_path())
        if isinstance(exception, VerificationRequired):
            messages.warning(
                request, _("Please confirm your e-mail address first; we have sent you a link.")
            )
            return redirect("account_email")
        return None
