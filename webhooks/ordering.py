"""One turn at a time per conversation, in the order the messages arrived.

Two texts sent together reach the front door on two threads; without this they race to the
assistant and may be read in the wrong order (or both against the same question). Each waits
its turn, first come first served, for no longer than the reply deadline allows: a message that
cannot get its turn in time gets the front door's own reply and is kept for staff. Within one
front-door process; several processes rely on Rasa's lock store to keep one turn at a time.
"""
from __future__ import annotations

import threading
from collections import deque
from contextlib import contextmanager
from typing import Iterator


class Ticket:
    """A message's place in its conversation's queue."""

    def __init__(self) -> None:
        self._called = threading.Event()

    def wait(self, timeout: float) -> bool:
        """True once it is this message's turn; False if `timeout` seconds passed first (it keeps
        its place, so waiting again goes on from where it was)."""
        return self._called.wait(max(timeout, 0.0))

    def call(self) -> None:
        self._called.set()


class ConversationTurns:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: dict[str, deque[Ticket]] = {}

    @contextmanager
    def queue(self, conversation_id: str) -> Iterator[Ticket]:
        """A place in the conversation's queue, given up on leaving (whether or not its turn came)."""
        ticket = Ticket()
        with self._lock:
            queue = self._waiting.setdefault(conversation_id, deque())
            queue.append(ticket)
            if queue[0] is ticket:
                ticket.call()
        try:
            yield ticket
        finally:
            with self._lock:
                head = queue[0] is ticket
                queue.remove(ticket)
                if not queue:
                    del self._waiting[conversation_id]
                elif head:
                    queue[0].call()
