"""Run the assistant's servers with the department's clock starting at a fixed local time.

Evaluation sets are written with relative times ("this morning", "last night around 11"). Played
at 4 AM, "this morning at 7" has not happened yet and the answer key's day is off by one, so the
figures would depend on when someone typed `make eval`. The evaluation therefore starts both
servers (the action server, and Rasa, which reads each message once) through this module: the clock starts at EVAL_CLOCK (local, ISO) and runs on from
there in real time. Production code is untouched; this only replaces `datetime` inside
`bot.intake.when`, whose `local_now()` every reader of the clock calls.

    python -m evaluation.fixed_clock actions.server --actions actions --port 5055   (with EVAL_CLOCK set)
    python -m evaluation.fixed_clock rasa run --model ...
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
    # python -m evaluation.fixed_clock actions.server --actions actions ... | python -m evaluation.fixed_clock rasa run ...
    # Both servers read the clock: the action server for answers, Rasa for the one reading of each message.
    install(datetime.fromisoformat(os.environ["EVAL_CLOCK"]))
    module, *arguments = sys.argv[1:]
    sys.argv = [module, *arguments]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
