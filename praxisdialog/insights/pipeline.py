"""Groups contributions into themes: concept tags plus character n-grams, then k-means.

Pure data in, pure data out (no database), so the staff task, `evaluate_themes` and the
bench all run exactly the same code. Deterministic: every random state is fixed."""

import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field

import numpy as np

from .function_words import FUNCTION_WORDS
from .matching import Matcher, normalise, stem

# scikit-learn and SciPy are imported where they are used: loading them costs more than a
# second, which every web worker, command and test process would otherwise pay at start.

WORD = re.compile(r"\w+", re.UNICODE)
# Long words, minus the function words of our languages (function_words.py), name a theme.
LABEL_WORD_MIN = 6


@dataclass
class PipelineSettings:
    k_min: int = 3
    k_max: int = 12
    docs_per_theme: int = 5
    concept_weight: float = 1.0
    text_weight: float = 0.6
    ngram_min: int = 3
    ngram_max: int = 5
    max_features: int = 50_000
    svd_components: int = 100
    silhouette_sample: int = 2_000
    random_state: int = 0

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "PipelineSettings":
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Document:
    text: str
    concepts: dict[str, Counter] = field(default_factory=dict)


@dataclass
class ThemeResult:
    members: list[int]
    weights: list[float]
    concepts: list[str]
    terms: list[str]
    seed: object = None


@dataclass
class PipelineResult:
    k: int
    score: float
    labels: list[int]
    themes: list[ThemeResult]


def tag_documents(texts: list[str], matcher: Matcher) -> list[Document]:
    return [Document(text=text, concepts=matcher.match(text)) for text in texts]


def _concept_matrix(docs: list[Document], slugs: list[str]) -> np.ndarray:
    """Log counts weighted by an IDF: a concept most texts mention says little."""
    from sklearn.preprocessing import normalize

    index = {slug: i for i, slug in enumerate(slugs)}
    matrix = np.zeros((len(docs), len(slugs)))
    for row, doc in enumerate(docs):
        for slug, words in doc.concepts.items():
            if slug in index:
                matrix[row, index[slug]] = math.log1p(sum(words.values()))
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    return normalize(matrix * idf)


def features(docs: list[Document], slugs: list[str], settings: PipelineSettings) -> np.ndarray:
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    concepts = _concept_matrix(docs, slugs)
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(settings.ngram_min, settings.ngram_max),
        sublinear_tf=True,
        min_df=2 if len(docs) > 20 else 1,
        max_features=settings.max_features,
        preprocessor=normalise,
    )
    text = vectorizer.fit_transform([d.text for d in docs])
    components = min(settings.svd_components, text.shape[1] - 1, len(docs) - 1)
    if components >= 2:
        svd = TruncatedSVD(n_components=components, n_iter=3, random_state=settings.random_state)
        text = normalize(svd.fit_transform(text))
    else:
        text = normalize(text.toarray() if sparse.issparse(text) else text)
    combined = np.hstack([settings.concept_weight * concepts, settings.text_weight * text])
    return normalize(combined)


