#!/usr/bin/env python3
"""Build sealed evaluation set 36 from the hand-written message lists in this folder.

Writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv, and checks counts,
column counts, label vocabularies, answer-key names, interjection keys, record fields, phone/e-mail conventions
and duplicate messages. Exits non-zero on any failure.
"""
import csv
import io
import os
import random
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import conv_filed  # noqa: E402
import conv_other  # noqa: E402
import csv_emergency  # noqa: E402
import csv_incidents  # noqa: E402
import csv_turns  # noqa: E402

SEED = 36
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property', 'theft',
                'vandalism', 'vehicle_burglary', 'vehicle_tampering']
ALL_TYPES = ONLINE_TYPES + ['motor_vehicle_theft']
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
COMMON_KEYS = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect', 'weapon',
               'occurred_at', 'narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed',
               'callback_wanted']
ANSWER_KEYS = set(COMMON_KEYS) | {k for v in TYPE_KEYS.values() for k in v} | {'incident_type'}
INTERJECTION_KEYS = {'location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed'}
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'occurred_days_ago', 'occurred_time',
               'vehicle_plate', 'total_value']
OUTCOMES = {'filed', 'emergency', 'ineligible', 'cancelled', 'information'}
REASONS = ['unsupported_type', 'outside_town', 'excluded_area', 'known_suspect', 'weapon', 'officer_requested']
TOPICS = {'state_police', 'records', 'copy', 'other_town', 'animal_control', 'anonymous'}
LOCATION_DECISIONS = {'in_town', 'outside_town', 'excluded_area', None}
EMERGENCY_CATS_8 = ['fire', 'just_happened_offender_near', 'crime_in_progress', 'missing_now', 'threat_of_violence']
EMERGENCY_CATS_7 = ['cannot_call', 'medical', 'danger_or_injury', 'self_harm', 'weapon_present']
PHONE_RE = re.compile(r'(?:\(?(203|475)\)?[\s.-]?555[\s.-]?(01\d\d))')


# ------------------------------------------------------------------------------------------- conversations

def filed_scenario(s):
    rec = {k: s['record'][k] for k in RECORD_KEYS if k in s['record']}
    out = {
        'id': s['id'],
        'channel': 'web',
        'note': s['note'],
        'opening': s['opening'],
        'answers': s['answers'],
    }
    if s['interjections']:
        out['interjections'] = s['interjections']
    out['expect'] = {
        'outcome': 'filed',
        'reason': None,
        'topic': None,
        'incident_type': s['incident_type'],
        'location_decision': 'in_town',
        'emergency_message': None,
        'first_message_describes': s['describes'],
        'record': rec,
    }
    return out


def other_scenario(s):
    out = {
        'id': s['id'],
        'channel': 'web',
        'note': s['note'],
        'opening': s['opening'],
        'answers': s['answers'],
    }
    if s['interjections']:
        out['interjections'] = s['interjections']
    if s['after_end']:
        out['after_end'] = s['after_end']
    out['expect'] = {
        'outcome': s['outcome'],
        'reason': s['reason'],
        'topic': s['topic'],
        'incident_type': s['incident_type'],
        'location_decision': s['location_decision'],
        'emergency_message': s['emergency_message'],
        'first_message_describes': s['describes'],
        'record': None,
    }
    return out


