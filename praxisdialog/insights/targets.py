"""How themes are commented on (see core/targets.py); comments on public themes are found
by search."""

from praxisdialog.calls.models import Call
from praxisdialog.calls.phases import COMMENT, phase_allows
from praxisdialog.core.targets import Target, register

from .models import Theme
from .selectors import theme_get_for_display


def _accepts_comments(theme: Theme) -> bool:
    call = theme.run.call
    return theme.is_public and call.status == Call.Status.PUBLISHED and phase_allows(call, COMMENT)


register(
    Target(
        model=Theme,
        is_visible=lambda user, theme: user.has_perm("insights.view_theme", theme),
        call=lambda theme: theme.run.call,
        related=("run__call",),
        accepts_comments=_accepts_comments,
        get_for_display=lambda *, key, user: theme_get_for_display(pk=key, user=user),
        # Themes are not indexed themselves; this says where their comments may be found.
        searchable=lambda user: Theme.objects.filter(
            hidden=False,
            run__published_at__isnull=False,
            run__call__status__in=Call.PUBLIC_STATUSES,
        ),
    )
)
