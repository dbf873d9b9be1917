from django.tasks import task

from . import services
from .models import Translation


@task
def make_translation(*, translation_id: int) -> None:
    translation = Translation.objects.filter(pk=translation_id).first()
    if translation is not None:
        services.translation_make(translation=translation)
