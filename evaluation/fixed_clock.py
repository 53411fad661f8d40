"""Run the action server with the department's clock starting at a fixed local time.

Evaluation sets are written with relative times ("this morning", "last night around 11"). Played
at 4 AM, "this morning at 7" has not happened yet and the answer key's day is off by one, so the
figures would depend on when someone typed `make eval`. The evaluation therefore starts the
action server through this module: the clock starts at EVAL_CLOCK (local, ISO) and runs on from
there in real time. Production code is untouched; this only replaces `datetime` inside
`bot.intake.when`, whose `local_now()` every reader of the clock calls.

    python -m evaluation.fixed_clock --actions actions --port 5055   (with EVAL_CLOCK set)
"""
from __future__ import annotations

import os
import runpy
import sys
import time
from datetime import datetime, timedelta

import bot.intake.when as when


def install(start_local: datetime) -> None:
    started = time.monotonic()

    class EvaluationClock(datetime):
        @classmethod
        def now(cls, tz=None):
            moment = start_local.replace(tzinfo=tz) if tz else start_local
            return moment + timedelta(seconds=time.monotonic() - started)

    when.datetime = EvaluationClock


def evaluation_start(today: datetime) -> datetime:
    """Today's local date at 2 PM: 'this morning' and 'last night' have both passed."""
    return today.replace(hour=14, minute=0, second=0, microsecond=0, tzinfo=None)


if __name__ == "__main__":
    install(datetime.fromisoformat(os.environ["EVAL_CLOCK"]))
    sys.argv = ["rasa_sdk", *sys.argv[1:]]
    runpy.run_module("rasa_sdk", run_name="__main__", alter_sys=True)
