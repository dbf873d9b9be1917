import pytest
from django.test import override_settings

from praxisdialog.translation.backends import forget_offered_languages
from tests.translation.standin import StandIn


@pytest.fixture
def translation_server(db):
    """The stand-in translation server, configured as the site's TRANSLATION_URL."""
    with StandIn() as server, override_settings(TRANSLATION_URL=server.url):
        forget_offered_languages()
        yield server
    forget_offered_languages()
