"""Builds sealed-41 from the hand-written message lists in this folder.

    python3 build.py

Writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv next to
this file. Standard library only. CSV rows are shuffled with random.Random seeded from
md5("sealed-41/<file name>"), so the output is the same byte for byte on every run. Every check
runs before anything is written; on any error the script lists the errors, writes nothing and
exits with status 1.
"""

import csv
import hashlib
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import yamlout  # noqa: E402
from conv_filed import FILED  # noqa: E402
from conv_other import EMERGENCY, INELIGIBLE, CANCELLED, INFORMATION  # noqa: E402
from csv_emergency import EMERGENCY_ROWS, ROUTINE_ROWS  # noqa: E402
from csv_incidents import INCIDENT_ROWS  # noqa: E402
from csv_turns import WHERE_ANSWER, WHERE_QUESTION, SUMMARY_ANSWER, SUMMARY_CORRECTION, SUMMARY_QUESTION  # noqa: E402

SET = 'sealed-41'
ID_PREFIX = 's41-'
ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- vocabularies
ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property',
                'theft', 'vandalism', 'vehicle_burglary', 'vehicle_tampering']
INCIDENT_TYPES = ONLINE_TYPES + ['motor_vehicle_theft']
OUTCOMES = ['filed', 'emergency', 'ineligible', 'cancelled', 'information']
REASONS = ['outside_town', 'excluded_area', 'known_suspect', 'weapon', 'unsupported_type']
TOPICS = ['anonymous', 'copy', 'records', 'state_police', 'animal_control', 'other_town']
LOCATION_DECISIONS = ['in_town', 'outside_town', 'excluded_area', None]
CHANNELS = ['sms', 'web']
EMERGENCY_CATEGORIES = ['fire', 'just_happened_offender_near', 'crime_in_progress', 'missing_now',
                        'threat_of_violence', 'cannot_call', 'medical', 'danger_or_injury', 'self_harm',
                        'weapon_present']

PER_TYPE_KEYS = {
    'harassing_phone_call': ['caller_number', 'call_pattern'],
    'identity_theft': ['accounts'],
    'lost_property': ['items'],
    'theft': ['items'],
    'vandalism': ['damage'],
    'damage_to_motor_vehicle': ['vehicle', 'damage'],
    'vehicle_tampering': ['vehicle', 'damage'],
    'vehicle_burglary': ['vehicle', 'items', 'damage'],
    'motor_vehicle_theft': ['vehicle'],
}
HEAD_KEYS = ['incident_type', 'type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon',
             'known_suspect', 'weapon', 'occurred_at']
TAIL_KEYS = ['narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed', 'callback_wanted']
ALWAYS_ASKED = ['suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed']
FIXED_ANSWERS = {'known_suspect': 'No.', 'weapon': 'No.'}
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate', 'total_value',
               'occurred_days_ago', 'occurred_time']
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
PRIVATE_KEYS = ['_no_place', '_no_time']

# ---------------------------------------------------------------- expected counts
N_SCENARIOS = 60
OUTCOME_COUNTS = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
FILED_PER_TYPE = {t: 3 for t in ONLINE_TYPES}
FILED_PER_TYPE['lost_property'] = 4
FILED_PER_TYPE['vandalism'] = 4
EMERGENCY_OPENING = 5
EMERGENCY_MIDWAY = 7
REASON_COUNTS = {'outside_town': 2, 'excluded_area': 4, 'known_suspect': 2, 'weapon': 2, 'unsupported_type': 2}
INFO_TOPICS = ['anonymous', 'copy', 'records', 'state_police', 'animal_control']

EMERGENCY_CSV_COUNTS = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
                        'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7,
                        'self_harm': 7, 'weapon_present': 7}
ROUTINE_COUNT = 75
INCIDENT_CSV_COUNTS = {t: 22 for t in ONLINE_TYPES}
INCIDENT_CSV_COUNTS['motor_vehicle_theft'] = 24
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

