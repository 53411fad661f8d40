#!/usr/bin/env python3
"""Assemble sealed-34 from the hand-written message lists and check it.

    python3 build.py

Writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv next to this file
(CSV rows mixed with a fixed seed) and checks counts, column counts, answer-key names, interjection keys,
record fields, phone/e-mail conventions and that no message occurs twice. Exits non-zero on any problem.
"""
import collections
import csv
import io
import os
import random
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import conv_filed  # noqa: E402
import conv_other  # noqa: E402
import csv_emergency  # noqa: E402
import csv_incidents  # noqa: E402
import csv_turns  # noqa: E402

SEED = 34
PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property', 'theft',
                'vandalism', 'vehicle_burglary', 'vehicle_tampering']
ALL_TYPES = ONLINE_TYPES + ['motor_vehicle_theft']
COMMON_KEYS = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect', 'weapon',
               'occurred_at', 'narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed',
               'callback_wanted']
TYPE_KEYS = {
    'harassing_phone_call': ['caller_number', 'call_pattern'],
    'identity_theft': ['accounts'],
    'lost_property': ['items'],
    'theft': ['items'],
    'vandalism': ['damage'],
    'damage_to_motor_vehicle': ['vehicle', 'damage'],
    'vehicle_tampering': ['vehicle', 'damage'],
    'vehicle_burglary': ['vehicle', 'items', 'damage'],
    'motor_vehicle_theft': [],
    None: [],
}
VEHICLE_TYPES = {'damage_to_motor_vehicle', 'vehicle_tampering', 'vehicle_burglary'}
INTERJECTION_KEYS = {'location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone',
                     'confirmed'}
RECORD_FIELDS = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate', 'total_value',
                 'occurred_days_ago', 'occurred_time']
REASONS = ['unsupported_type', 'outside_town', 'excluded_area', 'known_suspect', 'weapon', 'officer_requested']
INFO_TOPICS = ['state_police', 'records', 'copy', 'other_town', 'animal_control']
DEPT_NUMBERS = {'2033416000', '2033416001', '2033416052', '2033416092', '2033416009'}
FIXED_ANSWERS = {'No.'}

PHONE_RE = re.compile(r'(?<![\d$])\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}(?!\d)')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}')


# ---------------------------------------------------------------------------------------------- conversations
def ordered_answers(answers):
    order = ['incident_type'] + COMMON_KEYS[:7] + sum(TYPE_KEYS.values(), []) + COMMON_KEYS[7:]
    seen = []
    for k in order:
        if k in answers and k not in seen:
            seen.append(k)
    for k in answers:
        if k not in seen:
            seen.append(k)
    return {k: answers[k] for k in seen}


def build_scenario(s, outcome):
    exp = s['exp']
    out = {'id': s['id'], 'channel': 'web', 'note': s['note'], 'opening': list(s['opening']),
           'answers': ordered_answers(s['answers'])}
    if s.get('interjections'):
        out['interjections'] = [{'at': i['at'], 'text': i['text']} for i in s['interjections']]
    if s.get('after_end'):
        out['after_end'] = list(s['after_end'])
    e = {'outcome': outcome, 'reason': None, 'topic': None, 'incident_type': None, 'location_decision': None,
         'emergency_message': None, 'first_message_describes': exp.get('first_message_describes', 'true'),
         'record': None}
    if outcome == 'filed':
        e['incident_type'] = exp['incident_type']
        e['location_decision'] = 'in_town'
        e['record'] = dict(exp['record'])
    elif outcome == 'emergency':
        e['incident_type'] = exp.get('incident_type')
        e['location_decision'] = exp.get('location_decision')
        if 'emergency_index' in exp:
            e['emergency_message'] = s['opening'][exp['emergency_index']]
        else:
            e['emergency_message'] = s['interjections'][0]['text']
    elif outcome == 'ineligible':
        e['reason'] = exp['reason']
        e['incident_type'] = exp['incident_type']
        e['location_decision'] = exp['location_decision']
    elif outcome == 'cancelled':
        e['incident_type'] = exp['incident_type']
        e['location_decision'] = exp['location_decision']
    elif outcome == 'information':
        e['topic'] = exp['topic']
        e['first_message_describes'] = 'false'
    out['expect'] = e
    return out


