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
    assert {"schreinerei", "bakery"} & set(terms)
