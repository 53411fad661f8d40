"""Build sealed evaluation set 45 (standard library only).

Writes conversations.yml, emergency_messages.csv, incident_descriptions.csv and turns.csv next to
this file from the hand-written lists in conv_filed.py, conv_other.py, csv_emergency.py,
csv_incidents.py and csv_turns.py. CSV rows are shuffled with a generator seeded from
md5("sealed-45/<file name>"), so the output is byte-for-byte reproducible. Every check below must
pass before anything is written."""

import sys

sys.dont_write_bytecode = True  # no __pycache__ next to the set

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

ERRORS = []


def err(msg):
    ERRORS.append(msg)


ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property', 'theft',
                'vandalism', 'vehicle_burglary', 'vehicle_tampering']
INCIDENT_LABELS = ONLINE_TYPES + ['motor_vehicle_theft']
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
HEAD_KEYS = ['incident_type', 'type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon',
             'known_suspect', 'weapon', 'occurred_at']
TAIL_KEYS = ['narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed', 'callback_wanted']
INTERJECTION_KEYS = {'location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed'}
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate', 'total_value',
               'occurred_days_ago', 'occurred_time']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
REASONS = {'outside_town', 'excluded_area', 'known_suspect', 'weapon', 'unsupported_type'}
TOPICS = {'other_town', 'state_police', 'anonymous', 'animal_control', 'copy', 'records'}
EMERGENCY_CATEGORIES = ['fire', 'just_happened_offender_near', 'crime_in_progress', 'missing_now',
                        'threat_of_violence', 'cannot_call', 'medical', 'danger_or_injury', 'self_harm',
                        'weapon_present']

PHONE_RE = re.compile(r'(?<![\d-])(?:\+1[ .-]?)?\(?(\d{3})\)?[ .-]?(\d{3})[ .-](\d{4})(?![\d])')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}')
EMAIL_SPOKEN_RE = re.compile(r'\b([a-z0-9._-]+) at ([a-z0-9-]+) dot ([a-z]{2,})\b', re.I)
PLATE_RE = re.compile(r'\b(?=[0-9A-Z-]*[A-Z])(?=[0-9A-Z-]*[0-9])[0-9A-Z]{1,3}-[0-9A-Z]{3,4}\b')
STREET_WORDS = re.compile(
    r'\b(road|rd|lane|ln|avenue|ave|street|st|drive|dr|court|ct|place|pl|trail|way|circle|terrace|highway|hwy|'
    r'turnpike|tpke|park|school|farm|beach|station|westport|norwalk|fairfield|weston|wilton|easton|southport|'
    r'merritt|sherwood|i-95|95|downtown|compo|saugatuck|longshore|jesup|cove|island)\b', re.I)
TIME_WORDS = re.compile(
    r'\b(today|tonight|yesterday|last night|last nite|this morning|this afternoon|this evening|ago|am|pm|'
    r'morning|afternoon|evening|night|nite|overnight|noon|midnight|o\'clock|week|weekend|days?|'
    r'monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}:\d{2}', re.I)


def norm(text):
    return re.sub(r'[\W_]+', '', text.lower())


def seeded_rng(name):
    return random.Random(int(hashlib.md5(('sealed-45/' + name).encode('utf-8')).hexdigest(), 16))


def phones_in(text):
    return ['%s%s%s' % m.groups() for m in PHONE_RE.finditer(text)]


def emails_in(text):
    found = [m.group(0).rstrip('.') for m in EMAIL_RE.finditer(text)]
    found += ['%s@%s.%s' % m.groups() for m in EMAIL_SPOKEN_RE.finditer(text)]
    return found


def amounts_in(text):
    return {int(x.replace(',', '')) for x in re.findall(r'\d[\d,]*', text) if x.replace(',', '').isdigit()}


def check_phone_email_conventions(text, where):
    for ph in phones_in(text):
        ok = (ph.startswith('2035550') or ph.startswith('4755550')) and ph[6:8] == '01'
        if not ok:
            err('%s: phone %s outside 203-555-01xx / 475-555-01xx' % (where, ph))
    for em in emails_in(text):
        if not em.lower().endswith('@example.com'):
            err('%s: e-mail %s not @example.com' % (where, em))


