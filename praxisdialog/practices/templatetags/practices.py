"""What became of a practice, for every page that shows a contribution."""

from django import template

from praxisdialog.practices.selectors import update_list_for_contribution

register = template.Library()


@register.inclusion_tag("practices/includes/updates.html", takes_context=True)
def practice_updates(context, contribution) -> dict:
    """The dated updates of its author, when it was last confirmed, and a notice when
    nobody has confirmed it for 18 months."""
    return {
        "contribution": contribution,
        "updates": update_list_for_contribution(contribution_id=contribution.pk),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
