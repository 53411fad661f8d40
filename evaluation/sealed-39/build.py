"""Build sealed-39 (standard library only).

    cd /tmp/sealed39-gen && python3 build.py

Writes conversations.yml, emergency_messages.csv, incident_descriptions.csv, turns.csv and
README.md into this folder. Everything is checked first (counts, vocabularies, key order,
record conventions, duplicates); on any error nothing is written and the script exits 1.
CSV rows are shuffled with a generator seeded from md5('sealed-39/<file>'), so every run
produces identical files."""

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
import conv_filed  # noqa: E402
import conv_other  # noqa: E402

ONLINE_TYPES = ['harassing_phone_call', 'damage_to_motor_vehicle', 'identity_theft', 'lost_property',
                'theft', 'vandalism', 'vehicle_burglary', 'vehicle_tampering']
INCIDENT_LABELS = ONLINE_TYPES + ['motor_vehicle_theft']
EMERGENCY_CATEGORIES = {'fire': 8, 'just_happened_offender_near': 8, 'crime_in_progress': 8,
                        'missing_now': 8, 'threat_of_violence': 8, 'cannot_call': 7, 'medical': 7,
                        'danger_or_injury': 7, 'self_harm': 7, 'weapon_present': 7}
TOPICS = ['other_town', 'state_police', 'anonymous', 'animal_control', 'copy', 'records']
REASONS = ['outside_town', 'excluded_area', 'known_suspect', 'weapon', 'unsupported_type',
           'officer_requested']
OUTCOMES = ['filed', 'emergency', 'ineligible', 'cancelled', 'information']
INTERJECTION_KEYS = ['location', 'occurred_at', 'suspect_or_weapon', 'reporter_name', 'reporter_phone',
                     'confirmed']
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
FIXED_ANSWERS = {'known_suspect': 'No.', 'weapon': 'No.'}

errors = []


def err(msg):
    errors.append(msg)


def seeded(name):
    return random.Random(int(hashlib.md5(('sealed-39/' + name).encode()).hexdigest(), 16))


def norm(text):
    t = re.sub(r'\s+', ' ', text.strip().lower())
    return t.rstrip(' .!?,;:')


# ------------------------------------------------------------------ conversations
HEADER = """\
# SEALED evaluation set 39 -- resident conversations.
# Written blind on 2026-12-01 by a writer who read only shared/seeds (the department's own words), shared/geo
# (public geography: its README, street-name CSV and town boundaries) and the format of the previous set
# (its README, the first 120 lines of its conversations.yml, the first rows of each CSV).
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
#   with the state ('CT 5YH-230' after a prose correction, 'NY LKR-2290' from "plate New York LKR-2290"); the
#   plate is given inside the `vehicle` answer; total_value is in whole dollars and only set when amounts
#   for what was taken or lost are stated (repair costs and things damaged are not counted);
#   occurred_days_ago and occurred_time are only set when the words fix them (conversation assumed at
#   14:00 on the day of the run); times are 24h. Non-filed scenarios have record: null.
"""


