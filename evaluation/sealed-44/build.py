#!/usr/bin/env python3
"""Build sealed evaluation set 44 from the hand-written message lists.

    python3 build.py

Writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv next to this
file. Standard library only. Everything is checked first (counts, label vocabularies, answer keys and
their order, interjection keys, emergency messages, ineligible sub-groups, record fields, phone and
e-mail conventions, duplicates); on any error nothing is written and the exit status is 1. CSV rows
are shuffled with random.Random seeded from md5("sealed-44/<file name>"), so a rerun reproduces the
files byte for byte. No __pycache__ is left behind.
"""

import sys

sys.dont_write_bytecode = True  # must come before the local imports

import csv  # noqa: E402
import hashlib  # noqa: E402
import io  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import conv_filed  # noqa: E402
import conv_other  # noqa: E402
import csv_emergency  # noqa: E402
import csv_incidents  # noqa: E402
import csv_turns  # noqa: E402
import yamlout  # noqa: E402

SET = 'sealed-44'
PREFIX = 's44-'

ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property', 'theft',
                'vandalism', 'vehicle_burglary', 'vehicle_tampering']
INCIDENT_LABELS = ONLINE_TYPES + ['motor_vehicle_theft']
FILED_PER_TYPE = {t: 3 for t in ONLINE_TYPES}
FILED_PER_TYPE['lost_property'] = 4
FILED_PER_TYPE['vandalism'] = 4
OUTCOMES = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
REASONS = ['outside_town', 'excluded_area', 'known_suspect', 'weapon', 'unsupported_type']
GROUP_REASON = {'outside_town': 'outside_town', 'sherwood_island': 'excluded_area', 'highway': 'excluded_area',
                'known_suspect': 'known_suspect', 'weapon': 'weapon', 'unsupported_type': 'unsupported_type'}
INFO_TOPICS = ['anonymous', 'copy', 'records', 'state_police', 'animal_control']
TURN_TOPICS = ['other_town', 'state_police', 'anonymous', 'animal_control', 'copy', 'records']
LOCATION_DECISIONS = [None, 'in_town', 'outside_town', 'excluded_area']
CHANNELS = ['sms', 'web']

PER_TYPE_KEYS = {
    'harassing_phone_call': ['caller_number', 'call_pattern'],
    'identity_theft': ['accounts'],
    'lost_property': ['items'],
    'theft': ['items'],
    'vandalism': ['damage'],
    'damage_to_motor_vehicle': ['vehicle', 'damage'],
    'vehicle_tampering': ['vehicle', 'damage'],
    'vehicle_burglary': ['vehicle', 'items', 'damage'],
}
HEAD_KEYS = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect', 'weapon',
             'occurred_at']
TAIL_KEYS = ['narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed', 'callback_wanted']
INTERJECTION_KEYS = ['location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate', 'total_value',
               'occurred_days_ago', 'occurred_time']
VEHICLE_TYPES = ['damage_to_motor_vehicle', 'vehicle_tampering', 'vehicle_burglary']
EMERGENCY_COUNTS = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
                    'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7,
                    'self_harm': 7, 'weapon_present': 7, 'routine': 75}
INCIDENT_COUNTS = dict({t: 22 for t in ONLINE_TYPES}, motor_vehicle_theft=24)
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
# the department's own numbers (from the seeds) may appear in messages
DEPARTMENT_NUMBERS = {'2033416000', '2033416001', '2033416052', '2033416009', '2033416092'}
FIXED_ANSWERS = {'No.'}  # known_suspect / weapon answer keys, exempt from the duplicate check

PHONE_RE = re.compile(r'(?<![\d$])(?:\+1[ .-]?)?\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})(?!\d)')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+')
PLATE_RE = re.compile(r'\b(?=[0-9A-Z-]*[0-9])(?=[0-9A-Z-]*[A-Z])[0-9A-Z]{3}-[0-9A-Z]{3,4}\b')
STREET_RE = re.compile(r'\b(road|rd|lane|ln|avenue|ave|street|st|drive|dr|court|place|parkway|pkwy|highway|hwy|'
                       r'turnpike|terrace|trail|circle|park|beach|station|library|town hall|school|westport|'
                       r'norwalk|fairfield|weston|wilton|easton|southport|merritt|i-95|95)\b', re.I)
