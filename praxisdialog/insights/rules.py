import rules

from praxisdialog.accounts.rules import is_staff
from praxisdialog.calls.rules import call_is_published

from .models import Theme


@rules.predicate
def theme_is_public(user, theme: Theme) -> bool:
    return theme.is_public


@rules.predicate
def theme_call_is_public(user, theme: Theme) -> bool:
    return call_is_published(user, theme.run.call)


# Curating themes shapes what the public reads about the call: staff only.
rules.add_perm("insights.manage_themes", is_staff)
rules.add_perm("insights.view_theme", (theme_is_public & theme_call_is_public) | is_staff)
