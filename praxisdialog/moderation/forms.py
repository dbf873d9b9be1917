from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Action, Contest, Ground, ReportReason


class HoneypotMixin(forms.Form):
    """A field people do not see (and are told to leave empty); bots fill it in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""


class ReportForm(HoneypotMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with it?"), choices=ReportReason.choices, widget=forms.RadioSelect
    )
    law = forms.CharField(
        label=_("Which law does it break?"),
        required=False,
        max_length=200,
        help_text=_("Only for illegal content, for example “§ 130 StGB (incitement to hatred)”."),
    )
    explanation = forms.CharField(
        label=_("Explanation"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Why is it a problem? Where exactly in the text? Up to 4,000 characters."),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        help_text=_("We send you a receipt and, later, the outcome. It is not shown to anyone."),
    )
    good_faith = forms.BooleanField(
        label=_(
            "I confirm that the information in this report is accurate and complete, "
            "to the best of my knowledge and in good faith."
        ),
    )
    field_order = ["reason", "law", "explanation", "email", "good_faith", "website"]

    def __init__(self, *args, anonymous: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if anonymous:
            self.fields["email"].required = True
        else:
            del self.fields["email"]


class DecisionForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (a.value, a.label)
            for a in (
                Action.PUBLISH,
                Action.HIDE,
                Action.RESTORE,
                Action.REJECT,
                Action.REDACT,
                Action.DISMISS,
            )
        ],
        widget=forms.RadioSelect,
    )
    # Nothing is preselected: a ground is what the moderator chose, never a default of
    # the form (services.decision_make fills in "no violation found" for publish,
    # restore and keep, and asks for a ground for the others).
    ground = forms.ChoiceField(
        label=_("Ground"),
        choices=[("", _("No violation found (publish, restore, keep)")), *Ground.choices],
        required=False,
        help_text=_("Required when you hide, reject or edit personal data out."),
    )
    explanation = forms.CharField(
        label=_("Reason for the author"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when you hide, reject or edit: the author receives it."),
    )
    facts = forms.CharField(
        label=_("Facts considered"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Leave empty to list the reports and automatic findings."),
    )
    redacted_text = forms.CharField(
        label=_("Text without the personal data"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Only when you edit out personal data."),
    )
    # For contributions, which have several answers: the passages to cut out.
    passages = forms.CharField(
        label=_("Passages to remove, one per line"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Copy each piece of personal data exactly as it stands; it is replaced by […] "
            "and a note under the text says that the moderators edited it."
        ),
    )

    def clean(self):
        data = super().clean()
        if not data.get("redacted_text") and data.get("passages"):
            data["redacted_text"] = data["passages"]
        data.pop("passages", None)
        return data


class ContestForm(forms.Form):
    text = forms.CharField(
        label=_("Why should the decision change?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class ContestDecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=Contest.Outcome.choices, widget=forms.RadioSelect
    )
    explanation = forms.CharField(
        label=_("Reason for the author"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )


class AccountForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Decision"),
        choices=[(a.value, a.label) for a in (Action.TRUST, Action.SUSPEND, Action.UNSUSPEND)],
        widget=forms.RadioSelect,
    )
    explanation = forms.CharField(
        label=_("Reason"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    hide_content = forms.BooleanField(
        label=_("Also hide everything this account has published"), required=False
    )
