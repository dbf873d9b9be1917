"""Demo content for seed_demo: two categories and a published post about the demo call."""

from django.utils import timezone

from .models import Category, Post
from .services import post_save

CATEGORIES = [("Aus dem Dialog", "aus-dem-dialog"), ("Hintergrund", "hintergrund")]

POST = {
    "slug": "der-praxisdialog-hat-begonnen",
    "title": "Der Praxisdialog hat begonnen",
    "teaser": (
        "Seit drei Wochen sammeln wir Erfahrungen zu Integration und Innovation in der "
        "Arbeitswelt. Ein erster Blick auf das, was uns erreicht hat."
    ),
    "body": (
        "Die ersten Beiträge zeigen, wie vielfältig die Wege sind: vom Handwerksbetrieb, der "
        "mit einer neuen Kollegin einen Kundenkreis erschlossen hat, bis zur Forschungsgruppe, "
        "die mehrsprachig arbeitet.\n\n"
        "# Wie es weitergeht\n\n"
        "Bis zum Ende der Sammelphase freuen wir uns über jede weitere Erfahrung. Danach "
        "fassen wir die Ergebnisse in einer **Synthese** zusammen, die die Diskussion eröffnet."
    ),
}


def seed(*, call=None, staff=None, **_unused) -> None:
    categories = [
        Category.objects.get_or_create(slug=slug, defaults={"name": name, "position": index})[0]
        for index, (name, slug) in enumerate(CATEGORIES)
    ]
    if staff is None or Post.objects.filter(slug=POST["slug"]).exists():
        return
    post_save(
        post=Post(**POST, author=staff, call=call, published_at=timezone.now()),
        categories=categories[:1],
    )