def check_conversations(scens):
    ids = set()
    counts = {}
    for s in scens:
        sid = s['id']
        if not sid.startswith('s39-'):
            err('%s: id prefix' % sid)
        if sid in ids:
            err('%s: duplicate id' % sid)
        ids.add(sid)
        if s['channel'] not in ('web', 'sms'):
            err('%s: channel' % sid)
        e = s['expect']
        out = e['outcome']
        if out not in OUTCOMES:
            err('%s: outcome %s' % (sid, out))
        counts.setdefault(out, []).append(s)
        if (e['reason'] is not None) != (out == 'ineligible'):
            err('%s: reason only for ineligible' % sid)
        if e['reason'] is not None and e['reason'] not in REASONS:
            err('%s: reason %s' % (sid, e['reason']))
        if (e['topic'] is not None) != (out == 'information'):
            err('%s: topic only for information' % sid)
        if e['topic'] is not None and e['topic'] not in TOPICS:
            err('%s: topic %s' % (sid, e['topic']))
        if e['incident_type'] is not None and e['incident_type'] not in INCIDENT_LABELS:
            err('%s: incident_type' % sid)
        if e['location_decision'] not in (None, 'in_town', 'outside_town', 'excluded_area'):
            err('%s: location_decision' % sid)
        if e['first_message_describes'] not in ('true', 'false'):
            err('%s: first_message_describes' % sid)
        if (e['emergency_message'] is not None) != (out == 'emergency'):
            err('%s: emergency_message only for emergencies' % sid)
        msgs = list(s['opening']) + [t['text'] for t in s.get('interjections', [])]
        if out == 'emergency' and e['emergency_message'] not in msgs:
            err('%s: emergency_message is not a sent message' % sid)
        ans = s['answers']
        for t in s.get('interjections', []):
            if t['at'] not in INTERJECTION_KEYS:
                err('%s: interjection at %s' % (sid, t['at']))
            if t['at'] not in ans:
                err('%s: interjection key %s has no plain answer' % (sid, t['at']))
        if out == 'filed':
            it = e['incident_type']
            if it not in ONLINE_TYPES:
                err('%s: filed type' % sid)
            need = ['type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon', 'known_suspect',
                    'weapon', 'occurred_at'] + TYPE_KEYS.get(it, []) + [
                'narrative', 'reporter_name', 'reporter_email', 'reporter_phone', 'confirmed',
                'callback_wanted']
            if e['first_message_describes'] == 'false':
                need = ['incident_type'] + need
            if list(ans) != need:
                err('%s: answer keys %s != %s' % (sid, list(ans), need))
            for k, v in FIXED_ANSWERS.items():
                if ans.get(k) != v:
                    err('%s: %s must be %r' % (sid, k, v))
            r = e['record']
            if not r:
                err('%s: filed without record' % sid)
                continue
            if not re.fullmatch(r'\d{10}', r['reporter_phone']):
                err('%s: phone' % sid)
            digits = re.sub(r'\D', '', ans['reporter_phone'] + ' ' + ans['confirmed'])
            if r['reporter_phone'][-4:] not in digits:
                err('%s: record phone not in the answers' % sid)
            if not r['reporter_email'].endswith('@example.com'):
                err('%s: email' % sid)
            if r['reporter_email'] not in (ans['reporter_email'] + ' ' + ans['confirmed']):
                err('%s: record email not in the answers' % sid)
            if 'vehicle' in ans:
                if 'vehicle_plate' not in r:
                    err('%s: plate missing' % sid)
                else:
                    plate = r['vehicle_plate'].split(' ', 1)[1]
                    if plate.lower() not in (ans['vehicle'] + ' ' + ans['confirmed']).lower():
                        err('%s: plate %s not in the vehicle answer' % (sid, plate))
            elif 'vehicle_plate' in r:
                err('%s: plate without vehicle' % sid)
            if 'occurred_time' in r and not re.fullmatch(r'[0-2]\d:[0-5]\d', r['occurred_time']):
                err('%s: time format' % sid)
            if 'occurred_time' in r and 'occurred_days_ago' not in r:
                err('%s: time without day' % sid)
        else:
            if e['record'] is not None:
                err('%s: record must be null' % sid)
        if out in ('emergency', 'ineligible', 'cancelled') and e['first_message_describes'] != 'true':
            err('%s: first_message_describes' % sid)
        if out == 'information' and (ans or e['first_message_describes'] != 'false'):
            err('%s: information scenario' % sid)
    n = {k: len(v) for k, v in counts.items()}
    want = {'filed': 26, 'emergency': 12, 'ineligible': 12, 'cancelled': 5, 'information': 5}
    if n != want:
        err('outcome counts %s' % n)
    per_type = {}
    for s in counts.get('filed', []):
        per_type[s['expect']['incident_type']] = per_type.get(s['expect']['incident_type'], 0) + 1
    for t in ONLINE_TYPES:
        w = 4 if t in ('lost_property', 'vandalism') else 3
        if per_type.get(t) != w:
            err('filed %s: %s' % (t, per_type.get(t)))
    emg = counts.get('emergency', [])
    opening_emg = [s for s in emg if s['expect']['emergency_message'] in s['opening']]
    if len(opening_emg) != 5 or len(emg) - len(opening_emg) != 7:
        err('emergency split %d/%d' % (len(opening_emg), len(emg) - len(opening_emg)))
    reasons = {}
    for s in counts.get('ineligible', []):
        reasons[s['expect']['reason']] = reasons.get(s['expect']['reason'], 0) + 1
    if reasons != {'outside_town': 2, 'excluded_area': 4, 'known_suspect': 2, 'weapon': 2,
                   'unsupported_type': 2}:
        err('ineligible reasons %s' % reasons)


def conversation_messages(scens):
    for s in scens:
        for m in s['opening']:
            yield s['id'] + ' opening', m
        for k, v in s['answers'].items():
            if FIXED_ANSWERS.get(k) == v:
                continue
            yield s['id'] + ' answers.' + k, v
        for t in s.get('interjections', []):
            yield s['id'] + ' interjection', t['text']
        for m in s.get('after_end', []):
            yield s['id'] + ' after_end', m


