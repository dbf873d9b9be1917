"""What the translation app holds about a person (core/holders.py): machine
translations are copies of people's texts, so they go when the texts are erased (kept
content keeps its translations)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, register

from .services import translations_erase


def forget_texts(model, ids: list[int]) -> None:
    translations_erase(kind=model._meta.model_name, object_ids=ids)


register(Holder("translations", _("Machine translations"), order=20, forget_texts=forget_texts))
