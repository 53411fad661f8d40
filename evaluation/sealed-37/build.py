#!/usr/bin/env python3
"""Build sealed evaluation set 37 from the hand-written message lists in this folder.

    python3 build.py

writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv next to
this file. Standard library only: the YAML is written by a small block-style emitter (plain scalars
where safe, single-quoted otherwise, lines folded after column 110 like a PyYAML dump at width 110).
CSV rows are mixed with fixed seeds, so every run writes the same bytes. Before anything is written
the script checks counts, column counts, label vocabularies, answer-key names, interjection keys,
record fields, phone/e-mail conventions and duplicate messages, and exits non-zero on any error.
"""

import csv
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import conv_filed  # noqa: E402
import conv_other  # noqa: E402
import csv_emergency  # noqa: E402
import csv_incidents  # noqa: E402
import csv_turns  # noqa: E402

WIDTH = 110

ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property', 'theft',
                'vandalism', 'vehicle_burglary', 'vehicle_tampering']
INCIDENT_TYPES = ONLINE_TYPES + ['motor_vehicle_theft']
OUTCOMES = ['filed', 'emergency', 'ineligible', 'cancelled', 'information']
REASONS = ['unsupported_type', 'outside_town', 'excluded_area', 'known_suspect', 'weapon', 'officer_requested']
TOPICS = ['state_police', 'records', 'copy', 'other_town', 'animal_control', 'anonymous']
LOCATION_DECISIONS = ['in_town', 'outside_town', 'excluded_area']
EMERGENCY_CATEGORIES = ['fire', 'just_happened_offender_near', 'crime_in_progress', 'missing_now',
                        'threat_of_violence', 'cannot_call', 'medical', 'danger_or_injury', 'self_harm',
                        'weapon_present']
BASE_KEYS = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect', 'weapon',
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
}
ANSWER_ORDER = (['incident_type'] + BASE_KEYS[:7] + ['caller_number', 'call_pattern', 'accounts', 'vehicle', 'items',
                                                     'damage'] + BASE_KEYS[7:])
INTERJECTION_KEYS = ['location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'occurred_days_ago', 'occurred_time',
               'vehicle_plate', 'total_value']
VEHICLE_TYPES = ['damage_to_motor_vehicle', 'vehicle_burglary', 'vehicle_tampering']

HEADER = """\
# SEALED evaluation set 37 -- resident conversations.
# Written blind on 2026-12-01 by a helper that read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the file formats of sealed-36 (its
# README without results, the first 120 lines of its conversations.yml, the first rows of each CSV).
# No project code, data, tests or other evaluation files were read, no git commands were run, and the
# assistant was not run.
# Mix (60): 26 filed (3 per online type, lost_property and vandalism 4 each; 7 corrected at the final
#   summary; 9 with a question mid-way, 5 as an interjection and 4 inside an answer; 7 whose first message
#   already gives items with prices or accounts with amounts; 1 that opens without describing anything;
#   4 that correct an e-mail, a time, an amount or a plate in prose while answering; look-alikes of danger
#   and place traps filed as ordinary reports), 12 emergency (5 in the opening, two of them in a second
#   opening message; 7 mid-way via interjections), 12 ineligible (2 per reason), 5 cancelled, 5 information.
# Interjections (questions, emergencies, cancellations and officer requests) sit only at questions
#   that are always asked: location (only when the opening names no place), occurred_at (only when
#   the opening gives no time), suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote it,
#   with the state ('CT 8ZN-174' from "ct plate 8ZN-174", 'CT 9LF-227' from "Connecticut plate 9LF-227",
#   'RI 551-273' from "RI plate 551-273"); the plate is given inside the `vehicle` answer; total_value is in
#   whole dollars and only set when amounts for what was taken or lost are stated (repair costs and things
#   damaged are not counted); occurred_days_ago and occurred_time are only set when the words fix them
#   (conversation assumed at 14:00 on the day of the run); times are 24h. Non-filed scenarios have
#   record: null.
"""

# --------------------------------------------------------------------------------------------- YAML emitter
_RESOLVERS = [
    re.compile(r'''^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$'''),
    re.compile(r'''^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?'''
               r'''|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$'''),
    re.compile(r'''^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+'''
               r'''|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$'''),
    re.compile(r'''^(?:<<)$'''),
    re.compile(r'''^(?:~|null|Null|NULL|)$'''),
    re.compile(r'''^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?'''
               r'''(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?'''
               r'''(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$'''),
    re.compile(r'''^(?:=)$'''),
]


