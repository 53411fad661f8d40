"""Masking of Social Security numbers and payment card numbers in what residents send.

Applied by the front door before a message reaches the assistant, the transcript or
any log: an identity-theft victim may well type their SSN or card number. The last
four digits are kept, as on a bank statement, so staff can still tell which it was.

People write these numbers every way a keyboard or a phone allows: dashes of every width,
dots, slashes, spaces (ordinary, non-breaking, thin), full-width digits, groups of 3-3-3, no
separators at all, and digits spelled out ("four one one one ..."). So a message is read as runs
of digits first (each digit or spelled digit with where it sits in the original text), and each
run is judged as a whole. The checks come from python-stdnum (maintained, pure Python): the
Social Security Administration's rules for an SSN (no area 000, 666 or 9xx, no group 00, no
serial 0000) and the Luhn check digit every payment card and IMEI carries.

Kept as they are: phone numbers (10 digits, or 7), dates, ZIP and ZIP+4 codes, plates, prices,
times, report references, and a phone's IMEI or a parcel's tracking number when the message
says that is what it is.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from stdnum import imei, luhn
from stdnum.us import ssn

SPELLED = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
           "seven": "7", "eight": "8", "nine": "9"}
# Between the digits of one number: spaces of any kind (the \s class covers non-breaking and thin
# spaces), dashes of every width, dots, slashes and underscores; at most three characters, so
# "06880 - 1234" is one run but two numbers in a sentence are not.
SEPARATOR = r"[\s\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d./_\u00b7]{1,3}"
TOKEN = re.compile(r"\d+|\b(?:" + "|".join(SPELLED) + r")\b", re.I)
SEPARATOR_ONLY = re.compile(rf"^{SEPARATOR}$")
# Said of the number in the same message: what it is when it is neither an SSN nor a card.
IMEI_CONTEXT = re.compile(r"\bimei\b", re.I)
TRACKING_CONTEXT = re.compile(r"\b(?:tracking|track(?:ing)? (?:no|num|number|#)|usps|fedex|ups|dhl)\b", re.I)
ZIP_CONTEXT = re.compile(r"\b(?:zip|zip ?code|postal|ct|conn|connecticut)\W*$", re.I)
# A nine-digit block labelled as another number ("account 987654321", "order # 123456789") is that number.
OTHER_LABEL = re.compile(r"\b(?:account|acct|routing|order|claim|policy|case|confirmation|conf|member|invoice|ticket|"
                         r"reference|ref|tracking|serial|model|vin|phone|cell|tel)\b\W*(?:no|number|num|nr|#)?\W*$", re.I)
SSN_SHAPES = {(3, 2, 4), (3, 3, 3)}
# How card numbers are printed when they are grouped (4-4-4-4, Amex 4-6-5, Diners 4-6-4, 19-digit 4-4-4-4-3).
CARD_GROUPS = {(4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 4, 5), (4, 4, 4, 3)}


@dataclass(frozen=True)
class Run:
    """Digits that belong together, with the span they take in the original text."""
    start: int
    end: int
    digits: str
    groups: tuple[int, ...]   # how many digits each written group holds ("123-45-6789": 3, 2, 4)
    spelled: bool             # the digits were written as words ("four one one one ...")
    spans: tuple[tuple[int, int], ...] = ()  # where each group sits in the text

    def part(self, first: int, last: int) -> Run:
        """Groups first..last-1 as a run of their own."""
        offset = sum(self.groups[:first])
        return Run(self.spans[first][0], self.spans[last - 1][1], self.digits[offset:offset + sum(self.groups[first:last])],
                   self.groups[first:last], self.spelled, self.spans[first:last])


def digit_runs(text: str) -> list[Run]:
    """Every run of digits (or spelled digits) joined only by separators, as written."""
    runs: list[Run] = []
    current: list[tuple[int, int, str, bool]] = []
    for match in TOKEN.finditer(text):
        word = match.group(0)
        spelled = word[0].isalpha()
        digits = SPELLED[word.lower()] if spelled else "".join(str(int(c)) for c in word)
        # words and figures do not mix in one number ("the one 123-45-6789" is one word and an SSN)
        if current and (not SEPARATOR_ONLY.match(text[current[-1][1]:match.start()]) or current[-1][3] != spelled):
            runs.append(_run(current))
            current = []
        current.append((match.start(), match.end(), digits, word[0].isalpha()))
    if current:
        runs.append(_run(current))
    return runs


def _run(tokens: list[tuple[int, int, str, bool]]) -> Run:
    return Run(tokens[0][0], tokens[-1][1], "".join(t[2] for t in tokens), tuple(len(t[2]) for t in tokens),
               tokens[0][3], tuple((t[0], t[1]) for t in tokens))


def masks_in(run: Run, text: str) -> list[tuple[int, int, str]]:
    """(start, end, mask) for the run as a whole, or else for each SSN- or card-shaped part of it
    ("123-45-6789 987-65-4321" is two SSNs). A spelled-out run is judged only whole: ten spelled
    digits are a phone number, not an SSN and a digit."""
    whole = mask_for(run, text)
    if whole:
        return [(run.start, run.end, whole)]
    if run.spelled or len(run.groups) < 3:
        return []
    found, first = [], 0
    while first < len(run.groups):
        for last in range(len(run.groups), first, -1):
            shape = run.groups[first:last]
            if shape in SSN_SHAPES or shape in CARD_GROUPS:
                part = run.part(first, last)
                mask = mask_for(part, text)
                if mask:
                    found.append((part.start, part.end, mask))
                    first = last
                    break
        else:
            first += 1
    return found


def mask_for(run: Run, text: str) -> str | None:
    """What the run becomes, or None when it is no SSN or card number."""
    digits, size = run.digits, len(run.digits)
    if size == 9 and _is_ssn(run, text):
        return f"[SSN ending {digits[-4:]}]"
    if 13 <= size <= 19 and luhn.is_valid(digits) and _grouped_as_card(run) and not _named_otherwise(run, text):
        return f"[card ending {digits[-4:]}]"
    return None


def _is_ssn(run: Run, text: str) -> bool:
    """Nine digits written as an SSN is (3-2-4, or 3-3-3), or as one block or spelled out when they
    are a possible SSN (not ZIP+4 "06880-1234", nor "ZIP 068801234")."""
    if run.groups in ((3, 2, 4), (3, 3, 3)):
        return True
    before = text[max(0, run.start - 40):run.start]
    if run.groups == (5, 4) or ZIP_CONTEXT.search(before) or OTHER_LABEL.search(before):
        return False
    if _inside_a_code(run, text):
        return False  # "serial WTU123456789", "VIN ...9A123456789": letters and digits of one code, not an SSN
    return ssn.is_valid(run.digits)


# Letters glued to nine digits make them part of a code; "ssn123456789" is still an SSN.
GLUED_LETTERS = re.compile(r"[^\W\d_]+$")


def _inside_a_code(run: Run, text: str) -> bool:
    if run.spelled:
        return False  # (a run grouped as an SSN never reaches here: "RR22-0451937" is a bike serial)
    glued = GLUED_LETTERS.search(text[max(0, run.start - 12):run.start])
    after = text[run.end:run.end + 1]
    if glued and glued.group(0).lower() in ("ssn", "ss", "soc", "social"):
        return False
    return bool(glued) or (after.isalpha())


def _grouped_as_card(run: Run) -> bool:
    """One block, spelled out, or printed in a card's groups (not an order number such as 112-3456789-1234567)."""
    return len(run.groups) == 1 or run.spelled or run.groups in CARD_GROUPS


def _named_otherwise(run: Run, text: str) -> bool:
    """A phone's IMEI (15 digits with the same check digit; only American Express cards have 15 digits, and
    they start 34 or 37) or a parcel's tracking number, when the message says so."""
    if len(run.digits) == 15 and not run.digits.startswith(("34", "37")) and imei.is_valid(run.digits) \
            and IMEI_CONTEXT.search(text):
        return True
    return bool(TRACKING_CONTEXT.search(text))


def mask_sensitive(text: str) -> str:
    """Replace SSNs and payment card numbers, keeping their last four digits."""
    if not text:
        return text
    text = unicodedata.normalize("NFC", text)
    pieces, last = [], 0
    for run in digit_runs(text):
        for start, end, mask in masks_in(run, text):
            pieces += [text[last:start], mask]
            last = end
    return "".join(pieces) + text[last:]
