import pytest
from django.contrib.auth.models import AnonymousUser

from praxisdialog.insights import services
from tests.insights.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("who", "published", "hidden", "may_view", "may_manage"),
    [
        ("anonymous", False, False, False, False),
        ("anonymous", True, False, True, False),
        ("anonymous", True, True, False, False),
        ("user", False, False, False, False),
        ("user", True, False, True, False),
        ("user", True, True, False, False),
        ("staff", False, False, True, True),
        ("staff", True, True, True, True),
    ],
)
def test_who_may_see_and_curate_themes(request, call, who, published, hidden, may_view, may_manage):
    theme = ThemeFactory(run__call=call)
    if published:
        services.theme_run_publish(run=theme.run)
    theme.hidden = hidden
    theme.save()
    person = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    assert person.has_perm("insights.view_theme", theme) is may_view
    assert person.has_perm("insights.manage_themes") is may_manage
