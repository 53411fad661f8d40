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


# Asking to deal with a person, said inside a longer message ("no neither. honestly id rather just talk
# to an officer", "i just want an officer to call me back"); never a story about one ("the officer at
# the desk told me to file online") and never refused ("i dont want to talk to an officer").
ASKS_FOR_PERSON = re.compile(
    r"\b(?:can i|could i|may i|i would rather|id rather|i had rather|rather|i want to|i would like to|id like to|"
    # "is possible I talk with a police officer person?", as non-native writers ask
    r"(?:is (?:it )?)?possible (?:for me )?(?:that )?(?:i|to)|"
    r"i (?:would |should |d )?(?:much |really |very much )?prefer to|i need to|let me|i just want to|just want to|i wanna|can we) "
    r"(?:just |please )?(?:talk|speak) "
    r"(?:to|with) (?:an? |the |some )?(?:(?:real|actual|live|human|in person) )?(?:officer|cop|police officer|policeman|person|human|"
    r"someone|somebody)\b|"
    r"\b(?:i (?:just |really )?(?:want|need|would like|prefer)|i would (?:just |really )?like|id (?:just |really )?like|rather (?:just )?have|"
    r"(?:can|could)(?: not)? (?:i|you|we) (?:not )?(?:just |please )?(?:have|get|send)|please (?:just )?(?:have|send)) (?:an? |the |one of your )?"
    r"(?:(?:real|actual|live|uniformed) )?(?:officer|cop|police officer|policeman|someone|somebody|person) (?:to )?(?:call|come|contact|phone|reach|visit|stop by|look|"
    r"round|around|over|out|by|here|to (?:my|the|our) (?:house|home|door))\b|"
    r"\b(?:one of your |an? |your )(?:officers?|cops?) (?:could|would|can) (?:come|stop|swing) (?:by|out|over)\b|"
    # "Dad is standing next to me and says he'd like a real officer to come to the house": for the one it happened to,
    # an officer by name (their "wants someone to look at it" may be a mechanic)
    r"\b(?:he|she|they) (?:just |really )?(?:wants|want|needs|would like|would rather have|would prefer|prefers) (?:an? |the )?"
    r"(?:(?:real|actual|live|uniformed) )?(?:officer|cop|police officer|policeman) (?:to )?(?:call|come|contact|phone|visit|stop by|"
    r"look|over|out|by|here|to (?:his|her|their|the) (?:house|home|door))\b|"
    # "ok then i'm asking you for an officer", "i want a real officer", "can i just get a real officer to come look at it?"
    r"\b(?:i am |im |i m )?(?:asking|begging) (?:you )?for (?:an? |some )?(?:real |actual )?(?:officer|cop|person|human)\b|"
    r"\b(?:i want|i need|i would like|id like|get me|can i (?:just )?get|could i (?:just )?get) (?:an? |some )?(?:real |actual |live )"
    r"(?:officer|cop|person|human)\b|"
    # "Please just send an officer.", "I do not want to file online": the department sends an officer to anyone who
    # does not wish to report online
    r"\b(?:please |pls |just )+send (?:an? |the )?(?:officer|cop|police officer)\b|"
    r"\b(?:do not|dont|don t) (?:want|wish) to (?:file|do|make|report) (?:this |it |the report |a report )?online\b|"
    # "Is there a real person I could speak with?"
    r"\b(?:is there|can i get|could i get|may i have) (?:an? |some )?(?:real |actual |live )?(?:person|human|officer|someone|somebody) "
    r"(?:i (?:could|can|might) (?:just )?|to )(?:speak|talk|chat|text|message)\b|"
    # "can i just text with an actual person instead of a bot"
    r"\bcan i (?:just |please )?(?:text|talk|chat|speak|message) (?:with|to) (?:an? |some )?(?:actual |real |live )"
    r"(?:person|human|officer|cop)\b")
REFUSED = re.compile(r"\b(?:do not|dont|not|never|no need to)\s+(?:really\s+)?$")


