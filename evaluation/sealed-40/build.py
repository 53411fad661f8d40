"""Build sealed evaluation set 40 from the hand-written message lists.

    cd /tmp/sealed40-gen && python3 build.py

Checks everything first and writes nothing if any check fails. Standard library only; CSV rows are
shuffled with generators seeded from md5("sealed-40/<file name>"), so the output is reproducible."""

import csv
import hashlib
import io
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import yamlout  # noqa: E402
from conv_filed import FILED  # noqa: E402
from conv_other import OTHER  # noqa: E402
import csv_emergency  # noqa: E402
import csv_incidents  # noqa: E402
import csv_turns  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'theft', 'vehicle_burglary',
                'vehicle_tampering', 'lost_property', 'vandalism']
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
INTERJECTION_KEYS = {'location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone', 'confirmed'}
RECORD_KEYS = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate', 'total_value',
               'occurred_days_ago', 'occurred_time']
EXPECT_KEYS = ['outcome', 'reason', 'topic', 'incident_type', 'location_decision', 'emergency_message',
               'first_message_describes', 'record']
SCENARIO_KEYS = ['id', 'channel', 'note', 'opening', 'answers', 'interjections', 'after_end', 'expect']
REASONS = {'outside_town', 'excluded_area', 'known_suspect', 'weapon', 'unsupported_type'}
TOPICS = {'anonymous', 'copy', 'records', 'state_police', 'animal_control', 'other_town'}
EMERGENCY_CATEGORIES = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8, 'missing_now': 8,
                        'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7, 'danger_or_injury': 7,
                        'self_harm': 7, 'weapon_present': 7}


def key_order(itype):
    return (['incident_type', 'type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon',
             'known_suspect', 'weapon', 'occurred_at'] + PER_TYPE.get(itype, [])
            + ['narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed', 'callback_wanted'])


def is_subsequence(keys, order):
    pos = 0
    for k in keys:
        while pos < len(order) and order[pos] != k:
            pos += 1
        if pos == len(order):
            return False
        pos += 1
    return True


# ------------------------------------------------------------------------------------------ conversations
SCENARIOS = FILED + OTHER


def check_conversations():
    ids = [s['id'] for s in SCENARIOS]
    if len(SCENARIOS) != 60:
        err('expected 60 scenarios, got %d' % len(SCENARIOS))
    for sid, n in Counter(ids).items():
        if n > 1:
            err('duplicate id ' + sid)
    outcomes = Counter(s['expect']['outcome'] for s in SCENARIOS)
    want = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
    if dict(outcomes) != want:
        err('outcome counts %s != %s' % (dict(outcomes), want))
    filed_types = Counter(s['expect']['incident_type'] for s in SCENARIOS if s['expect']['outcome'] == 'filed')
    for t in ONLINE_TYPES:
        n = 4 if t in ('lost_property', 'vandalism') else 3
        if filed_types[t] != n:
            err('filed %s: %d, want %d' % (t, filed_types[t], n))
    reasons = Counter(s['expect']['reason'] for s in SCENARIOS if s['expect']['outcome'] == 'ineligible')
    if dict(reasons) != {'outside_town': 2, 'excluded_area': 4, 'known_suspect': 2, 'weapon': 2,
                         'unsupported_type': 2}:
        err('ineligible reasons %s' % dict(reasons))
    emg = [s for s in SCENARIOS if s['expect']['outcome'] == 'emergency']
    in_opening = [s for s in emg if s['expect']['emergency_message'] in s['opening']]
    if len(in_opening) != 5 or len(emg) - len(in_opening) != 7:
        err('emergencies: %d in opening, %d mid-way' % (len(in_opening), len(emg) - len(in_opening)))

    for s in SCENARIOS:
        sid = s['id']
        ex = s['expect']
        if not sid.startswith('s40-'):
            err(sid + ': id prefix')
        if list(s.keys()) != [k for k in SCENARIO_KEYS if k in s]:
            err(sid + ': scenario key order %s' % list(s.keys()))
        if list(ex.keys()) != EXPECT_KEYS:
            err(sid + ': expect key order')
        if s['channel'] not in ('sms', 'web'):
            err(sid + ': channel')
        if not s['opening'] or not all(isinstance(m, str) and m.strip() for m in s['opening']):
            err(sid + ': opening')
        out = ex['outcome']
        itype = ex['incident_type']
        if itype is not None and itype not in ONLINE_TYPES + ['motor_vehicle_theft']:
            err(sid + ': incident_type ' + str(itype))
        if (ex['reason'] is not None) != (out == 'ineligible') or (ex['reason'] and ex['reason'] not in REASONS):
            err(sid + ': reason')
        if (ex['topic'] is not None) != (out == 'information') or (ex['topic'] and ex['topic'] not in TOPICS):
            err(sid + ': topic')
        if ex['location_decision'] not in (None, 'in_town', 'outside_town', 'excluded_area'):
            err(sid + ': location_decision')
        if ex['first_message_describes'] not in ('true', 'false'):
            err(sid + ': first_message_describes')
        if ex['reason'] in ('outside_town', 'excluded_area') and ex['location_decision'] != ex['reason']:
            err(sid + ': location_decision for a place refusal')
        answers = s['answers']
        order = key_order(itype)
        keys = list(answers.keys())
        if not is_subsequence(keys, order):
            err(sid + ': answer keys out of order %s' % keys)
        if ('incident_type' in answers) != (ex['first_message_describes'] == 'false' and out != 'information'):
            err(sid + ': incident_type answer only when the opening describes nothing')
        if out in ('filed',) and keys != [k for k in order if k != 'incident_type' or 'incident_type' in answers]:
            err(sid + ': filed answers incomplete %s' % keys)
        if out == 'information' and (answers or itype is not None or ex['location_decision'] is not None):
            err(sid + ': information scenarios have no answers / type / location')
        for k in ('known_suspect', 'weapon'):
            if k in answers and answers[k] != 'No.' and not (out == 'ineligible' and ex['reason'] == k):
                err(sid + ': %s answer must be "No." unless it is the refusal' % k)
        inter = s.get('interjections', [])
        for it in inter:
            if list(it.keys()) != ['at', 'text']:
                err(sid + ': interjection keys')
            if it['at'] not in INTERJECTION_KEYS:
                err(sid + ': interjection at ' + it['at'])
            if it['at'] not in answers:
                err(sid + ': interjection at %s has no plain answer' % it['at'])
        em = ex['emergency_message']
        if out == 'emergency':
            texts = s['opening'] + [it['text'] for it in inter]
            if em not in texts:
                err(sid + ': emergency_message is not a message of the scenario')
            if em in s['opening'] and (answers or itype is not None or ex['location_decision'] is not None):
                err(sid + ': emergency in the opening has no answers, type or location decision')
        elif em is not None:
            err(sid + ': emergency_message only for emergencies')
        if out == 'filed':
            check_record(s)
        elif ex['record'] is not None:
            err(sid + ': record must be null')