def _plain_ok(text):
    """True when `text` can be written as a block plain scalar and reads back as the same string."""
    if not text or text != text.strip(' ') or text.startswith('---') or text.startswith('...'):
        return False
    for rx in _RESOLVERS:
        if rx.match(text):
            return False
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else None
        ws_after = nxt is None or nxt in ' \t'
        if ch in '\t\r\n\x85\u2028\u2029\ufeff' or (ch < ' ') or ('\x7f' <= ch < '\xa0'):
            return False
        if i == 0:
            if ch in '#,[]{}&*!|>\'"%@`':
                return False
            if ch in '?:-' and ws_after:
                return False
        else:
            if ch == ':' and ws_after:
                return False
            if ch == '#' and text[i - 1] == ' ':
                return False
        if ch == ' ' and nxt == ' ':
            return False
    return True


def _check_quotable(text):
    for ch in text:
        if ch in '\t\r\n\x85\u2028\u2029\ufeff' or ch < ' ' or ('\x7f' <= ch < '\xa0'):
            raise ValueError('cannot write %r in single quotes' % text)


def _scalar(prefix, value, indent):
    """Return `prefix` followed by the scalar, folded like PyYAML (break at a single space once past WIDTH)."""
    if value is None:
        return prefix + 'null'
    if isinstance(value, bool):
        raise ValueError('booleans are not used in this set')
    if isinstance(value, int):
        return prefix + str(value)
    text = str(value)
    out = [prefix]
    column = len(prefix)
    plain = _plain_ok(text)
    if not plain:
        _check_quotable(text)
        out.append("'")
        column += 1
    n = len(text)
    spaces = False
    start = end = 0
    while end <= n:
        ch = text[end] if end < n else None
        if spaces:
            if ch is None or ch != ' ':
                breakable = start + 1 == end and column > WIDTH
                if not plain:
                    breakable = breakable and start != 0 and end != n
                if breakable:
                    out.append('\n' + ' ' * indent)
                    column = indent
                else:
                    out.append(text[start:end])
                    column += end - start
                start = end
        else:
            if ch is None or ch == ' ' or (not plain and ch == "'"):
                if start < end:
                    out.append(text[start:end])
                    column += end - start
                    start = end
        if not plain and ch == "'":
            out.append("''")
            column += 2
            start = end + 1
        if ch is not None:
            spaces = ch == ' '
        end += 1
    if not plain:
        out.append("'")
    return ''.join(out)


def _mapping(lines, d, indent, first_prefix=None):
    for i, (key, value) in enumerate(d.items()):
        prefix = first_prefix if (i == 0 and first_prefix is not None) else ' ' * indent
        head = prefix + key + ':'
        if isinstance(value, dict):
            if not value:
                lines.append(head + ' {}')
            else:
                lines.append(head)
                _mapping(lines, value, indent + 2)
        elif isinstance(value, list):
            if not value:
                lines.append(head + ' []')
            else:
                lines.append(head)
                _sequence(lines, value, indent)
        else:
            lines.append(_scalar(head + ' ', value, indent + 2))


def _sequence(lines, items, indent):
    for item in items:
        prefix = ' ' * indent + '- '
        if isinstance(item, dict):
            _mapping(lines, item, indent + 2, first_prefix=prefix)
        elif isinstance(item, list):
            raise ValueError('nested sequences are not used in this set')
        else:
            lines.append(_scalar(prefix, item, indent + 2))


def dump_yaml(data):
    lines = []
    _mapping(lines, data, 0)
    return '\n'.join(lines) + '\n'


# --------------------------------------------------------------------------------------------- checks
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(text):
    t = re.sub(r'\s+', ' ', text.strip().lower())
    return t.rstrip('.!?,;: ').strip()


PHONE_RX = re.compile(r'(?<![\d-])\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})(?![\d])')
SHORT_PHONE_RX = re.compile(r'\b555[-. ]?(\d{4})\b')
EMAIL_RX = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+')


def check_conventions(where, text):
    for m in PHONE_RX.finditer(text):
        area, mid, last = m.groups()
        if mid != '555' or not last.startswith('01') or area not in ('203', '475'):
            err('%s: phone-like number not 203/475-555-01xx: %r' % (where, m.group(0)))
    for m in SHORT_PHONE_RX.finditer(text):
        if not m.group(1).startswith('01'):
            err('%s: 555 number not 01xx: %r' % (where, m.group(0)))
    for m in EMAIL_RX.finditer(text):
        addr = m.group(0).rstrip('.')
        if '@' in addr and addr.split('@', 1)[1] != 'example.com' and '.' in addr.split('@', 1)[1]:
            err('%s: e-mail not @example.com: %r' % (where, addr))


