"""Demo content for seed_demo: the four standard pages (kept when they exist)."""

from .defaults import PAGES
from .models import Page
from .services import page_save


def seed(*, staff=None, **_unused) -> None:
    for data in PAGES:
        if Page.objects.filter(kind=data["kind"]).exists():
            continue
        page_save(page=Page(**data), user=staff)