def digits(s):
    return re.sub(r'\D', '', s)


def check_scenario(sc):
    sid = sc['id']
    e = sc['expect']
    a = sc['answers']
    if not sid.startswith('s34-'):
        problem(f'{sid}: id prefix')
    if not sc['opening'] or not all(isinstance(m, str) and m.strip() for m in sc['opening']):
        problem(f'{sid}: empty opening')
    itype = e['incident_type']
    if itype not in ALL_TYPES + [None]:
        problem(f'{sid}: bad incident_type {itype}')
    allowed = set(COMMON_KEYS) | set(TYPE_KEYS[itype]) | {'incident_type'}
    for k in a:
        if k not in allowed:
            problem(f'{sid}: answer key {k} not allowed for {itype}')
    if 'incident_type' in a and e['first_message_describes'] != 'false':
        problem(f'{sid}: answers.incident_type only when the opening describes nothing')
    for v in a.values():
        if not isinstance(v, str) or not v.strip():
            problem(f'{sid}: empty answer')
    # interjections
    for i in sc.get('interjections', []):
        if i['at'] not in INTERJECTION_KEYS:
            problem(f'{sid}: interjection at {i["at"]}')
        if i['at'] not in a:
            problem(f'{sid}: interjection at {i["at"]} has no plain answer in answers')
    if e['outcome'] == 'filed':
        need = set(COMMON_KEYS) | set(TYPE_KEYS[itype])
        if e['first_message_describes'] == 'false':
            need |= {'incident_type'}
        if set(a) != need:
            problem(f'{sid}: filed answer keys differ: missing {need - set(a)}, extra {set(a) - need}')
        if a.get('known_suspect') != 'No.' or a.get('weapon') != 'No.':
            problem(f'{sid}: filed needs known_suspect/weapon "No."')
        r = e['record']
        if not r:
            problem(f'{sid}: filed without record')
            return
        for k in r:
            if k not in RECORD_FIELDS:
                problem(f'{sid}: record field {k}')
        for k in ['reporter_name', 'reporter_email', 'reporter_phone']:
            if k not in r:
                problem(f'{sid}: record lacks {k}')
        if not re.fullmatch(r'\d{10}', r['reporter_phone']) or r['reporter_phone'][3:8] != '55501':
            problem(f'{sid}: record phone {r["reporter_phone"]}')
        if not r['reporter_email'].endswith('@example.com'):
            problem(f'{sid}: record email')
        src = a['reporter_name'] + ' ' + a['confirmed']
        for tok in r['reporter_name'].split():
            if tok.lower() not in src.lower():
                problem(f'{sid}: record name token {tok} not in answers')
        if r['reporter_email'] not in a['reporter_email'] + ' ' + a['confirmed']:
            problem(f'{sid}: record email not in answers')
        if r['reporter_phone'][-4:] not in digits(a['reporter_phone']) + ' ' + digits(a['confirmed']):
            problem(f'{sid}: record phone not in answers')
        if itype in VEHICLE_TYPES:
            if 'vehicle_plate' not in r:
                problem(f'{sid}: vehicle type without plate')
            elif not re.fullmatch(r'[A-Z]{2} [A-Z0-9]{2,4}-[A-Z0-9]{2,4}', r['vehicle_plate']):
                problem(f'{sid}: plate format {r["vehicle_plate"]}')
            elif r['vehicle_plate'].split(' ', 1)[1].lower() not in (a['vehicle'] + a['confirmed']).lower():
                problem(f'{sid}: plate not in vehicle answer')
        elif 'vehicle_plate' in r:
            problem(f'{sid}: plate on a non-vehicle type')
        if 'total_value' in r and (not isinstance(r['total_value'], int) or r['total_value'] <= 0):
            problem(f'{sid}: total_value')
        if 'occurred_days_ago' in r and r['occurred_days_ago'] not in range(0, 8):
            problem(f'{sid}: occurred_days_ago')
        if 'occurred_time' in r:
            if not re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', r['occurred_time']):
                problem(f'{sid}: occurred_time')
            if 'occurred_days_ago' not in r:
                problem(f'{sid}: time without days')
        if e['location_decision'] != 'in_town' or e['reason'] or e['topic'] or e['emergency_message']:
            problem(f'{sid}: filed expect fields')
    else:
        if e['record'] is not None:
            problem(f'{sid}: non-filed with record')
    if e['outcome'] == 'emergency':
        msgs = sc['opening'] + [i['text'] for i in sc.get('interjections', [])]
        if e['emergency_message'] not in msgs:
            problem(f'{sid}: emergency_message not sent')
        if not sc.get('after_end'):
            problem(f'{sid}: emergency without after_end')
        if not sc.get('interjections'):
            if a or e['incident_type'] is not None or e['location_decision'] is not None:
                problem(f'{sid}: opening emergency must have answers {{}}, null type and location')
    if e['outcome'] == 'ineligible':
        if e['reason'] not in REASONS:
            problem(f'{sid}: reason {e["reason"]}')
        if e['reason'] == 'known_suspect' and sc.get('interjections') is None and 'known_suspect' in a \
                and a['known_suspect'] == 'No.':
            problem(f'{sid}: known_suspect refusal with No.')
        if e['reason'] == 'weapon' and a.get('weapon', 'No.') == 'No.':
            problem(f'{sid}: weapon refusal without yes answer')
        if e['reason'] == 'officer_requested' and not sc.get('interjections'):
            problem(f'{sid}: officer_requested should be an interjection')
        if e['reason'] in ('outside_town', 'excluded_area') and e['location_decision'] != e['reason']:
            problem(f'{sid}: location_decision for {e["reason"]}')
    elif e['reason'] is not None:
        problem(f'{sid}: reason set on {e["outcome"]}')
    if e['outcome'] == 'information':
        if a or e['topic'] not in INFO_TOPICS or e['incident_type'] is not None or e['location_decision'] is not None:
            problem(f'{sid}: information fields')
    elif e['topic'] is not None:
        problem(f'{sid}: topic on {e["outcome"]}')


