"""`make train`, first step: build the trained readers of messages into models/understanding/.

Each model is rebuilt only when the files it learns from changed (their digest is kept in
the model). Rasa's own model is trained after this by `rasa train` (Makefile).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bot import textcat
from bot.intake import incidents, questions, turns
from bot.safety import model as emergency_model

RECIPES: list[textcat.Recipe] = [turns.RECIPE, incidents.RECIPE, questions.RECIPE, emergency_model.DETECTOR, emergency_model.CATEGORISER]


def stale(recipe: textcat.Recipe, directory: Path | None = None) -> bool:
    path = recipe.path(directory)
    if not path.exists():
        return True
    try:
        return textcat.TextClassifier.load(path).meta.get("fingerprint") != recipe.fingerprint()
    except (OSError, ValueError, KeyError):
        return True  # unreadable: build it again


def build(directory: Path | None = None, force: bool = False, quiet: bool = False) -> list[str]:
    """Build every stale model into `directory` (default: the configured models folder); their names."""
    built = []
    for recipe in RECIPES:
        if not force and not stale(recipe, directory):
            continue
        started = time.perf_counter()
        classifier = recipe.build()
        classifier.save(recipe.path(directory))
        built.append(recipe.name)
        if not quiet:
            print(f"trained {recipe.name}: {classifier.meta['examples']} examples, {len(classifier.classes)} classes, "
                  f"{time.perf_counter() - started:.1f} s -> {recipe.path(directory)}")
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild every model")
    args = parser.parse_args(argv)
    if not build(force=args.force):
        print("understanding models are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
