"""Whole interviews driven as plain function calls, and the summary the resident checks.

Each turn asks the first field of next_fields(facts) that is still None, reads the
resident's reply with absorb() and merges the updates, as the Rasa form does.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.eligibility import decide
from bot.intake.interview import absorb, next_fields
from bot.intake.interview import answer_beside_question as interview_answer
from bot.intake.readers import named_fields, volunteered_time
from bot.intake.understanding import understand
from bot.intake.summary import summary_lines

# Wednesday 11 June 2025, 2:30 PM in Westport.
NOW = datetime(2025, 6, 11, 14, 30, tzinfo=ZoneInfo("America/New_York"))

OPENING = ("Last night around 11 someone smashed the passenger window of my silver 2018 Honda Accord "
           "(CT plate 7KD3L9) on Compo Road South and took my laptop bag")
KEYED_CAR = [
    "somebody keyed my car",                                      # incident_type
    "45 Hillspoint Road",                                         # location
    "no",                                                         # suspect_or_weapon
    "this morning",                                               # occurred_at
    "blue subaru outback",                                        # vehicle
    "I parked at home and found a long scratch down the driver side door",  # narrative
    "Dana Whitfield",                                             # reporter_name
    "dana@example.com",                                           # reporter_email
    "203-555-0147",                                               # reporter_phone
]


def next_question(facts: dict) -> str | None:
    return next((name for name in next_fields(facts) if facts.get(name) is None), None)


def converse(messages: list[str], facts: dict | None = None) -> tuple[dict, list[str | None]]:
    """Reply to each question in turn; returns the facts and the questions asked."""
    facts = dict(facts or {})
    asked = []
    for text in messages:
        asking = next_question(facts)
        asked.append(asking)
        facts.update(absorb(text, facts, asking, now=NOW).updates)
    return facts, asked


@pytest.fixture(scope="module")
def at_summary() -> dict:
    """A damage-to-vehicle interview answered up to the summary."""
    facts, asked = converse(KEYED_CAR)
    assert asked == ["incident_type", "location", "suspect_or_weapon", "occurred_at", "vehicle", "narrative",
                     "reporter_name", "reporter_email", "reporter_phone"]
    assert next_question(facts) == "confirmed"
    return facts


# --- one full description --------------------------------------------------------

def test_a_full_description_fills_type_place_and_time_at_once():
    facts, _ = converse([OPENING])
    assert facts["incident_type"] == "vehicle_burglary"
    assert facts["location"] == "Compo Road South, Westport, CT"
    assert facts["location_status"] == "in_town"
    assert facts["occurred_at"] == "2025-06-10T23:00-04:00"
    assert next_question(facts) == "suspect_or_weapon"


def test_a_full_description_asks_only_for_what_is_missing_and_never_twice():
    facts, asked = converse([OPENING, "no", "the laptop bag had a laptop worth about $1,200",
                             "Dana Whitfield", "dana@example.com", "203-555-0147", "yes"])
    assert len(asked) == len(set(asked)), asked
    assert not {"location", "location_confirmed", "occurred_at"} & set(asked[1:])
    assert "incident_type" not in asked[1:]
    assert facts["items_details"]["total_value"] == 1200.0
    assert facts["confirmed"] is True
    assert next_question(facts) is None
    assert decide(facts).eligible is True


def test_the_opening_description_is_the_narrative():
    facts, _ = converse([OPENING])
    assert facts.get("narrative") == OPENING


def test_a_vehicle_described_in_the_opening_is_not_asked_again():
    facts, _ = converse([OPENING, "no"])
    assert next_question(facts) != "vehicle"


def test_a_mention_in_passing_is_not_a_screening_answer():
    facts, _ = converse(["someone keyed my car while it was parked at Compo Beach, my neighbor told me about it"])
    assert facts.get("known_suspect") is None
    assert next_question(facts) == "suspect_or_weapon"


# --- screening ---------------------------------------------------------------------

@pytest.mark.parametrize("answer", [
    pytest.param("no", id="no"),
    pytest.param("no to both", id="no-to-both"),
    pytest.param("I don't know who did it and there were no weapons", id="both-in-words"),
])
def test_a_combined_no_answers_both_screening_questions(answer):
    facts, _ = converse(KEYED_CAR[:2] + [answer])
    assert facts["known_suspect"] is False
    assert facts["weapon"] is False
    assert next_question(facts) == "occurred_at"


def test_a_combined_yes_asks_each_question():
    facts, asked = converse(KEYED_CAR[:2] + ["yes", "I don't know who it was"])
    assert asked[2:] == ["suspect_or_weapon", "known_suspect"]
    assert facts["known_suspect"] is False
    assert next_question(facts) == "weapon"


# --- ineligible answers end the interview ----------------------------------------------

@pytest.mark.parametrize(("messages", "reason"), [
    pytest.param(["somebody keyed my car", "45 Hillspoint Road", "yes, it was my neighbor's kid"], "known_suspect",
                 id="known-suspect"),
    pytest.param(["somebody keyed my car", "45 Hillspoint Road", "yes", "my ex did it"], "known_suspect",
                 id="known-suspect-asked-alone"),
    pytest.param(["somebody keyed my car", "45 Hillspoint Road", "he had a knife"], "weapon", id="weapon"),
    pytest.param(["somebody keyed my car", "45 Hillspoint Road", "yes", "no idea who", "he pulled out a gun"],
                 "weapon", id="weapon-asked-alone"),
    pytest.param(["somebody keyed my car", "in a parking garage in Norwalk"], "outside_town", id="outside-town"),
    pytest.param(["somebody keyed my car", "12 Riverside Avenue", "no"], "outside_town", id="not-in-westport"),
    pytest.param(["somebody keyed my car", "on the Merritt Parkway"], "excluded_area", id="excluded-area"),
    pytest.param(["somebody keyed my car", "at Sherwood Island"], "excluded_area", id="state-park"),
    pytest.param(["somebody keyed my car", "parked on North Avenue near the Merritt Parkway", "yes"],
                 "excluded_area", id="confirmed-on-the-highway"),
    pytest.param(["my car was stolen out of the driveway", "yes"], "unsupported_type", id="stolen-car-confirmed"),
    pytest.param([*KEYED_CAR, "actually it happened on the Merritt Parkway"], "excluded_area",
                 id="corrected-at-the-summary"),
])
def test_an_ineligible_answer_ends_the_interview(messages, reason):
    facts, _ = converse(messages)
    assert next_fields(facts) == []
    assert next_question(facts) is None
    assert decide(facts).reason == reason


# --- confirming the town or the area -------------------------------------------------------

@pytest.mark.parametrize(("messages", "place"), [
    pytest.param(["somebody keyed my car", "12 Riverside Avenue", "yes"], "12 Riverside Avenue, Westport, CT",
                 id="shared-street-confirmed"),
    pytest.param(["somebody keyed my car", "behind the old mill", "yes"], "behind the old mill, Westport, CT",
                 id="free-text-confirmed"),
    pytest.param(["somebody keyed my car", "parked on North Avenue near the Merritt Parkway", "no"],
                 "North Avenue, Westport, CT", id="not-on-the-highway"),
])
def test_a_confirmed_place_continues_the_interview(messages, place):
    facts, asked = converse(messages)
    assert asked[-1] == "location_confirmed"
    assert facts["location_status"] == "in_town"
    assert facts["location"] == place
    assert next_question(facts) == "suspect_or_weapon"


# --- at the summary ------------------------------------------------------------------------

def test_a_correction_at_the_summary_updates_the_time(at_summary):
    # "this morning" is the morning's window; "on tuesday" is the day alone (bot/intake/when.py)
    assert (at_summary["occurred_at"], at_summary["occurred_end"]) == ("2025-06-11T06:00-04:00", "2025-06-11T12:00-04:00")
    facts, asked = converse(["actually it was on tuesday"], at_summary)
    assert asked == ["confirmed"]
    assert (facts["occurred_at"], facts.get("occurred_end")) == ("2025-06-10", None)
    assert facts["location"] == at_summary["location"]
    assert next_question(facts) == "confirmed"


def test_one_name_respelled_at_the_summary_keeps_the_rest_of_the_name(at_summary):
    facts, _ = converse(["the name is wrong, it's " + at_summary["reporter_name"].split()[0] + "e"], at_summary)
    respelled, *rest = at_summary["reporter_name"].split()
    assert facts["reporter_name"] == " ".join([respelled + "e", *rest])


def test_nope_to_the_email_question_means_no_email():
    assert absorb("nope", {"incident_type": "vandalism"}, "reporter_email", now=NOW).updates["reporter_email"] == "none"


def test_the_harassers_number_in_the_first_message_is_not_the_residents():
    facts, _ = converse(["Somebody is calling to my phone many times every night from number i not know, 475-555-0122. "
                         "I am living in Westport, Saugatuck Ave"])
    assert facts.get("reporter_phone") is None


def test_a_correction_with_a_new_value_replaces_it(at_summary):
    facts, _ = converse(["wrong street, it was 50 Hillspoint Road"], at_summary)
    assert facts["location"] == "50 Hillspoint Road, Westport, CT"
    assert next_question(facts) == "confirmed"


@pytest.mark.parametrize(("text", "field"), [
    pytest.param("the email is wrong", "reporter_email", id="email"),
    pytest.param("my phone number is wrong", "reporter_phone", id="phone"),
    pytest.param("the name is misspelled", "reporter_name", id="name"),
    pytest.param("the date is wrong", "occurred_at", id="date"),
    pytest.param("the plate is wrong", "vehicle", id="vehicle"),
    pytest.param("the address is wrong", "location", id="location"),
])
def test_naming_a_field_at_the_summary_asks_it_again(at_summary, text, field):
    assert named_fields(text) == [field]
    facts, _ = converse([text], at_summary)
    assert facts[field] is None
    assert next_question(facts) == field
    untouched = {name for name in ("reporter_name", "reporter_email", "reporter_phone", "occurred_at", "vehicle",
                                   "location")} - {field}
    assert all(facts[name] == at_summary[name] for name in untouched)


@pytest.mark.parametrize(("text", "vehicle"), [
    pytest.param("the plate should be CT AB 12354 not 12345", "blue Subaru Outback, plate CT AB12354", id="plate"),
    pytest.param("Almost. The plate is AX 40921. My mistake.", "blue Subaru Outback, plate AX40921", id="plate-alone"),
    pytest.param("colour: grey", "grey Subaru Outback", id="colour"),
])
def test_a_correction_of_part_of_the_vehicle_keeps_the_rest(at_summary, text, vehicle):
    facts, _ = converse([text], at_summary)
    assert facts["vehicle"] == vehicle
    assert not facts.get("stated_values")  # a plate ruled out is no dollar amount
    assert next_question(facts) == "confirmed"


@pytest.mark.parametrize(("text", "field", "value"), [
    pytest.param("change the description to: Someone keyed the driver side overnight, found it at 7.", "narrative",
                 "Someone keyed the driver side overnight, found it at 7", id="description"),
    pytest.param("the items part is wrong. it was a box with nike running shoes, about $130", "items",
                 "a box with nike running shoes, about $130", id="items-judged-then-given"),
])
def test_a_field_named_with_its_new_value_takes_it_without_asking_again(at_summary, text, field, value):
    theft = {"incident_type": "theft", "items": "before i do all this, is a cop gonna call me"} if field == "items" else {}
    facts, asked = converse([text], {**at_summary, **theft})
    assert asked == ["confirmed"]
    assert facts[field] == value
    assert next_question(facts) == "confirmed"


def test_two_corrections_in_one_message_both_apply(at_summary):
    facts, _ = converse(["The time should be about 10:45 PM, not 11:05. And it was at 27 Hillspoint Road, not 45."],
                        at_summary)
    assert facts["occurred_at"].endswith("T22:45-04:00")
    assert facts["location"] == "27 Hillspoint Road, Westport, CT"
    assert not facts.get("stated_values")


def test_a_field_asked_again_is_answered_and_the_summary_returns(at_summary):
    facts, asked = converse(["the email is wrong", "dana.whitfield@example.org"], at_summary)
    assert asked == ["confirmed", "reporter_email"]
    assert facts["reporter_email"] == "dana.whitfield@example.org"
    assert next_question(facts) == "confirmed"


@pytest.mark.parametrize(("answer", "confirmed", "awaiting"), [
    pytest.param("yes", True, False, id="yes-files-it"),
    pytest.param("no", None, True, id="no-asks-what-to-change"),
    pytest.param("yes but the date is wrong", None, False, id="yes-but-is-a-correction"),
])
def test_the_confirmation(at_summary, answer, confirmed, awaiting):
    facts, _ = converse([answer], at_summary)
    assert facts.get("confirmed") is confirmed
    assert facts.get("awaiting_correction") is awaiting


# --- a change of type ----------------------------------------------------------------------

def test_a_break_in_with_nothing_taken_becomes_tampering_and_drops_the_items():
    facts, asked = converse(["someone broke into my car and took some stuff out of it", "at compo beach", "no", "yesterday",
                             "grey toyota camry", "my sunglasses and a phone charger"])
    assert asked[-1] == "items" and facts["items"] == "my sunglasses and a phone charger"
    facts, _ = converse(["oh wait, I found the sunglasses under the seat, nothing was taken after all"], facts)
    assert facts["incident_type"] == "vehicle_tampering"
    assert facts["items"] is None and facts["items_details"] is None
    assert facts["vehicle"] == "grey Toyota Camry"
    assert "items" not in next_fields(facts)


# --- checking the reading of what happened ---------------------------------------------------

def test_a_reading_that_would_refuse_the_report_is_confirmed_before_anything_else():
    facts, asked = converse(["someone stole my kia from the commuter lot last night"])
    assert facts["incident_type"] == "motor_vehicle_theft"
    assert next_question(facts) == "type_confirmed"
    assert decide(facts).eligible is False and next_fields(facts) == ["incident_type", "type_confirmed"]


def test_no_with_what_really_happened_rereads_the_description_without_the_rejected_reading():
    facts, _ = converse(["my car stereo got stolen last night on compo road south"])
    if next_question(facts) == "type_confirmed":
        rejected = facts["incident_type"]
        facts, _ = converse(["no, just the stereo was taken, the car is still here"], facts)
        assert facts["incident_type"] != rejected
        assert facts["types_rejected"] == [rejected]
    assert facts["incident_type"] in ("theft", "vehicle_burglary")


def test_a_plain_no_with_nothing_else_asks_what_happened_again():
    facts, _ = converse(["my car was stolen out of the driveway"])
    facts, _ = converse(["no"], {**facts, "type_text": "hello"})
    assert facts["incident_type"] is None and facts["types_rejected"] == ["motor_vehicle_theft"]
    assert next_question(facts) == "incident_type"


# --- the summary --------------------------------------------------------------------------

def test_summary_lines(at_summary):
    lines = summary_lines(at_summary)
    assert lines[0] == "Type: Damage to a motor vehicle"
    assert "Where: 45 Hillspoint Road, Westport, CT" in lines
    assert "When: Wed Jun 11, 2025, between 6 AM and noon" in lines
    assert "Vehicle: blue Subaru Outback" in lines
    assert "What happened: I parked at home and found a long scratch down the driver side door" in lines
    assert lines[-1] == "You: Dana Whitfield, dana@example.com, (203) 555-0147"


@pytest.mark.parametrize(("changes", "line"), [
    pytest.param({"occurred_at": "2025-06-10", "occurred_end": None}, "When: Tue Jun 10, 2025", id="day-only"),
    pytest.param({"occurred_at": "unknown", "occurred_text": "sometime last month"}, "When: sometime last month",
                 id="unknown-time-in-residents-words"),
    pytest.param({"reporter_email": "none", "reporter_phone": "none"}, "You: Dana Whitfield", id="declined-contacts"),
    pytest.param({"incident_type": "vehicle_burglary", "items": "a laptop"}, "Items: a laptop", id="items"),
    pytest.param({"incident_type": "harassing_phone_call", "caller_number": "blocked or unknown"},
                 "Calls from: blocked or unknown", id="caller"),
])
def test_summary_lines_variants(at_summary, changes, line):
    assert line in summary_lines({**at_summary, **changes})


def test_summary_shortens_a_long_narrative(at_summary):
    narrative = "The car was parked in the driveway overnight and " * 10
    line = next(x for x in summary_lines({**at_summary, "narrative": narrative}) if x.startswith("What happened"))
    assert " ... " in line  # the start and the end of the story, the middle left out
    assert len(line) < len("What happened: ") + 170


# --- what residents add, and send early --------------------------------------------

THEFT_AT_SUMMARY = {"incident_type": "theft", "location": "Cross Highway, Westport, CT", "location_status": "in_town",
                    "known_suspect": False, "weapon": False, "occurred_at": "2025-06-10", "items": "red trek bike, about $600",
                    "items_details": {"total_value": 600.0}, "narrative": "my bike was taken from the garage",
                    "reporter_name": "Dana Lee", "reporter_email": "dana@example.com", "reporter_phone": "+12035550142"}


@pytest.mark.parametrize("text", ["oh and also $40 in cash from the car in the garage", "and $40 in cash too"])
def test_an_afterthought_at_the_summary_joins_the_items_and_keeps_the_type(text):
    facts, asked = converse([text], THEFT_AT_SUMMARY)
    assert asked == ["confirmed"]
    assert facts["incident_type"] == "theft" and facts["items_details"]["total_value"] == 640.0
    assert facts["items"].startswith("red trek bike, about $600; $40 in cash")
    assert next_question(facts) == "confirmed"  # the summary is shown again; nothing is filed yet


def test_a_correction_at_the_summary_is_not_an_afterthought():
    facts, _ = converse(["also it was monday not tuesday"], THEFT_AT_SUMMARY)
    assert facts["occurred_at"] == "2025-06-09" and facts["items"] == THEFT_AT_SUMMARY["items"]


def test_contact_details_sent_at_the_items_question_are_the_contact_details_not_the_items():
    facts = {key: value for key, value in THEFT_AT_SUMMARY.items()
             if key not in ("items", "items_details", "reporter_name", "reporter_email", "reporter_phone")}
    facts, asked = converse(["Remy Fontaine, remy.f@example.com, 203-555-0161", "the converter, $1200"], facts)
    assert asked == ["items", "items"]
    assert (facts["reporter_name"], facts["reporter_email"], facts["reporter_phone"]) == \
        ("Remy Fontaine", "remy.f@example.com", "+12035550161")
    assert facts["items"] == "the converter, $1200"


def test_an_answer_sent_with_a_question_is_kept():
    facts = {"incident_type": "theft"}
    updates = interview_answer("the imperial ave lot. will my name be given out?", facts, "location")
    assert updates["location"] == "Imperial Avenue commuter lot, Westport, CT"


def test_a_question_alone_answers_nothing():
    assert interview_answer("will my name be given out?", {"incident_type": "theft"}, "location") == {}


def test_a_question_at_the_summary_never_changes_the_report():
    assert interview_answer("the email is wrong. can you fix it?", THEFT_AT_SUMMARY, "confirmed") == {}


@pytest.mark.parametrize(("reply", "place"), [
    ("yes westport", "Wilton Road (Route 33), Westport, CT"),
    ("yes", "Wilton Road (Route 33), Westport, CT"),
    ("yes, 14 Hillandale Road", "14 Hillandale Road, Westport, CT"),
])
def test_confirming_the_town_keeps_the_place_or_makes_it_more_exact(reply, place):
    facts = {"incident_type": "theft", "location": "Wilton Road (Route 33), Westport, CT", "location_status": "confirm_town"}
    updates = absorb(reply, facts, "location_confirmed", now=NOW).updates
    assert (updates["location"], updates["location_status"], updates["location_confirmed"]) == (place, "in_town", True)


@pytest.mark.parametrize(("reply", "value", "files"), [
    ("the total is $1,428.60 not $1,482.60. everything else looks ok", 1428.6, True),
    ("the value is wrong, its $2400 not 400", 2400.0, False),  # the summary is shown again with the new amount
])
def test_a_new_amount_at_the_summary_replaces_the_old_one(reply, value, files):
    facts = {**THEFT_AT_SUMMARY, "stated_values": [600.0]}
    updates = absorb(reply, facts, "confirmed", now=NOW).updates
    assert updates["stated_values"] == [value] and updates["items_details"]["total_value"] == value
    assert updates.get("confirmed", False) is files


def test_the_summary_shows_the_total_value():
    assert "Total value: $600" in summary_lines(THEFT_AT_SUMMARY)


def test_the_callers_number_and_pattern_in_the_first_message_are_not_asked_again():
    facts, asked = converse(["someone keeps calling me from a blocked number like 10 times a day since last week"])
    assert facts["caller_number"] == "blocked or unknown" and facts["call_pattern"]
    answered = {**facts, "location": "x", "location_status": "in_town", "known_suspect": False, "weapon": False,
                "occurred_at": "2025-06-10"}
    still_asked = [name for name in next_fields(answered) if answered.get(name) is None]
    assert "caller_number" not in still_asked and "call_pattern" not in still_asked


def test_an_afterthought_with_otherwise_yes_is_added_and_files():
    updates = absorb("oh and also $40 cash from the console, I forgot about that. Otherwise yes.", THEFT_AT_SUMMARY,
                     "confirmed", now=NOW).updates
    assert updates["confirmed"] is True and updates["items_details"]["total_value"] == 640.0
    assert updates["items"].endswith("$40 cash from the console, I forgot about that")


def test_the_same_afterthought_twice_is_added_once():
    once = {**THEFT_AT_SUMMARY, **absorb("and $40 in cash too", THEFT_AT_SUMMARY, "confirmed", now=NOW).updates}
    again = absorb("and $40 in cash too", once, "confirmed", now=NOW).updates
    assert again.get("items", once["items"]) == once["items"]


def test_forget_it_just_file_it_files():
    assert absorb("Forget it, just file it the way it is.", THEFT_AT_SUMMARY, "confirmed", now=NOW).updates["confirmed"] is True
    assert "confirmed" not in absorb("dont file it yet", THEFT_AT_SUMMARY, "confirmed", now=NOW).updates


def test_a_callers_number_added_at_the_summary_is_not_the_residents_phone():
    calls = {**THEFT_AT_SUMMARY, "incident_type": "harassing_phone_call"}
    updates = absorb("add that they also called my work, from 475-555-0178 too", calls, "confirmed", now=NOW).updates
    assert "reporter_phone" not in updates and "475-555-0178" in updates["narrative"]
    fixed = absorb("the phone number is wrong, it should be 203-555-0111", THEFT_AT_SUMMARY, "confirmed", now=NOW).updates
    assert fixed["reporter_phone"] == "+12035550111"


def test_add_to_what_happened_joins_the_description_without_moving_the_place_or_time():
    updates = absorb("Add to what happened: he also phoned my work at the Westport Library last week.",
                     {**THEFT_AT_SUMMARY, "incident_type": "harassing_phone_call"}, "confirmed", now=NOW).updates
    assert "location" not in updates and "occurred_at" not in updates and "Westport Library" in updates["narrative"]


def test_corrected_prices_without_dollar_signs_make_the_new_total():
    updates = absorb("prices r wrong, airpods were 249 and the case 35", THEFT_AT_SUMMARY, "confirmed", now=NOW).updates
    assert updates["items_details"]["total_value"] == 284.0


def test_a_place_correction_at_the_summary_keeps_the_type_items_and_hours():
    facts = {**THEFT_AT_SUMMARY, "incident_type": "vehicle_burglary", "vehicle": "grey Honda",
             "occurred_at": "2025-06-06T21:00-04:00", "occurred_end": "2025-06-07T06:00-04:00"}
    updates = absorb("actually the car wasnt at my house friday, i stayed at my girlfriends on Saugatuck Ave",
                     facts, "confirmed", now=NOW).updates
    assert "incident_type" not in updates and "items" not in updates and "occurred_at" not in updates
    assert updates["location"].startswith("Saugatuck Avenue")


def test_an_afterthought_naming_a_suspect_makes_the_report_an_officers():
    updates = absorb("can you add that my son saw the Henderson boy from two houses down riding it? otherwise looks right",
                     THEFT_AT_SUMMARY, "confirmed", now=NOW).updates
    assert updates["known_suspect"] is True and "confirmed" not in updates
    assert decide({**THEFT_AT_SUMMARY, **updates}).eligible is False


@pytest.mark.parametrize("reply", ["Change something", "i want to change something"])
def test_typing_the_change_button_asks_what_to_change(reply):
    assert absorb(reply, THEFT_AT_SUMMARY, "confirmed", now=NOW).updates == {"awaiting_correction": True}


@pytest.mark.parametrize(("current", "reply"), [
    ("animal_complaint", "yes she's lost"),
    ("motor_vehicle_theft", "yes. somebody stole it"),
])
def test_a_yes_in_general_words_confirms_the_type_being_checked(current, reply):
    facts = {"incident_type": current, "type_uncertain": True}
    assert absorb(reply, facts, "type_confirmed", now=NOW).updates.get("type_confirmed") is True
    assert "incident_type" not in absorb(reply, facts, "type_confirmed", now=NOW).updates


def test_the_accounts_in_the_first_message_are_the_sentences_that_name_them():
    facts, _ = converse(["Hello. I got a letter from Capital One about a credit card I never opened. "
                         "Verizon also says there is a new line in my name. I live on Kings Highway North."])
    assert facts["incident_type"] == "identity_theft"
    assert facts["accounts"].startswith("I got a letter from Capital One") and "Kings Highway" not in facts["accounts"]


def test_accounts_added_at_the_summary_join_the_accounts(at_summary):
    identity_theft = {**at_summary, "incident_type": "identity_theft", "vehicle": None, "vehicle_details": None,
                      "accounts": "some1 opened a credit card in my name"}
    facts, asked = converse(["can u add its a discover card and theres like $900 on it already that i didnt charge"],
                            identity_theft)
    assert asked == ["confirmed"]
    assert "discover card" in facts["accounts"]
    assert facts["stated_values"] == [900]
    assert next_question(facts) == "confirmed"


def test_a_question_at_the_summary_is_not_added_to_the_report(at_summary):
    facts, _ = converse(["looks right. quick question before I say yes - should I also report this to the FTC?"],
                        at_summary)
    assert facts["narrative"] == at_summary["narrative"]


def test_where_it_should_say_is_a_correction_of_the_place(at_summary):
    assert named_fields("where should say the saugatuck train station, on the platform. not just saugatuck") == ["location"]


def test_a_yes_that_tells_more_is_the_description():
    facts, asked = converse(["mirror knocked off", "yeah. side mirror on passenger side is just hanging by the wires"])
    assert asked[:2] == ["incident_type", "type_confirmed"]
    assert facts["narrative"] == "mirror knocked off. side mirror on passenger side is just hanging by the wires"


def test_the_type_named_with_its_new_value_at_the_summary(at_summary):
    facts, asked = converse(["change the type to vandalism"], at_summary)
    assert asked == ["confirmed"]
    assert facts["incident_type"] == "vandalism"
    assert next_question(facts) == "confirmed"


def test_a_known_type_is_not_changed_by_an_unsure_reading_of_a_later_answer():
    facts, _ = converse(["Someone called Bank of America pretending to be me and changed the mailing address on my "
                         "checking account to an address in Texas", "14 Bayberry Lane", "no",
                         "the bank said the change was made last Thursday, I found out yesterday when they called me"])
    assert facts["incident_type"] == "identity_theft"


@pytest.mark.parametrize("text", ["please change total value to 0, nothing was taken", "take out the $400. there was no loss",
                                  "the value is $0"])
def test_no_loss_at_the_summary_clears_the_amounts(at_summary, text):
    facts, asked = converse([text], {**at_summary, "stated_values": [400]})
    assert asked == ["confirmed"]
    assert facts["stated_values"] == []
    assert next_question(facts) == "confirmed"


def test_a_new_total_and_a_new_time_in_one_message_both_apply(at_summary):
    facts, _ = converse(["2 things wrong: it was between tuesday 4:30pm and wednesday 7am. and the total is $1,340 not 45 grand"],
                        {**at_summary, "stated_values": [45550]})
    assert facts["stated_values"] == [1340]
    assert facts["occurred_at"].startswith("2025-06-10T16:30")


def test_a_harassing_callers_claimed_debt_is_no_loss():
    facts, _ = converse(["a man keeps calling me from (888) 555-0147 saying I owe $4,300 and that I will be arrested"])
    assert facts["incident_type"] == "harassing_phone_call"
    assert not facts.get("stated_values")


def test_serial_numbers_in_groups_are_kept_whole_and_never_money():
    from bot.intake.details import read_items
    items = read_items("DeWalt drill, serial 3361 8824 1172, $230 / Hilti s/n 0957 44210, $650")
    assert items.serial_numbers == ["3361 8824 1172", "0957 44210"]
    assert items.total_value == 880


def test_a_clock_time_said_later_narrows_a_vague_time():
    facts, _ = converse(["ugh some punks egged my house last nite, theres yolk all over the front door. 14 Bayberry Lane",
                         "nah no clue who, heard a car peel out around 11:30 but didnt see anyone. no weapons lol"])
    assert facts["occurred_at"] == "2025-06-10T23:30-04:00" and facts["occurred_end"] is None


def test_a_dated_window_said_later_replaces_overnight():
    facts, _ = converse(["need to report stolen tools", "job site at 41 compo rd south, tools were on the porch overnight",
                         "no", "DeWalt drill $230 and a Milwaukee saw $280",
                         "crew locked up around 4:30 monday afternoon and came back tuesday 7am and they were gone"])
    assert (facts["occurred_at"], facts["occurred_end"]) == ("2025-06-09T16:30-04:00", "2025-06-10T07:00-04:00")


def test_a_vehicle_given_at_the_summary_is_kept_whatever_the_type(at_summary):
    theft = {**at_summary, "incident_type": "theft", "vehicle": None, "vehicle_details": None, "items": "12 gallons of gas, $40"}
    facts, _ = converse(["I notice the report makes no mention of the automobile itself. It is a silver 2014 Buick LaCrosse, "
                         "Connecticut registration 2EW 418. Kindly include it."], theft)
    assert facts["vehicle"] == "silver 2014 Buick LaCrosse, plate CT 2EW418"
    assert facts["items"] == theft["items"]


def test_a_corrected_plate_leaves_no_old_plate_in_the_record(at_summary):
    facts, _ = converse(["the plate should be CT AB 12354"], {**at_summary, "vehicle": "blue Subaru Outback, plate CT AB12345",
                                                              "vehicle_details": {"description": "blue subaru outback CT AB 12345",
                                                                                  "year": None, "colour": "blue", "make": "Subaru",
                                                                                  "model": "Outback", "plate": "AB12345",
                                                                                  "plate_state": "CT"}})
    assert "12345" not in str(facts["vehicle_details"])


@pytest.mark.parametrize("text", ["oops the number is actually 475-555-0123, I flipped the last digits",
                                  "Calls from should say 475-555-0123"])
def test_a_corrected_callers_number_is_the_callers(at_summary, text):
    calls = {**at_summary, "incident_type": "harassing_phone_call", "vehicle": None, "vehicle_details": None,
             "caller_number": "(475) 555-0132", "call_pattern": "25 calls since two weeks ago", "reporter_phone": "+12035550861"}
    facts, _ = converse([text], calls)
    assert facts["caller_number"] == "(475) 555-0123"
    assert facts["reporter_phone"] == "+12035550861"


def test_a_different_incident_told_instead_keeps_nothing_of_the_first():
    facts, _ = converse(["lost my wallet on main street yesterday afternoon, maybe $60 cash in it",
                         "my wife just found the wallet in the car, never mind that one. but someone keyed the whole drivers "
                         "side of my car at the compo beach parking lot on monday afternoon. can i report that instead?"])
    assert facts["incident_type"] == "damage_to_motor_vehicle"
    assert not facts.get("stated_values")
    assert "keyed" in facts["narrative"] and "wallet on main street" not in facts["narrative"]
    assert facts["location"].startswith("Compo Beach")
    assert facts["occurred_at"].startswith("2025-06-09")


@pytest.mark.parametrize(("text", "checked", "expected"), [
    pytest.param("yeah i guess its a scam. they didnt get my ssn or anything, just the money", "fraud_scam", "fraud_scam",
                 id="a-yes-with-a-not-about-something-else"),
    pytest.param("yes, it's lost, not stolen", "theft", "lost_property", id="the-ruled-out-word-is-not-read"),
])
def test_the_type_check_answered(text, checked, expected):
    from bot.intake.readers import read
    from bot.intake.understanding import understand
    updates = read("type_confirmed", understand(text), {"incident_type": checked, "type_text": "it happened"}, NOW)
    assert updates.get("incident_type", checked) == expected


def test_a_type_said_in_place_of_the_one_shown_at_the_summary(at_summary):
    burglary = {**at_summary, "incident_type": "vehicle_burglary", "items": "dewalt drill $300", "items_details": None}
    facts, _ = converse(["thats wrong, its not a vehicle burglary. its a theft of tools from my garage. there is no vehicle"],
                        burglary)
    assert facts["incident_type"] == "theft"
    assert facts["vehicle"] is None  # theft of tools asks no vehicle


@pytest.mark.parametrize("text", ["the accounts part reads weird. it should just say: my Amex card and a Capital One card somebody opened in my name",
                                  "Accounts: my Amex card and a Capital One card somebody opened in my name"])
def test_accounts_corrected_at_the_summary(at_summary, text):
    identity_theft = {**at_summary, "incident_type": "identity_theft", "vehicle": None, "vehicle_details": None,
                      "accounts": "I nearly had a heart attack when I saw my Amex bill"}
    facts, asked = converse([text], identity_theft)
    assert asked == ["confirmed"]
    assert facts["accounts"] == "my Amex card and a Capital One card somebody opened in my name"
    assert facts["reporter_name"] == at_summary["reporter_name"]


def test_a_sign_off_that_files_adds_nothing(at_summary):
    facts, _ = converse(["Oh well, I suppose that will do. Yes, please file it."], {**at_summary, "incident_type": "lost_property",
                                                                                  "vehicle": None, "items": "brown wallet $40"})
    assert facts["items"] == "brown wallet $40" and facts["confirmed"] is True


def test_the_other_drivers_plate_is_a_known_suspect_and_not_the_residents_car():
    from bot.intake.details import read_vehicle
    from bot.intake.screening import known_suspect_in
    text = "some lady backed into my car and just drove off!! I got her plate tho, CT AR-58213, silver minivan"
    assert known_suspect_in(text) is True and read_vehicle(text, is_answer=False) is None


def test_a_pets_name_is_no_suspect():
    from bot.intake.screening import known_suspect_in
    assert known_suspect_in("she slipped out the back door yesterday, orange tabby, her name is Pumpkin") is None


def test_a_generator_by_honda_is_no_vehicle_at_the_summary(at_summary):
    theft = {**at_summary, "incident_type": "theft", "vehicle": None, "vehicle_details": None, "items": "I paid roughly $1,100"}
    facts, _ = converse(["The items line is wrong. The item is a red Honda EU2200i inverter generator, value about $1,100."], theft)
    assert facts.get("vehicle") is None


def test_a_serial_number_is_never_the_plate():
    from bot.intake.details import read_vehicle
    vehicle = read_vehicle("Garmin Forerunner 255 serial 3F7A09921 $350, Dell laptop serial 8HJ2KL3 $1,200", is_answer=False)
    assert vehicle is None or vehicle.plate is None


def test_identity_theft_is_where_the_victim_lives_whatever_other_town_is_named():
    from bot.intake.readers import read
    from bot.intake.understanding import understand
    text = "well I live there, the hospital visits were in Bridgeport but I wasn't there obviously. so yes I guess?"
    updates = read("location_confirmed", understand(text), {"incident_type": "identity_theft", "location": "Bayberry Lane"}, NOW)
    assert updates["location_status"] == "in_town"


def test_the_residents_own_number_is_never_taken_for_the_callers():
    facts, _ = converse(["ive been getting nasty calls from 203-555-0188, like 10 times. i live on hillspoint road",
                         "no idea who it is", "last one was yesterday around 9:30pm",
                         "Danielle Moretti, dmoretti77@gmail.com, 203-555-0162"])
    assert facts["caller_number"] == "(203) 555-0188" and facts["reporter_phone"] == "+12035550162"
    facts, _ = converse(["my phone number is 203-555-0163 not 0162"], facts)
    assert facts["caller_number"] == "(203) 555-0188" and facts["reporter_phone"] == "+12035550163"


def test_contact_details_sent_with_a_time_fix_are_kept(at_summary):
    before_contacts = {**at_summary, "reporter_name": None, "reporter_email": None, "reporter_phone": None}
    updates = absorb("Dana Whitfield, dana.whitfield@example.com, 203-555-0147. oh and wait, it wasn't 6:30, "
                     "I found it around 8 this morning", before_contacts, "reporter_name", now=NOW).updates
    assert updates["reporter_name"] == "Dana Whitfield"
    assert updates["reporter_email"] == "dana.whitfield@example.com"
    assert updates["reporter_phone"] == "+12035550147"


def test_a_story_told_in_pieces_is_not_asked_for_again():
    facts, asked = converse(["mailbox smashed", "41 bayberry ln", "no",
                             "sometime overnight, was fine when i got home at like 10 and busted this morning"])
    assert "narrative" not in asked
    assert "mailbox smashed" in facts["narrative"] and "busted this morning" in facts["narrative"]
    assert next_question(facts) == "reporter_name"


def test_a_plate_corrected_with_its_letters_keeps_its_state(at_summary):
    known = {**at_summary, "vehicle": "grey Honda CR-V, plate CT AK47219",
             "vehicle_details": {"description": "grey Honda CR-V CT AK 47219", "year": None, "colour": "grey", "make": "Honda",
                                 "model": "CR-V", "plate": "AK47219", "plate_state": "CT"}}
    facts, _ = converse(["Oh wait, I just checked and the plate is actually AK 47291, I flipped the last numbers. Sorry!"], known)
    assert (facts["vehicle_details"]["plate_state"], facts["vehicle_details"]["plate"]) == ("CT", "AK47291")


def test_everything_in_a_long_first_message_is_kept():
    facts, _ = converse(["Good morning. I wish to report that my automobile was broken into during the night of June 9 while "
                         "parked in my driveway at 42 Bayberry Lane. The thieves took my handbag ($350) and a Kindle ($120). "
                         "It is a silver 2019 Volvo XC60, Connecticut plate 8KX 214. My name is Margaret Whitcombe and I can "
                         "be reached at (203) 555-0187 or by email at mwhitcombe@example.com."])
    assert facts["occurred_at"] == "2025-06-09T21:00-04:00"
    assert (facts["reporter_name"], facts["reporter_email"], facts["reporter_phone"]) == \
        ("Margaret Whitcombe", "mwhitcombe@example.com", "+12035550187")
    assert facts["vehicle_details"]["description"] == "silver 2019 Volvo XC60, plate CT 8KX214"


@pytest.mark.parametrize(("reply", "items", "total"), [
    ("the bike was $700 not 650", "red trek bike, about $700; helmet $50", 750),
    ("it was only about $60 cash not $80", "red trek bike, about $650; helmet $50", None),
])
def test_an_amount_put_in_place_of_another_changes_the_items_and_the_total(reply, items, total):
    facts = {**THEFT_AT_SUMMARY, "items": "red trek bike, about $650; helmet $50",
             "items_details": {"description": "red trek bike, about $650; helmet $50", "total_value": 700.0, "serials": []},
             "stated_values": []}
    updates = absorb(reply, facts, "confirmed", now=NOW).updates
    if total is None:
        assert "items" not in updates or updates["items"] == facts["items"]  # $80 is in no item: nothing swapped there
    else:
        assert updates["items"] == items and updates["items_details"]["total_value"] == total


def test_an_items_answer_that_only_prices_keeps_the_thing_named_before():
    facts, _ = converse(["sum1 stole my bike from the library rack yesterday afternoon", "no", "about $650, no serial"])
    assert facts["items"].startswith("bike") and facts["items_details"]["total_value"] == 650


def test_a_message_that_says_it_is_not_the_confirmation_files_nothing():
    updates = absorb("That is correct now. Before I confirm, may I ask whether an officer will come to look at the car?",
                     THEFT_AT_SUMMARY, "confirmed", now=NOW).updates
    assert "confirmed" not in updates


def test_another_town_said_outright_answers_the_town_question():
    # "Did this happen in Westport?" -> the first sentence settles it, whatever the mailing address says
    facts, asked = converse(["a package was taken off our porch yesterday", "Our house on Twin Walls Lane",
                             "Honestly, it's Weston. The mail just says Westport."])
    assert asked[-1] == "location_confirmed"
    assert decide(facts).reason == "outside_town"


def test_only_the_day_corrected_at_the_summary_keeps_the_hours_given(at_summary):
    facts = {**at_summary, "occurred_at": "2025-06-10T12:30-04:00", "occurred_end": "2025-06-10T15:00-04:00",
             "occurred_text": "between 12:30 and 3"}
    updates = absorb("one mistake: it was not tuesday, it was monday. same times", facts, "confirmed", now=NOW).updates
    assert (updates["occurred_at"], updates["occurred_end"]) == ("2025-06-09T12:30-04:00", "2025-06-09T15:00-04:00")


def test_a_caller_number_corrected_in_the_same_answer_is_the_second_one():
    facts, _ = converse(["someone keeps calling me and hanging up", "at home on Maplewood Avenue", "no", "last night at 9"])
    assert next_question(facts) == "caller_number"
    updates = absorb("Number is 203-555-0191. No wait, I look again, is 203-555-0119. Sorry. Maybe 3 or 4 times a week",
                     facts, "caller_number", now=NOW).updates
    assert updates["caller_number"] == "(203) 555-0119"
    assert "occurred_at" not in updates  # "3 or 4 times" is how often, not a time of day


def test_when_calls_usually_come_is_no_time_of_the_incident():
    u = understand("maybe 3 or 4 times a week, mostly in the evening after dinner", now=NOW)
    assert volunteered_time(u, NOW, {}) == {}
    said = volunteered_time(understand("they call every evening, the last one was yesterday at 6", now=NOW), NOW, {})
    assert said["occurred_at"].startswith("2025-06-10T18:00")


def test_one_price_corrected_at_the_summary_changes_the_total_by_the_difference(at_summary):
    facts = {**at_summary, "items": "2 kayak paddles, $1,240 for the pair; 2 life jackets, $190 for the two",
             "items_details": {"description": "x", "total_value": 1430.0}, "stated_values": [1430.0]}
    updates = absorb("One mistake: the paddles were $420 for the pair, not $1,240. Life jackets are right.", facts,
                     "confirmed", now=NOW).updates
    assert updates["items_details"]["total_value"] == 610


@pytest.mark.parametrize(("said", "start", "end"), [
    ("Oh one correction, I actually got home closer to 10:30 last night, not 9.", "2025-06-10T22:30", "2025-06-11T07:00"),
    ("it ended at 6:45, not 7", "2025-06-10T21:00", "2025-06-11T06:45"),
])
def test_a_time_put_in_place_of_another_moves_that_end_of_the_window(at_summary, said, start, end):
    facts = {**at_summary, "occurred_at": "2025-06-10T21:00-04:00", "occurred_end": "2025-06-11T07:00-04:00",
             "occurred_text": "between 9 last night and 7 this morning"}
    updates = absorb(said, facts, "confirmed", now=NOW).updates
    merged = {**facts, **updates}
    assert (merged["occurred_at"][:16], (merged["occurred_end"] or "")[:16]) == (start, end)


def test_a_time_put_in_place_of_a_whole_window_is_one_time(at_summary):
    facts = {**at_summary, "occurred_at": "2025-06-11T06:00-04:00", "occurred_end": "2025-06-11T12:00-04:00"}
    updates = absorb("its 11:30am not 6 to noon", facts, "confirmed", now=NOW).updates
    assert (updates["occurred_at"][:16], updates["occurred_end"]) == ("2025-06-11T11:30", None)


@pytest.mark.parametrize("said", [
    "The items line still says forty dollars. It should read: black Coach handbag, reading glasses, about sixty dollars in cash.",
    "items still says forty lol. should be: black Coach handbag, reading glasses, $60 cash",
])
def test_a_new_list_of_items_at_the_summary_replaces_the_list(at_summary, said):
    facts = {**at_summary, "items": "reading glasses and about forty dollars", "stated_values": [40.0],
             "items_details": {"description": "reading glasses and about forty dollars", "total_value": 40.0}}
    updates = absorb(said, facts, "confirmed", now=NOW).updates
    assert updates["items"].startswith("black Coach handbag") and updates["items_details"]["total_value"] == 60


def test_the_residents_own_sum_is_the_total_and_a_model_number_names_no_field(at_summary):
    facts = {**at_summary, "items": "Stihl MS 250 about 350 bucks, gas can maybe 20", "stated_values": [620.0],
             "items_details": {"description": "x", "total_value": 620.0}}
    updates = absorb("Total is wrong. 350 + 20 = 370. The 250 is the model number", facts, "confirmed", now=NOW).updates
    assert updates["items_details"]["total_value"] == 370
    assert "reporter_phone" not in updates and "vehicle" not in updates


def test_the_town_question_answered_beside_a_question_of_their_own():
    facts = {"incident_type": "damage_to_motor_vehicle", "location": "Post Road (US 1)", "location_status": "confirm_town",
             "location_text": "parking lot behind the whole foods on post rd"}
    updates = interview_answer("ya westport. do i have to give my name for this? kinda dont want to", facts, "location_confirmed",
                               now=NOW)
    assert updates["location_status"] == "in_town" and updates["location_confirmed"] is True


# --- corrections the resident makes at the summary in their own words ----------------------

def test_an_item_taken_off_the_list_at_the_summary_takes_its_price_with_it(at_summary):
    facts = {**at_summary, "items": "specialized rockhopper $900, ulock $70 and a bell $15", "stated_values": [985.0],
             "items_details": {"description": "x", "total_value": 985.0}}
    updates = absorb("oh take the bell out, it was on my other bike. rest is fine", facts, "confirmed", now=NOW).updates
    assert "bell" not in updates["items"] and updates["items_details"]["total_value"] == 970


def test_a_plate_said_to_be_off_is_replaced(at_summary):
    facts = {**at_summary, **absorb("blue subaru outback CT 4HN218", at_summary, "vehicle", now=NOW).updates}
    updates = absorb("the plate's wrong, two digits swapped. It's 4HN281, not 4HN218", facts, "confirmed", now=NOW).updates
    assert "4HN281" in updates["vehicle"]


def test_a_respelled_surname_is_changed_and_a_field_said_to_be_right_is_not_asked_again(at_summary):
    updates = absorb("Surname is Whitfeld, no i in it. The email is fine.", at_summary, "confirmed", now=NOW).updates
    assert updates["reporter_name"] == "Dana Whitfeld"
    assert "reporter_email" not in updates


def test_a_house_number_fixed_at_the_summary_is_the_address_not_the_phone(at_summary):
    updates = absorb("i got the house number wrong, its 54 Hillspoint Road not 45", at_summary, "confirmed", now=NOW).updates
    assert updates["location"] == "54 Hillspoint Road, Westport, CT"
    assert "reporter_phone" not in updates


def test_the_type_questioned_at_the_summary_is_changed_and_the_story_kept(at_summary):
    updates = absorb("shouldnt this be vehicle tampering? they were trying to force the lock", at_summary, "confirmed",
                     now=NOW).updates
    assert updates["incident_type"] == "vehicle_tampering"
    assert updates["narrative"].startswith(at_summary["narrative"])


def test_a_total_corrected_at_the_summary_leaves_the_items_as_listed(at_summary):
    facts = {**at_summary, "items": "duffel and clothes about $80 total, and earbuds around $200", "stated_values": [80.0],
             "items_details": {"description": "duffel and clothes about $80 total, and earbuds around $200", "total_value": 80.0}}
    updates = absorb("total should be $280 not 80", facts, "confirmed", now=NOW).updates
    assert updates["items_details"]["total_value"] == 280 and "items" not in updates


@pytest.mark.parametrize("said", [
    "grey mazda cx5 CT AB-4410. quick question, does my insurer get a copy of this?",
    "grey mazda cx5 CT AB-4410 (you never answered me btw",
])
def test_a_question_or_complaint_beside_the_vehicle_is_not_stored_as_the_vehicle(said):
    facts = {"incident_type": "damage_to_motor_vehicle", "location": "Compo Beach", "location_status": "in_town"}
    updates = interview_answer(said, facts, "vehicle", now=NOW) or absorb(said, facts, "vehicle", now=NOW).updates
    assert updates["vehicle_details"]["description"].lower().startswith("grey mazda cx5 ct ab-4410")
    assert "answer" not in updates["vehicle_details"]["description"] and "?" not in updates["vehicle_details"]["description"]


def test_contact_details_signed_on_the_first_message_are_not_asked_again():
    facts, asked = converse(["lost my black north face jacket at compo beach yesterday evening. its rob tanaka fyi "
                             "rtanaka@example.com"])
    assert (facts["reporter_name"], facts["reporter_email"]) == ("Rob Tanaka", "rtanaka@example.com")


def test_charges_corrected_at_the_summary_change_the_accounts_line_and_the_total(at_summary):
    facts = {**at_summary, "incident_type": "identity_theft", "accounts": "a Discover card I never opened, $1,870 charged",
             "stated_values": [1870.0]}
    updates = absorb("its $1,780 not $1,870, i mixed up the digits", facts, "confirmed", now=NOW).updates
    assert updates["accounts"] == "a Discover card I never opened, $1,780 charged" and updates["stated_values"] == [1780.0]


def test_one_of_two_accounts_corrected_at_the_summary_changes_only_its_part_of_the_total(at_summary):
    facts = {**at_summary, "incident_type": "identity_theft", "stated_values": [5150.0],
             "accounts": "a Chase card opened in my name with $4,200 on it and a Verizon line with $950"}
    updates = absorb("the chase one is $2,400 not 4,200, sorry. everything else is right", facts, "confirmed", now=NOW).updates
    assert updates["accounts"] == "a Chase card opened in my name with $2,400 on it and a Verizon line with $950"
    assert updates["stated_values"] == [3350.0]


def test_an_item_added_beside_a_name_fix_joins_the_items_and_the_total(at_summary):
    facts = {**at_summary, "incident_type": "lost_property", "reporter_name": "Mira Sokolova",
             "items": "my kindle 140 dollar, my scarf 60 dollar", "stated_values": [200.0],
             "items_details": {"description": "my kindle 140 dollar, my scarf 60 dollar", "serial_numbers": [], "total_value": 200.0}}
    updates = absorb("Name is Mira Sokolov, no a at the end. Please put the umbrella also, 25 dollar.", facts, "confirmed",
                     now=NOW).updates
    assert updates["reporter_name"] == "Mira Sokolov"
    assert "umbrella" in updates["items"] and updates["items_details"]["total_value"] == 225


def test_a_total_added_up_from_named_parts_is_the_total(at_summary):
    facts = {**at_summary, "incident_type": "lost_property", "stated_values": [200.0]}
    updates = absorb("the total is wrong: kindle 140 + scarf 60 + umbrella 25 = 225 dollar", facts, "confirmed", now=NOW).updates
    assert updates["stated_values"] == [225.0]


def test_what_they_did_added_at_the_summary_goes_to_the_story_not_the_items(at_summary):
    facts = {**at_summary, "incident_type": "vehicle_burglary", "vehicle_parts": False, "items": "my gym bag",
             "items_details": {"description": "my gym bag", "serial_numbers": [], "total_value": None},
             "narrative": "somebody got in my car at the y lot"}
    updates = absorb("add they popped the rear vent window to get in", facts, "confirmed", now=NOW).updates
    assert "items" not in updates
    assert updates["narrative"] == "somebody got in my car at the y lot. they popped the rear vent window to get in"


def test_a_suspicion_of_someone_they_know_at_the_summary_is_a_known_suspect(at_summary):
    updates = absorb("yes thats all right. although, i bet it was my tenant, he was angry about the parking", at_summary,
                     "confirmed", now=NOW).updates
    assert updates.get("known_suspect") is True and "confirmed" not in updates


def test_unsure_what_to_call_it_at_the_type_check_shows_the_list():
    facts = {"incident_type": "vandalism", "type_uncertain": True, "type_text": "someone flies a drone over our pool"}
    updates = absorb("no idea what you would call that honestly", facts, "type_confirmed", now=NOW).updates
    assert updates["incident_type"] is None and next_question({**facts, **updates}) == "incident_type"


def test_calls_counted_in_the_time_answer_are_not_asked_again():
    facts = {"incident_type": "harassing_phone_call", "location": "Imperial Avenue, Westport, CT", "location_status": "in_town",
             "known_suspect": False}
    updates = absorb("around 10:15 last night, started saturday. maybe 12 calls so far, always silent", facts, "occurred_at",
                     now=NOW).updates
    assert "12 calls" in updates["call_pattern"]


def test_an_identity_theft_victim_who_signs_with_name_and_email_is_not_asked_for_them():
    facts, _ = converse(["got a letter from the IRS about a return i never filed, someone used my SSN. i live on "
                         "Bayberry Lane. my name is Ruth Okafor, ruth.okafor@example.com"])
    assert (facts["reporter_name"], facts["reporter_email"]) == ("Ruth Okafor", "ruth.okafor@example.com")


def test_more_about_the_account_at_the_summary_is_added_to_it(at_summary):
    facts = {**at_summary, "incident_type": "identity_theft", "accounts": "a Synchrony store card"}
    updates = absorb("the account was actually opened back in october, the bill only came this week. do you need the bill?",
                     facts, "confirmed", now=NOW).updates
    assert updates["accounts"].startswith("a Synchrony store card; ") and "?" not in updates["accounts"]


def test_the_type_named_beside_a_yes_at_the_type_check_is_the_type():
    facts = {"incident_type": "robbery", "type_uncertain": True, "type_text": "got robbed at the rink, my phone was lifted"}
    updates = absorb("Theft. yes", facts, "type_confirmed", now=NOW).updates
    assert (updates["incident_type"], updates["type_confirmed"]) == ("theft", True)


def test_one_amount_taken_out_at_the_summary_leaves_the_rest_of_the_total(at_summary):
    facts = {**at_summary, "items": "a Tumi backpack $600 and $80 cash in it", "stated_values": [680.0],
             "items_details": {"description": "a Tumi backpack $600 and $80 cash in it", "total_value": 680.0}}
    updates = absorb("take out the $80, the cash was in my pocket all along. the rest is right", facts, "confirmed",
                     now=NOW).updates
    assert updates["items_details"]["total_value"] == 600 and updates.get("confirmed") is True


def test_half_the_screening_answered_beside_a_question_moves_the_interview_on():
    facts = {"incident_type": "vehicle_burglary", "location": "Harbor Road, Westport, CT", "location_status": "in_town"}
    updates = interview_answer("the cam shows some guy in a beanie, none of us recognizes him. can i send you the video?",
                               facts, "suspect_or_weapon", now=NOW)
    assert updates == {"known_suspect": False}


@pytest.mark.parametrize(("text", "place"), [
    ("bayberry ln, number 22", "22 Bayberry Lane, Westport, CT"),
    ("its cross hwy #7", "7 Cross Highway, Westport, CT"),
])
def test_a_house_number_said_after_the_street_is_kept(text, place):
    assert absorb(text, {"incident_type": "vandalism"}, "location", now=NOW).updates["location"] == place


def test_a_house_number_given_when_confirming_the_town_is_kept():
    facts = {"incident_type": "vehicle_tampering", "location_status": "confirm_town", "location": "Riverside Avenue, Westport, CT"}
    updates = absorb("yes westport, 118 riverside", facts, "location_confirmed", now=NOW).updates
    assert updates["location"].startswith("118 Riverside Avenue") and updates["location_confirmed"] is True


@pytest.mark.parametrize("text", ["yes", "Yes.", "no"])
def test_a_bare_yes_or_no_to_where_it_happened_names_no_place(text):
    assert "location" not in absorb(text, {"incident_type": "vehicle_tampering"}, "location", now=NOW).updates


# --- session 21: what blind residents and sealed-19 showed ------------------------------------------------------

def test_a_vehicle_named_without_its_plate_is_asked_for_the_plate_once():
    facts, asked = converse(["Someone tried to break into my Kia last night, the steering column is cracked and the ignition "
                             "pulled out but they didnt get it started. 12 Bayberry Lane", "no"])
    assert next_question(facts) == "vehicle_plate"
    facts, _ = converse(["CT 7RX 204"], facts)
    assert facts["vehicle_details"]["plate"] == "7RX204" and facts["vehicle_details"]["make"] == "Kia"
    assert "vehicle_plate" not in [next_question(facts)]


def test_a_plate_not_known_is_not_asked_again():
    facts = {"incident_type": "vehicle_tampering", "vehicle": "Kia"}
    assert absorb("no idea, sorry", facts, "vehicle_plate", now=NOW).updates == {"vehicle_plate": "unknown"}


def test_asked_for_the_vehicle_a_plate_left_out_is_not_asked_for_again():
    facts, _ = converse(["somebody keyed my car", "45 Hillspoint Road", "no", "this morning", "red mazda 3"])
    assert facts["vehicle_plate"] == "unknown" and next_question(facts) == "narrative"


def test_a_question_at_the_place_question_is_no_place():
    update = absorb("Does it matter that I moved it? It was on the street, I put it in the garage after",
                    {"incident_type": "vehicle_tampering"}, "location", now=NOW).updates
    assert "location" not in update


def test_something_found_taken_at_the_summary_makes_tampering_a_vehicle_burglary():
    facts = {"incident_type": "vehicle_tampering", "location": "Riverside Avenue, Westport, CT", "location_status": "in_town",
             "vehicle": "grey Toyota Corolla", "reporter_name": "Ana Diaz"}
    update = absorb("Wait, I checked again, my Bose headphones are missing from the console. About 300 dollar",
                    facts, "confirmed", now=NOW).updates
    assert update["incident_type"] == "vehicle_burglary" and update["items_details"]["total_value"] == 300


def test_a_price_for_an_item_listed_without_one_adds_to_the_total():
    facts = {"incident_type": "lost_property", "items": "a grey backpack with my Dell laptop, $800, and my glasses",
             "items_details": {"total_value": 800.0}}
    update = absorb("please change, the glasses are also 250 dollar", facts, "confirmed", now=NOW).updates
    assert update["items_details"]["total_value"] == 1050


def test_a_new_price_for_one_item_of_several_changes_only_that_item():
    facts = {"incident_type": "theft", "items": "bike $900, helmet $80, lock $40", "items_details": {"total_value": 1020.0},
             "reporter_email": "kim@example.com"}
    update = absorb("email is right. and the helmet was 120 with the light", facts, "confirmed", now=NOW).updates
    assert update["items_details"]["total_value"] == 1060


def test_a_time_said_without_a_day_at_the_summary_keeps_the_day():
    facts = {"incident_type": "damage_to_motor_vehicle", "occurred_at": "2025-06-09", "location": "Compo Beach, Westport, CT"}
    update = absorb("it was at the main lot. and it was like 1-3pm", facts, "confirmed", now=NOW).updates
    assert (update["occurred_at"], update["occurred_end"]) == ("2025-06-09T13:00-04:00", "2025-06-09T15:00-04:00")


def test_a_name_written_as_a_sentence_of_its_own_corrects_the_name():
    facts = {"incident_type": "lost_property", "reporter_name": "Katarina Novak"}
    update = absorb("My phone changed my name. It is Katarzyna, with z. Katarzyna Novak. Rest is fine.",
                    facts, "confirmed", now=NOW).updates
    assert update["reporter_name"] == "Katarzyna Novak"


def test_asking_to_be_reached_in_writing_is_kept_for_staff():
    facts, _ = converse(["Hello. I am Deaf and cannot take phone calls, text only please. Someone broke my mailbox "
                         "at 12 Long Lots Road last night."])
    assert "text only" in facts["contact_note"]
    assert any(line.startswith("How to reach you:") for line in summary_lines({**facts, "reporter_name": "Sam Lee"}))


def test_the_reporters_own_phone_is_not_the_victims_named_after_it():
    update = absorb("I'll give mine. Jo Park, jo.park@example.com, 203-555-0171. The victim is my mother Ann Park, "
                    "her home phone is 203-555-0172.", {"incident_type": "identity_theft"}, "reporter_name", now=NOW).updates
    assert update["reporter_phone"] == "+12035550171"


def test_the_harassers_number_replaces_an_unknown_one():
    facts = {"incident_type": "harassing_phone_call", "caller_number": "blocked or unknown"}
    update = absorb("No idea who. The number is 475-555-0166, always the same one", facts, "known_suspect", now=NOW).updates
    assert update["caller_number"] == "(475) 555-0166"


def test_a_landmark_near_the_street_confirms_the_street():
    facts = {"incident_type": "theft", "location": "Riverside Avenue, Westport, CT", "location_status": "confirm_town"}
    update = absorb("Yes, Westport, near the Saugatuck station", facts, "location_confirmed", now=NOW).updates
    assert update["location"] == "Riverside Avenue, Westport, CT" and update["location_confirmed"] is True


def test_the_value_quoted_from_the_summary_is_not_the_new_one():
    facts = {"incident_type": "vehicle_burglary", "occurred_at": "2025-06-10T08:15-04:00", "location": "Main Street, Westport, CT"}
    update = absorb("The time is wrong, it says 8:15 AM. It was 8:15 at night, PM.", facts, "confirmed", now=NOW).updates
    assert update["occurred_at"] == "2025-06-10T20:15-04:00" and not update.get("occurred_end")


def test_a_new_value_for_one_item_named_before_the_amount_changes_that_item():
    facts = {"incident_type": "theft", "items": "Dell laptop $1,200, mouse $40", "items_details": {"total_value": 1240.0}}
    update = absorb("The laptop value is $1,500, not $1,200", facts, "confirmed", now=NOW).updates
    assert update["items_details"]["total_value"] == 1540


def test_a_last_name_corrected_keeps_the_first_name():
    facts = {"incident_type": "theft", "reporter_name": "Priya Raman"}
    assert absorb("last name is Ramanathan, not Raman", facts, "confirmed", now=NOW).updates["reporter_name"] == "Priya Ramanathan"


def test_wheel_tracks_are_no_vehicle_part():
    facts, _ = converse(["Someone took our gas grill ($300) from the back patio last night on Cross Highway, there are wheel "
                         "tracks across the lawn"])
    assert not facts.get("vehicle_parts")


def test_a_place_the_gazetteer_does_not_know_keeps_none_of_the_time_said_with_it():
    updates = absorb("behind the old mill building around 3pm yesterday", {"incident_type": "theft"}, "location",
                     NOW).updates
    assert updates["location"] == "behind the old mill building" and updates["occurred_text"] == "around 3pm yesterday"


def test_a_time_alone_answered_to_where_is_no_place():
    updates = absorb("dont know exactly when, sometime this week", {"incident_type": "theft"}, "location", NOW).updates
    assert "location" not in updates and updates["occurred_text"] == "this week"
