"""Build sealed-46: conversations.yml, emergency_messages.csv, incident_descriptions.csv, turns.csv.

Standard library only. Checks everything first and writes nothing if any check fails.
CSV rows are shuffled with random.Random seeded from md5("sealed-46/<file name>"), so the output is reproducible
byte for byte.
"""

import sys

sys.dont_write_bytecode = True

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

SET = 'sealed-46'
PREFIX = 's46-'

ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property', 'theft',
                'vandalism', 'vehicle_burglary', 'vehicle_tampering']
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
HEAD_KEYS = ['incident_type', 'type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon',
             'known_suspect', 'weapon', 'occurred_at']
TAIL_KEYS = ['narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed', 'callback_wanted']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate', 'total_value',
               'occurred_days_ago', 'occurred_time']
INTERJECTION_KEYS = ['location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed']
OUTCOMES = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
REASONS = ['outside_town', 'excluded_area', 'known_suspect', 'weapon']
TOPICS = ['copy', 'records', 'state_police', 'other_town', 'anonymous', 'animal_control']
GROUPS = {'outside_town': ('outside_town', 'outside_town'), 'sherwood': ('excluded_area', 'excluded_area'),
          'merritt': ('excluded_area', 'excluded_area'), 'i95': ('excluded_area', 'excluded_area'),
          'known_suspect': ('known_suspect', 'in_town'), 'weapon': ('weapon', 'in_town')}
EMERGENCY_CATS = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
                  'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7, 'self_harm': 7,
                  'weapon_present': 7}

PLACE_WORDS = re.compile(r"\b(road|rd|lane|ln|avenue|ave|street|st|drive|dr|court|ct|place|pl|circle|trail|highway|"
                         r"hwy|turnpike|tpke|park|beach|common|terrace|hill|way|westport|weston|wilton|norwalk|"
                         r"fairfield|easton|southport|downtown|saugatuck|compo|sherwood|merritt|95|15|exit|lot|"
                         r"school|library|station|playhouse)\b", re.I)
TIME_WORDS = re.compile(r"\b(today|tonight|yesterday|night|nite|nights|morning|afternoon|evening|ago|am|pm|noon|"
                        r"midnight|week|weekend|overnight|o'clock|last|earlier|monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday)\b|\d{1,2}:\d\d", re.I)
PHONE = re.compile(r'(?:\+1[\s.-]?)?\(?\b(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})\b')
EMAIL = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+')
PLATE = re.compile(r'\b(?=[0-9A-Z-]*[A-Z])(?=[0-9A-Z-]*[0-9])[0-9A-Z]{2,3}-[0-9A-Z]{3,5}\b')
AMOUNT = re.compile(r'\$?\d[\d,]*(?:\.\d\d)?')

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r'[^a-z0-9]+', '', text.lower())


def public(s):
    """The scenario as written out: writer's underscore flags dropped, keys in file order."""
    out = {}
    for k in SCENARIO_KEYS:
        if k in s:
            out[k] = s[k]
    return out


def answer_order(itype, describes):
    keys = [k for k in HEAD_KEYS if k != 'incident_type' or describes == 'false']
    return keys + PER_TYPE_KEYS.get(itype, []) + TAIL_KEYS


def resident_messages(s):
    msgs = list(s['opening'])
    for k, v in s['answers'].items():
        msgs.append(v)
    for i in s.get('interjections', []):
        msgs.append(i['text'])
    msgs.extend(s.get('after_end', []))
    return msgs


def amounts(text):
    vals = set()
    for m in AMOUNT.finditer(text):
        digits = m.group(0).lstrip('$').replace(',', '')
        try:
            vals.add(int(float(digits)))
        except ValueError:
            pass
    return vals


