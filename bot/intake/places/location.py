"""Where it happened: inside the town, outside it, in an excluded area, or a question to ask.

The rule: the incident occurred within town limits and not in one of the excluded
areas the department profile lists (a state park, highways and any entrance or exit
ramp of them). A street name shared with a neighbouring town, or a place we do not
know, gets a question instead of a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.intake.places import gazetteer as kinds
from bot.intake.places.matcher import (NEGATIONS, PROXIMITY_WORDS, PlaceMention, exit_numbers, find_places,
                                       mentions_ramp, unknown_streets, zip_codes)
from bot.profile import ExcludedArea, profile
from bot.text import normalize, straighten

from bot.intake.places.status import (CONFIRM_AREA, CONFIRM_TOWN, DECIDED, EXCLUDED_AREA, IN_TOWN,  # noqa: F401
                                      NOT_FOUND, OUTSIDE_TOWN)

RAMP_NAME = "an entrance or exit ramp of the highway"


@dataclass(frozen=True)
class LocationAssessment:
    status: str
    place: str | None = None          # normalised description, e.g. "12 Riverside Avenue, Westport, CT"
    area: ExcludedArea | None = None  # the excluded area concerned (for EXCLUDED_AREA / CONFIRM_AREA)
    town: str | None = None           # the town it is in, when known

    @property
    def decided(self) -> bool:
        return self.status in DECIDED


def assess_location(text: str, *, is_answer: bool = False, area_denied: bool = False) -> LocationAssessment:
    """Assess a message for where the incident happened.

    is_answer: the message answers "Where did it happen?", so unknown words are a place.
    area_denied: the resident said it was not on the excluded area it mentions.
    """
    return _assess(text, _mentions(text), is_answer=is_answer, area_denied=area_denied)


def read_places(text: str) -> tuple[LocationAssessment, LocationAssessment]:
    """Where a message says it happened, read as part of a description and as the answer to
    "Where did it happen?" (where unknown words are a place), from one look at the message."""
    mentions = _mentions(text)
    return _assess(text, mentions, is_answer=False), _assess(text, mentions, is_answer=True)


def _mentions(text: str) -> list[PlaceMention]:
    words = normalize(text)
    found = [m for m in find_places(text) if not _negated(m) and not _residence(m, words) and not _registration(m, words)
             and not _only_noticed_there(m, words) and not _brand(m, words) and not _beside_the_line(m, words)]
    # "on Ridgefield Road in Wilton": a road named after a town is no mention of that town
    found = [m for m in found if not (m.places[0].kind == kinds.OTHER_TOWN and
                                      re.search(rf"\b{re.escape(m.text)} {ROAD_WORDS}\b", words))]
    if any(m.places[0].kind not in (kinds.TOWN, kinds.OTHER_TOWN) for m in found):
        # "i live over in norwalk but i left my ipad at the saugatuck train station": the other town is their home,
        # beside a place of ours where it happened
        found = [m for m in found if not (m.places[0].kind == kinds.OTHER_TOWN and _lives_there(m))]
    # "Post Rd E by the Fresh Market, no wait it was Post rd W": the place after the correction is the one meant
    put_right = [i for i, m in enumerate(found) if i and _put_right_before(m)]
    if put_right:
        found = found[put_right[-1]:]
    # "14 Bayberry Lane. oh and one more thing, if it had happened on the merritt who would i call?": a place
    # supposed in a question is never where it happened
    found = [m for m in found if not _supposed(m)]
    elsewhere = [m for m in found if not _home_street(m)]
    # "stolen at the SoNo Collection mall ..., I live in Westport on Roseville Rd": where they live, beside where it
    # happened, is not the place (said alone, home is where it happened: "I live on Bayberry Lane, my car was keyed").
    # The town's own name is no other place: "I live at 31 Kings Highway North here in Westport" is the street.
    if all(m.places[0].kind == kinds.TOWN for m in elsewhere):
        return found
    return elsewhere if elsewhere and len(elsewhere) < len(found) else found


# The words before a street that make it the resident's home: "I live in Westport on Roseville Rd", "we live at 12 ...".
LIVES_ON = re.compile(r"\b(?:i|we|she|he|they|who|my \w+)\s+(?:live|lives|living|reside|resides|stay|stays)\b(?:\s+\w+){0,3}\s+(?:on|at|off)(?:\s+\d+\w?)?$")


def _home_street(mention: PlaceMention) -> bool:
    return bool(LIVES_ON.search(" ".join(mention.preceding[-7:])))


# "I live on Long Lots Road in Westport.", "we live in Westport on Roseville Rd": the home, said as such.
HOME_SAID = re.compile(r"\b(?:i|we)\s+(?:live|reside)\b(?:\s+\w+){0,3}?\s+(?:on|at|off|in)\s+(?P<home>[^.!?;,]{3,80}?)"
                       r"(?=\s+(?:but|and|so|though|although|while|where|when|which|because)\b|[.!?;,]|$)", re.I)


def home_address(text: str) -> LocationAssessment | None:
    """Where the resident says they live, if they say it: identity theft is reported there, wherever the card was used."""
    said = HOME_SAID.search(straighten(text or ""))
    if not said:
        return None
    home = assess_location(said.group("home"), is_answer=True)
    return home if home.status in (IN_TOWN, OUTSIDE_TOWN, CONFIRM_TOWN) and home.place else None


# "saugatuck ave down by the norwalk line", "close to the weston border": the line is a landmark on this side of it
# (over, past or across the line is the other town: PAST_THE_LINE)
BESIDE_THE_LINE = r"\b(?:by|near|close to|next to|toward|towards|at|along|up by|down by|right by|right at|near to) the {town} (?:town |city )?(?:line|border)\b"


def _beside_the_line(mention: PlaceMention, words: str) -> bool:
    return mention.places[0].kind in (kinds.OTHER_TOWN, kinds.TOWN) and \
        re.search(BESIDE_THE_LINE.format(town=re.escape(mention.text)), words) is not None


# "his Easton Ghost bat", "Easton is the BRAND of the bag and bat, not the town", "a grey Cannondale hybrid" (a
# village of Wilton and a bicycle maker): a maker's name, not a place.
IS_THE_BRAND = r"(?:is|s|was|are) (?:the |a |just the |just a )?(?:brand|make|maker|company)\b"
GEAR = r"(?:\w+ )?(?:brand|bat|bats|backpack|bag|gloves?|helmet|bike|bikes|bicycle|hybrid|road bike|mountain bike|e ?bike|frame)\b"
OWNER_OR_COLOUR = {"his", "her", "my", "their", "our", "an", "black", "white", "red", "blue", "green", "grey", "gray",
                   "orange", "yellow", "pink", "silver", "new", "old"}


def _brand(mention: PlaceMention, words: str) -> bool:
    if mention.places[0].kind != kinds.OTHER_TOWN:
        return False
    after = words[words.find(mention.text) + len(mention.text):].lstrip() if mention.text in words else ""
    owned = bool(mention.preceding) and mention.preceding[-1] in OWNER_OR_COLOUR
    return re.match(IS_THE_BRAND, after) is not None or (owned and re.match(GEAR, after) is not None) or \
        " ".join(mention.preceding[-2:]).endswith(("brand", "brand is", "made by"))


# "I only noticed it at my office in Stamford", "didnt notice until we got to Norwalk": where it was found after the
# car or the things were moved, not where it happened ("only noticed when I got back to Compo Beach" is where they were).
ONLY_NOTICED = (r"\b(?:only|first|did not|didnt|never) (?:\w+ )?(?:noticed|notice|found|realized|realised|discovered|saw|spotted)"
                r"\b(?: (?!back\b)\w+){{0,12}}? {place}\b")


# "noticed it when i got home to bayberry ln but it must of happened in the lot at the norwalk train station"
NOTICED_ON_GETTING_BACK = (r"\b(?:noticed|notice|found|realized|realised|discovered|saw)\b(?: \w+){{0,5}}? (?:got|came|went|get|come) "
                           r"(?:home|back)(?: home)? (?:to|on|at|in) {place}\b(?=.*\b(?:happened|must have|must of|musta|probably)\b)")


def _only_noticed_there(mention: PlaceMention, words: str) -> bool:
    return re.search(ONLY_NOTICED.format(place=re.escape(mention.text)), words) is not None or \
        re.search(NOTICED_ON_GETTING_BACK.format(place=re.escape(mention.text)), words) is not None


# "Black Audi A4, New York plate HGT-4471 ... I re-registered it in Connecticut when I moved here": where the car
# is registered, or where the resident came from, is not where it happened.
REGISTRATION_AFTER = r"(?:plates?|tags?|registration|registered|license|licence|drivers license)"
MOVED_FROM = ("moved from", "moved here from", "registered in", "re registered it in", "originally from")
# "lost it at the train station saugatuk ... i take the train to new york": where they were going, not where it happened
TRAVELLING_TO = ("train to", "train into", "bus to", "commute to", "commute into", "on my way to", "on the way to", "flight to",
                 "ferry to", "the train to", "a train to", "the bus to")


PLATE_BEFORE = re.compile(r"\b(?:plate|plates|tag|tags|registration|registered|license plate|licence plate|plate state)"
                          r"(?: (?:is|are|was|were|s|should be|should say|says|said|state is|number is))?"
                          r"(?: (?:actually|really|in|from|out of|a|an|not))*$")


def _registration(mention: PlaceMention, words: str) -> bool:
    if mention.places[0].kind != kinds.OTHER_TOWN:
        return False
    # "the plate isn't a Connecticut plate, it's New Jersey": a state said in a message about the plate is the plate's
    state_of_plate = " ".join(mention.preceding[-3:]).endswith(("it s", "its", "it is", "from", "out of")) and \
        re.search(rf"\b{REGISTRATION_AFTER}\b", words) is not None
    # "the plate is New York, not Connecticut", "registered in new jersey": said of the plate
    said_of_plate = PLATE_BEFORE.search(" ".join(mention.preceding[-5:])) is not None
    # "New York is only the state on my plate": the state, said to be the plate's
    plates_state = re.search(rf"\b{re.escape(mention.text)} (?:is|s|was) (?:only |just )?(?:the )?(?:state )?(?:on|of|for) "
                             rf"(?:my|the|our|his|her) (?:\w+ )?{REGISTRATION_AFTER}\b", words)
    return bool(plates_state) or bool(re.search(rf"\b{re.escape(mention.text)} {REGISTRATION_AFTER}\b", words)) or \
        " ".join(mention.preceding[-4:]).endswith(MOVED_FROM + TRAVELLING_TO) or state_of_plate or said_of_plate


# "right next to I-95 but obviously it's a parking lot, not the highway": the resident denies it outright.
# "Island Way ... nothing to do with Sherwood Island"; "down past the Merritt, not on it": the same denial.
NOT_ON_THE_HIGHWAY = re.compile(r"\b(?:(?:not|never|nowhere near|wasnt|was not|isnt|is not|nothing to do with|"
                                r"not part of|no relation to|nothing happened) (?:on |in |at )?(?:the )?"
                                r"(?:highway|interstate|parkway|turnpike|thruway|freeway|expressway|merritt|i 95|95|route 15|ramp|"
                                r"state park|park itself|park|beach at sherwood|sherwood island)\b"
                                r"(?! (?:exit|ramp)s?\b)|not (?:on|in) it\b)")


def _assess(text: str, mentions: list[PlaceMention], *, is_answer: bool, area_denied: bool = False) -> LocationAssessment:
    other_places = [m for m in mentions if m.places[0].kind != kinds.EXCLUDED]
    area_denied = area_denied or bool(other_places and NOT_ON_THE_HIGHWAY.search(normalize(text)))
    if not area_denied:
        excluded = _excluded_area(text, mentions)
        if excluded:
            return excluded
    mentions = [m for m in mentions if m.places[0].kind != kinds.EXCLUDED]
    return _town_decision(text, mentions, is_answer)


ROAD_WORDS = r"(?:road|rd|avenue|ave|street|st|turnpike|tpke|tpk|highway|hwy|lane|ln|drive|dr)"


def _lives_there(mention: PlaceMention) -> bool:
    return " ".join(mention.preceding[-3:]).endswith(RESIDENCE)


def _residence(mention: PlaceMention, words: str) -> bool:
    """"I live in Westport but lost my glasses in the woods", "since I'm a Westport resident": the town is where
    they live; "right over the line from Westport": the town is a landmark, not where it happened; "can i file it
    with westport": the department, not a place."""
    if mention.places[0].kind != kinds.TOWN:
        return False
    return _lives_there(mention) or mention.preceding[-1:] in NOT_THE_PLACE_BEFORE or \
        (mention.preceding[-1:] in (("a",), ("as",)) and f"{mention.text} resident" in words)


