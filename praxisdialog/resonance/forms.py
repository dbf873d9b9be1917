from django import forms
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.i18n import other_languages
from praxisdialog.core.translated_forms import version_label

from .models import ResonanceSettings


class PhaseCloseForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the participants (German)"),
        help_text=_("What happens next, and when. Sent in the site and by e-mail."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
    )
    confirm = forms.BooleanField(
        label=_("Yes, end this phase now and send the message."),
        error_messages={"required": _("Please confirm that the phase should end now.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A version per interface language, each optional: people who chose that
        # language receive it, everyone else the German.
        for code, language in other_languages():
            self.fields[f"message_{code}"] = forms.CharField(
                label=version_label(_("Message to the participants"), language),
                widget=forms.Textarea(attrs={"rows": 4, "lang": code, "dir": "auto"}),
                max_length=4000,
                required=False,
            )
        self.order_fields(["message", *[f"message_{c}" for c, _n in other_languages()]])

    def versions(self) -> dict[str, str]:
        return {
            code: self.cleaned_data.get(f"message_{code}", "")
            for code, _language in other_languages()
        }


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
