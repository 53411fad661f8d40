"""Word lists residents' messages are read with: one file per concept in data/vocabulary/
(vehicle makes, vehicle types and parts, colours, US states, weapons, filler, words that are
not names), read once and shared by every reader, so a new word is a data change."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

from bot.config import PROJECT_ROOT

VOCABULARY = PROJECT_ROOT / "data" / "vocabulary"


@lru_cache(maxsize=None)
def vocabulary(name: str) -> Any:
    """One file of data/vocabulary/, read once: vocabulary("colours")."""
    with open(VOCABULARY / f"{name}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def alternation(words) -> str:
    """A regular-expression alternation of phrases, longest first, spaces and apostrophes flexible
    ("it's" also matches "its")."""
    escaped = [re.escape(w).replace(r"\ ", r"\s+").replace("'", "'?") for w in sorted(set(words), key=len, reverse=True)]
    return "|".join(escaped)