TIME_RE = re.compile(r'\b(today|tonight|yesterday|last night|last nite|this morning|this afternoon|this evening|'
                     r'ago|since|week|weekend|month|morning|afternoon|evening|night|overnight|\d{1,2}:\d{2}|'
                     r'\d{1,2} ?(am|pm)|rn|now)\b', re.I)

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    """Duplicate key: case, spacing and all punctuation ignored."""
    return ''.join(ch for ch in text.lower() if ch.isalnum())


def amount_present(amount, text):
    forms = {str(amount), '{:,}'.format(amount)}
    for f in forms:
        if re.search(r'(?<![\d,.])' + re.escape(f) + r'(?![\d]|,\d)', text):
            return True
    return False


def emails_in(text):
    found = EMAIL_RE.findall(text)
    spelled = re.sub(r'\s+dot\s+', '.', re.sub(r'\s+at\s+', '@', text)) if ' dot ' in text else ''
    if spelled and not found:
        found = EMAIL_RE.findall(spelled)
    return found


def phones_in(text):
    return [''.join(m) for m in PHONE_RE.findall(text)]


def check_phone_conventions(text, where):
    for digits in phones_in(text):
        if digits in DEPARTMENT_NUMBERS:
            continue
        if not (digits.startswith('20355501') or digits.startswith('47555501')):
            err('%s: phone number %s is not 203-555-01xx / 475-555-01xx' % (where, digits))
    for e in EMAIL_RE.findall(text):
        if not e.lower().endswith('@example.com'):
            err('%s: e-mail %s is not @example.com' % (where, e))


def full_answer_keys(incident_type, with_incident_type):
    keys = (['incident_type'] if with_incident_type else []) + HEAD_KEYS
    keys += PER_TYPE_KEYS.get(incident_type, [])
    return keys + TAIL_KEYS


