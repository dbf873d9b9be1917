"""What the newsletter app holds about a person's address (core/holders.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, register

from .selectors import subscriptions_for_export
from .services import subscriber_forget, subscription_withdraw


def export(user) -> list[dict]:
    return subscriptions_for_export(email=user.email)


def erase(ctx) -> None:
    subscriber_forget(email=ctx.email)


def withdraw(*, user, obj) -> bool | None:
    return subscription_withdraw(email=user.email) or None


register(
    Holder(
        "newsletter",
        _("Newsletter"),
        order=110,
        export=export,
        erase=erase,
        consents={"newsletter": withdraw},
    )
)
