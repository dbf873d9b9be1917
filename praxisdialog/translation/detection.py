"""Which language a text is written in, decided offline.

py3langid carries its model inside its package, so nothing leaves the server. The
model is narrowed to the languages a text may be stored in (TextLanguage); a text too
short or too mixed to tell keeps the fallback the caller gives (usually the author's
interface language)."""

from functools import cache

from praxisdialog.contributions.models import TextLanguage

# Below this share of the probability the guess is no better than the fallback:
# a greeting ("Danke!") or a name says little about the language of the text.
MIN_CONFIDENCE = 0.6
# Fewer letters than this are not worth a guess.
MIN_LETTERS = 12
# The detector looks at the beginning; a long text says no more than its first pages.
MAX_CHARS = 4000

DETECTABLE = [code for code in TextLanguage.values if code != TextLanguage.OTHER]


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(DETECTABLE)
    return identifier


def warm_up() -> None:
    """Loads the model now (an application server calls this while it starts), so that
    no request waits for it."""
    _identifier()


def language_of(text: str) -> tuple[str, float] | None:
    """The most likely language of the text and its probability; None for a text with
    too few letters to tell."""
    text = (text or "")[:MAX_CHARS]
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(text)
    return str(code), float(probability)


def detect_language(*texts: str, fallback: str = "") -> str:
    """The language code (one of TextLanguage) of what the texts say together, or
    `fallback` when it cannot be told (itself a TextLanguage value, else German)."""
    if fallback not in TextLanguage.values:
        fallback = TextLanguage.DE
    found = language_of("\n".join(text for text in texts if text))
    if found is None or found[1] < MIN_CONFIDENCE:
        return fallback
    return found[0]
