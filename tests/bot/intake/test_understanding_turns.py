"""What a message does, where the understanding pass corrects the turn model's reading."""
from __future__ import annotations

import pytest

from bot.intake.understanding import understand


@pytest.mark.parametrize(("text", "intent"), [
    ("ok ill call them. thx", "goodbye"),                      # will phone the office, signing off
    ("ok calling 911 now", "called_911"),                      # not signing off: calling for help
    ("no im not in danger, hes gone. i just want an officer to call me back", "safe_now"),
    ("ok it's over, he drove off. can I finish my report about the calls?", "safe_now"),
])
def test_the_turn_read_from_the_whole_understanding(text, intent):
    assert understand(text).turn.intent == intent


def test_a_question_without_a_question_mark_that_names_a_type_is_still_a_question():
    from bot.intake.understanding import understand
    understood = understand("whats the number for animal control")
    assert understood.turn.intent == "ask_question" and understood.question.topic == "animal_control"


@pytest.mark.parametrize("text", ["my ex wont stop calling me", "this guy will not stop calling my cell"])
def test_stop_inside_a_report_is_no_goodbye(text):
    understood = understand(text)
    assert understood.incident.slug == "harassing_phone_call"
    assert understood.turn.intent not in ("cancel", "goodbye")


def test_asking_to_file_is_not_quitting():
    assert understand("ugh forget it, leave it as is and just file the report").turn.intent != "cancel"


def test_a_report_told_without_wanting_a_call_is_a_report():
    understood = understand("dont need anyone to call me back, i just want this on file. same number keeps calling me at work")
    assert understood.turn.intent == "report_incident"
    assert understand("no thanks, i dont need an officer").turn.intent == "decline_officer"


def test_found_it_stays_a_cancel():
    assert understand("nvm found em, they were in the couch lol").turn.intent == "cancel"


def test_about_to_call_911_is_no_all_clear():
    assert understand("He says he's fine but I'll call.").turn.intent == "called_911"


def test_cannot_call_is_never_a_no_to_being_in_danger():
    assert understand("i really cant call").turn.intent not in ("deny", "safe_now")


def test_help_arriving_is_no_all_clear():
    assert understand("ambulance is here. can we do the mailbox thing another time").turn.intent == "called_911"


def test_asking_for_the_record_of_an_accident_is_a_question_not_a_new_report():
    assert understand("where can i get the police report for the fender bender i had on the post road last month? "
                      "my insurer wants it").turn.intent == "ask_question"
    # an online type told with a question about its copy is still a report to take
    assert understand("someone stole my bike at the beach, how do i get a copy of the report for insurance?"
                      ).turn.intent == "report_incident"


@pytest.mark.parametrize(("text", "topic"), [
    ("a coyote trots through our back yard at dusk every evening. Not an emergency, but who do I call about that?",
     "animal_control"),
    ("a car has been parked in front of our house for two weeks, never moves, flat tire. who do i tell", "abandoned_vehicle"),
])
def test_asking_who_handles_what_was_described_is_a_question_about_it(text, topic):
    u = understand(text)
    assert u.turn.intent == "ask_question" and u.question.topic == topic


@pytest.mark.parametrize("text", [
    "my trailer got taken from the side yard on partrick rd sometime over the weekend, 2018 big tex, black. is this something i can report here?",
    "someone has been ringing our landline every night since friday, heavy breathing then they hang up, we are on north avenue. what do i do?",
])
def test_a_whole_description_that_asks_whether_it_can_be_reported_is_the_report(text):
    assert understand(text).turn.intent == "report_incident"


def test_taking_an_amount_out_at_the_summary_is_no_cancel():
    said = "please take out the $60, turns out it was in my other jacket the whole time. rest is right"
    assert understand(said).turn.intent != "cancel"


@pytest.mark.parametrize(("text", "topic"), [
    ("somebody sideswiped my mirror on 95 by exit 17 and drove off. do you guys handle that or someone else?", "state_police"),
    ("my kayak was taken from the dock at calf pasture beach in norwalk, who should i call about it", "other_town"),
])
def test_who_handles_an_incident_in_a_place_not_ours_is_a_question(text, topic):
    u = understand(text)
    assert u.turn.intent == "ask_question" and u.question.topic == topic


def test_asking_whether_an_incident_in_town_can_be_reported_here_is_still_a_report():
    assert understand("my bike got taken from the rack at compo beach this morning, can i report it here?").turn.intent != "ask_question"


@pytest.mark.parametrize("text", [
    "Honestly I would rather just have an officer come by, my neighbour saw the van",
    "No, I do not want to file online. Please just send an officer.",
])
def test_asking_for_an_officer_inside_a_longer_message_is_a_request_for_one(text):
    assert understand(text).command == "request_officer"


def test_withdrawing_the_report_in_so_many_words_cancels_it():
    u = understand("Oh. My teenager just admitted it was her, she used my card for a game. Please cancel this, my mistake.")
    assert u.turn.intent == "cancel"


def test_the_emergency_going_on_is_not_an_all_clear():
    u = understand("still no sign of her, she doesnt have her phone")
    assert u.turn.intent not in ("deny", "safe_now")


def test_asking_whether_a_highway_incident_is_ours_is_answered_with_who_handles_it():
    u = understand("A truck threw a stone on I-95 by exit 17 this morning and chipped my windshield. Nobody hurt. "
                   "Is that you, or someone else?")
    assert u.question is not None and u.question.topic == "state_police"


def test_a_relative_clause_is_no_question():
    u = understand("I am writing for my father, who is 81 and lives on Cross Highway. Someone opened a store card in his name.")
    assert u.question is None


@pytest.mark.parametrize("text", [
    "oh wait. my 6 year old just admitted she did it with a stick. ok please cancel, nobody needs a report on her",
    "Hold on, my wife says those are her charges from the hardware store. Ugh. Sorry, never mind!",
])
def test_taking_the_report_back_inside_a_longer_message_cancels(text):
    assert understand(text).turn.intent == "cancel"


def test_never_mind_before_the_right_value_is_no_cancel():
    assert understand("nvm she typed it wrong lol its BK 44120").turn.intent != "cancel"


def test_fearing_911_will_not_understand_is_no_all_clear():
    assert understand("My english is not good for call 911. They understand me?").turn.intent != "safe_now"


def test_a_report_already_filed_is_asked_about_not_reported_again():
    u = understand("I filed an online report last week about my stolen scooter. Can you send me the copy again?")
    assert u.turn.intent == "ask_question"


def test_someone_fleeing_after_911_advice_is_no_all_clear():
    assert understand("hes gone, i heard him drive off fast down the street").turn.intent != "safe_now"


def test_a_reaction_is_no_place():
    from bot.intake.places.location import NOT_FOUND, assess_location
    assert assess_location("Oh no. wait, my son just told me he borrowed it", is_answer=True).status == NOT_FOUND
