from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ResonanceSettings


class PhaseCloseForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the participants (German)"),
        help_text=_("What happens next, and when. Sent in the site and by e-mail."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
    )
    message_en = forms.CharField(
        label=_("Message to the participants (English)"),
        help_text=_("Optional. People who chose English receive this text."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
        required=False,
    )
    confirm = forms.BooleanField(
        label=_("Yes, end this phase now and send the message."),
        error_messages={"required": _("Please confirm that the phase should end now.")},
    )


class ResonanceSettingsForm(forms.ModelForm):
    class Meta:
        model = ResonanceSettings
        fields = [
            "min_contributions",
            "min_contributors",
            "min_roles",
            "min_settings",
            "min_comments",
            "min_regions",
            "min_languages",
            "public_summary",
            "public_dossier",
            "public_open_data",
            "licence",
        ]
