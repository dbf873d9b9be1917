from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from praxisdialog.accounts.gate import require
from praxisdialog.calls.selectors import call_get_for_display
from praxisdialog.contributions.models import EvidenceLevel, IntegrationField
from praxisdialog.contributions.selectors import (
    ContributionFilters,
    call_roles,
    call_settings,
    contribution_get_for_display,
    contribution_list_published_by,
)
from praxisdialog.core.forms import add_service_errors
from praxisdialog.core.ratelimit import RateLimited, client_ip

from . import services
from .forms import AdoptionForm, FollowUpForm
from .germany import HEIGHT, WIDTH
from .selectors import land_list_for_map

# The filters of the map: the rest of the list's filters apply on the list.
MAP_FILTERS = ("role", "setting", "integration_field", "evidence_level")


def follow_up_answer(request, token: str):
    """The form a follow-up mail links to; the personal link is the permission, so no
    sign-in is needed. An expired link says so; an unknown one looks like a missing page."""
    try:
        follow_up = services.follow_up_from_token(token)
    except services.LinkExpired:
        return render(request, "practices/follow_up_expired.html", status=410)
    if follow_up is None or follow_up.contribution.status != "published":
        return render(request, "practices/follow_up_expired.html", {"unknown": True}, status=404)
    contribution = follow_up.contribution
    context = {"follow_up": follow_up, "contribution": contribution}
    if follow_up.answered_at is not None:
        return render(request, "practices/follow_up_done.html", context)
    form = FollowUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            update = services.follow_up_answer(
                follow_up=follow_up, data=services.UpdateInput(**form.cleaned_data)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return render(
                request,
                "practices/follow_up_done.html",
                {**context, "update": update, "just_answered": True},
            )
    return render(request, "practices/follow_up_form.html", {**context, "form": form})


def _adoption_context(request, contribution, form=None) -> dict:
    own = contribution_list_published_by(user=request.user, exclude_pk=contribution.pk)
    return {
        "contribution": contribution,
        "form": form or AdoptionForm(own_contributions=own),
        "own_contributions": own,
    }


def adoption_create(request, pk: int):
    """The page form of "we adopted this too"; the contribution page shows the same form."""
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None or contribution.status != "published":
        raise Http404
    require(
        request,
        "practices.add_adoption",
        contribution,
        verified=True,
        message=_("You cannot report an adoption of this contribution."),
    )
    own = contribution_list_published_by(user=request.user, exclude_pk=contribution.pk)
    form = AdoptionForm(request.POST or None, own_contributions=own)
    if request.method == "POST" and form.is_valid():
        try:
            adoption = services.adoption_create(
                contribution_id=contribution.pk,
                author=request.user,
                data=services.AdoptionInput(
                    text=form.cleaned_data["text"],
                    own_contribution_id=form.cleaned_data["own_contribution"],
                ),
                ip=client_ip(request),
            )
        except RateLimited as limited:
            form.add_error(None, limited.message)
        except ValidationError as error:
            add_service_errors(form, error, fields={"contribution": "own_contribution"})
        else:
            if adoption.status == "published":
                messages.success(request, _("Thank you: your report appears with the practice."))
            else:
                messages.info(
                    request,
                    _("Thank you: a moderator reads your report before it appears."),
                )
            return redirect(f"{contribution.get_absolute_url()}#adoptions")
    return render(
        request, "practices/adoption_form.html", _adoption_context(request, contribution, form)
    )


def practice_map(request, slug: str):
    """Practices and people per Land as a server-rendered map, with a table that says the
    same in text; each Land links to the list filtered to it."""
    call = call_get_for_display(slug=slug, user=request.user)
    if call is None:
        raise Http404
    filters = ContributionFilters.from_query(
        {name: request.GET.get(name, "") for name in MAP_FILTERS}, call=call
    )
    list_url = reverse("contributions:contribution-list", args=[call.slug])
    people_url = reverse("network:profile-list")
    lands = land_list_for_map(call=call, user=request.user, filters=filters)
    people_filters = {name: getattr(filters, name) for name in ("role", "setting")}
    people_filters = {name: value for name, value in people_filters.items() if value}
    for land in lands:
        land.practices_url = f"{list_url}?{urlencode(filters.query(region=land.code))}"
        land.people_url = f"{people_url}?{urlencode({**people_filters, 'region': land.code})}"
    return render(
        request,
        "practices/map.html",
        {
            "call": call,
            "filters": filters,
            "lands": lands,
            "width": WIDTH,
            "height": HEIGHT,
            "roles": call_roles(call),
            "settings_list": call_settings(call),
            "integration_fields": IntegrationField.choices,
            "evidence_levels": EvidenceLevel.choices,
            "total_practices": sum(land.practices for land in lands),
            "total_people": sum(land.people for land in lands),
        },
    )
