"""Reads of the practices app: the updates and adoption reports shown with a contribution."""

from collections import defaultdict
from dataclasses import dataclass

from praxisdialog.contributions.models import Region
from praxisdialog.contributions.selectors import contribution_counts_by_region
from praxisdialog.network.selectors import profile_counts_by_region

from .germany import Shape, shapes
from .models import Adoption, PracticeUpdate, Visibility


def update_list_for_contribution(*, contribution_id: int) -> list[PracticeUpdate]:
    """The updates shown on a contribution, newest first."""
    return list(
        PracticeUpdate.objects.filter(
            contribution_id=contribution_id, status=Visibility.PUBLISHED
        ).order_by("-created_at", "-pk")
    )


def updates_for_contributions(contribution_ids: list[int]) -> dict[int, list[PracticeUpdate]]:
    """The shown updates of many contributions in one query (for list pages and the API)."""
    found: dict[int, list[PracticeUpdate]] = defaultdict(list)
    if not contribution_ids:
        return found
    for update in PracticeUpdate.objects.filter(
        contribution_id__in=contribution_ids, status=Visibility.PUBLISHED
    ).order_by("-created_at", "-pk"):
        found[update.contribution_id].append(update)
    return found


def adoption_list_for_contribution(*, contribution_id: int) -> list[Adoption]:
    """The adoption reports shown on a contribution, newest first, with the reporters'
    own contributions (only published ones are linked)."""
    return list(
        Adoption.objects.filter(contribution_id=contribution_id, status=Visibility.PUBLISHED)
        .select_related("author", "own_contribution")
        .order_by("-created_at", "-pk")
    )


def adopted_from_for_contribution(*, contribution_id: int) -> list[Adoption]:
    """The practices a contribution's author reported adopting, linked from it."""
    return list(
        Adoption.objects.filter(
            own_contribution_id=contribution_id,
            status=Visibility.PUBLISHED,
            contribution__status="published",
        )
        .select_related("contribution")
        .order_by("-created_at", "-pk")
    )


def adoption_exists(*, contribution_id: int, user) -> bool:
    if not user.is_authenticated:
        return False
    return Adoption.objects.filter(contribution_id=contribution_id, author=user).exists()


@dataclass
class Land:
    """One Land on the map: its outline, its counts and how dark it is drawn."""

    code: str
    label: str
    shape: Shape
    practices: int
    people: int
    shade: float  # fill opacity, from the share of the busiest Land


def land_list_for_map(*, call, user, filters) -> list[Land]:
    """Practices of the call and people of the network per Land, under the map's
    filters: two grouped queries whatever the numbers. People are filtered by role and
    setting only; the facts of a practice do not apply to a profile."""
    practices = contribution_counts_by_region(call=call, filters=filters)
    people = profile_counts_by_region(user=user, role=filters.role, setting=filters.setting)
    busiest = max([practices.get(s.code, 0) for s in shapes()] + [1])
    labels = dict(Region.choices)
    return [
        Land(
            code=shape.code,
            label=str(labels[shape.code]),
            shape=shape,
            practices=practices.get(shape.code, 0),
            people=people.get(shape.code, 0),
            shade=round(0.08 + 0.82 * practices.get(shape.code, 0) / busiest, 2),
        )
        for shape in shapes()
    ]