# --------------------------------------------------------------------------- conversations
def clean(scn):
    return {k: v for k, v in scn.items() if not k.startswith('_')}


def answer_order(incident_type):
    return HEAD_KEYS + PER_TYPE.get(incident_type, []) + TAIL_KEYS


def check_scenario(s):
    sid = s.get('id', '?')
    out = clean(s)
    keys = list(out.keys())
    if [k for k in SCENARIO_KEYS if k in keys] != keys:
        err('%s: scenario keys %s out of order' % (sid, keys))
    for k in ('id', 'channel', 'note', 'opening', 'answers', 'expect'):
        if k not in out:
            err('%s: missing %s' % (sid, k))
    if not sid.startswith('s45-'):
        err('%s: id prefix' % sid)
    if out['channel'] not in ('sms', 'web'):
        err('%s: channel' % sid)
    exp = out['expect']
    if list(exp.keys()) != EXPECT_KEYS:
        err('%s: expect keys %s' % (sid, list(exp.keys())))
    outcome = exp['outcome']
    itype = exp['incident_type']
    answers = out['answers']
    order = answer_order(itype)
    ak = list(answers.keys())
    if [k for k in order if k in ak] != ak:
        err('%s: answer keys %s not in the order %s' % (sid, ak, order))
    # no_place / no_time flags agree with the opening
    first = out['opening'][0]
    if s.get('_no_place') and STREET_WORDS.search(first):
        err('%s: _no_place but the opening names a place (%s)' % (sid, STREET_WORDS.search(first).group(0)))
    if s.get('_no_time') and TIME_WORDS.search(first):
        err('%s: _no_time but the opening gives a time (%s)' % (sid, TIME_WORDS.search(first).group(0)))
    # interjections
    for ij in out.get('interjections', []):
        if list(ij.keys()) != ['at', 'text']:
            err('%s: interjection keys' % sid)
        at = ij['at']
        if at not in INTERJECTION_KEYS:
            err('%s: interjection at %s not allowed' % (sid, at))
        if at == 'location' and not s.get('_no_place'):
            err('%s: location interjection but the opening names a place' % sid)
        if at == 'occurred_at' and not s.get('_no_time'):
            err('%s: occurred_at interjection but the opening gives a time' % sid)
        if at not in answers:
            err('%s: no plain answer at interjection key %s' % (sid, at))
    # vocabularies
    if outcome not in ('filed', 'emergency', 'ineligible', 'cancelled', 'information'):
        err('%s: outcome %s' % (sid, outcome))
    if (exp['reason'] is not None) != (outcome == 'ineligible'):
        err('%s: reason only for ineligible' % sid)
    if exp['reason'] is not None and exp['reason'] not in REASONS:
        err('%s: reason %s' % (sid, exp['reason']))
    if (exp['topic'] is not None) != (outcome == 'information'):
        err('%s: topic only for information' % sid)
    if exp['topic'] is not None and exp['topic'] not in TOPICS:
        err('%s: topic %s' % (sid, exp['topic']))
    if itype is not None and itype not in INCIDENT_LABELS:
        err('%s: incident_type %s' % (sid, itype))
    if exp['location_decision'] not in (None, 'in_town', 'outside_town', 'excluded_area'):
        err('%s: location_decision' % sid)
    if exp['first_message_describes'] not in ('true', 'false'):
        err('%s: first_message_describes' % sid)
    if (exp['first_message_describes'] == 'false') != ('incident_type' in answers or outcome == 'information'):
        err('%s: first_message_describes vs answers.incident_type' % sid)
    if outcome != 'filed' and exp['record'] is not None:
        err('%s: record must be null' % sid)
    if outcome in ('information',) or s.get('_emergency_where') == 'opening':
        if answers:
            err('%s: answers must be {}' % sid)
        if itype is not None or exp['location_decision'] is not None:
            err('%s: incident_type/location_decision must be null' % sid)
    if outcome == 'emergency':
        where = s.get('_emergency_where')
        if where == 'opening':
            if exp['emergency_message'] not in out['opening']:
                err('%s: emergency message not in the opening' % sid)
        else:
            texts = [ij['text'] for ij in out.get('interjections', []) if ij['at'] == where]
            if texts != [exp['emergency_message']]:
                err('%s: emergency message is not the interjection at %s' % (sid, where))
            want = None if where == 'location' else 'in_town'
            if exp['location_decision'] != want:
                err('%s: location_decision should be %s' % (sid, want))
        if not out.get('after_end'):
            err('%s: emergencies carry after_end' % sid)
    elif exp['emergency_message'] is not None:
        err('%s: emergency_message only for emergencies' % sid)
    if outcome == 'ineligible':
        g = s.get('_group')
        want = {'outside_town': ('outside_town', 'outside_town'), 'sherwood': ('excluded_area', 'excluded_area'),
                'merritt': ('excluded_area', 'excluded_area'), 'i95': ('excluded_area', 'excluded_area'),
                'known_suspect': ('known_suspect', 'in_town'), 'weapon': ('weapon', 'in_town')}.get(g)
        if want is None or (exp['reason'], exp['location_decision']) != want:
            err('%s: ineligible group %s vs %s/%s' % (sid, g, exp['reason'], exp['location_decision']))
        if g == 'known_suspect' and answers.get('known_suspect', 'No.') == 'No.':
            err('%s: known_suspect answer must be the yes answer' % sid)
        if g == 'weapon' and (answers.get('known_suspect') != 'No.' or answers.get('weapon', 'No.') == 'No.'):
            err('%s: weapon refusal answers' % sid)
    if outcome == 'filed':
        check_filed(s, out)
    return out


