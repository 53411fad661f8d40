"""`make run`'s supervisor: a process that dies is restarted on its own, and while it is down the
front door answers every text with 911 and the non-emergency line; Ctrl-C leaves nothing behind."""
from __future__ import annotations

import os
import signal
import subprocess
import time
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

import pytest
import requests

from bot.records import schema
from bot.records.db import make_engine
from evaluation.servers import BIN, MODEL, QUIET_ENV, ROOT, free_port, wait_until_up
from tests.webhooks.conftest import signed

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not MODEL.exists(), reason="needs a trained model: make train")]
TOKEN = "supervision-token"


class Installation:
    """deploy/supervisord.conf as `make run` uses it, on its own ports, database and var directory."""

    def __init__(self, var_dir):
        self.var_dir = var_dir
        self.ports = {name: free_port() for name in ("RASA_PORT", "ACTION_PORT", "FRONT_DOOR_PORT")}
        self.front_door = f"http://127.0.0.1:{self.ports['FRONT_DOOR_PORT']}"
        self.config = var_dir / "supervisord.conf"
        self.config.write_text((ROOT / "deploy" / "supervisord.conf").read_text()
                               .replace("%(here)s/../var", str(var_dir)).replace("%(here)s/..", str(ROOT)))
        endpoints = var_dir / "endpoints.yml"
        endpoints.write_text((ROOT / "endpoints.yml").read_text()
                             .replace("127.0.0.1:5055", f"127.0.0.1:{self.ports['ACTION_PORT']}"))
        database_url = f"sqlite:///{var_dir / 'intake.db'}"
        schema.upgrade(make_engine(database_url))
        self.env = {**os.environ, **QUIET_ENV, **{k: str(v) for k, v in self.ports.items()},
                    "INTAKE_VAR_DIR": str(var_dir), "DATABASE_URL": database_url, "RASA_ENDPOINTS": str(endpoints),
                    "ASSISTANT_URL": f"http://127.0.0.1:{self.ports['RASA_PORT']}",
                    "ACTIONS_URL": f"http://127.0.0.1:{self.ports['ACTION_PORT']}",
                    "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": self.front_door}
        self.sequence = 0

    def start(self) -> subprocess.Popen:
        self.supervisor = subprocess.Popen([str(BIN / "supervisord"), "-c", str(self.config)], cwd=ROOT, env=self.env,
                                           stdout=open(self.var_dir / "supervisord.out", "w"),
                                           stderr=subprocess.STDOUT, start_new_session=True)
        return self.supervisor

    def pid(self, program: str) -> int:
        out = subprocess.run([str(BIN / "supervisorctl"), "-c", str(self.config), "pid", program],
                             capture_output=True, text=True, env=self.env).stdout.strip()
        return int(out)

    def text(self, body: str) -> list[str]:
        self.sequence += 1
        params = {"MessageSid": f"SMsup{self.sequence:04d}", "From": "+12035550188", "To": "+12035550100", "Body": body}
        response = requests.post(f"{self.front_door}/sms/inbound", data=urlencode(params), timeout=20,
                                 headers={**signed("/sms/inbound", params, TOKEN, f"{self.front_door}/sms/inbound"),
                                          "Content-Type": "application/x-www-form-urlencoded"})
        assert response.status_code == 200
        return [m.text or "" for m in ET.fromstring(response.text).iter("Message")]

    def wait_for_restart(self, program: str, old_pid: int, seconds: float = 30) -> None:
        """Until supervisord runs the program again under a new pid."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.pid(program) not in (0, old_pid):
                    return
            except ValueError:
                pass  # "ERROR (not running)" while it restarts
            time.sleep(0.25)
        raise TimeoutError(f"{program} was not restarted")

    def wait_for(self, url: str, seconds: float = 180) -> None:
        """Until the URL answers; fails at once if supervisord itself died (see var_dir/supervisord.out)."""
        wait_until_up(url, time.monotonic() + seconds, [self.supervisor])


def unavailable(texts: list[str]) -> bool:
    joined = " ".join(texts)
    return "not available right now" in joined and "911" in joined and "(203) 341-6000" in joined


def test_each_process_is_restarted_on_its_own_and_residents_are_answered_meanwhile(tmp_path):
    site = Installation(tmp_path)
    supervisor = site.start()
    try:
        site.wait_for(f"{site.env['ACTIONS_URL']}/health")
        site.wait_for(f"{site.env['ASSISTANT_URL']}/")
        site.wait_for(f"{site.front_door}/chat")
        assert not unavailable(site.text("someone smashed my car window last night and took my bag"))

        os.kill(site.pid("actions"), signal.SIGKILL)
        assert unavailable(site.text("it was on Bayberry Lane"))  # answered while it is down
        site.wait_for(f"{site.env['ACTIONS_URL']}/health", seconds=90)

        os.kill(site.pid("rasa"), signal.SIGKILL)
        assert unavailable(site.text("there is a man with a knife at my door right now"))
        site.wait_for(f"{site.env['ASSISTANT_URL']}/", seconds=180)

        killed = site.pid("web")
        os.kill(killed, signal.SIGKILL)
        site.wait_for_restart("web", killed)
        site.wait_for(f"{site.front_door}/chat", seconds=30)
        assert not unavailable(site.text("Bayberry Lane, by the school"))  # the conversation goes on
    finally:
        pids = [site.pid(name) for name in ("rasa", "actions", "web")]
        supervisor.send_signal(signal.SIGINT)  # Ctrl-C
        supervisor.wait(timeout=60)
    time.sleep(1)
    assert [pid for pid in pids if _alive(pid)] == []  # nothing left to block the next start


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
