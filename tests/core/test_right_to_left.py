"""Right to left and mixed text: what each page sets so that Arabic and German keep their
order side by side, and dates in the reader's language."""

import datetime
import re
import zoneinfo

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from praxisdialog.contributions.models import Answer
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db

ARABIC = {"Accept-Language": "ar"}
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def test_an_arabic_contribution_on_a_german_page_keeps_its_direction(client, call):
    contribution = ContributionFactory(call=call, title="تدريب في المخبز", language="ar")
    Answer.objects.filter(contribution=contribution).update(text="عملنا معاً.")
    content = client.get(contribution.get_absolute_url()).content.decode()
    assert 'lang="ar"' in content.split('<article class="contribution"')[1].split(">")[0]
    assert '<h1 dir="auto">تدريب في المخبز</h1>' in content
    assert '<div class="prose" dir="auto"><p>عملنا معاً.</p>' in content
    # The German question headings around it are isolated on their own.
    question = call.questions.first().display_text
    assert f'dir="auto">{question}</h2>' in content


def test_german_questions_on_an_arabic_page_are_isolated(client, call, user):
    client.force_login(user)
    content = client.get(
        reverse("contributions:contribution-create", args=[call.slug]), headers=ARABIC
    ).content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    question = call.questions.first().display_text
    assert f'<label for="id_answer_{call.questions.first().pk}"><bdi>{question}</bdi>' in content
    assert 'dir="auto"' in content.split('name="title"')[1].split(">")[0]
    call_page = client.get(call.get_absolute_url(), headers=ARABIC).content.decode()
    assert f'<strong dir="auto">{question}</strong>' in call_page
    assert f'<h1 dir="auto">{call.display_title}</h1>' in call_page


def test_names_are_isolated(client, call):
    contribution = ContributionFactory(call=call)
    content = client.get(contribution.get_absolute_url(), headers=ARABIC).content.decode()
    assert re.search(rf"<bdi( [^>]*)?>{re.escape(contribution.byline)}</bdi>", content)


def test_dates_read_in_the_language_of_the_page(client, call):
    contribution = ContributionFactory(
        call=call, published_at=datetime.datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)
    )
    arabic = client.get(contribution.get_absolute_url(), headers=ARABIC).content.decode()
    assert "3 ديسمبر 2026" in arabic
    german = client.get(contribution.get_absolute_url()).content.decode()
    assert "3. Dezember 2026" in german


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Donnerstag, 3. Dezember 2026, 10:00"),
        ("en", "Thursday, 3 December 2026, 10:00"),
        ("ar", "الخميس، 3 ديسمبر 2026، 10:00"),
    ],
)
def test_a_weekday_and_time_in_each_language(language, expected):
    moment = datetime.datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)
    template = Template("{% load praxis %}{{ moment|weekday_datetime }}")
    with translation.override(language):
        assert template.render(Context({"moment": moment})) == expected


@pytest.mark.parametrize(
    ("text", "direction"),
    [("مرحبا Welt", "rtl"), ("Hallo مرحبا", "ltr"), ("2026: سلام", "rtl"), ("", "ltr")],
)
def test_text_direction_follows_the_first_strong_character(text, direction):
    template = Template("{% load praxis %}{{ text|text_dir }}")
    assert template.render(Context({"text": text})) == direction


def test_an_events_german_details_keep_their_order_on_an_arabic_page(client):
    """A venue, an address and staff notes written in German sit in their own isolate:
    without it "04109 Leipzig" read as "Leipzig 04109" and a note's full stop jumped to
    the front of its line."""
    from tests.events.factories import EventFactory

    event = EventFactory(
        venue_address="Beispielstraße 1\n04109 Leipzig",
        accessibility_notes="Assistenzhunde willkommen.",
        interpretation="Arabisch, Ukrainisch",
        step_free_access=True,
        hearing_loop=True,
    )
    content = client.get(event.get_absolute_url(), headers=ARABIC).content.decode()
    assert "<bdi>Werkhalle<br>Beispielstraße 1<br>04109 Leipzig</bdi>" in content
    assert "<bdi>Assistenzhunde willkommen.</bdi>" in content
    assert "<bdi>Deutsch</bdi>" in content
    assert "<bdi>Arabisch, Ukrainisch</bdi>" in content
    # The accessibility features are listed with the Arabic comma.
    assert "درج، " in content
