"""What residents rely on from sealed set 33's first run (development data since), in new words (not the set's).

A place said not to be on the excluded area it names ("not on it", "nothing to do with Sherwood Island") is in town;
a caller the resident is sure of by voice is a known suspect; a parent's wish for an officer at the house, passed on
by the resident, is a request for an officer; an old report an officer took is a records question, and forwarding the
e-mailed copy to a bank is a question about the copy, not a change to the resident's e-mail; "that is old number"
names nobody. A theft seconds ago with the thief a street over, and someone prying at a window for minutes, are
happening now; laughing too hard to breathe is not.
"""
from __future__ import annotations

import pytest

from bot.contacts import find_name
from bot.intake import readers
from bot.intake.commands import OFFICER, command_in
from bot.intake.places.location import assess_location
from bot.intake.screening import known_suspect_in
from bot.intake.understanding import understand
from bot.safety.detector import screen


@pytest.mark.parametrize("message", [
    "my side mirror got snapped off in my driveway on North Avenue, that's near the Merritt but not on it",
    "they took my grill from the deck on Beachside Avenue, nothing to do with Sherwood Island the park",
])
def test_an_excluded_area_denied_leaves_the_place_in_town(message):
    assert assess_location(message).status == "in_town"


def test_an_excluded_area_named_as_the_place_is_still_excluded():
    assert assess_location("someone keyed my car at the beach lot in Sherwood Island").status == "excluded_area"


@pytest.mark.parametrize("message", [
    "my ex business partner calls the house ten times a night, it's clearly him, I know his voice",
    "we recognize her voice on the voicemails, it's definitely her",
])
def test_a_caller_known_by_voice_is_a_known_suspect(message):
    assert known_suspect_in(message) is True


def test_a_voice_not_recognised_is_no_suspect():
    assert known_suspect_in("I don't recognize the voice at all", answering=True) is False


@pytest.mark.parametrize("message", [
    "my mother is here with me and she would like an officer to come to her house about it",
    "sorry, my grandfather says he wants a real cop to come out, is that ok?",
])
def test_a_wish_for_an_officer_passed_on_for_someone_is_a_request_for_one(message):
    assert command_in(message) == OFFICER


@pytest.mark.parametrize("message", [
    "she wants someone to look at the fender before she decides",
    "he does not want an officer to come, he just wants it on file",
])
def test_someone_else_s_plans_are_no_request_for_an_officer(message):
    assert command_in(message) is None


def test_a_report_an_officer_took_before_is_a_records_question():
    u = understand("An officer came out in September when someone tried to force our back door. The insurer wants that "
                   "report now. Where do I get it?")
    assert u.turn.intent == "ask_question" and u.question.topic == "records"


def test_forwarding_the_emailed_copy_is_a_question_about_the_copy_not_an_email_change():
    text = "Quick question first: when your e-mail arrives, can I send it to my bank's fraud team myself?"
    assert readers.named_fields(text) == []
    assert understand(text).question.topic == "copy"


def test_a_number_called_old_names_nobody():
    assert find_name("Ines Duarte, ines@example.com, 203-555-0166, no sorry that is my old number, new one "
                     "is 203-555-0161") == "Ines Duarte"


@pytest.mark.parametrize("message", [
    "the kid who just grabbed my phone off the cafe table is one block over now, green hoodie",
    "somebody has been trying the doors of the cars in our lot for about ten minutes",
])
def test_a_crime_going_on_or_an_offender_close_by_is_911(message):
    assert screen(message).verdict().is_emergency


@pytest.mark.parametrize("message", [
    "laughing so hard I can't breathe, someone put a traffic cone on every mailbox on our road",
    "someone has been taking the flag off our mailbox every single morning",
])
def test_laughter_and_a_habit_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


# sealed-34's first run (development data since), in new words


def test_a_neighbour_named_with_what_they_did_is_a_known_suspect():
    assert known_suspect_in("My neighbour Carl Dietz dumped his grass clippings all over our car, I watched him do it")


def test_watching_someone_do_it_without_knowing_them_is_no_known_suspect():
    assert not known_suspect_in("i saw him do it on the camera but i did not recognize him at all", answering=True)


def test_paint_running_like_blood_is_no_emergency():
    assert not screen("somebody splashed red paint on our garage door and it's running down like blood, gross").verdict().is_emergency


def test_a_word_of_the_sentence_before_is_no_part_of_the_street():
    assert assess_location("they tried to cut it off but gave up. Cavalry Road.").place.startswith("Cavalry Road")
