"""What residents rely on from blind round 32 (development data since), in new words.

A wish not to be here any more, or doubt about still being around, said inside an ordinary answer gets 911 and 988;
a report called off because the owners are "back next week", and a BB gun said not to be a real gun, are no
emergency. A type put right while answering ("we didn't lose it, someone took it", "the whole truck is gone") changes
the type and is not stored as the items. A yes to "on the highway or its ramps?" is the ramp; a place given with a
question about it is taken; "the glass place" is a business, not a street. Name parts put right in lower case, a
name with an initial, and "I am afraid" after a name are read as residents mean them. A bike's serial number is no
SSN.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.contacts import find_name
from bot.intake import questions, readers
from bot.intake.eligibility import decide
from bot.intake.interview import absorb, next_fields
from bot.intake.places.location import assess_location
from bot.intake.understanding import understand
from bot.messaging.masking import mask_sensitive
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)
CONTACT = {"reporter_name": "Ann Lee", "reporter_email": "ann@example.com", "reporter_phone": "+12035550111"}


@pytest.mark.parametrize(("message", "answering"), [
    ("blue Toyota RAV4, CT 4KL-220. sorry, everything is falling apart, maybe better i am not here anymore", "vehicle"),
    ("it was my heart pills and without them whats the point, dont know if ill still be around next month", "items"),
])
def test_self_harm_said_sideways_inside_an_answer_is_911(message, answering):
    verdict = screen(message).verdict(answering)
    assert verdict.is_emergency and verdict.self_harm


@pytest.mark.parametrize(("message", "answering"), [
    ("ok actually the owners want to deal with it when they're back next week, please cancel, never mind", "occurred_at"),
    ("it was a bb gun, not a real gun, and nobody was around. i just need a number for my insurance", None),
    ("it's better if i'm not here when the tow truck comes, can they just take it?", None),
])
def test_plans_and_toys_are_no_emergency(message, answering):
    assert not screen(message).verdict(answering).is_emergency


FACTS = {"location": "Main Street, Westport, CT", "location_status": "in_town", "narrative": "it is gone", **CONTACT}


@pytest.mark.parametrize(("current", "message", "new"), [
    ("lost_property", "no we did not lose it, somebody cut the cable lock and took it", "theft"),
    ("theft", "it was not stolen, I just dropped it somewhere on the way home", "lost_property"),
    ("vehicle_burglary", "the whole truck is gone, not something from inside it", "motor_vehicle_theft"),
])
def test_a_type_put_right_while_answering_changes_the_type(current, message, new):
    updates = absorb(message, {**FACTS, "incident_type": current}, "items", NOW).updates
    assert updates["incident_type"] == new
    assert "items" not in updates  # the protest is not the list of items


def test_a_thing_maybe_taken_keeps_lost_property():
    updates = absorb("a grey scooter, maybe someone took it, no idea", {**FACTS, "incident_type": "lost_property"},
                     "items", NOW).updates
    assert "incident_type" not in updates


def test_yes_to_the_ramp_question_is_the_excluded_area():
    facts = {"incident_type": "damage_to_motor_vehicle", "location": "exit 18", "location_status": "confirm_area",
             "excluded_area": "connecticut_turnpike", "location_text": "coming off 95 at exit 18"}
    updates = absorb("yes, on the off ramp heading to Greens Farms", facts, "location_confirmed", NOW).updates
    assert updates["location_status"] == "excluded_area"


def test_a_place_given_with_a_question_about_it_is_taken():
    u = understand("the state park beach by the boardwalk, it's in Westport so you guys handle it, right?")
    assert readers.read("location", u, {}, NOW)["location_status"] == "excluded_area"


def test_a_shop_called_the_something_place_is_no_street():
    assert assess_location("the tire place said the rim is bent, they want $240").status == "not_found"


def test_name_parts_put_right_as_texted():
    facts = {"incident_type": "theft", **FACTS, "reporter_name": "Dana K. Whitfeld", "items": "bike"}
    assert absorb("last name is whitfield with an i. thx", facts, "confirmed", NOW).updates["reporter_name"] == \
        "Dana K. Whitfield"
    assert absorb("my name is still wrong. Dana K. Whitfield", facts, "confirmed", NOW).updates["reporter_name"] == \
        "Dana K. Whitfield"


def test_how_a_resident_is_is_not_their_name():
    assert find_name("Margaret Osei-Bonsu. I have no e-mail address, I am afraid.") == "Margaret Osei-Bonsu"


def test_a_serial_number_is_no_social_security_number():
    assert mask_sensitive("frame serial GTX536904421 on the bottom bracket") == \
        "frame serial GTX536904421 on the bottom bracket"
    assert "[SSN ending 4421]" in mask_sensitive("ssn 536904421")


def test_after_a_referral_with_no_call_back_what_next_promises_no_call():
    text = questions.answer("what_next_referred")
    assert "nothing has been filed" in text and "will call you" not in text


@pytest.mark.parametrize("message", ["the van itself is what they took, a 2020 Transit", "yes, my whole pickup is gone"])
def test_the_vehicle_itself_said_at_the_type_question_is_a_stolen_vehicle(message):
    facts = {"incident_type": "theft", "type_uncertain": True, "narrative": "it was not in the lot when I came back"}
    assert absorb(message, facts, "type_confirmed", NOW).updates["incident_type"] == "motor_vehicle_theft"


def test_a_repair_estimate_at_the_summary_goes_with_the_damage_not_the_loss():
    facts = {"incident_type": "vehicle_burglary", **FACTS, "occurred_at": "2026-03-17", "vehicle": "grey Subaru Forester",
             "items": "laptop bag $150, AirPods $179", "stated_values": [329], "damage": "rear window smashed"}
    updates = absorb("the glass shop says fixing the window is $410, please add that, it wasn't stolen of course",
                     facts, "confirmed", NOW).updates
    assert "$410" in updates["damage"]
    assert "stated_values" not in updates


@pytest.mark.parametrize("message", [
    "didn't see them do it but I'm pretty sure it's those boys again",
    "same group as last time, the Delacroix kid drives them around in his jeep",
    "want the Moretti boys address? they live two streets up",
])
def test_a_group_or_a_family_s_child_named_is_a_known_suspect(message):
    from bot.intake.screening import known_suspect_in
    assert known_suspect_in(message, answering=True) is True


@pytest.mark.parametrize("message", ["sure, but only after 6 please, I'm at work till then", "yes, evenings are best"])
def test_a_yes_to_the_call_back_with_when_to_call_is_a_yes(message):
    from bot.intake.answers import callback_wanted_in, yes_or_no
    assert callback_wanted_in(message) is True or yes_or_no(message) is True


def test_an_older_writer_s_quite_right_is_a_yes():
    from bot.intake.answers import yes_or_no
    assert yes_or_no("Quite right.") is True


@pytest.mark.parametrize(("message", "topic"), [
    ("does it matter that the bike is my daughter's and not mine?", "whose_details"),
    ("could the officer send me a text instead of phoning, I can't hear well", "contact_by_text"),
    ("police are on their way now, do I still need to fill this in?", "after_911_report"),
    ("who do I call first, my bank or you?", "identity_theft_steps"),
])
def test_residents_questions_reach_their_topic(message, topic):
    assert questions.read_question(message).topic == topic


@pytest.mark.parametrize(("text", "start", "end"), [
    ("yesterday afternoon, around three o'clock", (17, 15, 0), None),
    ("yesterday at five thirty", (17, 17, 30), None),
    ("left it this morning around 9, gone by the time i got back at 1", (18, 9, 0), (18, 13, 0)),
    ("last night at 11 and by the time i woke up at 6 it was gone", (17, 23, 0), (18, 6, 0)),
])
def test_spelled_hours_and_a_later_moment_are_read_as_told(text, start, end):
    from bot.intake.when import parse_when
    when = parse_when(text, NOW)
    assert (when.at.day, when.at.hour, when.at.minute) == start
    assert (None if when.end is None else (when.end.day, when.end.hour, when.end.minute)) == end


def test_a_phone_about_to_die_is_a_resident_who_cannot_call():
    assert screen("my phone is at 3% and i don't think i can make a call").cannot_call


def test_a_text_to_911_that_got_through_and_a_cruiser_arriving_are_help_come():
    screening = screen("my text to 911 went thru, a cruiser just pulled up out front")
    assert screening.called_911


@pytest.mark.parametrize("message", [
    "a van sideswiped my passenger door on the merritt northbound this morning, do westport police handle that?",
    "my sons bike got stolen outside the gym in norwalk yesterday, is that you guys or norwalk?",
])
def test_an_online_type_told_with_a_question_somewhere_an_officer_takes_is_referred_without_a_type_check(message):
    """Which online type it is changes nothing where every report goes to an officer: no "It sounds like..." first."""
    facts = absorb(message, {}, "incident_type", NOW).updates
    assert facts["location_status"] in ("excluded_area", "outside_town")
    assert "type_confirmed" not in next_fields(facts) and decide(facts).eligible is False