# The word before a town that makes it a landmark or the department ("over the line from Westport", "file it with westport").
# "The report still says Westport. It happened in Norwalk.": the town quoted from the summary is no place said.
NOT_THE_PLACE_BEFORE = (("from",), ("with",), ("thru",), ("through",), ("via",), ("says",), ("shows",), ("reads",))
RESIDENCE = ("live in", "living in", "live over in", "live up in", "live down in", "live out in", "resident of", "i am from", "im from", "we are from", "lives in", "a westport",
             "my house in", "our house in", "my home in", "our home in", "my place in",
             # "our mailing address says Westport but the house is in Weston": the post office's town
             "address says", "address reads", "address is", "mail says", "zip says", "zip code says")


# Words that take back the place just said for the one after them.
PLACE_PUT_RIGHT = re.compile(r"\b(?:no wait|wait no|oops|sorry|i mean|i meant|actually|correction|scratch that|my bad|not that)\b")
SUPPOSING = re.compile(r"\b(?:what if|if it (?:had|d|was|were|happened|happens)|if (?:i|we|someone|somebody) (?:had|was|were)|"
                       r"if (?:\w+ ){0,2}(?:happen\w*|happend|went down|occurred)|"
                       r"say it (?:was|had)|suppose|supposing|hypothetically)\b")


