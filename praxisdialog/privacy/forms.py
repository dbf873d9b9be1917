from django import forms
from django.utils.translation import gettext_lazy as _


class AccountDeleteForm(forms.Form):
    KEEP = "keep"
    DELETE = "delete"

    content = forms.ChoiceField(
        label=_("What should happen to your contributions and comments?"),
        choices=[
            (DELETE, _("Delete them together with my account.")),
            (
                KEEP,
                _(
                    "Keep them without my name: they are shown as anonymous and cannot be "
                    "traced back to me."
                ),
            ),
        ],
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password

    @property
    def keep_content(self) -> bool:
        return self.cleaned_data["content"] == self.KEEP
