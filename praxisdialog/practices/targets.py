"""How updates on a practice and adoption reports are moderated (see core/targets.py):
they are held like comments, hidden, published or redacted at the moderation desk, and
found by search once published on a practice anyone may read."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.accounts.rules import is_moderator
from praxisdialog.contributions.models import Contribution
from praxisdialog.core.targets import SearchText, Target, register

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


def _searchable(model):
    return lambda user: model.objects.filter(
        status=Visibility.PUBLISHED, contribution__in=Contribution.objects.public()
    )


SEARCH_TEXTS = {
    PracticeUpdate: SearchText(
        code=6,
        label=_("Update on a practice"),
        label_plural=_("Updates on practices"),
        text=("text",),
    ),
    Adoption: SearchText(
        code=7,
        label=_("Adoption report"),
        label_plural=_("Adoption reports"),
        text=("text",),
    ),
}

for model, search_text in SEARCH_TEXTS.items():
    register(
        Target(
            model=model,
            is_visible=_is_visible,
            # Shown (in search) under the title of the practice it is about.
            title=lambda item: item.contribution.title,
            call=lambda item: item.contribution.call,
            related=("author", "contribution"),
            publish=_set_status(Visibility.PUBLISHED),
            hide=_set_status(Visibility.HIDDEN),
            reject=_set_status(Visibility.REJECTED),
            redact=_redact,
            redaction_undo=lambda item, *, previous: services.practice_item_moderate(
                item=item, redacted_text=previous, note=""
            ),
            searchable=_searchable(model),
            search_text=search_text,
        )
    )
