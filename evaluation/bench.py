"""`make bench`: the speed and size figures the project targets, measured and printed (never asserted).

- training time of the Rasa model (into a temporary folder, so models/ is untouched)
- time from starting the servers until both answer
- REST turn latency (p50/p95) over a scripted conversation, serial
- the same conversation through the front door's /sms/inbound (signed as Twilio signs), for comparison
- resident memory of the Rasa server once loaded
- the staff portal: opening a draft, approving one with its PDF and email (evaluation/bench_staff.py)
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from twilio.request_validator import RequestValidator

from evaluation.bench_staff import DRAFTS, staff_figures
from evaluation.resident import send
from evaluation.servers import BIN, QUIET_ENV, ROOT, free_port, running_assistant

BENCH_TOKEN = "bench-token"

CONVERSATION = [
    "someone dented my car door in the saugatuck station lot yesterday afternoon",
    "no",
    "white toyota rav4, plate CT 2KD 118",
    "Ari Stone, ari.stone@example.com, 203-555-0190",
    "yes",
]
ROUNDS = 20


def train(out: Path) -> float:
    """A cold training run: Rasa's training cache points at an empty folder, so nothing is reused."""
    env = {**QUIET_ENV, "PATH": str(BIN) + ":/usr/bin:/bin", "RASA_CACHE_DIRECTORY": str(out / "cache")}
    started = time.monotonic()
    subprocess.run([str(BIN / "rasa"), "train", "--fixed-model-name", "bench", "--out", str(out), "--quiet"],
                   cwd=ROOT, check=True, capture_output=True, env=env)
    return time.monotonic() - started


def sms_latencies(assistant, tmp_path: Path) -> list[float]:
    """The conversation as texts through the front door, served by gunicorn as in `make run`."""
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    env = {**os.environ, **QUIET_ENV, "DATABASE_URL": assistant.database_url, "FRONT_DOOR_PORT": str(port),
           "PUBLIC_BASE_URL": public, "TWILIO_AUTH_TOKEN": BENCH_TOKEN, "INTAKE_VAR_DIR": str(tmp_path / "var"),
           "ASSISTANT_URL": assistant.rest_url.removesuffix("/webhooks/rest/webhook"), "ACTIONS_URL": assistant.actions_url}
    server = subprocess.Popen([str(BIN / "gunicorn"), "--config", "python:webhooks.gunicorn_conf", "webhooks:create_app()"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(f"{public}/chat")
        validator, latencies = RequestValidator(BENCH_TOKEN), []
        for round_number in range(ROUNDS):
            for turn, text in enumerate(CONVERSATION):
                params = {"MessageSid": f"SMbench{round_number}x{turn}", "From": f"+1203555{round_number:04d}", "Body": text}
                headers = {"X-Twilio-Signature": validator.compute_signature(f"{public}/sms/inbound", params)}
                started = time.perf_counter()
                requests.post(f"{public}/sms/inbound", data=params, headers=headers, timeout=30).raise_for_status()
                latencies.append(time.perf_counter() - started)
        return latencies
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.25)
    raise TimeoutError(url)


def rss_megabytes(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as tmp:
        tmp_path = Path(tmp)
        seconds = train(tmp_path / "models")
        print(f"training:            {seconds:6.1f} s   (target: at most 300 s)")
        with running_assistant(tmp_path / "var", model=tmp_path / "models" / "bench.tar.gz") as assistant:
            print(f"servers ready after: {assistant.ready_seconds:6.1f} s   (target: at most 40 s)")
            latencies = []
            for round_number in range(ROUNDS):
                for text in CONVERSATION:
                    latencies.append(send(assistant.rest_url, f"bench-{round_number}", text)[1])
            p50 = statistics.median(latencies) * 1000
            p95 = statistics.quantiles(latencies, n=20)[18] * 1000
            print(f"REST turn latency:   p50 {p50:.0f} ms, p95 {p95:.0f} ms over {len(latencies)} turns")
            sms = sms_latencies(assistant, tmp_path)
            print(f"/sms/inbound turn:   p50 {statistics.median(sms) * 1000:.0f} ms, "
                  f"p95 {statistics.quantiles(sms, n=20)[18] * 1000:.0f} ms over {len(sms)} turns (front door + assistant)")
            print(f"Rasa server RSS:     {rss_megabytes(assistant.rasa_pid):6.0f} MB")
        for step, (p50, p95) in staff_figures(tmp_path).items():
            print(f"staff portal, {step}: p50 {p50:.0f} ms, p95 {p95:.0f} ms over {DRAFTS} drafts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
