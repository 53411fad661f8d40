"""`make load`: many residents texting at once, on the production layout, with figures printed (never asserted).

The layout is the one the README describes for a department: PostgreSQL, Rasa's Redis lock store,
one action server, N Rasa servers behind the front door (each conversation routed to one server by
a hash of its id) and gunicorn with several worker processes. Each simulated resident texts the
full filing conversation through /sms/inbound, signed as Twilio signs, waiting for each reply as a
person would. Printed per run: reply latency (p50/p95/p99/max), turns per second, replies over
12 s, replies that were the front door's own fallback, drafts filed (each resident must file
exactly one) and inbound messages stored; and the memory of a single-server installation.

Targets (issue 9): with 2 Rasa servers, 50 residents at p99 under 5 s and at least 1.6 times the
turns per second of one server; 100 residents with no reply over 12 s; one installation at most 1.5 GB.

    python -m evaluation.load [--residents 50 100] [--servers 1 2]
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Iterator

import redis
import requests
from sqlalchemy import create_engine, func, select, text
from twilio.request_validator import RequestValidator

from bot.records import schema
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import InboundMessage, IntakeOutcome
from evaluation.bench import CONVERSATION, rss_megabytes
from evaluation.servers import BIN, QUIET_ENV, ROOT, free_port, stop, wait_until_up

TOKEN = "load-token"
POSTGRES_ADMIN = os.environ.get("LOAD_POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE = "intake_load"
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/7")
FRONT_DOOR_WORKERS, FRONT_DOOR_THREADS = 2, 64
SLOW_REPLY = 12.0  # seconds: past this Twilio's 15 s is at risk
FALLBACK = "kept for police staff"
MESSAGE = re.compile(r"<Message[^>]*>(.*?)</Message>", re.S)


@dataclass
class Stack:
    public_url: str
    database_url: str
    pids: list[int]
    names: list[str]
    rasa_urls: list[str]


@dataclass
class Run:
    servers: int
    residents: int
    latencies: list[float] = field(default_factory=list)
    fallbacks: int = 0
    errors: int = 0
    seconds: float = 0.0
    filed_once: int = 0
    filed_twice: int = 0
    stored: int = 0
    sent: int = 0

    @property
    def turns_per_second(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, p: int) -> float:
        return statistics.quantiles(self.latencies, n=100)[p - 1] if len(self.latencies) > 1 else float("nan")


def fresh_database() -> str:
    admin = create_engine(POSTGRES_ADMIN, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {DATABASE}"))
    admin.dispose()
    url = POSTGRES_ADMIN.rsplit("/", 1)[0] + f"/{DATABASE}"
    schema.upgrade(make_engine(url))
    return url


def endpoints_file(folder: Path, action_port: int, redis_url: str) -> Path:
    """deploy/endpoints.production.yml with this run's action server and Redis database."""
    parsed = redis.connection.parse_url(redis_url)
    production = (ROOT / "deploy" / "endpoints.production.yml").read_text()
    production = production.replace("127.0.0.1:5055", f"127.0.0.1:{action_port}")
    production = re.sub(r"(?m)^(\s+db:) \d+", rf"\1 {parsed.get('db', 1)}", production)
    path = folder / "endpoints.yml"
    path.write_text(production)
    return path


@contextmanager
def production_stack(folder: Path, servers: int, database_url: str, redis_url: str = REDIS_URL,
                     front_door_workers: int = FRONT_DOOR_WORKERS) -> Iterator[Stack]:
    """One action server, `servers` Rasa servers and gunicorn, all on loopback, on the given PostgreSQL
    database (already migrated) and Redis database (emptied first) for the lock store and rate limits."""
    redis.Redis.from_url(redis_url).flushdb()
    action_port, rasa_ports, web_port = free_port(), [free_port() for _ in range(servers)], free_port()
    public = f"http://127.0.0.1:{web_port}"
    env = {**os.environ, **QUIET_ENV, "DATABASE_URL": database_url, "INTAKE_VAR_DIR": str(folder / "var"),
           "SANIC_HOST": "127.0.0.1", "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": public,
           "FRONT_DOOR_PORT": str(web_port), "FRONT_DOOR_WORKERS": str(front_door_workers),
           "FRONT_DOOR_THREADS": str(FRONT_DOOR_THREADS), "RATE_LIMIT_STORAGE": redis_url,
           "ASSISTANT_URL": ",".join(f"http://127.0.0.1:{port}" for port in rasa_ports),
           "ACTIONS_URL": f"http://127.0.0.1:{action_port}", "TICKET_LOCK_LIFETIME": "20"}
    endpoints = endpoints_file(folder, action_port, redis_url)
    commands = [[str(BIN / "python"), "-m", "actions.server", "--actions", "actions", "--port", str(action_port)]]
    commands += [[str(BIN / "rasa"), "run", "--model", str(ROOT / "models" / "intake.tar.gz"), "--interface", "127.0.0.1",
                  "--port", str(port), "--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml")]
                 for port in rasa_ports]
    commands.append([str(BIN / "gunicorn"), "--config", "python:webhooks.gunicorn_conf", "webhooks:create_app()"])
    processes = []
    try:
        for number, command in enumerate(commands):
            log = open(folder / f"process-{number}.log", "w")
            processes.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                              start_new_session=True))
        deadline = time.monotonic() + 300
        wait_until_up(f"http://127.0.0.1:{action_port}/health", deadline, processes)
        for port in rasa_ports:
            wait_until_up(f"http://127.0.0.1:{port}/", deadline, processes)
        wait_until_up(f"{public}/status", deadline, processes)
        names = ["actions", *(f"rasa:{port}" for port in rasa_ports), "front door"]
        yield Stack(public, database_url, [p.pid for p in processes], names,
                    [f"http://127.0.0.1:{port}" for port in rasa_ports])
    finally:
        stop(processes, seconds=30)


