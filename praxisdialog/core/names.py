# ruff: noqa: RUF001, RUF003 - Arabic, Farsi, Ukrainian and Russian letters resemble Latin ones
"""First names and German place names in a text: "Kollegin Amal aus Leipzig".

Where the lists come from:
- First names in Latin script: the name list of the gender-guesser package (Jörg
  Michael's "nam_dict", GNU FDL, read unchanged from the installed package), every
  name given at least "rare but present" in the countries our participants come from
  or live in: Germany, Austria, Switzerland, Britain, Ireland, the USA, Turkey, the
  Arab countries and Persia, Afghanistan and Central Asia, Russia, Ukraine, Belarus.
- First names in Arabic script and Cyrillic: data/given_names.txt, kept by us.
- German places: data/german_places.txt, made from GeoNames by data/make_places.py.
- Names that are also ordinary words: data/name_words.txt (data/make_name_words.py)
  and the "~" entries of given_names.txt.

How false alarms are kept down: a name counts only when written as a name (a capital
in Latin and Cyrillic script); a name that is also a word ("Will", "Rose", "Nur",
"أمل") counts only right after a word that introduces a person ("Kollegin", "Herr",
"named", "زميلتي", "колега"); a place counts only right after a word that introduces
a place ("aus", "in", "from", "من", "з", a Turkish "'den"), so "Essen" at lunch and
"Halle" of a factory stay quiet."""

import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

DATA = Path(__file__).with_name("data")

# Columns of nam_dict.txt (after position 30), in the order its header lists them.
_COUNTRIES = (
    "great_britain",
    "ireland",
    "usa",
    "italy",
    "malta",
    "portugal",
    "spain",
    "france",
    "belgium",
    "luxembourg",
    "the_netherlands",
    "east_frisia",
    "germany",
    "austria",
    "swiss",
    "iceland",
    "denmark",
    "norway",
    "sweden",
    "finland",
    "estonia",
    "latvia",
    "lithuania",
    "poland",
    "czech_republic",
    "slovakia",
    "hungary",
    "romania",
    "bulgaria",
    "bosnia",
    "croatia",
    "kosovo",
    "macedonia",
    "montenegro",
    "serbia",
    "slovenia",
    "albania",
    "greece",
    "russia",
    "belarus",
    "moldova",
    "ukraine",
    "armenia",
    "azerbaijan",
    "georgia",
    "the_stans",
    "turkey",
    "arabia",
    "israel",
    "china",
    "india",
    "japan",
    "korea",
    "vietnam",
    "other",
)
_OURS = (
    "great_britain",
    "ireland",
    "usa",
    "germany",
    "austria",
    "swiss",
    "russia",
    "belarus",
    "ukraine",
    "azerbaijan",
    "the_stans",
    "turkey",
    "arabia",
)
# 1 is "rare" in nam_dict; 2 and up leaves out the oddities that are mostly words.
MIN_FREQUENCY = 2

# Russian and Ukrainian decline the place: "из Лейпцига", "в Лейпцигу", "у Лейпцигу".
_CYRILLIC_ENDINGS = ("е", "а", "у", "ом", "і", "ї", "и")
# ... and the person: "с Андреем", "у Фатимы", "з Надією", "Амалом". A declined name is
# its stem plus one of these, and the name itself the stem plus nothing, "а", "я" or "й".
_CYRILLIC_NAME_ENDINGS = (
    "ою",
    "ею",
    "єю",
    "ой",
    "ей",
    "ом",
    "ем",
    "єм",
    "ым",
    "им",
    "у",
    "ю",
    "е",
    "є",
    "ы",
    "и",
    "і",
    "ї",
    "а",
    "я",
)
_CYRILLIC_NAME_STEMS = ("", "а", "я", "й")
# Words after which a capitalised word ending in "s" is a noun, not a name's genitive
# ("der Kurs", "ein Preis"); "Amals Idee" has none of them before it.
_GERMAN_DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "beim",
        "ins",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "jeder",
        "jede",
        "jedes",
        "jeden",
        "jedem",
        "dieser",
        "diese",
        "dieses",
        "diesen",
        "diesem",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "unseres",
        "the",
        "a",
        "an",
    ]
)

WORD = re.compile(r"[^\W\d_](?:[\w'’‌-]*[^\W_])?")
_ARABIC_VARIANTS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ـ": None}
)


