"""The rule floor for steering words: the commands the assistant itself tells residents to type.

Whether a message asks for an officer, wants to quit, start over or asks a question is the
trained intent model's call (Rasa, data/nlu/navigation.yml): residents phrase those in endless
ways, and a pattern for "someone" or "officer" fired on stories ("looks like someone hit it",
"the officer at the station said to file online"). These rules only guarantee that the exact
words we advertise always work, so each matches a whole message, give or take politeness:
- by text message we advertise "quit report" and "start over", never CANCEL, STOP, END or QUIT
  alone: those are carrier opt-out keywords and Twilio would unsubscribe the resident;
- "officer" alone (the help text says: say "officer" to speak with a person).
"""
from __future__ import annotations

import re

from bot.text import prepare

CANCEL = "cancel"
START_OVER = "start_over"
OFFICER = "request_officer"

POLITE = r"(?:please |pls |ok |okay |i want to |i would like to |i need to |can i |can we |lets |let us |just )*"
AFTER = r"(?: please| pls| now| thanks| thank you)*"
FLOOR = {
    # What the help text advertises; "cancel" alone on the web chat (by SMS it never reaches us: opt-out).
    CANCEL: re.compile(rf"^{POLITE}(?:quit|cancel|stop|end|exit) (?:the |this |my )?report{AFTER}$|^{POLITE}cancel{AFTER}$"),
    START_OVER: re.compile(rf"^{POLITE}(?:start over|start again|restart|start a new report|begin again){AFTER}$"),
    OFFICER: re.compile(rf"^{POLITE}(?:speak to |talk to |get |send )?(?:an |a )?(?:officer|real person|human|person){AFTER}$"),
}


def command_in(text: str) -> str | None:
    """The advertised command this whole message is, if any: cancel, start_over or request_officer."""
    words = prepare(text)
    return next((name for name, pattern in FLOOR.items() if pattern.search(words)), None)


def is_cancel(text: str) -> bool:
    return command_in(text) == CANCEL


def is_restart(text: str) -> bool:
    return command_in(text) == START_OVER


def asks_for_officer(text: str) -> bool:
    return command_in(text) == OFFICER
