"""The screening questions: a known suspect, or a weapon, means an officer takes the report."""
from __future__ import annotations

import pytest

from bot.intake.screening import known_suspect_in, weapon_in


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # Volunteered in passing: only a clear statement of who did it counts.
    pytest.param("it was my neighbor's kid getting his ball back", False, None, id="passing-story-is-not-a-suspect"),
    pytest.param("it was my neighbor's kid", False, None, id="passing-relation-alone"),
    pytest.param("my neighbor told me my car had been keyed", False, None, id="neighbor-as-witness"),
    pytest.param("I know who did it", False, True, id="i-know-who"),
    pytest.param("I'm pretty sure my ex boyfriend keyed it", False, True, id="ex-keyed-it"),
    pytest.param("my ex keeps calling me", False, True, id="ex-keeps-calling"),
    pytest.param("I think it was my roommate", False, True, id="think-it-was-roommate"),
    pytest.param("the kid from down the street did it", False, True, id="kid-from-down-the-street"),
    pytest.param("I have no idea who did it", False, False, id="no-idea-who"),
    # As an answer to "Do you know who did it?", naming a relation is enough.
    pytest.param("it was my neighbor's kid", True, True, id="answer-neighbors-kid"),
    pytest.param("it was my neighbor's kid getting his ball back", True, True, id="answer-neighbors-kid-story"),
    pytest.param("my landlord", True, True, id="answer-landlord"),
    pytest.param("no idea who", True, False, id="answer-no-idea"),
    pytest.param("I didn't see anyone", True, False, id="answer-did-not-see"),
    pytest.param("just some stranger", True, False, id="answer-stranger"),
    pytest.param("my neighbor's camera caught someone but I don't know who", True, False,
                 id="answer-relation-but-unknown"),
    pytest.param("no", True, None, id="bare-no-is-left-to-yes-or-no"),
])
def test_known_suspect_in(text, answering, expected):
    assert known_suspect_in(text, answering=answering) is expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("he had a knife", True, id="had-a-knife"),
    pytest.param("they pointed a gun at me", True, id="pointed-a-gun"),
    pytest.param("the guy was armed", True, id="armed"),
    pytest.param("he came at me with a bat", True, id="came-at-me-with-a-bat"),
    pytest.param("a guy waving a crowbar at people", True, id="waving-a-crowbar"),
    pytest.param("they used a knife to slash the tires", True, id="knife-on-property"),
    # A tool used only on property is not "a weapon involved": the screening question is asked instead.
    pytest.param("they smashed the window with a bat", None, id="bat-on-a-window-is-asked"),
    pytest.param("he used a hammer on the mailbox", None, id="hammer-on-a-mailbox-is-asked"),
    pytest.param("it looks like someone hit it with a bat", None, id="hit-it-with-a-bat-is-asked"),
    pytest.param("there were bullet holes in the door", True, id="bullet-holes"),
    pytest.param("when i shouted he spun round and flashed a box cutter at me, then biked off", True, id="flashed-a-blade"),
    pytest.param("not sure who. but yeah it was a gun, we found the casings by the curb", True, id="gun-named-casings-found"),
    pytest.param("i came out and he raised a tire iron at me, then jumped the fence", True, id="raised-a-tool-at-me"),
    pytest.param("no weapons", False, id="no-weapons"),
    pytest.param("no weapon that I saw", False, id="no-weapon"),
    pytest.param("nobody had a gun", False, id="nobody-had-a-gun"),
    pytest.param("I didn't see a weapon", False, id="did-not-see-a-weapon"),
    pytest.param("they were unarmed", False, id="unarmed"),
    pytest.param("no", None, id="bare-no-is-left-to-yes-or-no"),
    pytest.param("someone keyed my car", None, id="no-mention"),
])
def test_weapon_in(text, expected):
    assert weapon_in(text) is expected


def test_a_gun_seen_is_a_weapon():
    assert weapon_in("I saw a gun in his waistband") is True


@pytest.mark.parametrize("text", ["pretty sure its my ex", "pretty sure it was the neighbors kid",
                                  "all good. oh wait, i bet it was my roommate, she borrowed it before",
                                  "its probably my ex boyfriend, he has a key"])
def test_a_suspect_named_with_a_hedge_is_still_known(text):
    assert known_suspect_in(text) is True


@pytest.mark.parametrize("text", ["it was my son who found it", "its my wifes car", "it was my sons bike"])
def test_family_named_in_passing_is_no_suspect(text):
    assert known_suspect_in(text) is None


@pytest.mark.parametrize("text", ["my son saw the Henderson boy from two houses down riding it",
                                  "I know exactly who he is, his name is Tony Russo"])
def test_a_suspect_named_or_placed_is_known(text):
    assert known_suspect_in(text) is True


