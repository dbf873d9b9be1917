"""What became of a practice, for every page that shows a contribution."""

from django import template

from praxisdialog.contributions.selectors import contribution_list_published_by
from praxisdialog.practices.forms import AdoptionForm
from praxisdialog.practices.selectors import (
    adopted_from_for_contribution,
    adoption_exists,
    adoption_list_for_contribution,
    update_list_for_contribution,
)

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


@register.inclusion_tag("practices/includes/adoptions.html", takes_context=True)
def practice_adoptions(context, contribution) -> dict:
    """Who adopted the practice (with links to their own contributions), the form to
    report an adoption for those who may, and the practices this one was adopted from."""
    request = context["request"]
    user = request.user
    already = adoption_exists(contribution_id=contribution.pk, user=user)
    can_adopt = not already and user.has_perm("practices.add_adoption", contribution)
    own = contribution_list_published_by(user=user, exclude_pk=contribution.pk) if can_adopt else []
    return {
        "contribution": contribution,
        "adoptions": adoption_list_for_contribution(contribution_id=contribution.pk),
        "adopted_from": adopted_from_for_contribution(contribution_id=contribution.pk),
        "can_adopt": can_adopt,
        "already_adopted": already,
        "form": AdoptionForm(own_contributions=own) if can_adopt else None,
        "own_contributions": own,
        "user": user,
        "csrf_token": context.get("csrf_token"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
