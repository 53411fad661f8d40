"""The intake interview: which question comes next, and what each message tells us.

Facts are a plain mapping of field name -> value (the Rasa slots, in actions/).
`next_fields` lists the questions still relevant, in order; `absorb` reads one
understood message (bot/intake/understanding.py) into updates: the answer to the
question asked plus anything else the resident volunteered. A known fact is only
overwritten when the resident is correcting it ("actually it was tuesday"), and at
the summary every fact the message names is a correction: the summary is shown
again, and only a clear yes files.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from difflib import SequenceMatcher

from bot.contacts import (EMAIL_CANDIDATE, NO_EMAIL, TEXT_ONLY, display_phone, find_email, find_name, find_phone, is_contact_block,
                          name_in_sentence, own_phone, respelled)
from bot.intake import questions, readers
from bot.intake.answers import yes_or_no
from bot.intake.details import (NUMBER_WORDS, REPAIR_COST, YEAR, Vehicle, amend_vehicle, as_record, items_in_description, money_stated,
                                only_repair_costs, own_line_said, caller_numbers, plate_state_said, read_caller_number, read_items,
                                read_vehicle, speaks_of_a_vehicle, value_of_items)
from bot.intake.eligibility import decide
from bot.intake.incidents import IncidentReading, nothing_taken, type_from_answer, type_put_right, type_said_instead
from bot.intake.places import location as loc
from bot.intake.screening import KNOWN_SUSPECT, known_suspect_in, weapon_in
from bot.intake.understanding import Understanding, understand
from bot.intake.when import END_WORDS, START_WORDS, local_now, parse_when
from bot.profile import profile
from bot.text import normalize, prepare, sentences, straighten

CONTACT_FIELDS = ("reporter_name", "reporter_email", "reporter_phone")
# A one-word name at the summary this much like one part of the name given is that part re-spelled.
SPELLING_LIKENESS = 0.6
SCREENING_FIELDS = ("suspect_or_weapon", "known_suspect", "weapon")
MY_PHONE_FIX = re.compile(r"\b(?:phone|cell|number|phone number)(?: number)? (?:is wrong|should be|is actually|is not right)|"
                          r"\b(?:wrong|change|fix|correct|update) (?:my |the )?(?:phone|cell|number)\b|"
                          # "put my cell 203-858-1212 instead of the home phone": the resident's own number changed
                          r"\b(?:put|use|list) (?:my|our) (?:\w+ )?(?:cell|phone|number|mobile|landline|home phone|house phone|work phone)\b|"
                          r"\binstead of (?:the|my|our) (?:\w+ )?(?:cell|phone|number|mobile|landline|home phone|house phone)\b")
# Not "my phone" or "my cell" alone: "somebody is calling to my phone ... from 475-555-0122" gives the caller's number.
MY_CONTACT = ("my email", "my e mail", "email is", "my phone is", "my phone number", "my phone s", "my number", "my cell is",
              "my cell number", "my cell s", "call me", "reach me", "text me",
              "be reached", "reached at", "by email", "by e mail", "email me", "contact me", "my contact",
              # a signature: "My name is Bartholomew Ashcroft-Lyle, email b.a@example.com, telephone 203-555-0126"
              "my name is", "my telephone", "telephone is", "my mobile")


@dataclass
class Absorbed:
    updates: dict = field(default_factory=dict)
    understood: bool = True  # the message answered the question that was asked


def next_fields(facts: Mapping) -> list[str]:
    """The questions relevant now, in the order they are asked (filled ones are skipped by the form)."""
    fields = ["incident_type"]
    if not facts.get("incident_type"):
        return fields
    if facts.get("type_uncertain") and facts.get("type_confirmed") is None and not _refused_whatever_the_type(facts):
        return [*fields, "type_confirmed"]  # never refuse (or file) on a reading the resident has not confirmed
    if decide(facts).eligible is False:
        return []
    fields.append("location")
    status = facts.get("location_status")
    if facts.get("location") and status in (loc.CONFIRM_TOWN, loc.CONFIRM_AREA):
        fields.append("location_confirmed")
    if status != loc.IN_TOWN:
        return fields
    incident = profile().incident_type(facts["incident_type"])
    screening = list(incident.screening if incident else ())
    both_unknown = facts.get("known_suspect") is None and facts.get("weapon") is None
    if len(screening) == 2 and both_unknown and facts.get("suspect_or_weapon") is None:
        fields.append("suspect_or_weapon")  # one question for both; "no" answers both
        return fields
    fields += [*screening, "occurred_at", *_with_plate(incident.details_for(bool(facts.get("vehicle_parts"))) if incident else (),
                                                       facts)]
    fields += ["narrative", *CONTACT_FIELDS, "confirmed"]
    return fields


# An incident dated at least this long before a message is past: an answer that says nothing of this moment tells
# more of it, not a new danger (bot/safety/detector.Screening.verdict).
DATED_PAST = timedelta(hours=1)


def dated_past(facts: Mapping, now: datetime | None = None) -> bool:
    """Whether the report being taken was already dated in the past ("yesterday around 3", "tuesday night")."""
    told = facts.get("occurred_end") or facts.get("occurred_at")
    try:
        at = datetime.fromisoformat(told) if told and told != "unknown" else None
    except (TypeError, ValueError):
        return False
    if at is None:
        return False
    now = now or local_now()
    if at.tzinfo is None:
        return at.date() < now.date()  # a day without a time: any earlier day
    return at <= now - DATED_PAST


def _refused_whatever_the_type(facts: Mapping) -> bool:
    """An online type said somewhere an officer must take any report ("clipped my mirror on the merritt ... is that
    something westport police handles?"), or with a weapon ("he flashed a blade at me so I backed off"): confirming
    which type it is changes nothing."""
    placed_out = facts.get("incident_type") in profile().online_slugs and \
        facts.get("location_status") in (loc.OUTSIDE_TOWN, loc.EXCLUDED_AREA)
    return placed_out or facts.get("weapon") is True


def _with_plate(details: tuple[str, ...], facts: Mapping) -> list[str]:
    """A vehicle named without its plate ("It's a Hyundai") is asked for the plate once: staff and the stolen-property
    systems find a vehicle by it. Asked for the vehicle itself, the resident was asked for the plate already."""
    fields = list(details)
    plate_known = (facts.get("vehicle_details") or {}).get("plate")
    if "vehicle" in fields and facts.get("vehicle") and not plate_known:
        fields.insert(fields.index("vehicle") + 1, "vehicle_plate")
    return fields


# A message signed off with the writer's name: "Yours sincerely, Margaret Holloway.", "Thanks, Dan Ortiz"
SIGNED = re.compile(r"(?:^|[.!?]\s+|\n)(?i:yours (?:sincerely|truly|faithfully)|sincerely|kind regards|best regards|warm regards|regards|"
                    r"respectfully|thank you|thanks|many thanks|best)\s*[,.\-]?\s+"
                    r"(?P<name>[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){1,2})\.?\s*$")


# The resident's own number is the one they are texting from: "this number", "text me here", "this # is fine".
THIS_NUMBER = re.compile(r"\bthis (?:number|phone|cell|cellphone|#)\b(?!\s*(?:is|was|:)?\s*\+?\(?\d)")


def absorb(message: Understanding | str, facts: Mapping, asking: str | None, now: datetime | None = None) -> Absorbed:
    """What this message tells us: the answer to `asking`, plus anything volunteered."""
    now = now or local_now()
    u = message if isinstance(message, Understanding) else understand(message, now=now)
    if asking == "confirmed":
        return _at_summary(u, facts, now)
    result = Absorbed()
    if asking:
        answer = readers.read(asking, u, facts, now)
        result.understood = answer is not None
        result.updates.update(answer or {})
    correcting = readers.is_correction(u) and not readers.corrects_its_own_amount(u, asking)
    volunteered = _volunteered(u, {**facts, **result.updates}, asking, correcting, (), now)
    if asking in DETAIL_ANSWERS and volunteered.get("type_confirmed") and volunteered.get("incident_type"):
        # "we didnt lose it!! someone cut the lock and took it": the type put right is the message, not the items
        for name in (asking, f"{asking}_details"):
            result.updates.pop(name, None)
    typed_place = result.updates.get("location") and (result.updates.get("location") == result.updates.get("location_text")
                                                       or u.location.status == loc.NOT_FOUND)
    retyped = volunteered.get("incident_type") and (volunteered.get("type_confirmed") or
                                                    volunteered["incident_type"] != facts.get("incident_type"))
    if asking == "location" and retyped and typed_place:
        # "there r no calls!!! someone is tampering with my car", "hmm no wait, now that i look, my passenger window is
        # smashed. so someone broke into my car": the type put right, no place given
        for name in ("location", "location_status", "location_text", "excluded_area", "location_confirmed"):
            result.updates.pop(name, None)
    for name, value in volunteered.items():
        result.updates.setdefault(name, value)
    if asking not in ("vehicle", "vehicle_plate") and "vehicle_details" not in result.updates:
        # "Correction: the plate is New York, not Connecticut. ... My name is Sofia Lindqvist", sent with the name
        vehicle_fix = _plate_state_fixed(u.text, facts) or _vehicle_word_swapped(u.text, facts)
        result.updates.update(vehicle_fix)
        result.understood = result.understood or bool(vehicle_fix)
    result.updates.update(_details_no_longer_needed(facts, result.updates))
    signed = SIGNED.search(u.text or "")
    if signed and not facts.get("reporter_name") and not result.updates.get("reporter_name") and \
            find_name(signed.group("name")) and loc.assess_location(signed.group("name")).status == loc.NOT_FOUND:
        # "... I would be most grateful for your assistance. Yours sincerely, Margaret Holloway.": the writer's name
        result.updates["reporter_name"] = signed.group("name")
    if facts.get("reporter_phone") and result.updates.get("reporter_phone") and THIS_NUMBER.search(u.normal):
        # "Daniel Reyes, dreyes84@gmail.com, this number. my mom is Carmen Reyes 203-454-2210", "text me at this number
        # please, the calls come to my landline 203-555-0131": the number texted from is theirs; the other is not
        del result.updates["reporter_phone"]
    if asking in ("type_confirmed", "incident_type"):
        result.updates.update(_items_told_before({**facts, **result.updates}, facts.get("type_text")))
    result.updates.update(_story_told_in_parts({**facts, **result.updates}))
    result.understood = result.understood or bool(volunteered)
    return result


def _items_told_before(facts: Mapping, told: str | None) -> dict:
    """The things taken, with their prices, in a description first read as another type ("someone broke into my CR-V
    ... and stole my Bose headphones (about $300) and a gym bag worth maybe $80", read as damage and put right):
    once the type that lists items is settled, they are not asked for again."""
    incident = profile().incident_type(facts.get("incident_type") or "")
    if not incident or facts.get("items") is not None or not told or \
            "items" not in incident.details_for(bool(facts.get("vehicle_parts"))):
        return {}
    return _priced_items(told)


def _priced_items(text: str) -> dict:
    """The things a description lists as taken or lost, when it prices them ("my laptop bag (MacBook Air, $1,299) and
    my Ray-Bans ($180)"): the items answer, so it is not asked for."""
    listed = items_in_description(text) or ""
    if not (money_stated(text) or PRICED_IN_PASSING.search(listed)):
        return {}
    items = read_items(listed)
    return {"items": items.description, "items_details": as_record(items)} if items else {}


# Detail questions whose answer a type put right replaces (the details are asked again for the new type).
DETAIL_ANSWERS = ("items", "vehicle", "damage", "accounts", "caller_number", "call_pattern")


# What the resident wrote about what, where and when, in the order they told it.
STORY_PARTS = ("type_text", "location_text", "occurred_text")
# "somebody keyed my car. 45 Hillspoint Road. this morning" says no more than the fields: the narrative is asked.
STORY_IN_PARTS_MIN_WORDS = 12


def _story_told_in_parts(facts: Mapping) -> dict:
    """"mailbox smashed" / "41 bayberry ln" / "sometime overnight, was fine at 10 and busted this morning":
    told in pieces, that is the description; asking "please describe what happened" next would ask
    for it again. Only when the narrative is the next question and the pieces say enough."""
    if facts.get("narrative") is not None:
        return {}
    pending = [name for name in next_fields(facts) if facts.get(name) is None]
    if not pending or pending[0] != "narrative":
        return {}
    parts: list[str] = []
    for name in STORY_PARTS:
        said = " ".join(str(facts.get(name) or "").split()).rstrip(" .")
        # "prob at the stop n shop on post rd east, friday before thanksgiving around 5pm" holds the time said in it:
        # a piece already told inside another is not told twice
        if len(said.split()) >= 2 and not any(said.lower() in p.lower() for p in parts):
            parts = [p for p in parts if p.lower() not in said.lower()]
            parts.append(said)
    story = ". ".join(parts)
    return {"narrative": story} if len(story.split()) >= STORY_IN_PARTS_MIN_WORDS else {}


# Questions about the detail being asked for: what stands beside them is about that detail, not the detail itself.
ABOUT_THE_DETAIL = frozenset({"serial_number", "detail_needed", "keep_evidence", "evidence"})
# Questions about what the assistant itself said: a question sent there is never also the answer.
ANSWERED_ONLY_ALONE = ("confirmed", "type_confirmed", "location_confirmed")


def answer_beside_question(text: str, facts: Mapping, asking: str | None, now: datetime | None = None,
                           topic: str | None = None) -> dict:
    """The answer to `asking` sent together with a question of the resident's own ("the imperial ave
    lot. will my name be given out?"): kept, so the question is answered and the interview moves on
    instead of asking again. The rest of the message is a different text from the one understood,
    so it is read here, once. Nothing that would end the interview is taken: that is the form's call."""
    if not asking or (topic == "whose_details" and asking == "reporter_name"):
        # "Should this be under my name or the practice's? It belongs to Dr. Liang": a name beside the question of
        # whose details to give is the other person's
        return {}
    rest = questions.besides_the_question(text)
    if not rest:
        return {}
    if topic in ABOUT_THE_DETAIL and asking in DETAIL_ANSWERS and not re.search(r"\d", rest):
        # "do i need the serial number? i think its on the receipt at home somewhere": about the detail asked, not it
        # (but "do you need the serial? its a trek fx3, $900" gives it)
        return {}
    if asking in ANSWERED_ONLY_ALONE:
        first = rest.split(", ")[0]
        if not (asking in ("location_confirmed", "type_confirmed") and _plain_town_answer(first)):
            return {}
        rest = first
    if asking == "location" and loc.assess_location(rest).status == loc.NOT_FOUND:
        return {}  # "before I give my address, is this anonymous? i dont want my name on it": no place named beside it
    updates = absorb(rest, facts, asking, now).updates
    # "nobody recognizes him. no threats or anything. should i send u the clip?": one half of the two-in-one
    # screening question answered counts, or the same question comes back for ever
    halves = asking == "suspect_or_weapon" and any(updates.get(half) is not None for half in ("known_suspect", "weapon"))
    if updates.get(asking) is None and not halves:
        return {}
    merged = {**facts, **updates}
    if not any(merged.get(name) is None for name in next_fields(merged)):
        return {}
    return updates


# Words enough for "ya westport" and no more: a longer piece beside a question is not a plain answer.
PLAIN_ANSWER_WORDS = 3


def _plain_town_answer(rest: str) -> bool:
    """"ya westport. do i have to give my name for this?", "yes. also ... can i report that here too?": the town or
    type check answered beside a question of their own."""
    return len(rest.split()) <= PLAIN_ANSWER_WORDS and yes_or_no(rest) is not None


# Questions whose answer may change whether the resident files at all ("can I file it anonymously?"): answered, and
# nothing is filed until they say yes.
ASKED_BEFORE_FILING = frozenset({"anonymous", "who_sees", "whose_details", "data_safety", "why_contact"})
SURE_ENOUGH_TOPIC = 0.6


def _at_summary(u: Understanding, facts: Mapping, now: datetime) -> Absorbed:
    """At "Reply YES to file it, or tell me what to change": any fact named is a correction.

    A changed fact shows the summary again (confirmed stays unset); a field named without a
    new value ("the email is wrong") is asked again; only a clear yes with nothing to change files.
    """
    unquoted = WHAT_IT_SAYS.sub(" ", u.text)
    if unquoted != u.text and unquoted.strip():
        # "The time is wrong, it says 7:30 AM. It was 7:30 in the evening": the value quoted from the summary is the
        # one being replaced, so the correction is read without it (a different text, read once here)
        u = understand(unquoted, now=now)
    asks_before_filing = u.question is not None and u.question.topic in ASKED_BEFORE_FILING and \
        u.question.confidence >= SURE_ENOUGH_TOPIC and u.yes_no is not True
    if NOT_YET.search(u.normal) or asks_before_filing:
        # "That is correct now. Before I confirm, may I ask whether an officer will come?": nothing is filed on a
        # message that says it is not the confirmation; its question is answered and the summary stays. "Before I say
        # yes, I must correct myself ... $98.99, not $89.99" still corrects.
        held = _read_at_summary(u, facts, now)
        held.updates.pop("confirmed", None)
        return held if set(held.updates) - {"awaiting_correction"} else Absorbed({}, understood=True)
    return _read_at_summary(u, facts, now)


def _read_at_summary(u: Understanding, facts: Mapping, now: datetime) -> Absorbed:
    """What a reply to the summary changes, and whether it files."""
    if facts.get("incident_type") == HARASSING_CALLS and own_line_said(u.text) and CALLS_COME_TO.search(normalize(u.text)) and \
            not MY_PHONE_FIX.search(normalize(u.text)):
        # "the calls come to my house landline 203-555-0111 not this cell": where the calls come in, for the story; not
        # the caller's number, and no field to ask again
        told = (facts.get("narrative") or "").strip().rstrip(".")
        said = f"Calls received on: {readers.without_lead_in(u.text.strip())}"
        return Absorbed({"narrative": f"{told}. {said}" if told else said, "awaiting_correction": False})
    added_caller = _caller_number_added(u.text, facts)
    if added_caller:  # "you left off the other number, they also call from 917-555-0122": the caller's, not theirs
        return Absorbed({**added_caller, "awaiting_correction": False})
    refusing = {k: v for k, v in _volunteered_screening(u.text, facts, "confirmed").items() if v is True}
    if refusing:
        # "yes file it. and to be clear tyler is the one who did it": a known suspect or a weapon told at the last step
        # makes it an officer's report, whatever else the message says; it is never filed
        return Absorbed({**refusing, "awaiting_correction": False})
    unit = _unit_added(u, facts) if loc.unit_said(u.text) else _house_number_fixed(u.text, facts)
    if unit:  # "please add unit 2C to the address", "Add the house number please, 210 Hillspoint": the address
        approved = readers.approves_the_rest(u.text)  # "... Otherwise yes"
        return Absorbed({**unit, "awaiting_correction": False, **({"confirmed": True} if approved else {})})
    # "will my name be public?" names a field in a question, not to change it
    named = readers.named_fields(" ".join(part for part in sentences(u.text) if not part.strip().endswith("?"))
                                 if u.question else u.text)
    story = STORY_ADDED.search(u.text or "")
    if story:  # "I want add to what happened: black paint word on garage door, mailbox post broken."
        said = " ".join(part for part in sentences(story.group("said")) if not TEXT_ONLY.search(part)).strip()
        if said:
            told = (facts.get("narrative") or "").strip().rstrip(".")
            return Absorbed({"narrative": f"{told}. {said}" if told else said, "awaiting_correction": False,
                             **_contact_in_writing(u.text, facts)})
    both = _addition_and_change(u, facts, now)
    if both:  # "oh also they took my ray bans outta the visor, $160. and the speaker was $130 not 100 i checked"
        return both
    vehicle_fix = _vehicle_detail_fixed(u.text, facts) if not u.when and u.location.status == loc.NOT_FOUND and \
        not PLATE_NAMED.search(u.text) else {}  # a plate put right beside it is read below, the year with it
    if vehicle_fix:  # "ok and the year is 2020", "oh n its a 2018 actually, not 2019": a change, never a yes
        return Absorbed({**vehicle_fix, "awaiting_correction": False})
    accounts = _accounts_named(u.text, facts)
    if accounts:  # "the cards were capital one, discover and amex, pls add that. also do i need to do the FTC thing too?"
        return Absorbed({**accounts, "awaiting_correction": False})
    removed_part = _part_of_story_removed(u.text, facts)
    if removed_part:  # "please take out the part about me not wanting to be here, that's private"
        # the rest of the message may change something else ("the address is 40 Hillandale Rd, and please take out ...")
        rest = PART_REMOVED_SENTENCE.sub(" ", u.text).strip(" ,.;-")
        more = _read_at_summary(understand(rest, now=now), {**facts, **removed_part}, now).updates if \
            len(rest.split()) >= 3 else {}
        more.pop("confirmed", None)
        return Absorbed({**{k: v for k, v in more.items() if k != "narrative"}, **removed_part, "awaiting_correction": False})
    instructed = _instructed_change(u.text, facts, now)
    if instructed:  # "can you change what happened to: every night around 2am ...": that field, and nothing read from it
        return Absorbed({**instructed, "awaiting_correction": False})
    repair = _repair_cost_noted(u.text, facts)
    if repair:  # "fixing the window will cost about $380, can you add that? its not stolen, just the damage"
        return Absorbed({**repair, "awaiting_correction": False})
    taken = _taken_after_all(u.text, facts)
    if taken:  # "my Ray-Ban sunglasses is missing from door pocket. Cost 160 dollar": a vehicle burglary after all
        return Absorbed({**taken, "awaiting_correction": False})
    # "oh and the cvs one was $47.15": an amount already on the report put right, though said like an afterthought
    # (not "and the shoes were more like 150", a thing on the list priced again)
    listed = readers.new_value(u.text, "items") if "items" in named else None
    adding = readers.is_addition(u) and not _labelled_amount_put_right(u.text, facts) and \
        not _listed_item_priced(u.text, facts) and not listed  # "items are wrong, should be: ... also add that ..."
    if readers.only_file_it(u.text) or readers.says_file_it(u.text) and not named and not adding \
            and not RULED_OUT_AMOUNT.search(u.text):
        return Absorbed({"confirmed": True, "awaiting_correction": False})  # "forget it, just file it the way it is"
    approved = readers.approves_the_rest(u.text)  # "..., otherwise yes": file with this change
    if adding:
        added = _added_at_summary(u.text, facts)
        if added or approved:  # nothing new (said again) with "otherwise yes" still files
            files = approved and not (added.get("known_suspect") or added.get("weapon"))  # a suspect named: an officer's
            return Absorbed({**added, "awaiting_correction": False, **({"confirmed": True} if files else {})})
    removed = _item_removed(u.text, facts) or _account_removed(u.text, facts)  # "wait take the helmet out, its in our garage"
    if removed:
        named = [name for name in named if name != "items"]  # "remove my question from the items" gives no new list
        listed = None
    # "It is Anh Nguyen. And please put the black bag also, 30 dollar": a fix and an afterthought in one message
    # (not when the list itself is given anew: "items are wrong, should be: ... also add that my neighbor has video")
    also_added = _addition_beside(u.text, facts) if not adding and not listed else {}
    # "take off the jacket ... and the beats were 250 not 300": the price put right on the list without the jacket
    value_fix = _value_fix(u, {**facts, **removed}) if not also_added else {}
    if value_fix and listed and not readers.ONLY_PRICE_AND_SERIAL.match(normalize(listed)):
        value_fix = {}  # "It should read: black Coach handbag, reading glasses, about sixty dollars": a new list, priced
    elif value_fix:
        named = [name for name in named if name != "items"]  # "the value is wrong, it's $900" names the total
    plate_fix = _plate_state_fixed(u.text, facts)
    state_fix = plate_fix or _unit_added(u, facts) or _house_number_fixed(u.text, facts) or _vehicle_word_swapped(u.text, facts) or \
        _phone_part_fixed(u.text, facts) or \
        (_name_parts_put_in_order(u.text, facts) or _name_part_swapped(u.text, facts) or _name_part_respelled(u.text, facts)
         if "reporter_name" not in named else {})  # a named name field is read below
    if state_fix:  # "the plate isn't a Connecticut plate, it's New Jersey": the state changes, the plate stays
        named = [name for name in named if name not in ("vehicle", "location")]
    time_fix = _time_swapped(u.text, facts, now) or _found_at(u, facts, now) or _clock_restated(u, facts, now)
    given = {**_named_values(u.text, facts, named, now), **state_fix}
    if given.get("reporter_name"):
        given["reporter_name"] = _first_name_respelled(given["reporter_name"], facts.get("reporter_name"))
    instead = type_said_instead(u.text)
    if instead and instead != facts.get("incident_type") and "incident_type" not in given:
        # "thats wrong, its not a vehicle burglary. its a theft of tools from my garage"
        given.update(readers.type_said(instead, facts, u.text))
        if facts.get("narrative"):  # the story told so far stays; the objection adds to it ("the scratches are minor")
            given["narrative"] = f"{facts['narrative']} {u.text.strip()}"
    if "caller_number" in given:
        named = [name for name in named if name != "reporter_phone"]  # "the number is actually ...": the caller's
    restated = {**_other_sentences(u.text, facts, named, now), **_volunteered(u, facts, "confirmed", True, named, now),
                **given}
    if plate_fix and restated.get("location_status") != loc.IN_TOWN:
        # "plate is NJ not CT": the plate's state, never a place ("Nj Not Ct" read as a court somewhere)
        for name in ("location", "location_status", "location_text", "excluded_area", "location_confirmed"):
            restated.pop(name, None)
    if time_fix:  # "closer to 10:30, not 9": the end of the window it names, nothing else read from the times said
        restated = {**{k: v for k, v in restated.items() if not k.startswith("occurred_")}, **time_fix}
    if restated.get("reporter_name") and loc.assess_location(restated["reporter_name"]).decided:
        restated.pop("reporter_name")  # "oops typo, its Bayberry Lane": a street the gazetteer knows is no one's name
    if restated.get("reporter_name"):
        # "My name is Rajeesh not Rajesh" re-spells one part of "Rajesh Kumar Pillai": the other parts stay
        restated["reporter_name"] = respelled(restated["reporter_name"], facts.get("reporter_name"), SPELLING_LIKENESS)
    if restated.get("location_status") == loc.CONFIRM_TOWN and _same_street(restated.get("location"), facts):
        # "its 181 Cross Hwy not 118": another house on the street already confirmed as in town
        restated.update({"location_status": loc.IN_TOWN, "location_confirmed": True})
    changes = {name: value for name, value in restated.items() if facts.get(name) != value}
    # A field named with no value in the message is asked again; one restated as it already is stays.
    changes.update({name: None for name in named if name not in changes and name not in restated})
    changes.update(_details_no_longer_needed(facts, changes))
    if "vehicle" in changes and changes["vehicle"] is None:
        changes["vehicle_details"] = None  # "remove the vehicle line": nothing of it stays in the record
    changes.update(_total_kept_for_unpriced_list(changes, facts))
    changes.update(removed)
    changes.update(value_fix)  # with the other changes: "between wed 4:30pm and thurs 7am. and the total is $1,340"
    changes.update(also_added)
    told_more = _told_to_add(u.text)
    if told_more and "narrative" not in changes and told_more.lower() not in (facts.get("narrative") or "").lower() and \
            told_more.lower() not in str(changes.get("items") or facts.get("items") or "").lower() and \
            not ({"items_details", "stated_values"} & set(changes) and not readers.ANOTHER_CHANGE.search(u.text)):
        # "where shud say the train station lot. n add that the drivers door lock is scratched n handle bent": the story too
        told = (facts.get("narrative") or "").strip().rstrip(".")
        changes["narrative"] = f"{told}. {told_more}" if told else told_more
    if changes:
        only_the_value = set(changes) <= set(value_fix)
        return Absorbed({**changes, "awaiting_correction": False, **({"confirmed": True} if approved and only_the_value else {})})
    answer = readers.read("confirmed", u, facts, now)
    if answer is None and readers.is_correction(u) and not readers.asks_something(u.text):
        # "the dent is on the passenger side rear door, not the driver's side. I misspoke.": a fix of the story
        # itself, in no field we can name; it goes into the description for staff, and the summary is shown again.
        said = CORRECTION_LEAD.sub("", readers.without_lead_in(u.text.strip())) or u.text.strip()
        return Absorbed({"narrative": " ".join(p for p in (facts.get("narrative"), f"Correction: {said}") if p),
                         "awaiting_correction": False})
    return Absorbed(answer or {}, understood=answer is not None)


# Another number the calls come from, added at the summary ("they also call from ...", "add the second number").
CALLER_ADDED = re.compile(r"\b(?:other|another|second|2nd|both|also|different) (?:phone )?(?:number|numbers|one)\b|"
                          r"\b(?:they|he|she|it|calls?)(?: also)? (?:call|calls|called|come|comes|came)(?: me)?(?: also)? from\b")


def _caller_number_added(text: str, facts: Mapping) -> dict:
    """A further number the harassing calls come from, said at the summary: added to the numbers on the report."""
    if facts.get("incident_type") != HARASSING_CALLS or not CALLER_ADDED.search(normalize(text)) or \
            MY_PHONE_FIX.search(normalize(text)) or own_line_said(text):
        return {}
    known = facts.get("caller_number") or ""
    new = [display_phone(number) for number in caller_numbers(text)]
    new = [number for number in new if number not in known and number != display_phone(facts.get("reporter_phone"))]
    if not new:
        return {}
    listed = known if known and known not in ("blocked or unknown", "unknown") else ""
    return {"caller_number": " and ".join(part for part in (listed, *new) if part)}


HOUSE_NUMBER_FIX = re.compile(r"\b(?:house|street|building|door) (?:number|no|num|#)(?: is| should be| s|:)?(?: please| pls)?[,:]?\s*(?P<new>\d{1,5}[a-z]?)\b"
                              r"(?:\s*,?\s*(?:not|instead of)\s*(?P<old>\d{1,5}[a-z]?)\b)?", re.I)


def _unit_added(u: Understanding, facts: Mapping) -> dict:
    """"please add unit 2C to the address": the apartment or suite joins the street address already there."""
    said = u.location_as_answer.place or ""
    if re.match(r"\d", said) and said != facts.get("location"):
        return {}  # "also its unit 4 at 22 compo rd s": a whole address, read as one
    place = loc.with_unit(facts.get("location"), u.text)
    return {"location": place} if place and place != facts.get("location") else {}


def _house_number_fixed(text: str, facts: Mapping) -> dict:
    """"the house number is 19, not 9": the same street with the number put right, never the place asked again."""
    match = HOUSE_NUMBER_FIX.search(text or "")
    place = facts.get("location") or ""
    if not match or not place or facts.get("location_status") != loc.IN_TOWN:
        return {}
    number = re.match(r"\d{1,5}[a-z]?\b\s*", place)
    if match.group("old") and number and number.group(0).strip() != match.group("old"):
        return {}  # "19, not 8" when the report says 9: not the number on the report, ask again
    street = place[number.end():] if number else place
    typed_street = re.match(r"\s*([a-z]{3,})", (text or "")[match.end():], re.I)
    if typed_street and not street.lower().startswith(typed_street.group(1).lower()) and \
            typed_street.group(1).lower() not in ("not", "instead", "and", "please", "pls", "thanks", "otherwise"):
        return {}  # "house number is 12 Maple Lane" on a report of Hillspoint Road: another place, read as one
    return {"location": f"{match.group('new')} {street}"}


# "n add that the drivers door lock is scratched", "u didnt add the damage. drivers door lock scratched up": words for the
# story, asked to be added (not a priced thing, not a contact detail)
TOLD_TO_ADD = re.compile(r"(?:^|[.,;]\s*|\b(?:and|n|also|pls|please|can you|could you)\s+)(?:also )?add (?:(?:that|this:?|in that|on that)\s+"
                         r"(?P<said>[^.?!$]{8,})|(?!(?:the|a|an|my|his|her|our|their|that|this|to|\$|\d)\b)(?P<said3>[^.?!$:]{8,}))|"
                         r"\b(?:you|u) (?:didnt|did not|forgot to) (?:add|put in|include) (?:the |that |my )?\w*\s*[.:,]\s*(?P<said2>[^?!$]{8,})",
                         re.I)


def _told_to_add(text: str) -> str | None:
    match = TOLD_TO_ADD.search(text or "")
    said = (match.group("said") or match.group("said2") or match.group("said3")) if match else None
    return said.strip(" .") if said and not find_email(said) and not find_phone(said) else None


# "the cards were capital one, discover and amex, pls add that": the accounts said as what they were
ACCOUNTS_SAID_AS = re.compile(r"\b(?:the |my )?(?:cards?|accounts?|credit cards?|loans?|lines?) (?:were|are|was|is|opened (?:were|was|are))\s+"
                              r"(?:with |at |from )?(?P<what>[^.?!]{3,80}?)(?:,?\s*(?:pls|please|can you|could you|(?:and )?add "
                              r"(?:that|this|those|these|them))\b[^.?!]*)?(?=[.?!]|$)", re.I)


def _accounts_named(text: str, facts: Mapping) -> dict:
    """"the cards were capital one, discover and amex": the accounts of an identity theft, named at the summary (a card,
    bank or lender named: not "the card was the only one" nor "the account was actually opened in october")."""
    match = ACCOUNTS_SAID_AS.search(text or "") if facts.get("incident_type") == "identity_theft" else None
    named = match.group("what").strip(" ,") if match else ""
    if not named or not _names_an_account(named) or re.search(r"\b(?:actually|opened|came|got|been|happened)\b", named, re.I):
        return {}
    return {"accounts": named} if named.lower() not in (facts.get("accounts") or "").lower() else {}


def _total_kept_for_unpriced_list(changes: Mapping, facts: Mapping) -> dict:
    """"the items should say gym bag, airpods pro, ipad": the list renamed without a price keeps the total told before."""
    details, before = changes.get("items_details"), (facts.get("items_details") or {}).get("total_value")
    if not isinstance(details, dict) or details.get("total_value") is not None or not before or "items" not in changes:
        return {}
    return {"items_details": {**details, "total_value": before}}


# "can you change what happened to: ...", "items should just say: ...", "change accounts to: ...": one field, given whole
INSTRUCTED = re.compile(r"^\W*(?:(?:can|could|would) you |please |pls |plz )*(?:change|make|set|update|edit|put|fix)\s+(?:the\s+)?"
                        r"(?P<what>[^:]{1,40}?)\s+(?:to|as|so it says|so it reads)\s*:|"
                        # "Please replace what happened with: Someone got into my unlocked Jeep ..."
                        r"^\W*(?:(?:can|could|would) you |please |pls |plz )*(?:replace|swap)\s+(?:the\s+)?(?P<what3>[^:]{1,40}?)\s+with\s*:|"
                        r"^\W*(?:the\s+)?(?P<what2>[^:]{1,30}?)\s+(?:should|must|needs to)\s+(?:just\s+|only\s+)?(?:say|read|be)\s*:", re.I)
INSTRUCTED_FIELDS = (("narrative", r"what happened|the story|story|description|narrative|the narrative"),
                     ("items", r"items?|what was taken|stuff taken|the list"), ("accounts", r"accounts?"),
                     ("damage", r"damage"), ("vehicle", r"vehicle|car|truck"), ("call_pattern", r"calls|call pattern|the calls"),
                     ("contact_note", r"how to reach (?:you|me)|how to contact (?:you|me)|contact note|how you reach me"))


# "take out the part about me not wanting to be here", "remove the bit at the end about not caring anymore"
PART_REMOVED = re.compile(r"\b(?:take out|remove|delete|leave out|cut out|get rid of|take off)\s+(?:the\s+|that\s+)?"
                          r"(?:part|bit|sentence|line|stuff|thing|last sentence|last part|end)s?\b(?P<what>[^.!?]*)", re.I)
# The whole request to take a part out, with what follows it up to the sentence's end ("..., that's private").
PART_REMOVED_SENTENCE = re.compile(r"(?:\band\s+)?(?:(?:can you|could you|please|pls|plz)\s+)*(?:take out|remove|delete|leave out|cut out|"
                                   r"get rid of|take off)\s+(?:the\s+|that\s+)?(?:part|bit|sentence|line|stuff|thing|last sentence|"
                                   r"last part|end)s?\b[^.!?]*[.!?]?", re.I)
# Words that say where or how, not what the part is about.
NOT_ABOUT = frozenset({"about", "where", "said", "wrote", "that", "this", "from", "what", "happened", "story", "report",
                       "description", "narrative", "please", "private", "because", "there", "thats", "isnt", "just",
                       "part", "with", "the", "end", "last", "also", "really", "personal", "relevant", "it's", "its"})


def _part_of_story_removed(text: str, facts: Mapping) -> dict:
    """A part of what happened the resident asks to take out: the sentences of the story about what they name."""
    asked = PART_REMOVED.search(text or "")
    story = facts.get("narrative") or ""
    if not asked or not story:
        return {}
    said = asked.group("what")
    about = {w[:4] for w in re.findall(r"[a-z']{4,}", said.lower()) if w not in NOT_ABOUT}
    parts = re.split(r"(?<=[.!?])\s+|,\s+(?=(?:honestly|i|im|i'm|some|and|but|tbh|lately)\b)", story)
    hits = [p for p in parts if about & {w[:4] for w in re.findall(r"[a-z']{4,}", p.lower())}]
    if not hits and re.search(r"\b(?:at the end|last)\b", said + asked.group(0), re.I) and len(parts) > 1:
        hits = parts[-1:]  # "the part at the end"
    if not hits or len(hits) == len(parts):
        return {}
    kept = story
    for part in hits:
        kept = kept.replace(part, " ")
    kept = re.sub(r"\s+([,.])", r"\1", re.sub(r",\s*(?=,|$)|\s{2,}", " ", kept)).strip(" ,")
    return {"narrative": kept}


def _instructed_change(text: str, facts: Mapping, now: datetime) -> dict:
    match = INSTRUCTED.match(text or "")
    if not match:
        return {}
    what = normalize(match.group("what") or match.group("what2") or match.group("what3") or "").strip()
    field = next((name for name, words in INSTRUCTED_FIELDS if re.fullmatch(rf"(?:the |my )?(?:{words})(?: line| field| part)?", what)), None)
    said = text[match.end():].strip().rstrip(" .")
    if field is None or not said or facts.get(field) is None and field != "narrative":
        return {}
    if field == "items":
        items = read_items(said)
        if not items:
            return {}
        # a list without prices keeps the amounts stated before ("items should just say: laptop, charger, backpack")
        priced = {"stated_values": [items.total_value]} if items.total_value else {}
        return {"items": items.description, "items_details": as_record(items), **priced}
    if field == "vehicle":
        vehicle = read_vehicle(said, is_answer=True)
        return {"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)} if vehicle else {}
    return {field: said}


# "take the helmet out", "remove the charger", "the sunglasses werent taken": one item off the list.
ITEM_REMOVED = re.compile(
    r"\b(?:take|leave|cross|strike|knock)\s+(?:the |my |that |those )?(?P<a>[a-z][\w' -]{1,30}?)\s+(?:out|off)\b"
    r"|\b(?:remove|delete|drop|take out|take off|leave out|cross out|cross off|get rid of|scratch)\s+(?:the |my |that |those )?"
    r"(?P<b>[a-z][\w' -]{1,30}?)(?=\s*[,.;!]|\s+(?:from|off|out|since|because|bc|as|i|it|its|please|pls|too)\b|\s*$)"
    r"|\b(?:the |my )(?P<c>[a-z][\w' -]{1,30}?) (?:was not|wasnt|were not|werent|is not|isnt|should not be|shouldnt be) "
    r"(?:taken|stolen|on there|on the list|in there|lost|missing)\b", re.I)
LIST_PARTS = re.compile(r"\s*(?:,(?!\d{3}(?!\d))|;|\band\b|\bplus\b|\+)\s*", re.I)  # not the comma of "$1,100"


# Another plate put on the car in place of theirs, told again: its state is the other plate's.
PLATE_SWAPPED_FOR = re.compile(r"\b(?:swapped|switched|replaced|changed|exchanged) (?:\w+ )?(?:for|with) (?:a|an|the|some) (?:\w+ ){0,2}(?:one|plate|tag)\b")


def _plate_state_fixed(text: str, facts: Mapping) -> dict:
    """Only the plate's state corrected, the plate itself not said again."""
    known = facts.get("vehicle_details") or {}
    if not known.get("plate") or not PLATE_NAMED.search(text or ""):
        return {}
    if PLATE_SWAPPED_FOR.search(normalize(text)):
        return {}  # "Yes, my plate swapped for the Jersey one - that's correct": the other plate put on it, not theirs
    said = read_vehicle(text, is_answer=False)
    state = plate_state_said(text)
    plate = _squeezed(known["plate"])
    same_plate = bool(said and said.plate and _squeezed(said.plate) == plate and (not said.plate_state or said.plate_state == state)) \
        or plate in _squeezed(text)  # "Same number AV39172"
    if (re.search(r"\d", text) and not same_plate) or not state or state == known.get("plate_state"):
        # a new plate ("the plate is CT 7HJ-221") is read as the whole vehicle; a vanity plate said again, or no new
        # state, changes nothing here. The same plate said again with its state apart ("a New York plate, not
        # Connecticut ... HWT-5530 is right") is this fix.
        return {}
    vehicle = amend_vehicle(known, Vehicle(description=known.get("description") or "", plate_state=state))
    return {"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)}


def _squeezed(plate: str) -> str:
    """A plate as its characters alone: "av 39172", "AV-39172" and "AV39172" are one plate."""
    return re.sub(r"[\s-]", "", plate.upper())


# "its a corolla not a camry", "silver, not grey": one word of the vehicle put right, the rest stays.
VEHICLE_WORD_SWAP = re.compile(r"(?:^|\b(?:it s|its|it is|it was|is|was|s|its actually|it s actually|actually|"
                               r"sorry|oops|wait|no)\b)\s*,?\s*(?:a |an |the )?(?P<new>[a-z0-9-]+(?: [a-z0-9-]+)?),? "
                               r"(?:not|instead of|rather than) (?:a |an |the )?(?P<old>[a-z0-9-]+(?: [a-z0-9-]+)?)\b")


def _vehicle_word_swapped(text: str, facts: Mapping) -> dict:
    """A make, model, colour or year of the known vehicle said instead of another ("wait sorry its a corolla not a
    camry"): that part changes, the plate and the rest stay."""
    known = facts.get("vehicle_details") or {}
    description = known.get("description") or facts.get("vehicle") or ""
    # "it was sunday not saturday, and the pilot is dark blue not black": the swap whose old word the vehicle has (words
    # or a model year; a plate's characters are put right by the plate readers)
    match = next((m for m in VEHICLE_WORD_SWAP.finditer(normalize(text or "")) if _word_or_year(m) and re.search(
        rf"\b{re.escape(m.group('old'))}\b", description, re.I)), None) if description else None
    if not match:
        return {}
    old, new = match.group("old"), match.group("new")
    if re.search(rf"\b{re.escape(new)}\b", description, re.I):
        return {}
    said = read_vehicle(re.sub(rf"\b{re.escape(old)}\b", new, description, flags=re.I), is_answer=True)
    if said is None:
        return {}
    vehicle = amend_vehicle(known, said)
    return {"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)} if as_record(vehicle) != known else {}


def _word_or_year(match: re.Match) -> bool:
    said = (match.group("new"), match.group("old"))
    return all(not re.search(r"\d", part) for part in said) or all(re.fullmatch(r"(?:19|20)\d\d", part) for part in said)


# "the area code is wrong, its 475", "area code should be 475 not 203": the rest of the number stays.
AREA_CODE_SAID = re.compile(r"\barea code\b[^0-9]{0,30}?\b(?P<code>[2-9]\d\d)\b(?! ?-? ?\d)")
# "it ends 0154, not 0145", "the last four digits should be 0154": the rest of the number stays.
LAST_FOUR_SAID = re.compile(r"\b(?:ends?(?: in| with)?|ending(?: in| with)?|last (?:4|four)(?: digits)?(?: of (?:my|the) (?:phone |cell )?(?:number|phone|cell))?(?: are| is| should be| s)?)"
                            r"\s+(?P<digits>\d{4})\b(?! ?-? ?\d)")


def _phone_part_fixed(text: str, facts: Mapping) -> dict:
    """Only the area code, or the last four digits, of the resident's phone corrected, the number not said again."""
    known, words = facts.get("reporter_phone"), normalize(text or "")
    if not known or not known.startswith("+1") or len(known) != 12:
        return {}
    code, last = AREA_CODE_SAID.search(words), LAST_FOUR_SAID.search(words)
    found = find_phone(text)
    if found:
        # "my cell's area code is 475 not 203, so 475-555-0149": the number said whole, with the area code it names
        return {"reporter_phone": found} if code and found[2:5] == code.group("code") and found != known else {}
    if code and known[2:5] != code.group("code"):
        phone = find_phone(f"{code.group('code')}{known[5:]}")
    elif last and known[8:] != last.group("digits") and re.search(r"\b(?:phone|number|cell|#)\b", words):
        phone = find_phone(f"{known[2:8]}{last.group('digits')}")
    else:
        return {}
    return {"reporter_phone": phone} if phone else {}


# Where one item ends: a sentence's end, or the item's price ("pressure washer, yellow, $329. leaf blower, $199"; "a drill
# $150, a saw $90 and a sander $60"), so an item's colour and price stay with it.
ITEM_SENTENCE_END = re.compile(r"(?<!\d)\.\s+|(?<=\d)\.\s+(?=\D)|\s*[;\n]\s*")
PRICE_ENDS_ITEM = re.compile(r"(\$\s?\d[\d,]*(?:\.\d\d)?(?:\s*(?:each|ea))?\)?|\b\d[\d,]*(?:\.\d\d)? (?:dollars|bucks))\s*(?:,|\band\b|\+)\s*",
                             re.I)


def _listed_items(listed: str) -> list[str]:
    """The items of a list as the resident wrote it, each with its own description and price."""
    sentences = [part.strip() for part in ITEM_SENTENCE_END.split(listed) if part.strip()]
    if len(sentences) > 1:
        return sentences
    pieces = PRICE_ENDS_ITEM.split(listed)  # text, price, text, price, ..., text
    priced = [(pieces[i] + " " + pieces[i + 1]).replace("( ", "(").strip() for i in range(0, len(pieces) - 1, 2)] + \
        [pieces[-1].strip()]
    priced = [part for part in priced if part]
    if len(priced) > 1:
        return priced
    return [part for part in LIST_PARTS.split(listed) if part.strip()]


KEEP_ONLY_LEAD = re.compile(r"^(?:(?:just|only|it s|its|it is|should be|the|my|a|an)\s+)+", re.I)


def _kept_from_list(listed: str, facts: Mapping) -> dict:
    """"items should be just the retainer case and the kindle": a shorter list of things already on the report keeps
    them as they were listed, prices and all; anything new on it makes it a new list (None)."""
    old = _listed_items(facts.get("items") or "")
    said = [KEEP_ONLY_LEAD.sub("", part.strip()) for part in LIST_PARTS.split(listed or "") if part.strip()]
    if len(old) < 2 or not said or len(said) >= len(old):
        return {}
    kept = []
    for part in said:
        words = [w for w in re.findall(r"[a-z]{3,}", part.lower()) if w not in ("the", "and", "case", "one", "pair")]
        holders = [n for n, item in enumerate(old) if any(re.search(rf"\b{re.escape(w)}", item, re.I) for w in words)]
        if len(holders) != 1 or holders[0] in kept:
            return {}
        kept.append(holders[0])
    items = read_items(", ".join(old[n] for n in sorted(kept)))
    return {"items": items.description, "items_details": as_record(items),
            "stated_values": [items.total_value] if items.total_value else []} if items else {}


def _item_removed(text: str, facts: Mapping) -> dict:
    """One item taken off the list at the summary, with its price: the list is read again without it."""
    listed = facts.get("items") or ""
    said = ITEM_REMOVED.search(straighten(text or ""))
    if not listed or not said:
        return {}
    named = (said.group("a") or said.group("b") or said.group("c")).strip().lower().split()
    parts = _listed_items(listed)

    def names_it(part: str, words: list[str]) -> bool:  # "the Ray-Bans" names "Ray-Ban sunglasses"
        return all(re.search(rf"\b{re.escape(re.sub(r'(?<=[a-z]{3})(?:es|s)$', '', word))}(?:s|es)?\b", part, re.I)
                   for word in words)

    # "take the smaller Yeti off" from "Big Yeti cooler ... Smaller Yeti cooler ...": every word said, when that
    # singles one out; else the thing's own word ("the helmet")
    kept = [part for part in parts if not names_it(part, named)]
    if len(kept) == len(parts):
        kept = [part for part in parts if not names_it(part, named[-1:])]
    if not kept or len(kept) == len(parts):
        return {}  # the thing named is not one item of the list (or is all of it): not a removal we can make
    items = read_items(", ".join(kept))
    if not items:
        return {}
    return {"items": items.description, "items_details": as_record(items),
            "stated_values": [items.total_value] if items.total_value else []}


# Words that name which of several ("the Citi one", "the second card"), not the account itself.
WHICH_ONE = frozenset({"one", "card", "cards", "account", "accounts", "charge", "charges", "line", "the", "a", "an"})


def _account_removed(text: str, facts: Mapping) -> dict:
    """"please take the Citi one out. The Discover card is still fraud": the part of the accounts line naming it goes,
    and its amount leaves the total."""
    accounts = facts.get("accounts") or ""
    said = ITEM_REMOVED.search(straighten(text or ""))
    if facts.get("items") or not accounts or not said:
        return {}
    words = [w for w in (said.group("a") or said.group("b") or said.group("c")).lower().split() if w not in WHICH_ONE]
    parts = re.split(r"(?<!\d),\s*|;\s*|\s+and\s+", accounts)
    naming = [p for p in parts if words and all(re.search(rf"\b{re.escape(w)}\b", p, re.I) for w in words)]
    if len(naming) != 1 or len(naming) == len(parts):
        return {}
    part = naming[0]
    amount = money_stated(part)
    kept = accounts.replace(part, "").strip()
    kept = re.sub(r"(?:,\s*|;\s*|\s+and)\s*(?=[.;,]|$)", "", kept)
    kept = re.sub(r"\s+(?:,|and)\s*$|^\s*(?:,|and)\s+", "", kept).strip()
    total = sum(facts.get("stated_values") or [])
    fixed = {"accounts": kept}
    if amount and total >= amount:
        fixed["stated_values"] = [round(total - amount, 2)]
    return fixed


def _street(place: str | None) -> str:
    return re.sub(r"^\d+[a-z]?\s+", "", (place or "").split(",")[0].strip().lower())


def _same_street(place: str | None, facts: Mapping) -> bool:
    return bool(facts.get("location_confirmed")) and bool(_street(place)) and _street(place) == _street(facts.get("location"))


SECOND_FIX = re.compile(r"(?<=[.!?])\s+|,?\s+(?:and|also|plus)\s+(?=(?:it|its|it s|the|i|my|we|our|that)\b)|;\s+(?=(?:it|its|the|i|my|also)\b)")


def _other_sentences(text: str, facts: Mapping, named, now: datetime) -> dict:
    """Two corrections in one message, one naming its field and one not ("The time should be about
    10:45 PM, not 11:05. And it was in my driveway at 27 Bayberry Lane"): the sentence that names no
    field is a correction of whatever it states. It is a different text from the message understood,
    so it is read here, once."""
    # not at ";" alone or "and" alone: a list goes on; "..., and it was parked at 41 Bayberry Lane" is a second fix
    said = [part.strip() for part in SECOND_FIX.split(text or "") if part and part.strip()]
    if not named or len(said) < 2:
        return {}
    updates: dict = {}
    for sentence in said:
        if not readers.named_fields(sentence) and len(sentence.split()) >= 3:
            updates.update(_volunteered(understand(sentence, now=now), facts, "confirmed", True, (), now))
    return updates


# "My last name is McAllister, Mc not Mac", "first name should be Katherine": one part of the name given again.
NAME_PART_SAID = re.compile(r"\b(?P<part>last|family|sur|first|given)\s*name(?: (?:is|s|should be|should say|is actually|is spelled|"
                            r"=)|\s?:)\s*(?:it s |it's |its |it is )?(?!(?:wrong|wrongly|still|spelled|misspelled|incorrect|incorrectly|badly|not|missing|off|right|correct|"
                            r"fine|ok|okay|good|a typo|typed|the|in)\b)(?P<said>[A-Za-z][\w'’-]+(?:[- ][A-Z][\w'’-]+)?)")


# "My first name is spelled wrong, autocorrect got me - it's Siobhan, S-I-O-B-H-A-N"
NAME_PART_MISSPELLED = re.compile(r"\b(?P<part>last|family|sur|first|given)\s*name (?:is |was |got )?(?:spelled |typed )?"
                                  r"(?:wrong|wrongly|incorrectly|misspelled|misspelt)\b[^.!?]{0,60}?\b(?:it s|it's|its|it is|"
                                  r"should be|it should be|it should say|should say)\s+(?P<said>[A-Z][\w'’-]+)")


# "first name Kerem, surname Yilmaz": both parts said, each after the word naming it (typed as a name, capitalised).
FIRST_PART_SAID = re.compile(r"\b(?:first|given)\s*name(?:\s+(?:is|should be|=)|\s?:)?\s+(?P<said>(?-i:[A-Z][\w'’-]+))", re.I)
LAST_PART_SAID = re.compile(r"\b(?:last|family|sur)\s*name(?:\s+(?:is|should be|=)|\s?:)?\s+(?P<said>(?-i:[A-Z][\w'’-]+))", re.I)


def _name_parts_given(text: str) -> str | None:
    first, last = FIRST_PART_SAID.search(text or ""), LAST_PART_SAID.search(text or "")
    return f"{first.group('said')} {last.group('said')}" if first and last else None


def _name_parts_put_in_order(text: str, facts: Mapping) -> dict:
    """"it's backwards: first name Haruto, surname Nakamura": both parts said, so the name is them in that order."""
    name = _name_parts_given(text)
    return {"reporter_name": name} if name and name != facts.get("reporter_name") else {}


def _name_part_fixed(text: str, facts: Mapping) -> str | None:
    """The resident's name with only its first or last part changed, the rest as it was."""
    said = NAME_PART_SAID.search(text or "") or NAME_PART_MISSPELLED.search(straighten(text or ""))
    known = (facts.get("reporter_name") or "").split()
    if not said or len(known) < 2:
        return None
    part = said.group("said")
    part = part if part[:1].isupper() else part.capitalize()  # "last name is trantam no h", typed in lower case
    if said.group("part") in ("first", "given"):
        return " ".join([part, *known[1:]])
    return " ".join([*known[:-1], part])


def _named_values(text: str, facts: Mapping, named, now: datetime) -> dict:
    """The new value of each field a correction names and gives ("change the items. it should be: a
    macbook air $1,100", "the plate should be CT AB 12354", "colour: gray")."""
    updates: dict = {}
    for name in named:
        value = (name == "reporter_name" and (_name_parts_given(text) or _name_part_fixed(text, facts) or _name_said_alone(text))) or \
            readers.new_value(text, name)
        clock = CLOCK_SAID.search(text) if name == "occurred_at" and value else None
        if clock and not CLOCK_SAID.search(value) and clock.start() < text.find(value):
            # "date is wrong, 1:40am was this morning tues dec 1 not mon": the clock said before the words naming the day
            whole = parse_when(text, now)
            value = whole.text if whole and whole.text else value
        if name == "reporter_phone" and not (value and find_phone(value)) and find_phone(text):
            value = text  # "the area code is 475, not 203. 475-555-0152": the number is given apart from the words naming it
        if not value:
            continue
        said_mine = any(phrase in normalize(text) for phrase in MY_CONTACT)
        if name == "reporter_phone" and not said_mine and (
                _nearly(find_phone(value) or "", facts.get("caller_number")) or
                (facts.get("incident_type") == HARASSING_CALLS and facts.get("caller_number") in (None, HIDDEN_NUMBER)
                 and find_phone(value) != facts.get("reporter_phone") and re.search(r"\b(?:blocked|hidden|unknown|private)\b",
                                                                                    normalize(text)))):
            # the caller's, typo fixed; or "the number is 475-555-0193, is not blocked": the caller's, first seen
            updates["caller_number"] = read_caller_number(value) or find_phone(value)
        elif name == "call_pattern" and find_phone(value) and not CALL_PATTERN.search(normalize(value)):
            continue  # "the number is 475-555-0193": a number, not how often they call
        elif name == "incident_type":  # "change the type to theft"
            reading = type_from_answer(value)
            if reading.slug and reading.slug != "other":
                updates.update({**readers.type_updates(reading, facts, value), "type_uncertain": False, "type_confirmed": True})
        elif name == "vehicle":
            said = read_vehicle(value, is_answer=True)
            if PLATE_NAMED.search(text) and not (said and said.plate):
                said = read_vehicle(f"plate {value}", is_answer=True)  # "the plate is AX 40921"
            if said:
                vehicle = amend_vehicle(facts.get("vehicle_details"), said)
                year = YEAR.search(text) if not vehicle.year else None
                if year and not re.search(rf"\b{year.group(1)}\b", vehicle.plate or ""):
                    vehicle = replace(vehicle, year=year.group(1))  # "... not 4471. and it's a 2019 CR-V if that matters"
                updates.update({"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)})
        elif name == "items" and (kept := _kept_from_list(value, facts)):
            updates.update(kept)  # "items should be just the retainer and the kindle"
        elif name == "accounts" and facts.get("accounts") and not ACCOUNTS_NAMED.search(normalize(value)):
            # "the account was actually opened on November 12": more about the account named, not another one
            updates["accounts"] = f"{facts['accounts']}; {readers.without_asides(value, name)}"
        else:
            updates.update(readers.read_text(name, readers.without_asides(value, name), facts, now) or {})
    return updates


# "typo its williams not wlliams": one part of the name put right, the part ruled out as it stands in the report.
PART_SWAPPED = re.compile(r"\b([A-Za-z][A-Za-z'-]+),? (?:not|instead of) ([A-Za-z][A-Za-z'-]+)\b")


def _name_part_swapped(text: str, facts: Mapping) -> dict:
    known = (facts.get("reporter_name") or "").split()
    said = PART_SWAPPED.search(text or "")
    if not said or not known:
        return {}
    new, old = said.groups()
    parts = [new.capitalize() if part.lower() == old.lower() else part for part in known]
    return {"reporter_name": " ".join(parts)} if parts != known else {}


# A word that could be a name part: capitalised, letters with an inner apostrophe or hyphen ("O'Neil", "MacAllister").
NAME_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’-]?[A-Za-z]+)*\b")


def _name_part_respelled(text: str, facts: Mapping) -> dict:
    """"It's MacAllister, M-A-C." at the summary of "Siobhan McAllister": a word spelled nearly like one part of the
    name, and not like it is, puts that part right (a close likeness, so other capitalised words are not names)."""
    known = (facts.get("reporter_name") or "").split()
    if len(known) < 2:
        return {}
    for word in NAME_WORD.findall(text or ""):
        bare = re.sub(r"(?:['’]s|['’]|s)$", "", word.lower())  # "Stevens's right", "Marks fine": the name as it is
        if len(word) < 4 or any(part.lower() in (word.lower(), bare) for part in known):
            continue
        name = respelled(word, facts["reporter_name"], NAME_PART_LIKENESS)
        if name != word:
            return {"reporter_name": name}
    return {}


NAME_PART_LIKENESS = 0.85  # closer than a correction that names the field needs (SPELLING_LIKENESS)


def _sentences_keeping_initials(text: str) -> list[str]:
    """Sentences, an initial after a capitalised name not ending one ("Alexis M. Trantam"; "not X. Aleksandra" does)."""
    pieces, start = [], 0
    for end in re.finditer(r"[.!?]\s+", text):
        if re.search(r"\b[A-Z][a-z]+ [A-Z]\.$", text[start:end.start() + 1]):
            continue
        pieces.append(text[start:end.start() + 1])
        start = end.end()
    return [*pieces, text[start:]]


def _name_said_alone(text: str) -> str | None:
    """"My telephone change my name. It is Aleksandra with K and S, not X. Aleksandra Wisniewski.": the name is a
    sentence of its own."""
    for sentence in _sentences_keeping_initials(text or ""):
        bare = sentence.strip(" .!?")
        name = find_name(bare)
        if name and len(name.split()) >= 2 and len(name.split()) == len(bare.split()):
            return name
    return None


# What the summary shows now, quoted back: "it says 7:30 AM", "the report has $1,400".
WHAT_IT_SAYS = re.compile(r"\b(?:it|the summary|the report|that|this|(?:the )?\w+ (?:line|field|part)|(?:the )?(?:total(?: value)?|value|amount))(?: still)? "
                          r"(?:says|said|shows|showed|reads|has|had) [^.!?;\d]*\d(?:(?!,\s)[^.!?;])*[.!?;,]?", re.I)  # a value quoted: a time, an amount
PLATE_NAMED = re.compile(r"\b(?:plates?|tag|tags|registration)\b", re.I)
# "the total is $1,428.60 not $1,482.60", "its $2400 not 400": the amount ruled out is not counted.
RULED_OUT_AMOUNT = re.compile(r"\b(?:not|instead of|rather than)\s+\$?\s?\d[\d,]*(?:\.\d+)?k?(?:\s*dollars)?(?![\d:]|\s?[ap]\.?m\b)", re.I)
# A ruled-out number is money only when marked so: "not 12345" after a plate, "not 11:05" after a time are not.
RULED_OUT_MONEY = re.compile(r"\b(?:not|instead of|rather than)\s+(?:\$\s?\d|\d[\d,]*(?:\.\d+)?k?\s*(?:dollars|bucks)\b)", re.I)
# "350 + 20 = 370", "Phone 350 + glasses 120 + bag 30 = 500 dollar": their own sum, each part maybe named
ADDED_UP = re.compile(r"\$?\d[\d,.]*(?:\s*\+\s*(?:[a-z]+\s+){0,2}\$?\d[\d,.]*)+\s*=\s*\$?\s*(\d[\d,]*(?:\.\d\d)?)", re.I)
VALUE_WORDS = re.compile(r"\b(?:value|total|amount|worth|cost|costs|prices?|charges?|dollars?)\b")


# No loss at all: "please change total value to 0, nothing was taken", "take out the $4,300".
NO_LOSS = re.compile(r"\b(?:nothing (?:was |got )?(?:taken|stolen|lost)|no (?:items? (?:were |was )?(?:taken|stolen)|loss|money lost)|"
                     r"there was no loss|(?:value|total|amount)(?: value)? (?:is |should be |to |=|:|of )?(?:\$ ?0\b|0\b|zero|nothing|none|n a)|"
                     r"(?:take out|remove|delete|drop|get rid of) the (?:\$ ?[\d,.]+|value|total|amount|dollar amount)|"
                     r"i did not lose (?:\$ ?[\d,.]+|anything|any money))")


def _total_put(facts: Mapping, value: float | None, **more) -> dict:
    """The report's value replaced by `value` (None: no loss), in the stated amounts and the items' total alike."""
    fixed: dict = {**more, "stated_values": [value] if value is not None else []}
    if facts.get("items_details"):
        fixed["items_details"] = {**facts["items_details"], "total_value": value}
    return fixed


def _items_relisted(listed: str) -> dict:
    """The items list read again after a price in it changed: its description, details and total."""
    items = read_items(listed)
    if not (items and items.total_value):
        return {}
    return {"items": items.description, "items_details": as_record(items), "stated_values": [items.total_value]}


# The total named with its new amount: "total should be 500 then", "change total value to $500", "so 500 altogether".
TOTAL_SAID = re.compile(r"\b(?:total|total value|total amount)\b(?:'s)?(?:,? (?:should|shd|needs to|has to|must|is|was|be|say|read|"
                        r"to|changed|change|it|of|just|really|actually|more like|then|now|s|'s|wrong|off|incorrect|its|it's|"
                        r"sorry|oops))*,? \$? ?(?P<a>\d[\d,]*(?:\.\d\d)?)(?! ?%)\b|"
                        r"\$? ?(?P<b>\d[\d,]*(?:\.\d\d)?) ?(?:dollars |bucks )?(?:altogether|all together|in total|total|in all|overall)\b")


def _total_said(u: Understanding, facts: Mapping) -> dict:
    """The total put right in so many words: it is the total, never the price of one item."""
    said = list(TOTAL_SAID.finditer(straighten(u.text).lower().replace("$ ", "$")))
    if len(said) != 1:
        return {}
    amount = float((said[0].group("a") or said[0].group("b")).replace(",", ""))
    return _total_put(facts, amount) if amount >= 1 else {}


def _value_fix(u: Understanding, facts: Mapping) -> dict:
    """A new total at the summary, or none at all, in place of the amounts stated."""
    if NUMBERS_NOT_MONEY.search(u.normal):
        return {}  # "the area code is 475, not 203": a phone number's part, not an amount
    said_as_swap = AMOUNT_FROM_TO.sub(lambda m: f"{m.group(2)} not {m.group(1)}", u.text or "")
    if said_as_swap != u.text:  # "change airpods from $249 to $199" is "$199 not $249"
        u = replace(u, text=said_as_swap)
    total = _total_said(u, facts)
    if total:
        # "the best buy charge was actually $821, not 812, so the total is $1,130": the charge put right in the text too
        part = _labelled_amount_put_right(TOTAL_SAID.sub(" ", straighten(u.text).lower().replace("$ ", "$")), facts)
        if part.get("accounts"):
            return {**total, "accounts": part["accounts"]}
        if part.get("items"):
            details = {**(total.get("items_details") or {}), "description": part["items"]}
            return {**total, "items": part["items"], "items_details": details}
        return total
    if only_repair_costs(u.text):
        return {}  # "fixing the window will cost about $380 ... its not stolen, just the damage": no part of the loss
    less = _amount_taken_out(u.text, facts)
    if less:
        return less
    if NO_LOSS.search(normalize(u.text).replace("$ ", "$")) or NO_LOSS.search(u.text.lower()):
        return _total_put(facts, None) if facts.get("stated_values") or (facts.get("items_details") or {}).get("total_value") \
            else {}
    swapped = _amount_swapped(u.text, facts)
    if swapped:
        return swapped
    labelled = _labelled_amount_put_right(u.text, facts)
    if labelled:
        return labelled
    priced = _listed_item_priced(u.text, facts)
    if priced:
        return priced
    sole = _sole_amount_put_right(u.text, facts)
    if sole:
        return sole
    value = _value_corrected(u)
    return {} if value is None else _total_put(facts, value)


# "correction: $421.50", "should be 421.50", "sorry i meant 421.50": only a new amount, with a word that puts it right.
SOLE_AMOUNT = re.compile(r"^\W*(?:(?:oh|oops|sorry|wait|no|ugh|typo|my bad|correction|actually|i meant|i mean|it was|its|it s|it is|"
                         r"should be|it should be|should say|make it|make that|the (?:amount|price|value|total|cost) (?:is|was|should be)|"
                         r"(?:amount|price|value|total) (?:is|should be))\W*)+\$?\s?(?P<a>\d[\d,]*(?:\.\d\d)?)(?:\s*(?:dollars|bucks|usd))?\W*$", re.I)
PRICE_IN_LIST = re.compile(r"\$\s?\d+(?:,\d{3})*(?:\.\d\d)?")  # "$1,100", never the comma after it


# "it was more like $85 cash", "please change the cash to $85", "it should be $85": one new amount, said as a fix.
PUT_RIGHT_CUE = re.compile(r"\b(?:more like|closer to|change|changed|should be|should say|actually|correct(?:ion)?|only|make it|"
                           r"make that|not|typo|wrong|meant|mean)\b", re.I)
DOLLARS = re.compile(r"\$\s?(\d+(?:,\d{3})*(?:\.\d\d)?)|\b(\d+(?:,\d{3})*(?:\.\d\d)?)\s?(?:dollars|bucks)\b", re.I)


def _sole_amount_put_right(text: str, facts: Mapping) -> dict:
    """The one amount of the report replaced by the one said ("$412.50" -> "correction: $421.50"), not added to it."""
    said = SOLE_AMOUNT.match(text or "")
    if said:
        amount = float(said.group("a").replace(",", ""))
    else:
        # a sentence with one amount in it, the ruled-out and quoted ones left aside, said as a fix
        rest = RULED_OUT_AMOUNT.sub(" ", WHAT_IT_SAYS.sub(" ", text or ""))
        amounts = {float((m.group(1) or m.group(2)).replace(",", "")) for m in DOLLARS.finditer(rest)}
        if len(amounts) != 1 or not PUT_RIGHT_CUE.search(text or ""):
            return {}
        amount = amounts.pop()
    listed = facts.get("items") or ""
    prices = PRICE_IN_LIST.findall(listed)
    if len(prices) == 1:
        return _items_relisted(listed.replace(prices[0], f"${amount:,.2f}".replace(".00", ""), 1))
    if prices or len(facts.get("stated_values") or []) != 1:
        return {}  # several amounts: which one is meant is asked in words, not guessed
    return _total_put(facts, amount)


CENTS = re.compile(r"(?<![\d.:])\d[\d,]*\.\d\d(?![\d.:])")
# Words that say what kind of amount is meant, not which one: "the Best Buy charge is actually $421.87".
NOT_A_LABEL = frozenset({"charge", "charges", "amount", "amounts", "one", "ones", "was", "were", "the", "actually", "should",
                         "correct", "other", "price", "value", "total", "cost", "sorry", "oops", "wrong", "dollars", "that",
                         "this", "its", "and", "not", "but", "really", "more", "like", "about", "said", "say", "says", "with",
                         "for", "from", "just", "only", "right", "fine", "rest", "meant", "mean", "typo", "change", "please",
                         "card", "account", "same", "statement", "page", "second", "first", "item", "items", "thing"})


# "please add one more charge I missed. $312 at Amazon on the same card": another amount, not one put right.
ONE_MORE = re.compile(r"\b(?:also|too|as well|another|plus|add|added|adding|one more|missed|forgot|extra|new)\b", re.I)
# "also I paid $199 for the airpods, they were on sale": what a thing on the list cost, said again ("also" only leads it in)
PRICE_RESTATED = re.compile(r"^(?!.*\b(?:another|plus|add|added|adding|one more|missed|forgot|extra|new|there (?:was|were|is|are))\b)"
                            r".*\b(?:paid|spent|cost|costs|was|were|actually|only|on sale)\b", re.I)


def _labelled_amount_put_right(text: str, facts: Mapping) -> dict:
    """One amount of several put right by what it is for ("the Best Buy charge is actually $421.87, the other charge is
    correct", "oops the walmart one was $98.99"): the part of the accounts or items that alone holds the words said, and
    one amount, gets the new one; the others stay."""
    field = "items" if facts.get("items") else "accounts"
    listed = facts.get(field) or ""
    rest = RULED_OUT_AMOUNT.sub(" ", WHAT_IT_SAYS.sub(" ", text or ""))
    amounts = {float((m.group(1) or m.group(2)).replace(",", "")) for m in DOLLARS.finditer(rest)} or \
        {float(m.group(0).replace(",", "")) for m in CENTS.finditer(rest)}  # "should be 421.87"
    if len(amounts) != 1 or not listed or (ONE_MORE.search(text or "") and not (field == "items" and PRICE_RESTATED.search(text or ""))):
        return {}
    parts = [p for p in LIST_PARTS.split(listed) if p.strip()]
    said = set(re.findall(r"[a-z]{3,}", normalize(text))) - NOT_A_LABEL
    holders = set()
    for word in said:  # a word found in one part alone names that part
        found = [n for n, part in enumerate(parts) if re.search(rf"\b{re.escape(word)}s?\b", part, re.I)]
        if len(found) == 1:
            holders.add(found[0])
    if len(holders) != 1:
        return {}
    part = parts[holders.pop()]
    prices = list(DOLLARS.finditer(part)) or list(PRICE_IN_LIST.finditer(part))
    new = amounts.pop()
    if len(prices) != 1:
        return {}
    old_text = prices[0].group(0)
    old = float(re.sub(r"[^\d.]", "", old_text))
    if old == new:
        return {}
    fixed_part = part.replace(old_text, f"${new:,.2f}".replace(".00", ""), 1)
    relisted = listed.replace(part, fixed_part, 1)
    if field == "items":
        return _items_relisted(relisted)
    stated = _stated_with(facts.get("stated_values") or [], old, new)
    return {"accounts": relisted, "stated_values": stated} if stated is not None else {}


NUMBERS_NOT_MONEY = re.compile(r"\b(?:area code|zip code|zip|extension)\b")
# "Please change, the glasses are also 300 dollar": a price for an item already listed without one.
ITEM_PRICED = re.compile(r"\b(?:the |my |our )?(?P<thing>[a-z][a-z' -]{1,30}?) (?:is|are|was|were|cost|costs|worth|was worth|were worth)"
                         r" (?:also |too |another |each )?(?:more |closer to |actually |really )?(?:about |around |like |maybe |approx )?\$? ?(?P<a>\d[\d,]*(?:\.\d\d)?)"
                         r"(?: ?(?:dollars?|dollar|bucks|usd))?\b(?P<also>[^.!?]{0,20}\b(?:also|too|as well)\b)?", re.I)


PRICE_ALONE = re.compile(r"^\W*(?:like|about|around|maybe|approx|prob|probably|~)?\s*\$?\s?\d[\d,]*(?:\.\d\d)?(?:\s?(?:dollars?|bucks))?\W*$", re.I)


def _listed_item_priced(text: str, facts: Mapping) -> dict:
    """An item on the list that had no price gets one ("the glasses are also 300 dollar"): it adds to the total,
    it does not replace it."""
    listed = facts.get("items") or ""
    said = ITEM_PRICED.search(text or "")
    if not listed or not said:
        return {}
    thing = said.group("thing").strip().lower().split()[-1]
    also = "also" in said.group(0).lower() or "too" in said.group(0).lower() or said.group("also")
    parts = LIST_PARTS.split(listed)
    at = next((i for i, p in enumerate(parts) if re.search(rf"\b{re.escape(thing)}\b", p, re.I)), None)
    part = parts[at] if at is not None else None
    if part and at + 1 < len(parts) and not re.search(r"\d", part) and PRICE_ALONE.match(parts[at + 1]):
        # "a pair of running shoes, like 120": the price said after the thing, in a piece of its own
        part = listed[listed.index(part):listed.index(parts[at + 1], listed.index(part)) + len(parts[at + 1])]
    amount = float(said.group("a").replace(",", ""))
    old_price = re.search(r"\$?\s?\d[\d,]*(?:\.\d\d)?", part or "")
    if part and old_price and not also:
        # "ipad was 650 w the case" for "ipad $600": that item's price changes, the others stay
        lead = old_price.group(0)[:len(old_price.group(0)) - len(old_price.group(0).lstrip())]
        new_part = part[:old_price.start()] + f"{lead}${amount:,.0f}" + part[old_price.end():]
        return _items_relisted(listed.replace(part, new_part, 1))
    if not part or not also or old_price:
        return {}  # not on the list: a new total is read the usual way
    total = (facts.get("items_details") or {}).get("total_value") or sum(facts.get("stated_values") or []) or 0
    return _total_put(facts, total + amount, items=f"{listed}; {thing}: ${amount:,.0f}")


# "Please take out the $200 cash - I just found it in my coat pocket": one amount of several off the total.
AMOUNT_TAKEN_OUT = re.compile(r"\b(?:take out|take off|remove|delete|drop|get rid of|minus) (?:the |that )?\$ ?(\d[\d,]*(?:\.\d\d)?)", re.I)


def _amount_taken_out(text: str, facts: Mapping) -> dict:
    said = AMOUNT_TAKEN_OUT.search(text or "")
    total = (facts.get("items_details") or {}).get("total_value") or sum(facts.get("stated_values") or []) or None
    if not said or not total:
        return {}
    amount = float(said.group(1).replace(",", ""))
    if amount >= total:
        return {}  # all of it: no loss at all (NO_LOSS)
    return _total_put(facts, total - amount)


NOT_YET = re.compile(r"\bbefore i (?:confirm|say yes|submit|file|send|agree)\b|\b(?:do not|dont|not) (?:file|submit|send) (?:it |this )?yet\b")
# "One correction before you file it: ..." -> "...": the words that announce a fix.
CORRECTION_LEAD = re.compile(r"^(?:(?:one|a|small|quick|just a)\s+)?(?:correction|change|fix|thing)s?(?:\s+(?:before|first)"
                             r"(?:\s+you\s+(?:file|submit|send)(?:\s+it)?)?)?\s*[:,.-]*\s*|^before you (?:file|submit|send) it\s*[:,.-]*\s*", re.I)


# One amount put in place of another: "the bike was $700 not 650", "it was only about $60 cash not $80".
AMOUNT = r"\$?\s?(\d(?:[\d,]*\d)?(?:\.\d\d)?)"
AMOUNT_SWAP = re.compile(rf"{AMOUNT}(?:\s*(?:dollars|bucks))?(?:\s+\w+){{0,4}},?\s+(?:not|instead of|rather than)\s+{AMOUNT}(?![\d:])", re.I)


AMOUNT_FROM_TO = re.compile(r"\bfrom\s+(\$\s?\d[\d,]*(?:\.\d\d)?)\s+to\s+(\$?\s?\d[\d,]*(?:\.\d\d)?)(?![\d:])", re.I)
TOTAL_NAMED = re.compile(r"\b(?:total|value|altogether|in all|overall)\b", re.I)


def _amount_swapped(text: str, facts: Mapping) -> dict:
    """The amount ruled out, changed where the items and the total carry it; the rest of the total stays."""
    match = AMOUNT_SWAP.search(text or "")
    if match and not facts.get("items") and facts.get("accounts"):
        return _amount_swapped_in_accounts(match, facts)  # "its $3,240, not $2,340": the charges on the card
    if match and not facts.get("items") and facts.get("stated_values"):
        return _amount_swapped_in_stated(match, facts)  # "sorry dent is actually $1,250 not 1100": the repair quote
    items = facts.get("items") or ""
    said_of_item = _item_named(text[:match.start()], items) if match else False  # "The laptop value is $1,650, not $1,400"
    if not match or not items or (TOTAL_NAMED.search(text[:match.start()]) and not said_of_item):
        return {}  # "total value should be $350 not 100": the total, read by _value_corrected; the items stay as listed
    new, old = (float(group.replace(",", "")) for group in match.groups())
    items = _amount_replaced(items, match)
    if items is None or new == old:
        return {}
    details = dict(facts.get("items_details") or {})
    total = details.get("total_value")
    if _a_count(facts.get("items") or "", old):
        # "it was 3 credit cards not 2": how many things, said in the list; the money stays as it was
        details.update(description=items)
        return {"items": items, "items_details": details}
    times = _how_many_at(facts.get("items") or "", old)  # "the two cast-iron urns, $350 each", then "$325 each, not $350"
    new_total = (total - times * old + times * new) if total is not None and total >= times * old else new
    details.update(description=items, total_value=new_total)
    return {"items": items, "items_details": details, "stated_values": [new_total]}


COUNTS = {**NUMBER_WORDS, "pair": 2, "both": 2}


def _how_many_at(items: str, price: float) -> int:
    """How many things the list prices at `price` each ("two cast-iron urns, $350 each" -> 2); else one."""
    said = re.search(rf"\b(\d|two|three|four|five|six|pair|both)\b[^$]{{0,50}}\$\s?{re.escape(f'{price:,.0f}')}(?:\.00)?\s*(?:each|apiece|a piece)\b",
                     items, re.I)
    if not said:
        return 1
    word = said.group(1).lower()
    return int(word) if word.isdigit() else COUNTS[word]


def _a_count(items: str, number: float) -> bool:
    """"2 credit cards" in the list: the number counts things, it is no price."""
    figure = f"{number:g}"
    return bool(re.search(rf"(?<![$\d.,]){re.escape(figure)} (?!dollars?\b|bucks\b|usd\b|cash\b|in cash\b|each\b|worth\b)[a-z]", items, re.I)) and \
        not re.search(rf"\$\s?{re.escape(figure)}(?![\d,])|\b{re.escape(figure)}\s?(?:dollars?|bucks)\b", items, re.I)


def _item_named(text: str, items: str) -> bool:
    """A word of the items list said before the amount ("the laptop value is ..."): that item's value, not the total."""
    said = set(re.findall(r"[a-z]{4,}", normalize(text))) - {"value", "total", "worth", "should", "price", "that", "this",
                                                               "actually", "wrong", "with", "were", "they"}
    return any(re.search(rf"\b{re.escape(word)}s?\b", items, re.I) for word in said)


def _amount_swapped_in_stated(match: re.Match, facts: Mapping) -> dict:
    """One of several amounts stated (no items listed: a damage estimate, repair quotes) put right: that one changes,
    the others stay in the total ("windshield is $420 and the dent $1,100", then "dent is actually $1,250 not 1100")."""
    new, old = (float(group.replace(",", "")) for group in match.groups())
    stated = _stated_with(facts.get("stated_values") or [], old, new, rounded=False)
    if new == old or stated is None:
        return {}
    fixed = {"stated_values": stated}
    damage = _amount_replaced(facts["damage"], match) if facts.get("damage") else None
    if damage is not None:
        fixed["damage"] = damage
    return fixed


def _amount_swapped_in_accounts(match: re.Match, facts: Mapping) -> dict:
    """The amount ruled out, changed in the accounts line and in the total (charges count as what was lost)."""
    new, old = (float(group.replace(",", "")) for group in match.groups())
    if new == old:
        return {}
    fixed = {"stated_values": _stated_with(facts.get("stated_values") or [], old, new, rounded=False) or
             [*(facts.get("stated_values") or []), new]}
    accounts = _amount_replaced(facts["accounts"], match)
    if accounts is not None:
        fixed["accounts"] = accounts
    return fixed


def _stated_with(stated: list, old: float, new: float, rounded: bool = True) -> list | None:
    """The stated amounts with `old` put right to `new`: the amount itself, or its part of one total of every account
    ($3,600 + $740 stated as $4,340); None when it is in neither."""
    stated = list(stated)
    if old in stated:
        stated[stated.index(old)] = new
        return stated
    if sum(stated) >= old:
        total = sum(stated) - old + new
        return [round(total, 2) if rounded else total]
    return None


def _amount_replaced(text: str, match: re.Match) -> str | None:
    """The text with the amount ruled out (AMOUNT_SWAP's second number) put right, or None if it is not there."""
    # the amount as written there, with or without its thousands comma ("not 1100" for "$1,100")
    old = match.group(2).replace(",", "")
    written = ",?".join(re.escape(digit) for digit in old.split(".")[0]) + (re.escape("." + old.split(".")[1]) if "." in old else "")
    said_old = re.search(rf"(?<![\d.]){written}(?![\d])", text)
    return text[:said_old.start()] + match.group(1) + text[said_old.end():] if said_old else None


def _repair_cost_noted(text: str, facts: Mapping) -> dict:
    """A repair estimate said at the summary goes with the damage described, never into the value of what was taken."""
    said = [sentence.strip() for sentence in sentences(text or "") if REPAIR_COST.search(sentence) and money_stated(sentence)]
    if not said or facts.get("damage") is None or not only_repair_costs(text):
        return {}
    note = " ".join(said)
    return {} if note in facts["damage"] else {"damage": f"{facts['damage']}; {note}"}


# One clock time put in place of another: "I got home closer to 10:30 last night, not 9", "its 11:30am not 6 to noon".
CLOCK = r"((?:[01]?\d|2[0-3])(?::[0-5]\d)?)\s*(am|pm|a\.m\.|p\.m\.)?"
# "oops cash was 20 not 60", "it cost 15 not 12": amounts, not clock times
MONEY_WORDS = re.compile(r"\$|\b(?:cash|dollars?|bucks|worth|value|valued|paid|cost|costs|price|priced|charged?|amount|total)\b", re.I)
TIME_SWAP = re.compile(rf"\b{CLOCK}(?:\s+\w+){{0,3}},?\s+not\s+(?:at\s+|around\s+)?{CLOCK}(?![\d:$])"
                       r"(\s*(?:to|-|until|till)\s*(?:\d|noon|midnight))?", re.I)


# The start of a window just before the clock a swap puts in: "11:15 to [11:45, not 10:15]".
RANGE_BEFORE = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:to|-|until|till|and)\s*$", re.I)


def _time_swapped(text: str, facts: Mapping, now: datetime) -> dict:
    """The start or the end of the time known, whichever the ruled-out time was, moved to the new time."""
    match = TIME_SWAP.search(text or "")
    if not match or len(facts.get("occurred_at") or "") <= 10 or RANGE_BEFORE.search(text[:match.start()]):
        return {}  # "it was 11:15 to 11:45, not 10:15": a whole window said again (_clock_restated)
    if MONEY_WORDS.search(text[:match.end()]) and not (match.group(2) or match.group(4) or ":" in match.group(0)):
        return {}
    new_clock, new_half, old_clock, old_half, window_ruled_out = match.groups()
    known = {name: datetime.fromisoformat(facts[name]) for name in ("occurred_at", "occurred_end")
             if len(facts.get(name) or "") > 10}
    name = next((name for name, at in known.items() if _is_clock(at, old_clock, old_half)), None)
    if name is None:
        return {}
    moved = _at_clock(known[name], new_clock, new_half)
    if moved > now:
        return {}
    other = known.get("occurred_end" if name == "occurred_at" else "occurred_at")
    crosses = other is not None and (moved >= other if name == "occurred_at" else moved <= other)
    if crosses or window_ruled_out:
        # "11:30 not 6 to noon": the window was wrong, the time is one
        return {"occurred_at": moved.isoformat(timespec="minutes"), "occurred_end": None, "occurred_text": match.group(0)}
    return {name: moved.isoformat(timespec="minutes"),
            "occurred_text": f"{facts.get('occurred_text') or ''}; {match.group(0)}".strip("; ")}


# A clock time written as one ("2-4pm", "around 9:30", "10 pm"), not a price or a plate.
CLOCK_SAID = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:-|to|and)?\s*(?:\d{1,2}(?::\d\d)?\s*)?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|"
                        r"\b(?:noon|midnight)\b|\b\d{1,2}\s*o\s*'?\s*clock\b|"
                        # "between 1 and 4 in the afternoon": hours said with the part of day
                        r"\b\d{1,2}(?:\s*(?:-|to|and)\s*\d{1,2})?\s+(?:in the (?:morning|afternoon|evening)|at night)\b", re.I)


def _found_at(u: Understanding, facts: Mapping, now: datetime) -> dict:
    """"oh wait i meant i found it at 5:30 this morning not 7" at the summary of a window from 6 PM: the finding ends
    the window, it is not when it happened."""
    when, known = u.when or {}, facts.get("occurred_at") or ""
    said = CLOCK_SAID.search(u.text or "")
    if not (when.get("has_time") and not when.get("end") and len(known) > 10 and said) or \
            not END_WORDS.search(normalize(u.text[:said.start()])) or START_WORDS.search(normalize(u.text)):
        return {}
    found, start = datetime.fromisoformat(when["at"]), datetime.fromisoformat(known)
    if not start < found <= now:
        return {}
    return {"occurred_end": found.isoformat(timespec="minutes"),
            "occurred_text": f"{facts.get('occurred_text') or ''}; {u.text.strip()}".strip("; ")}


def _clock_restated(u: Understanding, facts: Mapping, now: datetime) -> dict:
    """"and it was like 2-4pm" at the summary: new clock times on the day already known (no day is said)."""
    when = u.when or {}
    known = facts.get("occurred_at") or ""
    # a part of day is no day: "in the afternoon, around 3 o'clock, not noon" keeps the day known ("yesterday")
    # "thanksgiving nite, between 10pm and 6am", "thurs nov 26 10pm to fri 6am": a day said is a new day
    if not when.get("has_time") or when.get("names_day") or readers.SAYS_WHICH_DAY.search(when.get("text") or "") or len(known) < 10 or \
            not CLOCK_SAID.search(u.text or ""):
        return {}
    day = datetime.fromisoformat(known) if len(known) > 10 else datetime.fromisoformat(f"{known}T00:00").replace(tzinfo=now.tzinfo)
    said_at, said_end = datetime.fromisoformat(when["at"]), when.get("end") and datetime.fromisoformat(when["end"])
    at = day.replace(hour=said_at.hour, minute=said_at.minute)
    end = day.replace(hour=said_end.hour, minute=said_end.minute) if said_end else None
    if end is None and not HALF_OF_DAY_SAID.search(u.text or ""):
        # "the camera says 5:45, not 5:15" of a window early this morning: the 5:45 inside that window, not the evening's
        window_end = facts.get("occurred_end")
        last = datetime.fromisoformat(window_end) if len(window_end or "") > 10 else None
        start = datetime.fromisoformat(known) if len(known) > 10 else None
        options = [at, at.replace(hour=(at.hour + 12) % 24)]
        inside = [o for o in options if start and last and start <= o <= last and o <= now]
        at = inside[0] if inside else next((o for o in options if o <= now), at)
    if end is not None and end <= at:
        end += timedelta(days=1)  # "10pm-2am": into the next morning
    window_end = facts.get("occurred_end") or ""
    if len(window_end) > 10 and len(known) > 10 and datetime.fromisoformat(window_end).date() > day.date() and at < day:
        # "it was after 1am, my cam caught it at 1:40am" of a window last night: the small hours after its midnight
        at, end = at + timedelta(days=1), end + timedelta(days=1) if end else None
    if at > now:
        return {}
    return {"occurred_at": at.isoformat(timespec="minutes"), "occurred_end": end.isoformat(timespec="minutes") if end else None,
            "occurred_text": when.get("text")}


# Where harassing calls come in ("the calls come to my house landline"): not the resident's contact number put right
CALLS_COME_TO = re.compile(r"\b(?:calls?|they|he|she) (?:come|comes|go|goes|ring|rings|call|calls|are) (?:in )?(?:to|on) (?:my|our)\b|"
                           r"\b(?:landline|house phone|home phone)\b")
HALF_OF_DAY_SAID = re.compile(r"\d\s*(?:am|pm|a\.m\.?|p\.m\.?)\b|\b(?:morning|afternoon|evening|night|noon|midnight|tonight)\b", re.I)


def _is_clock(at: datetime, clock: str, half: str | None) -> bool:
    """"9" is 9:00 AM or PM; "9 pm" only the evening one."""
    hour, minute = _hour_minute(clock)
    return at.hour % 12 == hour % 12 and at.minute == minute and (not half or (at.hour >= 12) == half.lower().startswith("p"))


def _at_clock(at: datetime, clock: str, half: str | None) -> datetime:
    """The same day at the new clock time, in the known time's half of the day unless AM or PM is said."""
    hour, minute = _hour_minute(clock)
    pm = half.lower().startswith("p") if half else at.hour >= 12
    return at.replace(hour=hour % 12 + (12 if pm else 0), minute=minute)


def _hour_minute(clock: str) -> tuple[int, int]:
    hour, _, minute = clock.partition(":")
    return int(hour), int(minute or 0)


def _value_corrected(u: Understanding) -> float | None:
    """A new total at the summary ("the amount should be $2,300"): it replaces the amounts stated."""
    if not (VALUE_WORDS.search(normalize(u.text)) or RULED_OUT_MONEY.search(u.text)):
        return None
    added_up = ADDED_UP.search(u.text)
    if added_up:
        return float(added_up.group(1).replace(",", ""))  # "Total is wrong. 350 + 20 = 370": their own sum
    # Said about the value ("prices r wrong, airpods were 249 and the case 35"), bare numbers are money; dates are not
    # ("a hard inquiry on my credit report on Nov 24. no charges that I know of yet").
    return value_of_items(DATE_SAID.sub(" ", RULED_OUT_AMOUNT.sub(" ", u.text)))


DATE_SAID = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|"
                       r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", re.I)


# An afterthought that tells what someone did, not what was taken.
STORY_ADDITION = re.compile(r"\b(?:they|he|she|someone|somebody|sum1|the (?:guy|thief|thieves|person|kids?))\b(?: \w+)? "
                            r"(?:smashed|broke|busted|cracked|pried|popped|cut|used|came|went|tried|left|ran|drove|kicked|"
                            r"jimmied|punched|ripped|threw|climbed|got in|got into|opened|dumped)\b|"
                            # "add that i have a photo of the bike", "i have ring camera video of it": evidence, for the story
                            r"\b(?:i|we) (?:have|got|took|kept|saved|can send) (?:a |an |some |the )?(?:\w+ ){0,2}(?:photos?|pictures?|pics?|"
                            r"videos?|footage|screenshots?|recordings?|receipts?)\b")


# One sentence of a correction that adds something: "please put the black bag also, 30 dollar", "add my $40 cash too".
ADD_LEAD = r"^(?:and |also |oh and )?(?:please |pls |plz |can you |could you |can u )?"
ADDITION_SENTENCE = re.compile(rf"{ADD_LEAD}(?:put|add|include|list) (?:in |on )?(?!(?:that|it) (?:was|is)\b).+?\b(?:also|too|as well)\b|"
                               rf"{ADD_LEAD}add\b", re.I)


def _addition_beside(text: str, facts: Mapping) -> dict:
    """The afterthought sentence of a message that also changes something, joined as an afterthought is."""
    said = [sentence for sentence in sentences(text) if ADDITION_SENTENCE.search(sentence.strip())]
    if len(said) != 1 or len(sentences(text)) < 2:
        return {}
    thing = re.sub(rf"{ADD_LEAD}(?:put|include|list) (?:in |on )?", "", said[0].strip(), flags=re.I)
    return _added_at_summary(re.sub(r"\s+(?:also|too|as well)\b", "", thing, count=1, flags=re.I), facts)


def _first_name_respelled(new: str, known: str | None) -> str:
    """"name is spelled Siobhan, S-I-O-B-H-A-N" for "Shivon Daly": the first name put right, the surname kept."""
    said, had = new.split(), (known or "").split()
    if len(said) != 1 or len(had) < 2 or said[0].lower() == had[0].lower() or \
            SequenceMatcher(None, said[0].lower(), had[0].lower()).ratio() < 0.5:
        return new
    return " ".join([said[0], *had[1:]])


def _known_vehicle(facts: Mapping) -> dict:
    """The vehicle on the report as parts: its record, or its description read again when only that was kept."""
    if facts.get("vehicle_details"):
        return facts["vehicle_details"]
    if not facts.get("vehicle"):
        return {}
    return asdict(read_vehicle(facts["vehicle"], is_answer=True) or Vehicle(""))


# A detail ruled out ("not 2019", "not black") and the value on the summary quoted ("u still have it red").
RULED_OUT_DETAIL = re.compile(r"\b(?:not|instead of|rather than) (?:a |the )?(?:(?:19|20)\d\d|\w+)\b")
OLD_VALUE_QUOTED = re.compile(r"\b(?:have|has|had|says|said|shows|showing|listed|put|wrote)(?: it| that| the \w+)?(?: as| down as)? "
                              r"(?:a |the )?\w+\b")


def _vehicle_detail_fixed(text: str, facts: Mapping) -> dict:
    """The year or colour of the vehicle on the report put right at the summary ("its GRAY", "the year is 2020")."""
    known = _known_vehicle(facts)
    if not known or readers.named_fields(text) not in ([], ["vehicle"]):
        return {}
    for sentence in reversed(sentences(text)):
        words = RULED_OUT_DETAIL.sub(" ", normalize(sentence))
        said = None if OLD_VALUE_QUOTED.search(words) else read_vehicle(words, is_answer=True)
        if not said or said.plate or said.model or (said.make and said.make != known.get("make")):
            continue
        change = {name: getattr(said, name) for name in ("year", "colour")
                  if getattr(said, name) and getattr(said, name) != known.get(name)}
        if change:
            amended = amend_vehicle(known, Vehicle("", **change))
            return {"vehicle": amended.summary(), "vehicle_details": as_record(amended)}
    return {}


def _more_of_the_vehicle(addition: str, facts: Mapping) -> dict:
    """A detail of the vehicle already on the report, said as an afterthought: the same make or model named again."""
    said = read_vehicle(addition, is_answer=True)
    known = _known_vehicle(facts)
    if not said or not known or not (said.year or said.colour or said.plate) or \
            not ((said.model and said.model == known.get("model")) or (said.make and said.make == known.get("make"))):
        return {}
    amended = amend_vehicle(known, said)
    return {"vehicle": amended.summary(), "vehicle_details": as_record(amended)}


# A sentence that tells of something else taken: "they also took my airpods ...", "oh also they took my ray bans".
TAKEN_TOO = re.compile(r"\b(?:they|he|she|someone|somebody|the thief|the guy) (?:also |even )?(?:took|stole|grabbed|swiped|snatched)\b"
                       r"(?=.*\b(?:also|too|as well)\b)|\b(?:they|he|she|someone|somebody) also (?:took|stole|grabbed|swiped|snatched)\b|"
                       r"\balso (?:they |he |she )?(?:took|stole|grabbed|swiped|snatched)\b|\bi forgot\b.*\b(?:took|stole|taken|stolen)\b")


def _addition_and_change(u: Understanding, facts: Mapping, now: datetime) -> Absorbed | None:
    """Something more taken and a change in one message ("oh wait I forgot, they also took my airpods ..., those were
    like $180. and the gym bag + stuff in it was maybe $60"): the addition joins the items, then the rest is read as
    any reply to the summary (a different text, read once here). Nothing is filed on such a message."""
    parts = sentences(u.text)
    added = [part for part in parts if TAKEN_TOO.search(normalize(part))]
    if len(parts) < 2 or not added or len(added) == len(parts):
        return None
    first = _added_at_summary(" ".join(added), facts)
    if not first:
        return None
    rest = " ".join(part for part in parts if part not in added)
    second = _read_at_summary(understand(rest, now=now), {**facts, **first}, now).updates
    second.pop("confirmed", None)
    return Absorbed({**first, **second, "awaiting_correction": False})


def _added_at_summary(text: str, facts: Mapping) -> dict:
    """An afterthought at the summary ("oh and $40 in cash from the car too") joins the items, or the
    description when the report lists no items; the type, place and time stay as confirmed."""
    addition = readers.without_lead_in(readers.without_approval(text))
    if addition.lower() in (facts.get("items") or "").lower() + " " + (facts.get("narrative") or "").lower():
        return {}  # said again: already added
    # "add that my son saw the Henderson boy riding it": an afterthought can still name a suspect or a weapon
    screening = _volunteered_screening(addition, facts, None)
    if screening.get("known_suspect") or screening.get("weapon"):
        return {**screening, "narrative": " ".join(p for p in (facts.get("narrative"), addition) if p)}
    incident = profile().incident_type(facts.get("incident_type") or "")
    details = incident.details_for(bool(facts.get("vehicle_parts"))) if incident else ()
    vehicle = read_vehicle(addition, is_answer=False)
    if vehicle and vehicle.make:  # "can you add the jeep too? white jeep wrangler, he tried that one as well"
        return {"vehicle": "; ".join(part for part in (facts.get("vehicle"), vehicle.summary()) if part)}
    more_of_it = _more_of_the_vehicle(addition, facts)
    if more_of_it:  # "and the civic is a 2008": the year of the car on the report, not an item
        return more_of_it
    if "accounts" in details and (ACCOUNTS_NAMED.search(normalize(addition)) or CHARGE_WORDS.search(normalize(addition))):
        # "can u add its a discover card and theres like $900 on it", "add one more charge, $85 at a gas station": the
        # accounts, and the amount
        accounts = " ".join(part for part in (facts.get("accounts"), addition) if part)
        return {"accounts": accounts, **_volunteered_value(addition, facts, None)}
    # "add they smashed the drivers side back window to get in": what they did belongs to the story, not the items
    lists_items = "items" in details and not (STORY_ADDITION.search(normalize(addition)) and not money_stated(addition))
    if lists_items:
        combined = "; ".join(part for part in (facts.get("items"), addition) if part)
        items = read_items(combined)
        if items:
            record = as_record(items)
            before = (facts.get("items_details") or {}).get("total_value") or sum(facts.get("stated_values") or []) or None
            added = value_of_items(addition)
            if before and added and record.get("total_value") in (None, before):
                # "maybe 350 total" then "also ... my ray ban sunglasses, like $150": the total grows by what was added
                record["total_value"] = round(before + added, 2)
            return {"items": items.description, "items_details": record}
    told = (facts.get("narrative") or "").rstrip()
    # "You didn't add the $800 damage estimate. Please add it.": the request itself is no part of the story
    story = " ".join(part for part in sentences(addition) if not ADD_REQUEST_ONLY.match(part.strip()))
    if not story:
        return _volunteered_value(addition, facts, None)
    combined = f"{told}{'' if not told or told[-1] in '.!?' else '.'} {story}".strip()
    return {"narrative": combined, **_volunteered_value(addition, facts, None)}


# A sentence that only asks for something to be added: "Please add it.", "add that too", "it."
ADD_REQUEST_ONLY = re.compile(r"^(?:(?:please|pls|plz|can you|could you|just|and)\s+)*(?:add\s+)?(?:it|that|this|them|too|that too|"
                              r"it too|it please|that please)[\s.!]*$", re.I)


def _details_no_longer_needed(facts: Mapping, updates: Mapping) -> dict:
    """When the type changes (a break-in turns out to be tampering), drop details the new type does not ask for."""
    new_type = updates.get("incident_type")
    if not new_type or new_type == facts.get("incident_type"):
        return {}
    incident = profile().incident_type(new_type)
    keep = set(incident.details_for(bool(updates.get("vehicle_parts")))) if incident else set()
    details = {"vehicle": "vehicle_details", "items": "items_details", "caller_number": None, "call_pattern": None, "accounts": None}
    cleared = {}
    for name, companion in details.items():
        if name not in keep and (facts.get(name) is not None or name in updates):
            cleared[name] = None
            if companion:
                cleared[companion] = None
    return cleared


# --- what the resident volunteered -------------------------------------------------

# "never mind that one ... someone keyed my car, can i report that instead?": a different incident, told
# in place of the one begun; nothing of the first (its place, time, amounts, story) belongs to it.
SWITCHING = re.compile(r"\b(?:instead|never ?mind (?:that|the|about)|forget (?:about )?(?:that|the) \w+|found (?:it|the \w+|my \w+)"
                       r"(?: \w+){0,4} (?:so |but )?(?:never ?mind|forget)|something else happened|different thing)\b")
INCIDENT_FIELDS = ("incident_type", "type_uncertain", "type_confirmed", "type_text", "types_rejected", "vehicle_parts",
                   "location", "location_status", "location_text", "excluded_area", "location_confirmed", "occurred_at",
                   "occurred_end", "occurred_text", "suspect_or_weapon", "known_suspect", "weapon", "vehicle",
                   "vehicle_details", "items", "items_details", "stated_values", "caller_number", "call_pattern",
                   "accounts", "narrative")


def _volunteered(u: Understanding, facts: Mapping, asking: str | None, correcting: bool, named, now: datetime) -> dict:
    if facts.get("incident_type") and asking != "confirmed" and SWITCHING.search(u.normal) and \
            u.incident.slug and u.incident.slug != facts["incident_type"] and not u.incident.needs_confirmation:
        fresh_start = {name: value for name, value in facts.items() if name not in INCIDENT_FIELDS}
        told = _volunteered(u, fresh_start, asking, False, (), now)
        return {**{name: None for name in INCIDENT_FIELDS}, **told, "narrative": u.text.strip()}
    updates: dict = {}

    def fresh(name: str) -> bool:
        """Unknown yet, or being corrected (at the summary: the fields the resident names, or any it restates)."""
        return facts.get(name) is None or (correcting and (not named or name in named))

    taken_after_all = _taken_after_all(u.text, facts)
    put_right = type_put_right(u.text, facts.get("incident_type")) \
        if asking not in ("incident_type", "type_confirmed", "confirmed") else None
    if put_right:  # "we didnt lose it!! someone cut the lock and took it": the type shown is put right while answering
        updates.update(readers.type_said(put_right, facts, u.text))
    elif facts.get("incident_type") == "vehicle_burglary" and nothing_taken(u.text):
        updates["incident_type"] = "vehicle_tampering"  # "I found my sunglasses, nothing was taken after all"
    elif taken_after_all:
        updates.update(taken_after_all)
    elif asking not in ("incident_type", "type_confirmed", "confirmed") and fresh("incident_type") or \
            asking == "confirmed" and "incident_type" in named:  # at the summary the type changes only when named
        # A known type changes only on a sure reading: "I found out yesterday when the bank called me" is
        # no harassing call.
        if not (facts.get("incident_type") and u.incident.needs_confirmation):
            updates.update(readers.type_updates(u.incident, facts, u.text))
    if asking not in ("location", "location_confirmed") and fresh("location"):
        assessment = u.location
        home = loc.home_address(u.text) if (updates.get("incident_type") or facts.get("incident_type")) == "identity_theft" else None
        if home:  # "skimmed at a gas station in Fairfield ... I live on Long Lots Road in Westport": reported where they live
            assessment = home
        elif (updates.get("incident_type") or facts.get("incident_type")) == "identity_theft" and \
                assessment.status in (loc.OUTSIDE_TOWN, loc.EXCLUDED_AREA, loc.CONFIRM_AREA):
            # "an eversource account in bridgeport that i never opened", "an MRI at a clinic in Stamford": where the
            # account or the clinic is, not where the victim lives; the home is asked
            assessment = loc.LocationAssessment(loc.NOT_FOUND)
        if assessment.status != loc.NOT_FOUND and assessment.place != facts.get("location"):
            updates.update(readers.location_updates(assessment, u.text))
    if asking != "occurred_at" and (fresh("occurred_at") or readers.is_vague_time(facts)):
        updates.update(readers.volunteered_time(u, now, {**facts, **updates}, correcting))
    incident_type = updates.get("incident_type") or facts.get("incident_type") or ""
    incident = profile().incident_type(incident_type)
    parts = bool(updates.get("vehicle_parts", facts.get("vehicle_parts")))
    # "I notice the report makes no mention of the car ... a silver 2014 Buick LaCrosse": said as a vehicle (a
    # plate or a vehicle word), not "a red Honda EU2200i inverter generator"
    at_summary_any = asking == "confirmed" and ("vehicle" in named or not named) and \
        speaks_of_a_vehicle(u.text)
    if asking != "vehicle" and ("vehicle" in (incident.details_for(parts) if incident else ()) or at_summary_any) and fresh("vehicle"):
        vehicle = read_vehicle(u.text, is_answer=False)
        if vehicle and (vehicle.make or vehicle.plate):
            if correcting:  # "the plate is AX 40921, not 40912": the rest of the vehicle stays
                vehicle = amend_vehicle(facts.get("vehicle_details"), vehicle)
            # Read out of a whole story, the record describes the vehicle, not the story (names and all)
            vehicle = replace(vehicle, description=vehicle.summary())
            updates.update({"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)})
    if incident_type == HARASSING_CALLS:
        updates.update(_volunteered_calls(u.text, {**facts, **updates}, asking, correcting))
    details = incident.details_for(parts) if incident else ()
    if "items" in details and asking != "items" and facts.get("items") is None:
        updates.update(_priced_items(u.text))  # "they took my laptop bag ($1,299) and my Ray-Bans ($180)": not asked again
    if "accounts" in details and asking != "accounts" and facts.get("accounts") is None and \
            _names_an_account(u.text) and (money_stated(u.text) or not MONEY_TAKEN.search(
                normalize(f"{u.text} {facts.get('narrative') or ''} {facts.get('type_text') or ''}"))):
        # "a Capital One card and a Verizon line in my name": not asked again. Money said to be taken without the
        # amount ("took out money at ATMs over about a week", or "charges on it that aren't mine" told before) is
        # asked, with the accounts.
        updates["accounts"] = _accounts_said(u.text)
    updates.update(_volunteered_screening(u.text, facts, asking))
    updates.update(_volunteered_contact(u.text, facts, asking))
    updates.update(_contact_in_writing(u.text, facts))
    updates.update(_volunteered_value(u.text, facts, asking))
    updates.update(_person_it_happened_to(u.text, {**facts, **updates}, asking))
    return updates


# Details of the person it happened to, sent with the resident's own contact details ("my moms name is Dorothy
# Whitfield, her landline is 203-555-2247"): the officer needs them, so they go with what happened.
SOMEONE_ELSES_DETAILS = re.compile(
    r"\b(?:my|our) (?:mom|mother|mum|dad|father|grandma|grandmother|grandpa|grandfather|son|daughter|wife|husband|sister|"
    r"brother|aunt|uncle|parents?|tenant|kid|child)(?: s)? (?:full )?(?:name|number|landline|phone|cell|email|address)\b|"
    r"\b(?:her|his|their) (?:full )?(?:name|number|landline|home phone|phone|cell|cell phone|email)(?: number)? (?:is|s)\b")


def _person_it_happened_to(text: str, facts: Mapping, asking: str | None) -> dict:
    if asking not in CONTACT_FIELDS and not is_contact_block(text):
        return {}
    told = [s.strip() for s in sentences(text) if SOMEONE_ELSES_DETAILS.search(normalize(s))]
    narrative = facts.get("narrative") or ""
    new = [s for s in told if normalize(s) not in normalize(narrative)]
    if not new:
        return {}
    said = "About the person it happened to: " + " ".join(new)
    if not narrative:
        return {"narrative": said}
    return {"narrative": narrative.rstrip() + ("" if narrative.rstrip()[-1:] in ".!?" else ".") + " " + said}


# "I want add to what happened: ...", "please add to the description that ...": more of the story, for the narrative.
STORY_ADDED = re.compile(r"\b(?:add|put|write|include)\b[^:.]{0,20}?\b(?:to|in|into) (?:what happened|the description|the story|"
                         r"the narrative|the what happened part)\s*(?:that\b)?\s*[:,-]?\s*(?P<said>.+)$", re.I | re.S)
# Something found missing from the vehicle after all: "my Ray-Ban sunglasses is missing from door pocket. Cost 160 dollar".
TAKEN_AFTER_ALL = re.compile(r"\b(?:my |our |the )(?!(?:\w+ )?(?:mirror|mirrors|tire|tires|wheel|wheels|rim|rims|hubcaps?|plates?|"
                             r"license plate|catalytic converter|converter|emblem|badge|bumper|antenna|wiper|wipers)\b)"
                             r"(?P<a>[\w' -]{2,40}?) (?:is|are|was|were) (?:also )?(?:missing|taken|stolen)\b|"
                             r"\b(?:they|someone|somebody|he|she) (?:also )?(?:took|stole|grabbed) (?P<b>(?:my|our|the) [^.!?,]{2,50})")
NOTHING_TAKEN_TYPES = ("vehicle_tampering", "damage_to_motor_vehicle")


def _taken_after_all(text: str, facts: Mapping) -> dict:
    """A vehicle reported tampered with or damaged, then something found taken from it: a vehicle burglary, with
    what was taken (the department's types: tampering and damage are with nothing taken)."""
    said = TAKEN_AFTER_ALL.search(straighten(text or ""))
    if facts.get("incident_type") not in NOTHING_TAKEN_TYPES or facts.get("items") or not said:
        return {}
    thing = re.sub(r"^(?:my|our|the) ", "", (said.group("a") or said.group("b")).strip(), flags=re.I)
    value = money_stated(text)
    items = read_items(f"{thing} ${value:,.2f}" if value else thing)
    if not items:
        return {}
    return {"incident_type": "vehicle_burglary", "type_confirmed": True, "type_uncertain": False,
            "items": items.description, "items_details": as_record(items)}


# Prices written without a dollar sign in a list of what was taken: "macbook (1800) ipad (600) + gym bag ~50".
PRICED_IN_PASSING = re.compile(r"\(\s*(?:~|about |approx\.? |around )?\$?\d[\d,]*(?:\.\d\d)?k?\s*\)|~\s?\$?\d{2,}")
HARASSING_CALLS = "harassing_phone_call"
# Accounts an identity-theft victim names: what the accounts question asks for.
ACCOUNTS_NAMED = re.compile(r"\b(?:credit card|debit card|store card|card|checking|savings|bank account|account|loan|mortgage|"
                            r"tax return|irs|unemployment|phone line|cell line|utility|capital one|chase|citi|amex|american express|"
                            r"discover|synchrony|wells fargo|bank of america|verizon|at t|t mobile|comcast|paypal|venmo)s?\b")
# What an account added at the summary may be said as ("add one more charge, $85 at a gas station").
CHARGE_WORDS = re.compile(r"\b(?:charges?|purchases?|transactions?|withdrawals?)\b")


def _names_an_account(text: str) -> bool:
    """A card, bank, lender or service named ("a Capital One card and a Verizon line"), not only the word:
    "someone has been opening accounts in my name" is what identity theft is, and the accounts are still asked."""
    return any(m.group(0) not in ("account", "accounts") for m in ACCOUNTS_NAMED.finditer(normalize(text)))


# Money taken from an account, which the accounts question asks the amount of.
MONEY_TAKEN = re.compile(r"\b(?:took|taken|take|takes|taking|withdrew|withdrawn|withdrawals?|drained|emptied|stole|stolen) (?:\w+ ){0,3}?"
                         r"(?:money|cash|funds|savings)\b|\bwithdrawals?\b|\b(?:charges|purchases|transactions)\b|\bcharged\b|\bspent\b")
# How often or since when: what the call-pattern question asks ("10x a day", "every night since monday").
CALL_PATTERN = re.compile(r"\b(?:\d+|a few|several|many|dozens?|hundreds?) (?:times?|calls?|x)\b|\b\d+x\b|\bevery (?:day|night|hour|morning|evening)\b|"
                          r"\b(?:since|for) (?:\w+ ){0,2}(?:days?|weeks?|months?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                          r"last|yesterday|the \d+)|\ba (?:day|night|week)\b|\ball (?:day|night)\b|\bkeeps? calling\b|"
                          # when it started, and what the calls are like: "started tuesday", "breathe and hang up"
                          r"\b(?:started|starting|began|begun) (?:\w+ ){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                          r"sunday|last|yesterday|a week|weeks|two|this|in|on|around)\b|\b(?:hang|hangs|hung|hanging) up\b|"
                          r"\bbreath(?:e|es|ing)\b|\b(?:swear|swears|swearing|cursing|curses|yelling|screaming|threaten\w*)\b")


def _accounts_said(text: str) -> str:
    """The parts of a description that name the accounts or the money, for the report's accounts field: not the
    greeting, the address or the question beside them ("hi, i just got a letter from Capital One ..., i live at 14
    Bayberry Lane, before i go further, i dont really want my name out there")."""
    said = sentences(readers.without_asides(text, "accounts"))
    naming = [sentence for sentence in said if ACCOUNTS_NAMED.search(normalize(sentence))]
    kept = [", ".join(clause for clause in (c.strip() for c in ACCOUNT_CLAUSE_BREAK.split(sentence)) if clause and
                      (ACCOUNTS_NAMED.search(normalize(clause)) or money_stated(clause) or CHARGE_WORDS.search(normalize(clause))))
            for sentence in naming]
    kept = [sentence for sentence in kept if sentence]
    return " ".join(kept or naming or said).strip().rstrip(",")


# Clauses of one sentence ("..., i live at 14 Bayberry Lane, before i go further, ..."); a comma inside an amount stays.
ACCOUNT_CLAUSE_BREAK = re.compile(r"(?<!\d),\s+|;\s+|\s+-\s+")


def _volunteered_calls(text: str, facts: Mapping, asking: str | None, correcting: bool = False) -> dict:
    """The caller's number and the pattern of calls, said before they are asked ("a blocked number,
    like 10 times a day since monday"): not asked again. At the summary a new count replaces the old
    ("it is about 20 calls now, not 15")."""
    if asking == "caller_number" or (asking == "call_pattern" and facts.get("caller_number")):
        return {}
    if asking == "call_pattern":
        # "number is hidden, my phone show only Unknown, every night since one week": the number, told with the pattern
        number = read_caller_number(text)
        return {"caller_number": number} if number else {}
    updates, words = {}, normalize(text)
    if asking == "confirmed" and correcting and CALL_PATTERN.search(words) and not find_phone(text):
        return {"call_pattern": readers.without_approval(readers.without_lead_in(text.strip()))}
    hidden = facts.get("caller_number") in (None, HIDDEN_NUMBER)
    if hidden:
        number = read_caller_number(text)
        if number == HIDDEN_NUMBER and facts.get("caller_number"):
            number = None
        # "call me at ..." is theirs; a number they gave as their own is theirs too, and so is one sent with their name
        # and email ("Oksana Horvat, oksana.horvat@example.com, 203-555-0126")
        theirs = asking in CONTACT_FIELDS or is_contact_block(text) or \
            (facts.get("reporter_phone") and (MY_PHONE_FIX.search(words) or _nearly(find_phone(text) or "", facts["reporter_phone"])))
        # ("wait the phone is wrong, its 203 454 7791 not 7719": their own number put right, never the caller's)
        if number and not any(phrase in words for phrase in MY_CONTACT) and (number == HIDDEN_NUMBER or not theirs) and \
                (number == HIDDEN_NUMBER or find_phone(text) != facts.get("reporter_phone")):
            updates["caller_number"] = number  # "unknown number" at first, then "The number is 475-555-0193"
    if facts.get("call_pattern") is None and CALL_PATTERN.search(words) and \
            (updates or facts.get("caller_number") or CALLS_COUNTED.search(words)):
        updates["call_pattern"] = text.strip()  # "they started monday. like 15 calls total": not asked again
    elif facts.get("call_pattern") is None and updates.get("caller_number") and facts.get("narrative") and \
            CALL_PATTERN.search(normalize(facts["narrative"])):
        updates["call_pattern"] = facts["narrative"]  # "keeps calling ... for about a week", said before the number
    return updates


# How read_caller_number writes a number the resident could not see.
HIDDEN_NUMBER = "blocked or unknown"
# Calls counted outright ("like 15 calls total", "20 times since monday"): the pattern, whatever else is said.
CALLS_COUNTED = re.compile(r"\b(?:\d+|a dozen|dozens of|twenty|thirty|fifteen|ten) (?:calls?|times?)\b")


def _volunteered_value(text: str, facts: Mapping, asking: str | None) -> dict:
    """A dollar amount said anywhere but in the list of items ("they took $60 from the console"): kept
    for the report's total value, once each (a resident often repeats an amount). What a repair costs ("fixing the
    window will cost about $380") is no part of what was taken or lost."""
    if asking == "items" or facts.get("incident_type") == HARASSING_CALLS:
        return {}  # a caller's claimed debt ("says I owe $4,300") is no loss of the resident's
    # A repair is the value of a report of damage; beside things taken, it is no part of what was lost.
    taking = facts.get("incident_type") in ("theft", "vehicle_burglary", "lost_property")
    value = None if taking and only_repair_costs(text) else money_stated(text)
    known = list(facts.get("stated_values") or [])
    return {"stated_values": [*known, value]} if value and value not in known else {}


def _nearly(phone: str, other: str | None) -> bool:
    """A typo corrected, not another number: one digit changed, or two neighbouring digits swapped
    ("0132" for "0123"). Numbers in one exchange share most digits, so more than that is another number."""
    a, b = re.sub(r"\D", "", phone or "")[-10:], re.sub(r"\D", "", other or "")[-10:]
    if not (len(a) == len(b) == 10) or a == b:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
    return len(differ) == 1 or swapped


def _volunteered_screening(text: str, facts: Mapping, asking: str | None) -> dict:
    if asking in SCREENING_FIELDS:
        return {}
    updates = {}
    suspect, weapon = known_suspect_in(text), weapon_in(text)
    if suspect and asking in CONTACT_FIELDS and facts.get("known_suspect") in (False, None) and \
            not KNOWN_SUSPECT.search(prepare(text)):
        # "should it be my name or his? i'm Paula Renner ... his name is Owen Renner", "Lisa Moreno, ... his name is Jake
        # Moreno" (her son lost his phone): at the contact questions a name given is whose report it is, not a suspect's
        suspect = None
    incident = profile().incident_type(facts.get("incident_type") or "")
    if suspect and incident and "known_suspect" not in incident.screening and not KNOWN_SUSPECT.search(prepare(text)):
        suspect = None  # nobody "did" a lost wallet: a name in a lost-property report is the owner's or a finder's
    if suspect is True or (suspect is False and facts.get("known_suspect") is None):
        updates["known_suspect"] = suspect
    if weapon is True or (weapon is False and facts.get("weapon") is None):
        updates["weapon"] = weapon
    return updates


def _volunteered_contact(text: str, facts: Mapping, asking: str | None) -> dict:
    updates = {}
    block = is_contact_block(text)
    contact_context = asking in CONTACT_FIELDS or block
    mentions = normalize(text)
    says_mine = any(phrase in mentions for phrase in MY_CONTACT)
    # At the summary an email address is the resident's own; a phone number only when they say so
    # ("add that they also called from 475-555-0178" is the caller's).
    if asking not in ("reporter_email", "accounts") and (contact_context or says_mine or asking == "confirmed"):
        email = find_email(text)
        if email:
            updates["reporter_email"] = email
        elif contact_context and facts.get("reporter_email") is None and NO_EMAIL.search(mentions):
            updates["reporter_email"] = "none"  # "marcus bell. dont have email": not asked for again
    if asking not in ("reporter_phone", "caller_number") and (contact_context or says_mine or
                                                             (asking == "confirmed" and MY_PHONE_FIX.search(mentions))):
        phone = own_phone(text)
        if phone and asking == "confirmed" and not says_mine and _nearly(phone, facts.get("caller_number")):
            # "oops the number is actually 475-555-0123, I flipped the last digits": the caller's, not theirs
            updates["caller_number"] = read_caller_number(text) or phone
        elif phone:
            updates["reporter_phone"] = phone
    signed = _signed_with_email(text, facts, asking) if "reporter_email" not in updates else None
    if signed:
        updates.update(signed)
    name = name_in_sentence(text) or (find_name(text) if block else None)
    if asking != "reporter_name" and name:
        updates["reporter_name"] = name
    return updates


# "please write in report: contact me by TEXT only": a lead-in that asks for it to be noted.
NOTE_LEAD = re.compile(r"^.*?\b(?:write|put|note|add|say)\b[^:]{0,25}\b(?:in|on|to) (?:the |my )?report\s*[:,-]?\s*", re.I)


def _contact_in_writing(text: str, facts: Mapping) -> dict:
    """"I am Deaf, I can not use phone call, text only please": kept with the report for the staff who follow it up
    (contact_note), in the resident's words, once."""
    said = [sentence.strip() for sentence in sentences(text or "") if TEXT_ONLY.search(sentence)]
    if not said:
        return {}
    note = NOTE_LEAD.sub("", " ".join(said)).strip()[:300]
    known = facts.get("contact_note") or ""
    if known and TEXT_ONLY.search(known):
        return {}  # said already; the first words stay
    return {"contact_note": note}


# An address or name said to be someone else's: "they changed the email to x@...", "his email is ...".
SOMEONE_ELSES = re.compile(r"\b(?:from|to|his|her|their|they|them|changed|fake|scam\w*|hacker|spoof\w*|fraud\w*|"
                           r"sent|emailed)\b")
# Reports where an address in the story is as likely the offender's as the resident's.
ADDRESSES_IN_STORY = ("identity_theft", "harassing_phone_call")


def _signed_with_email(text: str, facts: Mapping, asking: str | None) -> dict:
    """A description signed with the resident's own address ("... its jess marino btw jmarino22@example.com"):
    the address, and the name just before it."""
    if asking in ("reporter_email", "accounts") or facts.get("reporter_email"):
        return {}
    email = find_email(text)
    at = EMAIL_CANDIDATE.search(text or "")
    if not email or not at:
        return {}
    before = normalize(text[max(0, at.start() - 60):at.start()])
    introduced = NAME_GIVEN.search(before)  # "my name is Karen Whitfield, kwhitfield@example.com": theirs, whatever the story
    if SOMEONE_ELSES.search(" ".join(before.split()[-6:])) or \
            (facts.get("incident_type") in ADDRESSES_IN_STORY and not introduced):
        return {}
    signed = {"reporter_email": email}
    name = find_name(text[max(0, at.start() - 40):at.end()])
    if name and not facts.get("reporter_name"):
        signed["reporter_name"] = name
    return signed


NAME_GIVEN = re.compile(r"\b(?:my name is|my name s|this is|i am|im|name is|its)\b(?: \w+){1,3}\s*$")
