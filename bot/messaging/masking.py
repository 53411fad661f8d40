"""Masking of Social Security numbers and payment card numbers in what residents send.

Applied by the front door before a message reaches the assistant, the transcript or
any log: an identity-theft victim may well type their SSN or card number. The last
four digits are kept, as on a bank statement, so staff can still tell which it was.
"""
from __future__ import annotations

import re

# 123-45-6789, 123 45 6789; a bare 9-digit number only when the message talks about an SSN.
SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
BARE_SSN = re.compile(r"(?<!\d)\d{5}(\d{4})(?!\d)")
SSN_CONTEXT = re.compile(r"\b(?:ssn|social|social security|ss#|ss #)\b", re.I)
# 13 to 19 digits, optionally grouped by spaces or dashes: the lengths of payment cards.
CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def luhn_valid(digits: str) -> bool:
    """The check digit every payment card carries (ISO/IEC 7812)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


# A phone's IMEI is 15 digits with the same check digit as a card; only American Express cards have 15
# digits, and they start 34 or 37. A resident asked for a lost phone's IMEI must be able to give it.
IMEI_CONTEXT = re.compile(r"\bimei\b", re.I)


def _mask_card(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if not luhn_valid(digits):
        return match.group(0)
    if len(digits) == 15 and not digits.startswith(("34", "37")) and IMEI_CONTEXT.search(match.string):
        return match.group(0)
    return f"[card ending {digits[-4:]}]"


def mask_sensitive(text: str) -> str:
    """Replace SSNs and payment card numbers, keeping their last four digits."""
    if not text:
        return text
    masked = CARD.sub(_mask_card, text)
    masked = SSN.sub(lambda m: f"[SSN ending {m.group(3)}]", masked)
    if SSN_CONTEXT.search(masked):
        masked = BARE_SSN.sub(lambda m: f"[SSN ending {m.group(1)}]", masked)
    return masked