# ------------------------------------------------------------------------------------------ conversations
def check_scenario(sc, outcome_group):
    sid = sc.get('id', '?')
    if not re.match(r'^s44-[a-z0-9]+(-[a-z0-9]+)+$', sid):
        err('%s: bad id' % sid)
    public = [k for k in sc if not k.startswith('_')]
    order = [k for k in SCENARIO_KEYS if k in sc]
    if public != order:
        err('%s: scenario keys %r not in order %r' % (sid, public, order))
    for k in ('id', 'channel', 'note', 'opening', 'answers', 'expect'):
        if k not in sc:
            err('%s: missing %s' % (sid, k))
            return
    unknown = [k for k in sc if k.startswith('_') and k not in
               ('_no_place', '_no_time', '_total_parts', '_group', '_emergency_where')]
    if unknown:
        err('%s: unknown writer flags %r' % (sid, unknown))
    if sc['channel'] not in CHANNELS:
        err('%s: channel %r' % (sid, sc['channel']))
    if not isinstance(sc['opening'], list) or not sc['opening'] or not all(isinstance(t, str) and t.strip()
                                                                           for t in sc['opening']):
        err('%s: opening must be a non-empty list of messages' % sid)
    ex = sc['expect']
    if list(ex.keys()) != EXPECT_KEYS:
        err('%s: expect keys %r' % (sid, list(ex.keys())))
        return
    if ex['outcome'] != outcome_group:
        err('%s: outcome %r in the %s list' % (sid, ex['outcome'], outcome_group))
    if ex['incident_type'] not in INCIDENT_LABELS + [None]:
        err('%s: incident_type %r' % (sid, ex['incident_type']))
    if ex['location_decision'] not in LOCATION_DECISIONS:
        err('%s: location_decision %r' % (sid, ex['location_decision']))
    if ex['first_message_describes'] not in ('true', 'false'):
        err('%s: first_message_describes must be the string true/false' % sid)
    if (ex['reason'] is not None) != (outcome_group == 'ineligible'):
        err('%s: reason is set only for ineligible' % sid)
    if ex['reason'] is not None and ex['reason'] not in REASONS:
        err('%s: reason %r' % (sid, ex['reason']))
    if (ex['topic'] is not None) != (outcome_group == 'information'):
        err('%s: topic is set only for information' % sid)
    if ex['topic'] is not None and ex['topic'] not in INFO_TOPICS:
        err('%s: topic %r' % (sid, ex['topic']))
    if (ex['record'] is not None) != (outcome_group == 'filed'):
        err('%s: record is set only for filed' % sid)
    if (ex['emergency_message'] is not None) != (outcome_group == 'emergency'):
        err('%s: emergency_message is set only for emergency' % sid)

    answers = sc['answers']
    inter = sc.get('interjections', [])
    if 'interjections' in sc and not inter:
        err('%s: empty interjections' % sid)
    if 'after_end' in sc and (not isinstance(sc['after_end'], list) or not sc['after_end']):
        err('%s: after_end must be a non-empty list' % sid)
    for a in answers.values():
        if not isinstance(a, str) or not a.strip():
            err('%s: empty answer' % sid)
    for it in inter:
        if list(it.keys()) != ['at', 'text']:
            err('%s: interjection keys %r' % (sid, list(it.keys())))
            continue
        if it['at'] not in INTERJECTION_KEYS:
            err('%s: interjection at %r is not an always-asked question' % (sid, it['at']))
        if it['at'] == 'location' and not sc.get('_no_place'):
            err('%s: interjection at location but the opening names a place' % sid)
        if it['at'] == 'occurred_at' and not sc.get('_no_time'):
            err('%s: interjection at occurred_at but the opening gives a time' % sid)
        if it['at'] not in answers:
            err('%s: answers must hold a plain answer at the interjection key %s' % (sid, it['at']))
    if len({it['at'] for it in inter}) != len(inter):
        err('%s: two interjections at the same key' % sid)
    opening_text = ' '.join(sc['opening'])
    if sc.get('_no_place') and STREET_RE.search(opening_text):
        err('%s: _no_place but the opening has %r' % (sid, STREET_RE.search(opening_text).group(0)))
    if sc.get('_no_time') and TIME_RE.search(opening_text):
        err('%s: _no_time but the opening has %r' % (sid, TIME_RE.search(opening_text).group(0)))

    # answer keys and order
    itype = ex['incident_type']
    with_it = 'incident_type' in answers
    if with_it != (ex['first_message_describes'] == 'false' and outcome_group != 'information'):
        err('%s: answers.incident_type only (and always) when the opening describes nothing' % sid)
    keys = list(answers.keys())
    if outcome_group == 'filed':
        want = full_answer_keys(itype, with_it)
        if keys != want:
            err('%s: answer keys %r, want %r' % (sid, keys, want))
        if answers.get('known_suspect') != 'No.' or answers.get('weapon') != 'No.':
            err('%s: filed scenarios answer known_suspect/weapon with "No."' % sid)
    elif keys:
        want = full_answer_keys(itype, with_it)
        if keys != want[:len(keys)]:
            err('%s: answer keys %r are not a prefix of %r' % (sid, keys, want))
    if outcome_group == 'information':
        if answers or inter or ex['incident_type'] is not None or ex['location_decision'] is not None:
            err('%s: information scenarios have answers {}, no interjections, no type or location' % sid)
        if ex['first_message_describes'] != 'false':
            err('%s: information openings describe nothing' % sid)
    elif not with_it and ex['first_message_describes'] != 'true':
        err('%s: first_message_describes must be true' % sid)

    # per outcome
    if outcome_group == 'filed':
        if inter and any(it['at'] not in answers for it in inter):
            pass
        if ex['location_decision'] != 'in_town':
            err('%s: filed reports are in_town' % sid)
        check_record(sc)
    elif outcome_group == 'emergency':
        where = sc.get('_emergency_where')
        msg = ex['emergency_message']
        if where == 'opening':
            if msg not in sc['opening']:
                err('%s: emergency_message is not an opening message' % sid)
            if answers or inter or ex['incident_type'] is not None or ex['location_decision'] is not None:
                err('%s: opening emergencies have answers {}, no type and no location' % sid)
        elif where == 'interjection':
            if len(inter) != 1 or inter[0]['text'] != msg:
                err('%s: a mid-way emergency is its single interjection' % sid)
            if itype is None:
                err('%s: a mid-way emergency keeps the opening\'s incident type' % sid)
            if keys and keys[-1] != inter[0]['at']:
                err('%s: answers go up to the interjection key' % sid)
            want_loc = 'in_town' if 'location' in answers and inter[0]['at'] != 'location' else None
            if ex['location_decision'] != want_loc:
                err('%s: location_decision should be %r' % (sid, want_loc))
        else:
            err('%s: _emergency_where missing' % sid)
    elif outcome_group == 'ineligible':
        g = sc.get('_group')
        if g not in GROUP_REASON:
            err('%s: _group %r' % (sid, g))
        elif GROUP_REASON[g] != ex['reason']:
            err('%s: group %s wants reason %s' % (sid, g, GROUP_REASON[g]))
        if inter:
            err('%s: ineligible scenarios end on an answer, not an interjection' % sid)
        if ex['reason'] in ('outside_town', 'excluded_area'):
            if ex['location_decision'] != ex['reason'] or keys[-1:] != ['location']:
                err('%s: place refusals end at the location answer with location_decision = reason' % sid)
        else:
            if ex['location_decision'] != 'in_town':
                err('%s: known suspect / weapon / unsupported refusals are in_town' % sid)
        if ex['reason'] == 'known_suspect':
            if keys[-1:] != ['known_suspect'] or answers['known_suspect'] == 'No.':
                err('%s: known_suspect refusal ends with the yes answer at known_suspect' % sid)
        if ex['reason'] == 'weapon':
            if keys[-1:] != ['weapon'] or answers['weapon'] == 'No.' or answers.get('known_suspect') != 'No.':
                err('%s: weapon refusal answers known_suspect: No. and a yes at weapon' % sid)
        if ex['reason'] == 'unsupported_type' and itype in ONLINE_TYPES:
            err('%s: unsupported_type with an online type' % sid)
        if ex['reason'] != 'unsupported_type' and itype not in ONLINE_TYPES:
            err('%s: ineligible for a place/suspect/weapon reason needs an online type' % sid)
    elif outcome_group == 'cancelled':
        if len(inter) != 1:
            err('%s: a cancellation is a single interjection' % sid)
        elif keys[-1:] != [inter[0]['at']]:
            err('%s: answers go up to the cancel key' % sid)
        else:
            want_loc = 'in_town' if 'location' in answers and inter[0]['at'] != 'location' else None
            if ex['location_decision'] != want_loc:
                err('%s: location_decision should be %r' % (sid, want_loc))
        if itype not in ONLINE_TYPES:
            err('%s: cancelled with incident_type %r' % (sid, itype))


