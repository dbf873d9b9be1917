"""What the newsletter app holds about a person's address (core/holders.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Consent, Holder, register

from .selectors import subscriptions_for_export, subscriptions_in_force
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
        consents={
            "newsletter": Consent(
                given=lambda user: subscriptions_in_force(email=user.email), withdraw=withdraw
            )
        },
    )
)
