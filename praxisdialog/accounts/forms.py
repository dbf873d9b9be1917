from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.i18n import language_endonyms
from praxisdialog.core.ratelimit import RateLimited, client_ip, rate_limit_check
from praxisdialog.core.texts import text_errors

from .models import User


def clean_display_name(name: str) -> str:
    """A display name is shown next to what its owner writes and in mails: a name, not
    a link or an address."""
    name = (name or "").strip()
    if problems := text_errors(
        name, no_links=_("Please choose a name without links, domain names or e-mail addresses.")
    ):
        raise forms.ValidationError(problems[0])
    return name


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form (allauth calls `signup`)."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        help_text=_("Shown next to what you write. A pseudonym is fine. Up to 60 characters."),
    )

    # A honeypot: people are told to leave it empty (and do not see it); bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"])

    def clean(self):
        """Every sign-up mails an address nobody has confirmed yet (a confirmation, or a
        note that the account exists), so it counts against the project's own mail
        limit per address, like the contact form and the newsletter."""
        cleaned = super().clean()
        from allauth.core import context

        try:
            rate_limit_check(scope="mail", ip=client_ip(context.request))
        except RateLimited as limited:
            raise forms.ValidationError(limited.message, code="rate_limited") from limited
        return cleaned

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"].strip()
        language = get_language() or settings.LANGUAGE_CODE
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        # A language picked on the switcher before signing up is a choice; one that
        # merely came from the browser is not, so the browser keeps deciding.
        user.language_chosen = settings.LANGUAGE_COOKIE_NAME in request.COOKIES
        user.save(update_fields=["display_name", "preferred_language", "language_chosen"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "full_name", "preferred_language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["preferred_language"]
        field.label = _("Language")
        field.help_text = _("The pages and the e-mails we send you use this language.")
        # Each language in its own name, so that someone who landed in the wrong one
        # finds theirs.
        field.choices = language_endonyms()

    def clean_display_name(self) -> str:
        name = clean_display_name(self.cleaned_data["display_name"])
        if not name:
            raise forms.ValidationError(_("Please choose a display name; a pseudonym is fine."))
        return name


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the new token"),
        max_length=100,
        help_text=_("For example the script that will use it. Up to 100 characters."),
    )
