"""Automatic checks on text before it appears: personal data, watched words, links.

Whatever the trust of an account, a finding sends the text to pre-moderation; the
moderators see the reason, the author a kind explanation."""

import re

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.personal_data import find_personal_data

TERMS_CACHE_KEY = "moderation:blocked-terms"
LINK_PATTERN = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

EXPLANATIONS = {
    "personal_data": _(
        "Your text may contain details that identify a person (such as an address, a "
        "phone number or an e-mail address). To protect everyone, a moderator looks at "
        "it before it appears."
    ),
    "watched_words": _(
        "Your text contains words that we look at before publishing, because they are "
        "often used to hurt people. A moderator will read it soon; if the words are "
        "meant differently, it will appear."
    ),
    "new_account": _(
        "The first posts of a new account are read by a moderator before they appear. "
        "This usually takes less than a day."
    ),
}


def blocked_terms() -> list[str]:
    terms = cache.get(TERMS_CACHE_KEY)
    if terms is None:
        from .models import BlockedTerm

        terms = [
            term.lower()
            for term in BlockedTerm.objects.filter(active=True).values_list("term", flat=True)
        ]
        cache.set(TERMS_CACHE_KEY, terms, 300)
    return terms


def forget_blocked_terms() -> None:
    cache.delete(TERMS_CACHE_KEY)


def _contains_term(text: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text) is not None


def screen_text(text: str) -> list[dict]:
    """The reasons to hold a text back: [{"kind": ..., "detail": ...}], empty when none."""
    flags: list[dict] = []
    # First names and places are looked for in stories only (contributions/services.py):
    # here they would mostly be the display names people address each other by.
    findings = find_personal_data(text, names=False)
    if findings:
        flags.append(
            {
                "kind": "personal_data",
                "detail": ", ".join(sorted({f"{f.label}: {f.excerpt}" for f in findings})),
            }
        )
    words = watched_words_in(text)
    if words:
        flags.append({"kind": "watched_words", "detail": ", ".join(words)})
    return flags


def watched_words_in(text: str) -> list[str]:
    """The words of the staff-kept list that the text contains."""
    lowered = (text or "").lower()
    return [term for term in blocked_terms() if _contains_term(lowered, term)]


def link_count(text: str) -> int:
    return len(LINK_PATTERN.findall(text or ""))


def link_limit_for_new_accounts() -> int:
    return settings.MODERATION_NEW_ACCOUNT_MAX_LINKS
