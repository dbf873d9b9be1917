from django.tasks import task

from . import services
from .models import DataExport


@task
def build_data_export(*, export_id: int) -> None:
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is not None and export.status == DataExport.Status.PENDING:
        services.data_export_build(export=export)


@task
def retention_run() -> None:
    services.retention_run()
