from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call, Role
from praxisdialog.contributions.models import Region
from praxisdialog.core.i18n import other_languages
from praxisdialog.core.translated_forms import MACHINE_HELP
from praxisdialog.core.translated_forms import version_label as _version_label

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

    def __init__(self, *args, machine: dict[str, dict[str, str]] | None = None, **kwargs):
        """`machine`: the machine translations of the German, by language; where staff
        wrote no version, the fields start with it and say so. Saved unchanged it stays
        a machine translation; corrected, it becomes the version staff wrote."""
        super().__init__(*args, **kwargs)
        self._machine: dict[str, dict[str, str]] = {}
        for name in ("subject", "body"):
            self.fields[name].error_messages["required"] = _("This field is required.")
        # A version per interface language, each optional: subscribers who chose that
        # language receive it.
        for code, language in other_languages():
            attrs = {"lang": code, "dir": "auto"}
            self.fields[f"version_{code}_subject"] = forms.CharField(
                label=_version_label(_("Subject"), language),
                max_length=200,
                required=False,
                widget=forms.TextInput(attrs=attrs),
            )
            self.fields[f"version_{code}_body"] = forms.CharField(
                label=_version_label(_("Text"), language),
                widget=forms.Textarea(attrs={"rows": 10, **attrs}),
                required=False,
                help_text=_("Markdown."),
            )
            suggested = (machine or {}).get(code) or {}
            written = self.initial.get(f"version_{code}_subject") or self.initial.get(
                f"version_{code}_body"
            )
            if suggested.get("subject") and suggested.get("body") and not written:
                self._machine[code] = suggested
                for field in ("subject", "body"):
                    name = f"version_{code}_{field}"
                    self.initial[name] = suggested[field]
                    self.fields[name].help_text = MACHINE_HELP

    def version_groups(self) -> list[tuple[str, list, bool]]:
        """(language, [subject field, text field], filled in or wrong) for each other
        interface language."""
        groups = []
        for code, language in other_languages():
            fields = [self[f"version_{code}_subject"], self[f"version_{code}_body"]]
            groups.append((language, fields, any(f.value() or f.errors for f in fields)))
        return groups

    @classmethod
    def initial_for(cls, newsletter) -> dict:
        return {
            "subject": newsletter.subject,
            "body": newsletter.body,
            **{
                f"version_{code}_{field}": newsletter.written_version(field, code)
                for code, _language in other_languages()
                for field in ("subject", "body")
            },
            "languages": newsletter.languages,
            "roles": list(newsletter.roles.all()),
            "regions": newsletter.regions,
            "call": newsletter.call,
        }

    def _version(self, code: str) -> dict[str, str]:
        data = self.cleaned_data
        version = {
            "subject": data.get(f"version_{code}_subject") or "",
            "body": data.get(f"version_{code}_body") or "",
        }
        suggested = self._machine.get(code)
        if suggested and all(
            version[field].strip() == suggested[field].strip() for field in ("subject", "body")
        ):
            # The machine translation, saved unchanged: not a version staff wrote.
            return {"subject": "", "body": ""}
        return version

    def to_data(self) -> NewsletterData:
        data = self.cleaned_data
        return NewsletterData(
            subject=data["subject"],
            body=data["body"],
            versions={code: self._version(code) for code, _language in other_languages()},
            languages=list(data.get("languages") or []),
            roles=list(data.get("roles") or []),
            regions=list(data.get("regions") or []),
            call=data.get("call"),
        )


class SendTestForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