def scenario_texts(sc):
    out = list(sc['opening'])
    for k, v in sc['answers'].items():
        if not (k in ('known_suspect', 'weapon') and v in FIXED_ANSWERS):
            out.append(v)
    out += [i['text'] for i in sc.get('interjections', [])]
    out += sc.get('after_end', [])
    return out


HEADER = """\
# SEALED evaluation set 34 -- resident conversations.
# Written blind by a helper that read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the file formats of
# sealed-33 (its README, the first 120 lines of its conversations.yml, the first 5 lines of each
# CSV). No project code, data, tests or other evaluation files were read, no git commands were run,
# and the assistant was not run.
# Mix (60): 26 filed (>=3 per online type, lost_property and vandalism 4 each; 6 corrected at the
#   final summary; 9 with a question mid-way, 5 as an interjection and 4 inside an answer; 7 whose
#   first message already gives items with prices or accounts with amounts; 1 that opens without
#   describing anything; 4 that correct an e-mail, a phone number, a street or a time in prose while
#   answering; look-alikes of danger and place traps filed as ordinary reports), 12 emergency
#   (5 in the opening, one of them in the second opening message; 7 mid-way via interjections),
#   12 ineligible (2 per reason), 5 cancelled, 5 information.
# Interjections (questions, emergencies, cancellations and officer requests) sit only at questions
#   that are always asked: location (only when the opening names no place), occurred_at (only when
#   the opening gives no time), suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote
#   it, with the state ('CT 2RM-518' from "plate Connecticut 2RM-518"); the plate is given inside the
#   `vehicle` answer; total_value is in whole dollars and only set when amounts for what was taken or
#   lost are stated (repair costs, estimates and things destroyed are not counted); occurred_days_ago
#   and occurred_time are only set when the words fix them (conversation assumed at 14:00 on the day
#   of the run); times are 24h. Non-filed scenarios have record: null.
"""


