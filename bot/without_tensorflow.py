"""Keep TensorFlow out of the processes that never run it: the action server and the front door.

spaCy's thinc imports TensorFlow (and with it JAX) whenever it is installed, and Rasa needs it
installed. The action server and the front door use spaCy only for a blank pipeline (the place
matcher) and read messages with scikit-learn models, so for them TensorFlow is ~350 MB of
memory per process and seconds of start-up for nothing (`make load` prints the memory of each
process). Call `keep_out()` first thing in those processes' entry points, never in a process that
runs Rasa's own models (the Rasa server, the test runner).
"""
from __future__ import annotations

import sys


def keep_out() -> None:
    """Make `import tensorflow` fail in this process (thinc then runs without it), unless it is loaded already."""
    if "tensorflow" not in sys.modules:
        sys.modules["tensorflow"] = None  # the import system raises ImportError for a None entry
