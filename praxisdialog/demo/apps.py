from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The commands that put every app's demo content together (`seed_demo`, from each
    app's demo.py) and make bulk data for benchmarks (`seed_scale`). They stand above
    every app, so that core, which every app builds on, imports none."""

    name = "praxisdialog.demo"