# ---------------------------------------------------------------- message conventions
PHONE_RE = re.compile(r'(?<!\d)(?:\(?\d{3}\)?[-. ]?)\d{3}[-. ]?\d{4}(?!\d)')
ALLOWED_PHONES = re.compile(r'^(203555|475555)01\d\d$')
DEPARTMENT_PHONES = {'2033416000', '2033416001'}
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+')
TIME_RE = re.compile(r'^([01]\d|2[0-3]):[0-5]\d$')


def check_text_conventions(where, text):
    if not isinstance(text, str) or not text.strip():
        err('%s: empty or non-string message %r' % (where, text))
        return
    if text != text.strip():
        err('%s: leading/trailing space in %r' % (where, text))
    for ch in text:
        if not ('\x20' <= ch <= '\x7e' or '\xa0' <= ch <= '\ud7ff'):
            err('%s: unsupported character %r' % (where, ch))
    for m in PHONE_RE.finditer(text):
        digits = re.sub(r'\D', '', m.group(0))
        if not (ALLOWED_PHONES.match(digits) or digits in DEPARTMENT_PHONES):
            err('%s: phone %r is not 203-555-01xx / 475-555-01xx' % (where, m.group(0)))
    for m in EMAIL_RE.finditer(text):
        addr = m.group(0).rstrip('.')
        if not addr.lower().endswith('@example.com'):
            err('%s: e-mail %r is not @example.com' % (where, addr))


def norm(text):
    t = ' '.join(text.lower().split())
    return t.rstrip(' .!?,;:')


SEEN = {}


def register(where, text, fixed=False):
    check_text_conventions(where, text)
    if fixed:
        return
    key = norm(text)
    if key in SEEN:
        err('duplicate message %r at %s (first at %s)' % (text, where, SEEN[key]))
    else:
        SEEN[key] = where


# ---------------------------------------------------------------- scenarios
def key_list(itype, describes):
    keys = list(HEAD_KEYS)
    if describes:
        keys.remove('incident_type')
    return keys + PER_TYPE_KEYS.get(itype, []) + TAIL_KEYS


def is_subsequence(sub, full):
    it = iter(full)
    return all(k in it for k in sub)