def _arabic_script(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


def _normal(word: str) -> str:
    """One spelling for the letters Arabic and Farsi write differently, no vowel marks."""
    if not _arabic_script(word):
        return word
    stripped = "".join(char for char in word if unicodedata.category(char) != "Mn")
    return stripped.translate(_ARABIC_VARIANTS).replace("\u200c", "")


@cache
def latin_first_names() -> frozenset[str]:
    columns = [_COUNTRIES.index(country) for country in _OURS]
    names: set[str] = set()
    source = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        frequencies = line[30:]
        if not any(
            index < len(frequencies)
            and frequencies[index].strip()
            and int(frequencies[index], 16) >= MIN_FREQUENCY
            for index in columns
        ):
            continue
        name = line[3:29].strip()
        variants = [name.replace("+", joint) for joint in ("", " ", "-")] if "+" in name else [name]
        names.update(variant for variant in variants if " " not in variant)
    return frozenset(names)


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def _other_scripts() -> tuple[frozenset[str], frozenset[str]]:
    """(names, names that are also words) in Arabic script and Cyrillic."""
    names, words = set(), set()
    for line in _lines("given_names.txt"):
        if line.startswith("~"):
            words.add(_normal(line[1:]))
        else:
            names.add(_normal(line))
    return frozenset(names), frozenset(words)


@cache
def name_words() -> frozenset[str]:
    return frozenset(_lines("name_words.txt")) | _other_scripts()[1]


@cache
def _places() -> tuple[frozenset[str], int]:
    """(place names, the most words one of them has)."""
    places = frozenset(_normal(line) for line in _lines("german_places.txt"))
    return places, max(len(place.split()) for place in places)


@cache
def _cues() -> dict[str, frozenset[str]]:
    """{"person": ..., "place": ..., "turkish": ...} from data/cue_words.txt."""
    sections: dict[str, set[str]] = {}
    current = sections.setdefault("", set())
    for line in _lines("cue_words.txt"):
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), set())
        else:
            current.update(_normal(word) for word in line.split())
    return {name: frozenset(words) for name, words in sections.items()}


def _written_as_name(word: str) -> bool:
    if _arabic_script(word):
        return True
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _split_suffix(word: str) -> tuple[str, str]:
    """("Leipzig", "den") for "Leipzig'den"."""
    for apostrophe in ("'", "’"):
        if apostrophe in word:
            base, _, suffix = word.partition(apostrophe)
            return base, suffix.lower()
    return word, ""


def _place_match(phrase: str, places: frozenset[str]) -> tuple[int, bool] | None:
    """Where the place starts in `phrase` and whether the phrase itself says "in" or
    "from" (Arabic "بلايبزيغ", Turkish "Leipzig'den"); None when it names no place."""
    if any("'" in word or "’" in word for word in phrase.split(" ")[:-1]):
        return None
    base, suffix = _split_suffix(phrase)
    if not _written_as_name(base):
        return None
    normal = _normal(base)
    forms = [normal]
    if any("\u0400" <= char <= "\u04ff" for char in normal):
        forms += [normal[: -len(end)] for end in _CYRILLIC_ENDINGS if normal.endswith(end)]
    if any(form in places for form in forms):
        return 0, suffix in _cues()["turkish"]
    if _arabic_script(base) and len(normal) > 3 and normal[0] in "بل" and normal[1:] in places:
        return 1, True
    return None


def find_names_and_places(text: str) -> list[tuple[str, int, int]]:
    """[(kind, start, end)] with kind "first_name" or "place"."""
    words = [(match.group(), match.start(), match.end()) for match in WORD.finditer(text)]
    places, longest = _places()
    latin, other = latin_first_names(), _other_scripts()[0]
    ambiguous = name_words()
    cues = _cues()
    person_cues, place_cues = cues["person"], cues["place"]
    found: list[tuple[str, int, int]] = []
    index = 0
    while index < len(words):
        word, start, _end = words[index]
        before = _normal(words[index - 1][0]).lower() if index else ""
        # A place may have several words ("Frankfurt am Main"); the longest one wins.
        matched = 0
        for size in range(min(longest, len(words) - index), 0, -1):
            phrase = text[start : words[index + size - 1][2]]
            if " ".join(phrase.split()) != phrase:
                continue
            place = _place_match(phrase, places)
            if place is None:
                continue
            offset, says_where = place
            if says_where or before in place_cues:
                base = _split_suffix(phrase)[0]
                found.append(("place", start + offset, start + len(base)))
                matched = size
            break
        if matched:
            index += matched
            continue
        base = _split_suffix(word)[0]
        if _arabic_script(base) and base[0] == "و" and _normal(base[1:]) in other:
            base, start = base[1:], start + 1
        name = _normal(base)
        known = name in latin or name in other or name in ambiguous
        if not known:
            following = words[index + 1][0] if index + 1 < len(words) else ""
            known = _declined_name(name, before=before, following=following)
        if known and _written_as_name(base) and (name not in ambiguous or before in person_cues):
            found.append(("first_name", start, start + len(base)))
        index += 1
    return found


def _declined_name(word: str, *, before: str, following: str) -> bool:
    """Whether `word` is a first name in another case: Cyrillic endings ("Андреем",
    "Фатимы", "Надією"), or a German genitive "s" before a noun ("Amals Idee",
    "Fatimas Bruder"). A name that is also a word never counts declined ("Веры")."""
    latin, other = latin_first_names(), _other_scripts()[0]
    ambiguous = name_words()
    if any("\u0400" <= char <= "\u04ff" for char in word):
        for ending in _CYRILLIC_NAME_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            stem = word[: -len(ending)]
            for tail in _CYRILLIC_NAME_STEMS:
                if stem + tail != word and stem + tail in other and stem + tail not in ambiguous:
                    return True
        return False
    stem = word[:-1]
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith("ss")
        and before not in _GERMAN_DETERMINERS
        and following[:1].isupper()
        and stem in latin
        and stem not in ambiguous
    )
