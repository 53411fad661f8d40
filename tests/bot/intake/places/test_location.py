"""Where it happened: in town, outside it, in an excluded area, or a question to ask the resident.

The department's rule: the incident occurred within Westport town limits and not in
Sherwood Island State Park, on the Merritt Parkway (Route 15), the Connecticut Turnpike
(I-95), or any entrance/exit ramp of those highways.
"""
from __future__ import annotations

import pytest

from bot.intake.places.location import (CONFIRM_AREA, CONFIRM_TOWN, EXCLUDED_AREA, IN_TOWN, NOT_FOUND, OUTSIDE_TOWN,
                                        assess_location, confirmed_in_town)

SHERWOOD = "sherwood_island_state_park"
MERRITT = "merritt_parkway"
TURNPIKE = "connecticut_turnpike"


@pytest.mark.parametrize(("text", "area_id"), [
    pytest.param("someone smashed my window while I was at Sherwood Island", SHERWOOD, id="sherwood-island"),
    pytest.param("in the Sherwood Island State Park east beach lot", SHERWOOD, id="sherwood-island-state-park"),
    pytest.param("it happened on the sherwood island connector", SHERWOOD, id="sherwood-connector"),
    pytest.param("the Sherwood Island Connector south of I-95", SHERWOOD, id="sherwood-connector-south-of-i95"),
    pytest.param("driving on the Merritt Parkway", MERRITT, id="merritt-parkway"),
    pytest.param("on the merritt pkwy going south", MERRITT, id="merritt-pkwy"),
    pytest.param("it was on Route 15 heading north", MERRITT, id="route-15"),
    pytest.param("on rt-15 by the bridge", MERRITT, id="rt-15"),
    pytest.param("I was on the merritt when it happened", MERRITT, id="the-merritt"),
    pytest.param("on I-95 southbound", TURNPIKE, id="i-95"),
    pytest.param("a rock hit my windshield on i95", TURNPIKE, id="i95"),
    pytest.param("on interstate 95 in traffic", TURNPIKE, id="interstate-95"),
    pytest.param("on the Connecticut Turnpike", TURNPIKE, id="connecticut-turnpike"),
    pytest.param("exit 17 off-ramp", TURNPIKE, id="exit-17-off-ramp"),
    pytest.param("on ramp at exit 18", TURNPIKE, id="on-ramp-exit-18"),
    pytest.param("northbound on the Merritt near exit 42", MERRITT, id="merritt-near-exit-42"),
    pytest.param("on the exit 41 ramp", MERRITT, id="merritt-exit-41-ramp"),
])
def test_excluded_areas_are_excluded(text, area_id):
    assessment = assess_location(text)
    assert assessment.status == EXCLUDED_AREA
    assert assessment.area is not None and assessment.area.id == area_id
    assert assessment.decided


@pytest.mark.parametrize("text", [
    pytest.param("parked on North Avenue near the Merritt Parkway", id="near-merritt-on-north-ave"),
    pytest.param("in the lot near I-95", id="lot-near-i95"),
    pytest.param("near exit 17 on Saugatuck Avenue", id="near-exit-17-on-saugatuck-ave"),
])
def test_being_near_a_highway_asks_instead_of_excluding(text):
    assessment = assess_location(text)
    assert assessment.status == CONFIRM_AREA
    assert assessment.area is not None
    assert not assessment.decided


@pytest.mark.parametrize(("text", "place"), [
    pytest.param("not on the merritt, on north ave", "North Avenue, Westport, CT", id="not-on-the-merritt"),
    pytest.param("it was not on i-95, it was on compo road south", "Compo Road South, Westport, CT",
                 id="was-not-on-i95"),
    pytest.param("never on the turnpike, it was at Longshore", "Longshore Club Park (Compo Road South), Westport, CT",
                 id="never-on-the-turnpike"),
])
def test_a_denied_highway_does_not_exclude(text, place):
    assessment = assess_location(text)
    assert assessment.status == IN_TOWN
    assert assessment.place == place


@pytest.mark.parametrize("text", [
    pytest.param("it wasn't on I-95, it was on Compo Road South", id="wasnt-on-i95"),
    pytest.param("it wasnt on the merritt, it was on north ave", id="wasnt-on-the-merritt"),
])
def test_a_contracted_negation_does_not_exclude(text):
    assert assess_location(text).status == IN_TOWN


