"""One understanding of each message, computed once and passed along.

The Rasa server reads every message once (rasa_ext/understanding.py): its normal form and
clauses, what the message does in the conversation (the turn: an answer, a question, an officer
request, ...), the emergency screening, the incident type with the model's confidence, the
question topic, a yes or no, the time and place it names. The result travels to the action
server inside the message's parse data, so the interview and every decision in a turn read the
same findings instead of parsing the text again.

What depends on the question being asked (is "yes" about a weapon? is "the fox run plaza" a
place?) is decided from these findings by the interview, not by parsing again.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime

from bot.intake import commands, incidents, questions
from bot.intake.answers import yes_or_no
from bot.intake.turns import Turn, read_turn
from bot.intake.places import location as places
from bot.intake.when import local_now, parse_when
from bot.profile import profile
from bot.safety import detector
from bot.text import prepare

SAFE_NOW = "safe_now"
CANCELS_SOMETHING_ELSE = re.compile(r"\bcancel(?:l?ing|l?ed)? (?:my|the|our|his|her|those|these|all|all my|both) (?:\w+ )?"
                                    r"(?:cards?|accounts?|checks?|subscriptions?|orders?|payments?|phone|line|service)\b")
NOT_QUITTING = re.compile(r"\b(?:did not|didnt|never|do not want to|dont want to|not trying to) (?:cancel|quit|stop)\b|"
                          # "Phone company says they can't do anything without a police report so I do want to file it
                          # after all": coming back to a report called off earlier
                          r"\b(?:do|really|now|actually) (?:want|need) to (?:file|report)\b|\b(?:file|report) (?:it|this|that|them) after all\b|"
                          # "nvm she typo'd it lol its AJ90251": never mind what was said, here is the right value
                          r"\b(?:nvm|never ?mind)\b(?=.{0,60}\b(?:it is|its|it s|should be|i meant|i mean|typo\w*|typed)\b)|\bstill (?:need|want) to (?:report|file)\b|"
                          # "forget it, leave it as is and just file the report": filing is the opposite of quitting
                          r"(?<!not )(?<!dont )(?<!never )\b(?:just |please |go ahead and )file (?:it|the report|my report|this report|this)\b|"
                          r"\bleave it (?:as is|like that|as it is)\b|"
                          # "Please take out the $200 cash - I just found it in my coat pocket. Everything else is right":
                          # a change to the report, the rest approved
                          r"\b(?:everything else|the rest|rest|otherwise it|all else)(?: of it)? (?:is|looks|s) (?:right|correct|fine|good|ok|okay)\b|"
                          r"\b(?:take out|take off|remove|delete|drop) (?:the |that )?(?:\$ ?\d|\d+ (?:dollars|bucks|cash))")
GOODBYE = "goodbye"
# "... it was him, my card is saved on the iPad. Please cancel this, that one is on me": the withdrawal said in so many
# words, inside a longer message the turn model leans to cancel on without being sure.
WITHDRAWS_REPORT = re.compile(r"\b(?:cancel|withdraw|scrap|delete|drop) (?:this|that|the|my) (?:report|complaint|thing|whole thing)\b|"
                              r"\b(?:please |pls |plz )(?:cancel|withdraw|scrap) (?:this|that|it)\b(?! (?:card|account|charge|order|"
                              r"subscription|payment|number|check|transaction)s?\b)|\b(?:dont|do not) (?:file|submit|send) (?:it|this|that|the report)\b|"
                              # "ok please cancel, nobody needs a police report on my daughter", "Sorry, never mind!" at the end
                              r"\b(?:please|pls|plz|ok|okay|so|just) cancel\b(?! (?:my|the|that|this|her|his|our) (?:\w+ )?(?:card|cards|account|"
                              r"order|subscription|payment|check|credit))|\b(?:sorry|ugh|oops|ok|okay) never ?mind\s*$|"
                              r"\b(?:nobody|no one) needs a (?:police )?report\b|"
                              # "my 17yo just admitted he used my car ... sorry for wasting your time": nothing to report after all
                              r"\bsorry (?:for|to) (?:wast(?:e|ing)|tak(?:e|ing) up) (?:your|ur) time\b|"
                              r"\b(?:going to|gonna|i will|i ll|want to|wanna|need to|have to|would like to) cancel (?:this|it|the report|my report)\b")
# "... they were clearing around the lines. I guess that's allowed. Never mind.": a closing "never mind" of its own
ENDS_NEVER_MIND = re.compile(r"(?:^|[.!?,]\s+)(?:ok(?:ay)?,? |so,? |well,? )?(?:never ?mind|nvm)(?:[.!,\s]+(?:lol|sorry|haha|thanks|thx|my bad|oops))*[.!\s]*$",
                             re.I)
ABOUT_TO_CALL = re.compile(r"\b(?:i will|i ll|ill|we will|i am going to|im going to|going to|gonna) call\b|\bcalling (?:911|them|now)\b|"
                           r"\b(?:dialing|dialling)\b")
SIGNING_OFF = re.compile(r"\b(?:thx|thanks|thank you|ty|bye|thats all|that is all)\b")
REPORT = "report_incident"
OFFICER_VISIT = "officer_visit"  # will an officer come out? (data/understanding/questions.yml)
# "will an officer come out to look at it?", "does someone come by?": how it works; "can an officer come out and look?",
# "could someone come by?" ask for one.
ASKS_HOW_IT_WORKS = re.compile(r"^\W*(?:(?:so|and|ok|okay|also|but|just wondering|quick q)\W+)*(?:will|is|are|does|do|would (?:an?|any|the)\b)",
                               re.I)
RECORDS = "records"  # the question topic of police records held already (data/understanding/questions.yml)
# A question topic read this surely is the message's point when no incident is read as surely.
SURE_TOPIC = 0.8
# A decline of an officer that also tells a whole incident is a report told without wanting a call.
CONFIDENT_REPORT, REPORT_WITH_DECLINE_WORDS = 0.6, 10
QUITTING_WORDS = re.compile(r"\b(?:cancel|quit|never ?mind|nvm|forget|report|done|end|stop (?:this|it|the|now|for now)|bye|leave|"
                            r"found (?:it|them|em|him|her|my \w+)|wast(?:e|ed|ing) (?:your|ur) time|(?:admitted|confessed|fessed up)|"
                            r"(?:it|that) was (?:just )?(?:my|our) (?:son|daughter|kid|husband|wife|brother|sister|dad|mom|roommate))\b")
# What an all-clear message may also be doing, which its own rule handles.
STEERING = ("request_officer", "cancel", "start_over", "ask_question", "called_911")
# "I'd like to finish the purse report now", "can we get back to my report": the danger is over for them.
CONTINUE_REPORT = re.compile(r"\b(?:finish|continue|complete|go on with|get back to|keep going with|carry on with|do) (?:the |my |this |with )?"
                             r"(?:\w+ ){0,2}report\b|\bstill (?:want|like|need) to (?:report|file|do|make)\b|"
                             r"\bwould (?:still )?like to (?:report|file|finish)\b|\bback to (?:the|my) report\b|"
                             r"\bcan we (?:continue|keep going|finish|go on)\b|"
                             # "can i still report the guy from last night", "ok back to the package", "can i still do that here"
                             r"\bcan (?:i|we) still (?:report|file|do|make|finish|continue|submit)\b|\b(?:ok |okay |so |now )?back to "
                             r"(?:the|my) (?!(?:house|car|bed|sleep|work|door|room|kitchen|store|hospital)\b)\w+\b")
# "Perhaps we can finish the report later": the report put off, which says nothing of the danger being over.
# "can we finish the car thing later", "ill do the rest tomorrow": the report by any name, put off.
REPORT_PUT_OFF = re.compile(r"\b(?:report|finish|do|continue|complete|file)\b(?: \w+){0,4} (?:later|another time|some other time|tomorrow|"
                            r"next week|when (?:i|we|she|he|they|my)\b)")
# "nobody is hurt, can i just file it here" while someone is still doing a crime: unhurt is not over; a crime
# happening now is for 911 whoever is hurt. Over is said in other words ("he left", "false alarm", "last night").
ONLY_UNHURT = re.compile(r"\b(?:nobody|no one|noone) (?:is|s|got|was|has been|been) (?:hurt|injured|harmed|in danger)\b|"
                         r"\b(?:do not|dont) want to bother (?:911|9 1 1|the police|the cops|anyone)\b")
IT_IS_OVER = re.compile(r"\b(?:gone|left|drove off|ran off|took off|rode off|walked off|over|false alarm|misunderstood|"
                        r"(?:was|it was|happened) (?:earlier|yesterday|last night|this morning|before)|yesterday|last night|"
                        r"hours? ago|days? ago|(?:police|cops|officer|officers) (?:are|is|came|here|arrived|just left)|"
                        r"(?:my|our|the) (?:neighbou?r|roommate|son|daughter|husband|wife|friend|landlord|mailman|dad|mom|brother|sister))\b")
# Someone spoken of as there now ("he is not see me", "they still in the garage"), unless said to be gone.
SOMEONE_THERE = re.compile(r"\b(?:he|she|they|the (?:man|guy|woman|person))\s+(?:is|are|s|re|still)\b(?! (?:gone|not here|not there|away|in jail|arrested|in custody))")
PLAIN_NO = re.compile(r"^(?:no|nope|nah|naw|not|negative|n|nothing|none|nobody|no one)\b")
DEPARTED = re.compile(r"\b(?:he|she|they)(?: s| re| is| are| has| have)? (?:left|gone)\b")
# A report already made: "I filed an online report on Monday", "we already submitted a report last week".
ALREADY_FILED = re.compile(r"\b(?:i|we) already reported\b|"
                           r"\b(?:i|we) (?:already |just )?(?:filed|submitted|made|did|sent in) (?:an? |my |the |our )?"
                           r"(?:(?!online\b|police\b)[a-z]+ )?(?:online |police )?"  # "I filed a vandalism report online"
                           r"report\b(?! (?:just )?now)")
# What follows a report already made: its email, number or copy, or waiting on it ("deleted the email with the case number")
REPORT_ALREADY_MADE = re.compile(r"\b(?:case number|reference(?: number)?|confirmation|the email|an email|an e mail|the e mail|"
                                 r"copy|never heard|no response|havent heard|have not heard|status|update|forgot to (?:say|mention|add|tell)|"
                                 r"(?:can|could) (?:you|u) add|add (?:that|this)|wpd)\b")
CLAUSE_BREAK = re.compile(r"[.!?;\n]+|,\s+|\s+-\s+|\b(?:but|so|and then)\b")
# "still no sign of him", "she's still not answering": the danger goes on, whatever "no" the message starts with.
STILL_GOING = re.compile(r"\bstill (?:no|not|nothing|cant|can ?not|cannot|havent|hasnt|hasn t|haven t|isnt|wont|missing|gone|out there|"
                         r"looking|searching|outside|inside|here|there)\b|\bno sign of\b|\bno one has seen\b|\bnobody has seen\b")
# Someone missing now come back ("omg he just walked in", "shes home"): over, said of a missing person only (of an
# intruder "he just walked in" is the danger itself).
RETURNED_HOME = re.compile(r"\b(?:he|she|they|my \w+|the \w+)(?: just| finally)? (?:walked|came|got|is|s|are|re|just got) "
                           r"(?:in|home|back|back home|through the door)\b")
# Someone fleeing just now, and words that say the resident is safe all the same.
FLED = re.compile(r"\b(?:drove|drive|driving|ran|run|running|took|taking|sped|speeding|tore) (?:off|away)\b|\btook off\b|\btaking off\b")
SAID_SAFE = re.compile(r"\b(?:no one|nobody|noone) (?:is |was )?(?:hurt|in danger|injured)\b|\b(?:we are|we re|were|i am|im|i m|everyone is|"
                       r"everybody is|all) (?:ok|okay|safe|fine|good|alright|all right)\b|\bnot an emergency\b|\bfalse alarm\b|"
                       r"\b(?:it is|it s|its) (?:all )?over\b|"
                       r"\b(?:police|officers?|cops) (?:are |is )?(?:here|came|arrived)\b|\b(?:hours?|days?) ago\b")
# Questions that ask whether the incident described can be reported here, or that we cannot place.
CAN_I_REPORT_IT_HERE = frozenset({questions.OTHER, "what_types", "why_not_online"})
# Longer than this, a yes or no is also looked for in the first clause alone ("no, just the stereo").
SHORT_ANSWER_WORDS = 4


@dataclass(frozen=True)
class Understanding:
    text: str
    normal: str
    clauses: tuple[str, ...]
    screening: detector.Screening
    incident: incidents.IncidentReading
    yes_no: bool | None
    command: str | None                     # the precise rule floor: cancel, start_over, officer
    question: questions.Question | None      # the topic, when the message reads as a question
    when: dict | None                       # parse_when's reading, as plain values (see _when)
    location: places.LocationAssessment      # where, reading a description
    location_as_answer: places.LocationAssessment  # where, reading an answer to "Where did it happen?"
    turn: Turn = field(default_factory=Turn)

    @property
    def emergency(self) -> detector.EmergencyAssessment:
        """The verdict on the message as a free message (not an answer to an incident question)."""
        return self.screening.verdict()

    # --- passing along -------------------------------------------------------------
    def as_dict(self) -> dict:
        data = asdict(self)
        data["screening"] = self.screening.as_dict()
        data["location"] = _location_dict(self.location)
        data["location_as_answer"] = _location_dict(self.location_as_answer)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Understanding":
        return cls(
            text=data["text"], normal=data["normal"], clauses=tuple(data["clauses"]),
            screening=detector.Screening.from_dict(data["screening"]),
            incident=incidents.IncidentReading.from_dict(data["incident"]),
            yes_no=data["yes_no"], command=data["command"],
            question=questions.Question(**data["question"]) if data.get("question") else None,
            when=data.get("when"),
            location=_location_from(data["location"]), location_as_answer=_location_from(data["location_as_answer"]),
            turn=_turn_from(data.get("turn") or {}),
        )


# A question typed last without its question mark: "... and like 40 cash. btw do i need to cancel my cards or will you"
QUESTION_AT_THE_END = re.compile(r"(?:^|[.!;]\s+)(?:(?:btw|by the way|also|oh and|and|quick question|one more thing|one question)[,:]?\s+)?"
                                 r"(?:do|does|should|can|could|will|would|is|are|how|what|when|where|why|who)\s+(?:i|we|you|u|they|it|this|that|"
                                 r"long|much|many|do|does|should)\b[^.!;?]{6,}$")


def _question_beside(text: str, question: questions.Question) -> questions.Question | None:
    """An answer with a question of its own after it ("last one was an hour ago. do i need to keep the
    voicemails?"): the turn model reads the answer; the question still gets its answer when its topic is clear."""
    asked_at_the_end = text.rstrip().endswith("?") or QUESTION_AT_THE_END.search(text.lower())
    if questions.besides_the_question(text) is None or not asked_at_the_end or \
            len(questions.the_question(text).split()) < 3:
        return None  # "blue honda civic. why?" is too short to know what is asked
    if question.topic != questions.OTHER:
        return question
    # "CT plate AK 47213... wait do i need the insurance info too or just this?": a plain question we have no answer for
    # is still told so, never passed over in silence
    return question if PLAIN_QUESTION.search(text.lower()) else None


# A question asked in so many words, with its question mark: "..., will the dmv take this report?"
PLAIN_QUESTION = re.compile(r"(?:^|[.!?;]\s*|,\s*|\s[-–]\s)(?:(?:btw|also|and|oh and|wait|quick q|quick question|tho|so)[,:]?\s+)*"
                            r"(?:do|does|did|should|can|could|will|would|is|are|was|were|how|what|when|where|why|who|whats|isnt|"
                            r"wont|do you|any)\b[^.!?]{8,}\?")


def understand(text: str, now: datetime | None = None) -> Understanding:
    """Read one message once."""
    now = now or local_now()
    text = text or ""
    normal = prepare(text)
    turn = read_turn(text) if normal else Turn()
    worded_as_question = questions.asks_something(text)
    incident = incidents.read_incident(text)
    command = commands.command_in(text)
    leans_to_cancel = "cancel" in [intent for intent, _ in turn.ranking[:3]]
    if leans_to_cancel and not turn.is_("cancel") and (WITHDRAWS_REPORT.search(normal) or ENDS_NEVER_MIND.search(text)) and \
            not NOT_QUITTING.search(normal):
        turn = turn.certainly("cancel")  # before screening: a withdrawal is no new danger
    screening = detector.screen(text, reads_as_report=detector.reads_as_report(incident.slug),
                                cancels=command == commands.CANCEL or turn.is_("cancel"),
                                asks_officer=command == commands.OFFICER)
    if turn.intent == "cancel" and (NOT_QUITTING.search(normal) or CANCELS_SOMETHING_ELSE.search(normal)):
        # "i didnt cancel anything. i still need to report my tires"; "so do I cancel my cards now?" (the cards, not
        # the report)
        turn = turn.without("cancel")
    if turn.intent == "emergency" and not screening.verdict().is_emergency:
        turn = turn.without("emergency")  # the detector alone decides emergencies
    if turn.intent == "ask_question" and not turn.sure and incident.slug is not None and "?" not in text and \
            not worded_as_question:  # "whats the number for animal control" asks
        # "Hi this is Eleanor Whitcomb, ... I need to report a lost ring please": a report, not a question
        turn = turn.read_as(REPORT)
    if turn.intent in (GOODBYE, "cancel") and not command and incident.slug is not None and \
            not SIGNING_OFF.search(normal) and not QUITTING_WORDS.search(normal):
        # "my ex wont stop calling me" describes a report: only words of leaving or quitting end one
        turn = turn.read_as(REPORT)
    elif turn.intent == "decline_officer" and incident.slug is not None and \
            incident.confidence >= CONFIDENT_REPORT and len(normal.split()) >= REPORT_WITH_DECLINE_WORDS:
        # "dont need anyone to call me back, i just want this on file. same number keeps calling me at work"
        turn = turn.read_as(REPORT)
    if turn.intent == "cancel" and not command and CONTINUE_REPORT.search(normal) and not REPORT_PUT_OFF.search(normal) and \
            not WITHDRAWS_REPORT.search(normal):
        # "never mind, a store employee found her ... Can we go on with the purse?": the alarm is called off, not the report
        turn = turn.read_as(SAFE_NOW)
    back_to_the_report = CONTINUE_REPORT.search(normal) and turn.intent not in ("cancel", "start_over") and \
        not REPORT_PUT_OFF.search(normal)
    if turn.intent == "called_911" and incident.slug is None and SIGNING_OFF.search(normal):
        # "ok ill call them. thx": the resident will phone and is signing off (after 911 advice this
        # gets "stay safe"; outside it, goodbye instead of a new report)
        turn = turn.read_as(GOODBYE)
    # "He says he's fine but I'll call.": about to call 911 is no all-clear, whatever else it says
    about_to_call = screening.called_911 and screening.all_clear and ABOUT_TO_CALL.search(normal)
    if about_to_call:
        turn = turn.certainly("called_911")
    if turn.intent == SAFE_NOW and screening.called_911 and not screening.all_clear and not back_to_the_report:
        # "ambulance is here. can we do the mailbox thing another time": help has come, nobody said all is well
        turn = turn.read_as("called_911")
    # "the cops came, he took off. im ok": over. Wanting the report back is over only when nothing is said of this moment:
    # "ok but he is not see me, can i just finish report here?" is said with the man still in the garage.
    still_there = (screening.present or SOMEONE_THERE.search(normal)) and not DEPARTED.search(normal)
    over = (screening.all_clear or (back_to_the_report and not still_there)) and not about_to_call
    if over and not screening.verdict().is_emergency and not command and \
            (turn.intent not in STEERING or (turn.intent == "called_911" and screening.all_clear)):
        # "no im not in danger, hes not here, its just the calls": said outright, whatever else the message does
        turn = turn.certainly(SAFE_NOW)
    if not worded_as_question and turn.intent == "ask_question":
        turn = turn.without("ask_question")  # "can you add the jeep too?", "you can text or call this number": nothing to answer
        if turn.intent == "cancel" and NOT_QUITTING.search(normal):
            turn = turn.without("cancel")  # "... so I do want to file it after all": the next reading is no quitting
    if screening.cannot_call and not screening.all_clear and turn.intent in ("deny", SAFE_NOW, "decline_officer"):
        # "i really cant call", "no i cant": still in danger and without a phone, never "no one is in danger"
        turn = turn.read_as("inform")
    if turn.intent == SAFE_NOW and not turn.sure and not screening.all_clear and not back_to_the_report:
        # "I am afraid my english not good for call 911. They understand me?": no one said it is over (0.15 sure)
        turn = turn.read_as("inform")
    if turn.intent == SAFE_NOW and still_there and not screening.all_clear and not SAID_SAFE.search(normal):
        # "ok but he is not see me, can i just finish report here?": said of this moment with him still there
        turn = turn.read_as("inform")
    if turn.intent == SAFE_NOW and FLED.search(normal) and not SAID_SAFE.search(normal) and not back_to_the_report:
        # "He's gone. I heard a car start and drive off fast toward the Post Road": fleeing minutes ago, police can
        # still catch them; nobody said they are safe
        turn = turn.read_as("inform")
    if turn.intent == "deny" and not turn.sure and not PLAIN_NO.match(normal) and not screening.all_clear:
        # "i dont see any car" after 911 advice about a man photographing the children: an unsure "no" with no
        # "no" in it says nothing of the danger being over
        turn = turn.read_as("inform")
    if turn.intent in ("deny", SAFE_NOW) and not screening.all_clear and STILL_GOING.search(normal):
        # after 911 advice, "still no sign of him, he has no phone" is the emergency going on, not "no one is in danger"
        turn = turn.read_as("inform")
    asked = "ask_question" in [intent for intent, _ in turn.ranking[:2]]
    asked_topic = questions.read_question(text) if worded_as_question else None  # its topic is read once
    beside = _question_beside(text, asked_topic) if worded_as_question and not asked else None
    asks = worded_as_question and (asked or beside is not None)
    question = (beside or asked_topic) if asks else None
    if turn.intent == "ask_question" and not turn.sure and incident.slug not in (None, incidents.NONE) and \
            incident.confidence >= CONFIDENT_REPORT and len(normal.split()) >= REPORT_WITH_DECLINE_WORDS and \
            (question is None or question.topic in CAN_I_REPORT_IT_HERE):
        # "my pickup is GONE from my driveway ... 2016 ram 1500, red. can i do the report on here?": the question is
        # whether what they describe can be reported; the description is the report (or its referral)
        turn = turn.read_as(REPORT)
    if question and turn.intent == REPORT and question.topic not in CAN_I_REPORT_IT_HERE and \
            question.confidence >= SURE_TOPIC and (incident.slug is None or incident.confidence < CONFIDENT_REPORT):
        # "If I file a report online, will my name be on it? I'd rather my neighbors not find out": a question about
        # reporting, with no incident told clearly enough to start one
        turn = turn.read_as("ask_question")
    if question and turn.intent == REPORT and ALREADY_FILED.search(normal):
        # "I filed an online report on Monday about my daughter's stolen bike ... Can you resend it?": about a report
        # already made, not a new one
        turn = turn.read_as("ask_question")
    elif question is None and turn.intent == REPORT and ALREADY_FILED.search(normal) and REPORT_ALREADY_MADE.search(normal):
        # "I filed a vandalism report online three weeks ago and ... deleted the email with the case number": where that
        # report is, not a new one
        question, turn = questions.Question("report_status", 1.0), turn.read_as("ask_question")
    if question and question.topic == RECORDS and turn.intent == REPORT and incident.slug not in profile().online_slugs:
        # "how do i get the accident report from when i got rear ended last week?": the records of an
        # incident the police already have, not a new report (one taken online is still a report)
        turn = turn.read_as("ask_question")
    if question and not command and turn.intent == "request_officer" and question.topic == OFFICER_VISIT and \
            question.confidence >= SURE_TOPIC and ASKS_HOW_IT_WORKS.search(questions.the_question(text)):
        # "no idea who. will an officer come out to look at it?": asks how it works (answered, and the report goes
        # on); wanting one is said as a request ("send an officer", "I want an officer to come out")
        turn = turn.read_as("ask_question")
    if question and turn.intent == "help" and questions.besides_the_question(text):
        # "Greens Farms Rd. what info do u need from me exactly?": an answer, and a question about the chat
        turn = turn.read_as("ask_question")
    free, as_answer = places.read_places(text)
    when = _when(text, now)
    if _only_a_time(as_answer, when) or \
            (as_answer.status == places.CONFIRM_TOWN and places.home_without_street(text, when and when["text"])):
        as_answer = places.LocationAssessment(places.NOT_FOUND)  # "last night around 11" answers when, not where
    else:
        as_answer = _without_the_time(as_answer, when)  # "the fox run plaza, tuesday" -> "the fox run plaza"
    referral = (_who_handles(text, incident, screening) or _handled_elsewhere(text, free, screening, incident)) \
        if worded_as_question else None
    if referral:
        # "a coyote trots through our yard at dusk. Not an emergency, but who do I call about that?": the
        # question is about what the message describes, which is not ours to take online.
        question, turn = referral, turn.certainly("ask_question")
    return Understanding(
        text=text, normal=normal, clauses=tuple(c.strip() for c in CLAUSE_BREAK.split(text) if c and c.strip()),
        screening=screening,
        incident=incident,
        yes_no=_yes_no(text, normal, turn),
        command=command,
        question=question,
        when=when,
        location=free, location_as_answer=as_answer,
        turn=turn,
    )


# "who do I call about that?", "who handles this": asking where to take what the message describes.
WHO_HANDLES = re.compile(r"\b(?:who|where|which (?:department|agency|office|number)) (?:do|should|would|can) (?:i|we) "
                         r"(?:call|tell|contact|report (?:it|this|that) to|go to|talk to)\b|\bwho (?:handles|deals with|takes care of|"
                         r"do i report)\b|\bwho (?:do|should) i (?:report|tell)\b|"
                         r"\b(?:police|you guys|you|westport|your department) (?:handles?|covers?|deals? with|takes?)\b(?:\s+\w+){0,3} "
                         r"or (?:someone|somebody|some ?one) else\b|\b(?:is|isnt|is not) (?:that|this|it) (?:yours|your jurisdiction|state police)\b|"
                         r"\b(?:is|isnt|is not) (?:that|this|it) (?:still )?(?:you|you guys|your department|westport|westport police|the police|police)\b"
                         r"(?:\s+\w+){0,3},?\s+or (?:someone|somebody|some ?one|somewhere|the state|state police)\b|"
                         # "can i report it with u guys?", "can i file it online with westport since i live here?"
                         r"\bcan (?:i|we) (?:still |just )?(?:file|report|do|make) (?:it|this|that|a report|the report) (?:online )?"
                         r"(?:with|to|through|thru|here with|via) (?:you|u|you guys|u guys|westport|the westport police|westport police|"
                         r"your department)\b|"
                         # "so i gotta call weston pd then?", "so i call norwalk?": checking where to take it, after a referral
                         r"\b(?:i|we) (?:gotta |got to |have to |need to |should |must |just |can |still )?(?:call|contact|go to) "
                         r"(?:the )?[a-z]+ (?:pd|police(?: department)?|cops)\b|^\W*(?:so|ok so|wait so|then)\W+(?:i|we) (?:call|contact) [a-z]+\b|"
                         r"\bwhich (?:number|one|department|police) (?:do|should|would|can) (?:i|we) (?:call|use|try|contact)\b|"
                         # "Do I report it to you since I'm a Westport resident, or to them?"
                         r"\breport (?:it|this|that) (?:to you|to you guys|to westport|here|with you)\b[^?]{0,60}\bor\b", re.I)
# "Can I file here? I live in Westport but my car got broken into at the Norwalk train station": asked of a place that
# is not ours (only there: "a van abandoned on Hillspoint Road for weeks, can I report it here?" is a referral).
CAN_I_FILE_HERE = re.compile(r"\bcan (?:i|we) (?:still |just )?(?:file|report|do) (?:it |this |that |a report |the report )?(?:online )?"
                             r"(?:here|on here|with you|through this|thru this|through here|on this|via this|this way)\b|"
                             # "..., or do I have to go to Stamford?"
                             r"\bor (?:do|would|will|should) (?:i|we) (?:have to|need to|got to|gotta) (?:go to|call|contact|file (?:it )?(?:with|in))\b",
                             re.I)
# Where the question is asked about a place that is not the town's to take: its topic.
TOPIC_OF_PLACE = {places.EXCLUDED_AREA: "state_police", places.OUTSIDE_TOWN: "other_town"}
# Incidents that are not ours to take online, and the question topic whose answer says who does take them.
TOPIC_OF_REFERRAL = {"animal_complaint": "animal_control", "abandoned_vehicle": "abandoned_vehicle"}


def _who_handles(text: str, incident: incidents.IncidentReading, screening: detector.Screening) -> questions.Question | None:
    topic = TOPIC_OF_REFERRAL.get(incident.slug or "")
    if not topic or screening.verdict().is_emergency or not WHO_HANDLES.search(questions.the_question(text)):
        return None
    return questions.Question(topic, incident.confidence)


def _handled_elsewhere(text: str, place: places.LocationAssessment, screening: detector.Screening,
                       incident: incidents.IncidentReading) -> questions.Question | None:
    """"someone clipped my mirror on the Merritt near exit 42. Is that something Westport police handles or someone
    else?": a question about who takes an incident in a place that is not the town's to take online. But "kids threw a
    rock off the overpass onto my car on the 95 offramp. can i file that here": a report in an excluded area told, and
    asked to be taken; it is refused as the report it is (an officer offered, the refusal recorded), not answered as a
    question."""
    topic = TOPIC_OF_PLACE.get(place.status)
    asked = questions.the_question(text)
    if not topic or screening.verdict().is_emergency or not (WHO_HANDLES.search(asked) or CAN_I_FILE_HERE.search(asked)):
        return None
    if place.status == places.EXCLUDED_AREA and not WHO_HANDLES.search(asked) and incident.slug not in (None, "none", "other"):
        return None  # (another town's incident asked about stays a question: the answer names that town's police)
    return questions.Question(topic, 1.0)


def _yes_no(text: str, normal: str, turn: Turn) -> bool | None:
    """Yes or no: the turn model's reading when it is sure, else the rule floor for short answers."""
    if turn.is_("affirm", "deny"):
        return turn.intent == "affirm"
    if turn.sure and turn.intent not in ("affirm", "deny", "inform", "report_incident", "nlu_fallback", "ask_question"):
        return None  # "ok calling 911 now" is not a yes, whatever word it starts with (but "no thanks, whats the
        # fairfield number?" answers, then asks)
    answer = yes_or_no(text)  # the rule floor: a message that starts with a plain yes or no
    if answer is None and len(normal.split()) > SHORT_ANSWER_WORDS:
        first, *rest = re.split(r"[,.;!]", text, maxsplit=1)
        answer = yes_or_no(first) if len(first.split()) <= 2 else None  # "no, just the stereo was taken"
        if answer and ACKNOWLEDGED.match(first):
            # "oh ok. no thanks, is that norwalk number open at night?": "ok" took in what was said; the answer follows
            after = re.split(r"[,.;!?]", (rest or [""])[0].strip(), maxsplit=1)[0]
            answer = yes_or_no(after) if after.strip() else None
    return answer


# "oh ok", "ok", "alright": what was said is taken in, before the answer itself.
ACKNOWLEDGED = re.compile(r"^\W*(?:(?:oh|ah|hmm+|um+)\W+)?(?:ok|okay|k|kk|alright|all right|i see|got it)\W*$", re.I)


def _turn_from(data: dict) -> Turn:
    return Turn(data.get("intent"), data.get("confidence", 0.0), data.get("lead", 0.0),
                tuple(tuple(r) for r in data.get("ranking") or ()))


def warm_up() -> None:
    """Read the trained models and the gazetteer now, not on a resident's first message."""
    understand("warm up on riverside avenue yesterday")


def _when(text: str, now: datetime) -> dict | None:
    when = parse_when(text, now)
    if when is None:
        return None
    strict = parse_when(text, now, require_day=True) is not None
    return {"at": when.iso(), "end": when.end_iso() if hasattr(when, "end_iso") else None, "text": when.text,
            "has_time": when.has_time, "names_day": strict, "future": when.at > now}


# Words that go with a time and name no place: "around", "i think", "not sure exactly when".
TIME_FILLER = re.compile(r"\b(?:at|on|in|around|about|approx|approximately|roughly|ish|maybe|probably|sometime|sometimes|some time|"
                         r"between|from|to|til|till|until|and|or|the|a|i|we|think|guess|dont|do|not|don t|know|sure|exactly|"
                         r"when|it|was|is|s|happened|must|have|been|ago|or so|like|prob|prolly|idk|just|before|after|"
                         # "yes, but it was Wednesday night actually, not last night": a yes or no, and the time put right
                         r"yes|yeah|yep|yup|no|nope|nah|but|actually|sorry|oh|ok|okay|wait)\b")


def _only_a_time(as_answer: places.LocationAssessment, when: dict | None) -> bool:
    """A reply that says when and nowhere ("last night around 11", "dont know exactly when, sometime this week"),
    which the place reader would otherwise take as typed for a place it does not know."""
    if when is None or as_answer.status != places.CONFIRM_TOWN or not as_answer.place:
        return False
    rest = prepare(as_answer.place).replace(prepare(when["text"]), " ")
    return not TIME_FILLER.sub(" ", rest).split()


def _without_the_time(as_answer: places.LocationAssessment, when: dict | None) -> places.LocationAssessment:
    """A place taken as typed keeps none of the time said with it."""
    if when is None or as_answer.status != places.CONFIRM_TOWN or not as_answer.place:
        return as_answer
    words = [re.escape(w) for w in when["text"].split()]
    said = re.compile(r"[\s,;:-]*(?:(?:at|on|around|about|in the|sometime|some time)\s+)*" + r"\W+".join(words) + r"\b\W*",
                      re.I) if words else None
    place = said.sub(" ", as_answer.place).strip(" ,;:-") if said else as_answer.place
    return replace(as_answer, place=place) if place and place != as_answer.place else as_answer


def _location_dict(assessment: places.LocationAssessment) -> dict:
    return {"status": assessment.status, "place": assessment.place,
            "area": assessment.area.id if assessment.area else None, "town": assessment.town}


def _location_from(data: dict) -> places.LocationAssessment:
    area = profile().area(data["area"]) if data.get("area") else None
    return places.LocationAssessment(data["status"], data.get("place"), area, data.get("town"))
