from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .selectors import console_get


@never_cache
def console(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.has_perm("console.view_console"):
        raise PermissionDenied
    return render(request, "console/console.html", {"console": console_get(user=request.user)})