def check_filed(s, out):
    sid = out['id']
    exp = out['expect']
    answers = out['answers']
    itype = exp['incident_type']
    if itype not in ONLINE_TYPES:
        err('%s: filed type %s' % (sid, itype))
    need = [k for k in answer_order(itype) if k != 'incident_type']
    missing = [k for k in need if k not in answers]
    if missing:
        err('%s: filed answers missing %s' % (sid, missing))
    if answers.get('known_suspect') != 'No.' or answers.get('weapon') != 'No.':
        err('%s: filed known_suspect / weapon must be No.' % sid)
    if exp['location_decision'] != 'in_town':
        err('%s: filed location_decision' % sid)
    rec = exp['record']
    if [k for k in RECORD_KEYS if k in rec] != list(rec.keys()):
        err('%s: record key order' % sid)
    conf = answers['confirmed']
    # name: every word found in the name answer or the summary correction
    for w in rec['reporter_name'].split():
        if w.lower() not in (answers['reporter_name'] + ' ' + conf).lower():
            err('%s: record name word %s not written by the resident' % (sid, w))
    # e-mail: the last one written, the summary correction first
    em = emails_in(conf) or emails_in(answers['reporter_email'])
    if not em or em[-1] != rec['reporter_email']:
        err('%s: record e-mail %s vs written %s' % (sid, rec['reporter_email'], em))
    ph = phones_in(conf) or phones_in(answers['reporter_phone'])
    if not ph or ph[-1] != rec['reporter_phone']:
        err('%s: record phone %s vs written %s' % (sid, rec['reporter_phone'], ph))
    if 'vehicle' in answers:
        src = conf if PLATE_RE.search(conf) else answers['vehicle']
        plates = PLATE_RE.findall(src)
        state = 'NY' if re.search(r'\bNY\b|new york', src, re.I) else (
            'CT' if re.search(r'\bCT\b|connecticut', src, re.I) else None)
        got = '%s %s' % (state, plates[-1]) if plates and state else None
        if rec.get('vehicle_plate') != got:
            err('%s: record plate %s vs written %s' % (sid, rec.get('vehicle_plate'), got))
    elif 'vehicle_plate' in rec:
        err('%s: plate without a vehicle answer' % sid)
    parts = s.get('_total_parts')
    if parts:
        if rec.get('total_value') != sum(parts):
            err('%s: total_value %s vs parts %s' % (sid, rec.get('total_value'), parts))
        said = set()
        for m in list(out['opening']) + list(answers.values()):
            said |= amounts_in(m)
        for p in parts:
            if p not in said:
                err('%s: amount %s never written by the resident' % (sid, p))
    elif 'total_value' in rec:
        err('%s: total_value without _total_parts' % sid)
    if 'occurred_time' in rec and not re.match(r'^\d\d:\d\d$', rec['occurred_time']):
        err('%s: occurred_time format' % sid)


