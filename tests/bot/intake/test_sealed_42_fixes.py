"""What residents rely on from sealed-42's first run (development data since), in new words."""
from __future__ import annotations

from bot.intake.incidents import read_incident


def test_a_stolen_vehicle_said_in_other_words_is_a_stolen_vehicle():
    assert read_incident("our boat trailer is fine but my leased Lexus vanished from the driveway overnight").slug == \
        "motor_vehicle_theft"
    assert read_incident("somebody pushed my son's moped out of the carport last night").slug == "motor_vehicle_theft"


def test_keys_and_things_taken_from_a_car_are_not_the_car():
    assert read_incident("they took my car keys off the counter at the gym").slug != "motor_vehicle_theft"
    assert read_incident("someone stole my purse from my car at the beach").slug != "motor_vehicle_theft"
    assert read_incident("someone tried to steal my car, the ignition is wrecked but it is still here").slug != \
        "motor_vehicle_theft"
