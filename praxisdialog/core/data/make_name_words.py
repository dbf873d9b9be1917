"""Writes name_words.txt: the first names of the gender-guesser list that are also
ordinary German or English words ("Will", "Mark", "Rose", "Nur", "Kader"). The
personal-data check counts such a name only after a word that introduces a person
("Kollegin", "Herr", "named"), so "Will you join?" and "Nur so geht es" stay quiet.

    pip install gender-guesser==0.4.0
    apt-get install wngerman wamerican wbritish
    python praxisdialog/core/data/make_name_words.py

A word is ordinary when it is in the word lists in lowercase (will, mark, nur), or
when a capitalised German noun stands there with an inflected form beside it (Rose,
Rosen). NOT_WORDS and ALSO_WORDS below correct what those lists get wrong for us."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from praxisdialog.core.names import latin_first_names

TARGET = Path(__file__).with_name("name_words.txt")
WORD_LISTS = ("ngerman", "american-english", "british-english")

# In the word lists in lowercase, but written with a capital they are names.
NOT_WORDS = {
    "Albert",
    "Allen",
    "Andre",
    "Andres",
    "Barb",
    "Dieter",
    "Dirk",
    "Franz",
    "Harry",
    "John",
    "Kurt",
    "Malte",
    "Martin",
    "Maria",
    "Peter",
    "Reiner",
    "Tom",
    "Victor",
    "Jimmy",
    "Billy",
    "Bobby",
    "Emir",
    "Amir",
    "Ameer",
    "Nasser",
    "Said",
    "Sahib",
    "Jehad",
    "Fares",
    "Wail",
    "Hind",
    "Rim",
    "Lama",
    "Nadir",
    "Abed",
    "Adele",
    "Agil",
    "Semen",
    "Silvan",
    "Solange",
    "Mike",
    "Nick",
    "Rick",
    "Matt",
    "Phil",
    "Ted",
}
# Names that are ordinary words the lists miss, or that people often write for
# something else (months, places, titles, famous people).
ALSO_WORDS = {
    "April",
    "August",
    "Juni",
    "Juli",
    "Mai",
    "May",
    "June",
    "Assel",
    "Basel",
    "Islam",
    "Kobra",
    "Dias",
    "Mercedes",
    "Gretchen",
    "Jesus",
    "Israel",
    "Rand",
    "Alp",
    "Heide",
    "Hagen",
    "Tara",
    "Bart",
    "Kai",
    "Kader",
    "Lupe",
    "Medina",
    "Alexandria",
    "Haifa",
    "Dallas",
    "Sydney",
    "Jordan",
    "Roma",
    "Edel",
    "Linde",
    "Lore",
    "Wolf",
    "Luther",
    "Darwin",
    "Haydn",
    "Roosevelt",
    "Clinton",
    "Christi",
    "Engel",
    "Ernst",
    "Mark",
    "Rose",
    "Hope",
    "Grace",
    "Faith",
    "Will",
    "Can",
    "Nur",
    "Mein",
    "Beste",
    "Mine",
    "Adel",
    "Roman",
    "Fee",
    "Lust",
    "Glaube",
    "Sonne",
    "Stern",
    "Monte",
    "Wien",
    "Kent",
    "Lotte",
    "Seren",
    "Ulan",
    "Morris",
    "Sadat",
    "Saddam",
    "Ramadan",
}


def main() -> None:
    words: set[str] = set()
    for name in WORD_LISTS:
        words.update(Path("/usr/share/dict", name).read_text("utf-8").split())
    lowercase = {word for word in words if word.islower()}
    found = set()
    for name in latin_first_names():
        noun = name in words and any(name + end in words for end in ("en", "n", "e", "es"))
        if name.lower() in lowercase or noun or name in ALSO_WORDS:
            found.add(name)
    found = (found | (ALSO_WORDS & latin_first_names())) - NOT_WORDS
    header = "# First names that are also ordinary words; regenerate with make_name_words.py.\n"
    TARGET.write_text(header + "\n".join(sorted(found)) + "\n", encoding="utf-8")
    print(f"{len(found)} names written to {TARGET.name}")


if __name__ == "__main__":
    main()
