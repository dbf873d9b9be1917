"""Reads of the practices app: the updates and adoption reports shown with a contribution."""

from collections import defaultdict

from .models import PracticeUpdate, Visibility


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