def check_scenarios(scns):
    ids = [s['id'] for s in scns]
    if len(set(ids)) != len(ids):
        fail('duplicate scenario ids')
    for s in scns:
        sid = s['id']
        e = s['expect']
        if not sid.startswith('s36-'):
            fail(f'{sid}: id prefix')
        if not re.fullmatch(r's36-[a-z0-9-]+', sid):
            fail(f'{sid}: id charset')
        if e['outcome'] not in OUTCOMES:
            fail(f'{sid}: outcome')
        if e['first_message_describes'] not in ('true', 'false'):
            fail(f'{sid}: first_message_describes')
        if e['location_decision'] not in LOCATION_DECISIONS:
            fail(f'{sid}: location_decision')
        if e['incident_type'] is not None and e['incident_type'] not in ALL_TYPES:
            fail(f'{sid}: incident_type')
        if (e['reason'] is not None) != (e['outcome'] == 'ineligible'):
            fail(f'{sid}: reason only for ineligible')
        if e['reason'] is not None and e['reason'] not in REASONS:
            fail(f'{sid}: reason vocabulary')
        if (e['topic'] is not None) != (e['outcome'] == 'information'):
            fail(f'{sid}: topic only for information')
        if e['topic'] is not None and e['topic'] not in TOPICS:
            fail(f'{sid}: topic vocabulary')
        if not s['opening'] or not all(isinstance(m, str) and m.strip() for m in s['opening']):
            fail(f'{sid}: opening')
        for k in s['answers']:
            if k not in ANSWER_KEYS:
                fail(f'{sid}: unknown answer key {k}')
        for ij in s.get('interjections', []):
            if set(ij) != {'at', 'text'}:
                fail(f'{sid}: interjection fields')
            if ij['at'] not in INTERJECTION_KEYS:
                fail(f'{sid}: interjection key {ij["at"]}')
            if ij['at'] not in s['answers']:
                fail(f'{sid}: interjection at {ij["at"]} has no plain answer')
        if 'incident_type' in s['answers'] and e['first_message_describes'] != 'false':
            fail(f'{sid}: incident_type answer only when the opening describes nothing')
        # outcome specific
        if e['outcome'] == 'filed':
            t = e['incident_type']
            want = COMMON_KEYS + TYPE_KEYS[t]
            if e['first_message_describes'] == 'false':
                want = want + ['incident_type']
            if set(s['answers']) != set(want):
                fail(f'{sid}: filed answer keys {sorted(set(s["answers"]) ^ set(want))}')
            if e['location_decision'] != 'in_town' or e['emergency_message'] is not None:
                fail(f'{sid}: filed expect')
            rec = e['record']
            if not isinstance(rec, dict):
                fail(f'{sid}: record missing')
                continue
            for k in rec:
                if k not in RECORD_KEYS:
                    fail(f'{sid}: record key {k}')
            for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
                if k not in rec:
                    fail(f'{sid}: record lacks {k}')
            if not re.fullmatch(r'(203|475)55501\d\d', rec['reporter_phone']):
                fail(f'{sid}: reporter_phone format')
            if not re.fullmatch(r'[a-z0-9._]+@example\.com', rec['reporter_email']):
                fail(f'{sid}: reporter_email format')
            texts = ' '.join([s['answers']['reporter_email'], s['answers']['confirmed']])
            if rec['reporter_email'] not in texts:
                fail(f'{sid}: record e-mail not written by the resident')
            phones = {a + '555' + b for a, b in PHONE_RE.findall(
                ' '.join([s['answers']['reporter_phone'], s['answers']['confirmed']]))}
            if rec['reporter_phone'] not in phones:
                fail(f'{sid}: record phone not written by the resident')
            name_src = ' '.join([s['answers']['reporter_name'], s['answers']['confirmed']])
            for part in rec['reporter_name'].split():
                if part.lower() not in name_src.lower():
                    fail(f'{sid}: record name part {part} not written by the resident')
            if 'occurred_time' in rec:
                if not re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', rec['occurred_time']):
                    fail(f'{sid}: occurred_time format')
                if 'occurred_days_ago' not in rec:
                    fail(f'{sid}: occurred_time without days')
            if 'occurred_days_ago' in rec and rec['occurred_days_ago'] not in (0, 1, 2, 3):
                fail(f'{sid}: occurred_days_ago')
            if 'vehicle_plate' in rec:
                if 'vehicle' not in s['answers']:
                    fail(f'{sid}: plate without vehicle answer')
                if not re.fullmatch(r'(CT|NY|MA|NJ) [A-Z0-9 -]+', rec['vehicle_plate']):
                    fail(f'{sid}: plate format')
            elif 'vehicle' in s['answers']:
                fail(f'{sid}: vehicle answer without plate in record')
            if 'total_value' in rec and not (isinstance(rec['total_value'], int) and rec['total_value'] > 0):
                fail(f'{sid}: total_value')
        else:
            if e['record'] is not None:
                fail(f'{sid}: non-filed record must be null')
        if e['outcome'] == 'emergency':
            msgs = list(s['opening']) + [ij['text'] for ij in s.get('interjections', [])]
            if e['emergency_message'] not in msgs:
                fail(f'{sid}: emergency_message not among the messages')
            if not s.get('after_end'):
                fail(f'{sid}: emergency without after_end')
            if s.get('interjections'):
                if e['emergency_message'] != s['interjections'][0]['text']:
                    fail(f'{sid}: emergency interjection mismatch')
                if e['incident_type'] is None:
                    fail(f'{sid}: mid-way emergency needs incident_type')
            else:
                if s['answers'] or e['incident_type'] is not None or e['location_decision'] is not None:
                    fail(f'{sid}: opening emergency must have empty answers and null type/location')
        elif e['emergency_message'] is not None:
            fail(f'{sid}: emergency_message only for emergencies')
        if e['outcome'] == 'information':
            if s['answers'] or e['incident_type'] is not None or e['location_decision'] is not None:
                fail(f'{sid}: information expect')
            if e['first_message_describes'] != 'false':
                fail(f'{sid}: information first_message_describes')
        if e['outcome'] in ('cancelled',) and not s.get('interjections'):
            fail(f'{sid}: cancel needs an interjection')
        if e['reason'] == 'officer_requested' and not s.get('interjections'):
            fail(f'{sid}: officer request needs an interjection')
        if e['reason'] in ('known_suspect',) and not str(s['answers'].get('known_suspect', '')).lower().startswith(
                'yes'):
            fail(f'{sid}: known_suspect answer must be yes')
        if e['reason'] in ('weapon',) and not str(s['answers'].get('weapon', '')).lower().startswith('yes'):
            fail(f'{sid}: weapon answer must be yes')


