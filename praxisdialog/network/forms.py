from django import forms
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Region, TextLanguage

from .models import ContactRequest, Interest, Message, Profile
from .services import (
    DISPLAY_NAME_MAX_LENGTH,
    LINE_MAX_LENGTH,
    ORGANISATION_MAX_LENGTH,
    ProfileInput,
)


class ProfileForm(forms.Form):
    """The fields of a network profile; the rules are in services.profile_save."""

    is_listed = forms.BooleanField(
        label=_("Show my profile in the network"),
        required=False,
        help_text=_("Off by default. You can switch it off again at any time."),
    )
    visibility = forms.ChoiceField(
        label=_("Who may see my profile?"),
        choices=Profile.Visibility.choices,
        widget=forms.RadioSelect,
        initial=Profile.Visibility.PARTICIPANTS,
        help_text=_(
            "A public profile can be found by search engines; any other is marked "
            "“noindex” and shown to signed-in participants only."
        ),
    )
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        help_text=_("A pseudonym is fine. Your e-mail address is never shown."),
    )
    role = forms.ModelChoiceField(
        label=_("Role"), queryset=Role.objects.all(), required=False, empty_label="—"
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"), max_length=ORGANISATION_MAX_LENGTH, required=False
    )
    setting = forms.ModelChoiceField(
        label=_("Setting"), queryset=Setting.objects.all(), required=False, empty_label="—"
    )
    region = forms.ChoiceField(
        label=_("Land or region"),
        choices=[("", _("Prefer not to say")), *Region.choices],
        required=False,
        help_text=_("A Land or a country, never a town: that could identify people."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages I speak"),
        choices=TextLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    offers = forms.ModelMultipleChoiceField(
        label=_("What I offer"),
        queryset=Interest.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    offer_text = forms.CharField(
        label=_("What I offer, in one line"), max_length=LINE_MAX_LENGTH, required=False
    )
    seeks = forms.ModelMultipleChoiceField(
        label=_("What I seek"),
        queryset=Interest.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    seek_text = forms.CharField(
        label=_("What I seek, in one line"), max_length=LINE_MAX_LENGTH, required=False
    )

    def __init__(self, *args, **kwargs):
        from praxisdialog.translation.forms import own_language_help

        super().__init__(*args, **kwargs)
        self.fields["seek_text"].help_text = own_language_help()

    def to_input(self) -> ProfileInput:
        data = self.cleaned_data
        return ProfileInput(
            display_name=data["display_name"],
            is_listed=data.get("is_listed", False),
            visibility=data.get("visibility") or Profile.Visibility.PARTICIPANTS,
            role=data.get("role"),
            organisation=data.get("organisation", ""),
            setting=data.get("setting"),
            region=data.get("region", ""),
            languages=list(data.get("languages") or []),
            offers=list(data.get("offers") or []),
            offer_text=data.get("offer_text", ""),
            seeks=list(data.get("seeks") or []),
            seek_text=data.get("seek_text", ""),
        )

    @staticmethod
    def initial_for(profile: Profile | None, user) -> dict:
        if profile is None:
            return {"display_name": user.display_name, "is_listed": False}
        return {
            "is_listed": profile.is_listed,
            "visibility": profile.visibility,
            "display_name": profile.display_name,
            "role": profile.role_id,
            "organisation": profile.organisation,
            "setting": profile.setting_id,
            "region": profile.region,
            "languages": profile.language_codes,
            "offers": [i.pk for i in profile.offers.all()],
            "offer_text": profile.offer_text,
            "seeks": [i.pk for i in profile.seeks.all()],
            "seek_text": profile.seek_text,
        }


class ContactRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Your message"),
        max_length=ContactRequest.MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Say who you are and why you would like to talk. Your e-mail address is not "
            "shown; you can share it later, once the other person has accepted."
        ),
    )


class MessageForm(forms.Form):
    text = forms.CharField(
        label=_("Your message"),
        max_length=Message.TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        from praxisdialog.translation.forms import own_language_help

        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = own_language_help(translated=False)
