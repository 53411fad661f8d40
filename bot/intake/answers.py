"""Short answers: yes, no, and "I don't know", as residents type them."""
from __future__ import annotations

import re

from bot.contacts import TEXT_ONLY
from bot.text import prepare, sentences

# Filler residents put before a yes ("whatever, yes file it", "fine yes file it", "ok fine go ahead").
LEAD = r"^(?:(?:whatever|fine|alright|all right|well|um+|uh+|ugh|oh|ok|okay|so|then|yes|finally|at last|phew|great|good)\s+)*"
YES = re.compile(LEAD + r"(?:yes|yeah|yea|yep|yup|ya|y|sure|correct|right|ok|okay|k|affirmative|absolutely|definitely|of course|"
                 r"that is right|that is correct|thats right|it is|it was|it did|i do|i did|please do|yes please|confirm|"
                 r"confirmed|file it|submit|submit it|send it|go ahead|sounds good|looks good|looks right|looks correct|looks fine|looks ok|"
                 r"looks okay|looks great|all good|perfect|indeed|true|quite right|quite so|"
                 r"precisely|certainly|that is so|very well|"
                 r"actually yes|actually yeah|thats the one|that is the one|that one|exactly|thats it|that is it|si|yes it is|yes it was|yes i do|yes correct|yes that is right|yes that is correct)\b")
NO = re.compile(LEAD + r"(?:actually no|no|nope|nah|naw|n|not really|negative|never|neither|none|nobody|no one|not that i know|"
                r"not that i (?:saw|noticed|could see|could tell|remember|am aware)|none that i (?:saw|could see|noticed)|"
                r"not as far as i know|i do not|"
                r"i did not|it was not|it is not|not at all|no way|false|no thanks|no thank you|do not)\b")


# An "ok" that leads into a no ("ok no thanks", "alright nah ill call them")
OK_THEN_NO = re.compile(r"^(?:(?:huh|oh|ah|well|so)\s+)*(?:ok|okay|k|alright|all right|fine)\s+(?:then\s+)?(?:no|nope|nah|naw|no thanks|"
                        r"no thank you)\b")
# A "yes" that also says one of these is not a plain yes ("yes but do not submit it").
RESERVATION = re.compile(r"\b(?:not|do not|dont|never|cancel|stop|wait|but|wrong|change)\b")


def yes_or_no(text: str) -> bool | None:
    """True for yes, False for no, None when the answer is neither (or both)."""
    parts = [part for part in sentences(text) if prepare(part)]
    if len(parts) > 1 and TAKEN_IN.match(prepare(parts[0])):
        # "oh right im on the norwalk side. no thx", "really? its in westport though. whatever, no ill call": what was
        # said is taken in first; the answer is the last sentence
        last = _plain_yes_or_no(parts[-1])
        if last is not None:
            return last
    concluded = CONCLUDED.search(prepare(text))
    if concluded:  # "i think its the last thing before you cross into norwalk so yes westport": the answer it comes to
        return concluded.group("answer") in ("yes", "yeah", "yep")
    return _plain_yes_or_no(text)


# The answer a resident reasons their way to, said last: "... so yes westport", "... so no, not on the ramp".
CONCLUDED = re.compile(r"\b(?:so|then|which means|meaning) (?P<answer>yes|yeah|yep|no|nope)\b(?: (?:its |it is |it was )?"
                       r"(?:westport|in westport|it is|it was|it did|not|that is right|thats right)\b(?: \w+){0,3})?\W*$")


# An opening that takes in what was said before the answer ("oh right", "really?", "i see").
TAKEN_IN = re.compile(r"^(?:(?:oh|ah|hmm+|um+|huh|wait)\s+)*(?:right|ok|okay|i see|got it|really|seriously|huh|hmm+|oh)\b")


def _plain_yes_or_no(text: str) -> bool | None:
    words = prepare(text)
    is_yes = bool(YES.search(words)) and not RESERVATION.search(words)
    is_no = bool(NO.search(words))
    if is_yes and is_no and OK_THEN_NO.match(words):
        return False  # "ok no thanks ill call norwalk": the "ok" only leads into the no
    if is_yes == is_no:
        return None
    return is_yes