# Saying the report is no longer wanted, inside a longer message ("they came, its over, I dont need to
# do a report anymore", "please disregard, nobody broke in", "found it ... sorry cancel pls").
NO_REPORT_WANTED = re.compile(r"\b(?:do not|dont|no longer) (?:need|want) (?:to (?:do|file|make|finish) )?(?:a|the|this|my|any) "
                              r"(?:\w+ )?report(?: anymore| any more| now| after all)?\b|\bno (?:need for a|report) needed\b|"
                              r"\b(?:disregard|ignore|forget) (?:the whole thing|this whole thing|all of (?:this|it)|everything i (?:said|sent|wrote))\b|"
                              # ("he can't just ignore it" is no withdrawal)
                              r"(?<!not )(?<!cant )(?<!to )(?<!could )\b(?:please|pls|plz|just) (?:disregard|ignore)(?: (?:this|that|it|all (?:this|that)|my (?:message|report|messages)))?(?=\W*$| (?:sorry|thanks|thank you|nobody|no one|it|we|i)\b)|"
                              # "so its not lost. cancel pls": asked at the end of the message
                              r"(?<!dont )(?<!not )\bcancel(?: it| this| that| the report| my report)?(?: please| pls| plz)+\b|"
                              # "ugh nvm my mom says forget it shes just gonna call u guys herself": someone will phone instead
                              r"\b(?:never ?mind|nvm|forget (?:it|about it))\b.{0,60}?\b(?:is|are|am|will|just)? ?(?:just )?(?:going to|will) "
                              r"(?:call|phone|ring) (?:you|y all|you guys|the police|the station|them)\b|"
                              # "... turns out my roommate borrowed it, my bad. quit report": the advertised words, said last
                              r"\b(?:quit|cancel|stop|end) (?:the |this |my )?report(?: please| pls| now| thanks| thank you)*\W*$|"
                              # "she added me as an authorized user. So it's legit. Never mind, sorry to waste your time."
                              r"\b(?:never ?mind|nvm)\W+(?:sorry|my bad|oops)\b|\b(?:it is|its) legit\b|"
                              # "I don't want to report anything, I just want to know the rule", "just need the hours"
                              r"\b(?:do not|dont) (?:want|need|wish) to (?:report|file) (?:anything|a thing)\b|"
                              # "my accountant says he will handle it. I dont want to file this right now, sorry"
                              r"\b(?:do not|dont) (?:want|wish) to (?:file|submit|make|do|finish) (?:this|it|the report|a report|my report)"
                              r"(?: (?:right now|now|anymore|any more|after all|today))?(?=\W*(?:$|sorry|thanks|thank you|please|pls)\b)|"
                              # "i said bye, i dont want to file here", "ok ill just tell the officer then. bye": not online
                              r"\b(?:do not|dont) (?:want|wish) to (?:file|report|do) (?:it |this |one )?(?:here|online|on here|in (?:the|this) chat)\b"
                              r"(?!.*\b(?:officer|cop|someone|somebody|a person|a human)\b)|"  # (asking for one instead is no cancel)
                              r"\b(?:i will|ill|i ll) (?:just )?(?:tell|give it to|report it to|let) (?:the|an) (?:officer|cop|police|responding officer)\b"
                              r"(?: (?:then|instead|know))?\W*(?:(?:ok |okay |thanks |thank you )*(?:bye|goodbye|thanks|thank you))?\W*$|"
                              r"^(?:(?:no|nah|nope|ok|okay|sorry|thanks|thank you)\s+)*(?:i )?(?:was |am )?just "
                              r"(?:(?:need|needed|want|wanted) (?:the (?:hours|number|address|rule|rules|info|information)|to (?:know|ask|check))|"
                              r"asking|curious|wondering|had a question|a question)\b"
                              r"(?!.*\b(?:stolen|broke|broken|took|keyed|smashed|lost|calls?|calling|add|added|change|changed|fix|fixed|"
                              r"include|included|update|updated|correct|corrected|file|filed|submit)\b)|"
                              # "so not harassment i guess. dont send it", "it's my pharmacy's refill reminder ... Please don't file
                              # anything" (not "dont send it yet": that waits)
                              r"\b(?:do not|dont) (?:send|file|submit) (?:it|this|that|the report|my report|anything)\b(?! (?:yet|until|before|till|now))|"
                              # "omg STOP dont send. my husband just called, he went in the car at 6"
                              r"^(?:omg |oh no |wait |no |ok )*stop (?:do not|dont) (?:send|file|submit)\b|"
                              r"\bdisregard (?:this|that|my (?:message|report|messages))\b|"
                              # "I have it in my hands. Please cancel this.": the whole report, asked at the end of the message
                              r"\b(?:please|pls|plz|so|just|you can|can you|could you) cancel (?:this|it|that|the report|my report|everything)"
                              r"(?: please| pls| plz| thanks| thank you)?\W*$|"
                              r"\b(?:sorry|oops|my bad|nvm|never mind)(?: please| pls| plz)? cancel(?: it| this| that| the report)?"
                              r"(?: please| pls| plz)?\b|"
                              # "... it was in my coat pocket when i dropped the coat off. sorry for wasting ur time": the thing turned
                              # up, said last (the crisis-line rule sees the same words first, and lets a found thing go)
                              r"\b(?:(?:was|were|been) (?:in|under|behind|inside|at|on) (?:my|the|our|his|her)|found it|found them|turned up|lost and found)\b.{0,120}\bsorry (?:for wasting|to waste|"
                              r"for taking up) (?:your|you r|you|yall s|ya) time\W*$")


