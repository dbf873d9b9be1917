"""What the notifications app holds about a person (core/holders.py); it goes with the
account row."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, register, row

from .services import follow_list_delete_on_targets


def export(user) -> dict:
    return {
        "follows": [
            {
                "what": f"{follow.content_type.model} {follow.object_id}",
                **row(follow, ["created_at"]),
            }
            for follow in user.follows.select_related("content_type")
        ],
        "preferences": [
            row(preference, ["kind", "delivery"])
            for preference in user.notification_preferences.all()
        ],
        "notifications": [
            row(item, ["kind", "data", "url", "created_at", "read_at"])
            for item in user.notifications.all()
        ],
    }


def forget_targets(model, ids: list[int]) -> None:
    follow_list_delete_on_targets(model=model, ids=ids)


register(
    Holder(
        "notifications",
        _("Notifications and follows"),
        order=70,
        export=export,
        forget_targets=forget_targets,
    )
)