@pytest.mark.parametrize(("text", "place"), [
    pytest.param("at compo beach", "Compo Beach (Compo Beach Road), Westport, CT", id="landmark-compo-beach"),
    pytest.param("in the parking lot of the Westport Library", "Westport Library (20 Jesup Road), Westport, CT",
                 id="landmark-library"),
    pytest.param("at the Imperial Avenue commuter lot", "Imperial Avenue commuter lot, Westport, CT",
                 id="landmark-commuter-lot"),
    pytest.param("down in saugatuck", "Saugatuck, Westport, CT", id="neighbourhood-saugatuck"),
    pytest.param("somewhere in greens farms", "Greens Farms, Westport, CT", id="neighbourhood-greens-farms"),
    pytest.param("12 Compo Road South", "12 Compo Road South, Westport, CT", id="street-with-number"),
    pytest.param("in my driveway at 45 Hillspoint Rd", "45 Hillspoint Road, Westport, CT", id="street-abbreviated"),
    pytest.param("westport ct 06880", "Westport, CT", id="town-and-zip"),
    pytest.param("my zip is 06880", "Westport, CT", id="zip-only"),
    pytest.param("in westport", "Westport, CT", id="town-name"),
    pytest.param("12 riverside avenue westport 06880", "12 Riverside Avenue, Westport, CT", id="shared-street-with-zip"),
    pytest.param("on riverside ave in westport", "Riverside Avenue, Westport, CT", id="shared-street-with-town"),
])
def test_places_in_town(text, place):
    assessment = assess_location(text)
    assert assessment.status == IN_TOWN
    assert assessment.place == place
    assert assessment.town == "Westport"


@pytest.mark.parametrize("text", [
    pytest.param("on Weston Road", id="weston-road"),
    pytest.param("22 Norwalk Avenue", id="norwalk-avenue"),
    pytest.param("my car was parked on Fairfield Avenue", id="fairfield-avenue"),
    pytest.param("at the house on Weston Road in Westport", id="weston-road-in-westport"),
])
def test_westport_streets_named_after_other_towns_are_not_outside_town(text):
    """"Weston Road" is a Westport road, not the town of Weston."""
    assessment = assess_location(text)
    assert assessment.status in (IN_TOWN, CONFIRM_TOWN)
    assert assessment.place.endswith("Westport, CT")


@pytest.mark.parametrize(("text", "place"), [
    pytest.param("12 Riverside Avenue", "12 Riverside Avenue, Westport, CT", id="riverside-avenue"),
    pytest.param("on main street", "Main Street, Westport, CT", id="main-street"),
    pytest.param("by the Post Road", "Post Road (US 1), Westport, CT", id="post-road"),
])
def test_a_street_shared_with_a_neighbour_asks_which_town(text, place):
    assessment = assess_location(text)
    assert assessment.status == CONFIRM_TOWN
    assert assessment.place == place


@pytest.mark.parametrize(("text", "town"), [
    pytest.param("in norwalk", "Norwalk", id="norwalk"),
    pytest.param("at the mall in South Norwalk", "Norwalk", id="south-norwalk"),
    pytest.param("on westport avenue", "Norwalk", id="westport-avenue-is-in-norwalk"),
    pytest.param("outside a store on Westport Ave", "Norwalk", id="westport-ave-abbreviated"),
    pytest.param("in southport", "Fairfield", id="southport"),
    pytest.param("fairfield 06824", "Fairfield", id="fairfield-zip"),
    pytest.param("it happened in 06824", "Fairfield", id="fairfield-zip-alone"),
    pytest.param("in weston center", "Weston", id="weston"),
    pytest.param("at my office in stamford", "Stamford", id="stamford"),
])
def test_other_towns_are_outside_town(text, town):
    assessment = assess_location(text)
    assert assessment.status == OUTSIDE_TOWN
    assert assessment.town == town


def test_an_unknown_street_asks_which_town():
    assessment = assess_location("14 Foxglove Meadow Lane")
    assert assessment.status == CONFIRM_TOWN
    assert assessment.place == "14 Foxglove Meadow Lane"


@pytest.mark.parametrize(("text", "place"), [
    pytest.param("behind the old mill", "behind the old mill", id="free-text"),
    pytest.param("it was at the fox run plaza", "the fox run plaza", id="leading-filler-dropped"),
])
def test_a_free_text_answer_keeps_the_residents_words(text, place):
    assessment = assess_location(text, is_answer=True)
    assert assessment.status == CONFIRM_TOWN
    assert assessment.place == place