PUT_RIGHT_REACH = 5  # words: "no wait it was" Post Rd W


def _put_right_before(mention: PlaceMention) -> bool:
    """A correction just before the place ("no sorry Compo Rd North"), not one closed by a "but" since ("up in Easton
    actually, but it says Westport on the street sign"), nor one said further back ("Shorehaven Road in Westport, I
    mean; I'm aware Norwalk has one too": the "I mean" insists on Westport, it puts nothing right)."""
    before = " ".join(mention.preceding[-PUT_RIGHT_REACH:])
    said = list(PLACE_PUT_RIGHT.finditer(before))
    everything = " ".join(mention.preceding)
    if said and said[-1].group(0) in ("i mean", "i meant") and \
            everything[:everything.rfind(said[-1].group(0))].split()[-1:] == [normalize(profile().town)]:
        return False  # "in Westport, I mean; I'm aware Norwalk has one too": insisting on the town, putting nothing right
    return bool(said) and not re.search(r"\bbut\b", before[said[-1].end():])


# "btw who do i call about stuff on the merritt": a place asked about, not told as where it happened
ASKED_ABOUT = re.compile(r"\b(?:who|whom) (?:\w+ ){0,4}(?:about|for|on)\b|\b(?:call|contact|report) (?:\w+ )?about (?:\w+ ){0,2}"
                         r"(?:stuff|things|anything|something|incidents?|accidents?)\b")


