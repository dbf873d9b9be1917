"""allauth's sign-up form, made to answer a known address like a new one.

With ACCOUNT_PREVENT_ENUMERATION allauth already answers both with the same page and
sends the owner of a known address a mail instead of a second account. But only a new
account hashed its password, the slow step by design, so a known address was answered
many times faster and the time told who has an account. Both now hash once."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth.hashers import make_password


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            # The work a new account does, thrown away: the same cost for both answers.
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
