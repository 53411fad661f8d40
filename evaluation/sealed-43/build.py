#!/usr/bin/env python3
"""Build sealed evaluation set 43 (standard library only).

Writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv next
to this file from the hand-written lists in conv_filed.py, conv_other.py, csv_emergency.py,
csv_incidents.py and csv_turns.py. CSV rows are shuffled with random.Random seeded from
md5("sealed-43/<file name>"), so a rerun reproduces the files byte for byte. Everything is
validated first; on any error nothing is written and the script exits with status 1."""

import csv
import hashlib
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ next to the set

import conv_filed  # noqa: E402
import conv_other  # noqa: E402
import csv_emergency  # noqa: E402
import csv_incidents  # noqa: E402
import csv_turns  # noqa: E402
import yamlout  # noqa: E402

SET = 'sealed-43'
ID_PREFIX = 's43-'

ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property', 'theft',
                'vandalism', 'vehicle_burglary', 'vehicle_tampering']
INCIDENT_LABELS = ONLINE_TYPES + ['motor_vehicle_theft']
OUTCOMES = ['filed', 'emergency', 'ineligible', 'cancelled', 'information']
REASONS = ['outside_town', 'excluded_area', 'known_suspect', 'weapon', 'unsupported_type']
INFO_TOPICS = ['anonymous', 'copy', 'records', 'state_police', 'animal_control']
TURN_TOPICS = ['other_town', 'state_police', 'anonymous', 'animal_control', 'copy', 'records']
LOCATION_DECISIONS = [None, 'in_town', 'outside_town', 'excluded_area']
EMERGENCY_CATEGORIES = ['fire', 'just_happened_offender_near', 'crime_in_progress', 'missing_now',
                        'threat_of_violence', 'cannot_call', 'medical', 'danger_or_injury', 'self_harm',
                        'weapon_present']
VEHICLE_TYPES = ['damage_to_motor_vehicle', 'vehicle_burglary', 'vehicle_tampering']

BASE_KEYS = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect', 'weapon',
             'occurred_at']
TYPE_KEYS = {
    'harassing_phone_call': ['caller_number', 'call_pattern'],
    'identity_theft': ['accounts'],
    'lost_property': ['items'],
    'theft': ['items'],
    'vandalism': ['damage'],
    'damage_to_motor_vehicle': ['vehicle', 'damage'],
    'vehicle_tampering': ['vehicle', 'damage'],
    'vehicle_burglary': ['vehicle', 'items', 'damage'],
}
TAIL_KEYS = ['narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed', 'callback_wanted']
INTERJECTION_KEYS = ['location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone',
                     'confirmed']
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate', 'total_value',
               'occurred_days_ago', 'occurred_time']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
FLAG_KEYS = ['_no_place', '_no_time', '_total_parts', '_group']
FIXED_NO = 'No.'

FILED_PER_TYPE = {t: 3 for t in ONLINE_TYPES}
FILED_PER_TYPE['lost_property'] = 4
FILED_PER_TYPE['vandalism'] = 4
INELIGIBLE_GROUPS = {'outside_town': 'outside_town', 'sherwood_island': 'excluded_area',
                     'highway': 'excluded_area', 'known_suspect': 'known_suspect', 'weapon': 'weapon',
                     'unsupported_type': 'unsupported_type'}

EMERGENCY_COUNTS = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
                    'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7,
                    'self_harm': 7, 'weapon_present': 7}
INCIDENT_COUNTS = {t: 22 for t in ONLINE_TYPES}
INCIDENT_COUNTS['motor_vehicle_theft'] = 24
TURN_COUNTS = {
    ('where', 'answer', ''): 45,
    ('where', 'question', 'other_town'): 10,
    ('where', 'question', 'state_police'): 8,
    ('where', 'question', 'anonymous'): 4,
    ('where', 'question', 'animal_control'): 3,
    ('summary', 'answer', ''): 25,
    ('summary', 'correction', ''): 35,
    ('summary', 'question', 'copy'): 7,
    ('summary', 'question', 'anonymous'): 4,
    ('summary', 'question', 'records'): 4,
    ('summary', 'question', 'animal_control'): 2,
    ('summary', 'question', 'other_town'): 2,
    ('summary', 'question', 'state_police'): 1,
}