def check_scenario(s):
    sid = s.get('id', '?')
    for k in s:
        if k not in SCENARIO_KEYS and k not in PRIVATE_KEYS:
            err('%s: unknown key %s' % (sid, k))
    if not sid.startswith(ID_PREFIX):
        err('%s: id must start with %s' % (sid, ID_PREFIX))
    if not re.match(r'^[a-z0-9-]+$', sid):
        err('%s: id characters' % sid)
    if s.get('channel') not in CHANNELS:
        err('%s: channel %r' % (sid, s.get('channel')))
    if not isinstance(s.get('note'), str) or not s['note']:
        err('%s: note missing' % sid)
    else:
        check_text_conventions(sid + '.note', s['note'])
    opening = s.get('opening')
    if not isinstance(opening, list) or not 1 <= len(opening) <= 2:
        err('%s: opening must be a list of 1 or 2 messages' % sid)
        opening = []
    for i, m in enumerate(opening):
        register('%s.opening[%d]' % (sid, i), m)
    ex = s.get('expect', {})
    if list(ex.keys()) != EXPECT_KEYS:
        err('%s: expect keys %r' % (sid, list(ex.keys())))
        return
    outcome = ex['outcome']
    itype = ex['incident_type']
    describes = ex['first_message_describes']
    if outcome not in OUTCOMES:
        err('%s: outcome %r' % (sid, outcome))
    if itype not in INCIDENT_TYPES and itype is not None:
        err('%s: incident_type %r' % (sid, itype))
    if describes not in ('true', 'false'):
        err('%s: first_message_describes must be the string true/false' % sid)
    if ex['location_decision'] not in LOCATION_DECISIONS:
        err('%s: location_decision %r' % (sid, ex['location_decision']))
    if (ex['reason'] is not None) != (outcome == 'ineligible'):
        err('%s: reason only (and always) for ineligible' % sid)
    if ex['reason'] is not None and ex['reason'] not in REASONS:
        err('%s: reason %r' % (sid, ex['reason']))
    if (ex['topic'] is not None) != (outcome == 'information'):
        err('%s: topic only (and always) for information' % sid)
    if ex['topic'] is not None and ex['topic'] not in TOPICS:
        err('%s: topic %r' % (sid, ex['topic']))
    if (ex['emergency_message'] is not None) != (outcome == 'emergency'):
        err('%s: emergency_message only (and always) for emergency' % sid)
    if (ex['record'] is not None) != (outcome == 'filed'):
        err('%s: record only (and always) for filed' % sid)
    if outcome == 'filed' and ex['location_decision'] != 'in_town':
        err('%s: filed must be in_town' % sid)
    if outcome == 'information' and (itype is not None or describes != 'false' or s.get('answers')):
        err('%s: information has incident_type null, describes false and answers {}' % sid)

    answers = s.get('answers')
    if not isinstance(answers, dict):
        err('%s: answers must be a mapping' % sid)
        answers = {}
    full = key_list(itype, describes == 'true')
    keys = list(answers.keys())
    if outcome == 'filed':
        if keys != full:
            err('%s: filed answer keys %r != %r' % (sid, keys, full))
        for k, v in FIXED_ANSWERS.items():
            if answers.get(k) != v:
                err('%s: %s must be %r' % (sid, k, v))
    else:
        if keys and not is_subsequence(keys, full):
            err('%s: answer keys %r not in order %r' % (sid, keys, full))
    if 'incident_type' in answers and describes != 'false':
        err('%s: incident_type answer only when the opening describes nothing' % sid)
    if describes == 'false' and outcome != 'information' and 'incident_type' not in answers:
        err('%s: opening describes nothing, incident_type answer needed' % sid)
    for k, v in answers.items():
        fixed = FIXED_ANSWERS.get(k) == v
        register('%s.answers.%s' % (sid, k), v, fixed=fixed)

    inter = s.get('interjections', [])
    if 'interjections' in s and not inter:
        err('%s: empty interjections' % sid)
    for i, it in enumerate(inter):
        if list(it.keys()) != ['at', 'text']:
            err('%s: interjection keys %r' % (sid, list(it.keys())))
            continue
        at = it['at']
        allowed = list(ALWAYS_ASKED)
        if s.get('_no_place'):
            allowed.append('location')
        if s.get('_no_time'):
            allowed.append('occurred_at')
        if at not in allowed:
            err('%s: interjection at %r not allowed (allowed %r)' % (sid, at, allowed))
        if at not in answers:
            err('%s: interjection at %r has no plain answer in answers' % (sid, at))
        register('%s.interjections[%d]' % (sid, i), it['text'])
    if s.get('_no_place') and any(p in ' '.join(opening).lower() for p in (' road', ' lane', ' avenue', ' street')):
        err('%s: _no_place but the opening seems to name a street' % sid)
    if s.get('_no_place') and outcome != 'information' and 'location' not in answers and answers:
        err('%s: _no_place but no location answer' % sid)

    after = s.get('after_end', [])
    if 'after_end' in s and not after:
        err('%s: empty after_end' % sid)
    for i, m in enumerate(after):
        register('%s.after_end[%d]' % (sid, i), m)

    if outcome == 'emergency':
        em = ex['emergency_message']
        inter_texts = [it['text'] for it in inter]
        if em not in opening and em not in inter_texts:
            err('%s: emergency_message is not a message of the scenario' % sid)
        if em in opening:
            if answers or inter:
                err('%s: emergency in the opening must have answers {} and no interjections' % sid)
            if itype is not None or ex['location_decision'] is not None:
                err('%s: emergency in the opening has incident_type and location_decision null' % sid)
        elif inter_texts and inter_texts[-1] != em:
            err('%s: the emergency must be the last interjection' % sid)
        if not after:
            err('%s: emergency needs after_end' % sid)
    if outcome == 'cancelled':
        if not inter:
            err('%s: cancelled needs the cancelling interjection' % sid)
    if outcome in ('cancelled', 'emergency') and inter and inter[-1]['at'] == 'location':
        if ex['location_decision'] is not None:
            err('%s: ended at location, location_decision must be null' % sid)
    if outcome == 'ineligible':
        reason = ex['reason']
        if reason in ('known_suspect', 'weapon'):
            if reason in answers and answers[reason] == 'No.':
                err('%s: %s answer must be the yes answer' % (sid, reason))
        if reason in ('outside_town', 'excluded_area') and ex['location_decision'] != reason:
            err('%s: location_decision must be %s' % (sid, reason))
        if reason == 'unsupported_type' and itype in ONLINE_TYPES:
            err('%s: unsupported_type with an online type' % sid)
    if outcome == 'filed':
        check_record(sid, ex['record'], answers, itype)
        if itype not in ONLINE_TYPES:
            err('%s: filed with a non-online type' % sid)