def _name_source(answers):
    return answers['reporter_name'] + ' ' + answers['confirmed']


def check_record(sc):
    sid = sc['id']
    answers = sc['answers']
    rec = sc['expect']['record']
    if not isinstance(rec, dict):
        err('%s: record must be a mapping' % sid)
        return
    order = [k for k in RECORD_KEYS if k in rec]
    if list(rec.keys()) != order:
        err('%s: record keys %r out of order' % (sid, list(rec.keys())))
    for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
        if k not in rec:
            err('%s: record.%s missing' % (sid, k))
            return
    confirmed = answers['confirmed']
    # name: every word in the name answer or the summary correction
    for w in rec['reporter_name'].split():
        if not re.search(r'(?<!\w)' + re.escape(w) + r'(?!\w)', _name_source(answers), re.I):
            err('%s: record name word %r not in the name answer or summary correction' % (sid, w))
    # e-mail: last one written (summary correction first)
    src = emails_in(confirmed) or emails_in(answers['reporter_email'])
    if not src or src[-1].lower() != rec['reporter_email']:
        err('%s: record e-mail %r, last written %r' % (sid, rec['reporter_email'], src[-1:] or None))
    # phone: 10 digits, last one written
    if not re.match(r'^\d{10}$', rec['reporter_phone']):
        err('%s: reporter_phone must be 10 digits' % sid)
    src = phones_in(confirmed) or phones_in(answers['reporter_phone'])
    if not src or src[-1] != rec['reporter_phone']:
        err('%s: record phone %r, last written %r' % (sid, rec['reporter_phone'], src[-1:] or None))
    # plate
    itype = sc['expect']['incident_type']
    if itype in VEHICLE_TYPES:
        plate = rec.get('vehicle_plate')
        if not plate or not re.match(r'^[A-Z]{2} [0-9A-Z]{3}-[0-9A-Z]{3,4}$', plate):
            err('%s: vehicle_plate %r' % (sid, plate))
        else:
            state, body = plate.split(' ')
            text = confirmed if PLATE_RE.search(confirmed) else answers['vehicle']
            found = PLATE_RE.findall(text)
            if not found or found[-1] != body:
                err('%s: plate %s, last written %r' % (sid, body, found[-1:] or None))
            names = {'CT': r'\b(ct|connecticut)\b', 'NY': r'\b(ny|new york)\b'}
            if not re.search(names.get(state, '^$'), text + ' ' + answers['vehicle'], re.I):
                err('%s: plate state %s not written' % (sid, state))
    elif 'vehicle_plate' in rec:
        err('%s: vehicle_plate on a non-vehicle type' % sid)
    # total
    parts = sc.get('_total_parts')
    if parts:
        if rec.get('total_value') != sum(parts):
            err('%s: total_value %r != sum%r' % (sid, rec.get('total_value'), parts))
        alltext = ' '.join(sc['opening'] + [v for v in answers.values()] +
                           [it['text'] for it in sc.get('interjections', [])])
        for p in parts:
            if not amount_present(p, alltext):
                err('%s: amount %d not written by the resident' % (sid, p))
    elif 'total_value' in rec:
        err('%s: total_value without _total_parts' % sid)
    if 'occurred_days_ago' in rec and not (isinstance(rec['occurred_days_ago'], int) and
                                           0 <= rec['occurred_days_ago'] <= 7):
        err('%s: occurred_days_ago %r' % (sid, rec['occurred_days_ago']))
    if 'occurred_time' in rec:
        if not re.match(r'^([01]\d|2[0-3]):[0-5]\d$', rec['occurred_time']):
            err('%s: occurred_time %r' % (sid, rec['occurred_time']))
        if 'occurred_days_ago' not in rec:
            err('%s: occurred_time without occurred_days_ago' % sid)