PHONE_RE = re.compile(r'(?<![\d-])(?:\+?1[ .-]?)?\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})(?!\d)')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+')
RECORD_EMAIL_RE = re.compile(r'^[a-z0-9][a-z0-9._]*@example\.com$')
RECORD_PHONE_RE = re.compile(r'^(203|475)55501\d\d$')
PLATE_RE = re.compile(r'^[A-Z]{2} [A-Z0-9]+(?:[ -][A-Z0-9]+)*$')
PLATE_TOKEN_RE = re.compile(r'(?=\b([0-9A-Z]{2,3}[- ][0-9A-Z]{3})\b)')  # overlapping matches
TIME_RE = re.compile(r'^(?:[01]\d|2[0-3]):[0-5]\d$')
ID_RE = re.compile(r'^s43-[a-z0-9]+(?:-[a-z0-9]+)*$')

HEADER = """\
# SEALED evaluation set 43 -- resident conversations.
# Written blind on 2026-12-01 by a writer who read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the format of the previous set
# (its README without results, the first 120 lines of its conversations.yml, the first rows of each CSV, yamlout.py).
# No project code, data, tests or other evaluation files were read, and the assistant was not run.
# Mix (60): 26 filed (3 per online type, lost_property and vandalism 4 each; 7 corrected at the final
#   summary; 11 with a question mid-way, 8 as an interjection and 3 inside an answer; 10 whose first message
#   already gives items with prices or accounts with amounts; 1 that opens without describing anything;
#   5 that correct something in prose while answering; 3 written for or through someone else; place traps
#   filed as ordinary reports), 12 emergency (5 in the opening, three of them in a second opening message;
#   7 mid-way via interjections), 12 ineligible (2 each: outside_town, Sherwood Island (excluded_area), I-95 or
#   the Merritt (excluded_area), known_suspect, weapon, unsupported_type), 5 cancelled, 5 information.
# Interjections (questions, emergencies and cancellations) sit only at questions that are always asked:
#   location (only when the opening names no place), occurred_at (only when the opening gives no time),
#   suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote it,
#   with the state ('CT 3RW-775' from "Connecticut plate 3RW-775", 'CT 5NB-218' from "ct plate 5NB-218",
#   'CT 6PX-802' after a prose correction of "9JD 314", 'CT 1GR-565' after a summary correction of "1GR-556");
#   the plate is given inside the `vehicle` answer; total_value is in whole dollars and only set when amounts for
#   what was taken, lost or fraudulently charged are stated (repair costs and things damaged are not counted);
#   occurred_days_ago and occurred_time are only set when the words fix them (conversation assumed at 14:00 on
#   the day of the run); times are 24h. Non-filed scenarios have record: null.
"""

errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def norm(text):
    return ''.join(ch for ch in text.casefold() if ch.isalnum())


def digits(text):
    return re.sub(r'\D', '', text)


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(where, 'empty or non-string text %r' % (text,))
        return False
    if text != text.strip():
        err(where, 'leading/trailing whitespace in %r' % text)
    if '\n' in text or '\r' in text or '\t' in text:
        err(where, 'control character in %r' % text)
    try:
        yamlout._check_text(text)
    except ValueError as exc:
        err(where, str(exc))
    return True


def check_conventions(where, text):
    for m in PHONE_RE.finditer(text):
        area, exch, line = m.groups()
        if area not in ('203', '475') or exch != '555' or not line.startswith('01'):
            err(where, 'phone number %r breaks the 203/475-555-01xx convention' % m.group(0))
    for m in EMAIL_RE.finditer(text):
        if not m.group(0).lower().endswith('@example.com'):
            err(where, 'e-mail %r is not @example.com' % m.group(0))


def amount_in(texts, amount):
    plain = str(amount)
    comma = '{:,}'.format(amount)
    pats = [r'\$' + re.escape(comma) + r'(?![\d,])', r'\$' + re.escape(plain) + r'(?![\d,])',
            r'(?<![\d,$])' + re.escape(plain) + r' (?:dollars|bucks)\b']
    return any(re.search(p, t) for p in pats for t in texts)


def expected_answer_keys(incident_type, describes):
    keys = (['incident_type'] if not describes else []) + BASE_KEYS + TYPE_KEYS.get(incident_type, []) + TAIL_KEYS
    return keys


