"""What residents rely on from blind round 48 (development data since), in new words."""
from __future__ import annotations

from bot.messaging.sms import to_gsm7
from bot.safety.detector import screen


def test_the_same_person_back_now_in_a_described_coat_gets_911():
    assert screen("sorry, the same woman in the black puffer coat is back at my car door right now").verdict(
        answering="vehicle").is_emergency


def test_someone_coming_at_the_resident_now_gets_911_even_beside_an_answer():
    assert screen("about $300. wait that guy from before just parked and is now walking straight toward me shouting").verdict(
        answering="items").is_emergency


def test_the_last_text_someone_else_sent_is_no_self_harm():
    verdict = screen("the last text he sent just said im outside, and there is a car idling by my driveway").verdict()
    assert verdict.is_emergency and verdict.category != "self_harm"


def test_putting_the_report_off_to_another_day_is_no_self_harm_cue():
    assert not screen("husband texted 911, the ambulance is on the way. the bike thing can wait another day").self_harm_cue


def test_texting_911_counts_as_calling():
    assert screen("my son texted 911 and they are coming").called_911


def test_no_phone_and_no_landline_is_someone_who_cannot_call():
    screening = screen("i cant find my phone anywhere and we dont have a landline")
    assert screening.cannot_call and screening.no_phone


def test_its_over_is_an_all_clear():
    assert screen("ok she left in her car. its over now i think").all_clear


def test_letters_without_a_plain_form_are_texted_as_their_nearest_letter():
    assert to_gsm7("Łukasz Wróbel") == "Lukasz Wrobel"


def test_a_child_there_a_minute_ago_and_now_gone_gets_911():
    assert screen("my son was by the swings a minute ago and now he is gone, he is 3, red boots").verdict().is_emergency


def test_an_offender_gone_now_stays_an_all_clear():
    assert screen("ok he is gone now, he drove away").all_clear