def check_record(sid, rec, answers, itype):
    if not isinstance(rec, dict):
        err('%s: record must be a mapping' % sid)
        return
    keys = list(rec.keys())
    if keys != [k for k in RECORD_KEYS if k in rec]:
        err('%s: record key order %r' % (sid, keys))
    for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
        if k not in rec:
            err('%s: record.%s missing' % (sid, k))
    conf = answers.get('confirmed', '')
    name = rec.get('reporter_name', '')
    if name and name not in answers.get('reporter_name', '') and name not in conf:
        err('%s: record name %r not in the answers' % (sid, name))
    email = rec.get('reporter_email', '')
    if not email.endswith('@example.com'):
        err('%s: record e-mail %r' % (sid, email))
    if email and email not in answers.get('reporter_email', '') and email not in conf:
        err('%s: record e-mail %r not in the answers' % (sid, email))
    phone = rec.get('reporter_phone', '')
    if not (isinstance(phone, str) and ALLOWED_PHONES.match(phone)):
        err('%s: record phone %r' % (sid, phone))
    elif phone not in re.sub(r'\D', '', answers.get('reporter_phone', '')) and phone[-4:] not in conf:
        err('%s: record phone %r not in the answers' % (sid, phone))
    veh_types = ('damage_to_motor_vehicle', 'vehicle_tampering', 'vehicle_burglary')
    if ('vehicle_plate' in rec) != (itype in veh_types):
        err('%s: vehicle_plate set iff the type has a vehicle' % sid)
    if 'vehicle_plate' in rec:
        plate = rec['vehicle_plate']
        m = re.match(r'^([A-Z]{2}) (\S.*)$', plate)
        if not m:
            err('%s: plate %r must be "<STATE> <number>"' % (sid, plate))
        else:
            num = m.group(2)
            src = answers.get('vehicle', '') + ' ' + conf + ' ' + answers.get('damage', '')
            if num.lower() not in src.lower():
                err('%s: plate %r not found in the vehicle answer' % (sid, plate))
    if 'total_value' in rec and not (isinstance(rec['total_value'], int) and rec['total_value'] > 0):
        err('%s: total_value %r' % (sid, rec['total_value']))
    if 'total_value' in rec and itype not in ('theft', 'lost_property', 'identity_theft', 'vehicle_burglary'):
        err('%s: total_value for a type without taken/lost/charged things' % sid)
    if 'occurred_days_ago' in rec and not (isinstance(rec['occurred_days_ago'], int)
                                           and 0 <= rec['occurred_days_ago'] <= 7):
        err('%s: occurred_days_ago %r' % (sid, rec['occurred_days_ago']))
    if 'occurred_time' in rec:
        if not (isinstance(rec['occurred_time'], str) and TIME_RE.match(rec['occurred_time'])):
            err('%s: occurred_time %r' % (sid, rec['occurred_time']))
        if 'occurred_days_ago' not in rec:
            err('%s: occurred_time without occurred_days_ago' % sid)
        elif rec['occurred_days_ago'] == 0 and rec['occurred_time'] > '14:00':
            err('%s: occurred today after 14:00' % sid)


