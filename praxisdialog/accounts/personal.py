"""What the accounts app holds about a person (core/holders.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, register, row

from .services import api_tokens_revoke_all


def export(user) -> dict:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    data = row(
        user,
        ["email", "display_name", "full_name", "preferred_language", "date_joined", "last_login"],
    )
    data["email_addresses"] = [
        row(address, ["email", "verified", "primary"])
        for address in EmailAddress.objects.filter(user=user)
    ]
    data["api_tokens"] = [
        row(token, ["name", "prefix", "created_at", "last_used_at", "revoked_at"])
        for token in user.api_tokens.all()
    ]
    # Never the secrets of the second factor, only that it exists.
    data["two_factor_methods"] = [
        row(item, ["type", "created_at", "last_used_at"])
        for item in Authenticator.objects.filter(user=user)
    ]
    return data


def erase(ctx) -> None:
    # Tokens go with the user row; revoking first closes them even inside this transaction.
    api_tokens_revoke_all(user=ctx.user)


register(Holder("account", _("Account"), order=10, export=export, erase=erase))