def check_conversation_counts(scns):
    by = Counter(s['expect']['outcome'] for s in scns)
    want = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
    if dict(by) != want:
        fail(f'outcome counts {dict(by)}')
    types = Counter(s['expect']['incident_type'] for s in scns if s['expect']['outcome'] == 'filed')
    for t in ONLINE_TYPES:
        n = 4 if t in ('lost_property', 'vandalism') else 3
        if types[t] != n:
            fail(f'filed {t}: {types[t]} != {n}')
    em = [s for s in scns if s['expect']['outcome'] == 'emergency']
    if sum(1 for s in em if not s.get('interjections')) != 5:
        fail('emergencies in the opening != 5')
    if sum(1 for s in em if s.get('interjections')) != 7:
        fail('mid-way emergencies != 7')
    reasons = Counter(s['expect']['reason'] for s in scns if s['expect']['outcome'] == 'ineligible')
    for r in REASONS:
        if reasons[r] != 2:
            fail(f'ineligible {r}: {reasons[r]} != 2')
    if len(scns) != 60:
        fail(f'{len(scns)} scenarios, not 60')


HEADER = """\
# SEALED evaluation set 36 -- resident conversations.
# Written blind by a helper that read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the file formats of
# sealed-35 (its README, the first 120 lines of its conversations.yml, the first 5 lines of each CSV).
# No project code, data, tests or other evaluation files were read, no git commands were run, and the
# assistant was not run.
# Mix (60): 26 filed (>=3 per online type, lost_property and vandalism 4 each; 7 corrected at the
#   final summary; 9 with a question mid-way, 5 as an interjection and 4 inside an answer; 7 whose
#   first message already gives items with prices or accounts with amounts; 1 that opens without
#   describing anything; 4 that correct a phone, a plate, a place or a name in prose while
#   answering; look-alikes of danger and place traps filed as ordinary reports), 12 emergency
#   (5 in the opening, two of them in a second opening message; 7 mid-way via interjections),
#   12 ineligible (2 per reason), 5 cancelled, 5 information.
# Interjections (questions, emergencies, cancellations and officer requests) sit only at questions
#   that are always asked: location (only when the opening names no place), occurred_at (only when
#   the opening gives no time), suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote
#   it, with the state ('CT 5YT-206' from "ct plate 5YT-206", 'MA 8XP-361' from "Mass plate 8XP-361");
#   the plate is given inside the `vehicle` answer; total_value is in whole dollars and only set when
#   amounts for what was taken or lost are stated (repair costs, estimates and things destroyed are
#   not counted); occurred_days_ago and occurred_time are only set when the words fix them
#   (conversation assumed at 14:00 on the day of the run); times are 24h. Non-filed scenarios have
#   record: null.
"""


