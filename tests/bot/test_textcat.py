"""Trained text classifiers: a saved model answers exactly as the one trained, and loading runs no code."""
from __future__ import annotations

import numpy as np
import pytest

from bot import textcat

TEXTS = ["my bike was stolen", "someone stole my bike from the rack", "they took my package",
         "i lost my wallet", "cant find my keys anywhere", "lost my phone on the train",
         "someone keyed my car", "my car door got dinged", "big scratch down the side of my car"]
LABELS = ["theft"] * 3 + ["lost_property"] * 3 + ["damage_to_motor_vehicle"] * 3


def test_a_saved_model_reads_messages_exactly_as_the_trained_one(tmp_path):
    trained = textcat.TextClassifier.fit(TEXTS, LABELS, meta={"fingerprint": "x"})
    path = tmp_path / "types.npz"
    trained.save(path)
    loaded = textcat.TextClassifier.load(path)
    for message in ["somebody stole my bicycle", "lost my keys", "my car was keyed in the lot", "hello"]:
        assert loaded.probabilities(message) == pytest.approx(trained.probabilities(message), abs=1e-5)
    assert loaded.meta == {"fingerprint": "x", "examples": 9}
    assert loaded.ranked("somebody stole my bicycle")[0][0] == "theft"


def test_two_class_models_give_both_probabilities(tmp_path):
    model = textcat.TextClassifier.fit(TEXTS, ["yes" if l == "theft" else "no" for l in LABELS])
    probabilities = model.probabilities("they stole my bike")
    assert set(probabilities) == {"yes", "no"}
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert probabilities["yes"] > probabilities["no"]


def test_a_model_file_holds_only_plain_arrays(tmp_path):
    path = tmp_path / "types.npz"
    textcat.TextClassifier.fit(TEXTS, LABELS).save(path)
    with np.load(path, allow_pickle=False) as arrays:  # raises if any array needed pickle
        assert all(arrays[name].dtype != object for name in arrays.files)


def test_a_missing_model_says_how_to_build_it(tmp_path):
    with pytest.raises(textcat.ModelMissing, match="make train"):
        textcat.TextClassifier.load(tmp_path / "absent.npz")


def test_reading_a_message_gives_the_same_scores_as_scikit_learns_transform():
    from scipy.sparse import hstack
    model = textcat.TextClassifier.fit(TEXTS, LABELS)
    for message in ["somebody stole my bicycle!!", "LOST my keys at the gym", "zzz", "", "my car was keyed in the lot"]:
        features = hstack([model.words.transform([message]), model.characters.transform([message])]).tocsr()
        expected = np.asarray(features @ model.coef.T).ravel() + model.intercept
        assert model._scores(message) == pytest.approx(expected, abs=1e-5)
