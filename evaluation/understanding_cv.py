"""Cross-validated figures for the trained readers of messages, against Rasa's own classifier.

For each model `make train` builds (bot/training.py), 5-fold cross-validation on its training
data: accuracy of the project's classifier (bot/textcat.py: TF-IDF word 1-2 and char_wb 2-5
grams, logistic regression) and of a stand-in for Rasa's LogisticRegressionClassifier with the
features config.yml used to give it (count vectors of words and char_wb 1-4 grams, balanced
classes, C=1), and how many readings are sure enough to act on (probability 0.6 or more) and
how often those are right. These are development figures (the data is what the models learn
from); held-out figures come from `make eval` and the sealed sets.
"""
from __future__ import annotations

import argparse
import sys
import warnings

import numpy as np
from scipy.sparse import hstack
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from bot import textcat
from bot.intake import incidents, questions, turns

SURE = 0.6
DATASETS = {
    "turn": (turns.training_examples, 8.0),
    "incident_type": (incidents.training_examples, 8.0),
    "question_topic": (questions.training_examples, 8.0),
}


def rasa_like(train_texts, train_labels, test_texts) -> tuple[np.ndarray, np.ndarray]:
    words, characters = CountVectorizer(), CountVectorizer(analyzer="char_wb", ngram_range=(1, 4))
    features = hstack([words.fit_transform(train_texts), characters.fit_transform(train_texts)])
    model = LogisticRegression(max_iter=1000, class_weight="balanced", random_state=42).fit(features, train_labels)
    probabilities = model.predict_proba(hstack([words.transform(test_texts), characters.transform(test_texts)]))
    return model.classes_[probabilities.argmax(1)], probabilities.max(1)


def ours(train_texts, train_labels, test_texts, regularisation: float) -> tuple[np.ndarray, np.ndarray]:
    model = textcat.TextClassifier.fit(list(train_texts), list(train_labels), regularisation=regularisation)
    ranked = [model.ranked(text)[0] for text in test_texts]
    return np.array([label for label, _ in ranked]), np.array([p for _, p in ranked])


def cross_validate(texts, labels, regularisation: float, folds: int = 5) -> dict[str, tuple[float, float, float]]:
    texts, labels = np.array(texts, dtype=object), np.array(labels)
    results = {"project (textcat)": ([], []), "Rasa-like LR": ([], [])}
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=1).split(texts, labels):
        for name, (predicted, confidence) in (
                ("project (textcat)", ours(texts[train], labels[train], texts[test], regularisation)),
                ("Rasa-like LR", rasa_like(texts[train], labels[train], texts[test]))):
            results[name][0].extend(predicted == labels[test])
            results[name][1].extend(confidence)
    figures = {}
    for name, (right, confidence) in results.items():
        right, confidence = np.array(right), np.array(confidence)
        sure = confidence >= SURE
        figures[name] = (right.mean(), sure.mean(), right[sure].mean() if sure.any() else float("nan"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", choices=list(DATASETS), action="append")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    for name in args.model or DATASETS:
        examples, regularisation = DATASETS[name]
        texts, labels = examples()
        print(f"\n== {name}: {len(texts)} examples, {len(set(labels))} classes, 5-fold cross-validation ==")
        for classifier, (accuracy, sure, sure_accuracy) in cross_validate(texts, labels, regularisation).items():
            print(f"  {classifier:20s} accuracy {accuracy:.1%}   sure (p>={SURE}) {sure:.1%} of messages, "
                  f"{sure_accuracy:.1%} of those right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
