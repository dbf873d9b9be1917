from django.tasks import task

from praxisdialog.contributions.models import Contribution

from . import services
from .models import ThemeRun


@task
def tag_contribution(*, contribution_id: int) -> None:
    contribution = Contribution.objects.filter(pk=contribution_id).first()
    if contribution is not None:
        services.contribution_tag(contribution=contribution)


@task
def compute_theme_run(*, run_id: int) -> None:
    run = ThemeRun.objects.select_related("call").filter(pk=run_id).first()
    if run is not None:
        services.theme_run_compute(run=run)