def scenario_messages(sc):
    """(key, text) for every message the resident sends in a scenario."""
    out = []
    for i, t in enumerate(sc.get('opening', [])):
        out.append(('opening[%d]' % i, t))
    for k, v in sc.get('answers', {}).items():
        out.append(('answers.' + k, v))
    for i, it in enumerate(sc.get('interjections', [])):
        out.append(('interjections[%d]' % i, it.get('text')))
    for i, t in enumerate(sc.get('after_end', [])):
        out.append(('after_end[%d]' % i, t))
    return out


def validate_scenario(sc, seen_ids):
    sid = sc.get('id', '?')
    for k in sc:
        if k not in SCENARIO_KEYS and k not in FLAG_KEYS:
            err(sid, 'unknown key %r' % k)
    if not ID_RE.match(sid or ''):
        err(sid, 'bad id')
    if sid in seen_ids:
        err(sid, 'duplicate id')
    seen_ids.add(sid)
    if sc.get('channel') not in ('sms', 'web'):
        err(sid, 'bad channel %r' % sc.get('channel'))
    if not isinstance(sc.get('note'), str) or len(sc['note']) < 20:
        err(sid, 'missing note')
    else:
        check_text(sid + '.note', sc['note'])
    opening = sc.get('opening')
    if not isinstance(opening, list) or not 1 <= len(opening) <= 2:
        err(sid, 'opening must be a list of 1 or 2 messages')
        opening = []
    answers = sc.get('answers')
    if not isinstance(answers, dict):
        err(sid, 'answers must be a mapping')
        answers = {}
    for key, text in scenario_messages(sc):
        if check_text('%s.%s' % (sid, key), text):
            check_conventions('%s.%s' % (sid, key), text)
    exp = sc.get('expect')
    if not isinstance(exp, dict) or list(exp) != EXPECT_KEYS:
        err(sid, 'expect keys must be %s' % EXPECT_KEYS)
        return
    outcome = exp['outcome']
    if outcome not in OUTCOMES:
        err(sid, 'bad outcome %r' % outcome)
        return
    if exp['incident_type'] not in INCIDENT_LABELS + [None]:
        err(sid, 'bad incident_type %r' % exp['incident_type'])
    if exp['location_decision'] not in LOCATION_DECISIONS:
        err(sid, 'bad location_decision %r' % exp['location_decision'])
    if exp['first_message_describes'] not in ('true', 'false'):
        err(sid, "first_message_describes must be 'true' or 'false'")
    if exp['reason'] is not None and (outcome != 'ineligible' or exp['reason'] not in REASONS):
        err(sid, 'reason %r not allowed here' % exp['reason'])
    if exp['topic'] is not None and (outcome != 'information' or exp['topic'] not in INFO_TOPICS):
        err(sid, 'topic %r not allowed here' % exp['topic'])
    describes = exp['first_message_describes'] == 'true'

    # interjections
    inter = sc.get('interjections', [])
    if 'interjections' in sc and not inter:
        err(sid, 'empty interjections list')
    for i, it in enumerate(inter):
        if not isinstance(it, dict) or list(it) != ['at', 'text']:
            err(sid, 'interjection %d must be {at, text}' % i)
            continue
        at = it['at']
        if at not in INTERJECTION_KEYS:
            err(sid, 'interjection at %r: not a question that is always asked' % at)
        if at == 'location' and not sc.get('_no_place'):
            err(sid, 'interjection at location but the opening names a place (_no_place not set)')
        if at == 'occurred_at' and not sc.get('_no_time'):
            err(sid, 'interjection at occurred_at but the opening gives a time (_no_time not set)')
        if at not in answers:
            err(sid, 'interjection at %r but answers holds no plain answer there' % at)
    if len(inter) > 1:
        err(sid, 'at most one interjection per scenario in this set')
    if 'after_end' in sc and (outcome != 'emergency' or not sc['after_end']):
        err(sid, 'after_end only for emergencies and never empty')

    # answer keys
    full = expected_answer_keys(exp['incident_type'], describes)
    keys = list(answers)
    if outcome == 'filed':
        if keys != full:
            err(sid, 'answer keys %s != expected %s' % (keys, full))
    else:
        if keys != full[:len(keys)]:
            err(sid, 'answer keys %s are not a prefix of %s' % (keys, full))
    for k in ('known_suspect', 'weapon'):
        if k in answers and answers[k] != FIXED_NO:
            if not (outcome == 'ineligible' and exp['reason'] == k):
                err(sid, '%s answer must be %r unless it is the refusal reason' % (k, FIXED_NO))

    rec = exp['record']
    if outcome != 'filed' and rec is not None:
        err(sid, 'non-filed scenario must have record: null')
    if outcome != 'filed' and '_total_parts' in sc:
        err(sid, '_total_parts only for filed')
    if outcome != 'emergency' and exp['emergency_message'] is not None:
        err(sid, 'emergency_message only for emergencies')
    if outcome != 'ineligible' and '_group' in sc:
        err(sid, '_group only for ineligible')

    if outcome == 'filed':
        validate_filed(sc, exp, answers, inter, describes)
    elif outcome == 'emergency':
        if exp['emergency_message'] is None:
            err(sid, 'emergency without emergency_message')
        elif inter:
            if exp['emergency_message'] != inter[-1]['text']:
                err(sid, 'emergency_message must be the interjection text')
            if exp['incident_type'] not in ONLINE_TYPES:
                err(sid, 'mid-way emergency: incident_type must be the online type the opening describes')
            loc_given = 'location' in answers and inter[-1]['at'] != 'location'
            if exp['location_decision'] != ('in_town' if loc_given else None):
                err(sid, 'mid-way emergency: location_decision should be %r' % ('in_town' if loc_given else None))
        else:
            if exp['emergency_message'] not in opening:
                err(sid, 'emergency_message must be one of the opening messages')
            if answers:
                err(sid, 'emergency in the opening: answers must be {}')
            if exp['incident_type'] is not None or exp['location_decision'] is not None:
                err(sid, 'emergency in the opening: incident_type and location_decision must be null')
            if not describes:
                err(sid, 'emergency opening describes something')
    elif outcome == 'ineligible':
        reason = exp['reason']
        group = sc.get('_group')
        if INELIGIBLE_GROUPS.get(group) != reason:
            err(sid, '_group %r does not match reason %r' % (group, reason))
        if inter:
            err(sid, 'ineligible scenarios end at the refusal, no interjections')
        want_loc = {'outside_town': 'outside_town', 'excluded_area': 'excluded_area'}.get(reason, 'in_town')
        if exp['location_decision'] != want_loc:
            err(sid, 'location_decision should be %r' % want_loc)
        loc = answers.get('location', '')
        if reason in ('outside_town', 'excluded_area') and not loc:
            err(sid, 'refusal at the location question needs a location answer')
        if group == 'sherwood_island' and 'sherwood' not in loc.lower():
            err(sid, 'Sherwood Island group: location answer should place it in the park')
        if group == 'highway' and not re.search(r'\b(95|merritt)\b', loc.lower()):
            err(sid, 'highway group: location answer should be on I-95 or the Merritt')
        if reason == 'known_suspect' and answers.get('known_suspect', FIXED_NO) == FIXED_NO:
            err(sid, 'known_suspect refusal needs the yes answer at known_suspect')
        if reason == 'weapon':
            if answers.get('weapon', FIXED_NO) == FIXED_NO or answers.get('known_suspect') != FIXED_NO:
                err(sid, 'weapon refusal needs known_suspect No. and the yes answer at weapon')
        if reason == 'unsupported_type':
            if exp['incident_type'] not in ('motor_vehicle_theft', None):
                err(sid, 'unsupported_type: incident_type must be motor_vehicle_theft or null')
            if exp['incident_type'] is None and answers:
                err(sid, 'unsupported_type with no type: answers must be {}')
        elif exp['incident_type'] not in ONLINE_TYPES:
            err(sid, 'ineligible: incident_type must be the online type the opening describes')
    elif outcome == 'cancelled':
        if len(inter) != 1:
            err(sid, 'cancelled scenarios cancel through one interjection')
        if exp['incident_type'] not in ONLINE_TYPES:
            err(sid, 'cancelled: incident_type must be an online type')
        loc_given = 'location' in answers and inter and inter[-1]['at'] != 'location'
        if exp['location_decision'] != ('in_town' if loc_given else None):
            err(sid, 'cancelled: location_decision should be %r' % ('in_town' if loc_given else None))
    elif outcome == 'information':
        if answers or inter:
            err(sid, 'information: answers {} and no interjections')
        if exp['incident_type'] is not None or exp['location_decision'] is not None:
            err(sid, 'information: incident_type and location_decision must be null')
        if describes:
            err(sid, "information: first_message_describes must be 'false'")
        if exp['topic'] not in INFO_TOPICS:
            err(sid, 'information needs a topic')