def _supposed(mention: PlaceMention) -> bool:
    """A place in a supposition or asked about: "if it had happened on the merritt", "what if it was on I-95", "who do i
    call about stuff on the merritt"."""
    before = " ".join(mention.preceding[-8:])
    return bool(SUPPOSING.search(before) or ASKED_ABOUT.search(before))


def _negated(mention: PlaceMention) -> bool:
    """"not on Main St"; and "not on the Merritt or I-95", where the denial reaches over an "or"."""
    near = mention.preceding[-3:]
    if PLACE_PUT_RIGHT.search(" ".join(near)):
        return False  # "14 Compo Rd South, no sorry Compo Rd North": the "no" takes back the place before, not this one
    return bool(set(near) & NEGATIONS) or bool({"or", "nor"} & set(near) and set(mention.preceding) & NEGATIONS)


def _near(mention_words: tuple[str, ...]) -> bool:
    return bool(set(mention_words[-2:]) & PROXIMITY_WORDS)


# The highway as the way there: "got off the Merritt at exit 42 and went to Trader Joe's", "took 95 to
# the Saugatuck exit and parked at the station". With a place in town also named, we ask instead of refusing.
ROUTE = re.compile(r"\b(?:got|get|getting|came|come|coming|went) off\b|\b(?:took|take|taking) (?:the )?(?:exit|merritt|parkway|"
                   r"highway|turnpike|thruway|95|i 95|route 15|15)\b|\bvia\b|\bexited\b")


# "On the exit ramp coming off the Merritt at Wilton Road": on the ramp itself, however they came to it.
ON_THE_RAMP = re.compile(r"\b(?:on|at the (?:top|bottom|end) of) (?:the |that )?(?:exit |entrance |off |on )?(?:ramp|offramp|onramp)\b")


def _as_route(text: str, other_places: list[PlaceMention]) -> bool:
    words = normalize(text)
    return bool(other_places) and bool(ROUTE.search(words)) and not ON_THE_RAMP.search(words)


# "my office lot is right next to the merritt exit, like 100 ft from the ramp": a distance from the highway is
# somewhere else, so we ask rather than refuse
AWAY_FROM = re.compile(r"\b(?:\d+|a few|a couple(?: of)?|couple|few|some) (?:ft|feet|foot|yards?|meters?|metres?|blocks?|min(?:ute)?s?(?: walk)?) "
                       r"(?:away )?from (?:the )?(?:\w+ )?(?:ramp|exit|highway|parkway|merritt|turnpike|i 95|95|interstate)\b")


# "the commuter lot by exit 18 off 95": a lot, station or shop beside the highway is somewhere else; we ask
OFF_THE_HIGHWAY = re.compile(r"\b(?:parking lot|commuter lot|lot|parking garage|garage|station|plaza|store|shop|restaurant|"
                             r"diner|deli|cafe|coffee shop|gym|bank|pharmacy|market|dealership|car wash|hotel|motel|office|building)\b (?:\w+ ){0,5}(?:by|near|next to|beside|off|at|right by|close to|under|right under|beneath|below) "
                             r"(?:the )?(?:exit|ramp|highway|merritt|turnpike|i 95|95|parkway)\b")


# Words that put a place off a park's exit in the park rather than on the highway.
PARK_WORDS = re.compile(r"\b(?:park|beach|pavilion|picnic|trail|beach path|the shore)\b(?! (?:and ride|n ride|ride lot))")


# A highway said without its name ("pulled onto the shoulder of the highway just past the Westport exit"): in town
# that is I-95 or the Merritt, both excluded; we ask about the one it most likely is, and "no, the Merritt" answers it.
UNNAMED_HIGHWAY = re.compile(r"\b(?:on|onto|along|shoulder of|side of|median of|breakdown lane of|lane of|driving down|driving on)"
                             r" (?:the )?(?P<road>highway|interstate|turnpike|thruway|freeway|expressway|parkway)\b"
                             r"(?! (?:exit |ramp )?(?:lot|diner|station|motel|hotel|plaza|store|shop|restaurant|garage))")


def _unnamed_highway(text: str) -> LocationAssessment | None:
    words = normalize(text)
    said = UNNAMED_HIGHWAY.search(words)
    if not said or re.search(r"\b(?:could|would|might|may) (?:have|of|ve)\b|\bif\b", words[max(0, said.start() - 40):said.start()]):
        return None  # "the wheel could have come off on the highway": what might have been, not where it happened
    parkway = said.group("road") == "parkway"
    area = next((a for a in profile().excluded_areas if a.kind == "highway" and ("Parkway" in a.name) == parkway), None)
    return LocationAssessment(CONFIRM_AREA, area.name, area) if area else None


