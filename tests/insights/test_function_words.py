"""Theme labels and frequent words never show function words, in any of our languages."""

import numpy as np

from praxisdialog.insights import pipeline
from praxisdialog.insights.function_words import is_function_word
from praxisdialog.insights.matching import Matcher

# Each story leans on function words more than on its subject: without the filter the
# frequent words were "weniger", "zuerst" and "because".
STORIES = [
    "Zuerst hatten wir weniger Aufträge, weil zuerst niemand wusste, dass die Schreinerei "
    "Lehrlinge sucht; weniger Bürokratie half. Schreinerei, Lehrlinge, Werkstatt.",
    "Zuerst kamen weniger Bewerbungen; dann hat die Schreinerei die Lehrlinge in der "
    "Werkstatt selbst eingeladen, weniger Papier, zuerst ein Probetag.",
    "Because the bakery needed apprentices, because nobody applied, the bakery invited "
    "apprentices because they wanted to learn baking.",
    "Because our bakery opened early, apprentices came because the bakery trained them.",
    "لأن المخبز احتاج إلى متدربين، لأن المتدربين أرادوا التعلم في المخبز بالإضافة إلى العمل.",
    "لأن المخبز فتح مبكرا بالإضافة إلى تدريب المتدربين في المخبز.",
]


def test_function_words_of_every_language_are_known():
    for word in [
        "because",
        "Weniger",
        "zuerst",
        "however",
        "لأن",
        "بالإضافة",
        "زیرا",
        "потому",
        "оскільки",
        "çünkü",
    ]:
        assert is_function_word(word), word
    for word in ["Schreinerei", "bakery", "apprentices", "المخبز"]:
        assert not is_function_word(word), word


def test_frequent_words_of_a_theme_carry_meaning():
    docs = pipeline.tag_documents(STORIES, Matcher([]))
    # One theme holding every story: its frequent words are what the stories share most.
    labels = np.zeros(len(docs), dtype=int)
    themes = pipeline._describe(docs, np.ones((len(docs), 2)), labels, 1, [])
    terms = themes[0].terms
    assert terms, "the themes name some words"
    assert not [term for term in terms if is_function_word(term)], terms
    assert {"Schreinerei", "bakery"} & set(terms)


# Five stories of one theme among ten: what they share is the canteen ("Kantine",
# "Kantinen"), the kitchen and the menu; their adjectives and verbs ("schneller",
# "gemeinsam", "probiert") and the call's own subject, which every story names, are not.
THEME = [
    "In der Kantine kochen Kollegen aus Syrien; die Speisekarte wurde schneller zweisprachig.",
    "Unsere Kantinen haben die Speisekarte übersetzt, und die Küche probiert neue Rezepte.",
    "Die Küche der Kantine lernte Rezepte aus Eritrea, schneller als gedacht, Integration.",
    "Eine Speisekarte in drei Sprachen: die Kantine wurde zum Treffpunkt der Belegschaft.",
    "Integration über die Küche: Rezepte tauschen, die Kantine feiert, schneller gemeinsam.",
]
OTHERS = [
    "Integration im Handwerk: die Werkstatt bildet Lehrlinge aus, schneller als gedacht.",
    "Unsere Werkstatt probiert Tandems, die Lehrlinge übersetzen füreinander.",
    "Integration in der Pflege: Dienstpläne in zwei Sprachen halfen dem Team.",
    "Die Pflege lernte mit Sprachkursen am Arbeitsplatz, schneller als gedacht.",
    "Integration gelingt, wenn Lehrlinge Verantwortung bekommen.",
]


def test_frequent_words_set_a_theme_apart_and_name_things():
    docs = pipeline.tag_documents(THEME + OTHERS, Matcher([]))
    labels = np.array([0] * len(THEME) + [1] * len(OTHERS))
    themes = pipeline._describe(docs, np.ones((len(docs), 2)), labels, 2, [])
    terms = themes[0].terms
    # One word however it is inflected, in the form the texts use most, with its capital.
    assert terms[0] == "Kantine", terms
    assert {"Kantine", "Speisekarte", "Rezepte"} <= set(terms), terms
    assert not {"Kantinen", "schneller", "Integration"} & set(terms), terms