def check_scenarios(scenarios):
    seen_ids = set()
    outcomes = {}
    filed_types = {}
    for s in scenarios:
        sid = s.get('id', '?')
        if list(s.keys()) != [k for k in SCENARIO_KEYS if k in s]:
            err('%s: scenario keys out of order or unknown: %s' % (sid, list(s.keys())))
        for k in ('id', 'channel', 'note', 'opening', 'answers', 'expect'):
            if k not in s:
                err('%s: missing %s' % (sid, k))
        if not sid.startswith('s37-'):
            err('%s: id must start with s37-' % sid)
        if sid in seen_ids:
            err('%s: duplicate id' % sid)
        seen_ids.add(sid)
        if s.get('channel') != 'web':
            err('%s: channel must be web' % sid)
        if not s.get('opening') or not all(isinstance(x, str) and x for x in s['opening']):
            err('%s: opening must be a non-empty list of messages' % sid)
        e = s['expect']
        if list(e.keys()) != EXPECT_KEYS:
            err('%s: expect keys %s' % (sid, list(e.keys())))
        outcome = e['outcome']
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if outcome not in OUTCOMES:
            err('%s: outcome %r' % (sid, outcome))
        if (e['reason'] is not None) != (outcome == 'ineligible') or (e['reason'] and e['reason'] not in REASONS):
            err('%s: reason %r' % (sid, e['reason']))
        if (e['topic'] is not None) != (outcome == 'information') or (e['topic'] and e['topic'] not in TOPICS):
            err('%s: topic %r' % (sid, e['topic']))
        if e['incident_type'] is not None and e['incident_type'] not in INCIDENT_TYPES:
            err('%s: incident_type %r' % (sid, e['incident_type']))
        if e['location_decision'] is not None and e['location_decision'] not in LOCATION_DECISIONS:
            err('%s: location_decision %r' % (sid, e['location_decision']))
        if e['first_message_describes'] not in ('true', 'false'):
            err('%s: first_message_describes must be the string true/false' % sid)
        inter = s.get('interjections', [])
        messages = list(s['opening']) + [i['text'] for i in inter]
        if outcome == 'emergency':
            if e['emergency_message'] not in messages:
                err('%s: emergency_message is not one of the messages' % sid)
        elif e['emergency_message'] is not None:
            err('%s: emergency_message set for a non-emergency' % sid)
        answers = s['answers']
        keys = list(answers.keys())
        for k in keys:
            if k not in ANSWER_ORDER:
                err('%s: unknown answer key %s' % (sid, k))
        if keys != [k for k in ANSWER_ORDER if k in answers]:
            err('%s: answer keys out of order: %s' % (sid, keys))
        for i in inter:
            if list(i.keys()) != ['at', 'text']:
                err('%s: interjection keys %s' % (sid, list(i.keys())))
            if i['at'] not in INTERJECTION_KEYS:
                err('%s: interjection at %s' % (sid, i['at']))
            if i['at'] not in answers:
                err('%s: no plain answer at interjection key %s' % (sid, i['at']))
        rec = e['record']
        if outcome == 'filed':
            t = e['incident_type']
            filed_types[t] = filed_types.get(t, 0) + 1
            need = BASE_KEYS + TYPE_KEYS[t] + (['incident_type'] if e['first_message_describes'] == 'false' else [])
            if sorted(need) != sorted(keys):
                err('%s: filed answers %s, expected %s' % (sid, keys, need))
            if answers.get('known_suspect') != 'No.' or answers.get('weapon') != 'No.':
                err('%s: filed report must answer No. to known_suspect/weapon' % sid)
            if e['location_decision'] != 'in_town':
                err('%s: filed must be in_town' % sid)
            if not isinstance(rec, dict):
                err('%s: filed needs a record' % sid)
                continue
            if list(rec.keys()) != [k for k in RECORD_KEYS if k in rec]:
                err('%s: record keys %s' % (sid, list(rec.keys())))
            for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
                if k not in rec:
                    err('%s: record lacks %s' % (sid, k))
            if not re.fullmatch(r'(203|475)55501\d\d', rec.get('reporter_phone', '')):
                err('%s: reporter_phone %r' % (sid, rec.get('reporter_phone')))
            if not re.fullmatch(r'[a-z0-9._]+@example\.com', rec.get('reporter_email', '')):
                err('%s: reporter_email %r' % (sid, rec.get('reporter_email')))
            if 'occurred_time' in rec:
                if not re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', rec['occurred_time']):
                    err('%s: occurred_time %r' % (sid, rec['occurred_time']))
                if 'occurred_days_ago' not in rec:
                    err('%s: occurred_time without occurred_days_ago' % sid)
                elif rec['occurred_days_ago'] == 0 and rec['occurred_time'] > '14:00':
                    err('%s: time today is after the 14:00 conversation' % sid)
            if 'occurred_days_ago' in rec and not (isinstance(rec['occurred_days_ago'], int)
                                                  and 0 <= rec['occurred_days_ago'] <= 7):
                err('%s: occurred_days_ago %r' % (sid, rec['occurred_days_ago']))
            if ('vehicle_plate' in rec) != (t in VEHICLE_TYPES):
                err('%s: vehicle_plate only and always for vehicle types' % sid)
            if 'vehicle_plate' in rec and not re.fullmatch(r'[A-Z]{2} [A-Z0-9][A-Z0-9 -]+', rec['vehicle_plate']):
                err('%s: vehicle_plate %r' % (sid, rec['vehicle_plate']))
            if 'total_value' in rec and not (isinstance(rec['total_value'], int) and rec['total_value'] > 0):
                err('%s: total_value %r' % (sid, rec['total_value']))
        else:
            if rec is not None:
                err('%s: non-filed scenarios have record: null' % sid)
            if outcome == 'information':
                if answers or e['incident_type'] is not None or e['location_decision'] is not None \
                        or e['first_message_describes'] != 'false':
                    err('%s: information scenario conventions' % sid)
        texts = list(s['opening']) + [v for v in answers.values()] + [i['text'] for i in inter] \
            + list(s.get('after_end', []))
        for x in texts:
            check_conventions(sid, x)
        for k, v in rec.items() if isinstance(rec, dict) else []:
            if isinstance(v, str) and k == 'reporter_email':
                check_conventions(sid, v)
    want = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
    if outcomes != want:
        err('outcome counts %s, want %s' % (outcomes, want))
    want_types = {t: 3 for t in ONLINE_TYPES}
    want_types['lost_property'] = want_types['vandalism'] = 4
    if filed_types != want_types:
        err('filed type counts %s, want %s' % (filed_types, want_types))
    reasons = {}
    for s in scenarios:
        r = s['expect']['reason']
        if r:
            reasons[r] = reasons.get(r, 0) + 1
    if reasons != {r: 2 for r in REASONS}:
        err('reason counts %s' % reasons)
    topics = sorted(s['expect']['topic'] for s in scenarios if s['expect']['outcome'] == 'information')
    if topics != sorted(['state_police', 'records', 'copy', 'other_town', 'animal_control']):
        err('information topics %s' % topics)
    em = [s for s in scenarios if s['expect']['outcome'] == 'emergency']
    in_opening = sum(1 for s in em if s['expect']['emergency_message'] in s['opening'])
    if in_opening != 5 or len(em) - in_opening != 7:
        err('emergencies: %d in the opening, %d mid-way (want 5 and 7)' % (in_opening, len(em) - in_opening))


