"""The sentence of a notification, composed in the language active when it is shown."""

from django.utils.translation import gettext as _

from .models import Kind


def notification_text(notification) -> str:
    data = notification.data or {}
    title = data.get("title", "")
    kind = notification.kind
    if kind == Kind.COMMENT_REPLY:
        return _("%(name)s replied to your comment on “%(title)s”.") % {
            "name": data.get("actor", ""),
            "title": title,
        }
    if kind == Kind.COMMENT_ON_CONTRIBUTION:
        return _("%(name)s commented on “%(title)s”.") % {
            "name": data.get("actor", ""),
            "title": title,
        }
    if kind == Kind.CONTRIBUTION_DECISION:
        decision = data.get("decision")
        if decision == "publish":
            return _("Your contribution “%(title)s” has been published.") % {"title": title}
        if decision == "return":
            return _("Your contribution “%(title)s” has been returned for changes: %(reason)s") % {
                "title": title,
                "reason": data.get("reason", ""),
            }
        return _("Your contribution “%(title)s” will not be published: %(reason)s") % {
            "title": title,
            "reason": data.get("reason", ""),
        }
    if kind == Kind.NEW_CONTRIBUTION:
        return _("A new contribution in “%(call)s”: “%(title)s”.") % {
            "call": data.get("call", ""),
            "title": title,
        }
    if kind == Kind.MODERATION_DECISION:
        return _(
            "The moderators have decided on your %(what)s: %(action)s. Ground: %(ground)s. "
            "Reason: %(reason)s Read the full statement of reasons and how to contest it."
        ) % {
            "what": _what(data.get("what")),
            "action": _action(data.get("action")),
            "ground": _ground(data.get("ground")),
            "reason": data.get("explanation") or "—",
        }
    if kind == Kind.REPORT_OUTCOME:
        return _("Your report has been decided: %(action)s.") % {
            "action": _action(data.get("action"))
        }
    if kind == Kind.MODERATION_QUEUE:
        return _("Something new waits in the moderation desk: %(what)s.") % {
            "what": _what(data.get("what"))
        }
    return str(Kind(kind).label)


def _what(value: str | None) -> str:
    return {
        "comment": _("comment"),
        "contribution": _("contribution"),
        "account": _("account"),
    }.get(value or "", _("content"))


def _ground(value: str | None) -> str:
    from praxisdialog.moderation.models import Ground

    try:
        return str(Ground(value).label)
    except ValueError:
        return value or ""


def _action(value: str | None) -> str:
    from praxisdialog.moderation.models import Action

    try:
        return str(Action(value).label).lower()
    except ValueError:
        return value or ""
