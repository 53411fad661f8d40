#!/usr/bin/env python3
"""Rebuild sealed-32 from the hand-written lists in this folder and check it.

python3 build.py   -> writes conversations.yml, emergency_messages.csv, incident_descriptions.csv,
                      turns.csv and checks counts, columns, answer keys, interjections, record
                      fields, phone/e-mail conventions and duplicates. Exit status 1 on any problem.
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

SEED = 32
PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


HEADER = """\
# SEALED evaluation set 32 -- resident conversations.
# Written blind by a helper that read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the file formats of
# sealed-31 (its README, the first 120 lines of its conversations.yml, the first 5 lines of each
# CSV). No project code, data, tests or other evaluation files were read, no git commands were run,
# and the assistant was not run.
# Mix (60): 26 filed (>=3 per online type, theft and vehicle_burglary 4 each; 6 corrected at the
#   final summary; 9 with a question mid-way, 5 as an interjection and 4 inside an answer; 7 whose
#   first message already gives items with prices or accounts with amounts; 1 that opens without
#   describing anything; 4 that correct a plate, a surname, an amount or a day in prose while
#   answering; look-alikes of danger and place traps filed as ordinary reports), 12 emergency
#   (5 in the opening, one of them in the second opening message; 7 mid-way via interjections),
#   12 ineligible (2 per reason), 5 cancelled, 5 information.
# Interjections (questions, emergencies, cancellations and officer requests) sit only at questions
#   that are always asked: location (only when the opening names no place), occurred_at (only when
#   the opening gives no time), suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote
#   it, with the state ('NY KJM-447' after the summary correction); the plate is given inside the
#   `vehicle` answer; total_value is in whole dollars and only set when amounts for what was taken or
#   lost are stated (repair costs, estimates and things destroyed are not counted); occurred_days_ago
#   and occurred_time are only set when the words fix them (conversation assumed at 14:00 on the day
#   of the run); times are 24h. Non-filed scenarios have record: null.
"""

COMMON = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect', 'weapon',
          'occurred_at', 'narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed',
          'callback_wanted']
PER_TYPE = {
    'harassing_phone_call': ['caller_number', 'call_pattern'],
    'identity_theft': ['accounts'],
    'lost_property': ['items'],
    'theft': ['items'],
    'vandalism': ['damage'],
    'damage_to_motor_vehicle': ['vehicle', 'damage'],
    'vehicle_tampering': ['vehicle', 'damage'],
    'vehicle_burglary': ['vehicle', 'items', 'damage'],
}
ONLINE_TYPES = list(PER_TYPE)
ALL_TYPES = ONLINE_TYPES + ['motor_vehicle_theft']
ANSWER_KEYS = set(COMMON) | {k for v in PER_TYPE.values() for k in v} | {'incident_type'}
INTERJECTION_AT = {'location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed'}
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
RECORD_KEYS = {'reporter_name', 'reporter_email', 'reporter_phone', 'occurred_days_ago', 'occurred_time',
               'vehicle_plate', 'total_value'}
REASONS = ['unsupported_type', 'outside_town', 'excluded_area', 'known_suspect', 'weapon', 'officer_requested']
TOPICS = {'state_police', 'records', 'copy', 'other_town', 'animal_control', 'anonymous'}
SCEN_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
# filed scenarios whose `confirmed` answer corrects the summary (expect.record holds the corrected value)
SUMMARY_FIXES = {'s32-hpc-night-music-riverside-areacode-fix', 's32-dmv-mirror-gorham-gunshot-ny-plate-fix',
                 's32-idt-unemployment-claim-sylvan-email-fix', 's32-vand-graffiti-cross-highway-ampm-fix',
                 's32-theft-packages-danbury-ave-dyson-amount-fix', 's32-vburg-hockey-bag-woodhill-vanity-plate-fix'}
EMERGENCY_COUNTS = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
                    'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7,
                    'self_harm': 7, 'weapon_present': 7}

PHONE_RE = re.compile(r'\(?\b(\d{3})\)?[\s.-]*555[\s.-]*(\d{4})\b')
EMAIL_RE = re.compile(r'[\w.+-]+@[\w.-]+\.\w+')
MONTH_RE = re.compile(r'\b(January|February|March|April|June|July|August|September|October|November|December)\b'
                      r'|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b')


def norm(t):
    return ' '.join(str(t).casefold().split())


def scenarios():
    return (conv_filed.FILED + conv_other.EMERGENCY + conv_other.INELIGIBLE + conv_other.CANCELLED
            + conv_other.INFORMATION)


def check_scenarios(scens):
    if len(scens) != 60:
        problem(f'{len(scens)} scenarios, want 60')
    ids = [s['id'] for s in scens]
    for i, c in Counter(ids).items():
        if c > 1:
            problem(f'duplicate id {i}')
    outcomes = Counter(s['expect']['outcome'] for s in scens)
    want = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
    if dict(outcomes) != want:
        problem(f'outcomes {dict(outcomes)} != {want}')
    filed_types = Counter(s['expect']['incident_type'] for s in scens if s['expect']['outcome'] == 'filed')
    for t in ONLINE_TYPES:
        need = 4 if t in ('theft', 'vehicle_burglary') else 3
        if filed_types[t] != need:
            problem(f'filed {t}: {filed_types[t]}, want {need}')
    reasons = Counter(s['expect']['reason'] for s in scens if s['expect']['outcome'] == 'ineligible')
    for r in REASONS:
        if reasons[r] != 2:
            problem(f'reason {r}: {reasons[r]}, want 2')
    em_open = sum(1 for s in scens if s['expect']['outcome'] == 'emergency' and not s.get('interjections'))
    if em_open != 5:
        problem(f'{em_open} emergencies in the opening, want 5')
    summary_fix = 0
    for s in scens:
        sid, e, ans = s['id'], s['expect'], s['answers']
        if not sid.startswith('s32-'):
            problem(f'{sid}: id must start with s32-')
        if list(s) != [k for k in SCEN_KEYS if k in s]:
            problem(f'{sid}: unexpected scenario keys/order {list(s)}')
        if s['channel'] != 'web':
            problem(f'{sid}: channel')
        if not isinstance(s['opening'], list) or not s['opening']:
            problem(f'{sid}: opening must be a non-empty list')
        if list(e) != EXPECT_KEYS:
            problem(f'{sid}: expect keys {list(e)}')
        if e['first_message_describes'] not in ('true', 'false'):
            problem(f'{sid}: first_message_describes must be the string true/false')
        if e['incident_type'] is not None and e['incident_type'] not in ALL_TYPES:
            problem(f'{sid}: incident_type {e["incident_type"]}')
        if e['location_decision'] not in (None, 'in_town', 'outside_town', 'excluded_area'):
            problem(f'{sid}: location_decision')
        bad = set(ans) - ANSWER_KEYS
        if bad:
            problem(f'{sid}: unknown answer keys {sorted(bad)}')
        for k in ('known_suspect', 'weapon'):
            if k in ans and ans[k] != 'No.':
                problem(f'{sid}: {k} must be "No."')
        if 'incident_type' in ans and e['first_message_describes'] != 'false':
            problem(f'{sid}: answers.incident_type only when the opening describes nothing')
        for ij in s.get('interjections', []):
            if set(ij) != {'at', 'text'}:
                problem(f'{sid}: interjection keys {sorted(ij)}')
            if ij['at'] not in INTERJECTION_AT:
                problem(f'{sid}: interjection at {ij["at"]}')
            if ij['at'] not in ans:
                problem(f'{sid}: interjection at {ij["at"]} without a plain answer there')
        if 'interjections' in s and not isinstance(s['interjections'], list):
            problem(f'{sid}: interjections must be a list')
        if 'after_end' in s and not isinstance(s['after_end'], list):
            problem(f'{sid}: after_end must be a list')
        out = e['outcome']
        if out == 'filed':
            need = COMMON + PER_TYPE[e['incident_type']]
            missing = [k for k in need if k not in ans]
            extra = [k for k in ans if k not in need and k != 'incident_type']
            if missing or extra:
                problem(f'{sid}: answer keys missing {missing} extra {extra}')
            r = e['record']
            if not isinstance(r, dict) or not {'reporter_name', 'reporter_email', 'reporter_phone'} <= set(r):
                problem(f'{sid}: record must have reporter name/email/phone')
            else:
                if set(r) - RECORD_KEYS:
                    problem(f'{sid}: record keys {sorted(set(r) - RECORD_KEYS)}')
                if not re.fullmatch(r'\d{10}', r['reporter_phone']) or r['reporter_phone'][3:8] != '55501':
                    problem(f'{sid}: reporter_phone {r["reporter_phone"]}')
                if not r['reporter_email'].endswith('@example.com'):
                    problem(f'{sid}: reporter_email')
                if 'occurred_time' in r and not re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', r['occurred_time']):
                    problem(f'{sid}: occurred_time')
                if 'total_value' in r and not isinstance(r['total_value'], int):
                    problem(f'{sid}: total_value must be whole dollars')
                if 'vehicle_plate' in r and 'vehicle' not in ans:
                    problem(f'{sid}: plate without vehicle answer')
            for k in ('reason', 'topic', 'emergency_message'):
                if e[k] is not None:
                    problem(f'{sid}: {k} must be null for filed')
            if e['location_decision'] != 'in_town':
                problem(f'{sid}: filed must be in_town')
            if sid in SUMMARY_FIXES:
                summary_fix += 1
        else:
            if e['record'] is not None:
                problem(f'{sid}: record must be null')
            if out == 'emergency':
                msgs = list(s['opening']) + [ij['text'] for ij in s.get('interjections', [])]
                if e['emergency_message'] not in msgs:
                    problem(f'{sid}: emergency_message is not one of the messages')
                if not s.get('interjections') and (ans or e['incident_type'] or e['location_decision']):
                    problem(f'{sid}: emergency in the opening needs answers {{}}, null type and location')
            elif e['emergency_message'] is not None:
                problem(f'{sid}: emergency_message must be null')
            if out == 'ineligible':
                if e['reason'] not in REASONS:
                    problem(f'{sid}: reason')
            elif e['reason'] is not None:
                problem(f'{sid}: reason only for ineligible')
            if out == 'information':
                if e['topic'] not in TOPICS or ans or e['first_message_describes'] != 'false':
                    problem(f'{sid}: information scenario shape')
            elif e['topic'] is not None:
                problem(f'{sid}: topic only for information')
            if out in ('cancelled',) or (out == 'ineligible' and e['reason'] == 'officer_requested'):
                if not s.get('interjections'):
                    problem(f'{sid}: {out} needs an interjection')
    if summary_fix != 6:
        problem(f'{summary_fix} filed scenarios corrected at the summary, want 6')


def scenario_messages(s):
    msgs = list(s['opening'])
    msgs += [v for k, v in s['answers'].items() if k not in ('known_suspect', 'weapon')]
    msgs += [ij['text'] for ij in s.get('interjections', [])]
    msgs += list(s.get('after_end', []))
    return msgs


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def main():
    rng = random.Random(SEED)
    scens = scenarios()
    check_scenarios(scens)

    em_rows = [(t, 1, cat) for cat, ts in csv_emergency.EMERGENCY.items() for t in ts]
    em_rows += [(t, 0, 'routine') for t in csv_emergency.ROUTINE]
    rng.shuffle(em_rows)
    inc_rows = [(t, lab) for lab, ts in csv_incidents.INCIDENTS.items() for t in ts]
    rng.shuffle(inc_rows)
    turn_rows = csv_turns.rows()
    rng.shuffle(turn_rows)

    # CSV counts
    if len(em_rows) != 150:
        problem(f'emergency_messages: {len(em_rows)} rows')
    cats = Counter(r[2] for r in em_rows)
    for c, n in EMERGENCY_COUNTS.items():
        if cats[c] != n:
            problem(f'emergency category {c}: {cats[c]}, want {n}')
    if cats['routine'] != 75 or sum(cats.values()) != 150:
        problem(f'emergency categories {dict(cats)}')
    if len(inc_rows) != 200:
        problem(f'incident_descriptions: {len(inc_rows)} rows')
    labs = Counter(r[1] for r in inc_rows)
    for t in ALL_TYPES:
        want = 24 if t == 'motor_vehicle_theft' else 22
        if labs[t] != want:
            problem(f'incident label {t}: {labs[t]}, want {want}')
    if len(turn_rows) != 150:
        problem(f'turns: {len(turn_rows)} rows')
    tc = Counter((a, i) for a, _, i, _ in turn_rows)
    for k, n in {('where', 'answer'): 45, ('where', 'question'): 25, ('summary', 'answer'): 25,
                 ('summary', 'correction'): 35, ('summary', 'question'): 20}.items():
        if tc[k] != n:
            problem(f'turns {k}: {tc[k]}, want {n}')
    tt = Counter((a, tp) for a, _, i, tp in turn_rows if i == 'question')
    for k, n in {('where', 'other_town'): 10, ('where', 'state_police'): 8, ('where', 'anonymous'): 4,
                 ('where', 'animal_control'): 3, ('summary', 'copy'): 7, ('summary', 'anonymous'): 4,
                 ('summary', 'records'): 4, ('summary', 'animal_control'): 2, ('summary', 'state_police'): 1,
                 ('summary', 'other_town'): 2}.items():
        if tt[k] != n:
            problem(f'turn topics {k}: {tt[k]}, want {n}')
    for a, _, i, tp in turn_rows:
        if (i == 'question') != bool(tp):
            problem('turns: topic must be set exactly for questions')

    # duplicates and conventions over every message in the set
    all_msgs = []
    for s in scens:
        all_msgs += [(s['id'], m) for m in scenario_messages(s)]
    all_msgs += [('emergency_messages.csv', r[0]) for r in em_rows]
    all_msgs += [('incident_descriptions.csv', r[0]) for r in inc_rows]
    all_msgs += [('turns.csv', r[1]) for r in turn_rows]
    seen = {}
    for where, m in all_msgs:
        if not isinstance(m, str) or not m.strip():
            problem(f'{where}: empty or non-string message {m!r}')
            continue
        n = norm(m)
        if n in seen:
            problem(f'duplicate message in {where} and {seen[n]}: {m!r}')
        seen[n] = where
        for ac, last in PHONE_RE.findall(m):
            if not last.startswith('01'):
                problem(f'{where}: phone not 555-01xx: {m!r}')
        for em in EMAIL_RE.findall(m):
            if not em.endswith('@example.com') and not em.endswith('@exmaple.com'):
                problem(f'{where}: e-mail not @example.com: {em}')
        if MONTH_RE.search(m):
            problem(f'{where}: absolute date? {m!r}')

    # write
    with open(os.path.join(HERE, 'conversations.yml'), 'w', encoding='utf-8') as f:
        f.write(HEADER)
        yaml.dump({'scenarios': scens}, f, sort_keys=False, allow_unicode=True, width=105,
                  default_flow_style=False)
    files = {
        'emergency_messages.csv': csv_text(['text', 'is_emergency', 'category'], em_rows),
        'incident_descriptions.csv': csv_text(['text', 'incident_type'], inc_rows),
        'turns.csv': csv_text(['asked', 'text', 'intent', 'topic'], turn_rows),
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)

    # re-read what was written
    with open(os.path.join(HERE, 'conversations.yml'), encoding='utf-8') as f:
        back = yaml.safe_load(f)['scenarios']
    if back != scens:
        problem('conversations.yml does not round-trip')
    for name, ncol in (('emergency_messages.csv', 3), ('incident_descriptions.csv', 2), ('turns.csv', 4)):
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            rows = list(csv.reader(f))
        for i, r in enumerate(rows):
            if len(r) != ncol:
                problem(f'{name} line {i + 1}: {len(r)} columns')
        print(f'{name}: {len(rows) - 1} rows')
    print(f'conversations.yml: {len(back)} scenarios {dict(Counter(s["expect"]["outcome"] for s in back))}')
    print(f'messages checked for duplicates: {len(all_msgs)}')
    if PROBLEMS:
        print('\nPROBLEMS:')
        for p in PROBLEMS:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
