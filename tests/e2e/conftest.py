"""Browser journeys: Playwright driving Debian's chromium against pytest-django's
live server (127.0.0.1 only). DJANGO_ALLOW_ASYNC_UNSAFE is set in pyproject's test env,
because Playwright's sync API runs an event loop in the test thread."""

import shutil

import pytest

from praxisdialog.calls.models import Role, Setting
from praxisdialog.calls.taxonomy_defaults import seed_default_taxonomies

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(autouse=True)
def _taxonomies(transactional_db):
    # Transactional tests flush every table, the migrated default terms included.
    seed_default_taxonomies(Role, Setting)