def all_messages(scenarios, em_rows, inc_rows, turn_rows):
    """(where, text) for every message a resident sends anywhere in the set."""
    out = []
    for s in scenarios:
        for x in s['opening']:
            out.append((s['id'] + ':opening', x))
        for k, v in s['answers'].items():
            if k in ('known_suspect', 'weapon') and v == 'No.':
                continue
            out.append((s['id'] + ':' + k, v))
        for i in s.get('interjections', []):
            out.append((s['id'] + ':interjection', i['text']))
        for x in s.get('after_end', []):
            out.append((s['id'] + ':after_end', x))
    out += [('emergency_messages.csv', r[0]) for r in em_rows]
    out += [('incident_descriptions.csv', r[0]) for r in inc_rows]
    out += [('turns.csv', r[1]) for r in turn_rows]
    return out


# --------------------------------------------------------------------------------------------- CSV rows
def emergency_rows():
    rows = []
    want = {c: (8 if i < 5 else 7) for i, c in enumerate(EMERGENCY_CATEGORIES)}
    if list(csv_emergency.EMERGENCY.keys()) != EMERGENCY_CATEGORIES:
        err('emergency categories %s' % list(csv_emergency.EMERGENCY.keys()))
    for cat, texts in csv_emergency.EMERGENCY.items():
        if len(texts) != want.get(cat):
            err('emergency category %s has %d rows, want %s' % (cat, len(texts), want.get(cat)))
        rows += [(t, 1, cat) for t in texts]
    if len(csv_emergency.ROUTINE) != 75:
        err('routine rows %d, want 75' % len(csv_emergency.ROUTINE))
    rows += [(t, 0, 'routine') for t in csv_emergency.ROUTINE]
    random.Random(3701).shuffle(rows)
    return rows


