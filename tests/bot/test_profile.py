"""The department profile: every department-specific fact, from one YAML file another town can copy."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.records import outcomes
from bot.config import DEFAULT_PROFILE, settings
from bot.intake.places.gazetteer import TOWN, build_gazetteer
from bot.profile import load_profile, profile

WESTPORT = Path(DEFAULT_PROFILE)


@pytest.fixture(scope="module")
def westport():
    return load_profile(WESTPORT)


def test_westport_phones(westport):
    phones = westport.phones
    assert (phones.emergency, phones.non_emergency, phones.crisis_line) == ("911", "(203) 341-6000", "988")
    assert phones.records == "(203) 341-6001"


def test_westport_online_types_in_press_release_order(westport):
    assert westport.online_slugs == (
        "harassing_phone_call", "damage_to_motor_vehicle", "identity_theft", "lost_property", "theft", "vandalism",
        "vehicle_burglary", "vehicle_tampering")
    assert "motor_vehicle_theft" not in westport.online_slugs
    assert "motor_vehicle_theft" in westport.officer_only_types


def test_westport_jurisdiction(westport):
    assert (westport.name, westport.town, westport.state) == ("Westport Police Department", "Westport", "CT")
    assert westport.zip_codes == ("06880", "06881", "06888", "06889")
    assert westport.timezone == "America/New_York"
    assert westport.gazetteer_dir == (WESTPORT.parent / "gazetteer").resolve()


@pytest.mark.parametrize(("area_id", "kind", "alias", "exits"), [
    pytest.param("sherwood_island_state_park", "park", "sherwood island connector", ("18",), id="sherwood-island"),
    pytest.param("merritt_parkway", "highway", "route 15", ("41", "42", "20", "21"), id="merritt-parkway"),
    pytest.param("connecticut_turnpike", "highway", "i-95", ("17", "18"), id="connecticut-turnpike"),
])
def test_westport_excluded_areas(westport, area_id, kind, alias, exits):
    assert len(westport.excluded_areas) == 3
    area = westport.area(area_id)
    assert area.kind == kind
    assert alias in area.aliases
    assert area.exits == exits


@pytest.mark.parametrize(("slug", "label"), [
    pytest.param("vehicle_burglary", "vehicle burglary (a break-in to a vehicle)", id="online-type"),
    pytest.param("motor_vehicle_theft", "motor vehicle theft", id="officer-only-type"),
    pytest.param(None, "unknown", id="none"),
])
def test_type_label(westport, slug, label):
    assert westport.type_label(slug) == label


def test_online_types_sentence(westport):
    assert westport.online_types_sentence() == (
        "harassing phone calls, damage to a motor vehicle, identity theft, lost property, theft, vandalism, "
        "vehicle burglary and vehicle tampering")


def test_the_running_profile_is_westport_by_default():
    assert profile().town == "Westport"


# --- another department adopts the assistant by editing one file -----------------------------

@pytest.fixture
def other_town(tmp_path) -> Path:
    """A copy of the Westport profile edited for Weston, with its own copy of the gazetteer folder."""
    raw = yaml.safe_load(WESTPORT.read_text(encoding="utf-8"))
    raw["department"].update(name="Weston Police Department", short_name="Weston PD",
                             address="56 Norfield Road, Weston, CT 06883")
    raw["phones"]["non_emergency"] = "(203) 222-2600"
    raw["reference_prefix"] = "WTN"
    raw["jurisdiction"].update(town="Weston", zip_codes=["06883"], gazetteer="weston-gazetteer")
    raw["jurisdiction"]["excluded_areas"] = raw["jurisdiction"]["excluded_areas"][1:2]  # the Merritt only
    shutil.copytree(WESTPORT.parent / "gazetteer", tmp_path / "weston-gazetteer")
    shutil.copy(WESTPORT.parent / "answers.yml", tmp_path / "answers.yml")
    places = tmp_path / "weston-gazetteer" / "places.yml"
    gazetteer = yaml.safe_load(places.read_text(encoding="utf-8"))
    gazetteer["town"] = {"name": "Weston", "aliases": ["weston", "weston ct"]}
    places.write_text(yaml.safe_dump(gazetteer), encoding="utf-8")
    path = tmp_path / "weston.yml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def test_another_departments_profile_loads_with_its_own_values(other_town):
    dept = load_profile(other_town)
    assert (dept.name, dept.short_name, dept.town) == ("Weston Police Department", "Weston PD", "Weston")
    assert dept.phones.non_emergency == "(203) 222-2600"
    assert dept.phones.emergency == "911"
    assert dept.zip_codes == ("06883",)
    assert dept.reference_prefix == "WTN"
    assert [a.id for a in dept.excluded_areas] == ["merritt_parkway"]
    assert dept.gazetteer_dir == (other_town.parent / "weston-gazetteer").resolve()
    assert dept.online_slugs == load_profile(WESTPORT).online_slugs


def test_another_departments_gazetteer_is_its_own(other_town):
    gazetteer = build_gazetteer(load_profile(other_town))
    assert gazetteer.town == "Weston"
    town = next(p for p in gazetteer.places if p.kind == TOWN)
    assert (town.name, town.aliases) == ("Weston", ("weston", "weston ct"))
    assert gazetteer.zip_towns["06883"] == "Weston"


@pytest.fixture
def running_as_other_town(other_town, monkeypatch):
    monkeypatch.setenv("DEPARTMENT_PROFILE", str(other_town))
    settings.cache_clear()
    yield other_town
    settings.cache_clear()


def test_pointing_the_settings_at_another_profile_switches_the_department(running_as_other_town):
    assert profile().town == "Weston"
    assert outcomes.new_reference().startswith("WTN-")
