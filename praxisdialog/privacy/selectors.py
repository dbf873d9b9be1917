from dataclasses import dataclass, field

from django.db.models import QuerySet

from .models import DataExport
from .services import token_hash


@dataclass
class ConsentOverview:
    contributions: QuerySet
    profile: object | None
    registrations: QuerySet
    newsletter: list = field(default_factory=list)


def consent_overview_for_user(*, user) -> ConsentOverview:
    """Every consent the person has given and not taken back."""
    from praxisdialog.contributions.models import Contribution
    from praxisdialog.events.models import ACTIVE_STATUSES, Registration
    from praxisdialog.network.models import Profile

    contributions = (
        Contribution.objects.filter(author=user, consent_at__isnull=False)
        .exclude(status=Contribution.Status.WITHDRAWN)
        .select_related("call")
        .order_by("-consent_at", "-pk")
    )
    registrations = (
        Registration.objects.filter(user=user, list_consent=True, status__in=ACTIVE_STATUSES)
        .select_related("event")
        .order_by("event__starts_at", "pk")
    )
    profile = Profile.objects.filter(user=user, is_listed=True).first()
    from praxisdialog.newsletter.selectors import subscriptions_for_export

    # Only subscriptions still in force; the export lists ended ones too.
    newsletter = [
        item
        for item in subscriptions_for_export(email=user.email)
        if item["status"] in {"pending", "confirmed"}
    ]
    return ConsentOverview(
        contributions=contributions,
        profile=profile,
        registrations=registrations,
        newsletter=newsletter,
    )


def data_export_get_for_download(*, token: str) -> DataExport | None:
    """The export behind a mailed link; the view lets only its owner have it."""
    return DataExport.objects.filter(token_hash=token_hash(token)).first()


def contribution_get_for_consent(*, pk: int):
    from praxisdialog.contributions.models import Contribution

    return Contribution.objects.filter(pk=pk).first()


def registration_get_for_consent(*, pk: int):
    from praxisdialog.events.models import Registration

    return Registration.objects.filter(pk=pk).select_related("event").first()


def data_export_list_for_user(*, user) -> QuerySet:
    return DataExport.objects.filter(user=user)[:5]