def check_scenario(s):
    sid = s.get('id', '?')
    if not sid.startswith(PREFIX):
        err('%s: id prefix' % sid)
    extra = [k for k in s if not k.startswith('_') and k not in SCENARIO_KEYS]
    if extra:
        err('%s: unknown keys %s' % (sid, extra))
    present = [k for k in s if not k.startswith('_')]
    if present != [k for k in SCENARIO_KEYS if k in s]:
        err('%s: key order %s' % (sid, present))
    for k in ('id', 'channel', 'note', 'opening', 'answers', 'expect'):
        if k not in s:
            err('%s: missing %s' % (sid, k))
    if s['channel'] not in ('sms', 'web'):
        err('%s: channel' % sid)
    e = s['expect']
    if list(e) != EXPECT_KEYS:
        err('%s: expect keys %s' % (sid, list(e)))
    out = e['outcome']
    if out not in OUTCOMES:
        err('%s: outcome %s' % (sid, out))
    if e['first_message_describes'] not in ('true', 'false'):
        err('%s: first_message_describes' % sid)
    if e['incident_type'] is not None and e['incident_type'] not in ONLINE_TYPES:
        err('%s: incident_type' % sid)
    if (e['reason'] is not None) != (out == 'ineligible'):
        err('%s: reason only for ineligible' % sid)
    if e['reason'] is not None and e['reason'] not in REASONS:
        err('%s: reason vocab' % sid)
    if (e['topic'] is not None) != (out == 'information'):
        err('%s: topic only for information' % sid)
    if e['topic'] is not None and e['topic'] not in TOPICS:
        err('%s: topic vocab' % sid)
    if (e['record'] is not None) != (out == 'filed'):
        err('%s: record only for filed' % sid)
    if e['location_decision'] not in (None, 'in_town', 'outside_town', 'excluded_area'):
        err('%s: location_decision vocab' % sid)
    if not s['opening'] or not all(isinstance(t, str) and t for t in s['opening']):
        err('%s: opening' % sid)

    ans = s['answers']
    ints = s.get('interjections', [])
    for i in ints:
        if list(i) != ['at', 'text']:
            err('%s: interjection keys' % sid)
        if i['at'] not in INTERJECTION_KEYS:
            err('%s: interjection at %s' % (sid, i['at']))
        if i['at'] not in ans:
            err('%s: interjection at %s has no plain answer' % (sid, i['at']))
        if i['at'] == 'location' and not s.get('_no_place'):
            err('%s: location interjection but opening names a place' % sid)
        if i['at'] == 'occurred_at' and not s.get('_no_time'):
            err('%s: occurred_at interjection but opening gives a time' % sid)
    if s.get('_no_place'):
        for t in s['opening']:
            m = PLACE_WORDS.search(t)
            if m:
                err('%s: _no_place opening has place word %r' % (sid, m.group(0)))
    if s.get('_no_time'):
        for t in s['opening']:
            m = TIME_WORDS.search(t)
            if m:
                err('%s: _no_time opening has time word %r' % (sid, m.group(0)))

    # answers: keys in order, a prefix of the full list for non-filed
    if ans:
        itype = e['incident_type']
        if out == 'information' or itype is None:
            err('%s: answers without an incident type' % sid)
        else:
            order = answer_order(itype, e['first_message_describes'])
            keys = list(ans)
            if out == 'filed':
                if keys != order:
                    err('%s: answer keys %s != %s' % (sid, keys, order))
            elif keys != order[:len(keys)]:
                err('%s: answer keys not a prefix: %s' % (sid, keys))
        for k in ('known_suspect', 'weapon'):
            if k in ans and ans[k] != 'No.':
                if not (out == 'ineligible' and s.get('_group') == k):
                    err('%s: %s answered yes outside its refusal' % (sid, k))
    if out in ('information',) and ans:
        err('%s: information with answers' % sid)
    if e['first_message_describes'] == 'false' and out not in ('information',) and 'incident_type' not in ans:
        err('%s: non-describing opening without incident_type answer' % sid)
    if e['first_message_describes'] == 'true' and 'incident_type' in ans:
        err('%s: incident_type answer for describing opening' % sid)

    # location decision
    if out in ('filed', 'cancelled'):
        if e['location_decision'] != 'in_town' or 'location' not in ans:
            err('%s: location decision' % sid)
    if out == 'information' and (e['location_decision'] is not None or e['incident_type'] is not None
                                 or e['first_message_describes'] != 'false'):
        err('%s: information expect' % sid)

    # emergencies
    where = s.get('_emergency_where')
    if out == 'emergency':
        em = e['emergency_message']
        if where == 'opening':
            if em not in s['opening'] or ans or ints or e['incident_type'] is not None \
                    or e['location_decision'] is not None:
                err('%s: opening emergency' % sid)
        else:
            texts = [i['text'] for i in ints if i['at'] == where]
            if texts != [em] or where not in ans:
                err('%s: emergency interjection' % sid)
            if (e['location_decision'] is None) != (where == 'location'):
                err('%s: emergency location decision' % sid)
            if e['incident_type'] is None:
                err('%s: mid-way emergency needs incident_type' % sid)
        if not s.get('after_end'):
            err('%s: emergency without after_end' % sid)
    elif e['emergency_message'] is not None or where:
        err('%s: emergency_message outside emergencies' % sid)

    # ineligible groups
    g = s.get('_group')
    if out == 'ineligible':
        if g not in GROUPS:
            err('%s: ineligible group' % sid)
        else:
            reason, ld = GROUPS[g]
            if e['reason'] != reason or e['location_decision'] != ld:
                err('%s: ineligible reason/location' % sid)
            if g == 'known_suspect' and (ans.get('known_suspect', 'No.') == 'No.' or 'weapon' in ans):
                err('%s: known_suspect answer' % sid)
            if g == 'weapon' and (ans.get('weapon', 'No.') == 'No.' or ans.get('known_suspect') != 'No.'):
                err('%s: weapon answer' % sid)
            if g in ('outside_town', 'sherwood', 'merritt', 'i95') and list(ans)[-1] != 'location':
                err('%s: place refusal should end at location' % sid)
    elif g:
        err('%s: _group outside ineligible' % sid)

    if out == 'cancelled' and not ints:
        err('%s: cancel without interjection' % sid)

    # records
    if out == 'filed':
        check_record(s)
    elif s.get('_total_parts'):
        err('%s: _total_parts outside filed' % sid)


