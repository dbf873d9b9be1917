from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.core.ratelimit import RateLimited, client_ip, rate_limit_check

from . import services
from .forms import AccountDeleteForm
from .models import DataExport
from .selectors import (
    consent_overview_for_user,
    contribution_get_for_consent,
    data_export_get_for_download,
    data_export_list_for_user,
    registration_get_for_consent,
)
from .storage import export_path

PAGE_SIZE = 20


@login_required
def privacy_overview(request):
    return render(
        request,
        "privacy/privacy_overview.html",
        {
            "exports": data_export_list_for_user(user=request.user),
            "link_hours": settings.DATA_EXPORT_LINK_HOURS,
        },
    )


@login_required
@require_POST
def export_request(request):
    try:
        rate_limit_check(scope="mail", user=request.user, ip=client_ip(request))
        services.data_export_request(user=request.user)
    except RateLimited as error:
        messages.error(request, error.message)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _(
                "We are putting your data together. You will receive an e-mail with a download "
                "link shortly."
            ),
        )
    return redirect("privacy:overview")


@login_required
def export_download(request, token: str):
    export = data_export_get_for_download(token=token)
    require(request, "privacy.download_export", export, hide=True)
    path = export_path(export)
    if (
        export.status != DataExport.Status.READY
        or export.is_expired()
        or path is None
        or not path.exists()
    ):
        return render(request, "privacy/export_expired.html", status=410)
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"praxisdialog-data-{export.ready_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
def consent_list(request):
    overview = consent_overview_for_user(user=request.user)
    page = Paginator(overview.contributions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request, "privacy/consent_list.html", {"overview": overview, "contributions": page}
    )


def _withdraw(request, action, success: str):
    try:
        action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success)
    return redirect("privacy:consents")


@login_required
@require_POST
def consent_publication_withdraw(request, pk: int):
    contribution = contribution_get_for_consent(pk=pk)
    require(request, "privacy.withdraw_publication_consent", contribution, hide=True)
    return _withdraw(
        request,
        lambda: services.consent_publication_withdraw(user=request.user, contribution=contribution),
        _("You have withdrawn your consent. “%(title)s” is no longer published.")
        % {"title": contribution.title},
    )


@login_required
@require_POST
def consent_network_withdraw(request):
    return _withdraw(
        request,
        lambda: services.consent_network_withdraw(user=request.user),
        _("Your network profile is no longer shown to anyone."),
    )


@login_required
@require_POST
def consent_event_list_withdraw(request, pk: int):
    registration = registration_get_for_consent(pk=pk)
    require(request, "privacy.withdraw_event_list_consent", registration, hide=True)
    return _withdraw(
        request,
        lambda: services.consent_event_list_withdraw(user=request.user, registration=registration),
        _("Your name no longer appears on the participant list of “%(title)s”.")
        % {"title": registration.event.title},
    )


@login_required
@require_POST
def consent_newsletter_withdraw(request):
    return _withdraw(
        request,
        lambda: services.consent_newsletter_withdraw(user=request.user),
        _("You have unsubscribed from the newsletter."),
    )


@login_required
def account_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.account_delete(user=request.user, keep_content=form.keep_content)
        logout(request)
        messages.success(request, _("Your account has been deleted. Goodbye!"))
        return redirect("calls:home")
    return render(request, "privacy/account_delete.html", {"form": form})
