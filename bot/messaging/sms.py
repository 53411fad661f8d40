"""Text messages: the assistant's replies written for a phone, and the carrier keywords.

A reply is plain GSM-7 where possible (one curly quote or emoji switches a whole text
to UCS-2 and halves its length), each text at most 320 characters (Twilio's advice),
and choices become "Reply YES or NO" or numbered options, never button payloads.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_SMS = 320
GSM7_BASIC = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
              "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = "^{}\\[~]|€"
GSM7 = set(GSM7_BASIC) | set(GSM7_EXTENSION)
PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                       "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...", "\u00a0": " ", "\u2022": "-",
                       "\u00b7": "-", "\t": " "})

# Keywords carriers and Twilio act on (Twilio's default opt-out handling, with the OPTOUT and REVOKE
# that carriers added); they still reach us. The assistant never advertises any of them as a
# command: "quit report" and "start over" steer a report (bot/intake/commands.py).
OPT_OUT = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
OPT_IN = {"START", "UNSTOP"}
HELP = {"HELP", "INFO"}
YES_NO = {"yes", "no"}


def keyword(text: str) -> str | None:
    """"opt_out", "opt_in" or "help" when the whole message is one of the carrier keywords."""
    word = re.sub(r"[^A-Za-z]", "", text or "").upper()
    if word in OPT_OUT:
        return "opt_out"
    if word in OPT_IN:
        return "opt_in"
    if word in HELP:
        return "help"
    return None


# Letters that are not an accent on a base letter, so NFKD leaves them whole: "Stanisław" is texted "Stanislaw",
# not "Stanisaw".
NO_DECOMPOSITION = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i", "œ": "oe", "Œ": "OE",
                    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T"}


def to_gsm7(text: str) -> str:
    """Plain GSM-7 text: typographic punctuation to ASCII, accents dropped where GSM-7 lacks them."""
    plain = (text or "").translate(PLAIN)
    out = []
    for char in plain:
        if char in GSM7:
            out.append(char)
            continue
        base = NO_DECOMPOSITION.get(char) or unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        out.append(base if base and all(c in GSM7 for c in base) else "")
    return re.sub(r"[ ]{2,}", " ", "".join(out))


def is_gsm7(text: str) -> bool:
    return all(char in GSM7 for char in text)


def split_for_sms(text: str, limit: int = MAX_SMS) -> list[str]:
    """Split at line ends, then sentence ends, then spaces, so each piece fits in `limit` characters."""
    pieces: list[str] = []
    current = ""
    for line in (text or "").strip().split("\n"):
        for part in _fit(line.strip(), limit):
            candidate = f"{current}\n{part}" if current else part
            if len(candidate) <= limit:
                current = candidate
            else:
                pieces.append(current)
                current = part
    if current:
        pieces.append(current)
    return pieces


def _fit(line: str, limit: int) -> list[str]:
    """A line as pieces of at most `limit` characters: whole sentences where they fit ("... or ask me for an" /
    "officer." read as two messages on a phone), a sentence too long for one piece cut at its spaces."""
    if len(line) <= limit:
        return [line] if line else []
    sentences = [s for s in re.split(r"(?<=[.!?]) +", line) if s]
    units = [unit for sentence in sentences
             for unit in ([sentence] if len(sentence) <= limit else _packed(sentence.split(" "), limit))]
    return _packed(units, limit)


def _packed(units: list[str], limit: int) -> list[str]:
    """Units (each at most `limit` long, or cut to it) joined by spaces into as few pieces of at most `limit`."""
    pieces, current = [], ""
    for unit in units:
        candidate = f"{current} {unit}" if current else unit
        if len(candidate) <= limit:
            current = candidate
        else:
            if current:
                pieces.append(current)
            current = unit[:limit]
    return pieces + ([current] if current else [])


@dataclass
class SmsReply:
    texts: list[str] = field(default_factory=list)
    choices: list[dict] = field(default_factory=list)  # [{"title": ..., "payload": ...}], numbered from 1


def render(messages: list[dict]) -> SmsReply:
    """The assistant's messages (Rasa's REST output: text and buttons) as texts for a phone."""
    reply = SmsReply()
    for message in messages:
        text = to_gsm7(message.get("text") or "")
        buttons = message.get("buttons") or []
        if buttons:
            text, reply.choices = _with_choices(text, buttons)
        reply.texts += split_for_sms(text)
    return reply


def _with_choices(text: str, buttons: list[dict]) -> tuple[str, list[dict]]:
    choices = [{"title": to_gsm7(b.get("title") or ""), "payload": b.get("payload") or b.get("title") or ""} for b in buttons]
    if {c["payload"].strip().lower() for c in choices} <= YES_NO:
        says_how = "YES or NO" in text or "Reply YES" in text  # "Reply YES to file it, tell me what to change..."
        return (text if says_how else f"{text} Reply YES or NO."), []
    options = ", ".join(f"{number} {choice['title']}" for number, choice in enumerate(choices, start=1))
    return f"{text}\nReply with a number or in your own words: {options}.", choices


def choose(text: str, choices: list[dict]) -> str:
    """A reply to numbered options: "2" or the option's words become that option's payload."""
    answer = re.sub(r"^(?:ok|okay|k|sure|um+|uh+)[.,!]?\s+", "", (text or "").strip().rstrip(".!").lower())  # "ok. 1"
    if answer.isdigit() and 1 <= int(answer) <= len(choices):
        return choices[int(answer) - 1]["payload"]
    numbered = re.match(r"(\d)[.):,-]\s+(\S.*)$", (text or "").strip(), re.S)  # "1. no clue who, prob kids"
    if numbered and 1 <= int(numbered.group(1)) <= len(choices):
        return f"{choices[int(numbered.group(1)) - 1]['payload']}. {numbered.group(2)}"
    for choice in choices:
        if answer == choice["title"].lower():
            return choice["payload"]
    return text
