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
    if kind == Kind.PHASE_CLOSED:
        from django.utils.translation import get_language

        language = (get_language() or "").split("-")[0]
        version = (data.get("versions") or {}).get(language) or {}
        if not version and language == "en" and data.get("message_en"):
            # Notifications stored before the versions: an English pair of their own.
            version = {"call": data.get("call_en", ""), "message": data["message_en"]}
        return _("“%(call)s”: %(message)s") % {
            "call": version.get("call") or data.get("call", ""),
            "message": version.get("message") or data.get("message", ""),
        }
    if kind == Kind.CONTACT_REQUEST:
        return _("%(name)s would like to get in contact with you.") % {
            "name": data.get("actor", "")
        }
    if kind == Kind.CONTACT_ACCEPTED:
        return _("%(name)s has accepted your contact request.") % {"name": data.get("actor", "")}
    if kind == Kind.NETWORK_MESSAGE:
        return _("%(name)s wrote to you in the network.") % {"name": data.get("actor", "")}
    if kind == Kind.RESONANCE_REACHED:
        return _("“%(call)s” has reached every resonance threshold.") % {
            "call": data.get("call", "")
        }
    return str(Kind(kind).label)


def _what(value: str | None) -> str:
    return {
        "comment": _("comment"),
        "contribution": _("contribution"),
        "account": _("account"),
        "profile": _("network profile"),
        "practiceupdate": _("update on your practice"),
        "adoption": _("report that you adopted a practice"),
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
