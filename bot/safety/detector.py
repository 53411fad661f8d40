"""Emergency detection, run on every message before anything else reads it.

`screen(text)` reads a message once: the rules (rules.py, vocabulary in
data/safety/signals.yml) and the statistical model (model.py) each run one time, and
the result, a `Screening`, travels as JSON inside the message's parse data from the
Rasa server to the action server. `Screening.verdict(answering)` then decides, without
reading the message again, whether it is an emergency as a free message or as the answer
to a given interview question. `assess(text, answering)` is both in one call.

The rules are a thin, audited floor for what must never depend on a model (a gun, a
fire, "i want to end it"); the model carries the breadth. A missed emergency is the
worst defect this product can have, so both lean towards "emergency".
"""
from __future__ import annotations

import re

from dataclasses import asdict, dataclass, fields

from bot import textcat
from bot.safety import model, rules, signals

# Questions about the incident itself (the type check, the description, the summary): an answer to them describes what already happened (or, for
# the items, what was taken: "a Shun chef's knife from the display"), so a weapon named in it is not
# there now, and the model (trained on descriptions) is asked only about other dangers (see verdict).
INCIDENT_QUESTIONS = frozenset({"suspect_or_weapon", "known_suspect", "weapon", "items", "type_confirmed", "narrative",
                                "confirmed"})
# Questions whose answer is the resident's own story, as free as a first message: "What happened? Tell me in your own
# words" ("My neighbor Walt ... She's 82 and has Alzheimer's. Her coat's gone ... Is there a form for this?").
FREE_DESCRIPTION_QUESTIONS = frozenset({"incident_type"})
# Questions about who did it: the answer describes a person, maybe by age.
SUSPECT_QUESTIONS = frozenset({"suspect_or_weapon", "known_suspect"})
# The kinds of danger an answer about the incident itself may describe, as something past.
INCIDENT_KINDS = frozenset({"weapon_present", "threat_of_violence", "crime_in_progress", "danger_or_injury"})
_MODEL_EVIDENCE = "statistical model"
# Fewer words than this (once figures of speech and "I called 911" are taken out) are too little for
# the model: "help" alone is the chat's help command, "ok calling 911 now" carries no new danger.
# One-word alarms ("FIRE", "911") are rules.
_MIN_WORDS_FOR_MODEL = 2


@dataclass(frozen=True)
class EmergencyAssessment:
    is_emergency: bool
    category: str | None = None
    evidence: str | None = None  # the words that triggered it (for staff; never logged)
    closed: bool = False         # danger words were there, but past, denied or hypothetical
    cannot_call: bool = False    # an emergency where the resident says they cannot phone

    @property
    def self_harm(self) -> bool:
        return self.category == signals.SELF_HARM


NOT_AN_EMERGENCY = EmergencyAssessment(False)
# A reply this short to "when did it happen?" is a time; the rules still read it, the model does not.
SHORT_TIME_ANSWER_WORDS = 6
# A reply this short to "where did it happen?", with no word of this moment, is a place (the rules still read it).
SHORT_PLACE_ANSWER_WORDS = 12


@dataclass(frozen=True)
class RuleHit:
    category: str
    evidence: str
    rule: int                       # its number in signals.yml
    survives_answer: bool = True    # still live when the message answers a question about the incident


