#!/usr/bin/env python3
"""Build sealed evaluation set 33 from the hand-written message lists in this folder.

    python3 build.py

writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv next to
this file (CSV rows mixed with a fixed seed) and checks counts, column counts, answer-key names,
interjection keys, record fields, phone/e-mail conventions and duplicates. Standard library only,
plus PyYAML when it is installed (otherwise the YAML is emitted by a small built-in writer).
"""
import collections
import csv
import io
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import conv_filed  # noqa: E402
import conv_other  # noqa: E402
import csv_emergency  # noqa: E402
import csv_incidents  # noqa: E402
import csv_turns  # noqa: E402

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

SEED = 33
ERRORS = []


def check(cond, msg):
    if not cond:
        ERRORS.append(msg)


# ----------------------------------------------------------------------------- vocabularies
ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property',
                'theft', 'vandalism', 'vehicle_burglary', 'vehicle_tampering']
INCIDENT_LABELS = ONLINE_TYPES + ['motor_vehicle_theft']
OUTCOMES = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
REASONS = ['unsupported_type', 'outside_town', 'excluded_area', 'known_suspect', 'weapon',
           'officer_requested']
TOPICS = ['state_police', 'records', 'copy', 'other_town', 'animal_control', 'anonymous']
LOCATION_DECISIONS = [None, 'in_town', 'outside_town', 'excluded_area']
ANSWER_ORDER = ['incident_type', 'type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon',
                'known_suspect', 'weapon', 'occurred_at', 'caller_number', 'call_pattern', 'accounts',
                'vehicle', 'items', 'damage', 'narrative', 'reporter_name', 'reporter_email',
                'reporter_phone', 'confirmed', 'callback_wanted']
COMMON_KEYS = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect',
               'weapon', 'occurred_at', 'narrative', 'reporter_name', 'reporter_email', 'reporter_phone',
               'confirmed', 'callback_wanted']
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
ALL_TYPE_KEYS = {k for v in TYPE_KEYS.values() for k in v}
VEHICLE_TYPES = {'damage_to_motor_vehicle', 'vehicle_tampering', 'vehicle_burglary'}
INTERJECTION_AT = ['location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone',
                   'confirmed']
RECORD_FIELDS = ['reporter_name', 'reporter_email', 'reporter_phone', 'occurred_days_ago', 'occurred_time',
                 'vehicle_plate', 'total_value']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
EMERGENCY_CATS = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
                  'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7,
                  'self_harm': 7, 'weapon_present': 7}
FIXED_ANSWERS = {'No.'}

PHONE_RE = re.compile(r'(?<!\d)\(?\d{3}\)?[\s.-]{0,2}\d{3}[\s.-]\d{4}(?!\d)')
GOOD_PHONE_RE = re.compile(r'^\(?\d{3}\)?[\s.-]{0,2}555[\s.-]01\d\d$')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+')
MONTH_RE = re.compile(r'\b(January|February|March|April|June|July|August|September|October|November|'
                      r'December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b|\bMay \d|\b\d{1,2}/\d{1,2}\b'
                      r'|\b20\d\d-\d\d-\d\d\b')


def digits(s):
    return re.sub(r'\D', '', s)


def norm(s):
    return re.sub(r'\s+', ' ', s.strip().lower())


# ----------------------------------------------------------------------------- conversations
def scenario_texts(s):
    for t in s['opening']:
        yield 'opening', t
    for k, v in s['answers'].items():
        if k in ('known_suspect', 'weapon') and v in FIXED_ANSWERS:
            continue
        yield 'answers.' + k, v
    for j in s.get('interjections', []):
        yield 'interjection', j['text']
    for t in s.get('after_end', []):
        yield 'after_end', t


