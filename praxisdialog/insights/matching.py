"""Finds the concepts of the lexicon a text mentions, with the words that matched.

Pure Python over plain data, so the pipeline, the bench and the evaluation command can
use it without the database. German compounds ("Berufssprachkurs") are found by looking
for prefix terms inside long words; inflection is handled by snowball stems."""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[\w'\u2019-]+", re.UNICODE)
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Only long words are split, and only for long stems: short ones hide inside anything.
COMPOUND_MIN_WORD = 9
COMPOUND_MIN_STEM = 6
STEMMERS = {"de": "german", "en": "english", "ar": "arabic", "uk": "russian"}


class Kind:
    WORD = "word"
    PREFIX = "prefix"
    PHRASE = "phrase"
    ABBREVIATION = "abbreviation"


def normalise(text: str) -> str:
    """Casefolds and writes umlauts as two letters, so "Ärzte" and "Aerzte" agree."""
    return text.casefold().translate(UMLAUTS).replace("\u2019", "'")


@lru_cache(maxsize=8)
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS.get(language, "english"))


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    return normalise(_stemmer(language).stemWord(word.casefold()))


def parse_terms(spec: str) -> list[tuple[str, str]]:
    """Turns the compact notation of lexicon_defaults into (text, kind) pairs."""
    result = []
    for raw in spec.split(";"):
        term = raw.strip()
        if not term:
            continue
        if " " in term:
            result.append((term.replace("*", ""), Kind.PHRASE))
        elif term.endswith("*"):
            result.append((term[:-1], Kind.PREFIX))
        elif any(c.isdigit() for c in term) or (len(term) > 1 and term.upper() == term):
            result.append((term, Kind.ABBREVIATION))
        else:
            result.append((term, Kind.WORD))
    return result


@dataclass
class Match:
    concept: str
    words: Counter = field(default_factory=Counter)


@dataclass(frozen=True)
class TermSpec:
    concept: str
    text: str
    kind: str
    language: str


class Matcher:
    """Built once from the lexicon (concept slug -> terms); `match` is then cheap because
    each distinct word is looked up only once."""

    def __init__(self, terms: list[TermSpec]):
        self.words: dict[tuple[str, str], set[str]] = {}
        self.abbreviations: dict[str, set[str]] = {}
        self.prefixes: list[tuple[str, str, str]] = []
        self.phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        self.concepts: list[str] = []
        for term in terms:
            if term.concept not in self.concepts:
                self.concepts.append(term.concept)
            language = term.language if term.language in STEMMERS else "en"
            if term.kind == Kind.ABBREVIATION:
                self.abbreviations.setdefault(term.text, set()).add(term.concept)
            elif term.kind == Kind.PREFIX:
                self.prefixes.append((normalise(term.text), term.concept, language))
            elif term.kind == Kind.PHRASE:
                tokens = tuple(stem(t, language) for t in WORD.findall(term.text))
                if tokens:
                    self.phrases.setdefault((tokens[0], language), []).append(
                        (tokens, term.concept)
                    )
            else:
                key = (stem(term.text, language), language)
                self.words.setdefault(key, set()).add(term.concept)
        # Distinct words are few compared with running text, so each is looked up once.
        self._cache: dict[str, frozenset[str]] = {}

    @classmethod
    def from_lexicon(cls, concepts: list[dict]) -> "Matcher":
        terms = []
        for concept in concepts:
            for language, spec in concept["terms"].items():
                for text, kind in parse_terms(spec):
                    terms.append(TermSpec(concept["slug"], text, kind, language))
        return cls(terms)

    def _concepts_of_word(self, word: str) -> frozenset[str]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: set[str] = set()
        found |= self.abbreviations.get(word, set())
        lowered = normalise(word)
        for language in ("de", "en", "ar", "uk"):
            found |= self.words.get((stem(word, language), language), set())
        long_word = len(lowered) >= COMPOUND_MIN_WORD
        for prefix, concept, language in self.prefixes:
            if concept in found:
                continue
            if lowered.startswith(prefix) or (
                long_word
                and language == "de"
                and len(prefix) >= COMPOUND_MIN_STEM
                and prefix in lowered[3:]
            ):
                found.add(concept)
        result = frozenset(found)
        self._cache[word] = result
        return result

    def match(self, text: str) -> dict[str, Counter]:
        """Concept slug -> Counter of the words (as written) that matched."""
        tokens = WORD.findall(text)
        result: dict[str, Counter] = {}
        for token in tokens:
            token = token.strip("-'\u2019")
            if not token:
                continue
            for concept in self._concepts_of_word(token):
                result.setdefault(concept, Counter())[token] += 1
        if self.phrases:
            self._match_phrases(tokens, result)
        return result

    def _match_phrases(self, tokens: list[str], result: dict[str, Counter]) -> None:
        stems = {lang: [stem(t, lang) for t in tokens] for lang in ("de", "en")}
        for lang, sequence in stems.items():
            for i, first in enumerate(sequence):
                for phrase, concept in self.phrases.get((first, lang), ()):
                    if tuple(sequence[i : i + len(phrase)]) == phrase:
                        words = " ".join(tokens[i : i + len(phrase)])
                        result.setdefault(concept, Counter())[words] += 1