def validate_filed(sc, exp, answers, inter, describes):
    sid = sc['id']
    itype = exp['incident_type']
    if itype not in ONLINE_TYPES:
        err(sid, 'filed: incident_type must be an online type')
    if exp['location_decision'] != 'in_town':
        err(sid, 'filed: location_decision must be in_town')
    for it in inter:
        if '?' not in it['text']:
            err(sid, 'filed: an interjection in a filed report must be a question')
    if not describes and 'incident_type' not in answers:
        err(sid, 'opening describes nothing: answers.incident_type required')
    rec = exp['record']
    if not isinstance(rec, dict):
        err(sid, 'filed: record must be a mapping')
        return
    if [k for k in RECORD_KEYS if k in rec] != list(rec) or any(k not in RECORD_KEYS for k in rec):
        err(sid, 'record keys %s out of order or unknown' % list(rec))
    for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
        if k not in rec:
            err(sid, 'record.%s missing' % k)
            return
    confirmed = answers.get('confirmed', '')
    # name: every word of the record name is in the name answer or the summary correction
    name_src = (answers.get('reporter_name', '') + ' ' + confirmed).casefold()
    for word in rec['reporter_name'].split():
        if word.casefold() not in name_src:
            err(sid, 'record name word %r not found in the answers' % word)
    # e-mail
    email = rec['reporter_email']
    if not RECORD_EMAIL_RE.match(email):
        err(sid, 'record e-mail %r breaks the convention' % email)
    mail_src = answers.get('reporter_email', '') + ' ' + confirmed
    spelled = re.sub(r'\s+at\s+', '@', re.sub(r'\s+dot\s+', '.', mail_src.lower()))
    if email not in mail_src.lower() and email not in spelled:
        err(sid, 'record e-mail %r not found in the answers' % email)
    # phone
    phone = rec['reporter_phone']
    if not RECORD_PHONE_RE.match(phone):
        err(sid, 'record phone %r breaks the convention' % phone)
    if phone not in digits(answers.get('reporter_phone', '')) and phone not in digits(confirmed):
        err(sid, 'record phone %r not found in the answers' % phone)
    # the phone and e-mail that count are the last ones written: in the summary correction if it gives
    # one, otherwise in the answer to the question (after any prose correction there)
    last_phone = last_mail = None
    for source in (answers.get('reporter_phone', ''), confirmed):
        phones = [''.join(m.groups()) for m in PHONE_RE.finditer(source)]
        if phones:
            last_phone = phones[-1]
    for source in (answers.get('reporter_email', ''), confirmed):
        spelled_src = re.sub(r'\s+at\s+', '@', re.sub(r'\s+dot\s+', '.', source))
        mails = [m.lower().rstrip('.') for m in EMAIL_RE.findall(spelled_src)]
        if mails:
            last_mail = mails[-1]
    if last_phone != phone:
        err(sid, 'record phone %r is not the last number the resident gave (%r)' % (phone, last_phone))
    if last_mail != email:
        err(sid, 'record e-mail %r is not the last address the resident gave (%r)' % (email, last_mail))
    # plate
    if itype in VEHICLE_TYPES:
        plate = rec.get('vehicle_plate')
        if not plate or not PLATE_RE.match(plate):
            err(sid, 'vehicle type needs a vehicle_plate like "CT 3RW-775", got %r' % plate)
        else:
            number = plate.split(' ', 1)[1]
            src = (answers.get('vehicle', '') + ' ' + confirmed).upper()
            if number.upper() not in src:
                err(sid, 'plate %r not found in the vehicle answer or the summary correction' % number)
            # the plate that counts is the last one written: in the summary correction if it gives one,
            # otherwise in the vehicle answer (after any prose correction there)
            found = None
            for source in (answers.get('vehicle', ''), confirmed):
                toks = [t for t in PLATE_TOKEN_RE.findall(source.upper()) if sum(ch.isdigit() for ch in t) >= 2]
                if toks:
                    found = toks[-1]
            if found is None or found.replace(' ', '-') != number.upper().replace(' ', '-'):
                err(sid, 'record plate %r is not the last plate the resident wrote (%r)' % (number, found))
    elif 'vehicle_plate' in rec:
        err(sid, 'vehicle_plate only for vehicle types')
    # total value
    parts = sc.get('_total_parts')
    if 'total_value' in rec:
        if not isinstance(rec['total_value'], int) or rec['total_value'] <= 0:
            err(sid, 'total_value must be a positive int')
        if not parts or sum(parts) != rec['total_value']:
            err(sid, 'total_value %r != sum of _total_parts %r' % (rec.get('total_value'), parts))
        texts = [t for _, t in scenario_messages(sc)]
        for p in parts or []:
            if not amount_in(texts, p):
                err(sid, 'amount %s not found in the resident\'s messages' % p)
    elif parts:
        err(sid, '_total_parts given but no total_value')
    # when
    if 'occurred_days_ago' in rec and rec['occurred_days_ago'] not in (0, 1, 2, 3):
        err(sid, 'occurred_days_ago must be 0..3')
    if 'occurred_time' in rec:
        if not TIME_RE.match(rec['occurred_time']):
            err(sid, 'occurred_time must be HH:MM (24h)')
        if 'occurred_days_ago' not in rec:
            err(sid, 'occurred_time without occurred_days_ago')


