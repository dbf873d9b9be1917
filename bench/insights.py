"""Time of concept tagging and theme clustering for 10,000 contributions.

`run()` builds the texts in memory from the sentences of the labelled test corpus,
recombined at random within each topic (with a few sentences from other topics mixed
in), then runs the same matcher and pipeline as the staff task. No database needed:
`python bench/insights.py` works on its own, and bench/run.py can call `run()`."""

import json
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRIBUTIONS = int(os.environ.get("BENCH_INSIGHTS_CONTRIBUTIONS", "10000"))
CORPUS = ROOT / "tests" / "insights" / "corpus.json"


def _texts(count: int, seed: int = 1) -> tuple[list[str], list[str]]:
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    sentences: dict[str, list[str]] = {}
    for item in corpus:
        for text in [item["title"], *item["answers"]]:
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                sentences.setdefault(item["topic"], []).append(sentence)
    topics = sorted(sentences)
    rng = random.Random(seed)  # noqa: S311 - reproducible sample texts, not secrets
    texts, labels = [], []
    for _ in range(count):
        topic = rng.choice(topics)
        chosen = rng.sample(sentences[topic], k=min(4, len(sentences[topic])))
        if rng.random() < 0.3:
            chosen.append(rng.choice(sentences[rng.choice(topics)]))
        texts.append(" ".join(chosen))
        labels.append(topic)
    return texts, labels


def run() -> None:
    sys.path.insert(0, str(ROOT))
    from sklearn.metrics import adjusted_rand_score

    from praxisdialog.insights import pipeline
    from praxisdialog.insights.lexicon_defaults import CONCEPTS
    from praxisdialog.insights.matching import Matcher

    texts, labels = _texts(CONTRIBUTIONS)
    started = time.perf_counter()
    matcher = Matcher.from_lexicon(CONCEPTS)
    docs = pipeline.tag_documents(texts, matcher)
    tagged = time.perf_counter()
    result = pipeline.run(docs, matcher.concepts)
    done = time.perf_counter()
    print(f"themes: {len(texts)} contributions tagged in {tagged - started:.1f} s")
    print(
        f"themes: {len(texts)} contributions clustered in {done - started:.1f} s "
        f"({result.k} themes, ari={adjusted_rand_score(labels, result.labels):.2f})"
    )


if __name__ == "__main__":
    run()
