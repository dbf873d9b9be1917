from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Theme


class RenameForm(forms.Form):
    label = forms.CharField(label=_("Name"), max_length=160)


class ThemeChoiceForm(forms.Form):
    """Chooses another theme of the same run (to merge into or to move to)."""

    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.none(),
        error_messages={"invalid_choice": _("Please choose a theme of this run.")},
    )

    def __init__(self, *args, run, exclude=None, **kwargs):
        super().__init__(*args, **kwargs)
        queryset = run.themes.all()
        if exclude is not None:
            queryset = queryset.exclude(pk=exclude.pk)
        self.fields["theme"].queryset = queryset
