"""The badges of a practice and its fact box, for every page that shows a contribution."""

from django import template

from praxisdialog.contributions.models import BADGES

register = template.Library()


@register.inclusion_tag("contributions/includes/badges.html")
def practice_badges(contribution, prefix: str = "") -> dict:
    """The badges with their meaning: a link to the help page that shows the meaning as
    a tooltip on hover and on keyboard focus (aria-describedby), so no one needs a mouse."""
    return {
        "badges": [
            {"name": name, "label": BADGES[name][0], "meaning": BADGES[name][1]}
            for name in contribution.badges
        ],
        "id_prefix": f"{prefix}{contribution.pk}",
    }


@register.filter
def fact_labels(contribution, kind: str) -> list[str]:
    """The labels of one kind of fact with several values, e.g. its partners."""
    return contribution.fact_labels(kind)