def incident_rows():
    rows = []
    if sorted(csv_incidents.INCIDENTS.keys()) != sorted(INCIDENT_TYPES):
        err('incident labels %s' % list(csv_incidents.INCIDENTS.keys()))
    for label, texts in csv_incidents.INCIDENTS.items():
        want = 24 if label == 'motor_vehicle_theft' else 22
        if len(texts) != want:
            err('incident label %s has %d rows, want %d' % (label, len(texts), want))
        rows += [(t, label) for t in texts]
    random.Random(3702).shuffle(rows)
    return rows


def turn_rows():
    rows = []
    rows += [('where', t, 'answer', '') for t in csv_turns.WHERE_ANSWER]
    for topic, texts in csv_turns.WHERE_QUESTION.items():
        rows += [('where', t, 'question', topic) for t in texts]
    rows += [('summary', t, 'answer', '') for t in csv_turns.SUMMARY_ANSWER]
    rows += [('summary', t, 'correction', '') for t in csv_turns.SUMMARY_CORRECTION]
    for topic, texts in csv_turns.SUMMARY_QUESTION.items():
        rows += [('summary', t, 'question', topic) for t in texts]
    counts = {}
    for asked, _, intent, topic in rows:
        counts[(asked, intent, topic)] = counts.get((asked, intent, topic), 0) + 1
        if topic and topic not in TOPICS:
            err('turns topic %r' % topic)
    want = {('where', 'answer', ''): 45, ('where', 'question', 'other_town'): 10,
            ('where', 'question', 'state_police'): 8, ('where', 'question', 'anonymous'): 4,
            ('where', 'question', 'animal_control'): 3, ('summary', 'answer', ''): 25,
            ('summary', 'correction', ''): 35, ('summary', 'question', 'copy'): 7,
            ('summary', 'question', 'anonymous'): 4, ('summary', 'question', 'records'): 4,
            ('summary', 'question', 'animal_control'): 2, ('summary', 'question', 'state_police'): 1,
            ('summary', 'question', 'other_town'): 2}
    if counts != want:
        err('turn counts %s' % counts)
    random.Random(3703).shuffle(rows)
    return rows


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        if len(r) != len(header):
            err('row with %d columns under %s' % (len(r), header))
        w.writerow(r)
    return buf.getvalue()


def main():
    scenarios = list(conv_filed.SCENARIOS) + list(conv_other.SCENARIOS)
    check_scenarios(scenarios)
    em, inc, turns = emergency_rows(), incident_rows(), turn_rows()
    if len(em) != 150 or len(inc) != 200 or len(turns) != 150:
        err('csv row counts %d/%d/%d, want 150/200/150' % (len(em), len(inc), len(turns)))
    seen = {}
    for where, text in all_messages(scenarios, em, inc, turns):
        if not isinstance(text, str) or not text.strip():
            err('%s: empty or non-text message %r' % (where, text))
            continue
        check_conventions(where, text)
        key = norm(text)
        if key in seen:
            err('duplicate message in %s and %s: %r' % (seen[key], where, text))
        else:
            seen[key] = where
    yaml_text = HEADER + dump_yaml({'scenarios': scenarios})
    files = {
        'conversations.yml': yaml_text,
        'emergency_messages.csv': csv_text(['text', 'is_emergency', 'category'], em),
        'incident_descriptions.csv': csv_text(['text', 'incident_type'], inc),
        'turns.csv': csv_text(['asked', 'text', 'intent', 'topic'], turns),
    }
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e, file=sys.stderr)
        print('%d error(s); nothing written' % len(ERRORS), file=sys.stderr)
        return 1
    for name, text in files.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    print('wrote %d scenarios, %d + %d + %d CSV rows, %d distinct messages'
          % (len(scenarios), len(em), len(inc), len(turns), len(seen)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