def scenario_messages(sc):
    msgs = list(sc['opening'])
    msgs += [v for k, v in sc['answers'].items()]
    msgs += [it['text'] for it in sc.get('interjections', [])]
    msgs += list(sc.get('after_end', []))
    return msgs


def public(sc):
    return {k: v for k, v in sc.items() if not k.startswith('_')}


HEADER = """\
# SEALED evaluation set 44 -- resident conversations.
# Written blind on 2026-12-01 by a writer who read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the format of the previous set
# (its README without results, the first lines of its conversations.yml, the first rows of each CSV, yamlout.py).
# No project code, data, tests or other evaluation files were read, and the assistant was not run.
# Mix (60): 26 filed (3 per online type, lost_property and vandalism 4 each; 7 corrected at the final
#   summary; 11 with a question mid-way, 8 as an interjection and 3 inside an answer; 10 whose first message
#   already gives items with prices or accounts with amounts; 1 that opens without describing anything;
#   5 that correct something in prose while answering; 4 written for or through someone else; place traps
#   filed as ordinary reports), 12 emergency (5 in the opening, two of them in a second opening message;
#   7 mid-way via interjections), 12 ineligible (2 each: outside_town, Sherwood Island (excluded_area), I-95 or
#   the Merritt (excluded_area), known_suspect, weapon, unsupported_type), 5 cancelled, 5 information.
# Interjections (questions, emergencies and cancellations) sit only at questions that are always asked:
#   location (only when the opening names no place), occurred_at (only when the opening gives no time),
#   suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote it,
#   with the state ('CT 6LW-382' from "Connecticut plate 6LW-382", 'CT 3DN-592' from "ct plate 3DN-592",
#   'CT 7KT-491' after a summary correction of "7KT-419"); the plate is given inside the `vehicle` answer;
#   total_value is in whole dollars and only set when amounts for what was taken, lost or fraudulently charged
#   are stated (repair costs and things damaged are not counted); occurred_days_ago and occurred_time are only
#   set when the words fix them (conversation assumed at 14:00 on the day of the run); times are 24h.
#   Non-filed scenarios have record: null.
"""


def build_conversations():
    groups = [('filed', conv_filed.FILED), ('emergency', conv_other.EMERGENCY),
              ('ineligible', conv_other.INELIGIBLE), ('cancelled', conv_other.CANCELLED),
              ('information', conv_other.INFORMATION)]
    ids = Counter()
    all_sc = []
    for name, lst in groups:
        if len(lst) != OUTCOMES[name]:
            err('%s: %d scenarios, want %d' % (name, len(lst), OUTCOMES[name]))
        for sc in lst:
            check_scenario(sc, name)
            ids[sc.get('id')] += 1
            all_sc.append(sc)
    for i, n in ids.items():
        if n > 1:
            err('duplicate id %s' % i)
    filed_types = Counter(sc['expect']['incident_type'] for sc in conv_filed.FILED)
    if dict(filed_types) != FILED_PER_TYPE:
        err('filed per type %r' % dict(filed_types))
    where = Counter(sc.get('_emergency_where') for sc in conv_other.EMERGENCY)
    if where != Counter({'opening': 5, 'interjection': 7}):
        err('emergency split %r' % dict(where))
    grp = Counter(sc.get('_group') for sc in conv_other.INELIGIBLE)
    if grp != Counter({g: 2 for g in GROUP_REASON}):
        err('ineligible groups %r' % dict(grp))
    topics = sorted(sc['expect']['topic'] for sc in conv_other.INFORMATION)
    if topics != sorted(INFO_TOPICS):
        err('information topics %r' % topics)
    data = {'scenarios': [public(sc) for sc in all_sc]}
    text = HEADER + yamlout.dump(data)
    messages = []
    for sc in all_sc:
        for m in scenario_messages(sc):
            messages.append((m, 'conversations.yml:' + sc['id']))
        check_phone_conventions(' '.join(scenario_messages(sc)), sc['id'])
    return text, messages, all_sc


