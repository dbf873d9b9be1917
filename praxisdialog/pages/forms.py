from django import forms
from django.utils.translation import gettext_lazy as _


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail address"))
    message = forms.CharField(
        label=_("Your message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000
    )
    send_copy = forms.BooleanField(label=_("Send me a copy of my message"), required=False)
    # Hidden from people by CSS; a bot that fills it in is turned away.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The copy goes to the address of a signed-in account only; for visitors the form
        # would otherwise send text of their choosing to any address they type.
        self.user = user if user is not None and user.is_authenticated else None
        if self.user is None:
            del self.fields["send_copy"]
        else:
            # What the account knows is filled in and can be changed: the real name, or
            # else the display name.
            self.fields["name"].initial = self.user.get_full_name()
            self.fields["email"].initial = self.user.email
            self.fields["send_copy"].label = _("Send me a copy (to the address of my account)")

    def clean(self):
        data = super().clean()
        if self.user is not None and data.get("send_copy"):
            data["email"] = self.user.email
        return data

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Your message could not be sent."))
        return ""

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter your name."))
        return name
