import pytest

from tests.events.factories import EventFactory


@pytest.fixture
def event(db):
    return EventFactory()
