"""What residents rely on from blind round 26 and sealed set 27's first run (development data since).

Each test is a behaviour a resident sees, in new words (not the testers' or the set's): tools taken in a
theft are no weapon, a child overdue now is 911 even while giving contact details, a farewell from a
bridge is a crisis, a street's name tells no incident, a phone's last digits or area code can be fixed
alone, a plate after "plates," is read, and a relation named at the contact step is no suspect.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.intake.commands import asks_for_officer
from bot.intake.details import read_vehicle
from bot.intake.incidents import read_incident
from bot.intake.interview import absorb
from bot.intake.places.location import assess_location
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)  # a Wednesday, 2 PM


def absorbed(text: str, facts: dict | None = None, asking: str | None = None) -> dict:
    return absorb(text, facts or {}, asking, now=NOW).updates


# --- emergencies and look-alikes ---------------------------------------------------------

def test_tools_and_blades_taken_in_a_theft_are_no_weapon_here_now():
    assert not screen("somebody went through my garage over the weekend and took a hatchet, two hammers and my drill").verdict().is_emergency
    assert screen("they took my bag and the guy has a hatchet").verdict().is_emergency
    assert screen("a man with a hatchet is in my driveway").verdict().is_emergency


def test_a_tool_said_to_be_no_weapon_releases_the_alarm():
    assert not screen("no danger, it was days ago. the hatchet is for kindling not a weapon").verdict().is_emergency


def test_a_child_overdue_now_is_911_even_while_answering_the_contact_question():
    said = "sorry, one sec, Noah was supposed to be home from practice at 5 and its nearly 7, nobody has heard from him"
    assert screen(said).verdict("reporter_name").is_emergency


def test_someone_overdue_who_came_back_is_no_emergency():
    assert not screen("my son was supposed to be home at 6, he came back at 7, all fine").verdict().is_emergency


def test_a_farewell_sent_from_the_tracks_is_a_crisis_at_any_question():
    verdict = screen("hold on. my sister just texted 'im done, tell mom im sorry' and she's at the railroad tracks").verdict(
        "reporter_phone")
    assert verdict.is_emergency and verdict.category == "self_harm"


def test_someone_walking_up_now_with_a_bat_at_the_suspect_question_is_911():
    said = "wait the same car just came back and a man got out holding a bat, hes walking to our front door"
    assert screen(said).verdict("suspect_or_weapon").is_emergency


def test_a_non_native_report_of_a_try_in_the_night_is_no_emergency():
    said = "somebody try to open my van in the night, the lock is broke but nothing take. it was park at the beach lot"
    assert not screen(said).verdict().is_emergency


# --- understanding -------------------------------------------------------------------------

def test_a_streets_name_tells_no_incident():
    reading = read_incident("Someone smashed both our mailboxes with a bat overnight. Lost Ledge Road.")
    assert reading.slug == "vandalism"


def test_where_it_was_only_noticed_is_not_where_it_happened():
    assert assess_location("I only noticed the flat tires once I got to work in Stamford", is_answer=True).status == "not_found"
    assert assess_location("only saw the scratch when we got back to Compo Beach", is_answer=True).status == "in_town"


def test_a_plate_after_plates_and_a_comma_is_read():
    vehicle = read_vehicle("silver subaru forester, NJ plates, KTR 220", is_answer=True)
    assert (vehicle.plate, vehicle.plate_state) == ("KTR220", "NJ")


def test_a_non_native_request_for_an_officer_is_heard():
    assert asks_for_officer("please, is possible I speak with police officer? writing is hard for me")


def test_the_last_digits_of_a_phone_corrected_at_the_summary():
    facts = {"incident_type": "theft", "reporter_phone": "+12035550188", "stated_values": [90]}
    assert absorbed("my number ends in 0181, not 0188", facts, "confirmed")["reporter_phone"] == "+12035550181"


def test_a_relation_named_at_the_contact_step_after_no_suspect_is_no_suspect():
    facts = {"incident_type": "vehicle_burglary", "known_suspect": False, "weapon": False, "suspect_or_weapon": False}
    updates = absorbed("is it my name or my daughter's? I'm Ruth Ames, ruth.ames@example.com, 203-555-0133. her name is "
                       "Clara Ames", facts, "reporter_name")
    assert updates.get("known_suspect") is not True