def check_record(s):
    sid, rec, a = s['id'], s['expect']['record'], s['answers']
    if not isinstance(rec, dict):
        err(sid + ': filed without record')
        return
    if list(rec.keys()) != [k for k in RECORD_KEYS if k in rec]:
        err(sid + ': record key order')
    for k in ('reporter_name', 'reporter_email', 'reporter_phone'):
        if k not in rec:
            err(sid + ': record lacks ' + k)
    confirmed = a.get('confirmed', '')
    for word in rec.get('reporter_name', '').split():
        if word not in a['reporter_name'] + ' ' + confirmed:
            err(sid + ': record name word %r not in the answers' % word)
    if not rec.get('reporter_email', '').endswith('@example.com') or \
            rec['reporter_email'] not in a['reporter_email'] + ' ' + confirmed:
        err(sid + ': record e-mail')
    ph = rec.get('reporter_phone', '')
    if not re.fullmatch(r'(203|475)55501\d\d', ph):
        err(sid + ': record phone format ' + ph)
    digits = re.sub(r'\D', '', a['reporter_phone']) + ' ' + re.sub(r'\D', '', confirmed)
    if ph not in digits:
        err(sid + ': record phone not in the answers')
    vehicle_types = ('damage_to_motor_vehicle', 'vehicle_tampering', 'vehicle_burglary')
    if s['expect']['incident_type'] in vehicle_types:
        plate = rec.get('vehicle_plate')
        if not plate or not re.fullmatch(r'[A-Z]{2} [A-Z0-9][A-Z0-9 -]*', plate):
            err(sid + ': vehicle_plate %r' % plate)
        elif plate.split(' ', 1)[1].lower() not in a['vehicle'].lower():
            err(sid + ': plate not in the vehicle answer')
    elif 'vehicle_plate' in rec:
        err(sid + ': vehicle_plate for a non-vehicle type')
    if 'total_value' in rec and (not isinstance(rec['total_value'], int) or rec['total_value'] <= 0):
        err(sid + ': total_value')
    if 'occurred_days_ago' in rec and rec['occurred_days_ago'] not in (0, 1, 2, 3):
        err(sid + ': occurred_days_ago')
    if 'occurred_time' in rec:
        if not re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', rec['occurred_time']):
            err(sid + ': occurred_time')
        if 'occurred_days_ago' not in rec:
            err(sid + ': occurred_time without occurred_days_ago')


def conversation_messages():
    """(where, text) for every message a resident sends in the conversations."""
    out = []
    for s in SCENARIOS:
        for m in s['opening']:
            out.append((s['id'] + ' opening', m))
        for k, v in s['answers'].items():
            if k in ('known_suspect', 'weapon') and v == 'No.':
                continue
            out.append((s['id'] + ' answers.' + k, v))
        for it in s.get('interjections', []):
            out.append((s['id'] + ' interjection@' + it['at'], it['text']))
        for m in s.get('after_end', []):
            out.append((s['id'] + ' after_end', m))
    return out


# ------------------------------------------------------------------------------------------ CSVs
def check_csvs():
    em = csv_emergency.ROWS
    if len(em) != 150:
        err('emergency_messages: %d rows' % len(em))
    cats = Counter(c for _, f, c in em if f == 1)
    if dict(cats) != EMERGENCY_CATEGORIES:
        err('emergency categories %s' % dict(cats))
    if sum(1 for _, f, c in em if f == 0 and c == 'routine') != 75 or any(f not in (0, 1) for _, f, _ in em):
        err('emergency_messages: want 75 routine rows with is_emergency=0')
    inc = csv_incidents.ROWS
    if len(inc) != 200:
        err('incident_descriptions: %d rows' % len(inc))
    labels = Counter(l for _, l in inc)
    want = {t: 22 for t in ONLINE_TYPES}
    want['motor_vehicle_theft'] = 24
    if dict(labels) != want:
        err('incident labels %s' % dict(labels))
    tu = csv_turns.ROWS
    if len(tu) != 150:
        err('turns: %d rows' % len(tu))
    c = Counter((a, i) for a, _, i, _ in tu)
    if dict(c) != {('where', 'answer'): 45, ('where', 'question'): 25, ('summary', 'answer'): 25,
                   ('summary', 'correction'): 35, ('summary', 'question'): 20}:
        err('turns mix %s' % dict(c))
    for a, t, i, topic in tu:
        if (i == 'question') != bool(topic) or (topic and topic not in TOPICS):
            err('turns topic for %r' % t)
    wq = Counter(topic for a, _, i, topic in tu if a == 'where' and i == 'question')
    if dict(wq) != {'other_town': 10, 'state_police': 8, 'anonymous': 4, 'animal_control': 3}:
        err('where question topics %s' % dict(wq))
    sq = Counter(topic for a, _, i, topic in tu if a == 'summary' and i == 'question')
    if dict(sq) != {'copy': 7, 'anonymous': 4, 'records': 4, 'animal_control': 2, 'state_police': 1,
                    'other_town': 2}:
        err('summary question topics %s' % dict(sq))


