"""What residents type to steer the conversation: cancel, start over, help, ask for an officer.

The trained model proposes these intents; inside a form these checks confirm
them, so an answer such as "cancel my credit card" is not taken as "cancel".
"""
from __future__ import annotations

import re

from bot.text import prepare

# Whole-message commands only: "cancel my credit card" is an answer, not a command.
CANCEL = re.compile(r"^(?:ok |okay |no |actually |please |just |oh |wait |sorry |oh wait |so )*(?:cancel|cancel (?:it|this|that|the report|my report|everything)|"
                    r"never ?mind|forget it|forget about it|stop|quit|exit|nvm|abort|i changed my mind|wrong (?:chat|number|person|place)|"
                    r"i (?:do not|dont) want to (?:file|report|continue|do this|submit)(?: (?:this|it|a report|the report|this report))?(?: anymore)?(?: any more)?|"
                    r"(?:do not|dont) (?:file|submit|send) (?:it|this|the report))(?: please| now| thanks| thank you| anymore| sorry| my bad)*$")
RESTART = re.compile(r"^(?:ok |okay |no |actually |please |can we |lets |let us |i want to |i need to |i would like to )*"
                     r"(?:start over|start again|restart|begin again|start from the beginning|start from scratch|reset|"
                     r"start a new report)(?: please| now| thanks)*$")
HELP = re.compile(r"^(?:help|help me|what|huh|\?+|what do (?:you|i) (?:need|do|say)|how does this work|i (?:do not|dont) understand|"
                  r"what can you do|what (?:do you mean|does that mean|is this)|menu|info|options)\b")
# A request, not a mention: "the officer was nice" is part of a story.
PERSON = r"(?:an? |the |a real |real |actual )?(?:officer|cop|policeman|policewoman|police officer|detective|person|human|someone|somebody)"
OFFICER = re.compile(
    rf"\b(?:talk|speak|chat|text) (?:to|with) {PERSON}|\b(?:want|need|like|prefer|rather have|can i (?:get|have)|get me|send|have|request) {PERSON}\b|"
    rf"\b(?:have|can|could|please|want|need|like|get|ask|send) (?:\w+ )?{PERSON} (?:to )?(?:call|contact|phone) me|\bcall me back\b|\bcallback\b|\breal person\b|\bnot a (?:bot|robot|machine)\b|"
    rf"\b(?:rather|prefer to) (?:not use|talk|speak)|\binstead of (?:this|the online|online)|^(?:an? )?(?:officer|cop|human|person)(?: please| now)?$")


# "nvm found them in my coat pocket": the thing turned up, so there is nothing to report.
FOUND_IT = re.compile(r"^(?:(?:nvm|never ?mind) (?:\w+ )?(?:just )?found (?:it|them|my \w+)|"
                      r"(?:oh |ok |okay |wait |actually |good news |sorry )*(?:i |we |my \w+ )?(?:just )?"
                      r"(?:found (?:it|them)|it turned up|they turned up|it showed up))"
                      r"(?: (?:in|under|behind|inside|after all|lol|haha|thanks|sorry)\b.*)?$")
CLAUSES = re.compile(r"[,.;:!?\n]+|\s+-\s+|\b(?:but|so|and)\b")


def _clauses(text: str) -> list[str]:
    """"oh wait never mind, please cancel" -> ["oh wait never mind", "please cancel"], each normalised."""
    return [prepare(part) for part in CLAUSES.split(text) if part.strip()]


def is_cancel(text: str) -> bool:
    """A whole clause says cancel: "please cancel, i changed my mind" yes; "cancel my credit card" no."""
    return any(CANCEL.search(clause) or FOUND_IT.search(clause) for clause in _clauses(text))


def is_restart(text: str) -> bool:
    return any(RESTART.search(clause) for clause in _clauses(text))


def is_help(text: str) -> bool:
    return bool(HELP.search(prepare(text)))


def asks_for_officer(text: str) -> bool:
    return bool(OFFICER.search(prepare(text)))
