"""What the dashboard, the public summary and the dossier show, built from the stored
figures: the figures against their thresholds, the verdict, the charts and their tables."""

from django.utils.translation import gettext as _

from praxisdialog.calls.models import Call

from . import charts, selectors
from .models import ResonanceSettings


def dashboard_context(*, call: Call, data: dict, resonance_settings: ResonanceSettings) -> dict:
    figures = selectors.figures_against_thresholds(data=data, settings=resonance_settings)
    daily = data.get("daily", [])
    days = [row[0] for row in daily]
    grid_settings, grid_rows = selectors.grid_for(call=call, data=data)
    languages = selectors.labelled_languages(data)
    regions = selectors.labelled_regions(data)
    totals = data.get("totals", {})
    last = daily[-1] if daily else [None, 0, 0]
    return {
        "figures": figures,
        "reached": all(figure.met for figure in figures),
        "missing": [figure for figure in figures if not figure.met],
        "daily": daily,
        "daily_chart": charts.line_chart(
            title=_("Contributions and comments over time"),
            desc=_(
                "Cumulative count per day from %(first)s to %(last)s: "
                "%(contributions)s contributions and %(comments)s comments at the end."
            )
            % {
                "first": days[0] if days else "-",
                "last": days[-1] if days else "-",
                "contributions": last[1],
                "comments": last[2],
            },
            days=days,
            series=[
                (_("Contributions"), [row[1] for row in daily]),
                (_("Comments"), [row[2] for row in daily]),
            ],
        ),
        "grid_settings": grid_settings,
        "grid_rows": grid_rows,
        # The same counts as one row per role and setting, for the printed dossier.
        "grid_pairs": [
            {
                "role": row.role,
                "pairs": [
                    {"setting": setting, "count": count}
                    for setting, count in zip(grid_settings, row.cells, strict=True)
                ],
            }
            for row in grid_rows
        ],
        "grid_gaps": sum(1 for row in grid_rows for cell in row.cells if not cell),
        "languages": languages,
        "languages_chart": charts.bar_chart(
            title=_("Languages of the contributions"),
            desc=_("%(count)s languages; the table below lists every value.")
            % {"count": len(languages)},
            items=languages,
        ),
        "regions": regions,
        "regions_chart": charts.bar_chart(
            title=_("Regions of the contributions"),
            desc=_("%(count)s regions; the table below lists every value.")
            % {"count": len(regions)},
            items=regions,
        ),
        "totals": totals,
        "adoptions": totals.get("adoptions", 0),
        "adopted": totals.get("adopted", 0),
        "most_adopted": data.get("most_adopted", []),
    }
