"""What residents rely on from blind round 55 (development data since), in new words."""
from __future__ import annotations

import pytest

from bot.contacts import find_email, find_name
from bot.safety import detector


def _emergency(text: str, answering: str | None = None):
    return detector.screen(text).verdict(answering)


def test_a_house_found_open_with_someone_moving_inside_is_an_emergency():
    assert _emergency("got back from the gym, the side door is open and i know i shut it. theres a sound downstairs like "
                      "someone moving. can i report a break in here?").is_emergency


def test_people_trying_car_doors_who_are_still_out_there_is_an_emergency_even_asked_as_a_question():
    assert _emergency("is this where i report it? a guy is checking car doors down our street, hes still out there").is_emergency


def test_a_note_promising_to_come_back_for_the_house_is_a_threat_now():
    verdict = _emergency("no idea who, no weapon. they left a card in the mailbox saying we will be back for your family",
                         "suspect_or_weapon")
    assert verdict.is_emergency and verdict.category == "threat_of_violence"
    assert not detector.screen("the movers said they'll be back for the rest of the furniture on monday").hits


def test_hit_me_up_is_getting_in_touch_not_an_assault():
    assert not detector.screen("can someone from the station hit me up later about the bike").hits
    assert _emergency("my neighbor just hit me and hes still yelling outside").is_emergency


@pytest.mark.parametrize("text, name, email", [
    ("Dana Kowal-Reyes dana.kr at gmail dot com 203 555 0140", "Dana Kowal-Reyes", "dana.kr@gmail.com"),
])
def test_an_email_written_out_after_the_name_is_not_part_of_it(text, name, email):
    assert find_name(text) == name and find_email(text) == email


def test_small_hours_put_right_in_a_window_last_night_fall_after_its_midnight():
    from datetime import datetime
    from bot.intake import interview
    facts = {"incident_type": "vandalism", "occurred_at": "2026-11-30T22:00", "occurred_end": "2026-12-01T06:00",
             "occurred_text": "last night"}
    said = interview.absorb("time is off, it was after 2am, the doorbell cam has it at 2:25am", facts, "confirmed",
                            datetime(2026, 12, 1, 15, 0)).updates
    assert said["occurred_at"].startswith("2026-12-01T02:00") and said["occurred_end"].startswith("2026-12-01T02:25")


def test_a_clock_said_before_the_day_put_right_is_kept():
    from datetime import datetime
    from bot.intake import interview
    facts = {"incident_type": "vandalism", "occurred_at": "2026-11-30T02:10", "occurred_text": "2:10am"}
    said = interview.absorb("the date is wrong, 2:10am was this morning, tuesday, not monday", facts, "confirmed",
                            datetime(2026, 12, 1, 15, 0)).updates
    assert said["occurred_at"].startswith("2026-12-01T02:10")


def test_a_unit_put_right_replaces_the_one_given():
    from bot.intake.places.location import with_unit
    assert with_unit("3 Bay Street, Apt 4B, Westport, CT", "sorry its apt 4D not 4B") == "3 Bay Street, Apt 4D, Westport, CT"


def test_a_house_number_added_at_the_summary_goes_to_the_address_and_otherwise_yes_files():
    from datetime import datetime
    from bot.intake import interview
    facts = {"incident_type": "vandalism", "location": "Bayberry Lane, Westport, CT", "location_status": "in_town"}
    said = interview.absorb("please add the house number, 48 Bayberry. otherwise yes", facts, "confirmed",
                            datetime(2026, 12, 1, 15, 0)).updates
    assert said["location"] == "48 Bayberry Lane, Westport, CT" and said.get("confirmed") is True


@pytest.mark.parametrize("text", [
    "the card was mailed to my nephew Jordan's address in Stamford, so I have a feeling it was him",
    "nobody broke in. only person with a key is my roommates boyfriend Mike",
])
def test_a_hunch_or_the_only_key_holder_names_a_suspect(text):
    from bot.intake import screening
    assert screening.known_suspect_in(text) is True


def test_a_relative_named_in_answer_to_the_suspect_question_is_the_suspect():
    from bot.intake import screening
    assert screening.known_suspect_in("like i said, my granddaughter Bree", answering=True) is True


def test_calling_the_other_towns_police_themselves_is_no_to_a_call_back():
    from bot.intake.answers import callback_wanted_in
    assert callback_wanted_in("alright, i'll call Norwalk then, thank you") is False


def test_a_list_put_right_stops_where_another_change_begins_and_that_change_is_kept():
    from datetime import datetime
    from bot.intake import interview
    facts = {"incident_type": "theft", "items": "off the porch on Bayberry, between noon and 4", "narrative": "a box taken off the porch"}
    said = interview.absorb("items are wrong, should be: ups box with a dyson airwrap. also add that my neighbor has video",
                            facts, "confirmed", datetime(2026, 12, 1, 15, 0)).updates
    assert said["items"] == "ups box with a dyson airwrap" and "neighbor has video" in said["narrative"]


def test_a_day_put_right_with_the_time_said_after_it_keeps_the_afternoon():
    from datetime import datetime
    from bot.intake import interview
    facts = {"incident_type": "theft", "occurred_at": "2026-11-30T14:00", "occurred_end": "2026-11-30T16:30",
             "occurred_text": "yesterday afternoon, between 2 and 4:30"}
    said = interview.absorb("the day is wrong, it was sunday not yesterday. she told me last night. the time is right, 2 to 4:30",
                            facts, "confirmed", datetime(2026, 12, 1, 15, 0)).updates
    assert said["occurred_at"].startswith("2026-11-29")
    assert not said["occurred_at"].startswith("2026-11-29T02")


def test_no_ones_in_danger_without_its_apostrophe_is_said_outright():
    assert detector.screen("no one's in danger, my bike is just gone. can an officer call me").all_clear


def test_asking_whether_a_person_reads_this_is_answered_with_who_reviews_and_the_line():
    from bot.intake import questions
    from bot.intake.understanding import understand
    asked = understand("hang on, is this a computer answering me?").question
    assert asked is not None and asked.topic == "is_bot"
    said = questions.answer("is_bot")
    assert "automated assistant" in said and "(203) 341-6000" in said


def test_the_steps_after_identity_theft_include_a_free_credit_freeze():
    from bot.intake import questions
    assert "freeze your credit for free" in questions.answer("identity_theft_steps")
