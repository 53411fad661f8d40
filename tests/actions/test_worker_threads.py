"""An action waiting on the database must not stop the action server from serving anything else."""
from __future__ import annotations

import asyncio
import threading
from contextlib import contextmanager

import actions.navigation
from actions.navigation import ActionCancelIntake
from tests.actions.conftest import make_tracker


def test_an_action_held_by_the_database_leaves_the_server_free(monkeypatch):
    release = threading.Event()
    waiting = threading.Event()

    @contextmanager
    def held_transaction():  # a statement stuck behind someone else's lock
        waiting.set()
        assert release.wait(10), "the event loop never got to release the lock"
        raise RuntimeError("lock released; nothing to store in this test")
        yield  # pragma: no cover

    monkeypatch.setattr(actions.navigation, "transaction", held_transaction)

    async def serve() -> bool:
        held = asyncio.ensure_future(ActionCancelIntake().run(
            None, make_tracker("quit report", intent="cancel", slots={"incident_type": "theft"}), {}))
        while not waiting.is_set():
            await asyncio.sleep(0.01)
        # The loop still runs other work (another resident's turn, the health check) while the action waits.
        served_meanwhile = await asyncio.wait_for(asyncio.sleep(0, result=True), timeout=1)
        release.set()
        try:
            await held
        except RuntimeError:
            pass
        return served_meanwhile

    assert asyncio.run(serve())