@pytest.mark.parametrize("text", [
    pytest.param("someone keyed my car", id="no-place"),
    pytest.param("yesterday around 5", id="a-time"),
    pytest.param("the fox run plaza", id="unknown-words-not-an-answer"),
    pytest.param("had to leave it on the side of the road overnight and someone spray painted it",
                 id="part-of-a-road-is-no-street"),
])
def test_no_place_is_not_found(text):
    assessment = assess_location(text)
    assert assessment.status == NOT_FOUND
    assert assessment.place is None


def test_area_denied_decides_on_the_rest_of_the_message():
    text = "parked on North Avenue near the Merritt Parkway"
    assessment = assess_location(text, area_denied=True)
    assert assessment.status == IN_TOWN
    assert assessment.place == "North Avenue, Westport, CT"


@pytest.mark.parametrize(("place", "expected"), [
    pytest.param("12 Riverside Avenue, Westport, CT", "12 Riverside Avenue, Westport, CT", id="already-suffixed"),
    pytest.param("behind the old mill", "behind the old mill, Westport, CT", id="free-text"),
    pytest.param(None, "Westport, CT", id="none"),
    pytest.param("", "Westport, CT", id="empty"),
])
def test_confirmed_in_town(place, expected):
    assert confirmed_in_town(place) == expected


@pytest.mark.parametrize("text, area", [
    pytest.param("we were at the state beach", "sherwood_island_state_park", id="the-only-state-beach-in-town"),
    pytest.param("left it at the state park", "sherwood_island_state_park", id="the-only-state-park-in-town"),
    pytest.param("on the offramp at the saugatuck exit", "connecticut_turnpike", id="i95-exit-by-its-road"),
    pytest.param("the merritt by the wilton rd exit", "merritt_parkway", id="merritt-exit-by-its-road"),
    pytest.param("on the ramp for weston road", "merritt_parkway", id="merritt-ramp-by-its-road"),
])
def test_excluded_areas_by_the_names_residents_use(text, area):
    assessment = assess_location(text)
    assert assessment.status == EXCLUDED_AREA and assessment.area.id == area


def test_a_road_named_like_an_exit_is_still_a_road():
    assert assess_location("saugatuck avenue near the train station").status == CONFIRM_TOWN


def test_a_vehicle_with_its_state_is_no_street():
    assert assess_location("blk 2016 civic CT AB-1234").status == NOT_FOUND


@pytest.mark.parametrize(("text", "status"), [
    ("parked down at Sherwood walking the dog on the beach", EXCLUDED_AREA),
    ("on the parkway going north just before the Westport exits", EXCLUDED_AREA),
    ("Its not on the Merritt or I-95. Its our house wall at Cross Highway, Westport.", IN_TOWN),
])
def test_places_as_residents_name_and_deny_them(text, status):
    assert assess_location(text).status == status


@pytest.mark.parametrize("text", ["Cross Highway at North Avenue", "the wall at Cross Highway and North Avenue"])
def test_a_corner_keeps_both_streets(text):
    assert assess_location(text).place == "Cross Highway at North Avenue, Westport, CT"


def test_two_streets_said_apart_are_no_corner():
    # not "Cross Highway and North Avenue"; where they live is not where it happened either
    assert assess_location("i live on cross highway and it happened on north ave").place == "North Avenue, Westport, CT"


def test_the_right_place_is_no_street():
    assert assess_location("wait, is this the right place for a break-in at our house?").status == NOT_FOUND


def test_a_shop_named_with_its_street_keeps_both():
    found = assess_location("I was at Trader Joe's in the Compo Acres shopping center on the Post Road")
    assert (found.status, found.place) == (IN_TOWN, "Trader Joe's, Post Road (US 1), Westport, CT")


def test_a_neighbouring_towns_landmark_puts_it_outside_town():
    found = assess_location("went hiking at devils den this afternoon and came back to the trailhead lot to a smashed window")
    assert (found.status, found.town) == (OUTSIDE_TOWN, "Weston")


def test_a_place_typed_back_is_the_first_sentence_of_the_answer():
    found = assess_location("bike rack outside the karate studio, last Tuesday after school. funny thing is one of "
                            "his classmates has been riding one just like it", is_answer=True)
    assert found.place == "bike rack outside the karate studio, last Tuesday after school"


def test_a_school_residents_name_is_in_the_gazetteer():
    found = assess_location("bike rack outside Bedford Middle School", is_answer=True)
    assert found.status == IN_TOWN and found.place.startswith("Bedford Middle School")


