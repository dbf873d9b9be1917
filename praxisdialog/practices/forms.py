from django import forms
from django.utils.translation import gettext_lazy as _

from praxisdialog.contributions.models import PracticeState

from .models import UPDATE_TEXT_MAX_LENGTH


class FollowUpForm(forms.Form):
    state = forms.ChoiceField(
        label=_("What became of your practice?"),
        choices=PracticeState.choices,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Why? A sentence or two is enough."),
        max_length=UPDATE_TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Your answer appears on your contribution as a dated update. Please do not "
            "name people or give addresses."
        ),
    )