# A side of the highway ("just south of the Merritt"): where a street said with it lies, not on the highway.
SIDE_OF = {(side, "of") for side in ("north", "south", "east", "west")}


def _excluded_area(text: str, mentions: list[PlaceMention]) -> LocationAssessment | None:
    dept = profile()
    area_mentions = [m for m in mentions if m.places[0].kind == kinds.EXCLUDED]
    other_places = [m for m in mentions if m.places[0].kind != kinds.EXCLUDED]
    exits = exit_numbers(text)
    route = _as_route(text, other_places)
    away = AWAY_FROM.search(normalize(text)) or OFF_THE_HIGHWAY.search(normalize(text))
    for mention in area_mentions:
        area = dept.area(mention.places[0].area_id)
        if other_places and area.kind == "highway" and tuple(mention.preceding[-2:]) in SIDE_OF and not exits and \
                not mentions_ramp(text):
            continue  # "weston rd, the westport part, just south of the merritt": the street, on one side of the highway
        # "my driveway, weston rd. just south of the merritt, exit 42": beside a street, an exit number is a landmark
        ramp_or_on = (mentions_ramp(text) or (exits and not (other_places and _near(mention.preceding)))) and not away
        if ((_near(mention.preceding) or away) and not ramp_or_on) or route:
            return LocationAssessment(CONFIRM_AREA, area.name, area)
        return LocationAssessment(EXCLUDED_AREA, area.name, area)
    park = next((a for a in dept.excluded_areas if a.kind == "park" and exits and exits[0] in a.exits), None)
    if park and PARK_WORDS.search(normalize(text)):
        # "the park off exit 18 ... the big one with the pavilion": the state park, reached from that exit
        return LocationAssessment(EXCLUDED_AREA, park.name, park)
    if exits:
        area = next((a for a in dept.excluded_areas if a.kind == "highway" and exits[0] in a.exits), None)
        near_exit = re.search(rf"\b(?:{'|'.join(PROXIMITY_WORDS)})\b(?: to)?(?: the)? exit {exits[0]}", normalize(text))
        name = f"exit {exits[0]} ({area.name if area else 'highway'})"
        # "the commuter lot by the station, right next to the exit 17 ramp": the ramp is a landmark for the lot
        beside_the_ramp = away and not ON_THE_RAMP.search(normalize(text))
        if (near_exit and (other_places or away) and (beside_the_ramp or not mentions_ramp(text))) or route:
            return LocationAssessment(CONFIRM_AREA, name, area)
        return LocationAssessment(EXCLUDED_AREA, name, area)
    return _unnamed_highway(text)


def _town_decision(text: str, mentions: list[PlaceMention], is_answer: bool) -> LocationAssessment:
    dept = profile()
    town_zips = set(dept.zip_codes)
    zips = zip_codes(text)
    other = [m for m in mentions if m.places[0].kind == kinds.OTHER_TOWN]
    other_towns = [m.places[0].town for m in other] + [_zip_town(z) for z in zips if z not in town_zips and _zip_town(z)]
    ours = [m for m in mentions if any(p.town == dept.town for p in m.places)]
    strong = [m for m in ours if not all(p.shared for p in m.places)] or ([1] if set(zips) & town_zips else [])
    place = _describe(ours) if ours else None
    place = with_unit(_business_in_area(text, ours, place), text)

    beyond = _past_the_line(text, other_towns)
    if beyond:
        # "the one just over the line in Norwalk", "just past the westport line": whatever street or store it is by
        town = None if beyond == OUR_LINE else beyond
        # "up on ridgefield rd, just over the line in wilton": Wilton, not the town a road is named after
        over_there = [m for m in other if m.places[0].town == town] or ([] if town else other)
        where = (_describe(over_there) if over_there else town) or _as_typed(text)
        return LocationAssessment(OUTSIDE_TOWN, where, town=town)
    if other_towns and not ours:
        place = _describe(other) if other else other_towns[0]
        return LocationAssessment(OUTSIDE_TOWN, place, town=other_towns[0])
    in_other_town = _street_in_other_town(ours, other, normalize(text))
    if in_other_town:  # "riverside ave in norwalk, by the east norwalk train station": Norwalk's Riverside Avenue
        return LocationAssessment(OUTSIDE_TOWN, f"{in_other_town.places[0].name}", town=in_other_town.places[0].town)
    if other_towns:
        return LocationAssessment(CONFIRM_TOWN, place or _as_typed(text))
    if strong:
        # "I live at 8 Sylvan Road South in Westport": the town is sure, the street is as typed
        typed = unknown_streets(text) if place in (None, the_town()) else []
        place = f"{_title(typed[0])}, {dept.town}, {dept.state}" if typed else place
        return LocationAssessment(IN_TOWN, place or the_town(), town=dept.town)
    if ours:
        return LocationAssessment(CONFIRM_TOWN, place)
    streets = unknown_streets(text)
    if streets:
        # "7 Sylvan Road South - oops, sorry, it's 17 Sylvan Road South": the street said after a correction
        meant = streets[-1] if len(streets) > 1 and PLACE_PUT_RIGHT.search(normalize(text)) else streets[0]
        return LocationAssessment(CONFIRM_TOWN, _title(meant))
    typed = _as_typed(text) if is_answer and not home_without_street(text) else ""
    if typed and not BARE_REPLY.fullmatch(normalize(typed).strip()) and not _asks(text) and \
            not re.search(ONLY_NOTICED.format(place=r"\w+"), normalize(text)) and \
            len(typed.split()) <= AS_TYPED_MAX_WORDS:
        # but "yes" or "no" alone names no place, and nor does a question ("Does it matter that I moved it?") or a
        # story ("Wait, my neighbour just told me it was the tree crew working for the power company, ...")
        return LocationAssessment(CONFIRM_TOWN, typed)
    return LocationAssessment(NOT_FOUND)