def _k_range(n: int, settings: PipelineSettings) -> range:
    upper = max(settings.k_min, min(settings.k_max, n // settings.docs_per_theme))
    return range(min(settings.k_min, max(n - 1, 1)), min(upper, max(n - 1, 1)) + 1)


def _kmeans(x: np.ndarray, k: int, settings: PipelineSettings) -> np.ndarray:
    from sklearn.cluster import KMeans

    # Fewer restarts on large inputs keep 10,000 texts within a minute on two cores.
    n_init = 4 if len(x) <= 2_000 else 2
    model = KMeans(n_clusters=k, n_init=n_init, random_state=settings.random_state)
    return model.fit_predict(x)


def _seeded(x: np.ndarray, pins: dict[int, object], iterations: int = 10) -> np.ndarray:
    """Semi-supervised k-means: centroids start at the pinned examples of each theme and
    pinned documents never leave their theme, so the examples steer the grouping."""
    from sklearn.preprocessing import normalize

    seeds = sorted({str(s) for s in pins.values()})
    seed_index = {s: i for i, s in enumerate(seeds)}
    pinned = np.array([seed_index[str(pins[i])] for i in sorted(pins)])
    pinned_rows = np.array(sorted(pins))
    centroids = np.vstack([x[pinned_rows[pinned == c]].mean(axis=0) for c in range(len(seeds))])
    labels = np.zeros(len(x), dtype=int)
    for _ in range(iterations):
        new = (x @ normalize(centroids).T).argmax(axis=1)
        new[pinned_rows] = pinned
        if np.array_equal(new, labels):
            break
        labels = new
        for c in range(len(seeds)):
            members = x[labels == c]
            # Pins count twice, so a theme cannot wander far from its examples.
            centroids[c] = (members.sum(axis=0) + x[pinned_rows[pinned == c]].sum(axis=0)) / (
                len(members) + (pinned == c).sum()
            )
    return labels


@dataclass
class _Words:
    """The long words of one text that are not function words, keyed by their stem (so
    "Betriebe" and "Betrieben" count as one word), with the forms they were written in,
    and the stems written with a capital inside a sentence: German nouns, which name
    what a story is about better than its adjectives and verbs do."""

    forms: dict[str, Counter] = field(default_factory=dict)
    nouns: set[str] = field(default_factory=set)


SENTENCE_START = frozenset(".!?:;\"'„“”«»()-\u2013\u2014")


def _content_words(text: str) -> _Words:
    words = _Words()
    for match in WORD.finditer(text):
        word = match.group()
        if len(word) < LABEL_WORD_MIN or word.isdigit() or normalise(word) in FUNCTION_WORDS:
            continue
        key = stem(word, "de")
        words.forms.setdefault(key, Counter())[word] += 1
        before = text[: match.start()].rstrip()
        if word[0].isupper() and before and before[-1] not in SENTENCE_START:
            words.nouns.add(key)
    return words


def _frequent_words(members: list[_Words], df: Counter, total: int) -> list[str]:
    """Up to five words that set a theme apart: written in at least two of its texts (one
    when it has one), clearly more often inside it than across all texts, weighted by
    how rare they are overall; only nouns when there are enough of them. Each is shown in
    the form its texts use most."""
    in_theme = Counter(key for words in members for key in words.forms)
    nouns = set().union(*(words.nouns for words in members))
    size = len(members)
    scored = {}
    for key, n in in_theme.items():
        # A word all themes share (the call's own subject) says nothing about this one;
        # a theme holding most texts keeps its common words.
        distinct = n / size >= 2 * df[key] / total or size * 2 > total
        if n >= min(2, size) and distinct:
            scored[key] = n * math.log(1 + total / df[key])
    ranked = [key for key, _ in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))]
    # Three nouns or more say enough; below that (texts in English, say) the best words.
    named = [key for key in ranked if key in nouns]
    top = (named if len(named) >= 3 else ranked)[:5]
    forms: dict[str, Counter] = {key: Counter() for key in top}
    for words in members:
        for key in top:
            forms[key].update(words.forms.get(key, {}))
    # The most frequent form; on a tie the lower-case one (a capital may only start a
    # sentence), while a German noun, always capitalised, keeps its capital.
    return [max(forms[key].items(), key=lambda item: (item[1], item[0]))[0] for key in top]


def _describe(docs, x, labels, k, slugs) -> list[ThemeResult]:
    from sklearn.preprocessing import normalize

    concepts = np.array([[bool(d.concepts.get(s)) for s in slugs] for d in docs], dtype=float)
    overall = concepts.mean(axis=0) + 1e-6
    doc_words = [_content_words(d.text) for d in docs]
    df = Counter(key for words in doc_words for key in words.forms)
    themes = []
    for c in range(k):
        members = np.flatnonzero(labels == c)
        if not len(members):
            themes.append(ThemeResult([], [], [], []))
            continue
        centroid = normalize(x[members].mean(axis=0, keepdims=True))[0]
        weights = np.clip(x[members] @ centroid, 0.0, 1.0)
        share = concepts[members].mean(axis=0)
        lift = share * np.log1p(share / overall)
        top_concepts = [slugs[i] for i in np.argsort(-lift)[:3] if share[i] >= 0.2]
        terms = _frequent_words([doc_words[i] for i in members], df, len(docs))
        themes.append(
            ThemeResult(
                members=members.tolist(),
                weights=[round(float(w), 4) for w in weights],
                concepts=top_concepts,
                terms=terms,
            )
        )
    return themes


def run(
    docs: list[Document],
    slugs: list[str],
    settings: PipelineSettings | None = None,
    pins: dict[int, object] | None = None,
) -> PipelineResult:
    """Clusters the documents. Without pins, k is chosen within bounds by the silhouette
    (cosine); with pins, there is one theme per distinct pin value, in sorted order."""
    settings = settings or PipelineSettings()
    if len(docs) < 2:
        labels = np.zeros(len(docs), dtype=int)
        return PipelineResult(
            1, 0.0, labels.tolist(), _describe(docs, np.ones((len(docs), 1)), labels, 1, slugs)
        )
    x = features(docs, slugs, settings)
    if pins:
        labels = _seeded(x, pins)
        k = int(labels.max()) + 1
        score = _silhouette(x, labels, settings)
        themes = _describe(docs, x, labels, k, slugs)
        for seed, theme in zip(sorted({str(s) for s in pins.values()}), themes, strict=True):
            theme.seed = seed
        return PipelineResult(k, score, labels.tolist(), themes)
    best = None
    for k in _k_range(len(docs), settings):
        labels = _kmeans(x, k, settings)
        score = _silhouette(x, labels, settings)
        if best is None or score > best[0]:
            best = (score, k, labels)
    score, k, labels = best
    return PipelineResult(k, score, labels.tolist(), _describe(docs, x, labels, k, slugs))


def _silhouette(x, labels, settings: PipelineSettings) -> float:
    from sklearn.metrics import silhouette_score

    if len(set(labels.tolist())) < 2:
        return 0.0
    sample = min(settings.silhouette_sample, len(x))
    return float(
        silhouette_score(
            x, labels, metric="cosine", sample_size=sample, random_state=settings.random_state
        )
    )