def test_wishing_to_know_who_is_not_knowing():
    assert known_suspect_in("no neither, wish I knew who") is not True


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("I have not the faintest notion who the caller might be, and neither my wife nor I recognise the voice",
                 False, id="formal-no-idea-with-a-relation-named"),
    pytest.param("It's my old landlord Rick, he keeps calling me 5-6 times a day about the deposit", True,
                 id="relation-and-name-keeps-calling"),
    pytest.param("how am i supposed to know who, thats what you guys are for", False, id="asking-back-how-would-i-know"),
    pytest.param("not for sure. my ex stepson still has a garage code and his truck was out front, but i cant prove it was him",
                 True, id="one-person-suspected-without-proof"),
    pytest.param("my daughter saw him from the porch, some older guy in a red cap, and my daughter ran inside", None,
                 id="a-relation-who-witnessed-it-is-no-suspect"),
    pytest.param("a girl from her class was seen wearing the same jacket the next day", True, id="someone-from-their-class-seen-with-it"),
    pytest.param("we are all but positive it was Dylan Reyes from the next street", True, id="sure-of-a-capitalised-name"),
    pytest.param("the guy three doors down has been hanging around our cars", True, id="a-neighbour-placed-by-doors-down"),
    pytest.param("im pretty sure it was Tuesday, after my shift", None, id="sure-of-a-day-is-no-suspect"),
    pytest.param("Kim Lau, kim@example.com, 203-555-0144. her name is Mei Lau and her cell is 203-555-0145", None,
                 id="the-victims-name-beside-contact-details-is-no-suspect"),
])
def test_known_suspect_as_residents_say_it(text, expected):
    assert known_suspect_in(text, answering=True) is expected


@pytest.mark.parametrize("text", ["when i yelled he waved a screwdriver at me and then rode off",
                                  "he threatened me with a screwdriver"])
def test_a_tool_held_toward_a_person_is_a_weapon(text):
    assert weapon_in(text) is True


@pytest.mark.parametrize("text", [
    "ring cam just shows some guy grabbing it and walking off, had like a big hunting knife on his belt",
    "he had this huge old kitchen knife",
    "the guy had a gun clipped to his belt",
])
def test_a_weapon_carried_is_a_weapon_even_with_words_between(text):
    assert weapon_in(text) is True


@pytest.mark.parametrize("text", ["my hunting knife was taken from the truck", "someone stole my kitchen knives set"])
def test_a_knife_that_was_stolen_is_no_weapon_involved(text):
    assert weapon_in(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("My sunglasses, about $40 in the console, and uh also my pistol that was in the glovebox", True),
    ("my hunting rifle was stolen from the garage", True),
    ("someone took my nerf gun from the porch", None),
    ("my glue gun and drill were taken", None),
])
def test_a_stolen_firearm_goes_to_an_officer(text, expected):
    assert weapon_in(text) is expected


@pytest.mark.parametrize("text, answering, expected", [
    ("hello i want make report please. my ex boyfriend he call me all the time many many times every day", False, True),
    ("calls come from a number i dont know, since 2 week", False, None),  # a number not known is no suspect unknown
    ("camera shows two people in hoodies, can't tell who they are", True, False),
    ("We don't see nobody, we was at lunch", True, False),
    ("not sure", True, False),
])
def test_who_did_it_as_residents_say_it(text, answering, expected):
    assert known_suspect_in(text, answering=answering) is expected


@pytest.mark.parametrize("text, expected", [
    ("I can't prove it, but yes, I think it's Kyle.", True),
    ("i think its the neighbor", True),
    ("i think it was kids", None),
    ("no idea, i think it was around 2am", False),
])
def test_a_suspicion_by_name_in_answer_to_who_did_it(text, expected):
    assert known_suspect_in(text, answering=True) is expected


@pytest.mark.parametrize("text", [
    "golf clubs in a blue bag, about 900. honestly i have a feeling it was my roommates boyfriend, he saw them friday",
    "at home on saugatuck ave. pretty sure its my ex's new girlfriend tbh",
])
def test_a_suspicion_said_in_passing_names_a_suspect(text):
    assert known_suspect_in(text) is True


def test_a_tool_brought_against_the_resident_is_a_weapon():
    assert weapon_in("no idea who. he got out with a metal baseball bat, swung it at my tail light and then waved it "
                     "at me through the window") is True


def test_a_tool_only_used_on_property_is_not_decided():
    assert weapon_in("it looks like someone hit it with a bat") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("broke into my work truck and stole my guns. NAIL guns lol, a framing nailer and a finish nailer", None),
    ("they stole my guns out of the safe", True),
    ("they took my nail gun and my shotgun", True),
])
def test_guns_named_as_tools_in_the_same_message_are_tools(text, expected):
    assert weapon_in(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Only garden shears, I assume. Nobody was threatened, I was asleep.", False),
    ("just a key i think", False),
    ("he pulled a knife, nobody was threatened", True),
    ("nobody was home but he had a gun", True),
])
def test_what_only_did_the_damage_is_no_weapon(text, expected):
    assert weapon_in(text) is expected


def test_how_sure_in_numbers_still_names_a_suspect():
    assert known_suspect_in("my apartment on riverside ave. honestly im like 90% sure its my ex jake") is True


@pytest.mark.parametrize(("text", "expected"), [
    ("drill set maybe 300. the garage door was left open i think, my son forgot to close it", None),
    ("i think my neighbor took it", True),
])
def test_a_relative_named_beside_i_think_is_no_suspect_unless_they_did_it(text, expected):
    assert known_suspect_in(text) is expected


def test_a_nail_gun_in_a_stolen_bag_is_no_weapon():
    assert weapon_in("neither. well one of the bags had a paslode nail gun in it lol does that count") is not True


@pytest.mark.parametrize("text", [
    "No weapon. But she is pretty sure a girl in her class took it, she knows her name.",
    "my son knows who took it",
])
def test_someone_the_victim_can_name_is_a_known_suspect(text):
    assert known_suspect_in(text) is True


def test_whose_camera_it_was_names_no_suspect():
    assert known_suspect_in("No. My neighbor's ring camera caught the noise but nobody is on it.", answering=True) is not True
