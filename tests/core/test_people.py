"""Who wrote what, at a glance: an initials avatar (decorative, in a colour taken from
the shown name only), the author's chosen attribution (never a hidden name) and the
language of the text in its own name with its lang attribute, on contribution cards, the
contribution page and comments."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from praxisdialog.contributions.models import Attribution
from praxisdialog.core.appearance import contrast_with_white
from praxisdialog.core.templatetags.people import AVATAR_COLOURS, colour_index, initials
from tests.accounts.factories import VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory

pytestmark = pytest.mark.django_db

AVATAR = re.compile(r'<span class="avatar avatar-(\w+)" aria-hidden="true">([^<]*)</span>')


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Selin A.", "SA"),
        ("Mira Keller", "MK"),
        ("nordlicht_ben", "N"),
        ("Werkstatt-Svenja", "WS"),
        ("سارة أحمد", "سأ"),
        ("  ", "?"),
    ],
)
def test_initials_are_the_first_letters_of_the_first_and_last_word(name, expected):
    assert initials(name) == expected


def test_the_colour_follows_the_shown_name_only():
    assert colour_index("Selin A.") == colour_index("selin a.")
    assert len({colour_index(f"Person {n}") for n in range(200)}) == AVATAR_COLOURS


def test_every_avatar_colour_carries_white_text_readably():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "app.css").read_text()
    colours = dict(re.findall(r"\.avatar-(\w+) \{ background: (#[0-9a-f]{6}); \}", css))
    assert set(colours) == {*map(str, range(AVATAR_COLOURS)), "anonymous"}
    for colour in colours.values():
        assert contrast_with_white(colour) >= 4.5, colour


def _byline(html: str, marker: str) -> str:
    """The meta line with the byline of the contribution or comment."""
    match = re.search(r'<p class="meta byline"[^>]*>(.*?)</p>', html[html.index(marker) :], re.S)
    return match.group(1)


@pytest.fixture
def author():
    return VerifiedUserFactory(display_name="Werkstatt-Svenja", full_name="Svenja Lorenz")


@pytest.mark.parametrize(
    ("attribution", "shown", "hidden", "letters"),
    [
        (Attribution.REAL_NAME, "Svenja Lorenz", "Werkstatt-Svenja", "SL"),
        (Attribution.PSEUDONYM, "Werkstatt-Svenja", "Svenja Lorenz", "WS"),
        (Attribution.ANONYMOUS, "Anonymous", "Svenja", "?"),
    ],
)
def test_cards_and_page_show_the_chosen_attribution_and_nothing_more(
    client, user, author, attribution, shown, hidden, letters
):
    call = CallFactory()
    contribution = ContributionFactory(
        call=call, author=author, attribution=attribution, language="uk", title="Досвід"
    )
    client.force_login(user)
    english = {"Accept-Language": "en"}
    for path in (call.get_absolute_url(), contribution.get_absolute_url()):
        html = client.get(path, headers=english).content.decode()
        assert hidden not in html
        byline = _byline(html, "Досвід")
        colour, avatar_letters = AVATAR.search(byline).groups()
        assert avatar_letters == letters
        assert (colour == "anonymous") == (attribution == Attribution.ANONYMOUS)
        assert f'<bdi class="byline-name">{shown}</bdi>' in byline
        assert '<span lang="uk" dir="auto">Українська</span>' in byline
        assert "Language of the text:" in byline


def test_comments_show_avatar_name_and_language(client, user):
    contribution = ContributionFactory()
    commenter = VerifiedUserFactory(display_name="Amina O.")
    CommentFactory(target=contribution, author=commenter, text="Great idea", language="en")
    client.force_login(user)
    html = client.get(contribution.get_absolute_url()).content.decode()
    byline = _byline(html, 'id="comment-')
    assert AVATAR.search(byline).group(2) == "AO"
    assert "<bdi>Amina O.</bdi>" in byline
    assert '<span lang="en" dir="auto">English</span>' in byline