def resident(stack: Stack, phone: str, run: Run, lock: threading.Lock, start: threading.Event) -> None:
    """One resident texting the filing conversation, each text after the reply to the one before."""
    validator, http = RequestValidator(TOKEN), requests.Session()
    start.wait()
    for turn, body in enumerate(CONVERSATION):
        params = {"MessageSid": f"SMload{phone[-6:]}{turn:02d}{run.servers}", "From": phone, "Body": body,
                  "To": "+12033416000"}
        headers = {"X-Twilio-Signature": validator.compute_signature(f"{stack.public_url}/sms/inbound", params)}
        began = time.perf_counter()
        try:
            response = http.post(f"{stack.public_url}/sms/inbound", data=params, headers=headers, timeout=30)
            replies = [unescape(m) for m in MESSAGE.findall(response.text)]
            failed = response.status_code != 200 or not replies
        except requests.RequestException:
            replies, failed = [], True
        elapsed = time.perf_counter() - began
        with lock:
            run.latencies.append(elapsed)
            run.sent += 1
            run.errors += failed
            run.fallbacks += any(FALLBACK in reply for reply in replies)


def play(stack: Stack, servers: int, residents: int, first_phone: int) -> Run:
    run, lock, start = Run(servers, residents), threading.Lock(), threading.Event()
    phones = [f"+1203{first_phone + n:07d}" for n in range(residents)]
    threads = [threading.Thread(target=resident, args=(stack, phone, run, lock, start)) for phone in phones]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    start.set()
    for thread in threads:
        thread.join()
    run.seconds = time.perf_counter() - began
    sessions = make_sessionmaker(make_engine(stack.database_url))
    with sessions() as session:
        conversations = [f"sms:{phone}" for phone in phones]
        filed = dict(session.execute(
            select(IntakeOutcome.conversation_id, func.count()).where(
                IntakeOutcome.outcome == "filed", IntakeOutcome.conversation_id.in_(conversations))
            .group_by(IntakeOutcome.conversation_id)).all())
        run.filed_once = sum(1 for c in conversations if filed.get(c) == 1)
        run.filed_twice = sum(1 for c in conversations if filed.get(c, 0) > 1)
        run.stored = session.scalar(select(func.count()).select_from(InboundMessage)
                                    .where(InboundMessage.conversation_id.in_(conversations)))
    return run


def _family(pid: int) -> list[int]:
    """The process and its children (gunicorn's workers)."""
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [p for p in [pid, *map(int, children)] if Path(f"/proc/{p}").exists()]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of the process and its children so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for member in _family(pid):
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def front_door_with_one_worker(master: int) -> float:
    """gunicorn's master and its first worker: the front door as `make run` and the systemd unit start it."""
    return sum(rss_megabytes(pid) for pid in _family(master)[:2])


def memory_of(pids: list[int]) -> float:
    """Resident memory of the processes and their children (gunicorn's workers), in MB."""
    return sum(rss_megabytes(member) for pid in pids for member in _family(pid))


def report(run: Run) -> None:
    slow = sum(1 for t in run.latencies if t > SLOW_REPLY)
    print(f"  {run.servers} Rasa server(s), {run.residents:3d} residents: {len(run.latencies)} texts in {run.seconds:5.1f} s "
          f"= {run.turns_per_second:5.1f} turns/s; reply p50 {statistics.median(run.latencies):.2f} s, "
          f"p95 {run.percentile(95):.2f} s, p99 {run.percentile(99):.2f} s, max {max(run.latencies):.2f} s; "
          f"over {SLOW_REPLY:.0f} s: {slow}; fallback replies: {run.fallbacks}; errors: {run.errors}; "
          f"filed once: {run.filed_once}/{run.residents}, twice or more: {run.filed_twice}; "
          f"stored {run.stored}/{run.sent} texts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--servers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--residents", type=int, nargs="+", default=[50, 100])
    args = parser.parse_args(argv)
    if not (ROOT / "models" / "intake.tar.gz").exists():
        print("models/intake.tar.gz is missing: run `make train` first", file=sys.stderr)
        return 1
    runs: dict[tuple[int, int], Run] = {}
    phone = 5550000
    for servers in args.servers:
        with tempfile.TemporaryDirectory(prefix="intake-load-") as tmp, \
                production_stack(Path(tmp), servers, fresh_database()) as stack:
            print(f"{servers} Rasa server(s) ready: {len(stack.pids)} processes")
            if servers == 1:
                print(f"  memory of one single-server installation at rest, with one front-door worker as by default: "
                      f"{memory_of(stack.pids[:-1]) + front_door_with_one_worker(stack.pids[-1]):.0f} MB "
                      "(target: at most 1,500 MB)")
            if servers == 1:
                print("  by process: " + ", ".join(f"{name} {memory_of([pid]):.0f} MB"
                                                   for name, pid in zip(stack.names, stack.pids)))
            for residents in args.residents:
                before = [cpu_seconds(pid) for pid in stack.pids]
                runs[servers, residents] = run = play(stack, servers, residents, phone)
                phone += residents
                report(run)
                used = [cpu_seconds(pid) - was for pid, was in zip(stack.pids, before)]
                print("    CPU seconds: " + ", ".join(f"{name} {seconds:.1f}" for name, seconds in zip(stack.names, used)))
            if servers == 1:
                print(f"  memory after the load: {memory_of(stack.pids):.0f} MB")
    for residents in args.residents:
        if (1, residents) in runs and (2, residents) in runs:
            gain = runs[2, residents].turns_per_second / runs[1, residents].turns_per_second
            print(f"{residents} residents: 2 servers give {gain:.2f} times the turns per second of one (target: 1.6)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
