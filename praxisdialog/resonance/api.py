"""Open data and the resonance figures of a call, for the same people as the pages."""

from django.http import Http404
from ninja import Query, Router

from praxisdialog.api.schemas import ErrorOut
from praxisdialog.calls.selectors import call_get_for_display

from . import selectors, services

router = Router(tags=["resonance"])

PAGE_SIZE = 100


def _call(request, slug: str, perm: str):
    call = call_get_for_display(slug=slug, user=request.user)
    if call is None or not request.user.has_perm(perm, call):
        raise Http404
    return call


@router.get("/calls/{slug}/open-data", response={200: dict, 404: ErrorOut})
def open_data(request, slug: str, page: int = Query(1, ge=1, le=100_000)):
    """Published contributions of a call with their licence, 100 per page, oldest first.
    Public when the call publishes its open data."""
    call = _call(request, slug, "resonance.view_open_data")
    document = selectors.open_data_document(
        call=call,
        absolute=request.build_absolute_uri,
        offset=(page - 1) * PAGE_SIZE,
        limit=PAGE_SIZE,
    )
    document["page"] = page
    document["page_size"] = PAGE_SIZE
    return document


@router.get("/calls/{slug}/resonance", response={200: dict, 404: ErrorOut})
def resonance(request, slug: str):
    """The figures of a call. The public summary when the call shows one; staff also get
    thresholds, the verdict and the role-by-setting grid."""
    call = _call(request, slug, "resonance.view_summary")
    snapshot = services.resonance_figures_current(call=call)
    data = snapshot.data
    answer = {
        "call": call.slug,
        "computed_at": snapshot.computed_at.isoformat(),
        "totals": data.get("totals", {}),
        "daily": [
            {"day": day, "contributions": contributions, "comments": comments}
            for day, contributions, comments in data.get("daily", [])
        ],
        "languages": dict(data.get("languages", [])),
        "regions": dict(data.get("regions", [])),
    }
    if request.user.has_perm("resonance.view_dashboard", call):
        resonance_settings = selectors.resonance_settings_for(call)
        figures = selectors.figures_against_thresholds(data=data, settings=resonance_settings)
        answer["thresholds"] = {figure.key: figure.threshold for figure in figures}
        answer["reached"] = all(figure.met for figure in figures)
        answer["missing"] = {figure.key: figure.missing for figure in figures if not figure.met}
        answer["grid"] = [
            {"role": role, "setting": setting, "contributions": n}
            for role, setting, n in data.get("grid", [])
        ]
    return answer
