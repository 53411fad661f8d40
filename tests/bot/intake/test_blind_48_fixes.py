"""What residents rely on from blind round 48 (development data since), in new words: the interview."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.intake.details import money_stated
from bot.intake.incidents import type_from_answer
from bot.intake.when import parse_when

NOW = datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo("America/New_York"))


def test_sun_glasses_and_a_sun_hat_are_no_sunday():
    assert parse_when("they grabbed my phone and my sun hat from the beach bag", NOW) is None


def test_a_menu_number_said_with_its_type_name_is_that_type():
    assert type_from_answer("its vandalism i think, so 6").slug == "vandalism"


def test_thousands_written_with_a_dot_are_thousands():
    assert money_stated("the bracelet cost 3.200 dollars") == 3200
    assert money_stated("the charger was 19.99 dollars") == 19.99
