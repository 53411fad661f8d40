"""Call-back answers from blind round 52 (development data since), in new words."""
from __future__ import annotations

from actions.officer import _contact_in


def test_a_name_introduced_beside_the_yes_is_the_name_the_officer_asks_for():
    assert _contact_in("yep please, its dana ruiz")["reporter_name"] == "Dana Ruiz"


def test_a_thing_introduced_beside_the_yes_is_no_name():
    assert _contact_in("yes please, its the blue house")["reporter_name"] is None
