from django import template

from praxisdialog.notifications.selectors import unread_count
from praxisdialog.notifications.texts import notification_text

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    """The number on the bell: one query, only for people who are logged in."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    return unread_count(user=user)


@register.filter
def notification_sentence(notification) -> str:
    return notification_text(notification)