def all_messages(out):
    msgs = list(out['opening'])
    msgs += [v for k, v in out['answers'].items() if k not in ('known_suspect', 'weapon') or v != 'No.']
    msgs += [ij['text'] for ij in out.get('interjections', [])]
    msgs += list(out.get('after_end', []))
    return msgs


YAML_HEADER = """\
# SEALED evaluation set 45 -- resident conversations.
# Written blind on 2026-12-01 by a writer who read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the format of the previous set
# (sealed-44's README without results, the first lines of its conversations.yml, the first rows of each CSV,
# yamlout.py). No project code, data, tests or other evaluation files were read, and the assistant was not run.
# Mix (60): 26 filed (3 per online type, lost_property and vandalism 4 each; 8 corrected at the final
#   summary; 8 with a question as an interjection and 3 with a question inside an answer; 9 whose first
#   message already gives amounts for what was taken or lost; 2 that open without describing anything; 5 that
#   correct something in prose while answering; 4 written for or through someone else; place traps filed as
#   ordinary reports),
#   12 emergency (5 in the opening, one of them in a second opening message; 7 mid-way via interjections),
#   12 ineligible (2 each: outside_town, Sherwood Island (excluded_area), the Merritt (excluded_area), I-95 or
#   its ramps (excluded_area), known_suspect, weapon), 5 cancelled, 5 information.
# Interjections (questions, emergencies and cancellations) sit only at questions that are always asked:
#   location (only when the opening names no place), occurred_at (only when the opening gives no time),
#   suspect_or_weapon, reporter_name/phone and confirmed.
#   `interjections` lists {at: question key, text: the message} the resident sends instead of
#   answering; `answers` always holds a plain answer. `after_end` lists messages sent after the end.
# Record conventions: reporter_phone is 10 digits; vehicle_plate is written as the resident wrote it,
#   with the state ('CT 2TN-604' from "Connecticut plate 2TN-604", 'NY JKV-4521' after a summary correction
#   of "plate CT JKV-4521", 'CT 8MD-244' after the prose correction of "8MD-224"); the plate is given inside
#   the `vehicle` answer; total_value is in whole dollars and only set when amounts for what was taken, lost
#   or fraudulently charged are stated (repair costs and things damaged are not counted); occurred_days_ago
#   and occurred_time are only set when the words fix them (conversation assumed at 14:00 on the day of the
#   run); times are 24h. Non-filed scenarios have record: null.
"""


def build_conversations():
    scns = list(conv_filed.FILED) + list(conv_other.EMERGENCY) + list(conv_other.INELIGIBLE) + \
        list(conv_other.CANCELLED) + list(conv_other.INFORMATION)
    outs = [check_scenario(s) for s in scns]
    if len(outs) != 60:
        err('conversations: %d, not 60' % len(outs))
    ids = [o['id'] for o in outs]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    oc = Counter(o['expect']['outcome'] for o in outs)
    if oc != Counter(filed=26, emergency=12, ineligible=12, cancelled=5, information=5):
        err('outcomes %s' % oc)
    ft = Counter(o['expect']['incident_type'] for o in outs if o['expect']['outcome'] == 'filed')
    want = {t: 3 for t in ONLINE_TYPES}
    want['lost_property'] = want['vandalism'] = 4
    if ft != Counter(want):
        err('filed types %s' % ft)
    ew = Counter('opening' if s.get('_emergency_where') == 'opening' else 'midway'
                 for s in scns if s['expect']['outcome'] == 'emergency')
    if ew != Counter(opening=5, midway=7):
        err('emergency split %s' % ew)
    groups = Counter(s.get('_group') for s in scns if s['expect']['outcome'] == 'ineligible')
    if groups != Counter({g: 2 for g in ('outside_town', 'sherwood', 'merritt', 'i95', 'known_suspect', 'weapon')}):
        err('ineligible groups %s' % groups)
    ch = Counter(o['channel'] for o in outs)
    if ch != Counter(sms=24, web=36):
        err('channels %s' % ch)
    for o in outs:
        for m in all_messages(o):
            check_phone_email_conventions(m, o['id'])
    return outs