def all_messages():
    msgs = conversation_messages()
    msgs += [('emergency_messages.csv', t) for t, _, _ in csv_emergency.ROWS]
    msgs += [('incident_descriptions.csv', t) for t, _ in csv_incidents.ROWS]
    msgs += [('turns.csv', t) for _, t, _, _ in csv_turns.ROWS]
    return msgs


def norm(text):
    t = re.sub(r'\s+', ' ', text.strip().lower())
    return re.sub(r'[\s.!?,;:]+$', '', t)


PHONE_RE = re.compile(r'(?<![\d$])\(?(\d{3})\)?[-. ]{0,2}(\d{3})[-. ](\d{4})(?!\d)|(?<![\d$])(\d{3})(\d{3})(\d{4})(?!\d)')
EMAIL_RE = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')


def check_messages():
    seen = {}
    for where, text in all_messages():
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            err('%s: empty or padded message %r' % (where, text))
            continue
        if '\n' in text or '\u2014' in text or '\u2019' in text:
            err('%s: newline or typographic character in %r' % (where, text))
        n = norm(text)
        if n in seen:
            err('duplicate message: %r (%s and %s)' % (text, seen[n], where))
        else:
            seen[n] = where
        for m in PHONE_RE.finditer(text):
            g = [x for x in m.groups() if x]
            if g[1] != '555' or not g[2].startswith('01') or g[0] not in ('203', '475'):
                err('%s: phone number convention %r' % (where, m.group(0)))
        for m in EMAIL_RE.finditer(text):
            if not m.group(0).endswith('@example.com'):
                err('%s: e-mail convention %r' % (where, m.group(0)))
    # the record values and notes follow the same conventions
    for s in SCENARIOS:
        for m in EMAIL_RE.finditer(s['note']):
            if not m.group(0).endswith('@example.com'):
                err(s['id'] + ': e-mail in note')
    return len(seen)


# ------------------------------------------------------------------------------------------ writing
def seeded(name):
    return random.Random(int(hashlib.md5(('sealed-40/' + name).encode('utf-8')).hexdigest(), 16))


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


YAML_HEADER = """\
# SEALED evaluation set 40 -- resident conversations.
# Written blind on 2026-12-01 by a writer who read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the format of the previous set
# (its README, the first 120 lines of its conversations.yml, the first rows of each CSV, yamlout.py).
# No project code, data, tests or other evaluation files were read, and the assistant was not run.
# Mix (60): 26 filed (3 per online type, lost_property and vandalism 4 each; 7 corrected at the final
#   summary; 10 with a question mid-way, 7 as an interjection and 3 inside an answer; 8 whose first message
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
#   with the state ('CT 8TR-515' after a prose correction, 'MA 4TRW19' from "Massachusetts plate 4TRW19",
#   'CT AK 30927' from "Plate CT AK 30927"); the plate is given inside the `vehicle` answer; total_value is
#   in whole dollars and only set when amounts for what was taken, lost or fraudulently charged are stated
#   (repair costs and things damaged are not counted); occurred_days_ago and occurred_time are only set when
#   the words fix them (conversation assumed at 14:00 on the day of the run); times are 24h. Non-filed
#   scenarios have record: null.
"""


def build_yaml():
    return YAML_HEADER + yamlout.dump({'scenarios': SCENARIOS})


def _counts():
    ch = Counter(s['channel'] for s in SCENARIOS)
    em_cats = Counter(c for _, f, c in csv_emergency.ROWS if f == 1)
    inc = Counter(l for _, l in csv_incidents.ROWS)
    return ch, em_cats, inc


