from django.core.management.base import BaseCommand, CommandError

from praxisdialog.accounts.models import User
from praxisdialog.accounts.services import api_token_create


class Command(BaseCommand):
    help = "Create an API token for the account with this e-mail; prints the token alone."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--name", default="script")

    def handle(self, *args, email, name, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account with the e-mail address {email}.")
        _token, raw_key = api_token_create(user=user, name=name)
        self.stdout.write(raw_key)