# --------------------------------------------------------------------------- CSVs
def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def build_csvs():
    em = list(csv_emergency.ROWS)
    if len(em) != 150:
        err('emergency rows %d' % len(em))
    c = Counter(cat for _, _, cat in em)
    want = dict(fire=8, just_happened_offender_near=8, crime_in_progress=8, missing_now=8, threat_of_violence=8,
                cannot_call=7, medical=7, danger_or_injury=7, self_harm=7, weapon_present=7, routine=75)
    if c != Counter(want):
        err('emergency categories %s' % c)
    for t, flag, cat in em:
        if (flag == 1) != (cat in EMERGENCY_CATEGORIES) or (flag == 0) != (cat == 'routine'):
            err('emergency label mismatch: %s' % t[:60])
        check_phone_email_conventions(t, 'emergency_messages.csv')
    inc = list(csv_incidents.ROWS)
    if len(inc) != 200:
        err('incident rows %d' % len(inc))
    c = Counter(lab for _, lab in inc)
    want = {t: 22 for t in ONLINE_TYPES}
    want['motor_vehicle_theft'] = 24
    if c != Counter(want):
        err('incident labels %s' % c)
    for t, _ in inc:
        check_phone_email_conventions(t, 'incident_descriptions.csv')
    tu = list(csv_turns.ROWS)
    if len(tu) != 150:
        err('turn rows %d' % len(tu))
    c = Counter((a, i) for a, _, i, _ in tu)
    if c != Counter({('where', 'answer'): 45, ('where', 'question'): 25, ('summary', 'answer'): 25,
                     ('summary', 'correction'): 35, ('summary', 'question'): 20}):
        err('turn intents %s' % c)
    for a, t, i, topic in tu:
        if (i == 'question') != bool(topic) or (topic and topic not in TOPICS):
            err('turn topic: %s' % t[:60])
        check_phone_email_conventions(t, 'turns.csv')
    return em, inc, tu


def main():
    outs = build_conversations()
    em, inc, tu = build_csvs()
    # duplicates across the whole set (case, spacing and punctuation ignored)
    seen = {}
    msgs = []
    for o in outs:
        msgs += [(m, o['id']) for m in all_messages(o)]
    msgs += [(t, 'emergency_messages.csv') for t, _, _ in em]
    msgs += [(t, 'incident_descriptions.csv') for t, _ in inc]
    msgs += [(t, 'turns.csv') for _, t, _, _ in tu]
    for m, where in msgs:
        k = norm(m)
        if k in seen:
            err('duplicate message in %s and %s: %s' % (seen[k], where, m[:70]))
        seen[k] = where
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('%d errors; nothing written' % len(ERRORS))
        sys.exit(1)

    rng = seeded_rng('emergency_messages.csv')
    em_rows = [(t, str(f), cat) for t, f, cat in em]
    rng.shuffle(em_rows)
    rng = seeded_rng('incident_descriptions.csv')
    inc_rows = list(inc)
    rng.shuffle(inc_rows)
    rng = seeded_rng('turns.csv')
    tu_rows = list(tu)
    rng.shuffle(tu_rows)

    files = {
        'conversations.yml': YAML_HEADER + yamlout.dump({'scenarios': outs}),
        'emergency_messages.csv': csv_text(['text', 'is_emergency', 'category'], em_rows),
        'incident_descriptions.csv': csv_text(['text', 'incident_type'], inc_rows),
        'turns.csv': csv_text(['asked', 'text', 'intent', 'topic'], tu_rows),
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    print('wrote %s; %d distinct messages' % (', '.join(files), len(seen)))


if __name__ == '__main__':
    main()
