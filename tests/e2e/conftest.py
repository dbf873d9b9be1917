"""Browser journeys: Playwright driving Debian's chromium against pytest-django's
live server (127.0.0.1 only). DJANGO_ALLOW_ASYNC_UNSAFE is set in pyproject's test env,
because Playwright's sync API runs an event loop in the test thread."""

from pathlib import Path

import pytest
from django.conf import settings

from praxisdialog.calls.models import Role, Setting
from praxisdialog.calls.taxonomy_defaults import seed_default_taxonomies


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True)
def _taxonomies(transactional_db):
    # Transactional tests flush every table, the migrated default terms included.
    seed_default_taxonomies(Role, Setting)


# Not under test-results/: pytest-playwright empties that folder when a session starts.
SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots"
PHONE, DESKTOP = 390, 1280


def scrolls_sideways(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth")


@pytest.fixture
def shoot():
    """Screenshots of a page at phone and desktop width, kept in screenshots/
    to be looked at; at phone width the page must not scroll sideways."""

    def take(page, name: str, *, widths=(PHONE, DESKTOP), full_page: bool = True) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        original = page.viewport_size
        for width in widths:
            page.set_viewport_size({"width": width, "height": 860})
            page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=full_page)
            if width == PHONE:
                assert not scrolls_sideways(page), f"{name} scrolls sideways at {width} px"
        if original:
            page.set_viewport_size(original)

    return take
