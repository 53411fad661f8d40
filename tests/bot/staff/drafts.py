"""A filed draft's facts as the interview gathers them, shared by the staff-side tests."""

DRAFT_FACTS = {
    "incident_type": "theft",
    "location": "Main Street, Westport, CT",
    "location_status": "in_town",
    "occurred_at": "2026-11-20T21:00:00-05:00",
    "narrative": "My bike was taken from the rack outside the library.",
    "items": "bike",
    "reporter_name": "Pat Doe",
    "reporter_email": "pat@example.org",
    "reporter_phone": "+12035550147",
    "known_suspect": False,
    "weapon": False,
}
