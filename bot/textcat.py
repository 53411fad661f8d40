"""Trained text classifiers: word and character n-gram TF-IDF features, logistic regression.

Every statistical reader of residents' messages (incident type, question topic, emergency)
is one of these. `make train` fits them from labelled data in data/ (bot/training.py) and
saves each as one .npz file of plain arrays: vocabularies, idf weights, coefficients. No
pickle, so loading a model can never run code, and every process (Rasa, the action server,
the front door) loads the same file instead of training at start-up.

Why this model: on CPU it answers in well under a millisecond, trains in seconds on two
cores, and character n-grams carry residents' typos ("stolden", "windsheild") that a word
model would not. The pretrained sentence encoders checked for this environment do not fit
Rasa 3.6's pins (shared/ENVIRONMENT.md).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.config import settings
from bot.text import prepare

WORDS = {"analyzer": "word", "ngram_range": (1, 2), "sublinear_tf": True, "token_pattern": r"(?u)\b\w+\b"}
CHARACTERS = {"analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True, "min_df": 2}


class ModelMissing(RuntimeError):
    """A trained model file is not there: `make train` builds it."""


@dataclass
class TextClassifier:
    words: TfidfVectorizer
    characters: TfidfVectorizer
    coef: np.ndarray          # classes x features (one row for a two-class model)
    intercept: np.ndarray
    classes: tuple[str, ...]
    meta: dict = field(default_factory=dict)   # what it was trained from, for `make train` and reviewers

    # --- training ------------------------------------------------------------------
    @classmethod
    def fit(cls, texts: Sequence[str], labels: Sequence[str], *, regularisation: float = 4.0,
            balanced: bool = False, meta: dict | None = None) -> "TextClassifier":
        words = TfidfVectorizer(preprocessor=prepare, **WORDS)
        characters = TfidfVectorizer(preprocessor=prepare, **CHARACTERS)
        features = hstack([words.fit_transform(texts), characters.fit_transform(texts)]).tocsr()
        model = LogisticRegression(C=regularisation, max_iter=3000, class_weight="balanced" if balanced else None)
        model.fit(features, list(labels))
        return cls(words, characters, model.coef_.astype(np.float32), model.intercept_.astype(np.float32),
                   tuple(str(c) for c in model.classes_), dict(meta or {}, examples=len(texts)))

    # --- reading ---------------------------------------------------------------------
    def probabilities(self, text: str) -> dict[str, float]:
        """Each class and its probability for one message."""
        scores = self._scores(text)
        if len(self.classes) == 2:  # scikit-learn keeps one row for two classes: P(second class)
            positive = 1.0 / (1.0 + np.exp(-scores[0]))
            return {self.classes[0]: float(1.0 - positive), self.classes[1]: float(positive)}
        exp = np.exp(scores - scores.max())
        return {label: float(p) for label, p in zip(self.classes, exp / exp.sum())}  # plain floats travel as JSON

    def _scores(self, text: str) -> np.ndarray:
        """The decision scores for one message, computed as scikit-learn's transform would (counts of
        the analyzer's n-grams, sublinear tf, idf, l2 norm per feature block) but without its
        per-call validation, which cost several milliseconds a message; tests check they agree."""
        columns, weights, offset = [], [], 0
        for vectorizer in (self.words, self.characters):
            counts: dict[int, int] = {}
            vocabulary = vectorizer.vocabulary_
            for gram in _analyzer(vectorizer)(text):
                index = vocabulary.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if counts:
                index = np.fromiter(counts, dtype=np.int64, count=len(counts))
                value = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * vectorizer.idf_[index]
                columns.append(index + offset)
                weights.append(value / np.linalg.norm(value))
            offset += len(vocabulary)
        if not columns:
            return self.intercept.astype(np.float64).copy()
        return self.coef[:, np.concatenate(columns)] @ np.concatenate(weights) + self.intercept

    def ranked(self, text: str) -> list[tuple[str, float]]:
        """Classes from the most to the least likely."""
        return sorted(self.probabilities(text).items(), key=lambda pair: pair[1], reverse=True)

    # --- files -------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {"classes": np.array(self.classes), "coef": self.coef, "intercept": self.intercept,
                  "meta": np.array(json.dumps(self.meta, sort_keys=True))}
        for name, vectorizer in (("words", self.words), ("characters", self.characters)):
            vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
            arrays[f"{name}_vocabulary"] = np.array(vocabulary)
            arrays[f"{name}_idf"] = vectorizer.idf_.astype(np.float64)
        temporary = path.with_suffix(".tmp.npz")
        np.savez_compressed(temporary, **arrays)
        temporary.replace(path)  # a reader never sees half a file

    @classmethod
    def load(cls, path: Path) -> "TextClassifier":
        if not path.exists():
            raise ModelMissing(f"{path} is missing: run `make train`")
        with np.load(path, allow_pickle=False) as arrays:
            vectorizers = [_vectorizer(WORDS, arrays["words_vocabulary"], arrays["words_idf"]),
                           _vectorizer(CHARACTERS, arrays["characters_vocabulary"], arrays["characters_idf"])]
            return cls(*vectorizers, arrays["coef"], arrays["intercept"],
                       tuple(str(c) for c in arrays["classes"]), json.loads(str(arrays["meta"])))


_ANALYZERS: dict[tuple, Callable[[str], list[str]]] = {}


def _analyzer(vectorizer: TfidfVectorizer) -> Callable[[str], list[str]]:
    """The vectorizer's own analyzer (preprocessing, tokens, n-grams), built once per kind."""
    key = (vectorizer.analyzer, vectorizer.ngram_range, vectorizer.token_pattern)
    if key not in _ANALYZERS:
        _ANALYZERS[key] = vectorizer.build_analyzer()
    return _ANALYZERS[key]


def _vectorizer(settings: dict, vocabulary: np.ndarray, idf: np.ndarray) -> TfidfVectorizer:
    vectorizer = TfidfVectorizer(preprocessor=prepare, **settings)
    vectorizer.vocabulary_ = {str(term): index for index, term in enumerate(vocabulary)}
    vectorizer.idf_ = idf
    return vectorizer


def fingerprint(paths: Iterable[Path]) -> str:
    """A digest of the training files, kept in a model's meta so a stale model can be told apart."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def load(path: Path) -> TextClassifier:
    """A trained model, read once per process."""
    return TextClassifier.load(path)


NORMAL_FORM = Path(__file__).with_name("text.py")


@dataclass(frozen=True)
class Recipe:
    """How one model is built: its name, the files it learns from, and the function that fits it."""
    name: str
    sources: Callable[[], list[Path]]
    build: Callable[[], TextClassifier]

    def path(self, directory: Path | None = None) -> Path:
        return model_file(self.name, directory)

    def fingerprint(self) -> str:
        # the normal form every model reads (bot/text.py: "tmrw" -> "tomorrow") is part of what it learned from
        return fingerprint([*self.sources(), NORMAL_FORM])


def model_file(name: str, directory: Path | None = None) -> Path:
    return (directory or settings().understanding_models) / f"{name}.npz"


def trained(name: str) -> TextClassifier:
    """The model `make train` built under this name (read once per process)."""
    return load(model_file(name))
