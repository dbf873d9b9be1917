import pytest

from praxisdialog.calls.models import Role, Setting
from praxisdialog.calls.taxonomy_defaults import seed_default_taxonomies
from praxisdialog.contributions.models import Attribution, Contribution
from praxisdialog.discussion.models import Comment
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    """Dossiers are written to a private folder of the test's own."""
    settings.PRIVATE_ROOT = tmp_path / "private"
    return settings.PRIVATE_ROOT


@pytest.fixture
def populated(call):
    """A call with a known mix: what counts and what must not.

    Counted: 5 published contributions by 4 people, roles employer/founder/newcomer-ish,
    settings sme/startup, regions DE-SN/DE-BY/"" , languages de/en/ar; 3 visible comments.
    Not counted: a draft, a submitted and a withdrawn contribution, a hidden, a deleted
    and a pending comment, a comment on the submitted contribution, another call's data."""
    roles = list(Role.objects.order_by("position", "pk")[:3])
    settings = list(Setting.objects.order_by("position", "pk")[:2])
    a, b, c, d = (ContributionFactory(call=call) for _ in range(4))
    authors = [a.author, b.author, c.author, d.author]
    for item, role, setting, region, language in [
        (a, roles[0], settings[0], "DE-SN", "de"),
        (b, roles[1], settings[0], "DE-BY", "en"),
        (c, roles[1], settings[1], "", "de"),
        (d, roles[2], settings[0], "DE-SN", "ar"),
    ]:
        item.role, item.setting, item.region, item.language = role, setting, region, language
        item.save()
    ContributionFactory(
        call=call, author=authors[0], role=roles[0], setting=settings[0], region="DE-SN"
    )
    anonymous = c
    anonymous.attribution = Attribution.ANONYMOUS
    anonymous.save()
    anonymous.author.display_name = "Verborgene Verfasserin"
    anonymous.author.full_name = "Vera Verborgen"
    anonymous.author.save()
    for status in ["draft", "submitted", "withdrawn"]:
        ContributionFactory(call=call, status=status, role=roles[2], setting=settings[1])
    submitted = Contribution.objects.get(call=call, status="submitted")
    CommentFactory(target=a)
    CommentFactory(target=b)
    CommentFactory(target=call)
    CommentFactory(target=a, status=Comment.Status.HIDDEN)
    CommentFactory(target=a, status=Comment.Status.PENDING)
    deleted = CommentFactory(target=b)
    deleted.deleted_at = deleted.created_at
    deleted.save()
    CommentFactory(target=submitted)
    other = ContributionFactory()
    CommentFactory(target=other)
    return {
        "call": call,
        "published": list(Contribution.objects.filter(call=call, status="published")),
        "anonymous": anonymous,
        "named": b,
        "roles": roles,
        "settings": settings,
    }


@pytest.fixture
def taxonomies(transactional_db):
    """Transactional tests flush every table, the migrated default terms included."""
    seed_default_taxonomies(Role, Setting)
