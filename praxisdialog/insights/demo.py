"""Demo content for seed_demo: the demo contributions tagged with concepts, and one
published set of themes, so the theme pages have something to show (kept if present)."""

from . import pipeline
from .models import ThemeRun
from .services import contributions_tag_all, theme_run_compute, theme_run_publish


def seed(*, call, staff, **_unused) -> None:
    contributions_tag_all(call=call)
    if ThemeRun.objects.filter(call=call).exists():
        return
    # Computed here rather than queued, so the set can be published at once.
    run = ThemeRun.objects.create(
        call=call, created_by=staff, settings=pipeline.PipelineSettings().as_dict()
    )
    run = theme_run_compute(run=run)
    if run.status == ThemeRun.Status.DONE:
        theme_run_publish(run=run)
