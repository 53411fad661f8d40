"""Start the Rasa server and the action server on loopback, on their own database and ports.

Used by `make eval`, `make bench` and the end-to-end tests, so that they never touch
the database or ports of a `make run` that may be going on beside them.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from bot.records import schema
from bot.records.db import make_engine

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MODEL = ROOT / "models" / "intake.tar.gz"
QUIET_ENV = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "SQLALCHEMY_SILENCE_UBER_WARNING": "1"}


@dataclass(frozen=True)
class RunningAssistant:
    rest_url: str
    actions_url: str
    database_url: str
    var_dir: Path
    ready_seconds: float
    rasa_pid: int
    clock: datetime | None = None   # where the action server's clock started, if it was fixed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, deadline: float, processes: list[subprocess.Popen]) -> None:
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            raise RuntimeError("a server exited during start-up; see its log in the run's var directory")
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.25)
    raise TimeoutError(f"{url} did not answer in time")


def stop(processes: list[subprocess.Popen], seconds: float = 20) -> None:
    """SIGTERM to each process group still running, SIGKILL to any still there after `seconds`
    (a SIGKILLed group is gone already: ProcessLookupError is no failure)."""
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@contextmanager
def running_assistant(var_dir: Path, model: Path = MODEL, timeout: float = 180,
                      clock: datetime | None = None) -> Iterator[RunningAssistant]:
    """Both servers, bound to 127.0.0.1 on free ports, writing to SQLite in var_dir.

    With `clock` (a local time) the action server's clock starts there (evaluation.fixed_clock)."""
    if not model.exists():
        raise FileNotFoundError(f"{model} is missing: run `make train` first")
    var_dir.mkdir(parents=True, exist_ok=True)
    rasa_port, action_port = free_port(), free_port()
    endpoints = var_dir / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace("127.0.0.1:5055", f"127.0.0.1:{action_port}"))
    database_url = f"sqlite:///{var_dir / 'intake.db'}"
    schema.upgrade(make_engine(database_url))  # as `make run` does with `intake db upgrade`
    env = {**os.environ, **QUIET_ENV, "INTAKE_VAR_DIR": str(var_dir), "DATABASE_URL": database_url,
           "SANIC_HOST": "127.0.0.1", **({"EVAL_CLOCK": clock.isoformat()} if clock else {})}
    clocked = [str(BIN / "python"), "-m", "evaluation.fixed_clock"] if clock else None
    started = time.monotonic()
    with open(var_dir / "actions.log", "w") as actions_log, open(var_dir / "rasa.log", "w") as rasa_log:
        actions = subprocess.Popen([*(clocked or [str(BIN / "python"), "-m"]), "actions.server", "--actions", "actions",
                                    "--port", str(action_port)],
                                   cwd=ROOT, env=env, stdout=actions_log, stderr=subprocess.STDOUT, start_new_session=True)
        rasa = subprocess.Popen([*(clocked + ["rasa"] if clocked else [str(BIN / "rasa")]), "run", "--model", str(model),
                                 "--interface", "127.0.0.1",
                                 "--port", str(rasa_port), "--endpoints", str(endpoints), "--credentials",
                                 str(ROOT / "credentials.yml")],
                                cwd=ROOT, env=env, stdout=rasa_log, stderr=subprocess.STDOUT, start_new_session=True)
        processes = [actions, rasa]
        try:
            deadline = time.monotonic() + timeout
            wait_until_up(f"http://127.0.0.1:{action_port}/health", deadline, processes)
            wait_until_up(f"http://127.0.0.1:{rasa_port}/", deadline, processes)
            yield RunningAssistant(f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook",
                                   f"http://127.0.0.1:{action_port}", database_url, var_dir,
                                   time.monotonic() - started, rasa.pid, clock)
        finally:
            stop(processes)
