"""What the events app holds about a person (core/holders.py)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Consent, Holder, as_json, register, row

from .models import Registration
from .selectors import registration_get_for_consent, registration_list_consented
from .services import registration_list_consent_withdraw, registration_list_erase_for_account

FIELDS = [
    "name",
    "email",
    "language",
    "status",
    "accessibility_needs",
    "interpretation_language",
    "dietary_needs",
    "list_consent",
    "created_at",
    "confirmed_at",
    "cancelled_at",
    "attended_at",
]


def export(user) -> dict:
    items = []
    registrations = Registration.objects.filter(Q(user=user) | Q(email__iexact=user.email))
    for registration in registrations.select_related("event", "feedback"):
        item = row(registration, FIELDS)
        item["event"] = registration.event.title
        item["event_starts_at"] = as_json(registration.event.starts_at)
        feedback = getattr(registration, "feedback", None)
        if feedback is not None:
            item["feedback"] = row(feedback, ["rating", "liked", "improve", "created_at"])
        items.append(item)
    return {"registrations": items}


def erase(ctx) -> None:
    registration_list_erase_for_account(user=ctx.user, email=ctx.email)


def withdraw_list_consent(*, user, obj) -> Registration:
    registration_list_consent_withdraw(registration=obj)
    return obj


register(
    Holder(
        "events",
        _("Event registrations"),
        order=80,
        export=export,
        erase=erase,
        consents={
            "event_list": Consent(
                given=lambda user: registration_list_consented(user=user),
                get=lambda pk: registration_get_for_consent(pk=pk),
                withdraw=withdraw_list_consent,
            )
        },
    )
)
