"""`make bench`: the speed and size figures the project targets, measured and printed (never asserted).

- training time of the Rasa model (into a temporary folder, so models/ is untouched)
- time from starting the servers until both answer
- REST turn latency (p50/p95) over a scripted conversation, serial
- resident memory of the Rasa server once loaded
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evaluation.resident import send
from evaluation.servers import BIN, QUIET_ENV, ROOT, running_assistant

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
            print(f"Rasa server RSS:     {rss_megabytes(assistant.rasa_pid):6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