# ------------------------------------------------------------------ CSVs
def check_csvs(emg_rows, inc_rows, turn_rows):
    if len(emg_rows) != 150:
        err('emergency_messages rows %d' % len(emg_rows))
    cat = {}
    for text, flag, c in emg_rows:
        if flag not in (0, 1):
            err('is_emergency %r' % flag)
        if (flag == 1) != (c != 'routine'):
            err('emergency flag/category mismatch: %s' % text)
        if c != 'routine' and c not in EMERGENCY_CATEGORIES:
            err('category %s' % c)
        cat[c] = cat.get(c, 0) + 1
    want = dict(EMERGENCY_CATEGORIES, routine=75)
    if cat != want:
        err('emergency categories %s' % cat)
    if len(inc_rows) != 200:
        err('incident rows %d' % len(inc_rows))
    lab = {}
    for text, l in inc_rows:
        if l not in INCIDENT_LABELS:
            err('incident label %s' % l)
        lab[l] = lab.get(l, 0) + 1
    if lab != dict({t: 22 for t in ONLINE_TYPES}, motor_vehicle_theft=24):
        err('incident labels %s' % lab)
    if len(turn_rows) != 150:
        err('turn rows %d' % len(turn_rows))
    cnt = {}
    for asked, text, intent, topic in turn_rows:
        if asked not in ('where', 'summary'):
            err('asked %s' % asked)
        if intent not in ('answer', 'question', 'correction'):
            err('intent %s' % intent)
        if (intent == 'question') != (topic != ''):
            err('topic only for questions: %s' % text)
        if topic and topic not in TOPICS:
            err('topic %s' % topic)
        if asked == 'where' and intent == 'correction':
            err('where rows have no correction intent: %s' % text)
        key = (asked, intent, topic)
        cnt[key] = cnt.get(key, 0) + 1
    want = {('where', 'answer', ''): 45,
            ('where', 'question', 'other_town'): 10, ('where', 'question', 'state_police'): 8,
            ('where', 'question', 'anonymous'): 4, ('where', 'question', 'animal_control'): 3,
            ('summary', 'answer', ''): 25, ('summary', 'correction', ''): 35,
            ('summary', 'question', 'copy'): 7, ('summary', 'question', 'anonymous'): 4,
            ('summary', 'question', 'records'): 4, ('summary', 'question', 'animal_control'): 2,
            ('summary', 'question', 'state_police'): 1, ('summary', 'question', 'other_town'): 2}
    if cnt != want:
        for k in sorted(set(cnt) | set(want)):
            if cnt.get(k) != want.get(k):
                err('turns %s: %s (want %s)' % (k, cnt.get(k), want.get(k)))


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def main():
    import csv_emergency
    import csv_incidents
    import csv_turns

    scens = conv_filed.SCENARIOS + conv_other.SCENARIOS
    check_conversations(scens)

    emg_rows = list(csv_emergency.ROWS)
    inc_rows = list(csv_incidents.ROWS)
    turn_rows = list(csv_turns.ROWS)
    check_csvs(emg_rows, inc_rows, turn_rows)

    # duplicates anywhere in the set
    seen = {}
    allmsgs = list(conversation_messages(scens))
    allmsgs += [('emergency_messages.csv', r[0]) for r in emg_rows]
    allmsgs += [('incident_descriptions.csv', r[0]) for r in inc_rows]
    allmsgs += [('turns.csv', r[1]) for r in turn_rows]
    for where, m in allmsgs:
        if not m.strip():
            err('empty message in %s' % where)
        k = norm(m)
        if k in seen:
            err('duplicate message %r in %s and %s' % (m, seen[k], where))
        else:
            seen[k] = where

    if errors:
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
        print('%d error(s); nothing written' % len(errors), file=sys.stderr)
        sys.exit(1)

    seeded('emergency_messages.csv').shuffle(emg_rows)
    seeded('incident_descriptions.csv').shuffle(inc_rows)
    seeded('turns.csv').shuffle(turn_rows)

    files = {
        'conversations.yml': HEADER + yamlout.dump({'scenarios': scens}),
        'emergency_messages.csv': csv_text(['text', 'is_emergency', 'category'], emg_rows),
        'incident_descriptions.csv': csv_text(['text', 'incident_type'], inc_rows),
        'turns.csv': csv_text(['asked', 'text', 'intent', 'topic'], turn_rows),
        'README.md': readme_text(scens, emg_rows, inc_rows, turn_rows),
    }
    for name, content in files.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(content)
        print('wrote %s' % name)
    print('%d messages checked, no duplicates' % len(allmsgs))