def command_in(text: str) -> str | None:
    """The advertised command this whole message is, if any: cancel, start_over or request_officer
    (or a request for a person said inside a longer message)."""
    words = prepare(text)
    whole = next((name for name, pattern in FLOOR.items() if pattern.search(words)), None)
    if whole:
        return whole
    asked = ASKS_FOR_PERSON.search(words)
    asked = asked if asked and not REFUSED.search(words[:asked.start()]) else None
    if NO_REPORT_WANTED.search(words):
        # "id rather have an officer come see it, can you send someone out? i dont want to do this online": not
        # online, but with an officer
        return OFFICER if asked and NOT_ONLINE.search(words) else CANCEL
    return OFFICER if asked else None


# Not wanting it done online (rather than not wanting a report at all).
NOT_ONLINE = re.compile(r"\b(?:online|here|on here|in (?:the|this) chat|this way)\b")


def is_cancel(text: str) -> bool:
    return command_in(text) == CANCEL


def is_restart(text: str) -> bool:
    return command_in(text) == START_OVER


def asks_for_officer(text: str) -> bool:
    return command_in(text) == OFFICER


# Asking this chat to call or send help ("can you call the fire department for me", "can u send
# someone"): it cannot, and a reply starting "Yes" would read as agreeing.
ASKS_US_TO_SEND = re.compile(r"\b(?:can|could|would|will|pls|please) (?:you|u|someone|somebody|anyone|y all|you guys) "
                             r"(?:please |just |pls )?(?:call|send|get|contact|dispatch|ring)\b|^(?:please |pls )?(?:send|call) "
                             r"(?:someone|somebody|help|the|an? )|"
                             # "wait is someone coming?? did u send them": asking whether this chat sent help
                             r"\b(?:did|have|are) (?:you|u|y all) (?:already )?(?:send|sent|sending|call|called|calling|contact\w*|dispatch\w*)\b|"
                             r"\bis (?:someone|somebody|anyone|help|an officer|a cop|the police|police)(?: \w+){0,3}? (?:coming|on (?:the|their|its|his|her) way)\b")


def asks_us_to_send(text: str) -> bool:
    return bool(ASKS_US_TO_SEND.search(prepare(text)))


# Taking back a request for an officer to finish online after all ("actually nvm lets just finish it here"):
# the report goes on where it stopped, nothing is cancelled.
FINISH_HERE = re.compile(r"\b(?:finish|do|complete|continue|file|go on with|carry on with) (?:it|this|the report|my report|"
                         r"the rest|this report) (?:here|online|with you|in the chat|on here|through here)\b|"
                         r"\b(?:finish|do|file) (?:it|this) (?:online|here) (?:after all|instead)\b|"
                         # "no, i want to finish the report online instead", "maybe i can just do it here?", "if its quick ill
                         # just finish it here", "i want to make an identity theft report online" (not "file it later online")
                         r"\b(?:do|finish|file|make|report|fill|submit|complete|keep going with|continue|go on with)\b"
                         r"(?: (?!later\b|tomorrow\b)\w+){0,4} (?:online|here|in (?:the|this) chat|on here|through (?:the|this) chat)\b"
                         r"(?! (?:later|another time|tomorrow))|\bonline (?:instead|after all)\b|"
                         r"\b(?:no longer) (?:want|need) (?:an? |the )?(?:officer|cop|call ?back|callback)\b|"
                         r"\b(?:do not|dont) (?:want|need) (?:an? |the )?(?:officer|cop|call ?back|callback) (?:anymore|any more|after all)\b")


def finishes_here(text: str) -> bool:
    words = prepare(text)
    said = FINISH_HERE.search(words)
    return bool(said) and not REFUSED_BEFORE.search(words[:said.start()])  # not "i dont want to do this online"


# ("no, i want to finish the report online instead": a "no" to the call-back, not to finishing here)
REFUSED_BEFORE = re.compile(r"\b(?:not|dont|do not|never|cant|can not)\b(?: \w+){0,3} $")

# Asking for someone to talk to, or a line other than 911 ("can i just talk to an actual person", "whats the regular police
# number then, not 911"), after the crisis line was given: the answer is 988 and the non-emergency line.
PERSON_OR_LINE = re.compile(r"\b(?:talk|speak|chat) (?:to|with) (?:a|an|some|someone|somebody|a real|an actual|a live|an? \w+) ?"
                            r"(?:person|human|officer|cop|someone|somebody|people)?\b|\b(?:regular|normal|non emergency|"
                            r"nonemergency|other|police) (?:police )?(?:number|line|phone)\b|\bnot 911\b|\bcall me back\b|"
                            r"\b(?:officer|cop|someone|somebody) (?:to )?call me\b|"
                            r"\b(?:someone|somebody|a person|a human|anyone|a real person) (?:i|we) (?:can|could) (?:\w+ )?(?:talk|speak) (?:to|with)\b")


def asks_for_a_person_or_line(text: str) -> bool:
    return bool(PERSON_OR_LINE.search(prepare(text)))