# ------------------------------------------------------------------------------------------- CSVs

def build_emergency_rows():
    rows = []
    for cat in EMERGENCY_CATS_8 + EMERGENCY_CATS_7:
        msgs = csv_emergency.EMERGENCIES.get(cat, [])
        n = 8 if cat in EMERGENCY_CATS_8 else 7
        if len(msgs) != n:
            fail(f'emergency category {cat}: {len(msgs)} != {n}')
        rows += [(m, '1', cat) for m in msgs]
    if set(csv_emergency.EMERGENCIES) != set(EMERGENCY_CATS_8 + EMERGENCY_CATS_7):
        fail('unknown emergency category')
    if len(csv_emergency.ROUTINE) != 75:
        fail(f'routine rows: {len(csv_emergency.ROUTINE)} != 75')
    rows += [(m, '0', 'routine') for m in csv_emergency.ROUTINE]
    return rows


def build_incident_rows():
    rows = []
    if set(csv_incidents.INCIDENTS) != set(ALL_TYPES):
        fail('incident labels')
    for t in ALL_TYPES:
        msgs = csv_incidents.INCIDENTS[t]
        n = 24 if t == 'motor_vehicle_theft' else 22
        if len(msgs) != n:
            fail(f'incident label {t}: {len(msgs)} != {n}')
        rows += [(m, t) for m in msgs]
    return rows


def build_turn_rows():
    T = csv_turns
    if len(T.WHERE_ANSWERS) != 45:
        fail(f'where answers {len(T.WHERE_ANSWERS)} != 45')
    wq = Counter(t for _, t in T.WHERE_QUESTIONS)
    if dict(wq) != {'other_town': 10, 'state_police': 8, 'anonymous': 4, 'animal_control': 3}:
        fail(f'where questions {dict(wq)}')
    if len(T.SUMMARY_ANSWERS) != 25:
        fail(f'summary answers {len(T.SUMMARY_ANSWERS)} != 25')
    if len(T.SUMMARY_CORRECTIONS) != 35:
        fail(f'summary corrections {len(T.SUMMARY_CORRECTIONS)} != 35')
    sq = Counter(t for _, t in T.SUMMARY_QUESTIONS)
    if dict(sq) != {'copy': 7, 'anonymous': 4, 'records': 4, 'animal_control': 2, 'state_police': 1,
                    'other_town': 2}:
        fail(f'summary questions {dict(sq)}')
    rows = [('where', m, 'answer', '') for m in T.WHERE_ANSWERS]
    rows += [('where', m, 'question', t) for m, t in T.WHERE_QUESTIONS]
    rows += [('summary', m, 'answer', '') for m in T.SUMMARY_ANSWERS]
    rows += [('summary', m, 'correction', '') for m in T.SUMMARY_CORRECTIONS]
    rows += [('summary', m, 'question', t) for m, t in T.SUMMARY_QUESTIONS]
    return rows


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------------------------------- duplicates

def norm(m):
    m = m.casefold().strip()
    m = re.sub(r'\s+', ' ', m)
    return m.rstrip('.!? ')