def build_conversations():
    scen = [build_scenario(s, 'filed') for s in conv_filed.FILED]
    scen += [build_scenario(s, 'emergency') for s in conv_other.EMERGENCY]
    scen += [build_scenario(s, 'ineligible') for s in conv_other.INELIGIBLE]
    scen += [build_scenario(s, 'cancelled') for s in conv_other.CANCELLED]
    scen += [build_scenario(s, 'information') for s in conv_other.INFORMATION]
    for sc in scen:
        check_scenario(sc)
    ids = [sc['id'] for sc in scen]
    if len(ids) != len(set(ids)):
        problem('duplicate scenario ids')
    # counts
    oc = collections.Counter(sc['expect']['outcome'] for sc in scen)
    want = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
    if dict(oc) != want:
        problem(f'outcome counts {dict(oc)}')
    ft = collections.Counter(sc['expect']['incident_type'] for sc in scen if sc['expect']['outcome'] == 'filed')
    for t in ONLINE_TYPES:
        if ft[t] < 3:
            problem(f'filed {t}: {ft[t]} < 3')
    em = [sc for sc in scen if sc['expect']['outcome'] == 'emergency']
    n_open = sum(1 for sc in em if not sc.get('interjections'))
    if (n_open, len(em) - n_open) != (5, 7):
        problem(f'emergency opening/mid {n_open}/{len(em) - n_open}')
    rc = collections.Counter(sc['expect']['reason'] for sc in scen if sc['expect']['outcome'] == 'ineligible')
    if any(rc[r] != 2 for r in REASONS) or len(rc) != 6:
        problem(f'ineligible reasons {dict(rc)}')
    tc = sorted(sc['expect']['topic'] for sc in scen if sc['expect']['outcome'] == 'information')
    if tc != sorted(INFO_TOPICS):
        problem(f'information topics {tc}')
    filed = [sc for sc in scen if sc['expect']['outcome'] == 'filed']
    q_inter = sum(1 for sc in filed if sc.get('interjections'))
    if q_inter != 5:
        problem(f'filed with interjection questions: {q_inter}')
    if sum(1 for sc in filed if sc['expect']['first_message_describes'] == 'false') != 1:
        problem('exactly one filed opening should describe nothing')
    dumped = yaml.safe_dump({'scenarios': scen}, sort_keys=False, allow_unicode=True, width=110,
                            default_flow_style=False)
    text = HEADER + dumped
    back = yaml.safe_load(text)['scenarios']
    if back != scen:
        problem('YAML round trip differs')
    for sc in back:
        r = sc['expect']['record']
        if r and 'occurred_time' in r and not isinstance(r['occurred_time'], str):
            problem(f'{sc["id"]}: occurred_time not a string after YAML load')
        if r and not isinstance(r['reporter_phone'], str):
            problem(f'{sc["id"]}: reporter_phone not a string after YAML load')
    return scen, text, oc, ft


# ---------------------------------------------------------------------------------------------- CSVs
def write_csv(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def check_csv_text(name, text, ncols, nrows):
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) != nrows + 1:
        problem(f'{name}: {len(rows) - 1} rows, want {nrows}')
    for i, r in enumerate(rows):
        if len(r) != ncols:
            problem(f'{name}: row {i} has {len(r)} columns')
    return rows


def build_emergency():
    rows = []
    want = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
            'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7, 'self_harm': 7,
            'weapon_present': 7}
    for cat, msgs in csv_emergency.EMERGENCY.items():
        if len(msgs) != want.get(cat, -1):
            problem(f'emergency category {cat}: {len(msgs)} (want {want.get(cat)})')
        rows += [(m, 1, cat) for m in msgs]
    if set(csv_emergency.EMERGENCY) != set(want):
        problem('emergency categories differ')
    if len(csv_emergency.ROUTINE) != 75:
        problem(f'routine rows: {len(csv_emergency.ROUTINE)}')
    rows += [(m, 0, 'routine') for m in csv_emergency.ROUTINE]
    random.Random(SEED).shuffle(rows)
    text = write_csv(['text', 'is_emergency', 'category'], rows)
    check_csv_text('emergency_messages.csv', text, 3, 150)
    return rows, text


def build_incidents():
    rows = []
    for label, msgs in csv_incidents.INCIDENTS.items():
        want = 24 if label == 'motor_vehicle_theft' else 22
        if len(msgs) != want:
            problem(f'incident label {label}: {len(msgs)} (want {want})')
        rows += [(m, label) for m in msgs]
    if set(csv_incidents.INCIDENTS) != set(ALL_TYPES):
        problem('incident labels differ')
    random.Random(SEED + 1).shuffle(rows)
    text = write_csv(['text', 'incident_type'], rows)
    check_csv_text('incident_descriptions.csv', text, 2, 200)
    return rows, text


