"""The one check on text people write, and that its owners answer with it."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from praxisdialog.core.texts import clean_text, text_errors

NULL = "The text contains a null character; please remove it."


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def test_a_fine_text_has_no_errors():
    assert text_errors("Guten Tag", max_length=9, required="Write something.") == []


def test_every_problem_in_a_fixed_order():
    text = "\x00 see www.example.org " + "x" * 40
    assert text_errors(
        text, max_length=20, required="Write.", too_long="At most %(max)d.", no_links="No links."
    ) == [NULL, "At most 20.", "No links."]


def test_empty_counts_only_when_required():
    assert text_errors("  \n ") == []
    assert text_errors(None, required="Write.") == ["Write."]
    assert text_errors("  \n ", required="Write.") == ["Write."]


def test_the_limit_is_named_in_the_default_message():
    assert text_errors("abcd", max_length=3) == ["This text can be at most 3 characters long."]
    assert text_errors("abc", max_length=3) == []


def test_a_message_without_the_limit_is_taken_as_it_is():
    assert text_errors("abcd", max_length=3, too_long="Shorter, please.") == ["Shorter, please."]


def test_links_count_only_when_refused():
    assert text_errors("mail me at a@example.org") == []
    assert text_errors("mail me at a@example.org", no_links="No links.") == ["No links."]
    assert text_errors("Amira", no_links="No links.") == []


def test_the_owner_may_word_the_null_message():
    assert text_errors("a\x00", null="Shorter.") == ["Shorter."]


def test_clean_text_strips_and_raises_the_first_problem_on_its_field():
    assert clean_text("  hallo \n") == "hallo"
    with pytest.raises(ValidationError) as raised:
        clean_text(" \x00" + "x" * 10, field="message", max_length=5)
    assert raised.value.message_dict == {"message": [NULL]}
    with pytest.raises(ValidationError) as raised:
        clean_text("   ", required="Please write a message.")
    assert raised.value.message_dict == {"text": ["Please write a message."]}


def test_the_messages_are_in_the_readers_language():
    with translation.override("de"):
        assert text_errors("abcd", max_length=3) == [
            "Dieser Text darf höchstens 3 Zeichen lang sein."
        ]
        assert text_errors("a\x00") == ["Der Text enthält ein Nullzeichen; bitte entfernen Sie es."]
