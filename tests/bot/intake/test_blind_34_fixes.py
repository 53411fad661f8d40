"""What residents rely on from blind round 34 (development data since), in new words.

A caller who says he knows where the resident lives and she'll be sorry, and a confused 84-year-old who has not come
back from a walk, get 911 even inside an answer. "I'm writing for my father, he's 84" and a stolen gun to "tell the
officer about separately" are no emergency. A stranger who "I think stole it" is no known suspect; "do I cancel my
cards?" cancels no report; a bike serial with a dash is no SSN; a street put right is no name; a date is no amount;
"change what happened to: ..." changes that field only; a sum said after a price each is counted once.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.details import money_stated
from bot.intake.interview import absorb
from bot.intake.screening import known_suspect_in
from bot.intake.understanding import understand
from bot.messaging.masking import mask_sensitive
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)
CONTACT = {"reporter_name": "Ann Lee", "reporter_email": "ann@example.com", "reporter_phone": "+12035550111"}


@pytest.mark.parametrize(("message", "answering"), [
    ("home, on Kings Hwy N. private number, 10 calls a day. today he said he found out where i live and i'll regret it", "location"),
    ("a tan tote bag and her reading glasses. she is 86 and gets confused, she went out for a walk at noon and still isnt back",
     "items"),
])
def test_danger_said_inside_an_answer_is_911(message, answering):
    assert screen(message).verdict(answering).is_emergency


@pytest.mark.parametrize("message", [
    "Good morning. I'm writing for my mother, she's 82",
    "ok so can i report the tools here and tell the officer about the rifle separately?",
])
def test_who_the_report_is_for_and_a_gun_handled_apart_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


def test_a_stranger_who_probably_stole_it_is_no_known_suspect():
    assert not known_suspect_in("some guy shoved past me at the bus stop, i think he took it. can you make it stolen")


def test_asking_about_cancelling_cards_does_not_cancel_the_report():
    u = understand("nobody did it, i just dropped it somewhere. should i cancel my cards now?", NOW)
    assert u.turn.intent != "cancel" and u.question is not None and u.question.topic == "cancel_cards"


def test_a_bike_serial_with_a_dash_is_no_ssn():
    assert "RT44-0392817" in mask_sensitive("the serial on the frame is RT44-0392817")
    assert "123-45-6789" not in mask_sensitive("ssn 123-45-6789")


def test_a_street_put_right_at_the_summary_is_no_name():
    facts = {"incident_type": "theft", "location": "9 Bayberrry Ln", "location_status": "confirm_town", "items": "a package",
             "occurred_at": "2026-03-17", **CONTACT}
    updates = absorb("sorry typo, its Bayberry Lane", facts, "confirmed", NOW).updates
    assert "reporter_name" not in updates and updates["location"].startswith("Bayberry Lane")


def test_a_date_in_a_correction_is_no_amount():
    facts = {"incident_type": "identity_theft", "location": "Cob Drive, Westport, CT", "location_status": "in_town",
             "accounts": "a card", "occurred_at": "2026-03-18", **CONTACT}
    updates = absorb("change accounts to: an Amex opened in my name (credit alert on Mar 9). no charges yet", facts,
                     "confirmed", NOW).updates
    assert updates["accounts"].startswith("an Amex") and not updates.get("stated_values")
    assert not any(name.startswith("occurred") for name in updates)


def test_change_what_happened_to_changes_the_story_only():
    facts = {"incident_type": "harassing_phone_call", "location": "Cob Drive, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-03-17T23:00-04:00", "caller_number": "blocked", "call_pattern": "at night",
             "narrative": "calls", "known_suspect": False, **CONTACT}
    updates = absorb("could you change what happened to: a private number calls my cell at 3am and hangs up, 15 times "
                     "since Friday", facts, "confirmed", NOW).updates
    assert set(updates) == {"narrative", "awaiting_correction"}


@pytest.mark.parametrize(("text", "total"), [
    ("8 solar lights along the walk, $12 each so $96", 96),
    ("a pressure washer ($400) and the two 2-gallon jugs of cleaner beside it ($25 each)", 450),
])
def test_prices_each_are_counted_once_and_for_every_one(text, total):
    assert money_stated(text) == total


def test_calls_denied_while_answering_put_the_type_right_and_give_no_place():
    from bot.intake.interview import absorb as absorb_
    facts = {"incident_type": "harassing_phone_call", "type_text": "someone keeps fooling with my truck at night"}
    updates = absorb_("there are no calls!! somebody is tampering with my truck", facts, "location", NOW).updates
    assert updates["incident_type"] == "vehicle_tampering" and "location" not in updates


@pytest.mark.parametrize(("text", "start"), [
    ("parked it sun around 5pm, found it this morning at 8", "2026-03-15T17:00"),
    ("had it sat around 2pm, noticed it missing at 6", "2026-03-14T14:00"),
])
def test_a_weekday_abbreviated_after_parked_or_had_is_the_day(text, start):
    from bot.intake.when import parse_when
    assert parse_when(text, datetime(2026, 3, 16, 19, 0, tzinfo=TZ)).iso().startswith(start)


@pytest.mark.parametrize("text", [
    "the bike rack at Stew Leonards, the one just past the line from westport. we live on Bayberry Ln in westport",
    "in the lot of the stop n shop on connecticut ave near the westport line",
])
def test_a_store_over_the_line_is_not_taken_for_westport(text):
    from bot.intake.places.location import assess_location
    assert assess_location(text).status in ("outside_town", "confirm_town")


@pytest.mark.parametrize(("message", "answering"), [
    ("no idea who. my doorbell camera shows him coming up the walk at 2 am with a crowbar, then he walks off", "suspect_or_weapon"),
    ("please add the garage door too. the painter's estimate is now $1,200 for all of it", "confirmed"),
])
def test_a_clip_looked_back_at_and_a_new_estimate_are_no_emergency(message, answering):
    assert not screen(message).verdict(answering).is_emergency


def test_a_surname_put_right_with_the_rest_approved_keeps_name_and_email():
    facts = {"incident_type": "lost_property", "location": "Compo Beach, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-03-17", "items": "a watch", "reporter_name": "Ana Lindquist",
             "reporter_email": "ana.lindqvist@example.com", "reporter_phone": "+12035550152"}
    updates = absorb("close -- my surname is Lindqvist not Lindquist (my email has it right). Otherwise perfect.", facts,
                     "confirmed", NOW).updates
    assert updates.get("reporter_name") == "Ana Lindqvist" and "reporter_email" not in updates


def test_when_a_thing_was_paid_for_is_not_when_it_happened():
    updates = absorb("lost my gold bracelet at the beach, paid $900 for it 6 years ago", {}, "incident_type", NOW).updates
    assert "occurred_at" not in updates


@pytest.mark.parametrize(("message", "topic"), [
    ("what info do you need from me for this?", "chat_length"),
    ("is it safe to put my personal details in this chat?", "data_safety"),
    ("can i get the dent fixed before the report is approved?", "keep_evidence"),
])
def test_questions_once_met_with_the_generic_reply_reach_their_topic(message, topic):
    from bot.intake import questions
    assert questions.read_question(message).topic == topic


def test_asking_whether_a_bb_gun_counts_is_no_emergency():
    assert not screen("wait, a pellet gun counts? i only need the report for insurance").verdict().is_emergency


def test_a_lot_under_the_highway_is_asked_about_not_refused():
    from bot.intake.places.location import assess_location
    assert assess_location("left it in the train station lot, the one right under i-95").status == "confirm_area"


# --- blind round 35 (development data since), in new words ---

def test_not_really_wanting_to_be_around_any_more_is_911_and_988():
    verdict = screen("its fine. honestly im worn out by everything, i dont even want to be around anymore").verdict("occurred_at")
    assert verdict.is_emergency and verdict.self_harm


def test_long_gone_is_an_all_clear():
    u = understand("no, that was at 3am, on the camera. she's long gone now", NOW)
    assert u.screening.all_clear


def test_texting_for_a_parent_who_is_driving_is_no_emergency():
    assert not screen("texting for my dad hes driving. somebody scratched his car door").verdict().is_emergency


def test_its_just_a_pellet_gun_is_no_emergency():
    assert not screen("why does that matter? it was only a bb gun, no one got hurt").verdict().is_emergency