def test_is_this_actually_the_right_place_names_no_street():
    assert assess_location("before I say yes - is this actually the right place for a lost dog?").status == NOT_FOUND


@pytest.mark.parametrize("text", [
    pytest.param("Yesterday I got off the Merritt at exit 42 and went to Trader Joe's on Post Road East, someone keyed my car "
                 "in their lot", id="got-off-the-merritt-to-post-road"),
    pytest.param("took 95 to the saugatuck exit and parked at the station, came back and my window was smashed",
                 id="took-95-to-the-station"),
])
def test_a_highway_that_was_only_the_way_there_is_asked_about(text):
    assessment = assess_location(text)
    assert assessment.status == CONFIRM_AREA and not assessment.decided


@pytest.mark.parametrize("text", [
    pytest.param("someone threw a bottle off the overpass and cracked my windshield while i was driving on the parkway "
                 "between exit 41 and 42", id="on-the-parkway-between-exits"),
    pytest.param("my car window was smashed at the exit 17 off-ramp from 95", id="on-the-off-ramp"),
])
def test_on_the_highway_itself_is_still_excluded(text):
    assert assess_location(text).status == EXCLUDED_AREA


def test_a_place_beside_the_highway_said_not_to_be_on_it_is_in_town():
    text = "Greens Farms train station lot in Westport. It's right next to I-95 but it's a parking lot, not the highway."
    assert assess_location(text, is_answer=True).status == IN_TOWN


def test_not_the_ramp_on_the_highway_itself_is_still_the_highway():
    assert assess_location("on I-95 near exit 17, not the ramp").status == EXCLUDED_AREA


@pytest.mark.parametrize(("text", "town"), [
    ("mailbox smashed again. We're on Westport Turnpike.", "Fairfield"),
    ("car broken into on Westport Avenue", "Norwalk"),
])
def test_a_street_named_after_the_town_in_another_town_is_outside(text, town):
    assessment = assess_location(text)
    assert (assessment.status, assessment.town) == (OUTSIDE_TOWN, town)


def test_a_street_on_one_side_of_the_highway_is_the_street():
    # Was asked about ("on the Merritt itself?"); a "yes" meant for the town then refused a Weston Road garage
    # (sealed-40): a street said with the side of the highway it lies on is neither on it nor a question.
    text = "Weston Road in Westport, south of the Merritt. We're on Old Road, the first house in from Weston Road."
    assert assess_location(text, is_answer=True).status == IN_TOWN


def test_the_town_a_resident_lives_in_is_not_where_it_happened():
    text = "calf pasture beach, the lot by the boat ramp. thats norwalk technically but its 5 min from my house in westport"
    assessment = assess_location(text, is_answer=True)
    assert (assessment.status, assessment.town) == (OUTSIDE_TOWN, "Norwalk")


def test_a_place_just_over_the_town_line_is_in_that_town():
    assessment = assess_location("at the gas station just over the norwalk line on post rd")
    assert (assessment.status, assessment.town) == (OUTSIDE_TOWN, "Norwalk")


def test_a_distance_from_the_ramp_asks_instead_of_excluding():
    assert assess_location("the dentist's lot on weston rd, maybe 200 feet from the merritt ramp").status == CONFIRM_AREA


def test_a_lot_beside_the_exit_asks_instead_of_excluding():
    assert assess_location("somebody dinged my door at the commuter lot right by exit 17 off 95").status == CONFIRM_AREA


def test_where_the_car_is_registered_is_not_where_it_happened():
    assert assess_location("silver civic, vermont plates, no wait i registered it in connecticut, CT BD 55120").status == NOT_FOUND


def test_a_place_said_not_to_be_the_state_park_is_in_town():
    assert assess_location("the coffee place on post road east by the sherwood island connector, not the state park").status == IN_TOWN


def test_a_lot_right_next_to_the_numbered_exit_asks_instead_of_excluding():
    said = "my car got broken into at the commuter lot right next to the I-95 exit 18, the one off greens farms rd"
    assert assess_location(said).status == CONFIRM_AREA


@pytest.mark.parametrize("text, place", [
    ("in the parking lot at Saugatuck Sweets", "Saugatuck Sweets, Saugatuck, Westport, CT"),
    ("in Saugatuck Tuesday night", "Saugatuck, Westport, CT"),
])
def test_a_shop_named_after_its_area_is_the_shop_not_the_whole_area(text, place):
    assert assess_location(text, is_answer=True).place == place