# ------------------------------------------------------------------------------------------ CSVs
def write_csv(header, rows, name):
    rows = list(rows)
    rng = random.Random(int(hashlib.md5(('%s/%s' % (SET, name)).encode('utf-8')).hexdigest(), 16))
    rng.shuffle(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def check_text(t, where):
    if not isinstance(t, str) or not t or t != t.strip() or '\n' in t or '  ' in t:
        err('%s: bad text %r' % (where, t))
        return
    for ch in t:
        if ord(ch) > 0xD7FF or (ord(ch) < 0x20):
            err('%s: unsupported character %r' % (where, ch))
    check_phone_conventions(t, where)


def build_emergency():
    rows = csv_emergency.ROWS
    if len(rows) != 150:
        err('emergency_messages: %d rows' % len(rows))
    cats = Counter(r[2] for r in rows)
    if dict(cats) != EMERGENCY_COUNTS:
        err('emergency_messages categories %r' % dict(cats))
    for t, e, c in rows:
        check_text(t, 'emergency_messages')
        if e not in (0, 1) or (e == 0) != (c == 'routine'):
            err('emergency_messages: is_emergency %r with category %r' % (e, c))
    return write_csv(['text', 'is_emergency', 'category'], rows, 'emergency_messages.csv'), \
        [(r[0], 'emergency_messages.csv') for r in rows]


def build_incidents():
    rows = csv_incidents.ROWS
    if len(rows) != 200:
        err('incident_descriptions: %d rows' % len(rows))
    labels = Counter(r[1] for r in rows)
    if dict(labels) != INCIDENT_COUNTS:
        err('incident_descriptions labels %r' % dict(labels))
    for t, lab in rows:
        check_text(t, 'incident_descriptions')
        if lab not in INCIDENT_LABELS:
            err('incident_descriptions: label %r' % lab)
    return write_csv(['text', 'incident_type'], rows, 'incident_descriptions.csv'), \
        [(r[0], 'incident_descriptions.csv') for r in rows]


def build_turns():
    rows = csv_turns.ROWS
    if len(rows) != 150:
        err('turns: %d rows' % len(rows))
    combos = Counter((a, i, tp) for a, t, i, tp in rows)
    if dict(combos) != TURN_COUNTS:
        err('turns combinations %r' % dict(combos))
    for a, t, i, tp in rows:
        check_text(t, 'turns')
        if a not in ('where', 'summary') or i not in ('answer', 'question', 'correction'):
            err('turns: asked %r intent %r' % (a, i))
        if (i == 'question') != (tp != '') or (tp and tp not in TURN_TOPICS):
            err('turns: topic %r with intent %r' % (tp, i))
    return write_csv(['asked', 'text', 'intent', 'topic'], rows, 'turns.csv'), \
        [(r[1], 'turns.csv') for r in rows]


def check_duplicates(messages):
    seen = {}
    for text, where in messages:
        if text in FIXED_ANSWERS:
            continue
        k = norm(text)
        if not k:
            err('%s: message without letters or digits %r' % (where, text))
            continue
        if k in seen:
            err('duplicate message (%s and %s): %r' % (seen[k], where, text))
        else:
            seen[k] = where
    return len(seen)


def main():
    conv_text, conv_msgs, _ = build_conversations()
    em_text, em_msgs = build_emergency()
    inc_text, inc_msgs = build_incidents()
    turns_text, turns_msgs = build_turns()
    n = check_duplicates(conv_msgs + em_msgs + inc_msgs + turns_msgs)
    if errors:
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
        print('%d error(s); nothing written.' % len(errors), file=sys.stderr)
        return 1
    outputs = {'conversations.yml': conv_text, 'emergency_messages.csv': em_text,
               'incident_descriptions.csv': inc_text, 'turns.csv': turns_text}
    for name, text in outputs.items():
        path = os.path.join(HERE, name)
        tmp = path + '.tmp'
        with open(tmp, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        os.replace(tmp, path)
    print('wrote %s (%d distinct messages)' % (', '.join(outputs), n))
    return 0


if __name__ == '__main__':
    sys.exit(main())
