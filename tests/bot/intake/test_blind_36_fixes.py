"""What residents rely on from blind round 36 and sealed-36 (development data since), in new words.

"No email" and "email only, I can't take calls" said in a resident's own words answer the contact questions; a home
street said with the town's name is the place; the town after a home street is not where it happened; "dont know" is
no "no" to "did this happen in Westport?"; a weapon told of an incident already dated yesterday is no 911 unless it is
said of this moment; a handgun "stuck in his waistband" traps no one; finishing "the car thing later" puts the report
off.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake import interview, readers
from bot.intake.places import location as places
from bot.intake.understanding import REPORT_PUT_OFF, understand
from bot.safety.detector import screen
from bot.text import normalize

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)


@pytest.mark.parametrize("message", ["i dont have an email", "told you, dont have one", "I never use e-mail, text me here",
                                     "would rather not give out my email"])
def test_no_email_in_the_residents_words_is_none(message):
    assert readers.read("reporter_email", understand(message, NOW), {}, NOW) == {"reporter_email": "none"}


@pytest.mark.parametrize("message", ["email only please, i cant take calls at work", "I'm deaf, I can't use a phone",
                                     "i don't have a cell phone"])
def test_no_phone_in_the_residents_words_is_none(message):
    facts = {"reporter_email": "pat@example.com"}
    assert readers.read("reporter_phone", understand(message, NOW), facts, NOW) == {"reporter_phone": "none"}


def test_a_number_given_with_no_email_words_is_still_the_number():
    u = understand("no email, but 203 555 0147 works", NOW)
    assert readers.read("reporter_phone", u, {}, NOW) == {"reporter_phone": "+12035550147"}


@pytest.mark.parametrize(("message", "place"), [
    ("someone opened a card in my name. I live at 14 Hillandale Road here in Westport", "14 Hillandale Road, Westport, CT"),
    ("we live on Compo Road South in Westport and the calls come at night", "Compo Road South, Westport, CT"),
])
def test_a_home_street_said_with_the_towns_name_is_the_place(message, place):
    free, _ = places.read_places(message)
    assert (free.status, free.place) == (places.IN_TOWN, place)


def test_a_home_street_in_town_beside_another_town_is_asked_about():
    # "We reside on Godfrey Lane in Westport. I note that there is a Godfrey Road in Weston" is at home; "i live on ... in
    # westport but my car was parked ... in Wilton" is not: the town is asked rather than guessed
    free, _ = places.read_places("i live on Riverside Ave in westport but my car was parked at the train station in Wilton")
    assert free.status in (places.CONFIRM_TOWN, places.OUTSIDE_TOWN)


@pytest.mark.parametrize("message", ["i dont know", "no idea who did it", "dunno who it was, the camera was off"])
def test_not_knowing_is_no_no_to_the_town_question(message):
    facts = {"location": "Cross Highway", "location_status": places.CONFIRM_TOWN}
    assert readers.read("location_confirmed", understand(message, NOW), facts, NOW) is None


def test_not_in_the_town_is_a_no_to_the_town_question():
    facts = {"location": "Cross Highway", "location_status": places.CONFIRM_TOWN}
    assert readers.read("location_confirmed", understand("it was not in westport", NOW), facts, NOW)["location_confirmed"] is False


def test_an_incident_dated_yesterday_is_dated_past():
    assert interview.dated_past({"occurred_at": "2026-03-17T15:00-04:00"}, NOW)
    assert interview.dated_past({"occurred_at": "2026-03-16"}, NOW)
    assert not interview.dated_past({"occurred_at": "2026-03-18"}, NOW)  # today, no time: not known to be over
    assert not interview.dated_past({"occurred_at": "2026-03-18T13:40-04:00"}, NOW)
    assert not interview.dated_past({}, NOW)


def test_a_weapon_told_of_a_dated_incident_is_no_911_but_one_said_of_now_is():
    told = "ya downtown. when i yelled at him he pulled out a knife and waved it around so i backed away and he rode off"
    assert screen(told).verdict("location_confirmed").is_emergency  # nothing dated: read as it stands
    assert not screen(told).verdict("location_confirmed", dated_past=True).is_emergency
    now = "hold on, he is back right now outside my door with the knife"
    assert screen(now).verdict("reporter_name", dated_past=True).is_emergency


def test_a_gun_in_a_waistband_traps_no_one():
    hits = screen("the video shows a man in a hoodie and a pistol stuck in his waistband").hits
    assert all(h.category != "danger_or_injury" for h in hits)
    assert screen("my son is stuck in the elevator at the garage and cant get out").verdict().is_emergency


@pytest.mark.parametrize(("message", "put_off"), [
    ("she was at the neighbours all along. can we do the rest of the scooter report tomorrow", True),
    ("ok found him, sorry. ill finish the bike stuff later", True),
    ("all good now, lets keep going", False),
    ("i locked it when i got home", False),
])
def test_a_report_put_off_by_any_name(message, put_off):
    assert bool(REPORT_PUT_OFF.search(normalize(message))) is put_off


def test_a_place_supposed_in_a_question_is_not_where_it_happened():
    free, _ = places.read_places("in our driveway on Hillspoint Road. also, if it had happened on I-95, who would handle it?")
    assert (free.status, free.place) == (places.IN_TOWN, "Hillspoint Road, Westport, CT")


@pytest.mark.parametrize(("message", "plate"), [
    ("grey toyota rav4 CT 4MN-T72, sorry T27 not T72", "4MNT27"),
    ("black audi plate KX7 3301... no wait KX 73310", "KX73310"),
])
def test_a_plate_put_right_in_the_same_answer(message, plate):
    assert readers.read("vehicle", understand(message, NOW), {"incident_type": "vehicle_burglary"}, NOW)["vehicle_plate"] == plate


def test_items_lose_a_leading_i_told_you():
    found = readers.read("items", understand("like i said already - my backpack and a set of keys", NOW),
                         {"incident_type": "theft"}, NOW)
    assert found["items"] == "my backpack and a set of keys"


def test_a_day_put_right_beside_the_answer_asked_for_changes_the_day_and_answers():
    facts = {"incident_type": "damage_to_motor_vehicle", "occurred_at": "2026-03-13T08:00-04:00",
             "occurred_end": "2026-03-13T17:00-04:00", "occurred_text": "fri 8 to 5", "location": "Post Road East, Westport, CT",
             "location_status": "in_town", "known_suspect": False, "weapon": False}
    updates = interview.absorb("oops, it was thurs not fri. anyway its a blue mazda cx5, CT plate 2RT-880", facts, "vehicle",
                               NOW).updates
    assert updates["occurred_at"].startswith("2026-03-12") and updates["vehicle_plate"] == "2RT880"


def test_the_afternoon_abbreviated_after_a_day():
    from bot.intake.when import parse_when
    when = parse_when("lost it mon aft near the library", NOW)
    assert when.at.day == 16 and when.at.hour == 12


@pytest.mark.parametrize("message", ["boy across the street prob", "def the neighbors teen, hes done it before"])
def test_who_did_it_said_alone_in_a_terse_answer_is_a_known_suspect(message):
    assert readers.read("suspect_or_weapon", understand(message, NOW), {"incident_type": "theft"}, NOW)["known_suspect"] is True


def test_the_person_it_happened_to_sent_with_the_contact_details_goes_with_what_happened():
    facts = {"incident_type": "harassing_phone_call", "narrative": "someone keeps calling my dads house at night"}
    updates = interview.absorb("Maria Lopez, maria.lopez@example.com, 203-555-0190. my dads name is Hector Lopez, "
                               "his landline is 203-555-0122", facts, "reporter_name", NOW).updates
    assert updates["reporter_name"] == "Maria Lopez" and updates["reporter_phone"] == "+12035550190"
    assert "Hector Lopez" in updates["narrative"] and "203-555-0122" in updates["narrative"]
    assert updates["narrative"].startswith("someone keeps calling my dads house at night.")


def test_a_stretch_between_two_places_is_kept_as_one():
    free, _ = places.read_places("i think it fell out somewhere between compo beach and the library")
    assert free.status == places.IN_TOWN and free.place.startswith("between Compo Beach") and "Westport Library" in free.place
