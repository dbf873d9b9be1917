from django.shortcuts import render
from django.views.decorators.cache import never_cache

from praxisdialog.accounts.gate import require

from .selectors import console_get


@never_cache
def console(request):
    require(request, "console.view_console")
    return render(request, "console/console.html", {"console": console_get(user=request.user)})
