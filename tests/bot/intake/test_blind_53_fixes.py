"""What residents rely on from blind round 53 (development data since), in new words."""
from __future__ import annotations

from bot.safety import detector


def _emergency(text: str, answering: str | None = None):
    return detector.screen(text).verdict(answering)


def test_not_knowing_how_much_longer_one_can_go_on_gets_the_crisis_line():
    verdict = _emergency("calls at 3am every night for a month now, honestly dont know how much longer i can take this")
    assert verdict.is_emergency and verdict.self_harm


def test_better_off_if_i_just_was_not_here_gets_the_crisis_line():
    verdict = _emergency("on sunset lane. lately i feel they would all be better off if i just wasnt around", "location")
    assert verdict.is_emergency and verdict.self_harm


def test_someone_working_at_the_door_now_is_an_emergency_and_a_pattern_of_nights_is_not():
    assert _emergency("somebody keeps rattling our back door handle, were hiding in the bedroom").is_emergency
    assert not _emergency("someone keeps trying the door handles on our cars at night, it happened twice last week").is_emergency


def test_someone_climbing_into_a_car_now_is_an_emergency_even_inside_an_answer():
    assert _emergency("no idea who. wait a guy just got into the van next door and is going through it",
                      "suspect_or_weapon").is_emergency


def test_a_blade_guessed_at_for_slashed_tires_is_no_911_call():
    assert not _emergency("at the train station lot, friday evening. also the tires were slashed, probably with a box cutter",
                          "location").is_emergency


def test_a_model_number_beside_marked_prices_is_no_money():
    from bot.intake.details import read_items
    assert read_items("my camera bag (sony a7 3450, lens ~$800) and a tripod ($120)").total_value == 920


def test_as_i_wrote_above_is_no_name():
    from bot.contacts import find_name
    assert find_name("Like I wrote before, Harold Pruitt.") == "Harold Pruitt"


def test_the_number_texted_from_stays_the_residents_when_they_say_this_number():
    from bot.intake import interview
    facts = {"incident_type": "theft", "location": "9 Elm Street, Westport, CT", "location_status": "in_town",
             "reporter_phone": "+12035550100"}
    updates = interview.absorb("Sam Ortiz, sam@example.com, this number. my dad is Luis Ortiz 203-555-0177", facts,
                               "reporter_name").updates
    assert updates["reporter_name"] == "Sam Ortiz" and "reporter_phone" not in updates


def test_every_number_the_calls_come_from_is_kept():
    from bot.intake.details import read_caller_number
    assert read_caller_number("mostly 475-555-0110, now and then another one 914-555-0123") == \
        "(475) 555-0110 and (914) 555-0123"


def test_another_caller_number_added_at_the_summary_is_the_callers():
    from bot.intake import interview
    facts = {"incident_type": "harassing_phone_call", "location": "12 Elm Street, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-12-01T08:15", "caller_number": "(475) 555-0110", "reporter_name": "Ana Ruiz",
             "reporter_email": "ana@example.com", "reporter_phone": "+12035550111", "narrative": "calls every night"}
    updates = interview.absorb("you missed one, they also call me from 914-555-0123", facts, "confirmed").updates
    assert updates["caller_number"] == "(475) 555-0110 and (914) 555-0123" and "reporter_phone" not in updates


def test_a_street_said_to_be_down_in_southport_is_fairfields():
    from bot.intake.places import location as loc
    said = loc.assess_location("they keyed my car, i was on main st over in southport near the harbor")
    assert said.status == "outside_town" and said.town == "Fairfield"
    said = loc.assess_location("my bike got taken on harbor rd in southport by the library")
    assert said.status == "outside_town" and said.town == "Fairfield"


def test_the_answer_reasoned_to_at_the_end_is_the_answer():
    from bot.intake.answers import yes_or_no
    assert yes_or_no("its the gas station just before the norwalk line so yes westport") is True
    assert yes_or_no("i was already off the ramp so no, not the highway") is False


def test_a_morning_time_told_as_when_it_was_found_ends_an_overnight_window():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.intake.when import parse_when
    now = datetime(2026, 12, 1, 11, 50, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("at about 7:20 this morning i went out and saw the side mirror hanging off. the car sat on the street "
                      "overnight", now)
    assert when.at == datetime(2026, 11, 30, 21, 0, tzinfo=ZoneInfo("America/New_York"))
    assert when.end == datetime(2026, 12, 1, 7, 20, tzinfo=ZoneInfo("America/New_York"))


STORY = {"incident_type": "vandalism", "location": "12 Elm Street, Westport, CT", "location_status": "in_town",
         "occurred_at": "2026-11-27T21:00", "reporter_name": "Ana Ruiz", "reporter_email": "ana@example.com",
         "reporter_phone": "+12035550111",
         "narrative": "they smashed our porch light again, second time since october. honestly im so tired, some "
                      "nights i wish i could just disappear"}


def test_a_part_of_the_story_the_resident_asks_to_take_out_is_taken_out():
    from bot.intake import interview
    updates = interview.absorb("can you remove the part where i said i wish i could disappear, thats personal", STORY,
                               "confirmed").updates
    assert "disappear" not in updates["narrative"] and updates["narrative"].startswith("they smashed our porch light")


def test_the_story_replaced_with_new_words():
    from bot.intake import interview
    updates = interview.absorb("please replace the story with: someone smashed our porch light friday night", STORY,
                               "confirmed").updates
    assert updates["narrative"] == "someone smashed our porch light friday night"


def test_a_name_signed_at_the_end_of_the_first_message_is_the_writers():
    from bot.intake import interview
    updates = interview.absorb("My bicycle was taken from the rack at Compo Beach on Sunday afternoon, a green Trek worth "
                               "about $500. Kind regards, Theodore Vance", {}, None).updates
    assert updates["reporter_name"] == "Theodore Vance"


def test_wanting_an_officer_instead_of_doing_it_online_asks_for_one():
    from bot.intake.commands import command_in
    assert command_in("id rather someone came out to look at it, can you send an officer? i dont want to do this online") \
        == "request_officer"


def test_someone_asleep_upstairs_is_no_intruder():
    assert not _emergency("my van is gone from the driveway, thought my daughter took it but shes upstairs asleep. "
                          "can i report it here").is_emergency


def test_a_weapon_held_at_people_as_it_is_told_and_a_thief_loading_a_car_as_i_type_are_emergencies():
    # sealed-44's labelled messages, missed at its first run (development data since), in new words
    assert _emergency("the man across the street is standing in his yard aiming a rifle at the delivery driver").is_emergency
    assert _emergency("a kid just pulled a box cutter on the clerk at the gas station on post rd").is_emergency
    assert _emergency("watching a guy grab bikes off the rack at the library, hes putting them in a pickup right now").is_emergency
    assert not _emergency("last week a guy was waving a knife around at the bus stop, i want it on record").is_emergency


def test_the_same_street_over_in_the_next_town_said_as_not_the_one_meant():
    from bot.intake.places import location as loc
    said = loc.assess_location("we're on Compo Road, the Westport one, not the Compo Road over in Fairfield")
    assert said.status != "outside_town"
