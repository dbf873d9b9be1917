import pytest

from praxisdialog.events import services as event_services
from praxisdialog.network.models import Message
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory
from tests.network.factories import ProfileFactory, conversation_between
from tests.newsletter.factories import SubscriberFactory


@pytest.fixture(autouse=True)
def _export_dir(settings, tmp_path):
    settings.DATA_EXPORT_DIR = tmp_path / "exports"


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Runs what a service queues after commit (tasks run at once in tests)."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def rich_user(user, other_user, call):
    """A participant who has written, commented, registered and talked to someone."""
    contribution = ContributionFactory(author=user, call=call, title="Mein Weg in die Pflege")
    contribution.answers.update(text="Ich habe als Pflegehelferin angefangen.")
    CommentFactory(author=user, target=ContributionFactory(call=call), text="Sehr hilfreich!")
    event = EventFactory(title="Werkstatt Integration")
    event_services.registration_create(event=event, user=user)
    ProfileFactory(user=user, display_name="Amal B.", is_listed=True)
    conversation = conversation_between(user, other_user)
    Message.objects.create(conversation=conversation, author=user, text="Hallo aus Leipzig")
    Message.objects.create(conversation=conversation, author=other_user, text="Geheim vom Anderen")
    ContributionFactory(author=other_user, call=call, title="Fremder Beitrag")
    SubscriberFactory(email=user.email)
    SubscriberFactory(email=other_user.email)
    return user
