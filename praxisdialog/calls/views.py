from django.http import Http404
from django.shortcuts import render

from praxisdialog.contributions.selectors import contribution_list_latest

from .phases import current_phase, days_left
from .rules import call_collects_contributions
from .selectors import call_get_for_display, call_list_current


def home(request):
    calls = list(call_list_current())
    for call in calls:
        call.current = current_phase(call)
        call.is_collecting = call_collects_contributions(request.user, call)
    return render(request, "calls/home.html", {"calls": calls})


def call_detail(request, slug: str):
    call = call_get_for_display(slug=slug, user=request.user)
    if call is None:
        raise Http404
    phase = current_phase(call)
    from praxisdialog.notifications.selectors import is_following
    from praxisdialog.resonance.selectors import call_page_links

    return render(
        request,
        "calls/call_detail.html",
        {
            "call": call,
            "current_phase": phase,
            "days_left": days_left(phase) if phase else None,
            "phases": sorted(call.phases.all(), key=lambda p: p.starts_at),
            "can_contribute": request.user.has_perm("contributions.add_contribution", call),
            "is_collecting": call_collects_contributions(request.user, call),
            "latest": contribution_list_latest(call=call, limit=6),
            "following": is_following(user=request.user, target=call),
            "resonance_links": call_page_links(user=request.user, call=call),
        },
    )
