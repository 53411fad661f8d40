"""What the front door itself says: when the assistant cannot, and to the carrier keywords.

Department facts come from the profile; the emergency advice comes first whenever the
message itself reads as an emergency (bot.safety.detector works without the assistant).
"""
from __future__ import annotations

import logging

from bot.profile import profile
from bot.safety.detector import NOT_AN_EMERGENCY, EmergencyAssessment, assess

logger = logging.getLogger(__name__)


def emergency_advice(self_harm: bool) -> str:
    phones = profile().phones
    if self_harm:
        return (f"Please call {phones.emergency} now if you or someone else is in danger. You can also call or text "
                f"{phones.crisis_line} (Suicide and Crisis Lifeline) any time.")
    return f"This sounds like an emergency. Call {phones.emergency} now. This chat cannot send help."


def assistant_unavailable(message: str) -> list[str]:
    """The reply when the assistant is down or slow: 911 first, the officer line, and that nothing is lost."""
    dept = profile()
    finding = _screened(message)
    texts = [emergency_advice(finding.self_harm)] if finding.is_emergency else []
    texts.append(f"Sorry, the {dept.short_name} online report assistant is not available right now. In an emergency "
                 f"call {dept.phones.emergency}. To reach an officer call {dept.phones.non_emergency}. "
                 f"Your message has been kept for police staff.")
    return texts


def reads_as_emergency(message: str) -> bool:
    return _screened(message).is_emergency


def _screened(message: str) -> EmergencyAssessment:
    """The detector's verdict, or, if it cannot run (its trained model missing or unreadable), the
    reply without it: the fallback text below names 911 whatever the message says."""
    try:
        return assess(message)
    except Exception:  # noqa: BLE001 (this reply must go out whatever broke)
        logger.exception("emergency screening failed in the fallback reply")
        return NOT_AN_EMERGENCY


def sms_help() -> str:
    """The reply to HELP: what this number does and the words that steer it (never a carrier keyword)."""
    dept = profile()
    return (f"{dept.name} online reports by text: tell us what happened, where and when. Text "
            f"'quit report' to stop a report or 'start over' to begin again. Emergency: call {dept.phones.emergency}. "
            f"Non-emergency: {dept.phones.non_emergency}. Reply STOP to opt out of texts.")


def sms_welcome_back() -> str:
    """After START: a report that was under way when the resident texted STOP was ended (and kept
    for staff as cancelled), so say so instead of leaving them waiting for its next question."""
    dept = profile()
    return (f"Texts from the {dept.short_name} are on again. If you were making a report when you texted STOP, "
            f"it was stopped: tell us what happened to start a new one, or call {dept.phones.non_emergency}. "
            f"Emergency: call {dept.phones.emergency}.")


def too_many_messages() -> str:
    return (f"You are sending messages too quickly; please wait a minute and try again. "
            f"In an emergency call {profile().phones.emergency}.")
