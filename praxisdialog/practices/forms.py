from django import forms
from django.utils.translation import gettext_lazy as _

from praxisdialog.contributions.models import PracticeState

from .models import ADOPTION_TEXT_MAX_LENGTH, UPDATE_TEXT_MAX_LENGTH


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


class AdoptionForm(forms.Form):
    text = forms.CharField(
        label=_("What did you change, and how did it go?"),
        max_length=ADOPTION_TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Others learn most from what you did differently. Please do not name people or "
            "give addresses."
        ),
    )
    own_contribution = forms.TypedChoiceField(
        label=_("Your own contribution about it (optional)"),
        required=False,
        coerce=int,
        empty_value=None,
    )

    def __init__(self, *args, own_contributions=(), **kwargs):
        # Shown on the contribution page beside the comment form, whose text field is
        # id_text too: ids of their own keep labels, counters and the browser apart.
        kwargs.setdefault("auto_id", "id_adoption_%s")
        super().__init__(*args, **kwargs)
        self.fields["own_contribution"].choices = [
            ("", _("None")),
            *[(c.pk, c.title) for c in own_contributions],
        ]
