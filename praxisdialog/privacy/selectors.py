from dataclasses import dataclass, field

from django.db.models import QuerySet

from praxisdialog.core.holders import consent_subject, consents_given

from .models import ConsentWithdrawal, DataExport
from .services import token_hash

Kind = ConsentWithdrawal.Kind


@dataclass
class ConsentOverview:
    contributions: QuerySet
    profile: object | None
    registrations: QuerySet
    newsletter: list = field(default_factory=list)


def consent_overview_for_user(*, user) -> ConsentOverview:
    """Every consent the person has given and not taken back, as the apps that keep
    them say (core/holders.py)."""
    return ConsentOverview(
        contributions=consents_given(Kind.PUBLICATION, user=user),
        profile=consents_given(Kind.NETWORK_PROFILE, user=user),
        registrations=consents_given(Kind.EVENT_LIST, user=user),
        newsletter=consents_given(Kind.NEWSLETTER, user=user),
    )


def data_export_get_for_download(*, token: str) -> DataExport | None:
    """The export behind a mailed link; the view lets only its owner have it."""
    return DataExport.objects.filter(token_hash=token_hash(token)).first()


def contribution_get_for_consent(*, pk: int):
    return consent_subject(Kind.PUBLICATION, pk=pk)


def registration_get_for_consent(*, pk: int):
    return consent_subject(Kind.EVENT_LIST, pk=pk)


def data_export_list_for_user(*, user) -> QuerySet:
    return DataExport.objects.filter(user=user)[:5]