def _street_in_other_town(ours: list[PlaceMention], other: list[PlaceMention], words: str) -> PlaceMention | None:
    """A street of a name the town shares, said to be in the other town: "<street> in <town>", but not "I know
    there's a Harbor Road in Fairfield too" or "not the Valley Road in Fairfield"."""
    for town in other:
        before = " ".join(town.preceding[-5:])
        for street in ours:
            # a street name the town shares, or a place said as a kind ("the library in weston center"), not by name
            generic = all(p.kind == kinds.LANDMARK for p in street.places) and \
                normalize(profile().town).split()[0] not in street.text  # not "the Westport Library in ..."
            # "the Stop and Shop on Connecticut Avenue in Norwalk": the other town's store, on a street of its own
            on_a_street_there = re.search(rf"\b{re.escape(street.text)} (?:on|off|at|by|near) (?:\w+ ){{1,3}}in "
                                          rf"{re.escape(town.text)}\b", words)
            # "main st down in southport": a word or two of direction between the street and the town
            street_then_town = re.search(rf"\b{re.escape(street.text)}(?: (?:down|up|over|out|right|there|way)){{0,2}} in$", before)
            # "on pequot ave in southport near the library": a place said only by its kind, after the other town
            kind_after_town = generic and words.find(street.text) > words.find(f"in {town.text}") >= 0
            if not (town.preceding[-1:] == ("in",) and (street_then_town or on_a_street_there or kind_after_town) and
                    (generic or all(p.shared for p in street.places))):
                continue
            said_before = town.preceding[:-(len(street.text.split()) + 1)][-2:]  # the words before this very street
            if street_then_town:  # "not the Cross Highway over in Fairfield": the words before the street, wherever it is
                wide = " ".join(town.preceding[-10:])
                at = wide.rfind(street.text)
                said_before = tuple(wide[:at].split()[-2:]) if at >= 0 else said_before
            another = set(said_before) & {"a", "another", "other", "not", "one", "different"}
            also = re.search(rf"\b{re.escape(street.text)} in {re.escape(town.text)} (?:too|also|as well|either)\b", words)
            if not another and not also:
                return town
    return None


# "the stop & shop just past the norwalk line on post rd": over the town line is the other town, whatever street it is on.
PAST_THE_LINE = re.compile(r"\b(?:past|over|across|beyond|other side of) (?:the )?(?!the\b|town\b|city\b)(\w+(?: \w+)?) (?:town |city )?(?:line|border)\b|"
                           # "the one just past the line from westport"
                           r"\b(?:past|over|across|beyond) the (?:town |city )?(?:line|border) (?:from|of) (?:the )?(\w+)\b")


# "just over the line in Norwalk", "past the town line heading toward norwalk": the town after the line.
LINE_THEN_TOWN = re.compile(r"\b(?:past|over|across|beyond) (?:the )?(?:town |city )?(?:line|border),? (?:in|into|to|toward|towards|"
                            r"(?:heading|going|driving) (?:toward|towards|into|to)|on the) (?:the )?(\w+)")
# Past our own line ("right by stew leonards, just past the westport line"): outside the town, whichever town it is.
OUR_LINE = "our line"


def _past_the_line(text: str, other_towns: list[str]) -> str | None:
    """The town over the line the resident speaks of: one they name, or OUR_LINE when only the town's own line is named."""
    words = normalize(text)
    before, after = PAST_THE_LINE.search(words), LINE_THEN_TOWN.search(words)
    named = {m.group(1) or m.group(2) for m in (before, after) if m}
    town = next((town for town in other_towns if town.lower() in named or f"the {town.lower()}" in named), None)
    if town:
        return town
    ours = profile().town.lower()
    if before and (before.group(1) or before.group(2)) in (ours, f"the {ours}"):
        return other_towns[0] if other_towns else OUR_LINE
    return None


def _zip_town(zip_code: str) -> str | None:
    return kinds.gazetteer().zip_towns.get(zip_code)