def check_scenarios(all_s):
    if len(all_s) != N_SCENARIOS:
        err('scenarios: %d, expected %d' % (len(all_s), N_SCENARIOS))
    ids = [s.get('id') for s in all_s]
    for i in set(ids):
        if ids.count(i) > 1:
            err('duplicate id %s' % i)
    for s in all_s:
        check_scenario(s)
    counts = {}
    for s in all_s:
        o = s['expect']['outcome']
        counts[o] = counts.get(o, 0) + 1
    if counts != OUTCOME_COUNTS:
        err('outcome counts %r != %r' % (counts, OUTCOME_COUNTS))
    per_type = {}
    for s in FILED:
        t = s['expect']['incident_type']
        per_type[t] = per_type.get(t, 0) + 1
    if per_type != FILED_PER_TYPE:
        err('filed per type %r != %r' % (per_type, FILED_PER_TYPE))
    op = sum(1 for s in EMERGENCY if s['expect']['emergency_message'] in s['opening'])
    if (op, len(EMERGENCY) - op) != (EMERGENCY_OPENING, EMERGENCY_MIDWAY):
        err('emergencies opening/mid-way %d/%d' % (op, len(EMERGENCY) - op))
    rc = {}
    for s in INELIGIBLE:
        r = s['expect']['reason']
        rc[r] = rc.get(r, 0) + 1
    if rc != REASON_COUNTS:
        err('ineligible reasons %r != %r' % (rc, REASON_COUNTS))
    topics = [s['expect']['topic'] for s in INFORMATION]
    if sorted(topics) != sorted(INFO_TOPICS):
        err('information topics %r' % topics)
    for grp, outcome in ((FILED, 'filed'), (EMERGENCY, 'emergency'), (INELIGIBLE, 'ineligible'),
                         (CANCELLED, 'cancelled'), (INFORMATION, 'information')):
        for s in grp:
            if s['expect']['outcome'] != outcome:
                err('%s: listed with %s' % (s['id'], outcome))


# ---------------------------------------------------------------- CSVs
def check_csvs():
    for cat, rows in EMERGENCY_ROWS.items():
        if cat not in EMERGENCY_CATEGORIES:
            err('emergency category %r' % cat)
        if len(rows) != EMERGENCY_CSV_COUNTS.get(cat):
            err('emergency %s: %d rows, expected %r' % (cat, len(rows), EMERGENCY_CSV_COUNTS.get(cat)))
        for i, t in enumerate(rows):
            register('emergency_messages.%s[%d]' % (cat, i), t)
    if set(EMERGENCY_ROWS) != set(EMERGENCY_CATEGORIES):
        err('emergency categories missing: %r' % (set(EMERGENCY_CATEGORIES) - set(EMERGENCY_ROWS)))
    if len(ROUTINE_ROWS) != ROUTINE_COUNT:
        err('routine rows %d, expected %d' % (len(ROUTINE_ROWS), ROUTINE_COUNT))
    for i, t in enumerate(ROUTINE_ROWS):
        register('emergency_messages.routine[%d]' % i, t)
    for lab, rows in INCIDENT_ROWS.items():
        if lab not in INCIDENT_TYPES:
            err('incident label %r' % lab)
        if len(rows) != INCIDENT_CSV_COUNTS.get(lab):
            err('incidents %s: %d rows, expected %r' % (lab, len(rows), INCIDENT_CSV_COUNTS.get(lab)))
        for i, t in enumerate(rows):
            register('incident_descriptions.%s[%d]' % (lab, i), t)
    if set(INCIDENT_ROWS) != set(INCIDENT_TYPES):
        err('incident labels missing: %r' % (set(INCIDENT_TYPES) - set(INCIDENT_ROWS)))
    got = {}
    for asked, intent, topic, t in turn_rows():
        got[(asked, intent, topic)] = got.get((asked, intent, topic), 0) + 1
        register('turns.%s.%s.%s' % (asked, intent, topic or '-'), t)
    if got != TURN_COUNTS:
        err('turn counts %r != %r' % (sorted(got.items()), sorted(TURN_COUNTS.items())))


def turn_rows():
    rows = []
    for t in WHERE_ANSWER:
        rows.append(('where', 'answer', '', t))
    for topic, ts in WHERE_QUESTION.items():
        for t in ts:
            rows.append(('where', 'question', topic, t))
    for t in SUMMARY_ANSWER:
        rows.append(('summary', 'answer', '', t))
    for t in SUMMARY_CORRECTION:
        rows.append(('summary', 'correction', '', t))
    for topic, ts in SUMMARY_QUESTION.items():
        for t in ts:
            rows.append(('summary', 'question', topic, t))
    return rows