def all_messages(scns, emer, inc, turns):
    out = []
    for s in scns:
        for m in s['opening']:
            out.append((m, s['id'] + ' opening'))
        for k, v in s['answers'].items():
            if k in ('known_suspect', 'weapon') and v == 'No.':
                continue
            out.append((v, f"{s['id']} answers.{k}"))
        for ij in s.get('interjections', []):
            if s['expect']['emergency_message'] == ij['text']:
                pass  # the emergency_message repeats the interjection text by design
            out.append((ij['text'], f"{s['id']} interjection@{ij['at']}"))
        for m in s.get('after_end', []):
            out.append((m, s['id'] + ' after_end'))
    out += [(r[0], 'emergency_messages.csv') for r in emer]
    out += [(r[0], 'incident_descriptions.csv') for r in inc]
    out += [(r[1], 'turns.csv') for r in turns]
    return out


def check_duplicates(msgs):
    seen = {}
    for m, where in msgs:
        if not isinstance(m, str) or not m.strip():
            fail(f'empty message at {where}')
            continue
        k = norm(m)
        if k in seen:
            fail(f'duplicate message: {m!r} at {where} and {seen[k]}')
        else:
            seen[k] = where


def check_against_format_samples(msgs):
    """Make sure nothing is copied from the previous set's format samples (if they are at hand)."""
    fmt = '/tmp/sealed36-fmt'
    if not os.path.isdir(fmt):
        return
    sample = []
    try:
        with open(os.path.join(fmt, 'conversations.yml'), encoding='utf-8') as f:
            for line in f:
                sample.append(line)
        for name in ('emergency_messages.csv', 'incident_descriptions.csv', 'turns.csv'):
            with open(os.path.join(fmt, name), encoding='utf-8') as f:
                for row in csv.reader(f):
                    sample.extend(row)
    except OSError:
        return
    blob = norm(' '.join(sample))
    for m, where in msgs:
        k = norm(m)
        if len(k) >= 25 and k in blob:
            fail(f'message copied from the format sample: {m!r} at {where}')


# ------------------------------------------------------------------------------------------- main

def main():
    scns = [filed_scenario(s) for s in conv_filed.FILED]
    scns += [other_scenario(s) for s in conv_other.EMERGENCY + conv_other.INELIGIBLE + conv_other.CANCELLED +
             conv_other.INFORMATION]
    check_scenarios(scns)
    check_conversation_counts(scns)

    emer = build_emergency_rows()
    inc = build_incident_rows()
    turns = build_turn_rows()
    rng = random.Random(SEED)
    rng.shuffle(emer)
    rng.shuffle(inc)
    rng.shuffle(turns)

    msgs = all_messages(scns, emer, inc, turns)
    check_duplicates(msgs)
    check_against_format_samples(msgs)

    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e, file=sys.stderr)
        sys.exit(1)

    body = yaml.dump({'scenarios': scns}, width=110, sort_keys=False, allow_unicode=True, default_flow_style=False)
    with open(os.path.join(HERE, 'conversations.yml'), 'w', encoding='utf-8') as f:
        f.write(HEADER + body)
    write_csv(os.path.join(HERE, 'emergency_messages.csv'), ['text', 'is_emergency', 'category'], emer)
    write_csv(os.path.join(HERE, 'incident_descriptions.csv'), ['text', 'incident_type'], inc)
    write_csv(os.path.join(HERE, 'turns.csv'), ['asked', 'text', 'intent', 'topic'], turns)

    # re-read and verify
    data = yaml.safe_load(open(os.path.join(HERE, 'conversations.yml'), encoding='utf-8'))
    assert len(data['scenarios']) == 60
    for name, ncol, nrow in (('emergency_messages.csv', 3, 150), ('incident_descriptions.csv', 2, 200),
                             ('turns.csv', 4, 150)):
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            rows = list(csv.reader(f))
        assert len(rows) == nrow + 1, (name, len(rows))
        assert all(len(r) == ncol for r in rows), name
    print(f'ok: conversations.yml 60 scenarios; emergency_messages.csv {len(emer)}; '
          f'incident_descriptions.csv {len(inc)}; turns.csv {len(turns)}; {len(msgs)} messages, no duplicates')


if __name__ == '__main__':
    main()
