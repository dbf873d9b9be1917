from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from praxisdialog.contributions.models import TextLanguage

from .backends import translation_enabled


def own_language_help(*, translated: bool = True) -> str:
    """The help text of every field people write in: their own language is welcome. That
    readers of other languages get a machine translation is only said when a service is
    configured (and the text is one that gets translated)."""
    if translated and translation_enabled():
        return _(
            "You are welcome to write in your own language: it is recognised by itself, "
            "and readers of other languages get a machine translation."
        )
    return _("You are welcome to write in your own language: it is recognised by itself.")


class ReadingLanguagesForm(forms.Form):
    codes = forms.MultipleChoiceField(
        label=_lazy("Languages I read"),
        choices=[
            (code, label) for code, label in TextLanguage.choices if code != TextLanguage.OTHER
        ],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_lazy(
            "Texts written in these languages, or in the language of the interface, are "
            "shown as their authors wrote them. Texts in other languages are shown in a "
            "machine translation, with the original one click away."
        ),
    )
