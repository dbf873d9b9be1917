"""The top of a call, on the home page and on the call's page: its question, a step bar
with the current phase marked, the deadline and days left, what it has gathered, and
one action that fits the phase."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from praxisdialog.calls.models import PhaseKind
from praxisdialog.contributions.models import Contribution
from tests.accounts.factories import VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_figures():
    cache.clear()


def _page(client, call, language="en") -> str:
    response = client.get(call.get_absolute_url(), headers={"Accept-Language": language})
    assert response.status_code == 200
    return response.content.decode()


def _action(html: str) -> tuple[str, str]:
    match = re.search(
        r'<p class="call-action"><a class="button button-large" href="([^"]+)">([^<]+)</a>', html
    )
    assert match, "the call has no action"
    return match.group(1), match.group(2)


def test_the_call_page_opens_with_question_steps_deadline_and_figures(client):
    call = CallFactory()
    author = VerifiedUserFactory()
    ContributionFactory(call=call, author=author, language="de")
    ContributionFactory(call=call, author=author, language="ar")
    ContributionFactory(call=call, language="de")
    ContributionFactory(call=call, language="uk", status=Contribution.Status.SUBMITTED)
    html = _page(client, call)

    assert '<p class="call-question" dir="auto">Question 1?</p>' in html
    bar = re.search(r'<ol class="step-bar".*?</ol>', html, re.S).group(0)
    assert bar.count("<li") == 4
    assert bar.count('aria-current="step"') == 1
    current = re.search(r'<li class="step step-current" aria-current="step">(.*?)</li>', bar, re.S)
    assert "Collecting experiences" in current.group(1)
    assert "1. " not in current.group(1)  # the number comes from CSS, not the text
    assert "days left" in html  # the collect phase of the factory ends in 20 days
    figures = dict(re.findall(r"<dt>(\w+)</dt><dd>(\d+)</dd>", html))
    # Published ones only: three contributions by two people in two languages.
    assert figures == {"Contributions": "3", "People": "2", "Languages": "2"}
    assert _action(html) == (
        reverse("contributions:contribution-create", args=[call.slug]),
        "Share your experience",
    )


def test_days_left_speak_the_readers_language_with_its_plural(client):
    call = CallFactory()
    html = _page(client, call, language="ru")
    assert re.search(r"\d+ (день|дня|дней)", html)


@pytest.mark.parametrize(
    ("phase", "expected"),
    [
        (PhaseKind.DISCUSS, "Read and discuss the contributions"),
        (PhaseKind.DOCUMENT, "Read the contributions"),
    ],
)
def test_after_collecting_the_action_is_reading(client, phase, expected):
    call = CallFactory(phases__current=phase)
    url, label = _action(_page(client, call))
    assert label == expected
    assert url == reverse("contributions:contribution-list", args=[call.slug])


def test_in_the_workshop_phase_the_action_is_registering(client):
    call = CallFactory(phases__current=PhaseKind.WORKSHOP)
    event = EventFactory(call=call)
    url, label = _action(_page(client, call))
    assert (url, label) == (event.get_absolute_url(), "Register for the workshop")


def test_a_workshop_phase_without_an_event_invites_to_discuss(client):
    call = CallFactory(phases__current=PhaseKind.WORKSHOP)
    assert _action(_page(client, call))[1] == "Read and discuss the contributions"


def test_the_home_page_opens_with_the_newest_call(client):
    call = CallFactory()
    html = client.get("/", headers={"Accept-Language": "en"}).content.decode()
    assert html.count("<h1") == 1
    english_title = call.written_version("title", "en")
    assert re.search(r'<h1 id="lead-title" dir="auto">' + re.escape(english_title), html)
    assert 'aria-current="step"' in html
    assert _action(html)[1] == "Share your experience"
    # A single call is not repeated as a lone card below.
    assert "<h2>More calls</h2>" not in html


def test_further_calls_follow_as_cards(client):
    older = CallFactory()
    newer = CallFactory()
    html = client.get("/", headers={"Accept-Language": "en"}).content.decode()
    lead = re.search(r"<h1.*?</h1>", html, re.S).group(0)
    more = re.search(r"<h2>More calls</h2>.*?</ul>", html, re.S).group(0)
    assert newer.written_version("title", "en") in lead
    assert older.written_version("title", "en") in more