def check_scenarios(scenarios):
    ids = [s['id'] for s in scenarios]
    check(len(scenarios) == 60, 'expected 60 scenarios, got %d' % len(scenarios))
    check(len(set(ids)) == len(ids), 'duplicate scenario ids')
    outcomes = collections.Counter(s['expect']['outcome'] for s in scenarios)
    check(dict(outcomes) == OUTCOMES, 'outcome mix %s' % dict(outcomes))
    filed = [s for s in scenarios if s['expect']['outcome'] == 'filed']
    per_type = collections.Counter(s['expect']['incident_type'] for s in filed)
    for t in ONLINE_TYPES:
        want = 4 if t in ('theft', 'vehicle_burglary') else 3
        check(per_type[t] == want, 'filed %s: %d, want %d' % (t, per_type[t], want))
    reasons = collections.Counter(s['expect']['reason'] for s in scenarios
                                  if s['expect']['outcome'] == 'ineligible')
    check(all(reasons[r] == 2 for r in REASONS) and sum(reasons.values()) == 12, 'reasons %s' % dict(reasons))
    topics = collections.Counter(s['expect']['topic'] for s in scenarios
                                 if s['expect']['outcome'] == 'information')
    check(sorted(topics) == sorted(['state_police', 'records', 'copy', 'other_town', 'animal_control']),
          'information topics %s' % dict(topics))
    emerg = [s for s in scenarios if s['expect']['outcome'] == 'emergency']
    in_open = [s for s in emerg if not s.get('interjections')]
    check(len(in_open) == 5 and len(emerg) - len(in_open) == 7, 'emergency split %d/%d'
          % (len(in_open), len(emerg) - len(in_open)))
    check(sum(1 for s in in_open if len(s['opening']) == 2 and s['expect']['emergency_message'] ==
              s['opening'][1]) == 1, 'one emergency must be in the second opening message')
    check(sum(1 for s in filed if s.get('interjections')) == 5, 'filed with interjections != 5')
    check(sum(1 for s in filed if s['expect']['first_message_describes'] == 'false') == 1,
          'filed opening without description != 1')
    officer = [s for s in scenarios if s['expect']['reason'] == 'officer_requested']
    check(all(s.get('interjections') for s in officer), 'officer requests must be interjections')

    for s in scenarios:
        sid = s['id']
        e = s['expect']
        a = s['answers']
        check(sid.startswith('s33-'), '%s: id prefix' % sid)
        check(list(s) == [k for k in SCENARIO_KEYS if k in s], '%s: scenario key order' % sid)
        check(set(s) <= set(SCENARIO_KEYS), '%s: unknown scenario keys' % sid)
        check(s['channel'] == 'web', '%s: channel' % sid)
        check(isinstance(s['opening'], list) and 1 <= len(s['opening']) <= 2, '%s: opening' % sid)
        check(list(e) == EXPECT_KEYS, '%s: expect keys %s' % (sid, list(e)))
        check(e['first_message_describes'] in ('true', 'false'), '%s: first_message_describes' % sid)
        check(e['location_decision'] in LOCATION_DECISIONS, '%s: location_decision' % sid)
        check(e['incident_type'] in INCIDENT_LABELS + [None], '%s: incident_type' % sid)
        check((e['reason'] is not None) == (e['outcome'] == 'ineligible'), '%s: reason only if ineligible' % sid)
        check(e['reason'] in REASONS + [None], '%s: reason value' % sid)
        check((e['topic'] is not None) == (e['outcome'] == 'information'), '%s: topic only if information' % sid)
        check(e['topic'] in TOPICS + [None], '%s: topic value' % sid)
        check((e['emergency_message'] is not None) == (e['outcome'] == 'emergency'),
              '%s: emergency_message only for emergencies' % sid)
        # answer keys
        check(set(a) <= set(ANSWER_ORDER), '%s: unknown answer keys %s' % (sid, set(a) - set(ANSWER_ORDER)))
        check(list(a) == [k for k in ANSWER_ORDER if k in a], '%s: answer key order' % sid)
        check(all(isinstance(v, str) and v.strip() for v in a.values()), '%s: empty answer' % sid)
        check(('incident_type' in a) == (e['first_message_describes'] == 'false' and e['outcome'] != 'information'),
              '%s: answers.incident_type only when the opening describes nothing' % sid)
        if e['incident_type'] in TYPE_KEYS:
            wrong = (set(a) & ALL_TYPE_KEYS) - set(TYPE_KEYS[e['incident_type']])
            check(not wrong, '%s: answer keys of another type %s' % (sid, wrong))
        # interjections
        for j in s.get('interjections', []):
            check(set(j) == {'at', 'text'}, '%s: interjection fields' % sid)
            check(j['at'] in INTERJECTION_AT, '%s: interjection at %s' % (sid, j['at']))
            check(j['at'] in a, '%s: interjection at %s has no plain answer' % (sid, j['at']))
        check(len(s.get('interjections', [])) <= 1, '%s: more than one interjection' % sid)
        if e['outcome'] in ('cancelled',) or e['reason'] == 'officer_requested':
            check(bool(s.get('interjections')), '%s: needs an interjection' % sid)
        if s.get('after_end'):
            check(e['outcome'] == 'emergency', '%s: after_end only for emergencies' % sid)
        # emergencies
        if e['outcome'] == 'emergency':
            check(bool(s.get('after_end')), '%s: emergency without after_end' % sid)
            msgs = list(s['opening']) + [j['text'] for j in s.get('interjections', [])]
            check(e['emergency_message'] in msgs, '%s: emergency_message not sent' % sid)
            if s.get('interjections'):
                check(e['emergency_message'] == s['interjections'][0]['text'], '%s: emergency interjection' % sid)
                check(e['incident_type'] in ONLINE_TYPES, '%s: mid-way emergency keeps its type' % sid)
            else:
                check(a == {} and e['incident_type'] is None and e['location_decision'] is None,
                      '%s: emergency in the opening has answers {} and null type/location' % sid)
        if e['outcome'] == 'information':
            check(a == {} and e['incident_type'] is None and e['location_decision'] is None and
                  e['first_message_describes'] == 'false', '%s: information conventions' % sid)
        if e['reason'] in ('outside_town', 'excluded_area'):
            check(e['location_decision'] == e['reason'], '%s: location_decision for %s' % (sid, e['reason']))
        # record
        r = e['record']
        if e['outcome'] != 'filed':
            check(r is None, '%s: non-filed record must be null' % sid)
            continue
        req = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect',
               'weapon', 'occurred_at', 'narrative', 'reporter_name', 'reporter_email', 'reporter_phone',
               'confirmed', 'callback_wanted'] + TYPE_KEYS[e['incident_type']]
        check(set(req) <= set(a), '%s: missing answer keys %s' % (sid, set(req) - set(a)))
        check(a.get('known_suspect') == 'No.' and a.get('weapon') == 'No.', '%s: filed needs No./No.' % sid)
        check(e['location_decision'] == 'in_town', '%s: filed must be in_town' % sid)
        check(list(r) == [k for k in RECORD_FIELDS if k in r], '%s: record field order/names %s' % (sid, list(r)))
        for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
            check(k in r, '%s: record lacks %s' % (sid, k))
        check(re.fullmatch(r'(203|475)55501\d\d', r['reporter_phone'] or '') is not None,
              '%s: record phone %r' % (sid, r.get('reporter_phone')))
        both = a['reporter_phone'] + ' ' + a['confirmed']
        check(r['reporter_phone'][-4:] in digits(both) and r['reporter_phone'][:3] in digits(both),
              '%s: record phone not in answers' % sid)
        check(r['reporter_email'].endswith('@example.com'), '%s: record e-mail' % sid)
        check(r['reporter_email'] in a['reporter_email'] + ' ' + a['confirmed'], '%s: record e-mail not given' % sid)
        check(r['reporter_name'] in a['reporter_name'] or r['reporter_name'].split()[0] in a['confirmed'],
              '%s: record name not given' % sid)
        if 'occurred_days_ago' in r:
            check(isinstance(r['occurred_days_ago'], int) and 0 <= r['occurred_days_ago'] <= 7,
                  '%s: occurred_days_ago' % sid)
        if 'occurred_time' in r:
            check(re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', r['occurred_time']) is not None, '%s: time' % sid)
            check('occurred_days_ago' in r, '%s: time without day' % sid)
        if e['incident_type'] in VEHICLE_TYPES:
            check('vehicle_plate' in r, '%s: vehicle record needs vehicle_plate' % sid)
            m = re.fullmatch(r'([A-Z]{2}) (\S+)', r.get('vehicle_plate', ''))
            check(m is not None, '%s: plate format %r' % (sid, r.get('vehicle_plate')))
            if m:
                check(m.group(2) in a['vehicle'] + ' ' + a['confirmed'], '%s: plate not given' % sid)
        else:
            check('vehicle_plate' not in r, '%s: plate on a non-vehicle type' % sid)
        if 'total_value' in r:
            check(isinstance(r['total_value'], int) and r['total_value'] > 0, '%s: total_value' % sid)
            check('$' in ' '.join(s['opening']) + ' '.join(a.values()), '%s: total_value without $' % sid)


# ----------------------------------------------------------------------------- CSV rows
def emergency_rows():
    rows = []
    for cat, texts in csv_emergency.EMERGENCY.items():
        check(len(texts) == EMERGENCY_CATS[cat], 'emergency %s: %d rows' % (cat, len(texts)))
        rows += [(t, 1, cat) for t in texts]
    check(set(csv_emergency.EMERGENCY) == set(EMERGENCY_CATS), 'emergency categories')
    check(len(csv_emergency.ROUTINE) == 75, 'routine rows: %d' % len(csv_emergency.ROUTINE))
    rows += [(t, 0, 'routine') for t in csv_emergency.ROUTINE]
    return rows


def incident_rows():
    rows = []
    check(list(csv_incidents.INCIDENTS) == INCIDENT_LABELS, 'incident labels')
    for label, texts in csv_incidents.INCIDENTS.items():
        want = 24 if label == 'motor_vehicle_theft' else 22
        check(len(texts) == want, 'incident %s: %d rows' % (label, len(texts)))
        rows += [(t, label) for t in texts]
    return rows


def turn_rows():
    t = csv_turns
    check(len(t.WHERE_ANSWER) == 45, 'where answers: %d' % len(t.WHERE_ANSWER))
    check(len(t.WHERE_QUESTION) == 25, 'where questions: %d' % len(t.WHERE_QUESTION))
    check(collections.Counter(x[1] for x in t.WHERE_QUESTION) ==
          collections.Counter(other_town=10, state_police=8, anonymous=4, animal_control=3),
          'where question topics')
    check(len(t.SUMMARY_ANSWER) == 25, 'summary answers: %d' % len(t.SUMMARY_ANSWER))
    check(len(t.SUMMARY_CORRECTION) == 35, 'summary corrections: %d' % len(t.SUMMARY_CORRECTION))
    check(len(t.SUMMARY_QUESTION) == 20, 'summary questions: %d' % len(t.SUMMARY_QUESTION))
    check(collections.Counter(x[1] for x in t.SUMMARY_QUESTION) ==
          collections.Counter(copy=7, anonymous=4, records=4, animal_control=2, state_police=1, other_town=2),
          'summary question topics')
    rows = [('where', x, 'answer', '') for x in t.WHERE_ANSWER]
    rows += [('where', x, 'question', tp) for x, tp in t.WHERE_QUESTION]
    rows += [('summary', x, 'answer', '') for x in t.SUMMARY_ANSWER]
    rows += [('summary', x, 'correction', '') for x in t.SUMMARY_CORRECTION]
    rows += [('summary', x, 'question', tp) for x, tp in t.SUMMARY_QUESTION]
    return rows


def write_csv(name, header, rows):
    rows = list(rows)
    random.Random(SEED).shuffle(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
        f.write(buf.getvalue())
    # re-read: column counts and round trip
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
        back = list(csv.reader(f))
    check(back[0] == header, '%s: header' % name)
    check(all(len(r) == len(header) for r in back), '%s: column counts' % name)
    check([tuple(r) for r in back[1:]] == [tuple(str(c) for c in r) for r in rows], '%s: round trip' % name)
    return len(back) - 1


# ----------------------------------------------------------------------------- YAML
HEADER = """\
# SEALED evaluation set 33 -- resident conversations.
# Written blind by a helper that read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the file formats of
# sealed-32 (its README, the first 120 lines of its conversations.yml, the first 5 lines of each
# CSV). No project code, data, tests or other evaluation files were read, no git commands were run,
# and the assistant was not run.
# Mix (60): 26 filed (>=3 per online type, theft and vehicle_burglary 4 each; 6 corrected at the
#   final summary; 9 with a question mid-way, 5 as an interjection and 4 inside an answer; 7 whose
#   first message already gives items with prices or accounts with amounts; 1 that opens without
#   describing anything; 4 that correct an e-mail, a phone number, a price or a time in prose while
#   answering; look-alikes of danger and place traps filed as ordinary reports), 12 emergency
#   (5 in the opening, one of them in the second opening message; 7 mid-way via interjections),
#   12 ineligible (2 per reason), 5 cancelled, 5 information.
# Interjections (questions, emergencies, cancellations and officer requests) sit only at questions
#   that are always asked: location (only when the opening names no place), occurred_at (only when
#   the opening gives no time), suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote
#   it, with the state ('CT 4MN-281' after the summary correction, 'NJ D47-KLM'); the plate is given
#   inside the `vehicle` answer; total_value is in whole dollars and only set when amounts for what
#   was taken or lost are stated (repair costs, estimates and things destroyed are not counted);
#   occurred_days_ago and occurred_time are only set when the words fix them (conversation assumed
#   at 14:00 on the day of the run); times are 24h. Non-filed scenarios have record: null.
"""


def _scalar(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _emit(v, indent, out, key_prefix=''):
    pad = ' ' * indent
    if isinstance(v, dict):
        if not v:
            out[-1] += ' {}'
            return
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append('%s%s:' % (pad, k))
                _emit(x, indent + (0 if isinstance(x, list) else 2), out)
            elif isinstance(x, (dict, list)):
                out.append('%s%s: %s' % (pad, k, '{}' if isinstance(x, dict) else '[]'))
            else:
                out.append('%s%s: %s' % (pad, k, _scalar(x)))
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, dict):
                first = True
                for k, y in x.items():
                    lead = pad + ('- ' if first else '  ')
                    first = False
                    if isinstance(y, (dict, list)) and y:
                        out.append('%s%s:' % (lead, k))
                        _emit(y, indent + 2 + (0 if isinstance(y, list) else 2), out)
                    elif isinstance(y, (dict, list)):
                        out.append('%s%s: %s' % (lead, k, '{}' if isinstance(y, dict) else '[]'))
                    else:
                        out.append('%s%s: %s' % (lead, k, _scalar(y)))
            else:
                out.append('%s- %s' % (pad, _scalar(x)))


def dump_yaml(data):
    if yaml is not None:
        return yaml.dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    out = []
    _emit(data, 0, out)
    return '\n'.join(out) + '\n'


# ----------------------------------------------------------------------------- main
def main():
    scenarios = conv_filed.SCENARIOS + conv_other.SCENARIOS
    check_scenarios(scenarios)

    e_rows = emergency_rows()
    i_rows = incident_rows()
    t_rows = turn_rows()

    # every message in the set, for conventions and duplicates
    texts = []
    for s in scenarios:
        texts += [('%s %s' % (s['id'], where), t) for where, t in scenario_texts(s)]
    texts += [('emergency_messages.csv', r[0]) for r in e_rows]
    texts += [('incident_descriptions.csv', r[0]) for r in i_rows]
    texts += [('turns.csv', r[1]) for r in t_rows]
    seen = {}
    for where, t in texts:
        check(isinstance(t, str) and t == t.strip() and t, '%s: empty or padded text %r' % (where, t))
        k = norm(t)
        check(k not in seen, 'duplicate message: %r (%s / %s)' % (t, seen.get(k), where))
        seen.setdefault(k, where)
        for p in PHONE_RE.findall(t):
            check(GOOD_PHONE_RE.match(p) is not None, '%s: phone %r not 555-01xx' % (where, p))
        for m in re.findall(r'555[\s.-]?\d{4}', t):
            check(digits(m)[3:5] == '01', '%s: 555 number %r not 01xx' % (where, m))
        for m in EMAIL_RE.findall(t):
            check(m.lower().endswith('@example.com'), '%s: e-mail %r' % (where, m))
        check(MONTH_RE.search(t) is None, '%s: absolute date in %r' % (where, t))
    for s in scenarios:
        for note_text in [s['note']]:
            check(MONTH_RE.search(note_text) is None, '%s: absolute date in note' % s['id'])

    data = {'scenarios': scenarios}
    text = HEADER + dump_yaml(data)
    with open(os.path.join(HERE, 'conversations.yml'), 'w', encoding='utf-8') as f:
        f.write(text)
    if yaml is not None:
        with open(os.path.join(HERE, 'conversations.yml'), encoding='utf-8') as f:
            back = yaml.safe_load(f)
        check(back == data, 'conversations.yml does not round-trip')

    n_e = write_csv('emergency_messages.csv', ['text', 'is_emergency', 'category'], e_rows)
    n_i = write_csv('incident_descriptions.csv', ['text', 'incident_type'], i_rows)
    n_t = write_csv('turns.csv', ['asked', 'text', 'intent', 'topic'], t_rows)
    check(n_e == 150 and n_i == 200 and n_t == 150, 'CSV row counts %d/%d/%d' % (n_e, n_i, n_t))
    check(sum(1 for r in e_rows if r[1] == 1) == 75, 'emergency 1-rows != 75')

    outcomes = collections.Counter(s['expect']['outcome'] for s in scenarios)
    print('conversations.yml: %d scenarios %s' % (len(scenarios), dict(outcomes)))
    print('emergency_messages.csv: %d rows (%d emergency, %d routine)'
          % (n_e, sum(r[1] for r in e_rows), sum(1 - r[1] for r in e_rows)))
    print('incident_descriptions.csv: %d rows %s' % (n_i, dict(collections.Counter(r[1] for r in i_rows))))
    print('turns.csv: %d rows %s' % (n_t, dict(collections.Counter((r[0], r[2]) for r in t_rows))))
    print('messages checked for duplicates and conventions: %d' % len(texts))
    print('yaml writer: %s' % ('PyYAML ' + yaml.__version__ if yaml is not None else 'built-in'))
    if ERRORS:
        print('\n%d PROBLEM(S):' % len(ERRORS))
        for e in ERRORS:
            print('  - ' + e)
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
