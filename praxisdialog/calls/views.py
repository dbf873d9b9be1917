from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from praxisdialog.contributions.selectors import contribution_figures, contribution_list_latest

from . import phases
from .models import Call
from .rules import call_collects_contributions
from .selectors import call_get_for_display, call_list_current


@dataclass(frozen=True)
class Invitation:
    label: str
    url: str


def _invitation(request, call: Call) -> Invitation:
    """The one action a call's top asks for in its current phase (calls/phases.py)."""
    wanted = phases.invitation(call)
    if wanted == phases.CONTRIBUTE and call_collects_contributions(request.user, call):
        return Invitation(
            _("Share your experience"),
            reverse("contributions:contribution-create", args=[call.slug]),
        )
    if wanted == phases.REGISTER:
        from praxisdialog.events.selectors import event_next_for_call

        event = event_next_for_call(call=call, user=request.user)
        if event is not None:
            return Invitation(_("Register for the workshop"), event.get_absolute_url())
    if wanted in (phases.DISCUSS, phases.REGISTER):
        return Invitation(
            _("Read and discuss the contributions"),
            reverse("contributions:contribution-list", args=[call.slug]),
        )
    return Invitation(
        _("Read the contributions"),
        reverse("contributions:contribution-list", args=[call.slug]),
    )


def _intro(request, call: Call) -> dict:
    """What the top of a call shows, on the home page and on the call's page."""
    current = phases.current_phase(call)
    return {
        "call": call,
        "question": next(iter(call.questions.all()), None),
        "steps": phases.steps(call),
        "current_phase": current,
        "days_left": phases.days_left(current) if current else None,
        "figures": contribution_figures(call=call),
        "invitation": _invitation(request, call),
    }


def home(request):
    calls = list(call_list_current())
    for call in calls:
        call.current = phases.current_phase(call)
        call.is_collecting = call_collects_contributions(request.user, call)
    lead = calls[0] if calls else None
    return render(
        request,
        "calls/home.html",
        {
            "lead": _intro(request, lead) if lead else None,
            "latest": contribution_list_latest(call=lead, limit=3) if lead else [],
            "other_calls": calls[1:],
        },
    )


def call_detail(request, slug: str):
    call = call_get_for_display(slug=slug, user=request.user)
    if call is None:
        raise Http404
    phase = phases.current_phase(call)
    from praxisdialog.resonance.selectors import call_page_links

    return render(
        request,
        "calls/call_detail.html",
        {
            "intro": _intro(request, call),
            "call": call,
            "current_phase": phase,
            "phases": sorted(call.phases.all(), key=lambda p: p.starts_at),
            "can_contribute": request.user.has_perm("contributions.add_contribution", call),
            "is_collecting": call_collects_contributions(request.user, call),
            "latest": contribution_list_latest(call=call, limit=6),
            "resonance_links": call_page_links(user=request.user, call=call),
        },
    )