@dataclass(frozen=True)
class Screening:
    """Everything the detector learnt from one message; verdicts are read from it without re-reading."""
    hits: tuple[RuleHit, ...] = ()
    closed: bool = False            # danger words seen but past, denied or hypothetical
    probability: float = 0.0        # the model's P(emergency); 0 when it had nothing to judge
    model_category: str | None = None  # the model's kind of emergency (self_harm only with a self-harm cue)
    reads_as_report: bool = False   # it names an incident type ("my car was broken into")
    cancels: bool = False           # "never mind, please cancel"
    called_911: bool = False        # "ok calling 911", "they're sending a car": no new danger by itself
    failed_911: bool = False        # "it says not delivered", "the 911 text didnt go through": still no help
    cannot_call: bool = False       # "he broke my phone", "he'll hear me": usable after 911 advice was given
    no_phone: bool = False          # no phone to call or text from at all ("my phone is smashed, im on my laptop")
    language_worry: bool = False    # "my english not good for call 911. They understand me?" (911 has interpreters)
    self_harm_cue: bool = False     # words about hurting oneself (rules.self_harm_cue)
    all_clear: bool = False         # "no one is in danger", "false alarm": said outright (rules.all_clear)
    present: bool = False           # "right now", "still", "is back": it speaks of this moment (rules.speaks_of_now)
    asks_officer: bool = False      # the intake's command floor read a request for an officer
    word_count: int = 0             # words in the message as read

    def verdict(self, answering: str | None = None, *,
                thresholds: tuple[float, float] | None = None, dated_past: bool = False) -> EmergencyAssessment:
        """Is the message an emergency, read as a free message (None) or as the answer to `answering`?

        thresholds: (free, strict) model thresholds to use instead of model.py's (for calibration).
        dated_past: the incident being reported was already told as past ("yesterday around 3"): an answer that
        says nothing of this moment tells more of it ("when i yelled he pulled out a pocket knife and waved it at me
        so i backed off and he rode away"), as an answer about the incident does.
        """
        if answering in FREE_DESCRIPTION_QUESTIONS:
            answering = None  # "What happened?" is answered with the story itself, read as freely as any message
        about_incident = answering in INCIDENT_QUESTIONS or (dated_past and answering is not None and not self.present)
        hits = [h for h in self.hits if h.survives_answer or not about_incident]
        if hits:
            first = min(hits, key=lambda h: signals.PRIORITY.index(h.category))
            return EmergencyAssessment(True, self._kind(first.category), first.evidence, cannot_call=self.cannot_call)
        # Danger words left out as a description of the incident close the message, unless it speaks of this moment
        # ("the same truck just pulled up again and a guy got out with a baseball bat, hes walking up our driveway")
        closed = self.closed or (len(hits) < len(self.hits) and not self.present)
        # An answer about the incident describes what already happened ("yes, he had a knife"), but
        # an illness, a fire, a missing child, someone wanting to die, or anything said of this very
        # moment ("wait theres a guy in my driveway right now") is not that description.
        model_may_judge = (not about_incident or self.self_harm_cue or self.present
                           or self.model_category not in INCIDENT_KINDS)
        if answering in SUSPECT_QUESTIONS and self.model_category == signals.MISSING_PERSON and not self.present:
            # "pretty sure its the kid 2 houses down, mason, hes 16": a suspect's age is no missing child; a child
            # missing now is said as now, or in the rules' words ("my son never came home")
            model_may_judge = False
        if answering == "occurred_at" and self.word_count <= SHORT_TIME_ANSWER_WORDS:
            # "just now, like 5 min ago" answers "when was the most recent call?": a time, nothing more to judge
            model_may_judge = False
        if answering == "location" and self.word_count <= SHORT_PLACE_ANSWER_WORDS and not self.present and \
                not self.self_harm_cue:
            # "outside the Levitt Pavilion, in the lot by the river": a place, however the model reads rivers and lots
            model_may_judge = False
        if model_may_judge and self._model_says_emergency(answering, thresholds, closed):
            return EmergencyAssessment(True, self.model_category, _MODEL_EVIDENCE, cannot_call=self.cannot_call)
        return EmergencyAssessment(False, closed=closed)

    def _kind(self, rule_category: str) -> str:
        """The most specific advice: a rule's category, unless the model reads self-harm (which it
        may only with a self-harm cue): "i have my dads gun in my lap" needs the crisis line too."""
        return signals.SELF_HARM if self.model_category == signals.SELF_HARM else rule_category

    def _model_says_emergency(self, answering: str | None, thresholds: tuple[float, float] | None,
                              closed: bool) -> bool:
        """Answers in the interview, and messages that read as a report of an incident ("calls at
        3am, just breathing, then they hang up"), are unlike the emergencies the model learnt
        from, so a model-only alarm there needs more certainty. Danger words the rules judged
        past, denied or hypothetical silence the model unless it is all but sure."""
        if (self.cancels and not self.self_harm_cue) or self.model_category is None:
            return False  # "never mind, found it" withdraws a report; "just wanted to say goodbye" withdraws no danger
        free, strict = thresholds or (model.THRESHOLD, model.ANSWER_THRESHOLD)
        # A report that also speaks of self-harm ("filing about my wallet, i wont need it after
        # tonight") is not an ordinary report.
        reads_as_report = self.reads_as_report and not self.self_harm_cue
        # Words of self-harm inside an answer ("Daniel Mercer, dmercer@..., I don't see the point of any of
        # it anymore") are not the answer: they are read as freely as any message.
        threshold = strict if (answering is not None and not self.self_harm_cue) or reads_as_report else free
        # Asking for an officer to come by ("we'd feel more comfortable if an officer could look at
        # it") is no danger by itself: with no rule firing, the model must be all but sure.
        # Help called or already there ("the ambulance came and took her", "ok i called"): no new danger by
        # itself, so a model-only alarm needs the same near-certainty.
        closed = closed or self.asks_officer or self.called_911
        # At the summary the resident is checking their report ("the wallet is black, not brown. rest is
        # right"): a new danger there comes with words of this moment ("wait, he's back").
        closed = closed or (answering == "confirmed" and not self.present and not self.self_harm_cue)
        # Answering who to call and how ("please have them call my mom directly, she's home: Joan Kessler, 203-..."),
        # the same: a new danger there is said as of now.
        closed = closed or (answering in CONTACT_QUESTIONS and not self.present and not self.self_harm_cue)
        return self.probability >= (max(threshold, model.OVERRIDE_CLOSED) if closed else threshold)

    def as_dict(self) -> dict:
        """Plain JSON types only: it rides in the parse data from the Rasa server to the actions."""
        data = asdict(self)
        data["hits"] = list(data["hits"])
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Screening:
        """The inverse of as_dict(); keys it does not know (from a newer version) are ignored."""
        known = {f.name for f in fields(cls)} - {"hits"}
        hit_fields = {f.name for f in fields(RuleHit)}
        hits = tuple(RuleHit(**{k: v for k, v in h.items() if k in hit_fields}) for h in data.get("hits", ()))
        return cls(hits=hits, **{k: v for k, v in data.items() if k in known})