def clean(sc):
    out = {}
    for k in SCENARIO_KEYS:
        if k in sc:
            out[k] = sc[k]
    return out


def build_conversations():
    filed = conv_filed.FILED
    emergency = conv_other.EMERGENCY
    ineligible = conv_other.INELIGIBLE
    cancelled = conv_other.CANCELLED
    information = conv_other.INFORMATION
    scenarios = filed + emergency + ineligible + cancelled + information
    seen = set()
    for sc in scenarios:
        validate_scenario(sc, seen)
    # counts
    if len(scenarios) != 60:
        err('conversations', '60 scenarios expected, got %d' % len(scenarios))
    by_outcome = {}
    for sc in scenarios:
        by_outcome.setdefault(sc['expect']['outcome'], []).append(sc)
    want = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
    for o, n in want.items():
        if len(by_outcome.get(o, [])) != n:
            err('conversations', '%d %s expected, got %d' % (n, o, len(by_outcome.get(o, []))))
    for lst, o in ((filed, 'filed'), (emergency, 'emergency'), (ineligible, 'ineligible'),
                   (cancelled, 'cancelled'), (information, 'information')):
        for sc in lst:
            if sc['expect']['outcome'] != o:
                err(sc['id'], 'listed under %s but outcome is %s' % (o, sc['expect']['outcome']))
    per_type = {}
    for sc in by_outcome.get('filed', []):
        per_type[sc['expect']['incident_type']] = per_type.get(sc['expect']['incident_type'], 0) + 1
    if per_type != FILED_PER_TYPE:
        err('conversations', 'filed per type %s != %s' % (per_type, FILED_PER_TYPE))
    em = by_outcome.get('emergency', [])
    in_opening = [sc for sc in em if not sc.get('interjections')]
    if len(in_opening) != 5 or len(em) - len(in_opening) != 7:
        err('conversations', 'emergencies: 5 in the opening and 7 mid-way expected')
    groups = {}
    for sc in by_outcome.get('ineligible', []):
        groups[sc.get('_group')] = groups.get(sc.get('_group'), 0) + 1
    if groups != {g: 2 for g in INELIGIBLE_GROUPS}:
        err('conversations', 'ineligible groups %s, 2 each of %s expected' % (groups, list(INELIGIBLE_GROUPS)))
    topics = sorted(sc['expect']['topic'] for sc in by_outcome.get('information', []))
    if topics != sorted(INFO_TOPICS):
        err('conversations', 'information topics %s, one each of %s expected' % (topics, INFO_TOPICS))
    text = HEADER + yamlout.dump({'scenarios': [clean(sc) for sc in scenarios]})
    messages = []
    for sc in scenarios:
        for key, t in scenario_messages(sc):
            if key in ('answers.known_suspect', 'answers.weapon') and t == FIXED_NO:
                continue
            messages.append(('conversations.yml %s %s' % (sc['id'], key), t))
    return text, messages


