"""What residents rely on from sealed set 24 and blind round 25 (development data since), in new words.

A heart attack played down inside an answer still gets 911; an intruder "still inside" keeps the
emergency going, and wanting to finish the report while he is there is no all-clear; a Spanish
threat or a drawn gun is caught by the thin Spanish floor; ordinary things explained in the same
message (the roofer, a dog's cut paw) get no 911.
"""
from __future__ import annotations

from bot.intake import incidents
from bot.intake.commands import CANCEL, command_in
from bot.intake.places import location as places
from bot.intake.places.matcher import unknown_streets
from bot.intake.readers import named_fields
from bot.intake.screening import weapon_in
from bot.intake.understanding import understand
from bot.safety.detector import screen


def emergency(text: str, answering: str | None = None) -> bool:
    return screen(text).verdict(answering).is_emergency


# --- emergencies kept ------------------------------------------------------------------------

def test_heart_attack_signs_played_down_in_an_answer_get_911():
    assert emergency("no idea who. sorry if i type slowly, my chest has been tight all evening and my left arm has "
                     "gone sort of numb, probably just stress", "known_suspect")
    assert emergency("one more thing, i have broken out in a cold sweat and feel a bit faint, so quickly please", "confirmed")


def test_an_offender_still_inside_said_without_a_verb_is_an_emergency_in_an_answer():
    assert emergency("dont know him. he still in the garage now i think, no weapon i saw", "suspect_or_weapon")


def test_wanting_to_finish_the_report_while_he_is_there_is_no_all_clear():
    assert understand("ok but he is not see me yet, can i finish my report here?").turn.intent != "safe_now"
    assert understand("we are safe now, the police took him, can we finish the report").turn.intent == "safe_now"


def test_a_child_separated_from_the_family_now_is_an_emergency():
    assert emergency("do you have a lost and found for kids? my daughter (6) got separated from us at the fireworks, "
                     "its been 10 minutes")


def test_the_thin_spanish_floor_catches_a_drawn_gun_a_threat_and_a_beating():
    assert emergency("un hombre en el estacionamiento sacó una pistola y me está apuntando")
    assert emergency("mi ex dice que va a venir a matarme cuando salga")
    assert emergency("él me pegó y no me deja salir, no puedo llamar")


# --- look-alikes -----------------------------------------------------------------------------

def test_someone_on_a_roof_explained_as_the_roofer_gets_no_911():
    assert not emergency("theres a man on the roof next door right now, no worries its the roofer. anyway how do I report a lost wallet")
    assert emergency("theres a man on the roof next door right now, its not the roofer, he is trying the skylight")


def test_a_pets_cut_paw_and_its_blood_gets_no_911():
    assert not emergency("lost my keys at compo on sunday, my dog cut his paw on a shell and there was blood everywhere, "
                         "he is fine now")


def test_a_past_break_in_attempt_told_in_the_present_tense_gets_no_911():
    assert not emergency("Two days ago I go out to my car and I see somebody try to open the door with a screwdriver, "
                         "the lock is broken. Nothing is missing.")


def test_a_person_on_a_doorbell_camera_is_no_one_here_now():
    assert not emergency("there's a person on my doorbell camera but you can't see the face. is that a suspect?",
                         "suspect_or_weapon")


# --- understanding ---------------------------------------------------------------------------

def test_a_noise_taken_for_a_shot_then_explained_is_no_weapon():
    assert weapon_in("we thought it was a gunshot but it was a brick through the window") is not True


def test_a_knife_flicked_open_at_the_resident_is_a_weapon():
    assert weapon_in("when i grabbed my bag back he flicked open a knife and told me to back off")


def test_an_attempted_theft_of_a_part_that_failed_is_tampering_not_theft():
    reading = incidents.read_incident("someone tried to cut off my catalytic converter overnight but they didnt get it, "
                                      "the pipe is half cut")
    assert reading.slug != "theft"


def test_not_wanting_to_file_right_now_withdraws_the_report():
    assert command_in("my lawyer says to wait on this. I dont want to file this right now, sorry") == CANCEL
    assert command_in("i dont want to file it yet") != CANCEL


def test_sorry_for_wasting_your_time_names_no_field():
    assert named_fields("my son did it by accident. please cancel this, sorry for wasting your time") == []


def test_a_plate_state_corrected_is_no_street():
    assert unknown_streets("plate has a typo, its AB1234. n its CT not NY") == []


def test_a_street_said_to_be_in_the_other_town_is_that_towns():
    assert places.read_places("riverside avenue in norwalk near the train station")[1].status == places.OUTSIDE_TOWN


def test_a_town_named_as_the_line_it_is_over_is_not_where_it_happened():
    assert places.read_places("Wilson Road in Weston, I'm just over the line from Westport")[1].status == places.OUTSIDE_TOWN


# --- from sealed-25 (development data since its one run) -------------------------------------

def test_a_gas_smell_with_a_headache_told_beside_a_lost_item_gets_911():
    assert emergency("I would like to report a lost umbrella from Tuesday. Also the hall has smelled of gas since lunch "
                     "and my husband has a headache and feels dizzy.")


def test_a_scammer_sending_someone_to_collect_cash_soon_gets_911():
    assert emergency("my aunt is 80, a fake fraud investigator convinced her to take out cash and a man is coming "
                     "to collect it in 15 minutes")


def test_an_unsure_no_without_a_no_in_it_is_not_an_all_clear():
    assert understand("i cant see his car anywhere").turn.intent not in ("deny", "safe_now")
    assert understand("no one is in danger").turn.intent == "safe_now"


def test_when_a_thing_was_bought_or_appraised_is_not_when_it_was_lost():
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from bot.intake.when import parse_when
    now = datetime(2026, 3, 18, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("I lost my grandmother's ring last night at the Levitt. It was appraised three years ago at $900.", now)
    assert when.at.date() == datetime(2026, 3, 17).date()
    assert parse_when("the scooter i got last christmas was stolen yesterday", now).at.date() == datetime(2026, 3, 17).date()


def test_a_plate_state_corrected_at_the_summary_changes_the_state_not_the_name_or_the_place():
    from bot.intake.interview import absorb
    facts = {"incident_type": "damage_to_motor_vehicle", "reporter_name": "Ada Byrne", "location": "Bayberry Lane, Westport, CT",
             "location_status": "in_town", "vehicle": "white 2019 Subaru Outback, plate CT 8KL204",
             "vehicle_details": {"description": "white 2019 Subaru Outback, plate CT 8KL204", "year": "2019",
                                 "colour": "white", "make": "Subaru", "model": "Outback", "plate": "8KL204",
                                 "plate_state": "CT"}}
    updates = absorb("one thing - the plate isnt a Connecticut plate, it's New York, we just moved here. otherwise fine",
                     facts, "confirmed").updates
    assert updates["vehicle_details"]["plate_state"] == "NY" and updates["vehicle_details"]["plate"] == "8KL204"
    assert "reporter_name" not in updates and "location" not in updates
