"""Work that every application server process would otherwise do inside its first
requests, done while it starts (wsgi.py and asgi.py call `warm_up()`).

Loading the language identifier's model takes a second on an idle machine and many
seconds on a busy one; done lazily it fell into the first comment a worker wrote, inside
that request and in front of everyone waiting behind it. Importing the URL
configuration of every app is the same kind of work for the first request of any page."""

from django.apps import apps
from django.urls import get_resolver


def warm_up() -> None:
    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 - imports every app's URLs
    resolver.reverse_dict  # noqa: B018 - builds the look-up that {% url %} uses
    # Settings without the site's apps (the benchmark's bare Django project) have no model.
    if apps.is_installed("praxisdialog.translation"):
        from praxisdialog.translation.detection import warm_up as warm_up_detection

        warm_up_detection()