# Questions whose answers are contact details and call-back wishes.
CONTACT_QUESTIONS = frozenset({"reporter_name", "reporter_email", "reporter_phone", "callback_wanted"})


# "is this where i go to make a report?", "can i file a report here": asking how to report, like a report itself, needs
# more than the model's guess to be an emergency (rules still fire on any danger said beside it)
ASKS_TO_REPORT = re.compile(r"\b(?:make|file|do|submit|start) (?:a |an |the )?(?:police |online )?report\b|"
                            r"\b(?:where|how) (?:do |can |should )?(?:i|we) (?:go to )?report\b|"
                            # "Who handles a car that's been sitting on the shoulder ... for three days? Is that you guys?"
                            r"\bwho (?:handles|takes care of|deals with|is in charge of|do i (?:call|tell|report (?:it |this )?to)|"
                            r"should i (?:call|tell))\b")


def screen(text: str, opinion: model.Judge | None = None, *, reads_as_report: bool | None = None,
           cancels: bool | None = None, asks_officer: bool = False) -> Screening:
    """Read one message once. `opinion`: the statistical model to ask (the trained one unless given).

    reads_as_report, cancels: what the intake's own reading of the message found (it describes an
    incident; it withdraws the report), passed in by bot/intake/understanding.py so nothing is read
    twice; without them (tools, the front door's fallback) the intake's models are asked by name.
    """
    reading = rules.read(text)
    if not reading.prepared:
        return Screening(called_911=reading.called_911)  # "my son texted 911 and they are coming": nothing else left
    hits, closed = rules.scan(reading)
    all_clear = rules.all_clear(reading)
    closed = closed or all_clear
    probability, category, cue = 0.0, None, rules.self_harm_cue(reading, hits)
    failed = rules.failed_911(reading)  # "it says not delivered": a 911 attempt is no call made
    if len(reading.prepared.split()) >= _MIN_WORDS_FOR_MODEL:
        judged = (opinion or model.trained_judge())(reading.for_model)  # as model.seen(text)
        probability, category = judged.probability, judged.category(self_harm_allowed=cue)
    return Screening(
        hits=tuple(RuleHit(h.rule.category, h.evidence, h.rule.number, h.survives_answer) for h in hits),
        closed=closed, probability=round(probability, 4), model_category=category,
        reads_as_report=(_reads_as_report(text) if reads_as_report is None else reads_as_report) or
        bool(ASKS_TO_REPORT.search(reading.prepared)),
        cancels=_cancels(text) if cancels is None else cancels,
        called_911=reading.called_911 and not failed, failed_911=failed,
        cannot_call=rules.cannot_call(reading, hits), no_phone=rules.no_phone(reading),
        language_worry=rules.language_worry(reading),
        self_harm_cue=cue,
        all_clear=all_clear, present=rules.speaks_of_now(reading), asks_officer=asks_officer,
        word_count=len(reading.prepared.split()))


# The intake's trained models, by the names `make train` saves them under (bot/intake/incidents.py,
# bot/intake/turns.py): asked only when the intake's reading is not passed in.
INCIDENT_MODEL, TURN_MODEL = "incident_type", "turn"
NO_INCIDENT, CANCEL = "none", "cancel"
# Readings that name a danger themselves: a message read as one is no routine report, so the emergency
# model judges it as freely as any message ("my daughter was supposed to be home an hour ago").
DANGER_INCIDENT_TYPES = frozenset({"missing_person", "assault", "domestic_dispute", "robbery"})
# Incidents an officer takes that a message read as an emergency by mistake may have told in full ("a jerk sideswiped
# me on the merritt ... nobody hurt"): after "nobody is in danger" they are referred, not asked for again. The danger
# types, and suspicious activity, are not among them.
TOLD_AS_A_REPORT = frozenset({"motor_vehicle_accident", "animal_complaint", "motor_vehicle_theft", "noise_complaint",
                              "fraud_scam", "abandoned_vehicle", "illegal_dumping"})


def reads_as_report(incident_type: str | None) -> bool:
    """Does a message the intake read as `incident_type` tell a routine report (a stricter threshold)?"""
    return incident_type not in (None, NO_INCIDENT) and incident_type not in DANGER_INCIDENT_TYPES


def _reads_as_report(text: str) -> bool:
    label, probability = textcat.trained(INCIDENT_MODEL).ranked(text)[0]
    return probability >= 0.2 and reads_as_report(label)


def _cancels(text: str) -> bool:
    label, probability = textcat.trained(TURN_MODEL).ranked(text)[0]
    return label == CANCEL and probability >= 0.6


def assess(text: str, answering: str | None = None) -> EmergencyAssessment:
    """Is this message an emergency, and of which kind? (screen() and verdict() in one call.)"""
    return screen(text).verdict(answering)
