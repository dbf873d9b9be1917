from django.tasks import task

from . import services
from .models import Decision, Report


@task
def send_report_receipt(*, report_id: int) -> None:
    report = Report.objects.filter(pk=report_id).first()
    if report is not None and report.reporter_email:
        services.report_receipt_send(report=report)


@task
def send_report_outcome(*, report_id: int, decision_id: int) -> None:
    report = Report.objects.filter(pk=report_id).first()
    decision = Decision.objects.filter(pk=decision_id).first()
    if report is not None and decision is not None and report.reporter_email:
        services.report_outcome_send(report=report, decision=decision)
