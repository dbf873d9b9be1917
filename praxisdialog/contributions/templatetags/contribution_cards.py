"""Contributions as cards, for every page that lists some (the call's page, the home page,
the list): `{% load contribution_cards %}{% contribution_cards page.object_list %}`."""

from django import template

register = template.Library()


@register.inclusion_tag("contributions/includes/contribution_cards.html", takes_context=True)
def contribution_cards(context, contributions) -> dict:
    """The cards, each in the reader's language where a translation is stored (decided
    for the whole list at once), with the request the translation tags need."""
    return {"request": context.get("request"), "contributions": contributions}
