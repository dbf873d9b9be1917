from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .selectors import user_is_verified


def redirect_unless_verified(request):
    """For views that need a confirmed address: visitors go to the login, people who
    have not confirmed yet to their e-mail page; None when the person may go on."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not user_is_verified(request.user):
        messages.warning(
            request, _("Please confirm your e-mail address first; we have sent you a link.")
        )
        return redirect("account_email")
    return None
