"""Why a report could not be filed online: the `reason` of an `ineligible` outcome.

Kept with the records (not with the rules that reach them) so storage, exports and the
staff dashboard can name them without importing the intake.
"""
UNSUPPORTED_TYPE = "unsupported_type"
OUTSIDE_TOWN_REASON = "outside_town"
EXCLUDED_AREA_REASON = "excluded_area"
KNOWN_SUSPECT = "known_suspect"
WEAPON = "weapon"
OFFICER_REQUESTED = "officer_requested"
# No clear answer to "do you know who did it?" or "was a weapon involved?" after asking three times:
# the department's rules need a clear no, so an officer takes it rather than the question looping.
UNCLEAR_ANSWER = "unclear_answer"
REASONS = (OUTSIDE_TOWN_REASON, EXCLUDED_AREA_REASON, KNOWN_SUSPECT, WEAPON, UNSUPPORTED_TYPE, OFFICER_REQUESTED,
           UNCLEAR_ANSWER)
