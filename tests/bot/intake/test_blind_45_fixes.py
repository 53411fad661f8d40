"""What residents rely on from blind round 45 (development data since), in new words."""
from __future__ import annotations

import pytest

from bot.intake.questions import read_question
from bot.safety.detector import screen


@pytest.mark.parametrize("message", [
    "hang on, a white van just pulled up at our curb and a guy is walking up toward the side door",
    "hold on theres a thud downstairs, i live by myself",
])
def test_someone_arriving_or_moving_in_the_house_now_gets_911(message):
    assert screen(message).verdict(answering="items").is_emergency


@pytest.mark.parametrize("message", [
    "can the officer get my neighbours doorbell video once shes home from work?",
    "i'm pretty sure nobody stole it, i just left it on the bench and walked to the parking lot",
])
def test_ordinary_messages_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


def test_a_weapon_already_referred_and_doubted_is_no_new_danger():
    screening = screen("the knife part is just what my son thought he saw. can i do it online")
    assert not screening.present


def test_asking_whether_a_visit_is_needed_is_its_own_question():
    assert read_question("do i have to go down to headquarters for any of this or is the chat enough").topic == "no_visit_needed"


@pytest.mark.parametrize("message", [
    "he texted that he'd beat me when he gets home tonight",
    "a guy just walked out of the pharmacy with an armful of razors he didnt pay for and hes standing at the bus stop outside",
])
def test_danger_with_a_time_to_come_or_an_unpaid_taking_still_gets_911(message):
    # development run at fcb218c: a future "when he gets home" and "didn't pay for" had closed these
    assert screen(message).verdict().is_emergency
