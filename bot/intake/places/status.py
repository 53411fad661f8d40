"""The decisions bot/location.py reaches about a place, as plain names.

Kept apart from the matcher so records and the staff portal can use them without loading
spaCy (and, through it, TensorFlow).
"""
IN_TOWN = "in_town"
OUTSIDE_TOWN = "outside_town"
EXCLUDED_AREA = "excluded_area"
CONFIRM_TOWN = "confirm_town"   # ask "Did this happen in <town>?"
CONFIRM_AREA = "confirm_area"   # ask "Was it on <area> itself or one of its ramps?"
NOT_FOUND = "not_found"

DECIDED = (IN_TOWN, OUTSIDE_TOWN, EXCLUDED_AREA)
