from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from . import services
from .forms import ApiTokenForm, ProfileForm
from .models import ApiToken
from .selectors import api_token_list_for_user


@require_POST
def language_set(request):
    """Django's set_language, remembering the choice on the account for e-mails."""
    response = set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and check_for_language(language):
        services.user_set_language(user=request.user, language=language)
    return response


def admin_login(request):
    """The admin's own login form signs in with a password alone; it is never shown.
    Everyone signs in through the site's login with its second factor and comes back."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts=set()):
        next_url = reverse("admin:index")
    next_url = next_url or reverse("admin:index")
    if request.user.is_authenticated:
        if request.user.is_staff:
            return redirect(next_url)
        raise PermissionDenied(_("Your account cannot use the administration."))
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


@login_required
def account_overview(request):
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=request.user)
        if form.is_valid():
            services.user_update_profile(user=request.user, **form.cleaned_data)
            messages.success(request, _("Your profile has been saved."))
            response = redirect("accounts:overview")
            if "preferred_language" in form.changed_data:
                # The pages follow the new choice at once, as after the switcher.
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME,
                    form.cleaned_data["preferred_language"],
                    max_age=settings.LANGUAGE_COOKIE_AGE,
                    samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                    secure=settings.LANGUAGE_COOKIE_SECURE,
                    httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                )
            return response
    else:
        form = ProfileForm(instance=request.user)
    return render(
        request,
        "accounts/account_overview.html",
        {
            "form": form,
            "token_form": ApiTokenForm(),
            "tokens": api_token_list_for_user(user=request.user),
        },
    )


@login_required
@require_POST
def api_token_create(request):
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please give the token a name of up to 100 characters."))
        return redirect("accounts:overview")
    token, raw_key = services.api_token_create(user=request.user, name=form.cleaned_data["name"])
    return render(request, "accounts/api_token_created.html", {"token": token, "raw_key": raw_key})


@login_required
@require_POST
def api_token_revoke(request, pk: int):
    # Another person's token answers 404, like one that does not exist.
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.api_token_revoke(token=token)
    messages.success(request, _("The token has been revoked."))
    return redirect("accounts:overview")
