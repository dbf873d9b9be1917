from django.tasks import task

from . import services
from .models import ContributionReview


@task
def send_review_mail(*, review_id: int) -> None:
    review = (
        ContributionReview.objects.select_related("contribution__author")
        .filter(pk=review_id)
        .first()
    )
    if review is not None:
        services.review_mail_send(review=review)