# ------------------------------------------------------------------ README
README_BODY = """\
# Sealed evaluation set 39

Purpose: a sealed, held-out test of the Westport Police Department's non-emergency online-reporting
chat assistant. Each file checks one behaviour: whole resident conversations and their expected
outcome (`conversations.yml`), spotting an emergency in a first message (`emergency_messages.csv`),
naming the incident type from a first message (`incident_descriptions.csv`) and reading the intent of
a reply in the middle of an interview (`turns.csv`).

Written blind on 2026-12-01 by a writer who read only the seeds (`shared/seeds/*.txt`), the geo facts
(`shared/geo/`: its README, the street-name CSV and the town boundaries) and the previous set's format
(sealed-38's README, the first 120 lines of its `conversations.yml` and the first rows of each of its
three CSVs). The writer did not read the project's code, data, tests or domain files, any other rows of
sealed-38 or any other evaluation folder, and did not run the assistant.

The seeds give the department's own words: the online-reporting criteria (not an emergency; inside
Westport town limits and not in Sherwood Island State Park, on the Merritt Parkway (Rt-15), the
Connecticut Turnpike (I-95) or any entrance/exit ramp of those highways; no known suspects, firearms or
other weapons), the eight online types (harassing phone call, damage to motor vehicle, identity theft,
lost property, theft, vandalism, vehicle burglary, vehicle tampering), 9-1-1 for emergencies, (203)
341-6000 for reports that need an officer and (203) 341-6001 for records. Scenarios and wording are new
for this set (other streets, places, items, people and kinds of trickiness than those the sealed-38
README lists) and no sentence was copied from the format examples. Messages are written in residents'
own everyday words: typos, lowercase, text-speak, run-on messages, several facts in one message,
corrections in prose and at the summary, questions back to the department, SMS and web chat
(%(sms)d `sms`, %(web)d `web` conversations). Writers include a night-shift nurse, a flower-shop owner,
a 70-year-old retiree, a widower, a teenager with her dad's car, a contractor, a shop owner, a mother
of a young violinist and a visitor with a rental car; several write as non-native English writers
(Korean, Spanish, Ukrainian, Japanese, Turkish, Vietnamese, French and Hebrew speakers among them).
Figures of speech that sound violent but are not ("my dad is literally going to murder me", "Looks
like a gang war broke out back there lol", "whoever did this is dead to me", "i wanna scream", "I'm
losing my mind") sit in ordinary reports. Names, e-mail addresses (`@example.com`) and phone numbers
(`555-01xx`) are invented; Westport streets and places come from `shared/geo`; dates in conversations
are relative only ("this morning", "last night", "yesterday", "two days ago", "three days ago").
Conversations are assumed to take place at 2 PM local time on the day of the run.

No message occurs twice anywhere in the set (the fixed `known_suspect: No.` / `weapon: No.` answer
keys aside; the check ignores case, spacing and end punctuation). The files are built by `build.py`
from hand-written message lists (`conv_filed.py`, `conv_other.py`, `csv_emergency.py`,
`csv_incidents.py`, `csv_turns.py`) with the Python standard library only; `yamlout.py` writes the
YAML in PyYAML's block style (width 110), so it reads back with any YAML loader. CSV rows are shuffled
with generators seeded from `md5("sealed-39/<file name>")`, so `python3 build.py` reproduces the files
byte for byte. Before writing, `build.py` checks counts, label vocabularies, answer-key names and
order, interjection keys, record fields, phone/e-mail/plate conventions and duplicates, and fails on
any error without writing anything.

## Files

| file | rows | what it is |
|---|---|---|
| `conversations.yml` | %(n_conv)d scenarios | whole resident conversations with an expected outcome |
| `emergency_messages.csv` | %(n_emg)d | first messages: `text,is_emergency,category` |
| `incident_descriptions.csv` | %(n_inc)d | first messages: `text,incident_type` |
| `turns.csv` | %(n_turn)d | mid-conversation replies: `asked,text,intent,topic` |

### conversations.yml (%(n_conv)d)
- %(n_filed)d `filed`: %(filed_types)s. 7 correct something at the final summary (a cell number
  "my cell is 475-555-0142 not 0124"; an e-mail "the email is glindqvist@example.com"; an added item,
  the violin's bow "$450" (total 3250); an amount "it was $479, not $449"; a removed item "take out the
  table saw ... Only the Hilti" (total 1200); a name "spelled Siobhan" (typed "Shivon"); a brand "maui
  jims not oakleys, same price"); `answers.confirmed` holds the correction and `expect.record` the
  corrected values. 10 ask a question mid-way: 7 as an `interjections` entry instead of the answer
  (shop line or cell, at `reporter_phone`; whether the report number is enough for the IRS affidavit,
  at `confirmed`; legal name or "bex", at `reporter_name`; whether the exact spot at Compo is needed,
  at `location` (the opening named no place); "i have no clue when ... does that matter", at
  `occurred_at` (the opening gave no time); e-mail only because of phone English, at `reporter_phone`;
  whether they will come back and about extra drive-bys, at `confirmed`), 3 inside an answer (the
  consulate and a police report, in the items answer; getting the window fixed today, in the damage
  answer; telling the consulate about the passports, in the items answer). 8 give amounts in the first
  message ($640 Venmo and $1,850 Chase card; two iPhones $2,340; $220 cash; a $2,800 violin; a $449
  mixer; a $1,200 drill and a $379 saw; a $1,299 MacBook Air; $260 sunglasses and $40 in quarters).
  1 opens without describing anything ("hey is this where i do a police report? need one for
  insurance"; `answers.incident_type` holds the description: prescription glasses at the Compo Beach
  playground, `first_message_describes: 'false'`). 5 correct something in prose while answering (a
  caller's number "475-555-0158, ah sorry, is 475-555-0185"; a colour "black... no, is dark grey"; a
  company "it is T-Mobile, not Verizon"; a time "around 1am.. no wait, the camera says 2:14"; a plate
  "CT 5YH-203, sorry, 5YH-230"). Place traps filed in town: "Post Road East ... across from where the
  Sherwood Island Connector starts. Just the Post Road, not the park", the Saugatuck station lot and
  platform, Longshore, Compo Beach, Winslow Park, the Imperial Avenue lot, the library on Jesup Road,
  plus Cranbury Road, Bauer Place, Post Road West, Old Hill Road, North Avenue, Richmondville Avenue,
  Mills Street, Gorham Avenue, Roseville Road, Clinton Avenue, Blue Ribbon Drive, Canterbury Close,
  Evergreen Parkway, Kings Highway North and Sylvan Road North. Damaged things and repairs (the mirror
  quote, the windshield, the job-box lock, the kayak's cut cable lock, the painter's quote, the window,
  the tires) do not add to `total_value`; things without stated amounts (passports, ID cards, cards,
  the badge, the garage remote) add nothing; the IRS refund requested in the resident's name is not
  his loss and adds nothing.
- %(n_emg_conv)d `emergency`: 5 signalled in the opening (black smoke from a neighbour's garage on Keyser
  Road "is this something i report here??"; "I need to report vandalism at the house next door"
  followed by a second opening message: two men kicking in the back door right now on Pin Oak Court;
  calls from an ex and "ive got all my pills out on the table"; a man who keyed a car in the library
  lot on Jesup Road and pulled a knife, still in the lot; "how do i report something lost" followed by
  a second message: a 3-year-old wandered off at Compo Beach by the jetty), 7 mid-way via
  `interjections` (a man at the car right now with a metal tool in the window, at `suspect_or_weapon`
  of a tampering report on Ellery Lane; the hang-up caller says he is parked across the street, at
  `confirmed`, Pheasant Lane; a husband collapses and cannot be woken, at `occurred_at` (the opening
  gave no time) of a loan opened in his name, Marion Road; a pan of oil burning up the kitchen wall, at
  `location` (the opening named no place) of a lost gold watch; a child on a bike hit by a car in front
  of the house, at `reporter_name` of a painted fence on Compo Road South; someone inside the house
  while she hides upstairs and cannot talk, at `reporter_phone` of a wallet stolen at a gym; a friend in
  the passenger seat who hit her head and threw up, at `suspect_or_weapon` of a sideswiped car behind
  Main Street). `expect.emergency_message` is the exact message that first signals it; `after_end`
  lists what the resident sends after the hand-off (the expected outcome stays `emergency`).
- %(n_inel)d `ineligible`, 2 per reason: outside Westport (a dent at Fairfield Metro station "i know its
  fairfield but i live in westport"; a wallet at Cannondale station "in Wilton"; both at the location
  question, `outside_town`); Sherwood Island State Park (a bike from the rack by the pavilion; a ring in
  the sand of the west beach; `excluded_area`); I-95 or the Merritt (a windshield cracked by debris on
  95 northbound around exit 17; a paddleboard taken off the shoulder of the Merritt southbound past the
  Weston Road exit; `excluded_area`); a known suspect (a roommate, Dylan Pryce, named in the opening; an
  ex's new girlfriend, Kayla Simmons, named at the suspect question; `known_suspect`); a weapon (a knife
  pointed at a son by the man slashing tires on Woodside Avenue; a gun shown in a waistband for a phone
  in the Imperial Avenue lot; both at the suspect question and over; `weapon`); not an online type (a
  Honda CR-V gone from the Saugatuck station lot, `incident_type: motor_vehicle_theft`; a shove outside a
  bar downtown on Main Street, an assault, `incident_type: null`; both `unsupported_type`).
- %(n_cancel)d `cancelled` (keys found in the other jacket, at `reporter_name`, Hyde Lane; a bike a
  friend borrowed, at `suspect_or_weapon`, Bayberry Lane; card charges that are the wife's fitness app,
  at `confirmed`, Hillandale Road; a fence knocked down by the neighbour's oak branch, at `occurred_at`
  (the opening gave no time), Weathervane Hill; silent calls from the dentist's reminder line, at
  `location` (the opening named no place)), %(n_info)d `information` (questions only; `topic` =
  anonymous (must I give my name to report a smashed mailbox across the street), copy (no e-mailed copy
  yet of an online report filed three days ago), records (the accident report from a fender bender on
  the Post Road last week, and whether there is a fee), state_police (an egg thrown from an overpass on
  the Merritt near exit 42), animal_control (a bat flying around a living room on Bermuda Road)).

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
assistant confirms first); information scenarios, emergencies in the opening and the assault have
`answers: {}`. In the refusals at the suspect question and in the opening `known_suspect` refusal the
`known_suspect` / `weapon` key holds the resident's yes answer.

Record conventions (`expect.record`, filed only; key order `reporter_name`, `reporter_email`,
`reporter_phone`, `vehicle_plate`, `total_value`, `occurred_days_ago`, `occurred_time`, each only when
set): `reporter_phone` is 10 digits (`4755550142` after the summary correction of 0124, `2035550156` from
"Better use my cell then, 203-555-0156.", `2035550107` from "(203) 555-0107", `2035550133` from
"203-555-0133 (its working again now)", `2035550163` from "OK, the phone is 203-555-0163, but email is
better for me please.", `2035550187` from "I use a US number on my friend plan: 203-555-0187", the others
from "203-555-01xx" or "475-555-01xx"); `vehicle_plate` is written as the resident wrote it, with its
state (`CT 8MT-304`, `CT 4PL-772`, `CT 2TB-518`, `CT 6RD-115`, `CT AN 58216` from "ct plate AN 58216", `NY
LKR-2290` from "plate New York LKR-2290", `CT 3KF-627`, `CT 9CX-471` from "Connecticut plate 9CX-471",
`CT 5YH-230` after the prose correction of 5YH-203); `total_value` (whole dollars, set only when amounts
for what was taken, lost or fraudulently charged are stated): 2490 ($640 + $1,850), 2340 (the two
iPhones), 220 (cash), 395 (glasses), 3250 ($2,800 violin + $450 bow added at the summary), 479 (the mixer
after the summary correction of $449), 1100 (kayak), 1200 (drill; the saw removed at the summary), 1299
(MacBook Air), 300 ($260 sunglasses + $40 coins), 330 ($180 bag + $150 cash); no `total_value` for the
IRS return, the passport, the damaged cars, the vandalism or the tampered cars. `occurred_days_ago` is
omitted when the range crosses midnight or spans several days ("I locked up at 8 last night and found
it at 6:30 this morning", "We leave at 5 in the evening yesterday, we come back 7 this morning",
"Yesterday night. I go to sleep 10 o clock ... morning 6 o clock", "it was fine when we got home at 11
last night and we saw it this morning at like 7:30", "between like midnight and 7am", "Parked around 9
last night, found it at 6:15 this morning", "Yesterday evening I park at 7 and this morning at 8", "last
time i saw it on the rack was 2 weeks ago, found it gone this morning"). `occurred_time` is 24h and
omitted for ranges and approximate times ("Yesterday, from about 2 in the afternoon until we closed at
6" (days 1), "Parked at 6:50 yesterday morning and found it when I got back around 7:30 last night"
(days 1), "Today, I go inside at 10:30 more or less and I come out at 11:15" (days 0), "The letter came
in yesterday's mail, in the afternoon" (days 1), "my phone lost service around 11 at night two days ago"
(days 2), "The email from them come three days ago, in the evening" (days 3), "Between about 6 and 8
yesterday evening" (days 1), "yesterday around 4:30" (days 1), "This morning at about 7:38" (days 0),
"Yesterday, around noon" (days 1), "Yesterday evening, parked at 5:40, back at the car at 6:30" (days
1), "Yesterday, we park at 1 o clock and we come back at 3:20" (days 1)). Exact times set: 10:20 ("the
last one was at 10:20 this morning", days 0), 22:30 ("Two days ago in the night, 10:30 exactly", days
2), 13:05 ("like 1:05 today", days 0), 11:38 ("11:38 this morning, going by the camera", days 0), 02:14
(after the prose correction "the camera says 2:14, so 2:14 this morning", days 0), 03:12 ("3:12 this
morning, that's when the alarm started", days 0). Record names follow the answers (`Rebecca Okafor` from
"legal is Rebecca Okafor", `Seo-yeon Kim` from "My name is Seo-yeon Kim. Kim is family name.", `Siobhan
Daly` after the summary correction, `Mariela Gutiérrez` and `Emre Yıldız` as typed), and so do e-mails
(`glindqvist@example.com` after the summary correction). Non-filed scenarios have `record: null`.

Other expect conventions: `incident_type` is the type the opening describes (also for mid-way
emergencies, cancels and ineligible ones), `null` for emergencies in the opening, information
questions and the assault; `reason` is set only for `ineligible` (`outside_town`, `excluded_area`,
`known_suspect`, `weapon`, `unsupported_type`); `topic` only for `information`; `location_decision` is
`in_town` once a Westport location is given (including both `unsupported_type` openings, the known
suspect named in the opening on Riverside Avenue and the known suspect and weapon refusals at the
suspect question), `outside_town` / `excluded_area` for those refusals and `null` when the conversation
ends before a location is given (emergencies in the opening, the lost watch at the location question,
the dentist's calls at the location question, information questions). `first_message_describes` is
`'false'` only for the opening that describes nothing and for the information questions.

### emergency_messages.csv (%(n_emg)d)
%(n_emg1)d `is_emergency=1` (%(emg_cats)s), many said indirectly or played down (a dryer vent
smoking, woods burning behind Bermuda Road, lightning smoldering in an oak over the roof, a burning
plastic smell in a hallway, a grill lighting the deck railing, a car on fire with children in it, a
blackened sparking outlet "should i just wait for an electrician or"; a tip-jar thief at the bus stop
across the street, a bag thief jogging down the beach, a shoplifter drinking in the lot, a phone
snatcher laughing at the skate park, a porch thief two houses down, a driver who sideswiped a car and is
stuck behind a truck, a purse snatcher in the alley, a car keyer walking to his truck; a door handle
being tried, a masked man opening car doors, copper pipe loaded at a closed site, a person in the garage
on the doorbell app, marina lockers pried, a catalytic converter sawn off, a school wall being painted,
a man at a neighbour's register; an 8-year-old overdue from Evans Court, a mother with Alzheimer's gone
without her coat, a 4-year-old at the Levitt, a 15-year-old out all night, a non-speaking autistic son by
the river, a paddleboarder out of sight off Burying Hill, an 88-year-old driver gone 3 hours, a 6-year-old
on a scooter on the Longshore path; threats to burn the house, a fired worker coming to settle it, a post
about shooting up the beach, a neighbour threatening the dog and the writer, a brother-in-law coming to
"finish this", a stabbing threat on Snapchat, a man waiting at the car, a roommate punching walls;
hiding in a closet, a deaf writer, a smashed phone, a voiceless writer whose father is bleeding, a
flooding basement with only wifi, "he will hear me", a walk-in cooler; stroke signs "just wants to lie
down", a dishwasher pod, a collapse in the library, throat tightening after shrimp, low blood sugar after
insulin, a friend who won't wake, chest pain into the jaw; power lines sparking on North Ave, a child in
the water at the jetty, a motorcyclist down on Cross Highway, a dog and a man through pond ice, a painter
off a ladder, a sinkhole on Compo Road North, a hissing gas meter on Woodside Ave; notes for the kids, a
goodbye text from the tracks, cutting, a running car in a locked garage, a bottle of Tylenol, a friend on
a bridge railing, a rope; a knife in a street fight, a rifle on Main Street, a handgun waved in a yard, a
gun pointed over a parking spot, a knife at Staples, a machete, a baseball bat swung at cars); %(n_emg0)d
`is_emergency=0`, category `routine`, written as look-alikes and things that are over ("the neighbor kids
absolutely massacred my tulips", "i about died when i saw it", "my stomach dropped", "I'm so furious I
could scream", "my house looks like a bomb went off", "I killed it at my presentation today", "I'm dying
of embarrassment", "my heart nearly stopped", "this means war", "someone took a bat to our mailbox last
night", a BB-gun hole in a window, a fire pit that is out, burnt toast and the fire department already
gone, an IRS scam call hung up on, a fake water-department man sent away, a man looking into car windows
who is long gone, and past thefts, break-ins, calls, scams and damage).

### incident_descriptions.csv (%(n_inc)d)
%(inc_labels)s. Two per label are written by non-native English writers; one per label is long; some
are misspelled ("harrasment calls", "harassng phone calls from unknwon number", "scrached up", "damige to
my parked car", "idenity theft", "opend accounts usin my name", "a envelope of cash", "lost my walet",
"bycicle stolen", "somone stole my packages", "vandlism", "vandalisim", "car burgalry", "brokeinto my
car", "vehical tampering", "car tamperd with", "stoled from my driveway", "stolin car") or a few words
only ("nuisance calls", "hang-ups all night", "dinged door", "cracked windshield", "idenity theft", "lost
wedding ring", "lost purse", "stolen lawn ornaments", "stolen bike", "mailbox destroyed", "car broken in
to", "veh burglary", "car tampering", "messed with my car", "stolen Honda", "stolen SUV"); one per label
corrects itself mid-sentence ("my phone - no, actually my wife's phone", "a dent in my hood - sorry, my
trunk lid", "a Home Depot card - no, a Lowe's card", "my glasses - sorry, my sunglasses", "our grill - no
wait, just the propane tank", "my car - no sorry, my shed", "my car - sorry, my husband's car", "my car -
no wait, my wife's car", "my car - no, my daughter's car"). A keyed car is labelled
`damage_to_motor_vehicle`; a car missing "not towed" is `motor_vehicle_theft`.

### turns.csv (%(n_turn)d)
`where` (%(n_where)d): %(where_ans)d `answer` (Westport-side stresses of names also found in neighbouring
towns: Cross Highway "not fairfield", Harbor Road, Old Mill Road "Not the Weston one", Spruce Street,
Sturges Highway "just before the Fairfield line", Valley Road "westport 06880", Wakeman Road, Webb
Road, Westway Road, Weston Road "the Westport part", Woodhill Road, Woodside Avenue "NOT the norwalk
one", Main Street, Salem Road; names that sound like other towns: Danbury Avenue, Easton Road; in-town
places: the Greens Farms station lot, the field behind Staples, the Saugatuck Elementary pickup lot,
Greens Farms Elementary, the Longshore pool gate, Burying Hill Beach, the Levitt lawn, Cockenoe Drive,
Beachside Avenue, Coleytown Middle School, the Imperial Avenue lot, Bluewater Lane, the Compo volleyball
courts; prose corrections of a street ("Marion Road, sorry, Manitou Road", "sylvan road north - no wait,
silverbrook road", "Long Lots Lane. Not Long Lots Road", "imperial avenue... i mean imperial landing",
"hickory drive ugh no, Hickory Hill Road"); vague answers ("near the big church on the post road",
"behind the shops downtown", "on the path along the river", "somewhere off cross highway"); two writers
who will not give a house number (Davis Lane, Crawford Road); five outside town or in excluded areas
stated without a question: Sherwood Island's west-beach lot, the Merritt northbound at the Wilton Road
exit, the I-95 southbound shoulder near exit 18, the 95 north on-ramp off Saugatuck Ave, Calf Pasture
Beach in Norwalk), %(where_q)d `question` (%(where_topics)s).
`summary` (%(n_summary)d): %(sum_ans)d `answer`, %(sum_corr)d `correction` (plate digits, a make, an e-mail,
a phone, a weekday, pm for am, a colour, an amount, a removed remark about a neighbour, a street name,
a surname with an e, a second wallet, an apartment, added AirPods, removed sunglasses, rear not front,
driver not passenger side, a year, work phone not personal, debit not credit, the caller's number, Jon
without an h, calls per day, a bike make, which side of the house, two days ago not yesterday, NJ not CT
plates, hood not trunk, a middle initial, a missing letter in an e-mail, $85 not $58, Samsung not
iPhone, an area code, three tires not two, a first name spelled out), %(sum_q)d `question`
(%(sum_topics)s). `topic` is empty for answers and corrections.
"""


