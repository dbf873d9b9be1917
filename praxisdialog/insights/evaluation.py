"""Measures the theme pipeline against a labelled corpus (see `evaluate_themes`)."""

from dataclasses import dataclass

from sklearn.metrics import adjusted_rand_score

from . import pipeline
from .matching import Matcher

PINS_PER_TOPIC = 2


@dataclass
class Evaluation:
    ari_unpinned: float
    ari_pinned: float
    k_unpinned: int
    documents: int
    topics: int


def corpus_text(item: dict) -> str:
    return "\n".join([item.get("title", ""), *item.get("answers", [])])


def evaluate(
    corpus: list[dict], matcher: Matcher, settings: pipeline.PipelineSettings | None = None
) -> Evaluation:
    """Runs the pipeline without pins, then with the first two items of each topic pinned."""
    docs = pipeline.tag_documents([corpus_text(item) for item in corpus], matcher)
    topics = [str(item["topic"]) for item in corpus]
    unpinned = pipeline.run(docs, matcher.concepts, settings)
    pins: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i, topic in enumerate(topics):
        if seen.get(topic, 0) < PINS_PER_TOPIC:
            pins[i] = topic
            seen[topic] = seen.get(topic, 0) + 1
    pinned = pipeline.run(docs, matcher.concepts, settings, pins=pins)
    return Evaluation(
        ari_unpinned=adjusted_rand_score(topics, unpinned.labels),
        ari_pinned=adjusted_rand_score(topics, pinned.labels),
        k_unpinned=unpinned.k,
        documents=len(corpus),
        topics=len(set(topics)),
    )
