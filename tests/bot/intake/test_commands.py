"""The rule floor for steering words: the commands the assistant advertises always work, whole
messages only, and never the same words inside an answer or a story."""
from __future__ import annotations

import pytest

from bot.intake.commands import CANCEL, OFFICER, START_OVER, asks_us_to_send, command_in, finishes_here


@pytest.mark.parametrize(("text", "command"), [
    pytest.param("quit report", CANCEL, id="quit-report"),
    pytest.param("Quit report.", CANCEL, id="quit-report-capitals"),
    pytest.param("please cancel the report", CANCEL, id="cancel-the-report"),
    pytest.param("cancel", CANCEL, id="cancel-alone-on-the-web"),
    pytest.param("start over", START_OVER, id="start-over"),
    pytest.param("can we start again please", START_OVER, id="start-again"),
    pytest.param("officer", OFFICER, id="officer"),
    pytest.param("talk to an officer please", OFFICER, id="talk-to-an-officer"),
    pytest.param("real person", OFFICER, id="real-person"),
    pytest.param("oh forget it, my husband did it backing out. cancel pls, pat@example.com", CANCEL, id="cancel-pls-then-contact"),
])
def test_the_advertised_words_always_work(text, command):
    assert command_in(text) == command


@pytest.mark.parametrize("text", [
    pytest.param("cancel my credit card", id="cancel-my-card"),
    pytest.param("I had to cancel the card they used", id="cancelled-the-card"),
    pytest.param("stop calling me", id="stop-calling-me"),
    pytest.param("the officer at the station told me to do this online", id="officer-in-a-story"),
    pytest.param("it looks like someone hit it with a bat", id="someone-in-a-story"),
    pytest.param("is this anonymous?", id="a-question"),
    pytest.param("no, I don't want an officer", id="declining-an-officer"),
    pytest.param("the report says my car was a different color, can we start over on that part", id="start-over-inside"),
])
def test_the_same_words_inside_an_answer_are_not_a_command(text):
    assert command_in(text) is None


@pytest.mark.parametrize("text", [
    "no neither. honestly id rather just talk to an officer about this",
    "no. im not good with texting, can I just talk to an officer instead?",
    "im fine now, i just want an officer to call me back",
    "fine. then im asking you for a cop",
    "could i just get an actual officer out here to see it",
])
def test_asking_for_a_person_inside_a_longer_message_is_an_officer_request(text):
    assert command_in(text) == "request_officer"


@pytest.mark.parametrize("text", [
    "the officer at the desk told me to file this online",
    "i dont want to talk to an officer",
    "no i dont need anyone to call me",
    "looks like someone messed with the wires",
    "i dont want a real officer, just the report",
])
def test_a_person_mentioned_or_refused_is_no_officer_request(text):
    assert command_in(text) is None


@pytest.mark.parametrize(("text", "asks"), [
    ("can you just call the fire department for me", True),
    ("can u send someone? 41 north ave", True),
    ("should i call 911", False),
    ("can you tell me the number", False),
])
def test_asking_this_chat_to_send_help(text, asks):
    assert asks_us_to_send(text) is asks


def test_id_just_like_an_officer_to_come_out():
    assert command_in("I'd just like an officer to come out.") == "request_officer"


def test_saying_the_report_is_no_longer_wanted_withdraws_it():
    assert command_in("they already came, its over. I dont need to do a report anymore") == "cancel"
    assert command_in("do i need a report for my insurance") is None


def test_asking_whether_there_is_a_person_to_speak_with_asks_for_an_officer():
    from bot.intake.commands import command_in
    assert command_in("Is there a real person I could speak with? I am not comfortable with computers.") == "request_officer"


@pytest.mark.parametrize("text", [
    "wait. WAIT. found it, it was wedged between the seat and the console 😂 sorry cancel pls, sam@example.com",
    "My husband says the detailer moved everything. Please disregard, nobody broke in.",
    "oops cancel that, the bike was in the garage",
])
def test_taking_a_report_back_inside_a_longer_message_cancels(text):
    assert command_in(text) == CANCEL


@pytest.mark.parametrize("text", ["I need to cancel my card please", "the bank said to ignore it",
                                  "can I cancel the charge on my visa"])
def test_cancelling_a_card_or_a_charge_is_not_quitting_the_report(text):
    assert command_in(text) is None


def test_asking_if_there_is_a_real_person_to_talk_to_asks_for_an_officer():
    assert command_in("this is stressing me out, is there a real person i can just talk to instead of a bot?") == OFFICER


@pytest.mark.parametrize("text", [
    "So, nobody, it was my wife. Please disregard.",
    "wait my husband has it. so its not lost. cancel pls 🙄",
])
def test_a_report_taken_back_at_the_end_of_a_message_cancels(text):
    assert command_in(text) == CANCEL


def test_asking_to_ignore_something_else_is_not_quitting():
    assert command_in("please ignore the weird charge email, it was the bank") is None


@pytest.mark.parametrize("text", [
    "I have no e-mail. Can't you just send an officer round to the house?",
    "could you send someone out to the house to look at it",
])
def test_asking_for_an_officer_to_come_inside_another_answer(text):
    assert command_in(text) == OFFICER


def test_not_wanting_an_officer_sent_is_no_request():
    assert command_in("i dont want you to send an officer over") is None


def test_it_turned_out_legit_never_mind_cancels():
    assert command_in("she added me as an authorized user on her card. So it's legit. Never mind, sorry to waste your time.") \
        == CANCEL


@pytest.mark.parametrize("text", [
    "I just found a door tag from the water company, they cut it to get at the meter. Please disregard the whole thing.",
    "my daughter says thats her school's attendance robocall lol. so not harassment i guess. dont send it",
])
def test_taking_the_report_back_in_other_words_cancels(text):
    assert command_in(text) == CANCEL


def test_not_yet_is_no_cancel():
    assert command_in("dont send it yet, one more thing") is None


def test_preferring_to_speak_with_an_officer_asks_for_one():
    assert command_in("I am not comfortable giving these particulars to a machine. I should much prefer to speak with "
                      "a police officer in person.") == OFFICER


@pytest.mark.parametrize(("text", "command"), [
    ("just need the hours", CANCEL),
    ("I don't want to report anything, I just want to know the rule.", CANCEL),
    ("just wanted to report my bike stolen", None),
    ("just want the serial number added", None),
])
def test_only_asking_is_no_report(text, command):
    assert command_in(text) == command


@pytest.mark.parametrize(("text", "finishes"), [
    pytest.param("hmm actually lets just do the rest online", True, id="do-the-rest-online"),
    pytest.param("nah lets finish it here", True, id="finish-it-here"),
    pytest.param("i dont want to do this online", False, id="refusing-online"),
])
def test_finishing_here_after_all(text, finishes):
    assert finishes_here(text) is finishes
