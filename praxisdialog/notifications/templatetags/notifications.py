from django import template

from praxisdialog.notifications.selectors import is_following, unread_count
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


@register.inclusion_tag("notifications/includes/follow.html", takes_context=True)
def follow_button(context, target, kind: str, key):
    """The follow button on the page of a call or contribution, for those who are
    logged in: `{% follow_button call "call" call.slug %}`. The page's own app renders
    it; whether the person follows is asked here."""
    user = context["request"].user
    return {
        "user": user,
        "follow_target": target,
        "follow_kind": kind,
        "follow_key": key,
        "following": is_following(user=user, target=target),
    }
