"""What happened: map a resident's own words to an incident type slug.

Rules are tried in order, most specific first ("took my laptop from my car" is a
vehicle burglary before it is a theft; "my car was stolen" is a stolen vehicle,
which an officer must take). Slugs that are not online types in the department
profile lead to an `unsupported_type` decision; eligibility.py decides that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.profile import profile
from bot.text import normalize, prepare

VEHICLE = r"(?:cars?|trucks?|vehicles?|suvs?|vans?|minivans?|jeeps?|pickups?|sedans?|wagons?|tesla|honda|toyota|subaru|bmw|audi|mercedes|volvo|ford|lexus|acura|prius)\b"
VEHICLE_PART = r"(?:catalytic converter|converter|tires?|wheels?|rims?|license plates?|plates?|hubcaps?|side mirror|mirrors?|battery|airbags?|headlights?|tail ?lights?|emblems?|badges?)\b"
TAKEN = r"(?:took|take|taken|stole|steal|stolen|grabbed|swiped|snatched|missing|gone)"
STRUCTURE = r"(?:house|home|apartment|garage|shed|basement|office|store|shop|building|condo|business|barn|studio|attic)"

RULES: list[tuple[str, str]] = [
    ("identity_theft", r"\bidentity\b|(?:opened|open|applied for|took out|filed) (?:\w+ ){0,4}in my name|in my name\b|"
     r"(?:used|stole|using|have|got) my (?:ssn|social|social security|identity|personal info|personal information|credit)|"
     r"fraudulent (?:account|accounts|charges?|tax return|loan|application|credit card)|unauthorized (?:charges?|accounts?|transactions?|credit)|"
     r"never (?:applied for|opened|authorized|signed up for)|card (?:info|information|number|details)|charges (?:that )?i (?:did not|never) make|"
     r"\bported\b|sim swap|reset my (?:bank|email|account) password|(?:account|accounts|email) (?:was |were |got )?(?:hacked|taken over)|took over my (?:account|accounts|email|bank)|(?:used|using) my (?:info|information|details|name|address|card number)|credit (?:report|bureau)|fraud alert|hacked my (?:bank|email|account)|tax return .*(?:filed|someone)|unemployment (?:claim|benefits)"),
    ("harassing_phone_call", r"(?:keeps?|kept|been|wont stop|will not stop|keep on) (?:calling|texting|ringing|leaving voicemails)|"
     r"(?:keep|keeps|kept|been|am|i am) getting (?:\w+ ){0,3}(?:calls?|texts?|voicemails?)|just breathes|breathing (?:on the phone|and hangs up)|"
     r"(?:repeated|constant|nonstop|unwanted|nuisance|annoying|numerous|multiple|obscene|late night|middle of the night) (?:telephone |phone |prank )?calls|"
     r"receiving (?:\w+ ){0,3}(?:telephone |phone )?calls|(?:getting|been getting) calls|hangs? up (?:when|as soon as|on me)|obscene language|"
     r"harass\w* (?:me )?(?:by |on the |over the )?(?:phone|calls?|texts?|messages?|voicemails?)|(?:phone|calls?|texts?) .*harass|"
     r"prank (?:calls?|caller)|robocalls?|calls? from (?:a |the )?(?:same )?(?:blocked|private|unknown|restricted|hidden)|(?:threatening|obscene|creepy|weird|anonymous|harassing|nasty|heavy breathing|hang ?up|hangup|silent) (?:phone )?(?:calls?|voicemails?|texts?)|"
     r"calls? (?:me )?(?:at (?:\d|all)|in the middle of the night|all night|over and over|repeatedly|nonstop|every)|calling me (?:at|every|all|over|nonstop|from)|"
     r"(?:blocked|private|unknown|restricted) number (?:keeps|calling|calls|called)"),
    ("motor_vehicle_theft", rf"(?:my|our|the|his|her) {VEHICLE} (?:was |got |has been |is )?(?:stolen|taken|gone|missing)\b|"
     rf"stole (?:my|our|the) {VEHICLE}(?! (?:window|door|mirror))|carjack|(?:car|vehicle|auto) theft"),
    ("vehicle_burglary", rf"(?:broke|broken|break|breaking|got|get|gotten) (?:in ?to|into|in) (?:my |the |our |his |her )?(?:\w+ )?{VEHICLE}|"
     rf"{VEHICLE} (?:was |got |had been )?(?:broken|broke|busted) into|{VEHICLE} break ?ins?|"
     rf"(?:went|got|gone|climbed|reached|rummaged|been|going) (?:in|into|inside|through) (?:\w+ ){{0,2}}(?:{VEHICLE}|glove ?box|console).*{TAKEN}|"
     rf"{TAKEN} (?:\w+ ){{0,5}}(?:from|out of|inside|in) (?:my |the |our )?(?:\w+ )?(?:{VEHICLE}|glove ?box|console|trunk|cup ?holder)|"
     rf"(?:passenger|driver|drivers|driver side|rear|back|car|truck|van|suv) (?:side )?windows? (?:\w+ ){{0,3}}(?:smashed|broken|shattered|busted|bashed).*{TAKEN}|"
     rf"{VEHICLE}.*windows? (?:\w+ ){{0,3}}(?:smashed|broken|shattered|busted|bashed).*{TAKEN}|(?:{VEHICLE}|glove ?box|console) .*{TAKEN} .*(?:wallet|purse|laptop|bag|phone|cash|money|stuff|things|items)"),
    ("vehicle_tampering", r"tamper|(?:messing|messed|fooling|fiddling|messin) (?:around )?with (?:my |the |our )?(?:\w+ )?(?:car|truck|vehicle|door|doors|handles?|locks?|suv|van)|"
     r"(?:trying|tried|pulling|pulled|checking|checked|jiggling|jiggled|testing|tested|yanking|yanked|opening|opened) (?:on )?(?:the |my |our )?(?:car |truck |van |suv )?(?:door ?handles?|doors|handles?|locks?)|"
     r"(?:tried|trying|try) to (?:open|pry|jimmy|unlock|force) (?:open )?(?:my |the |our )?(?:car |truck )?(?:door|doors|trunk|handles?|gas cap|locks?)|pry open|pried open|"
     rf"(?:rummaged|went|gone|going|been|goes) (?:around )?(?:in|through) (?:my |the |our )?(?:{VEHICLE}|glove ?box|console)|"
     r"let (?:the |all the )?air out\b|valve (?:caps|stems)|(?:tires?|tyres?) (?:\w+ ){0,2}(?:were |was |got )?(?:let down|deflated)|let (?:down )?(?:all )?(?:my |the |four )?tires?(?: down)?|(?:went|gone|been|rummaged) (?:through|in|into) it\b|opened (?:\w+ ){0,3}doors? (?:on|of|in) (?:my |the |our )?(?:car|truck|van|suv)|"
     r"(?:hood|trunk) (?:was |got )?(?:popped|opened|open|left open)|cables? (?:were |was )?(?:disconnected|unplugged|cut)|(?:was|got) gone through|"
     r"(?:someone|somebody) (?:was )?(?:in|inside) (?:my|the) (?:car|truck)"),
    ("motor_vehicle_accident", r"\baccident\b|\bcrash(?:ed)?\b|collision|rear ?ended|fender bender|t ?boned|hit and run while|"
     r"(?:hit|struck) (?:me|us) while (?:i was )?driving|(?:i|we) (?:hit|rear ended|backed into) (?:a|another|someone)"),
    ("damage_to_motor_vehicle", rf"(?:keyed|scratched|dented|dinged|slashed|punctured|egged|spray ?painted|smashed|broke|broken|busted|"
     rf"cracked|shattered|damaged|vandalized|kicked|hit|sideswiped|side swiped|backed into|scraped|ripped|bent|snapped|paintballed|pried|"
     rf"threw (?:a |an )?\w+ (?:at|through|into)) (?:\w+ ){{0,4}}(?:{VEHICLE}|windshield|windscreen|mirror|mirrors|tires?|hood|bumper|fender|antenna|wipers?|paint|(?:car|truck) window|(?:car|truck) door)|"
     rf"(?:{VEHICLE}|windshield|tires?|mirror|hood|bumper|fender) (?:\w+ ){{0,2}}(?:was |were |got |is |are |has been |have been )?"
     rf"(?:keyed|scratched|dented|slashed|damaged|smashed|vandalized|cracked|shattered|broken|punctured|egged|flat)|keyed|"
     rf"{VEHICLE}.*\b(?:dent|dents|ding|dings|scratch|scratches|scrapes?|damage)\b|\b(?:dent|dents|ding|dings|scratch|scratches|scrapes?|damage)\b.*{VEHICLE}|"
     rf"(?:hit|struck|backed into|sideswiped) while (?:it was |i was )?(?:parked|away|inside|shopping)|"
     rf"(?:mirror|windshield|bumper|hood|antenna|wipers?|door handle) (?:\w+ ){{0,2}}(?:got |was )?(?:ripped|torn|knocked|snapped|broken|pulled) (?:clean |right |completely )?off|"
     rf"(?:bullet )?holes? in (?:my |the )?(?:\w+ )?(?:{VEHICLE}|car door|windshield)"),
    ("residential_burglary", rf"(?:broke|broken|break|breaking|got) (?:in ?to|into|in) (?:my |the |our |his |her )?(?:\w+ )?{STRUCTURE}|"
     rf"{STRUCTURE} (?:was |got |had been |has been )?(?:broken into|burglarized|robbed)|"
     rf"(?:someone|somebody|they|burglars?|a burglar) (?:was|were|had been|got|went) (?:inside|in|into) (?:the|our|my) (?:house|home|apartment|condo)|"
     rf"(?:slider|sliding door|back door|front door|patio door|basement door) (?:was |got |had been )?(?:smashed|kicked in|broken|forced|pried)|\bburglar(?:y|ized|ies)?\b|home invasion|break ?in at (?:my|our) (?:house|home|place)"),
    ("robbery", r"\brobbed\b|\bmugged\b|held up|hold ?up|\brobbery\b|at gunpoint|at knifepoint|snatched (?:my )?(?:purse|bag|phone) (?:from|out of) my hand"),
    ("assault", r"\bassault(?:ed)?\b|\b(?:i|we|he|she|they) (?:was|were|got) (?:attacked|assaulted|jumped|beaten|punched|beat up)|attacked (?:me|him|her|us)|punched|(?:hit|kicked|slapped|choked|shoved|pushed) (?:me|him|her|us|my (?:son|daughter|kid|friend|wife|husband))\b|"
     r"beat (?:me|him|her|us) up|\bbeaten\b|jumped (?:me|him|her|us)|\bfight\b|\bfought\b|\bbrawl\b"),
    ("missing_person", r"missing (?:person|child|kid|son|daughter|mom|mother|dad|father|husband|wife|brother|sister|friend|relative|teen|teenager)|"
     r"(?:son|daughter|kid|child|mom|mother|dad|father|husband|wife|brother|sister|friend|grandma|grandpa|grandmother|grandfather|teen|teenager) "
     r"(?:\w+ ){0,2}(?:is|has been|went|gone|been) missing|(?:has not|hasnt|did not|didnt|never) (?:come|came) home|(?:have not|havent|has not|hasnt) heard from|ran away from home|\brunaway\b"),
    ("fraud_scam", r"\bscam(?:med|mer|mers)?\b|\bfraud\b|gift cards?|wired? (?:\w+ )?money|pretending to be|posing as|impersonat|\bphishing\b|fake (?:check|invoice|website|seller|buyer)|"
     r"never (?:delivered|received|shipped)|sent (?:them|him|her) money"),
    ("domestic_dispute", r"\bdomestic\b|my (?:husband|wife|boyfriend|girlfriend|partner|ex) (?:and i )?(?:are |were )?(?:fighting|arguing|yelling|screaming)"),
    ("vandalism", r"\bvandal|property damage|holes? in (?:our|my|the) (?:\w+ )?(?:mailbox|fence|window|siding|door|wall|sign|shed|garage)|damage to (?:my |our |the )?(?:property|house|home|yard|lawn|fence|mailbox)|graffiti|spray ?paint|\btagged\b|egged|\begg(?:s|ing)\b|toilet paper(?:ed)?|tp d|"
     r"(?:smashed|broke|broken|busted|damaged|destroyed|knocked (?:over|down)|knocking (?:over|down)|torn down|tore down|ripped down|pulled down|kicked (?:in|over|down)|ripped (?:up|out|down)|cut|slashed|shot out|bent|pulled (?:up|out)|ran over|drove (?:over|through|on)|dug up|trampled|carved|painted|threw \w+ (?:at|through)) "
     r"(?:\w+ ){0,5}(?:mailbox(?:es)?|fences?|windows?|signs?|statues?|awnings?|trash cans?|garbage cans?|lamps?|lights?|gates?|doors?|sheds?|planters?|gardens?|lawn|yard|benches?|flags?|property|sprinklers?|decorations?|pumpkins?|grass|bushes|hedges?|walls?|trees?|flowers|playground|dugout|bathroom|gazebo|siding|screens?|wires?)|"
     r"(?:mailbox(?:es)?|fences?|windows?|signs?|gates?|lawn|yard|property|walls?|sheds?|statues?|decorations?|house|home|awnings?) (?:\w+ ){0,6}(?:was |were |got |is |has been )?(?:damaged|smashed|broken|destroyed|vandalized|spray painted|egged|tagged|knocked over|ripped|torn|torn down)|"
     r"throw\w* (?:\w+ ){0,2}at (?:the|my|our) (?:house|home|windows?|door)|"
     r"(?:tire|donut|doughnut|skid) (?:marks|tracks) (?:on|in|across) (?:my |the )?(?:lawn|yard|grass|field)|rocks? (?:through|at) (?:my |the )?(?:window|house)"),
    ("theft", rf"\bstole\b|\bstolen\b|\bstealing\b|\btheft\b|\bthief\b|\bthieves\b|swiped|snatched|pickpocket|shoplift|porch pirate|siphon|"
     rf"\b(?:was|were|got|been) (?:taken|jacked|nicked|lifted|ripped off)\b|\b(?:jacked|nicked) my\b|(?:has been|have been|is|are|keeps?|kept|been) taking\b|"
     rf"(?:someone|somebody|they|he|she|people|kids|a guy) (?:\w+ )?(?:took|taken|walked off with|ran off with|made off with|grabbed)|"
     rf"(?:packages?|deliver(?:y|ies)|parcels?|amazon box(?:es)?|bikes?|bicycles?|scooters?|kayaks?|canoes?|paddle ?boards?|tools?|mowers?|generators?|grills?|plants?) (?:\w+ ){{0,3}}(?:was |were |got |has been |are |is )?(?:taken|stolen|missing|gone)|"
     rf"{VEHICLE_PART} (?:\w+ ){{0,2}}(?:was |were |got )?(?:taken|stolen|missing|gone)|(?:gone|missing) from (?:my |the )?(?:porch|yard|driveway|garage|mailbox|front step|doorstep|locker|desk)"),
    ("lost_property", r"\blost\b|\blose\b|\blosing\b|misplaced|(?:can not|cant|can t|cannot|could not|couldnt) (?:find|locate)|"
     r"left (?:my|it|them|behind)(?! (?:car|truck|van|suv|door|doors|window|windows|garage|house)\b)(?!.*\b(?:unlocked|open|running)\b)|"
     r"dropped (?:my|it)|fell (?:out|off)|came off|(?:wallet|keys|phone|purse|ring|bag|glasses|passport|license|watch|necklace|earrings?) (?:\w+ ){0,2}(?:is |are |went )?missing"),
    ("animal_complaint", r"dog (?:bit|attacked|bite)|(?:loose|stray|barking|aggressive|dead) (?:dog|dogs|cat|animal|deer|raccoon)|\b(?:raccoon|coyote|deer|skunk|bear)\b|\bbitten\b|animal control"),
    ("noise_complaint", r"\bnoise\b|\bnoisy\b|\bloud\b|music (?:is|was|playing)|(?:party|parties) next door|barking|leaf blowers?|construction (?:at|early|late)"),
    ("suspicious_activity", r"\bsuspicious\b|casing (?:the|houses|cars)|lurking|(?:strange|weird|unknown) (?:person|man|woman|car|van|vehicle) (?:parked|hanging|driving|walking|sitting)"),
]
COMPILED = [(slug, re.compile(pattern)) for slug, pattern in RULES]
PARTS = re.compile(rf"{VEHICLE_PART}")
NOTHING_TAKEN = re.compile(r"nothing (?:was |got |is |seems |appears )?(?:to be )?(?:actually |really )?(?:taken|stolen|missing|gone)|(?:did not|never) (?:take|steal|get) anything|"
                           r"(?:do not|did not) think anything\w* (?:is |was )?(?:missing|taken|gone)|not missing anything|nothing stolen|nothing taken")
VEHICLE_CONTEXT = re.compile(rf"{VEHICLE}|glove ?box|console")
# Answers to "Which type?" by number or by name ("3", "identity theft", "lost property").
TYPE_NAMES = {
    "harassing phone call": "harassing_phone_call", "harassing phone calls": "harassing_phone_call", "harassment": "harassing_phone_call",
    "damage to motor vehicle": "damage_to_motor_vehicle", "damage to a motor vehicle": "damage_to_motor_vehicle", "car damage": "damage_to_motor_vehicle",
    "identity theft": "identity_theft", "lost property": "lost_property", "lost item": "lost_property", "lost": "lost_property",
    "theft": "theft", "vandalism": "vandalism", "vehicle burglary": "vehicle_burglary", "car break in": "vehicle_burglary",
    "vehicle tampering": "vehicle_tampering", "tampering": "vehicle_tampering", "something else": "other", "other": "other",
}


@dataclass(frozen=True)
class IncidentClassification:
    slug: str
    evidence: str
    vehicle_parts: bool = False  # theft of motor vehicle parts (catalytic converter, plates, wheels)


def classify_incident(text: str) -> IncidentClassification | None:
    """The incident type a message describes, or None when it names none."""
    words = prepare(text)
    found = _first_rule(words)
    if found and found[0] in ("vehicle_burglary", "theft") and NOTHING_TAKEN.search(words) and not VEHICLE_CONTEXT.search(words):
        found = _first_rule(words, skip=("vehicle_burglary", "theft"))  # "windows broken, nothing taken"
    if _vehicle_entered_nothing_taken(words, found):
        return IncidentClassification("vehicle_tampering", NOTHING_TAKEN.search(words).group(0))
    if not found:
        return None
    slug, evidence = found
    return IncidentClassification(slug, evidence, slug == "theft" and bool(PARTS.search(words)))


def _first_rule(words: str, skip: tuple[str, ...] = ()) -> tuple[str, str] | None:
    return next(((slug, m.group(0)) for slug, pattern in COMPILED if slug not in skip and (m := pattern.search(words))), None)


def nothing_taken(text: str) -> bool:
    return bool(NOTHING_TAKEN.search(prepare(text)))


def _vehicle_entered_nothing_taken(words: str, found: tuple[str, str] | None) -> bool:
    """Someone got into or went through a vehicle but took nothing: that is tampering."""
    return bool(NOTHING_TAKEN.search(words) and VEHICLE_CONTEXT.search(words)
                and (found is None or found[0] in ("vehicle_burglary", "theft", "vehicle_tampering")))


def type_from_answer(text: str) -> IncidentClassification | None:
    """An answer to "What kind of incident?": a number from the menu, a type name, or a description."""
    words = normalize(text).strip()
    online = profile().online_slugs
    number = re.fullmatch(r"(?:number |option |#)?(\d{1,2})", words)
    if number:
        index = int(number.group(1))
        if 1 <= index <= len(online):
            return IncidentClassification(online[index - 1], words)
        if index == len(online) + 1:
            return IncidentClassification("other", words)
        return None
    if words in TYPE_NAMES:
        return IncidentClassification(TYPE_NAMES[words], words)
    return classify_incident(text)