def _describe(mentions: list[PlaceMention]) -> str | None:
    """The most specific place mentioned, written out: street with number, landmark, area, town."""
    dept = profile()
    rank = {kinds.STREET: 0, kinds.LANDMARK: 1, kinds.NEIGHBOURHOOD: 2, kinds.OTHER_TOWN: 3, kinds.TOWN: 4}
    best = min(mentions, key=lambda m: rank.get(m.places[0].kind, 9))
    place = best.places[0]
    corner = _between(mentions) or _corner(mentions)
    if corner:
        return f"{corner}, {dept.town}, {dept.state}"
    if place.kind == kinds.OTHER_TOWN:
        return place.name
    if place.kind == kinds.TOWN:
        return the_town()
    landmark = next((m.places[0] for m in mentions if m.places[0].kind == kinds.LANDMARK and not m.places[0].address), None)
    if place.kind == kinds.STREET and not best.house_number and landmark:
        return f"{landmark.name}, {place.name}, {dept.town}, {dept.state}"  # "Trader Joe's, Post Road (US 1)"
    name = f"{best.house_number} {place.name}" if best.house_number and place.kind == kinds.STREET else place.name
    if place.address and place.address not in name:
        name = f"{name} ({place.address})"
    return f"{name}, {dept.town}, {dept.state}"


# Capitalised words after an area's name that are not a business's name ("in Saugatuck Tuesday night").
NOT_A_NAME = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December|I|Last|This|Yesterday|Today|Tonight|Around|About|"
                        r"Near|Between|And|But|On|In|At|Road|Rd|Avenue|Ave|Street|St|Lane|Ln|Drive|Dr|Station|Center|Centre|"
                        r"Area|Village|Neighborhood|Neighbourhood|Shores|Westport|CT)$")


def _business_in_area(text: str, ours: list[PlaceMention], place: str | None) -> str | None:
    """"the lot at Saugatuck Sweets": a shop named after its area is the shop, in that area, not the whole area."""
    areas = [m for m in ours if m.places[0].kind == kinds.NEIGHBOURHOOD]
    if not place or not areas or any(m.places[0].kind in (kinds.STREET, kinds.LANDMARK) for m in ours):
        return place
    area = areas[0].places[0]
    found = re.search(rf"\b{re.escape(area.name)}((?:\s+[A-Z][\w'&.-]*){{1,3}})", straighten(text))
    if not found:
        return place
    words = []
    for word in found.group(1).split():
        if NOT_A_NAME.match(word.strip(".")):
            break
        words.append(word.rstrip("."))
    return f"{area.name} {' '.join(words)}, {place}" if words else place


def _between(mentions: list[PlaceMention]) -> str | None:
    """"somewhere between the saugatuck train station and downtown main st": a stretch between two places, not both."""
    for first, second in zip(mentions, mentions[1:]):
        if "between" in first.preceding[-3:] and "and" in second.preceding[-3:] and \
                first.places[0].kind not in (kinds.TOWN, kinds.OTHER_TOWN) and second.places[0].kind not in (kinds.TOWN, kinds.OTHER_TOWN) \
                and first.places[0].name != second.places[0].name:
            return f"between {first.places[0].name} and {second.places[0].name}"
    return None


def _corner(mentions: list[PlaceMention]) -> str | None:
    """"Cross Highway at North Avenue", "the corner of Main and Elm": two streets said as a corner."""
    streets = [m for m in mentions if m.places[0].kind == kinds.STREET and not m.house_number]
    for first, second in zip(streets, streets[1:]):
        if set(second.preceding[-2:]) & {"at", "and", "&", "off"} and first.text in " ".join(second.preceding[-6:]) + " " + first.text:
            if first.places[0].name != second.places[0].name:
                return f"{first.places[0].name} at {second.places[0].name}"
    return None


# A place typed as the resident calls it is a few words; a first sentence longer than this tells something else.
AS_TYPED_MAX_WORDS = 14
LEADING_FILLER = re.compile(r"^(?:it (?:was|happened)|this (?:was|happened)|happened|it s|its|at|on|in|near|by)\s+", re.I)


# "my driveway", "at home", "outside my work": where, but no street an officer could find.
HOME_WITHOUT_STREET = re.compile(
    r"^\W*(?:(?:it was|it happened|happened|its|it s|this was)\s+)?(?:(?:at|in|on|by|outside|outside of|in front of|behind|"
    r"next to|near|right|just|parked|up|out)\s+)*(?:(?:my|our|the|his|her|their|moms|dads|mom s|dad s|my \w+ s)\s+)?"
    r"(?:own\s+)?(?:driveway|drive way|house|home|garage|yard|front yard|back yard|backyard|porch|front porch|front steps|"
    r"apartment|apt|building|condo|place|carport|car port|work|office|job|workplace|street|road|mailbox|lawn|parking spot|"
    r"spot|parking space|parking lot|lot)\W*$", re.I)


def home_without_street(text: str, time_said: str | None = None) -> bool:
    """The place said as "my driveway" or "at work" (beside the time, "in front of my house last night"), with no
    street: its street is asked for."""
    words = normalize(text)
    if time_said:
        words = words.replace(normalize(time_said), " ")
    return bool(HOME_WITHOUT_STREET.match(words))


BARE_REPLY = re.compile(r"(?:yes|yeah|yep|yup|ya|y|no|nope|nah|n|ok|okay|k|sure|idk|dunno|not sure)"
                        r"(?: (?:please|pls|plz|thanks|thank you|thx|sure|ok|okay|sir|maam|of course|i do|i dont|it is|it was))*")