def _fmt_counts(pairs):
    return ', '.join('%s %d' % (k, v) for k, v in pairs)


def readme_text(scens, emg_rows, inc_rows, turn_rows):
    from collections import Counter
    out = Counter(s['expect']['outcome'] for s in scens)
    ch = Counter(s['channel'] for s in scens)
    ft = Counter(s['expect']['incident_type'] for s in scens if s['expect']['outcome'] == 'filed')
    three = [t for t in ONLINE_TYPES if ft[t] == 3]
    four = [t for t in ONLINE_TYPES if ft[t] == 4]
    filed_types = ('at least 3 per online type (%s: 3 each;\n  %s: 4 each)'
                   % (', '.join(three), ', '.join(four)))
    ec = Counter(r[2] for r in emg_rows if r[1] == 1)
    emg_cats = ', '.join('%s %d' % (c, ec[c]) for c in EMERGENCY_CATEGORIES)
    il = Counter(r[1] for r in inc_rows)
    inc_labels = ', '.join('%d `%s`' % (il[l], l) for l in INCIDENT_LABELS)
    tc = Counter((r[0], r[2]) for r in turn_rows)
    wt = Counter(r[3] for r in turn_rows if r[0] == 'where' and r[2] == 'question')
    st = Counter(r[3] for r in turn_rows if r[0] == 'summary' and r[2] == 'question')
    order = ['other_town', 'state_police', 'anonymous', 'animal_control', 'copy', 'records']
    st_order = ['copy', 'anonymous', 'records', 'animal_control', 'state_police', 'other_town']
    vals = {
        'sms': ch['sms'], 'web': ch['web'], 'n_conv': len(scens), 'n_emg': len(emg_rows),
        'n_inc': len(inc_rows), 'n_turn': len(turn_rows), 'n_filed': out['filed'],
        'filed_types': filed_types, 'n_emg_conv': out['emergency'], 'n_inel': out['ineligible'],
        'n_cancel': out['cancelled'], 'n_info': out['information'],
        'n_emg1': sum(1 for r in emg_rows if r[1] == 1), 'n_emg0': sum(1 for r in emg_rows if r[1] == 0),
        'emg_cats': emg_cats, 'inc_labels': inc_labels,
        'n_where': sum(1 for r in turn_rows if r[0] == 'where'),
        'n_summary': sum(1 for r in turn_rows if r[0] == 'summary'),
        'where_ans': tc[('where', 'answer')], 'where_q': tc[('where', 'question')],
        'where_topics': ', '.join('%s %d' % (t, wt[t]) for t in order if wt[t]),
        'sum_ans': tc[('summary', 'answer')], 'sum_corr': tc[('summary', 'correction')],
        'sum_q': tc[('summary', 'question')],
        'sum_topics': ', '.join('%s %d' % (t, st[t]) for t in st_order if st[t]),
    }
    return README_BODY % vals


if __name__ == '__main__':
    main()