def check_record(s):
    sid = s['id']
    ans = s['answers']
    r = s['expect']['record']
    if list(r) != [k for k in RECORD_KEYS if k in r]:
        err('%s: record key order' % sid)
    for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
        if k not in r:
            err('%s: record missing %s' % (sid, k))
    conf = ans['confirmed']
    name_src = (ans['reporter_name'] + ' ' + conf).lower()
    for w in r['reporter_name'].split():
        if w.lower() not in name_src:
            err('%s: record name word %s not written' % (sid, w))
    # e-mail
    src = EMAIL.findall(conf) or EMAIL.findall(ans['reporter_email'])
    if not src or src[-1] != r['reporter_email']:
        err('%s: record e-mail %s vs %s' % (sid, r['reporter_email'], src))
    # phone
    ph = [''.join(m) for m in PHONE.findall(conf)] or [''.join(m) for m in PHONE.findall(ans['reporter_phone'])]
    if not ph or ph[-1] != r['reporter_phone']:
        err('%s: record phone %s vs %s' % (sid, r['reporter_phone'], ph))
    # plate
    itype = s['expect']['incident_type']
    if itype in ('damage_to_motor_vehicle', 'vehicle_tampering', 'vehicle_burglary'):
        if 'vehicle_plate' not in r:
            err('%s: vehicle record without plate' % sid)
        else:
            state, plate = r['vehicle_plate'].split(' ', 1)
            src = PLATE.findall(conf) or PLATE.findall(ans['vehicle'])
            if not src or src[-1] != plate:
                err('%s: record plate %s vs %s' % (sid, plate, src))
            where = conf if PLATE.findall(conf) else ans['vehicle']
            names = {'CT': r'\b(CT|ct|Connecticut)\b', 'NY': r'\b(NY|ny|New York)\b'}
            if state not in names or not re.search(names[state], where):
                err('%s: plate state %s not written' % (sid, state))
    elif 'vehicle_plate' in r:
        err('%s: plate on a non-vehicle record' % sid)
    # total
    parts = s.get('_total_parts')
    if parts:
        if r.get('total_value') != sum(parts):
            err('%s: total_value %s != sum %s' % (sid, r.get('total_value'), parts))
        written = set()
        for t in resident_messages(s):
            written |= amounts(t)
        for p in parts:
            if p not in written:
                err('%s: total part %s not written' % (sid, p))
    elif 'total_value' in r:
        err('%s: total_value without parts' % sid)
    if 'occurred_time' in r and not re.fullmatch(r'[0-2]\d:[0-5]\d', r['occurred_time']):
        err('%s: occurred_time format' % sid)
    if 'occurred_time' in r and 'occurred_days_ago' not in r:
        err('%s: time without days' % sid)


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        a, b, c = m.groups()
        if a not in ('203', '475') or b != '555' or not c.startswith('01'):
            err('%s: phone %s outside 203/475-555-01xx' % (where, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(0).endswith('@example.com'):
            err('%s: e-mail %s not @example.com' % (where, m.group(0)))


def check_all(scenarios):
    ids = Counter(s['id'] for s in scenarios)
    for i, n in ids.items():
        if n > 1:
            err('duplicate id %s' % i)
    if len(scenarios) != 60:
        err('scenario count %d' % len(scenarios))
    oc = Counter(s['expect']['outcome'] for s in scenarios)
    if dict(oc) != OUTCOMES:
        err('outcomes %s' % dict(oc))
    ch = Counter(s['channel'] for s in scenarios)
    if ch['sms'] != 24 or ch['web'] != 36:
        err('channels %s' % dict(ch))
    ft = Counter(s['expect']['incident_type'] for s in scenarios if s['expect']['outcome'] == 'filed')
    want = {t: 3 for t in ONLINE_TYPES}
    want['lost_property'] = want['vandalism'] = 4
    if dict(ft) != want:
        err('filed per type %s' % dict(ft))
    em = Counter('opening' if s.get('_emergency_where') == 'opening' else 'mid'
                 for s in scenarios if s['expect']['outcome'] == 'emergency')
    if em['opening'] != 5 or em['mid'] != 7:
        err('emergency split %s' % dict(em))
    gr = Counter(s.get('_group') for s in scenarios if s['expect']['outcome'] == 'ineligible')
    if dict(gr) != {g: 2 for g in GROUPS}:
        err('ineligible groups %s' % dict(gr))
    for s in scenarios:
        check_scenario(s)
        for t in resident_messages(s):
            check_contacts(t, s['id'])
            if not isinstance(t, str) or not t.strip():
                err('%s: empty message' % s['id'])
        for k, v in s['answers'].items():
            if k in ('known_suspect', 'weapon') and v == 'No.':
                continue
            if k in ('reporter_name', 'reporter_email', 'reporter_phone'):
                continue
            if len(v.split()) < 3:
                err('%s: reply %s=%r is too bare' % (s['id'], k, v))


def check_csvs():
    em = csv_emergency.ROWS
    if len(em) != 150:
        err('emergency rows %d' % len(em))
    c = Counter(cat for _, _, cat in em)
    want = dict(EMERGENCY_CATS)
    want['routine'] = 75
    if dict(c) != want:
        err('emergency categories %s' % dict(c))
    for t, flag, cat in em:
        if (flag == 1) != (cat != 'routine') or flag not in (0, 1):
            err('emergency flag/category mismatch: %s' % t)
        check_contacts(t, 'emergency_messages')
    inc = csv_incidents.ROWS
    if len(inc) != 200:
        err('incident rows %d' % len(inc))
    c = Counter(lab for _, lab in inc)
    want = {t: 22 for t in ONLINE_TYPES}
    want['motor_vehicle_theft'] = 24
    if dict(c) != want:
        err('incident labels %s' % dict(c))
    for t, _ in inc:
        check_contacts(t, 'incident_descriptions')
    tu = csv_turns.ROWS
    if len(tu) != 150:
        err('turn rows %d' % len(tu))
    c = Counter((a, i, t) for a, _, i, t in tu)
    want = {('where', 'answer', ''): 45, ('where', 'question', 'other_town'): 10,
            ('where', 'question', 'state_police'): 8, ('where', 'question', 'anonymous'): 4,
            ('where', 'question', 'animal_control'): 3, ('summary', 'answer', ''): 25,
            ('summary', 'correction', ''): 35, ('summary', 'question', 'copy'): 7,
            ('summary', 'question', 'anonymous'): 4, ('summary', 'question', 'records'): 4,
            ('summary', 'question', 'animal_control'): 2, ('summary', 'question', 'other_town'): 2,
            ('summary', 'question', 'state_police'): 1}
    if dict(c) != want:
        err('turn labels %s' % dict(c))
    for a, t, i, tp in tu:
        check_contacts(t, 'turns')
        if (tp != '') != (i == 'question'):
            err('turn topic only for questions: %s' % t)


def all_messages(scenarios):
    """Every resident message of the set with its origin (the fixed No. answers aside)."""
    out = []
    for s in scenarios:
        for t in s['opening']:
            out.append((t, s['id'] + ':opening'))
        for k, v in s['answers'].items():
            if k in ('known_suspect', 'weapon') and v == 'No.':
                continue
            out.append((v, s['id'] + ':' + k))
        for i in s.get('interjections', []):
            out.append((i['text'], s['id'] + ':interjection@' + i['at']))
        for t in s.get('after_end', []):
            out.append((t, s['id'] + ':after_end'))
    for t, _, _ in csv_emergency.ROWS:
        out.append((t, 'emergency_messages.csv'))
    for t, _ in csv_incidents.ROWS:
        out.append((t, 'incident_descriptions.csv'))
    for _, t, _, _ in csv_turns.ROWS:
        out.append((t, 'turns.csv'))
    return out


def check_duplicates(scenarios):
    seen = {}
    for t, where in all_messages(scenarios):
        n = norm(t)
        if n in seen:
            err('duplicate message %r (%s and %s)' % (t, seen[n], where))
        seen[n] = where
    return len(seen)


def seeded(name):
    return random.Random(int(hashlib.md5(('%s/%s' % (SET, name)).encode('utf-8')).hexdigest(), 16))


def csv_text(header, rows, name):
    rows = list(rows)
    seeded(name).shuffle(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


HEADER = """\
# SEALED evaluation set 46 -- resident conversations.
# Sources the writer saw, and nothing else: the department's seed texts (shared/seeds), the public geography
# folder (shared/geo: README, street list by town, boundary polygons) and, for layout only, sealed-45's format
# folder (its README, the top of its conversations.yml, the header rows of its CSVs, yamlout.py). Project code,
# data and tests, other evaluation folders and the assistant itself were never opened or run.
# Make-up (60 scenarios):
#   filed 26 - three of each online type, four each for lost_property and vandalism. Among them: 8 fix a value
#     when shown the summary; 8 put a question in place of an answer (interjection) and 3 tuck one into an
#     answer; 9 give money figures for the taken or lost things straight away; 2 start with a bare "how do I
#     report" message; 5 fix a detail in passing; 4 are typed on behalf of another person or an association;
#     several sit on street names that a neighbouring town also uses and are still in Westport.
#   emergency 12 - 5 visible in the first message(s), one only in the second opening message; 7 arrive as an
#     interjection later on.
#   ineligible 12 - two apiece: outside_town, Sherwood Island, Merritt Parkway, I-95 and its ramps (the last three
#     with reason excluded_area), known_suspect, weapon.
#   cancelled 5, information 5.
# Where interjections may sit: only at questions the interview never skips - location (if the first message has
#   no place), occurred_at (if it has no time), suspect_or_weapon, reporter_name, reporter_phone, confirmed.
#   Each entry is {at: key, text: what the resident sends instead}; `answers` keeps an ordinary reply for the same
#   key. `after_end`: what the resident still types once the conversation is over.
# Record fields: reporter_phone as 10 digits; vehicle_plate as the resident spelled it, prefixed by its state
#   ('CT 7BX-302' once the summary swaps "7XB-302" round, 'NY KDW-4418' from "NY plate KDW-4418", 'CT AK-51902'
#   after "AK-51920 - sorry typo"), taken from the `vehicle` reply; total_value in whole dollars, present only
#   if the resident prices what was stolen, lost or fraudulently billed (no repair quotes, no damaged items);
#   occurred_days_ago / occurred_time only if the wording pins them down, counting from 14:00 on the run day,
#   in 24-hour form. Anything not filed carries record: null.
"""


def main():
    scenarios = conv_filed.SCENARIOS + conv_other.SCENARIOS
    check_all(scenarios)
    check_csvs()
    n_messages = check_duplicates(scenarios)
    if errors:
        for e in errors:
            print('ERROR', e)
        print('%d error(s); nothing written' % len(errors))
        return 1
    yml = HEADER + yamlout.dump({'scenarios': [public(s) for s in scenarios]})
    files = {
        'conversations.yml': yml,
        'emergency_messages.csv': csv_text(['text', 'is_emergency', 'category'], csv_emergency.ROWS,
                                           'emergency_messages.csv'),
        'incident_descriptions.csv': csv_text(['text', 'incident_type'], csv_incidents.ROWS,
                                              'incident_descriptions.csv'),
        'turns.csv': csv_text(['asked', 'text', 'intent', 'topic'], csv_turns.ROWS, 'turns.csv'),
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    print('wrote %s; %d distinct messages' % (', '.join(files), n_messages))
    return 0


if __name__ == '__main__':
    sys.exit(main())
