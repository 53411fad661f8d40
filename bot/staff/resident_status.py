"""What a resident sees when they check on their report: reference number plus the email or
phone they gave. A wrong pair and an unknown reference get the same answer, so the page
cannot be used to find out whether a reference exists or whose it is.
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.records import conversations
from bot.contacts import find_email, find_phone
from bot.records.models import APPROVED, FILED, NEEDS_INFO, REJECTED, IntakeOutcome
from bot.profile import profile

# Residents type references in any case, with or without the dashes.
_REFERENCE_CHARS = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class ReportStatus:
    state: str            # pending, needs_info, approved, referred
    headline: str
    explanation: str
    case_number: str | None = None


def normalise_reference(text: str) -> str:
    body = "".join(ch for ch in text.upper() if ch.isalnum())
    prefix = profile().reference_prefix.upper()
    body = body.removeprefix(prefix).translate(_REFERENCE_CHARS)
    return f"{prefix}-{body[:4]}-{body[4:]}" if len(body) == 8 else ""


def look_up(session: Session, reference: str, contact: str) -> ReportStatus | None:
    """The report's status, or None when the reference and contact do not belong together."""
    reference = normalise_reference(reference or "")
    typed = _typed_contacts(contact or "")  # parsed first: the answer takes as long whether or not it exists
    if not reference or not typed:
        return None
    outcome = session.execute(select(IntakeOutcome).where(IntakeOutcome.reference == reference,
                                                          IntakeOutcome.outcome == FILED)).scalar_one_or_none()
    if outcome is None or not _contact_matches(outcome, typed):
        return None
    return describe(outcome)


def _typed_contacts(contact: str) -> list[str]:
    email, phone = find_email(contact), find_phone(contact)
    return [value for value in (email and email.lower(), phone) if value]


def _contact_matches(outcome: IntakeOutcome, typed: list[str]) -> bool:
    given = [value for value in (outcome.reporter_email, outcome.reporter_phone,
                                 conversations.phone(outcome.conversation_id)) if value]
    return any(hmac.compare_digest(t.encode(), (g.lower() if "@" in g else g).encode()) for t in typed for g in given)


def describe(outcome: IntakeOutcome) -> ReportStatus:
    dept = profile()
    if outcome.review_status == APPROVED:
        return ReportStatus("approved", "Approved",
                            f"Your report was approved and given case number {outcome.case_number}. "
                            "A copy was sent to your email address.", outcome.case_number)
    if outcome.review_status == NEEDS_INFO:
        return ReportStatus("needs_info", "More information needed",
                            f"Staff need more information: {outcome.decision_note} "
                            f"Please call {dept.phones.non_emergency} and quote your reference.")
    if outcome.review_status == REJECTED:
        return ReportStatus("referred", "Referred to an officer",
                            "Your report could not be accepted online, so an officer has been assigned and "
                            f"will contact you. Non-emergency line: {dept.phones.non_emergency}.")
    return ReportStatus("pending", "Waiting for review",
                        "Police staff have not reviewed your report yet. If it is approved you will receive "
                        "a copy by email with a case number.")