def rng_for(name):
    return random.Random(int(hashlib.md5(('%s/%s' % (SET, name)).encode('utf-8')).hexdigest(), 16))


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- output
HEADER = """\
# SEALED evaluation set 41 -- resident conversations.
# Written blind on 2026-12-01 by a writer who read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the format of the previous set
# (its README, the first 120 lines of its conversations.yml, the first rows of each CSV, yamlout.py).
# No project code, data, tests or other evaluation files were read, and the assistant was not run.
# Mix (60): 26 filed (3 per online type, lost_property and vandalism 4 each; 7 corrected at the final
#   summary; 11 with a question mid-way, 8 as an interjection and 3 inside an answer; 9 whose first message
#   already gives items with prices or accounts with amounts; 1 that opens without describing anything;
#   5 that correct something in prose while answering; look-alikes of danger and place traps filed as
#   ordinary reports), 12 emergency (5 in the opening, two of them in a second opening message; 7 mid-way
#   via interjections), 12 ineligible (2 each: outside_town, Sherwood Island (excluded_area), I-95 or the
#   Merritt (excluded_area), known_suspect, weapon, unsupported_type), 5 cancelled, 5 information.
# Interjections (questions, emergencies and cancellations) sit only at questions that are always asked:
#   location (only when the opening names no place), occurred_at (only when the opening gives no time),
#   suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote it,
#   with the state ('CT 6PL-209' from "Connecticut plate 6PL-209", 'NY KTR-4471' from "plate is New York
#   KTR-4471", 'CT BN 48213' after a summary correction of "BN 48231"); the plate is given inside the
#   `vehicle` answer; total_value is in whole dollars and only set when amounts for what was taken, lost or
#   fraudulently charged are stated (repair costs and things damaged are not counted); occurred_days_ago and
#   occurred_time are only set when the words fix them (conversation assumed at 14:00 on the day of the run);
#   times are 24h. Non-filed scenarios have record: null.
"""


def scenario_out(s):
    out = {}
    for k in SCENARIO_KEYS:
        if k in s:
            out[k] = s[k]
    return out


def main():
    all_s = FILED + EMERGENCY + INELIGIBLE + CANCELLED + INFORMATION
    try:
        check_scenarios(all_s)
        check_csvs()
    except Exception as e:  # a malformed entry must not write anything either
        err('exception while checking: %r' % (e,))
    outputs = {}
    if not ERRORS:
        try:
            yml = HEADER + yamlout.dump({'scenarios': [scenario_out(s) for s in all_s]})
            outputs['conversations.yml'] = yml
            em = [(t, 1, c) for c in EMERGENCY_CATEGORIES for t in EMERGENCY_ROWS[c]]
            em += [(t, 0, 'routine') for t in ROUTINE_ROWS]
            rng_for('emergency_messages.csv').shuffle(em)
            outputs['emergency_messages.csv'] = csv_text(['text', 'is_emergency', 'category'], em)
            inc = [(t, lab) for lab in INCIDENT_TYPES for t in INCIDENT_ROWS[lab]]
            rng_for('incident_descriptions.csv').shuffle(inc)
            outputs['incident_descriptions.csv'] = csv_text(['text', 'incident_type'], inc)
            tr = [(a, t, i, p) for (a, i, p, t) in turn_rows()]
            rng_for('turns.csv').shuffle(tr)
            outputs['turns.csv'] = csv_text(['asked', 'text', 'intent', 'topic'], tr)
        except Exception as e:
            err('exception while rendering: %r' % (e,))
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e, file=sys.stderr)
        print('%d error(s); nothing written' % len(ERRORS), file=sys.stderr)
        sys.exit(1)
    for name, text in outputs.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    print('wrote %s; %d distinct messages' % (', '.join(sorted(outputs)), len(SEEN)))


if __name__ == '__main__':
    main()
