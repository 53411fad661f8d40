"""The domain core's shape: bot/ imports neither Rasa nor Flask, and its wings import downwards only.

A wing may import the wings below it and the shared modules (profile, contacts, text, config);
never a wing above it. Storage, in particular, knows nothing of the intake rules.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
# Top to bottom; the shared modules sit below them all.
WINGS = ["staff", "messaging", "intake", "safety", "records"]
FRAMEWORKS = ("rasa", "rasa_sdk", "flask", "webhooks", "actions", "rasa_ext")  # werkzeug.security hashes passwords: a library, not the web framework


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return found


def wing_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in WINGS else None


MODULES = sorted(p for p in BOT.rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT)))
def test_the_domain_core_imports_no_framework(path):
    frameworks = [m for m in imports_of(path) if m.split(".")[0] in FRAMEWORKS]
    assert frameworks == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT)))
def test_a_wing_never_imports_a_wing_above_it(path):
    module = ".".join(path.relative_to(BOT.parent).with_suffix("").parts)
    own = wing_of(module)
    if path.parent == BOT and path.name in ("cli.py", "training.py"):
        return  # the command line and the training step sit on top of everything
    upward = []
    for imported in imports_of(path):
        target = wing_of(imported)
        if not imported.startswith("bot.") or target is None or target == own:
            continue
        if own is None or WINGS.index(target) < WINGS.index(own):
            upward.append(imported)
    assert upward == [], f"{module} imports upwards: {upward}"
