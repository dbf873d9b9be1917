from .models import Page


def page_get_for_display(*, slug: str) -> Page | None:
    return Page.objects.filter(slug=slug).first()
