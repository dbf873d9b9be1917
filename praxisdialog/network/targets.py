"""How profiles are reported and moderated (see core/targets.py): a profile can be
hidden and shown again, not edited."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from praxisdialog.core.targets import SearchText, Target, register

from . import services
from .models import Profile
from .selectors import profile_get_for_display, profile_list_visible


def _get_for_report(*, pk: int, user) -> Profile | None:
    profile = profile_get_for_display(pk=pk, user=user)
    if profile is not None and user.has_perm("network.report_profile", profile):
        return profile
    return None


def _hide(profile: Profile) -> Profile:
    return services.profile_moderate(profile=profile, hidden=True)


def _refuse_redaction(profile: Profile, *, text: str, note: str) -> str:
    raise ValidationError({"action": [_("A profile can be hidden, not edited.")]})


register(
    Target(
        model=Profile,
        is_visible=lambda user, profile: user.has_perm("network.view_profile", profile),
        related=("user",),
        get_for_report=_get_for_report,
        publish=lambda profile: services.profile_moderate(profile=profile, hidden=False),
        hide=_hide,
        reject=_hide,
        redact=_refuse_redaction,
        hide_all_by=services.profile_hide_all_by,
        searchable=lambda user: profile_list_visible(user=user),
        search_text=SearchText(
            code=4,
            label=_("Network profile"),
            label_plural=_("Network profiles"),
            title=("display_name",),
            text=("organisation", "offer_text", "seek_text"),
        ),
    )
)
