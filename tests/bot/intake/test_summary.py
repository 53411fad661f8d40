"""How the time reads in the summary a resident checks before filing: a day, a moment or a window,
never a time nobody gave."""
from __future__ import annotations

import pytest

from bot.intake.summary import describe_when, summary_lines

FACTS = {"incident_type": "theft", "location": "Main Street, Westport, CT", "reporter_name": "Pat Doe",
         "reporter_email": "pat@example.org", "narrative": "My bike was taken."}


@pytest.fixture(autouse=True)
def own_settings(database_url):
    """The profile reads the settings; point them at this test's folder, never var/."""


@pytest.mark.parametrize(("when", "line"), [
    pytest.param({"occurred_at": "2025-06-10"}, "When: Tue Jun 10, 2025", id="day-only"),
    pytest.param({"occurred_at": "2025-06-10", "occurred_end": None}, "When: Tue Jun 10, 2025", id="day-no-end"),
    pytest.param({"occurred_at": "2025-06-10T23:45-04:00"}, "When: Tue Jun 10, 2025, about 11:45 PM", id="moment"),
    pytest.param({"occurred_at": "2025-06-10T12:00-04:00", "occurred_end": "2025-06-10T17:00-04:00"},
                 "When: Tue Jun 10, 2025, between noon and 5 PM", id="afternoon"),
    pytest.param({"occurred_at": "2025-06-10T21:00-04:00", "occurred_end": "2025-06-11T05:00-04:00"},
                 "When: Tue Jun 10, 2025, between 9 PM and Wed 5 AM", id="night"),
    pytest.param({"occurred_at": "2025-06-07", "occurred_end": "2025-06-08"},
                 "When: between Sat Jun 7 and Sun Jun 8, 2025", id="weekend"),
    pytest.param({"occurred_at": "unknown", "occurred_text": "a while back"}, "When: a while back", id="unknown"),
    pytest.param({}, "When: not known", id="not-asked-yet"),
])
def test_the_summary_shows_the_time_as_it_was_given(when, line):
    assert line in summary_lines({**FACTS, **when})
    assert describe_when(when) == line.removeprefix("When: ")


def test_what_the_resident_added_to_a_long_story_shows_in_the_summary():
    story = ("Somebody went along our whole street overnight knocking over recycling bins and pulling up the little "
             "flags from the lawns, and ours got the worst of it because the lantern by the gate was smashed too. "
             "add that the lantern cost about 90 dollars")
    line = next(line for line in summary_lines({**FACTS, "narrative": story}) if line.startswith("What happened"))
    assert line.startswith("What happened: Somebody went along") and line.endswith("lantern cost about 90 dollars")
    assert len(line) < len(story)
