from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call, Role
from praxisdialog.contributions.models import Region

from .services import CONSENT_TEXT, NewsletterData


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address."),
        },
    )
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    role = forms.ModelChoiceField(
        label=_("I am mainly … (optional)"),
        queryset=Role.objects.all(),
        required=False,
        empty_label=_("No answer"),
    )
    region = forms.ChoiceField(
        label=_("Region (optional)"),
        choices=[("", _("No answer")), *Region.choices],
        required=False,
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please agree, so that we may send you the newsletter.")},
    )
    # A field people never see (hidden by newsletter.css); programs filling in every
    # field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class NewsletterForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Text"), widget=forms.Textarea(attrs={"rows": 14}), help_text=_("Markdown.")
    )
    subject_en = forms.CharField(label=_("Subject (English)"), max_length=200, required=False)
    body_en = forms.CharField(
        label=_("Text (English)"),
        widget=forms.Textarea(attrs={"rows": 14}),
        required=False,
        help_text=_("Optional. Subscribers who chose English receive this version."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Only subscribers with these languages"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    roles = forms.ModelMultipleChoiceField(
        label=_("Only subscribers with these roles"),
        queryset=Role.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    regions = forms.MultipleChoiceField(
        label=_("Only subscribers from these regions"),
        choices=Region.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    call = forms.ModelChoiceField(
        label=_("Only participants of this call"),
        queryset=Call.objects.all(),
        required=False,
        empty_label=_("All subscribers"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("subject", "body"):
            self.fields[name].error_messages["required"] = _("This field is required.")

    @classmethod
    def initial_for(cls, newsletter) -> dict:
        return {
            "subject": newsletter.subject,
            "body": newsletter.body,
            "subject_en": newsletter.subject_en,
            "body_en": newsletter.body_en,
            "languages": newsletter.languages,
            "roles": list(newsletter.roles.all()),
            "regions": newsletter.regions,
            "call": newsletter.call,
        }

    def to_data(self) -> NewsletterData:
        data = self.cleaned_data
        return NewsletterData(
            subject=data["subject"],
            body=data["body"],
            subject_en=data.get("subject_en", ""),
            body_en=data.get("body_en", ""),
            languages=list(data.get("languages") or []),
            roles=list(data.get("roles") or []),
            regions=list(data.get("regions") or []),
            call=data.get("call"),
        )


class SendTestForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