README_TEMPLATE = """\
# Sealed evaluation set 40

Purpose: a sealed, held-out test of the Westport Police Department's non-emergency online-reporting
chat assistant. Each file checks one behaviour: whole resident conversations and their expected
outcome (`conversations.yml`), spotting an emergency in a first message (`emergency_messages.csv`),
naming the incident type from a first message (`incident_descriptions.csv`) and reading the intent of
a reply in the middle of an interview (`turns.csv`).

Written blind on 2026-12-01 by a writer who read only the seeds (`shared/seeds/*.txt`), the geo facts
(`shared/geo/`: its README, the street-name CSV and the town boundaries) and the previous set's format
(sealed-39's README, the first 120 lines of its `conversations.yml`, the first rows of each of its
three CSVs and its `yamlout.py`). The writer did not read the project's code, data, tests or domain files,
any other rows of sealed-39 or any other evaluation folder, and did not run the assistant.

The seeds give the department's own words: the online-reporting criteria (not an emergency; inside
Westport town limits and not in Sherwood Island State Park, on the Merritt Parkway (Rt-15), the
Connecticut Turnpike (I-95) or any entrance/exit ramp of those highways; no known suspects, firearms or
other weapons), the eight online types (harassing phone call, damage to motor vehicle, identity theft,
lost property, theft, vandalism, vehicle burglary, vehicle tampering), 9-1-1 for emergencies, (203)
341-6000 for reports that need an officer and (203) 341-6001 for records. Scenarios and wording are new
for this set (other streets, places, items, people and kinds of trickiness than those the sealed-39
README lists) and no sentence was copied from the format examples (checked by a 5-word overlap scan
against the format files; what overlaps is everyday phrasing such as "in front of the house").
Messages are written in residents' own everyday words: typos, lowercase, text-speak, run-on messages,
several facts in one message, corrections in prose and at the summary, questions back to the
department, SMS and web chat ({sms} `sms`, {web} `web` conversations). Writers include a dental
hygienist who works early, a Brazilian house cleaner, a 78-year-old retiree, a teenager with her mother's
Subaru, an Italian mother visiting her son, a retired teacher, a young man whose employer got an
unemployment claim, a landscaper, a graduate student, a beach walker, a contractor, a commuter, a German
engineer, a dog walker, a 16-year-old lacrosse fan, a husband who lost his wedding band, a daughter writing
for her 82-year-old father, a bakery owner and a father whose house was egged; several write as
non-native English writers (Portuguese, Italian, Russian, Polish, German and Greek speakers in the
conversations; Spanish, French and German replies in `turns.csv`). Figures of speech that sound violent
or alarming but are not ("my mom is going to kill me lol", "im a zombie", "im gonna lose it", "It looks
like a monster truck rally happened out there", "It sounded like a race car", "I feel sick about it", "no
weapons lol it was a car", children who "thought someone was trying to get in" the night before) sit in
ordinary reports. Names, e-mail addresses (`@example.com`) and phone numbers (`203-555-01xx` /
`475-555-01xx`) are invented; Westport streets and places come from `shared/geo`; dates in
conversations are relative only ("this morning", "last night", "yesterday", "two days ago", "three days
ago"). Conversations are assumed to take place at 2 PM local time on the day of the run.

No message occurs twice anywhere in the set ({distinct} distinct messages; the fixed `known_suspect: No.`
/ `weapon: No.` answer keys aside; the check ignores case, spacing and end punctuation). The files are
built by `build.py` from hand-written message lists (`conv_filed.py`, `conv_other.py`,
`csv_emergency.py`, `csv_incidents.py`, `csv_turns.py`) with the Python standard library only;
`yamlout.py` (copied from the format) writes the YAML in PyYAML's block style (width 110), so it reads
back with any YAML loader. CSV rows are shuffled with generators seeded from
`md5("sealed-40/<file name>")`, so `python3 build.py` reproduces the files byte for byte. Before
writing, `build.py` checks counts, label vocabularies, answer-key names and order, interjection keys,
emergency messages, record fields (names, e-mails and phones found in the answers, plates found in the
`vehicle` answer), phone/e-mail conventions and duplicates, and fails on any error without writing
anything.

## Files

| file | rows | what it is |
|---|---|---|
| `conversations.yml` | 60 scenarios | whole resident conversations with an expected outcome |
| `emergency_messages.csv` | 150 | first messages: `text,is_emergency,category` |
| `incident_descriptions.csv` | 200 | first messages: `text,incident_type` |
| `turns.csv` | 150 | mid-conversation replies: `asked,text,intent,topic` |

### conversations.yml (60)
- 26 `filed`: at least 3 per online type (harassing_phone_call, damage_to_motor_vehicle, identity_theft,
  theft, vehicle_burglary, vehicle_tampering: 3 each; lost_property, vandalism: 4 each). 7 correct
  something at the final summary (an e-mail "oops email is dpereira@example.com, i spelled my own name
  wrong lol" (typed dperiera); a model year "wait its a 2017 not 2018"; an amount "the Verizon amount is
  $1,460, not $1,640" (total 3774); an added item, the son's iPad "$329" (total 504); a metal "platinum,
  not gold ... Same appraisal"; a first name with an umlaut "Jürgen" (typed "Jurgen"); a phone
  "203-555-0166, not 0161"); `answers.confirmed` holds the correction and `expect.record` the corrected
  values (the year and the metal are not record fields). 10 ask a question mid-way: 7 as an
  `interjections` entry instead of the answer (whether she must give her real name while her papers are
  in process, at `reporter_name`; whether the son's insurance needs the paper or only the report number,
  at `confirmed`; "why do u need where, it all happened online", at `location` (the opening named no
  place); whether he can give the office number because he is on roofs all day, at `reporter_phone`;
  whether anyone will look at the station cameras, at `confirmed`; "do you guys call my parents if i put
  my number? im 16", at `reporter_phone`; whether someone will come and look at the tyre tracks, at
  `confirmed`), 3 inside an answer (whether to take the report to the post office, in the accounts
  answer; whether she may drive home with the smashed window, in the damage answer; whether the report
  helps for a replacement licence at the DMV, in the items answer). 8 give amounts in the first message
  ($2,314 Capital One card and $1,640 Verizon phones; $780 PayPal Credit and $1,120 Best Buy card; a
  $1,699 e-bike and its $85 lock; a $280 bag, $120 cash and $179 AirPods; $160 Ray-Bans and about $15 in
  coins; a $429 impact set and a $310 laser level; $249 AirPods Pro; a $1,475 hearing aid); two more
  openings give repair quotes only (a $1,900 body-shop estimate, a $650 painter). 1 opens without
  describing anything ("hi, can I file a police report online here? my building manager said I'd need
  one"; `answers.incident_type` holds the description: two packages from the front steps on Compo Hill
  Avenue, `first_message_describes: 'false'`). 5 correct something in prose while answering (a span
  "three weeks. Wait, my wife reminds me ... so it is two weeks"; an item "$600 each. Actually no, one was
  the old Echo ... $450"; a plate "CT 8TR-551 wait no 8TR-515"; an ear "the right ear. No wait, it's the
  left one"; a time "11:15 last night. Sorry, I misread it, it's 11:51"). Place traps filed in town:
  Bayberry Lane "just north of the Merritt", Weston Road "the westport part, just south of the merritt",
  the Greens Farms station lot "right next to 95 but I mean the parking lot, not the highway", Riverside
  Avenue "not the one in Norwalk", Sasco Creek Road "Westport side ... near the Fairfield line", the
  Compo Beach lot by the cannons, the Burying Hill Beach lot, the Levitt Pavilion lawn, Wakeman Town Farm,
  the Staples turf field, the walk from Winslow Park to Main Street, Church Lane, Bridge Street in
  Saugatuck, plus Hillspoint Road, Saugatuck Avenue, Old Hill Road, Compo Road North, Compo Hill Avenue,
  Kings Highway South, Beachside Avenue, Turkey Hill Road South, Maple Avenue North, Hockanum Road, Main
  Street, Owenoke Park and Cavalry Road. Damaged things and repairs (the body-shop estimate, the
  muffler-shop $700, the painter's $650, the glass company's $1,200, the $89 porch light) do not add to
  `total_value`; things without stated amounts (the licence, cards, the unemployment claim, the USPS
  change of address) add nothing.
- 12 `emergency`: 5 signalled in the opening (a man slumped over the wheel of a running car behind the
  Main Street shops, blue lips, "Not sure who even handles something like this"; "hi i want to report a
  car break in" followed by a second opening message: the thief is still inside the neighbour's car with
  a flashlight on Janson Drive; "harassing texts from my ex" who is coming tonight with his gun while she
  is home alone on Stony Brook Road; "How do I report a lost person?": a father with dementia gone 40
  minutes from Long Lots Road in slippers; "is this where i report vandalism" followed by a second
  message: a dumpster fire behind the Post Road stores catching a fence by houses), 7 mid-way via
  `interjections` (the laptop-bag thief back in the lot on Saugatuck Avenue trying car doors with a
  hammer, at `suspect_or_weapon`; the whispering caller says "nice pajamas" and someone stands by the
  backyard fence on Timber Lane, at `confirmed`; a mother falls down the basement stairs with blood by her
  head, at `occurred_at` (the opening gave no time) of identity theft for her, Sturges Highway; a son's
  peanut reaction with swelling lips and wheezing, at `location` (the opening named no place) of a lost
  tennis bracelet; a kicked-in gas meter now hissing with a strong smell, at `reporter_name` of vandalism
  on Stony Point Road; the package thief back on the porch trying the door, at `reporter_phone`, Franklin
  Street; "i've been saving the pills from my surgery and tonight feels like the night", at `confirmed` of
  a hit bumper in the Imperial Avenue lot). `expect.emergency_message` is the exact message that first
  signals it; `after_end` lists what the resident sends after the hand-off (the expected outcome stays
  `emergency`).
- 12 `ineligible`, 2 per reason: outside Westport (a wallet from a gym locker "on the Post Road in
  Fairfield, maybe half a mile past the Westport line"; a mailbox on Goodhill Road "technically weston but
  we use the westport post office"; both at the location question, `outside_town`); Sherwood Island State
  Park (a Lexus key fob lost in the sand past the east parking lot; a window smashed at "the beach off the
  connector", the main lot by the concession stand; `excluded_area`); I-95 or the Merritt (sideswiped on
  the exit 17 off-ramp from 95 northbound onto Saugatuck Avenue; a broken-down car left overnight on the
  Merritt southbound shoulder before the Wilton Road exit and broken into; `excluded_area`); a known
  suspect (an ex-husband, Curtis Vance, named in the opening; the painter's helper, Tyler Boyd, named at
  the suspect question; `known_suspect`); a weapon (a fence tagger on Spicer Road who flipped open a knife
  an hour ago; a car-door tryer on Soundview Drive who pointed what looked like a pistol at the house last
  night; both at the suspect question and over; `weapon`); not an online type (a Jeep Wrangler gone from a
  driveway on Clapboard Hill Road, "not towed", `incident_type: motor_vehicle_theft`; a neighbour's loose
  dog that bit a son on Nassau Road, an animal matter, `incident_type: null`; both `unsupported_type`).
- 5 `cancelled` (a phone at the library that was in her daughter's backpack, at `reporter_name`, Jesup
  Road; a bumper dent from her husband backing into the mailbox post, at `suspect_or_weapon`, Meadow
  Brook Lane; card charges that are an 11-year-old's Robux, at `confirmed`, Burr Farms Road; silent calls
  that are the pharmacy's refill line, at `occurred_at` (the opening gave no time), Evergreen Parkway; a
  moved seat and mirrors from a brother who borrowed the car, at `location` (the opening named no place)),
  5 `information` (questions only, one or two opening messages; `topic` = anonymous (must I give my name
  to report pumpkins smashed along Bridge Street, and does a named report become public), copy (no e-mail
  or case number five days after an online bike report, "checked spam too btw"), records (the report an
  officer took after last spring's house break-in, for the insurer, and whether there is a charge),
  state_police (a truck wheel that hit the hood on the Merritt near the Weston Road exit), animal_control
  (a deer tangled in a soccer net in a backyard on Partrick Road)).

Questions, emergencies and cancellations that happen mid-way are `interjections` entries (a list of
`at:` question key and `text:` message sent instead of the answer, placed after `answers`) at the
question where they happen (`location` and `occurred_at` only when the opening gives no place or time;
`suspect_or_weapon`, `reporter_name`, `reporter_phone` and `confirmed` otherwise), never at a detail
question the assistant may skip. The `answers` value at that key always stays a plain answer to the
question.

Answer keys (in this order): `incident_type` (only when the opening does not describe anything),
`type_confirmed`, `location`, `location_confirmed`, `suspect_or_weapon`, `known_suspect`, `weapon`,
`occurred_at`, the per-type keys, `narrative`, `reporter_name`, `reporter_email`, `reporter_phone`,
`confirmed`, `callback_wanted`. Per type: harassing calls `caller_number`, `call_pattern`; identity
theft `accounts`; lost property and theft `items`; vandalism `damage`; damage to a motor vehicle and
vehicle tampering `vehicle`, `damage`; vehicle burglary `vehicle`, `items`, `damage`. Non-filed
scenarios give answers as far as a resident would plausibly be asked before their planned ending (the
motor-vehicle-theft refusal and the opening `known_suspect` refusal carry a few answers in case the
assistant confirms first); information scenarios, emergencies in the opening and the dog bite have
`answers: {{}}`. In the refusals at the suspect question and in the opening `known_suspect` refusal the
`known_suspect` / `weapon` key holds the resident's yes answer.

Record conventions (`expect.record`, filed only; key order `reporter_name`, `reporter_email`,
`reporter_phone`, `vehicle_plate`, `total_value`, `occurred_days_ago`, `occurred_time`, each only when
set): `reporter_phone` is 10 digits (`2035550109` from "this one, 203-555-0109", `2035550104` from "The
landline, 203-555-0104. I do not carry a cellular telephone.", `2035550183` from "Also the phone of my
son, 203-555-0183.", `2035550146` from "203 555 0146", `2035550174` from "2035550174", `2035550197` from
"Okay, better my cell, 203-555-0197, I call back when I come down.", `4755550151` from "ok its
475-555-0151", `2035550166` after the summary correction of 0161, the others from "203-555-01xx" or
"475-555-01xx"); `vehicle_plate` is written as the resident wrote it, with its state (`CT 7WD-418`, `CT
2HX-905`, `MA 4TRW19` from "Massachusetts plate 4TRW19", `CT 1MN-776`, `CT 3RV-662` from "ct plate
3RV-662", `CT AK 30927` from "Plate CT AK 30927", `CT 4GJ-218`, `CT 8TR-515` after the prose correction
of 8TR-551, `CT 5ZN-804`); `total_value` (whole dollars, set only when amounts for what was taken, lost
or fraudulently charged are stated): 3774 ($2,314 + $1,460 after the summary correction of $1,640), 1900
($780 + $1,120), 1784 ($1,699 e-bike + $85 lock), 1050 ($600 Stihl + $450 Echo after the prose
correction), 811 ($212 + $599), 579 ($280 bag + $120 cash + $179 AirPods), 504 ($160 + $15 + the $329
iPad added at the summary), 739 ($429 + $310), 140 (cash in the wallet), 249 (AirPods Pro), 1800 (the
ring), 1475 (one hearing aid); no `total_value` for the harassing calls, the unemployment claim, the
damaged cars, the tampered cars or the vandalism. `occurred_days_ago` is omitted when the range crosses
midnight ("it was there at 9:30 last night, gone at 6:45 this morning", "I leave the car at half past
seven yesterday evening and I come back at 9:15 this morning", "left it around 10:30 last night,
noticed the glovebox hanging open at 7 this morning", "I park the van 5:30 yesterday when I finish, in
the morning 6:30 I come", "fine at like 11 last night, found them flat at 7:15 this morning", "it wasnt
there at 10 last night ... saw it at 6:40 this morning", "We close at 7 last night. I come at 5:30 this
morning"). `occurred_time` is 24h and omitted for ranges and approximate times ("today between like 11
and 1:30" (days 0), "The alert came yesterday morning, I opened it around 8" (days 1), "HR emailed me two
days ago, in the morning" (days 2), "three days ago, in the evening" (days 3), "Today between about 12
and 12:40" (days 0), "delivered at 1:38 yesterday afternoon, and when I got home at 6" (days 1), "This
morning between 8:40 and 9:30" (days 0), "I parked at 7:05 yesterday morning and got back to the car
around 7:50 last night" (days 1), "Yesterday, maybe 5 or 5:15 in the afternoon" (days 1), "last night
during the game, like 6 to 8" (days 1), "Two days ago, during the concert, between about 7:30 and 10 at
night" (days 2), "Three days ago, late morning, maybe 10:30 to noon" (days 3), "Last night around 11:50"
(days 1)). Exact times set: 01:47 ("the last one was 1:47 this morning", days 0), 11:40 ("The last call
was today at 11:40 in the morning", days 0), 06:00 ("This morning at 6:00, as always.", days 0), 04:52
("4:52 this morning according to the timestamp on my neighbor's camera", days 0), 03:40 ("3:40 this
morning, when the alarm went off", days 0), 23:51 (after the prose correction "it's 11:51", last night,
days 1). Record names follow the answers (`Luciana Ferreira Santos` from "Ok, I trust you. Luciana
Ferreira Santos", `Jürgen Bauer` after the summary correction, `Tomasz Wiśniewski` and `Chloe
Vasquez-Lind` as typed), and so do e-mails (`dpereira@example.com` after the summary correction,
`marco.rinaldi@example.com` from "Please use the email of my son, marco.rinaldi@example.com, I don't
have email."). Non-filed scenarios have `record: null`.

Other expect conventions: `incident_type` is the type the opening describes (also for mid-way
emergencies, cancels and ineligible ones), `null` for emergencies in the opening, information
questions and the dog bite; `reason` is set only for `ineligible` (`outside_town`, `excluded_area`,
`known_suspect`, `weapon`, `unsupported_type`); `topic` only for `information`; `location_decision` is
`in_town` once a Westport location is given (including both `unsupported_type` openings, the known
suspect named in the opening on Wright Street and the known suspect and weapon refusals at the suspect
question), `outside_town` / `excluded_area` for those refusals and `null` when the conversation ends
before a location is given (emergencies in the opening, the lost bracelet at the location question, the
borrowed car at the location question, information questions). `first_message_describes` is `'false'`
only for the opening that describes nothing and for the information questions.

### emergency_messages.csv (150)
75 `is_emergency=1` ({em_cats}), many said indirectly or played down (smoke from under the hood of a
parked car at the Saugatuck station, a chimney throwing sparks on Clinton Avenue, brush burning along
the tracks behind Franklin Street, smoke under an upstairs neighbour's door, a burning transformer pole
on Cross Highway, a melted heater cord "do i call the fire dept for that or", a boat burning off
Saugatuck Shores, a leaf fire in the woods off Weathervane Hill; a phone snatcher on the river path by the
Levitt, a window smasher getting into a van in the Imperial Ave lot, a tip-jar thief counting on a bench
on Main Street, a bike thief riding up Riverside Ave, a driver squeezing out after backing into a car on
Church Lane, a pickpocket still on the Greens Farms platform, a car keyer eating a sandwich two spots
over, a shoplifter hiding behind a pharmacy dumpster; someone in a shed on Roseville Road, patio
furniture loaded at 2 am, a slider pried on a neighbour's camera, a car-door tryer behind the library, a
vacant house on Sunrise Road being smashed, bike-rack locks cut at the station, a masked person on the
living-room camera, Town Hall being spray-painted; a 7-year-old gone from Wild Rose Road, a 5-year-old at
the Compo playground, an overdue kayaker from Longshore, an autistic son not home from Coleytown Middle,
an 84-year-old with memory problems from the senior van, a 12-year-old not home from the Bayberry Ridge
bus stop, a swimmer off the Compo jetty, a 3-year-old twin by the river on Ferry Lane East; a
brother-in-law coming to beat a husband "to death over the money", a banned customer waiting to "deal
with me", a group-chat threat to "make everyone pay", broken legs promised outside an apartment, a
restrained man who knows the bus stop, a man threatening to kill a mother over a parking spot, a drunk
coworker coming "to end this", a knife video "see you at the bus stop"; hiding in a locked bathroom on
Hyde Lane, a husband who took the phone, a hard-of-hearing writer whose neighbour lies at the porch steps,
a wifi-only phone and a man face down in the snow, "he will hear it" with car keys taken, a seizure and
little English, a stalker in the store; stroke signs "wants to take a nap", a runner collapsed at
Longshore, a button battery, confusion after insulin, bleeding at 36 weeks, chest pain on the train
platform, the worst headache of his life; a tree on an occupied car on North Ave, a car upside down in a
stream off Lyons Plains Road, a roofer fallen from the second story, a kayaker flipped by Cockenoe
Island, a carbon-monoxide alarm with headaches, a branch hanging over the Saugatuck Elementary crosswalk,
a cyclist hit on Compo Road South; pills behind a locked bathroom door, "im not planning on driving home"
from Compo, "goodbye everyone" on a 15-year-old's story, a picture of a hunting rifle with "sorry for
everything", a razor, a woman outside the railing of the Post Road bridge, bleach; a gun in a bank lobby
on Post Road East, a box cutter at the skate park, a shotgun waved at a delivery driver, a golf club
swung on Bridge Street, shots behind the Playhouse, a tenant with a kitchen knife, a gun pointed in road
rage on Wilton Road); 75 `is_emergency=0`, category `routine`, written as look-alikes and things that
are over ("my husband is going to murder me when he sees the dent", "I could strangle whoever took the
package", "my wife is going to kill me", "it was a bloodbath at the town meeting lol", "this is killing
me", "my heart is racing", "I'm shaking", "my blood is boiling", "total nightmare of a morning", "the
scanner app said there was a shooting?? oh wait that was bridgeport", pumpkins blown up with
firecrackers, a paintball-gun porch light, a neighbour's fire pit, a chirping smoke detector, a
potato in a tailpipe, an unlocked front door with nobody inside, a man who yelled and drove off, a car
parked for three days, a fake bail caller and other scam calls hung up on, a dead deer by the road, a
tow complaint, hail dents, and past thefts, break-ins, calls, frauds and damage).

### incident_descriptions.csv (200)
{inc_counts}. Two per label are written by non-native English writers; one per label is long; some are
misspelled ("harrassing phone calls", "harrasmnet", "unknwon numbers", "somone put a big scrach", "damge
to my car", "identiy theft", "opned accounts", "lost my pasport", "sombody stole my mail", "theif took my
plants", "vandalsim", "car brokin into", "vehcile broken into", "somone tried to jimmy", "vehicle
tamperng", "car stollen") or a few words only ("prank calls", "phone harassment", "dented bumper",
"scratched paint", "antenna snapped off", "stolen identity", "id theft", "lost phone", "lost my ID",
"stolen packages", "theft from my shed", "graffiti on my garage", "broke my birdbath", "car break in",
"theft from auto", "tampering with my vehicle", "stolen car", "car theft", "Tesla stolen", "stolen
pickup"); one per label corrects itself mid-sentence ("my daughter's phone - no sorry, my son's phone",
"my truck's tailgate - sorry, the front grille", "a phone line in my name - no, two phone lines", "my
earbuds - no wait, my hearing aid", "my laptop - wait, my husband's laptop", "the outdoor light - sorry,
I mean the security camera", "my car - oh sorry, my daughter's car", "my car door - actually all four
doors", "my vehicle was taken - sorry, my wife's vehicle"). Slashed tires, a keyed car, a car egged or
painted and a window broken with nothing taken are labelled `damage_to_motor_vehicle`; deflated tires,
sugar in the tank, a punched lock, pried fuel doors and a car sat in with nothing missing are
`vehicle_tampering`; a car, truck, van, moped, motorcycle or dirt bike that is gone is
`motor_vehicle_theft`.

### turns.csv (150)
`where` (70): 45 `answer` (Westport-side stresses of names also found in neighbouring towns: Beechwood
Lane "not Fairfield's", Country Road "westport 06880", Green Acre Lane, High Street "not the Fairfield
High Street", Newtown Turnpike "the Westport stretch, before it gets into Weston", Robert Lane, Riverside
Ave "westport side", Soundview Drive "(not the one in Easton)", Tiffany Lane, Woody Lane "westport not
fairfield", Harbor Road "the Westport Harbor Road"; names that sound like other towns: Fairfield Avenue, Norwalk
Avenue "I know it sounds wrong"; in-town places: the upper level of the Saugatuck station lot, Town Hall
on Myrtle Avenue (the side lot; "110 Myrtle Avenue, the back entrance"), the Winslow Park dog run, the
Longshore tennis courts, the Compo playground, the Coleytown Elementary drop-off loop, the Hyde Lane side
of Long Lots Elementary, the library book drop on Jesup Road, Wakeman Town Farm, the river end of the
Imperial Avenue lot, Burying Hill Beach, the south lot at Greens Farms station, Island Way, Sea Spray
Road, the Staples student lot, the Compo boardwalk by the skate park; prose corrections
of a street ("bayberry lane - ugh, i mean bayberry ridge road", "Long Lots Road, no sorry, Hyde Lane",
"Compo Road North... wait no, Compo Road South", "maple ave north wait no maplewood avenue", "Crescent
Road. No, Crescent Park Road"); vague answers ("by the pizza place near the train station", "somewhere on
the way home from the beach", "the parking lot behind the bank downtown", "somewhere along greens farms
rd"); two writers who will not give a house number (Charcoal Hill Road, Ludlow Road); four outside town
or in excluded areas stated without a question: Sherwood Island by the east beach pavilion, I-95 south
around exit 17, the Merritt southbound after the Route 57 exit, the Southport train station in
Fairfield), 25 `question` ({where_q}). `summary` (80): 25 `answer` (including Spanish, French and
German confirmations), 35 `correction` (plate digits, a house number, an e-mail with a dot, a phone,
noon not midnight, a purse brand, a colour, an amount, a removed remark about a neighbour's kid, Rockland
Place not Rockwell Place, a surname with an e, three packages not two, an apartment number, an added
Apple Watch, a removed laptop, a woman caller not a man, the landline not the cell, a model year, a home
number instead of the cell, the bank's name, the caller's number, Sara without an h, calls per day, a
bike make, the back of the house not the front, last night not this morning, New Jersey not Connecticut
plates, trunk lid not hood, a middle initial, a missing letter in an e-mail, $60 not $160, a Pixel not an
iPhone, the wife found it not the writer, two windows not one, family name order), 20 `question`
({summary_q}). `topic` is empty for answers and corrections.
"""