def _as_typed(text: str) -> str:
    """The resident's own words for the place, tidied: "it was at the fox run plaza" -> "the fox run plaza"."""
    # The place is said first; the rest of a long answer is the story ("bike rack outside Bedford Middle School,
    # last Tuesday after school. funny thing is ..."): keep the first sentence.
    cleaned = re.split(r"(?<=[^\W\d_]{2})[.!?;]\s", straighten(text).strip(), maxsplit=1)[0].strip().strip(".!?")
    while True:
        shorter = LEADING_FILLER.sub("", cleaned)
        if shorter == cleaned:
            return cleaned[:120]
        cleaned = shorter


# A first sentence worded as a question asks something: "does it matter that i moved it? it was on the street".
ASKS = re.compile(r"^(?:does|do|did|is|are|should|can|could|would|will|what|why|how|when|who|which)\b", re.I)


# A first sentence that only reacts ("Oh no.", "Hold on.", "Ugh, sorry."): no place.
INTERJECTION = re.compile(r"^(?:(?:oh|oh no|oh my god|oh god|omg|hold on|hang on|wait|ugh|oops|sorry|hmm+|um+|uh+|ok|okay|well|"
                          r"hi|hello|hey|yikes|geez|jeez|whoa|wow|never ?mind|nvm|lol|ha+|actually|so|and|but)\W*)+$", re.I)


def _asks(text: str) -> bool:
    """A first sentence that asks ("Does it matter that I moved it?") or only reacts ("Oh no.") names no place."""
    first = re.split(r"(?<=[?.!])\s", straighten(text).strip(), maxsplit=1)[0]
    return first.rstrip().endswith("?") or bool(ASKS.match(first)) or bool(INTERJECTION.match(first.strip())) or \
        bool(SET_ASIDE.match(first.strip()))


# A first sentence that puts the report aside ("forget the car. my daughter was right next to the cart ..."): no place.
SET_ASIDE = re.compile(r"^(?:forget|never ?mind|screw|scratch|ignore|stop|leave)\b(?: about)? (?:the|that|this|my|it)\b", re.I)


def _title(street: str) -> str:
    return " ".join(w if w.isdigit() else w.capitalize() for w in street.split())


def the_town() -> str:
    """The town itself as a place ("Westport, CT"): what a message that names only the town gives."""
    return f"{profile().town}, {profile().state}"


# An apartment, unit or suite in an address: "180 Post Road East, Apt 2C", "unit 4 at 22 compo rd s".
UNIT = re.compile(r"\b(apt|apartment|unit|suite|ste)\.?\s*(?:#|no\.?|number)?\s*(\d{1,4}[a-z]?|[a-z]\d{0,3})\b(?!\s*(?:am|pm)\b)", re.I)
UNIT_WORD = {"apt": "Apt", "apartment": "Apt", "unit": "Unit", "suite": "Suite", "ste": "Suite"}


def unit_said(text: str) -> str | None:
    """"Apt 2C" from "180 Post Road East, apt. 2c"."""
    match = UNIT.search(text or "")
    return f"{UNIT_WORD[match.group(1).lower()]} {match.group(2).upper()}" if match else None


def with_unit(place: str | None, text: str) -> str | None:
    """A street address with the unit the resident gave kept after the house and street: the officer's door."""
    unit = unit_said(text)
    if not place or not unit or not re.match(r"\d", place) or unit.lower() in place.lower():
        return place
    place = re.sub(r", (?:Apt|Unit|Suite) [0-9A-Z]+(?=,|$)", "", place)  # "its apt 2D not 2C": the unit put right
    street, _, rest = place.partition(", ")
    return f"{street}, {unit}, {rest}" if rest else f"{street}, {unit}"


def confirmed_in_town(place: str | None) -> str:
    """The place text after the resident confirmed it is in town."""
    suffix = the_town()
    if not place:
        return suffix
    return place if place.endswith(suffix) else f"{place}, {suffix}"


STREET_ENDING = re.compile(r"\b(?:road|avenue|lane|street|drive|highway|place|court|way|terrace|circle|trail|boulevard|"
                           r"turnpike|path|ridge|row|square|crossing|extension|north|south|east|west)$", re.I)


def with_house_number(place: str | None, text: str) -> str | None:
    """The place with the house number the resident gave beside its street, if the place has none: "200 riverside"
    said of Riverside Avenue, "long lots rd, number 15"."""
    if not place or re.match(r"\d", place):
        return place
    street = place.split(",")[0].split("(")[0].strip()
    first = normalize(street).split()[0] if normalize(street) else ""
    if not first or not STREET_ENDING.search(street):
        return place  # a landmark ("Compo Beach (Compo Beach Road)") has no house number of its own
    words = normalize(text)
    number = re.search(rf"\b(\d{{1,5}}[a-z]?) {re.escape(first)}\b", words) or \
        re.search(rf"\b{re.escape(first)}\b(?: \w+){{0,2}} (?:number|no|num|house number|#) ?(\d{{1,5}}[a-z]?)\b", words)
    return f"{number.group(1).upper()} {place}" if number else place