def rng_for(name):
    return random.Random(int(hashlib.md5(('%s/%s' % (SET, name)).encode('utf-8')).hexdigest(), 16))


def write_csv_text(name, header, rows):
    rows = list(rows)
    rng_for(name).shuffle(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def build_emergency():
    name = 'emergency_messages.csv'
    rows = csv_emergency.ROWS
    counts = {}
    messages = []
    for i, r in enumerate(rows):
        where = '%s row %d' % (name, i)
        if len(r) != 3:
            err(where, 'row must be (text, is_emergency, category)')
            continue
        text, flag, cat = r
        if check_text(where, text):
            check_conventions(where, text)
        if flag not in (0, 1):
            err(where, 'is_emergency must be 0 or 1')
        if flag == 1 and cat not in EMERGENCY_CATEGORIES:
            err(where, 'bad emergency category %r' % cat)
        if flag == 0 and cat != 'routine':
            err(where, "non-emergency rows have category 'routine'")
        counts[cat] = counts.get(cat, 0) + 1
        messages.append((where, text))
    want = dict(EMERGENCY_COUNTS)
    want['routine'] = 75
    if counts != want:
        err(name, 'category counts %s != %s' % (counts, want))
    if len(rows) != 150:
        err(name, '150 rows expected, got %d' % len(rows))
    return write_csv_text(name, ['text', 'is_emergency', 'category'], rows), messages


def build_incidents():
    name = 'incident_descriptions.csv'
    rows = csv_incidents.ROWS
    counts = {}
    messages = []
    for i, r in enumerate(rows):
        where = '%s row %d' % (name, i)
        if len(r) != 2:
            err(where, 'row must be (text, incident_type)')
            continue
        text, label = r
        if check_text(where, text):
            check_conventions(where, text)
        if label not in INCIDENT_LABELS:
            err(where, 'bad incident_type %r' % label)
        counts[label] = counts.get(label, 0) + 1
        messages.append((where, text))
    if counts != INCIDENT_COUNTS:
        err(name, 'label counts %s != %s' % (counts, INCIDENT_COUNTS))
    if len(rows) != 200:
        err(name, '200 rows expected, got %d' % len(rows))
    return write_csv_text(name, ['text', 'incident_type'], rows), messages


def build_turns():
    name = 'turns.csv'
    rows = csv_turns.ROWS
    counts = {}
    messages = []
    for i, r in enumerate(rows):
        where = '%s row %d' % (name, i)
        if len(r) != 4:
            err(where, 'row must be (asked, text, intent, topic)')
            continue
        asked, text, intent, topic = r
        if check_text(where, text):
            check_conventions(where, text)
        if asked not in ('where', 'summary'):
            err(where, 'bad asked %r' % asked)
        if intent not in ('answer', 'correction', 'question'):
            err(where, 'bad intent %r' % intent)
        if intent == 'correction' and asked != 'summary':
            err(where, 'corrections only at the summary')
        if intent == 'question' and topic not in TURN_TOPICS:
            err(where, 'question needs a topic from %s' % TURN_TOPICS)
        if intent != 'question' and topic != '':
            err(where, 'topic must be empty for answers and corrections')
        counts[(asked, intent, topic)] = counts.get((asked, intent, topic), 0) + 1
        messages.append((where, text))
    if counts != TURN_COUNTS:
        err(name, 'counts %s != %s' % (sorted(counts.items()), sorted(TURN_COUNTS.items())))
    if len(rows) != 150:
        err(name, '150 rows expected, got %d' % len(rows))
    return write_csv_text(name, ['asked', 'text', 'intent', 'topic'], rows), messages


def main():
    outputs = {}
    all_messages = []
    outputs['conversations.yml'], m = build_conversations()
    all_messages += m
    outputs['emergency_messages.csv'], m = build_emergency()
    all_messages += m
    outputs['incident_descriptions.csv'], m = build_incidents()
    all_messages += m
    outputs['turns.csv'], m = build_turns()
    all_messages += m
    seen = {}
    for where, text in all_messages:
        key = norm(text)
        if key in seen:
            err(where, 'duplicate message (also at %s): %r' % (seen[key], text))
        else:
            seen[key] = where
    if errors:
        for e in errors:
            print('ERROR ' + e, file=sys.stderr)
        print('%d error(s); nothing written.' % len(errors), file=sys.stderr)
        return 1
    for name, text in outputs.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as fh:
            fh.write(text)
    print('wrote %s (%d distinct messages)' % (', '.join(sorted(outputs)), len(seen)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