def readme_text():
    ch, em_cats, inc = _counts()
    tu = csv_turns.ROWS
    wq = Counter(t for a, _, i, t in tu if a == 'where' and i == 'question')
    sq = Counter(t for a, _, i, t in tu if a == 'summary' and i == 'question')
    distinct = len({norm(t) for _, t in all_messages()})
    return README_TEMPLATE.format(
        sms=ch['sms'], web=ch['web'], distinct=distinct,
        em_cats=', '.join('%s %d' % (k, v) for k, v in em_cats.most_common()),
        inc_counts=', '.join('%d `%s`' % (v, k) for k, v in inc.items()),
        where_q=', '.join('%s %d' % (k, v) for k, v in wq.most_common()),
        summary_q=', '.join('%s %d' % (k, v) for k, v in sq.most_common()),
    )


def main():
    check_conversations()
    check_csvs()
    n_messages = check_messages()
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e, file=sys.stderr)
        print('%d error(s); nothing written.' % len(ERRORS), file=sys.stderr)
        sys.exit(1)

    em_rows = list(csv_emergency.ROWS)
    seeded('emergency_messages.csv').shuffle(em_rows)
    inc_rows = list(csv_incidents.ROWS)
    seeded('incident_descriptions.csv').shuffle(inc_rows)
    tu_rows = list(csv_turns.ROWS)
    seeded('turns.csv').shuffle(tu_rows)

    files = {
        'conversations.yml': build_yaml(),
        'emergency_messages.csv': csv_text(['text', 'is_emergency', 'category'], em_rows),
        'incident_descriptions.csv': csv_text(['text', 'incident_type'], inc_rows),
        'turns.csv': csv_text(['asked', 'text', 'intent', 'topic'], tu_rows),
    }
    files['README.md'] = readme_text()
    for name, text in files.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
    print('ok: %d scenarios, %d emergency rows, %d incident rows, %d turn rows, %d distinct messages'
          % (len(SCENARIOS), len(em_rows), len(inc_rows), len(tu_rows), n_messages))


if __name__ == '__main__':
    main()
