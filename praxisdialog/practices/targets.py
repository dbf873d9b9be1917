"""How updates on a practice and adoption reports are moderated (see core/targets.py):
they are held like comments, hidden, published or redacted at the moderation desk."""

from praxisdialog.accounts.rules import is_moderator
from praxisdialog.core.targets import Target, register

from . import services
from .models import Adoption, PracticeUpdate, Visibility


def _is_visible(user, update) -> bool:
    if not user.has_perm("contributions.view_contribution", update.contribution):
        return False
    return (
        update.status == Visibility.PUBLISHED
        or (user.is_authenticated and update.author_id == user.pk)
        or is_moderator(user)
    )


def _set_status(status: str):
    return lambda update: services.practice_item_moderate(item=update, status=status)


def _redact(update, *, text: str, note: str) -> str:
    return services.practice_item_moderate(item=update, redacted_text=text, note=note)


for model in (PracticeUpdate, Adoption):
    register(
        Target(
            model=model,
            is_visible=_is_visible,
            call=lambda item: item.contribution.call,
            related=("author", "contribution"),
            publish=_set_status(Visibility.PUBLISHED),
            hide=_set_status(Visibility.HIDDEN),
            reject=_set_status(Visibility.REJECTED),
            redact=_redact,
            redaction_undo=lambda item, *, previous: services.practice_item_moderate(
                item=item, redacted_text=previous, note=""
            ),
        )
    )
