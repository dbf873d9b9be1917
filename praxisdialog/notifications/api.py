"""Notifications in the API: the list and marking them read."""

from datetime import datetime

from ninja import Router, Schema

from praxisdialog.api.auth import session_or_token
from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate

from . import services
from .selectors import notification_list_for, unread_count
from .texts import notification_text

router = Router(tags=["notifications"])


class NotificationOut(Schema):
    id: int
    kind: str
    text: str
    url: str
    created_at: datetime
    read: bool


class NotificationPage(PageOut):
    unread: int
    items: list[NotificationOut]


class MarkedOut(Schema):
    marked: int


PAGE_SIZE = 25


@router.get("/notifications", auth=session_or_token, response=NotificationPage)
def list_notifications(request, page: int = PAGE_QUERY):
    """Your notifications, newest first, 25 a page."""
    user = request.auth
    result = paginate(notification_list_for(user=user), page=page, page_size=PAGE_SIZE)
    return {
        **result,
        "unread": unread_count(user=user),
        "items": [
            {
                "id": n.pk,
                "kind": n.kind,
                "text": notification_text(n),
                "url": request.build_absolute_uri(n.url or "/"),
                "created_at": n.created_at,
                "read": n.read_at is not None,
            }
            for n in result["items"]
        ],
    }


@router.post("/notifications/{notification_id}/read", auth=session_or_token, response=MarkedOut)
def mark_read(request, notification_id: int):
    marked = services.notification_mark_read(user=request.auth, notification_id=notification_id)
    return {"marked": int(marked)}


@router.post("/notifications/read", auth=session_or_token, response=MarkedOut)
def mark_all_read(request):
    return {"marked": services.notification_mark_all_read(user=request.auth)}