def build_turns():
    t = csv_turns
    rows = [('where', m, 'answer', '') for m in t.WHERE_ANSWER]
    rows += [('where', m, 'question', topic) for m, topic in t.WHERE_QUESTION]
    rows += [('summary', m, 'answer', '') for m in t.SUMMARY_ANSWER]
    rows += [('summary', m, 'correction', '') for m in t.SUMMARY_CORRECTION]
    rows += [('summary', m, 'question', topic) for m, topic in t.SUMMARY_QUESTION]
    c = collections.Counter((r[0], r[2]) for r in rows)
    want = {('where', 'answer'): 45, ('where', 'question'): 25, ('summary', 'answer'): 25,
            ('summary', 'correction'): 35, ('summary', 'question'): 20}
    if dict(c) != want:
        problem(f'turn counts {dict(c)}')
    tq = collections.Counter((r[0], r[3]) for r in rows if r[2] == 'question')
    want_t = {('where', 'other_town'): 10, ('where', 'state_police'): 8, ('where', 'anonymous'): 4,
              ('where', 'animal_control'): 3, ('summary', 'copy'): 7, ('summary', 'anonymous'): 4,
              ('summary', 'records'): 4, ('summary', 'animal_control'): 2, ('summary', 'state_police'): 1,
              ('summary', 'other_town'): 2}
    if dict(tq) != want_t:
        problem(f'turn topics {dict(tq)}')
    random.Random(SEED + 2).shuffle(rows)
    text = write_csv(['asked', 'text', 'intent', 'topic'], rows)
    check_csv_text('turns.csv', text, 4, 150)
    return rows, text


# ---------------------------------------------------------------------------------------------- global checks
def check_conventions(all_texts):
    for src, s in all_texts:
        for m in PHONE_RE.finditer(s):
            d = digits(m.group(0))
            if d in DEPT_NUMBERS:
                continue
            if len(d) != 10 or d[3:8] != '55501':
                problem(f'{src}: phone not 555-01xx: {m.group(0)!r}')
        for m in EMAIL_RE.finditer(s):
            if not m.group(0).lower().endswith('@example.com'):
                problem(f'{src}: e-mail not @example.com: {m.group(0)!r}')
        if re.search(r'\b(19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b', s):
            problem(f'{src}: absolute date: {s[:60]!r}')


def check_duplicates(all_texts):
    seen = {}
    for src, s in all_texts:
        key = re.sub(r'\s+', ' ', s.strip().lower())
        if key in seen:
            problem(f'duplicate message: {s[:70]!r} in {src} and {seen[key]}')
        else:
            seen[key] = src


def main():
    scen, conv_text, oc, ft = build_conversations()
    em_rows, em_text = build_emergency()
    inc_rows, inc_text = build_incidents()
    turn_rows, turn_text = build_turns()
    all_texts = []
    for sc in scen:
        all_texts += [(sc['id'], t) for t in scenario_texts(sc)]
    all_texts += [('emergency_messages.csv', r[0]) for r in em_rows]
    all_texts += [('incident_descriptions.csv', r[0]) for r in inc_rows]
    all_texts += [('turns.csv', r[1]) for r in turn_rows]
    check_conventions(all_texts)
    # notes are descriptions, not messages: only the e-mail/phone conventions apply to them
    check_conventions([(sc['id'] + ':note', sc['note']) for sc in scen])
    check_duplicates(all_texts)
    for name, text in [('conversations.yml', conv_text), ('emergency_messages.csv', em_text),
                       ('incident_descriptions.csv', inc_text), ('turns.csv', turn_text)]:
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    print(f'conversations.yml: {len(scen)} scenarios {dict(oc)}')
    print(f'  filed per type: {dict(ft)}')
    print(f'emergency_messages.csv: {len(em_rows)} rows '
          f'({sum(1 for r in em_rows if r[1] == 1)} emergency, {sum(1 for r in em_rows if r[1] == 0)} routine)')
    print(f'incident_descriptions.csv: {len(inc_rows)} rows')
    print(f'turns.csv: {len(turn_rows)} rows')
    print(f'messages checked for duplicates: {len(all_texts)}')
    if PROBLEMS:
        print(f'\n{len(PROBLEMS)} PROBLEM(S):')
        for p in PROBLEMS:
            print('  -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