# Answers to "Would you like an officer to call you back?" said in a whole sentence ("Sure, have someone
# call me back", "No callback needed, I'll call Norwalk PD", "cancel the callback pls").
NO_CALLBACK = re.compile(
    r"\bno (?:call ?back|callback|call|calls)(?: is)?(?: needed| necessary| please| thanks| thank you)?\b|"
    # "email is fine thanks", "the email is enough": the copy by email will do, no call
    r"^(?:no,? |nah,? |ok,? )?(?:the |an? |by )?(?:email|e mail)(?: copy)? (?:is|s|would be|will be) (?:fine|enough|ok|okay|good|plenty)\b|"
    r"\b(?:do not|dont|no need to|never said|did not ask (?:you )?to) (?:want |need |to )?(?:an? |the |any )?(?:westport |local |police )?"
    r"(?:call ?back|callback|call me|officer|one)\b|"
    r"\b(?:i will|ill|i am going to|im going to|gonna|i can) (?:just )?(?:call|phone|ring) (?:them|that number|the number|it|"
    r"\w+ (?:pd|police)|the (?:police|station)|(?:\w+ ){0,3}myself|"
    # "ok, I'll call Fairfield. thanks": the other town's police, named by the town
    r"norwalk|weston|wilton|fairfield|southport|stamford|bridgeport|easton|the state police|state police|troop g)\b|\bcancel (?:the |my |that |this )?(?:call ?back|call)(?: back)?(?: request)?\b|"
    # "nah ill call tmrw": they will phone themselves, later
    r"\b(?:i will|ill|i ll|i can|i am going to|im going to|gonna) (?:just )?(?:call|phone|ring)(?: (?:in|you|them))? "
    r"(?:tomorrow|tmrw|tmr|tmw|later|in the morning|tonight|after work|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
WANT_CALLBACK = re.compile(
    # "text me pls", "Email is preferred. If phone, kindly after 10": to be contacted, in the way they name
    r"^\W*(?:(?:ok|okay|sure|yes|yeah|yep|well)\W+)*(?:(?:please|pls|plz|just|can you|could you|you can) )*(?:text|txt|email|e mail) me(?: instead| back| please| pls| plz)?\W*$|"
    r"\b(?:email|e mail|text|texting|a text|text messages?) (?:is|are|would be|s) (?:preferred|better|best)\b|"
    r"\bi (?:would )?prefer (?:an? )?(?:email|e mail|text|texts|texting)\b|"
    r"\b(?:have|get|let|send) (?:someone|somebody|an officer|the officer|a cop|them|one) (?:to )?(?:call|ring|phone) (?:me|us)\b|"
    r"\b(?:call|ring|phone) me (?:back|please|pls|plz|anytime|any time|on|at|after|before|tomorrow)\b|"
    r"\b(?:a |the )?call ?back (?:is |would be |sounds )?(?:fine|good|great|ok|okay|please|pls)\b|"
    # "ok yes but only after 7pm, I wont pick up before then": a yes, with when to call
    r"^(?:(?:ok|okay|sure|fine|well|oh)\s+)*(?:yes|yeah|yep|sure|ok|okay)\b(?:,)? (?:but |just |please )*(?:only )?"
    r"(?:after|before|between|in the (?:morning|afternoon|evening)|evenings?|mornings?|afternoons?|weekdays?|on weekdays|not before)\b")


# Wanting a person now rather than a call later ("can I talk to a real person right now instead of waiting for a
# callback"): the answer is the number to call, not a yes to the call-back.
TALK_NOW = re.compile(
    r"\b(?:talk|speak|chat) (?:to|with) (?:a |an |some |the )?(?:real |actual |live )?(?:person|human|someone|somebody|"
    r"officer|cop|dispatcher)\b.{0,40}?\b(?:now|right now|right away|today|instead)\b|"
    r"\binstead of (?:waiting for |waiting on )?(?:a |the |your )?call ?back\b|"
    r"\b(?:can|could) i (?:just )?(?:call|phone|ring) (?:you|someone|somebody|the station|the police|now|right now)\b|"
    r"\bwhat(?: s| is)? (?:the )?(?:number|phone number) (?:to call|i can call|for a person|to talk)\b")


def wants_a_person_now(text: str) -> bool:
    return bool(TALK_NOW.search(prepare(text)))


def callback_wanted_in(text: str) -> bool | None:
    """True or False when the message says outright whether they want the officer's call, else None."""
    words = prepare(text)
    if NO_CALLBACK.search(words):
        return False
    if WANT_CALLBACK.search(words):
        return True
    return None


# How and when the resident wants to be reached, said beside their answers (writing instead of a call among them).
CALLBACK_PREFERENCE = re.compile(
    r"\b(?:after|before|between|around|not before|not after|anytime after) \d{1,2}(?::\d\d)?\s*(?:am|pm)?\b|"
    r"\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|lunch ?time)\b(?: (?:are|is|would be))? (?:best|better|good|ok)\b|"
    r"\b(?:best|better) (?:in the )?(?:morning|afternoon|evening|after work|at night)\b|\btext (?:me )?first\b|"
    r"\b(?:please |pls )?(?:text|txt) me back\b|\bat work (?:until|til|till) \d|"
    r"\b(?:a |the )?(?:phone )?call (?:is|would be|s) (?:fine|ok|okay|good|great|perfect)\b|" + TEXT_ONLY.pattern, re.I)


def callback_note(text: str) -> str | None:
    """The sentences saying how or when to call, in the resident's words."""
    said = [sentence for sentence in sentences(text) if CALLBACK_PREFERENCE.search(sentence)]
    return " ".join(said).strip() or None


# Something to pass on to the officer already arranged to call: "can u put that in", "tell them about the dog too".
FOR_THE_OFFICER = re.compile(r"\b(?:can|could|pls|please) (?:you |u )?(?:put|add|include|mention) (?:that|this|it)(?: in| too| as well)?\b|"
                             r"\b(?:tell|let) (?:them|the officer|him|her) (?:know )?(?:about )?(?:that|this|the \w+)(?: too| as well)?\b|"
                             r"\b(?:add|put) (?:that|this) (?:to|in|on) (?:the |my )?(?:report|note|call ?back|file)\b")


def passes_something_on(text: str) -> bool:
    return FOR_THE_OFFICER.search(prepare(text)) is not None

