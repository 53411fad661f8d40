"""The action server and the front door start without TensorFlow (bot/without_tensorflow.py): about
350 MB less per process, which keeps one installation within its memory budget (`make load`)."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

LOADED = "import sys; print(sys.modules.get('tensorflow') is not None)"


def _tensorflow_loaded(code: str) -> bool:
    run = subprocess.run([sys.executable, "-c", f"{code}; {LOADED}"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout.strip().splitlines()[-1] == "True"


def test_the_action_server_reads_places_without_tensorflow():
    assert not _tensorflow_loaded(
        "import actions.server, actions.intake_form; from bot.intake.understanding import understand; "
        "assert understand('someone keyed my car on Post Road East').location.place")


def test_the_front_door_answers_without_tensorflow():
    assert not _tensorflow_loaded(
        "import webhooks.gunicorn_conf; from webhooks.replies import reads_as_emergency; "
        "assert reads_as_emergency('my neighbor collapsed and is not breathing')")


def test_without_the_guard_spacy_would_load_it():
    """The guard is what keeps it out: spaCy alone loads it (so the two tests above can fail)."""
    assert _tensorflow_loaded("import spacy")
