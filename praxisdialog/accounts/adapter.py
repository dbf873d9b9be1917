from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up stays open; the display name is set by our SignupForm."""

    def populate_username(self, request, user) -> None:
        # There is no username: e-mail is the login.
        return None
