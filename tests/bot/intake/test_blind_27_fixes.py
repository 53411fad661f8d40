"""What residents rely on from sealed set 28's first run and blind round 27 (development data since).

Each test is a behaviour a resident sees, in new words (not the testers' or the set's): an at-risk adult gone
is 911 whatever the message asks after it, a fear dismissed at once is no alarm, a tool left behind or guessed
at is no weapon here now, the offender back at the house is 911 even while giving a name, "just over the line
in Norwalk" is Norwalk, a family named as the culprits is a known suspect, an officer asked for with
"actual" is an officer request, a size is no date, one item taken off a priced list keeps the others'
prices, and one part of a name can be fixed alone.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.intake.answers import yes_or_no
from bot.intake.commands import asks_for_officer
from bot.intake.interview import absorb, answer_beside_question
from bot.intake.places.location import OUTSIDE_TOWN, assess_location
from bot.intake.readers import named_fields
from bot.intake.screening import known_suspect_in
from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)  # a Wednesday, 2 PM


def absorbed(text: str, facts: dict | None = None, asking: str | None = None) -> dict:
    return absorb(text, facts or {}, asking, now=NOW).updates


# --- emergencies and look-alikes ---------------------------------------------------------

def test_an_at_risk_adult_gone_is_911_even_with_a_supposition_in_another_sentence():
    message = ("my grandmother has alzheimers and wandered out the back door half an hour ago, we can't find her. "
               "should i file her purse as lost in case someone turns it in?")
    assert screen(message).verdict().is_emergency
    assert not screen("what should i do if my dad with dementia ever wanders off?").verdict().is_emergency


def test_a_fear_dismissed_in_the_same_breath_is_no_alarm():
    assert not screen("heard a bang and at first thought it was gunshots but nope, just a transformer").verdict().is_emergency
    assert screen("thought it was gunshots but no, someone is shooting at our windows right now").verdict().is_emergency


def test_a_tool_left_behind_in_the_car_is_no_weapon_here_now():
    answer = "Nobody threatened anyone, the pry bar and a hammer were just left in the truck."
    assert not screen(answer).verdict("known_suspect").is_emergency


def test_a_guess_at_the_tool_used_on_property_is_no_weapon_here_now():
    answer = "no clue who, maybe kids. nothing like that, i guess they just used a hammer on the lights"
    assert not screen(answer).verdict("suspect_or_weapon").is_emergency


def test_a_worry_about_being_found_out_is_a_question_not_danger():
    assert not screen("will the caller know it was me who reported? i am scared he will find out").verdict("confirmed").is_emergency


def test_an_attempt_seen_afterwards_is_no_crime_in_progress():
    message = "came back sunday and the trunk lock is all scratched, looks like somebody tried prying it open"
    assert not screen(message).verdict().is_emergency


def test_the_offender_back_at_the_house_is_911_even_while_giving_a_name():
    message = "wait the same van just pulled up outside again and a man is walking to our door"
    assert screen(message).verdict("reporter_name").is_emergency


def test_a_threat_told_hours_later_is_not_911_but_the_weapon_sends_it_to_an_officer():
    message = ("also my neighbor said a man was by the cars around 3am and when she yelled he pulled a knife "
               "on her and ran off")
    assert not screen(message).verdict("vehicle").is_emergency
    assert absorbed(message, {"incident_type": "vehicle_tampering", "known_suspect": False, "weapon": False},
                    "vehicle").get("weapon") is True


# --- places ----------------------------------------------------------------------------------

def test_over_the_line_in_another_town_is_that_town_whatever_store_is_named():
    said = assess_location("the CVS on Post Road, the one just over the line in Fairfield")
    assert said.status == OUTSIDE_TOWN and said.town == "Fairfield"


def test_past_our_own_line_is_outside_town():
    assert assess_location("my apartment on the post road, just past the westport line").status == OUTSIDE_TOWN
    assert assess_location("on post road just inside the westport line").status != OUTSIDE_TOWN


def test_not_in_the_park_beside_a_street_is_no_park_report():
    said = assess_location("compo rd south, near the beach but in my driveway not in the park")
    assert said.status != OUTSIDE_TOWN and said.area is None


# --- screening, commands and answers ---------------------------------------------------------

def test_a_family_named_as_the_culprits_is_a_known_suspect():
    assert known_suspect_in("Yes. It was the Morrison boys from the end of the street.", answering=True)
    assert known_suspect_in("the doorbell video shows it was the Garcias' oldest son", answering=True)
    assert not known_suspect_in("it was the Amazon guy who left the gate open", answering=True)


def test_an_officer_asked_for_as_actual_or_real_is_an_officer_request():
    assert asks_for_officer("this is too many questions. could i just speak with a real officer about it?")
    assert not asks_for_officer("i dont need to talk to an actual officer")


def test_plain_yes_words_answer_a_check():
    assert yes_or_no("That's the one.") is True
    assert yes_or_no("Actually yes, my neighbor saw them") is True
    assert yes_or_no("Honestly, it's Weston") is None


def test_a_yes_beside_a_question_answers_the_type_check():
    updates = answer_beside_question("yes. by the way, can i report a barking dog here too?",
                                     {"incident_type": "theft", "type_uncertain": True}, "type_confirmed")
    assert updates.get("type_confirmed") is True


# --- dates, items and names --------------------------------------------------------------------

def test_a_size_is_no_date():
    assert parse_when("a 1/2 size violin in a black case", NOW) is None
    assert parse_when("it was taken on 3/4", NOW) is not None


def test_the_whole_time_names_no_time_to_change():
    assert named_fields("found it, it was in my gym bag the whole time. sorry, cancel") == []
    assert named_fields("the time is wrong, it was 4pm") == ["occurred_at"]


SHED_AT_SUMMARY = {"incident_type": "theft", "items": "Chainsaw, orange, $450. Hedge trimmer, $120",
                   "reporter_name": "Dana Whitfield", "reporter_email": "dana@example.com", "narrative": "shed"}


def test_one_item_taken_off_a_priced_list_keeps_the_other_items_price():
    updates = absorbed("please take the hedge trimmer off, it turned up in the garage", SHED_AT_SUMMARY, "confirmed")
    assert updates["items"].startswith("Chainsaw") and updates["items_details"]["total_value"] == 450


def test_one_part_of_the_name_can_be_fixed_alone():
    facts = {**SHED_AT_SUMMARY, "reporter_name": "Dana Whitfeld"}
    assert absorbed("my last name is Whitfield, with an i", facts, "confirmed")["reporter_name"] == "Dana Whitfield"


# --- from sealed-29's first run -------------------------------------------------------------------

def test_an_abuser_in_the_house_who_took_the_phone_is_911_though_the_blow_was_last_night():
    message = ("i want to report fraud, my husband took out loans in my name. i cant call, he took my phone, "
               "im on the family ipad. he is upstairs. he choked me last night")
    assessment = screen(message).verdict()
    assert assessment.is_emergency and assessment.cannot_call


def test_the_one_who_did_it_still_in_sight_is_911():
    assert screen("my bike was just taken from the rack and the boy who took it is sitting on the wall by the library").verdict().is_emergency


def test_noises_and_jokes_explained_in_the_message_are_no_alarm():
    assert not screen("around 10 we heard what sounded like gunshots, it was m80s from the beach. my mailbox is cracked").verdict().is_emergency
    assert not screen("my roommate is stealing my spotify lol, but seriously my bike lock got cut").verdict().is_emergency
    assert not screen("the kitchen knife block i ordered was taken from the front step").verdict().is_emergency


def test_a_statement_of_when_is_no_question():
    from bot.intake.questions import asks_something
    assert not asks_something("When I answer there is just a recording of a rooster. I want it on file.")
    assert asks_something("when will someone review it")


def test_a_time_taken_back_in_the_same_answer_is_replaced():
    said = parse_when("friday around 9... no wait, it was saturday around 10 at night", NOW)
    assert said.at.weekday() == 5 and said.at.hour == 22 and said.end is None


def test_a_plate_begun_from_memory_then_read_in_full_keeps_the_full_plate():
    from bot.intake.details import read_vehicle
    assert read_vehicle("plate is CT 7K... hold on, i checked, its CT 7KD-221", is_answer=True).plate == "7KD221"


def test_an_amount_taken_back_counts_once():
    from bot.intake.details import read_items
    assert read_items("my headphones, $350... no sorry, $300, and a charger").total_value == 300


def test_the_item_named_in_full_is_the_one_taken_off():
    facts = {**SHED_AT_SUMMARY, "items": "Red Trek bike, $900. Blue Trek bike, $400. Helmet, $80"}
    updates = absorbed("take off the blue trek, it was at my brothers", facts, "confirmed")
    assert updates["items_details"]["total_value"] == 980


def test_accounts_in_my_name_without_naming_one_are_still_asked():
    facts = {"incident_type": "identity_theft", "location": "Bulkley Avenue, Westport, CT", "location_status": "in_town"}
    assert "accounts" not in absorbed("someone keeps opening accounts in my name", facts, "known_suspect")


def test_can_i_report_it_with_you_about_another_town_is_a_question_answered():
    from bot.intake.understanding import understand
    u = understand("my bike was stolen at the train station in Norwalk. can i report it with you guys since i live in westport?")
    assert u.turn.intent == "ask_question" and u.question.topic == "other_town"


def test_on_the_ramp_coming_off_the_highway_is_the_ramp():
    said = assess_location("on the exit ramp coming off the merritt at north avenue, right at the stop sign")
    assert said.status == "excluded_area"


# --- from sealed-30's first run and blind round 28 -------------------------------------------------

def test_an_at_risk_adult_gone_told_as_the_answer_to_what_happened_is_911():
    story = ("hello, my neighbor says his mother walked off sometime this morning, she has dementia and is 79. "
             "her shoes are gone and the door was open. we live on Long Lots Road. do i fill out something?")
    assert screen(story).verdict("incident_type").is_emergency


def test_a_spouse_angry_at_a_loss_is_a_figure_of_speech_but_not_beside_violence():
    assert not screen("broke my husbands favorite watch, he is going to kill me").verdict().is_emergency
    assert screen("i scratched his car and my boyfriend is going to kill me, he hit me last month").verdict().is_emergency
    assert not screen("she was at her friends house the whole time. false alarm. im gonna kill her lol").verdict().is_emergency


def test_something_that_caught_fire_is_911_unless_long_past():
    assert screen("the space heater caught fire and the rug is burning").verdict().is_emergency
    assert not screen("my grill caught fire two summers ago and i need a report for insurance").verdict().is_emergency


def test_asking_whether_one_knows_who_is_no_suspect_named():
    assert known_suspect_in("well someone did it obviously. do i know who it was? no", answering=True) is not True


def test_please_cancel_this_at_the_end_withdraws_the_report():
    from bot.intake.commands import CANCEL, command_in
    assert command_in("my son had it the whole time, it was in his backpack. please cancel this.") == CANCEL
    assert command_in("please cancel this card and the other one") is None


def test_an_addition_after_almost_is_added():
    facts = {"incident_type": "identity_theft", "accounts": "a Chase card opened in my name",
             "reporter_name": "Dana Whitfield", "reporter_email": "dana@example.com", "narrative": "cards"}
    updates = absorbed("almost, please add one more charge on it, $85 at a gas station", facts, "confirmed")
    assert "$85" in updates["accounts"]


def test_a_brand_said_in_the_plural_takes_its_item_off():
    facts = {**SHED_AT_SUMMARY, "items": "Oakley sunglasses ($150), a Kindle ($100) and a jacket ($60)"}
    assert absorbed("take the Oakleys off, they were at home", facts, "confirmed")["items_details"]["total_value"] == 160


def test_calling_back_oneself_later_declines_the_call_back():
    from bot.intake.answers import callback_wanted_in
    assert callback_wanted_in("nah i'll call tomorrow morning") is False
    assert callback_wanted_in("yes, call me tomorrow after 5") is True


def test_a_name_or_email_put_right_in_the_same_answer_is_kept_put_right():
    from bot.contacts import find_email, find_name
    assert find_name("Marta Kowalsky - oops, Kowalski with an i, marta@example.com") == "Marta Kowalski"
    assert find_email("marta.k@example.cm - sorry .com not .cm") == "marta.k@example.com"


def test_a_correction_said_before_saying_yes_is_applied_and_files_nothing():
    facts = {"incident_type": "identity_theft", "accounts": "a Visa card", "stated_values": [200.0, 45.5],
             "reporter_name": "Dana Whitfield", "reporter_email": "dana@example.com", "narrative": "charges"}
    updates = absorbed("before i confirm, the gas station one was $54.50, not $45.50. sorry!", facts, "confirmed")
    assert updates["stated_values"] == [200.0, 54.5] and "confirmed" not in updates
