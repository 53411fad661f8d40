# Hand-written filed scenarios for sealed-32 (26). Each answer text is unique in the set.
from collections import OrderedDict


def A(**kw):
    """Answer keys in the order the assistant asks; known_suspect/weapon fixed to 'No.'."""
    out = OrderedDict()
    for k, v in kw.items():
        out[k] = v
        if k == 'suspect_or_weapon':
            out['known_suspect'] = 'No.'
            out['weapon'] = 'No.'
    return dict(out)


def filed(sid, itype, note, opening, answers, record, interjections=None, describes=True):
    s = {'id': sid, 'channel': 'web', 'note': note, 'opening': opening, 'answers': answers}
    if interjections:
        s['interjections'] = [{'at': a, 'text': t} for a, t in interjections]
    s['expect'] = {
        'outcome': 'filed', 'reason': None, 'topic': None, 'incident_type': itype,
        'location_decision': 'in_town', 'emergency_message': None,
        'first_message_describes': 'true' if describes else 'false', 'record': record,
    }
    return s


def R(name, email, phone, days=None, time=None, plate=None, total=None):
    r = {'reporter_name': name, 'reporter_email': email, 'reporter_phone': phone}
    if days is not None:
        r['occurred_days_ago'] = days
    if time is not None:
        r['occurred_time'] = time
    if plate is not None:
        r['vehicle_plate'] = plate
    if total is not None:
        r['total_value'] = total
    return r


FILED = [
# ---------------- harassing_phone_call (3) ----------------
filed('s32-hpc-spam-risk-beachside-older', 'harassing_phone_call',
  'older formal writer on Beachside Avenue: obscene hang-up calls to the house line from 203-555-0142; '
  'asks inside the caller_number answer whether the "Spam Risk" label matters; yesterday 6:20 pm (days 1, 18:20)',
  ['Good afternoon. For the past fortnight I have been receiving telephone calls at all hours from a '
   'gentleman who uses foul language and then hangs up. I reside on Beachside Avenue and I should like '
   'this documented.'],
  A(type_confirmed='That is correct, harassing telephone calls.',
    location='My home on Beachside Avenue, in the Greens Farms part of Westport. The calls come to the house telephone.',
    location_confirmed='Yes, Beachside Avenue is right.',
    suspect_or_weapon='I have no idea who he is. I do not recognise the voice, and there is no question of any weapon, it is only the telephone.',
    occurred_at='The most recent one came yesterday at 6:20 in the evening, just as we sat down to supper.',
    caller_number='Does it make any difference that my telephone labels it "Spam Risk"? The number underneath is 203-555-0142, and it has been the same number every time.',
    call_pattern='Three or four calls a day, usually around mealtimes and once at nearly midnight. Each time he says a few obscene words and rings off.',
    narrative='For about two weeks a man has been telephoning our house line from 203-555-0142 three or four times a day. He uses obscene language for a few seconds and then hangs up. The latest call was yesterday evening at 6:20. My wife is quite shaken by it.',
    reporter_name='Everett Lindqvist',
    reporter_email='e.lindqvist@example.com',
    reporter_phone='203-555-0104, which is also the house line he rings.',
    confirmed='I have read it through and it is accurate. Kindly submit it.',
    callback_wanted='No telephone call is needed, the e-mail will suffice.'),
  R('Everett Lindqvist', 'e.lindqvist@example.com', '2035550104', days=1, time='18:20')),

filed('s32-hpc-night-music-riverside-areacode-fix', 'harassing_phone_call',
  'non-native writer on Riverside Avenue ("Westport, near Saugatuck, not Norwalk Riverside"): silent calls '
  'with loud music every night from a hidden number; today 3:05 am (days 0, 03:05); at the summary corrects '
  'her area code 203 -> 475 (4755550126)',
  ['Hello, somebody is calling me in the night many times, when I answer nobody speak, only loud music and '
   'then finish. I live Riverside Avenue, Westport, near Saugatuck, not the Norwalk Riverside.'],
  A(type_confirmed='yes is phone calls, the harassing kind',
    location='Riverside Avenue in Westport, apartment building near Saugatuck, second floor',
    location_confirmed='yes correct this address',
    suspect_or_weapon='I dont know who is it. nobody threaten me with weapon, is only the calls',
    occurred_at='Last call was today 3:05 in the morning, I look in my phone history',
    caller_number='number is hidden, my phone show only "Unknown"',
    call_pattern='Every night since one week, 4 or 5 times, between 1 and 4 in the morning. I cannot sleep and I must work at 7',
    narrative='Since one week somebody call my mobile every night 4 or 5 times between 1 and 4 am. The number is hidden. When I answer there is only loud music and then the call finish. Last call was today at 3:05 am.',
    reporter_name='Oksana Horvat',
    reporter_email='oksana.horvat@example.com',
    reporter_phone='203-555-0126',
    confirmed='One thing is wrong: my number start with 475, not 203. So 475-555-0126. Other is good',
    callback_wanted='email please, at night I dont want more calls haha'),
  R('Oksana Horvat', 'oksana.horvat@example.com', '4755550126', days=0, time='03:05')),

filed('s32-hpc-no-description-hr-laughing-calls', 'harassing_phone_call',
  'opens without describing anything (HR wants a police report number before switching her work phone); '
  'answers.incident_type: laughing hang-up calls from changing numbers; Crescent Park Road; this morning 8:52 (days 0, 08:52)',
  ["hi my work's HR person says I need a police report number before they'll switch my work phone, how do I start one?"],
  {'incident_type': "It's calls. Someone has been calling my work cell from a bunch of different numbers, laughing and then hanging up, like 15 times a day since last week.",
   **A(type_confirmed='yep harassing calls',
    location='I get them mostly at home, Crescent Park Road in Westport',
    location_confirmed='Crescent Park Rd, yes',
    suspect_or_weapon="nope, no clue who and def no weapons, it's just a laughing idiot",
    occurred_at='the last one was this morning at 8:52 while I was making coffee',
    caller_number="always different, the one this morning was 475-555-0188, the others I didn't save",
    call_pattern='10-15 a day, mostly work hours, sometimes 2 in the same minute. someone laughs for a few seconds and hangs up',
    narrative='Since last week my work cell gets 10-15 calls a day from different numbers. Someone laughs for a few seconds and hangs up. The last one was this morning at 8:52 from 475-555-0188. My employer wants a police report number before they change my number.',
    reporter_name='Tamsin Achebe-Ward',
    reporter_email='tamsin.aw@example.com',
    reporter_phone='475.555.0109',
    confirmed='looks good, go ahead',
    callback_wanted='no call needed thx')},
  R('Tamsin Achebe-Ward', 'tamsin.aw@example.com', '4755550109', days=0, time='08:52'), describes=False),

# ---------------- damage_to_motor_vehicle (3) ----------------
filed('s32-dmv-mirror-gorham-gunshot-ny-plate-fix', 'damage_to_motor_vehicle',
  'look-alike: neighbour heard "a bang like a gunshot" - a side mirror smashed overnight on Gorham Avenue; '
  'overnight range (no days/time); at the summary the plate is New York, not CT (NY KJM-447)',
  ["My driver side mirror is hanging off by the wires. Neighbor said she heard a bang like a gunshot around 1am "
   "but it's obviously just someone whacking it. Parked on Gorham Avenue overnight."],
  A(type_confirmed='Yes, damage to my car.',
    location='On the street in front of my building on Gorham Avenue, Westport',
    location_confirmed='yep Gorham Ave',
    suspect_or_weapon='No one saw anyone. Not a gun, I promise, the glass is cracked and the housing is snapped. No idea what they used.',
    occurred_at='Overnight. I parked at 10:15 last night and saw it at 7 this morning.',
    vehicle='black 2019 Honda Civic, CT plate KJM-447',
    damage='driver side mirror snapped off the housing, mirror glass cracked, hanging by the wire. small scratch on the door under it',
    narrative='I parked on Gorham Avenue at 10:15 last night. At 7 this morning the driver side mirror was snapped off and hanging by its wire. My neighbor heard a loud bang around 1 am but saw nobody.',
    reporter_name='Priya Venkataraman',
    reporter_email='priyav@example.com',
    reporter_phone='203-555-0151',
    confirmed="Oh wait, the plate is a New York plate, not CT - I still haven't switched it over. NY KJM-447. Rest is good",
    callback_wanted='email is fine thanks'),
  R('Priya Venkataraman', 'priyav@example.com', '2035550151', plate='NY KJM-447')),

filed('s32-dmv-fairfield-ave-westport-dog-walker-question', 'damage_to_motor_vehicle',
  'place trap: Fairfield Avenue "in WESTPORT lol, we have one too"; asks at suspect_or_weapon whether a man '
  'walking his dog counts as a suspect, then says nobody seen, no weapon; today 10:40-12:05 (days 0, range)',
  ['some1 put a huge dent in my rear bumper while i was parked on fairfield ave. and yes fairfield ave in WESTPORT lol, we have one too'],
  A(type_confirmed='ya damage to my car',
    location="Fairfield Avenue, Westport, on the street in front of my friend's house",
    location_confirmed='correct',
    suspect_or_weapon="ok then no, I didn't see anybody actually hit it and there was no weapon, it's just a dent",
    occurred_at='today, between 10:40 and 12:05',
    vehicle='silver 2017 Toyota RAV4 CT 2DW-865',
    damage='dent in the rear bumper on the left corner, about the size of a dinner plate, paint cracked around it',
    narrative="Parked on Fairfield Avenue in Westport at 10:40 this morning to visit a friend. When I came out at 12:05 the rear bumper had a big dent on the left corner. No note.",
    reporter_name='Jaylen Okafor',
    reporter_email='jokafor@example.com',
    reporter_phone='(203) 555-0173',
    confirmed='yep all correct',
    callback_wanted='email works'),
  R('Jaylen Okafor', 'jokafor@example.com', '2035550173', days=0, plate='CT 2DW-865'),
  interjections=[('suspect_or_weapon', "hmm does it count as a suspect if a guy walking his dog went by right before? I didnt see him do anything")]),

filed('s32-dmv-keyed-hood-bridge-st-plate-prose-fix', 'damage_to_motor_vehicle',
  'long annoyed opening: an X carved into the hood and a line down the side in the small lot off Bridge Street; '
  'plate corrected in prose "6PE-309 - wait, 6PE-390" (CT 6PE-390); $1,900 body-shop quote not counted; yesterday range (days 1)',
  ["I am honestly so fed up. This is the second time this year. I parked in the little lot off Bridge Street to walk "
   "over to the river, came back about an hour later and someone had carved a giant X into my hood and a line down the "
   "whole passenger side. I'm not even asking for anyone to find them, I just need the report for insurance because "
   "the deductible is going to kill me."],
  A(type_confirmed='Yes. Damage to the car.',
    location='The small parking lot off Bridge Street near the river, Westport',
    location_confirmed="That's it.",
    suspect_or_weapon='Nobody around when I got back, no idea who. No weapon that I know of, probably a key.',
    occurred_at='Yesterday between about 4 and 5 in the afternoon.',
    vehicle='Dark blue 2022 Mazda CX-5, CT plate 6PE-309 - wait, 6PE-390, I always flip those',
    damage='An X about 2 feet across scratched into the hood and one long scratch from the front passenger door to the back bumper. Body shop said $1,900 to fix.',
    narrative='Parked in the lot off Bridge Street yesterday around 4 pm and walked to the river. Came back about an hour later to a big X scratched into the hood and a long scratch down the passenger side. Nobody around, no note.',
    reporter_name='Gwendolyn Ashby',
    reporter_email='gwen.ashby@example.com',
    reporter_phone='203-555-0167',
    confirmed="It's right. Submit.",
    callback_wanted='E-mail only please.'),
  R('Gwendolyn Ashby', 'gwen.ashby@example.com', '2035550167', days=1, plate='CT 6PE-390')),

# ---------------- identity_theft (3) ----------------
filed('s32-idt-bestbuy-amazon-cards-quarter-mile', 'identity_theft',
  'first message gives accounts with amounts: a Best Buy card with $2,340 and an Amazon store card with $615 '
  '(total 2955); Quarter Mile Road; found out yesterday (days 1)',
  ['I just found out someone opened a Best Buy credit card in my name and charged $2,340 on it, plus an Amazon store '
   'card with $615 on it. Both used my address on Quarter Mile Road but I never got anything in the mail.'],
  A(type_confirmed='Yes, identity theft',
    location="I live on Quarter Mile Road in Westport, that's the address they used",
    location_confirmed='yes that is my address',
    suspect_or_weapon='I have no idea who did this. No weapons obviously',
    occurred_at='I found out yesterday when Experian sent me an alert about the new accounts',
    accounts="Best Buy credit card opened in my name, $2,340 charged. Amazon store card, $615. I've already called both and they froze them.",
    narrative='Yesterday Experian alerted me to two new accounts in my name: a Best Buy credit card with $2,340 in charges and an Amazon store card with $615. I never applied for either. Both list my Quarter Mile Road address. Both companies have frozen the accounts.',
    reporter_name='Rosalind Mbeki',
    reporter_email='rmbeki@example.com',
    reporter_phone='203-555-0138',
    confirmed="Yes that's right",
    callback_wanted='an email is fine'),
  R('Rosalind Mbeki', 'rmbeki@example.com', '2035550138', days=1, total=2955)),

filed('s32-idt-unemployment-claim-sylvan-email-fix', 'identity_theft',
  'unemployment claim filed with his SSN (no amount, nothing counted); Sylvan Road North; "the letter came on '
  'Monday" (weekday only); at the summary the e-mail gets a second r: dfarraday@example.com',
  ["Got a letter from the CT Department of Labor saying my unemployment claim was approved. I have a job and never "
   "filed anything. Somebody used my SSN. Im on Sylvan Road North"],
  A(type_confirmed='yes this is identity theft',
    location='my house on Sylvan Road North, Westport',
    location_confirmed='yep thats the one',
    suspect_or_weapon='no idea who, no weapons involved',
    occurred_at='the letter came on Monday',
    accounts='an unemployment claim with the CT Dept of Labor filed under my name and social security number. No dollar amount on the letter, just says approved',
    narrative="A letter from the CT Department of Labor came on Monday saying my unemployment claim was approved. I'm employed and never filed. Someone used my name and SSN. I've called the Labor Department fraud line.",
    reporter_name='Desmond Farraday',
    reporter_email='dfaraday@example.com',
    reporter_phone='203-555-0195',
    confirmed="email's wrong - two r's: dfarraday@example.com. everything else is right",
    callback_wanted='email me'),
  R('Desmond Farraday', 'dfarraday@example.com', '2035550195')),

filed('s32-idt-father-discover-stony-brook-name-prose-fix', 'identity_theft',
  'daughter reporting for her 84-year-old father: a Discover card with a $500 cash advance (counted) and a denied '
  'Capital One application (nothing); Stony Brook Road; statement came this morning (days 0); her surname corrected '
  'in prose "Abernathy-Kline - sorry, Abernathy-Klein"',
  ["I'm doing this for my father, who is 84 and not great with computers. Somebody applied for credit cards in his "
   "name. One got approved and they took a cash advance on it. He lives with us on Stony Brook Road."],
  A(type_confirmed="Yes, identity theft - it's his identity, not mine",
    location='Stony Brook Road, Westport. He lives in our in-law apartment.',
    location_confirmed='Correct.',
    suspect_or_weapon='We have no idea who. No weapons of course.',
    occurred_at='The Discover statement arrived this morning, that is how we found out.',
    accounts='A Discover card that was approved, with a $500 cash advance taken out on it, and a Capital One application that was denied. He has never had either.',
    narrative="My father received a Discover statement this morning for a card he never applied for, with a $500 cash advance on it. Capital One also sent him a letter denying an application he never made. He lives with us on Stony Brook Road.",
    reporter_name="Judith Abernathy-Kline - sorry, Abernathy-Klein, e before i. I'm his daughter, I'm the one filing.",
    reporter_email='jak.westport@example.com',
    reporter_phone='203-555-0129',
    confirmed='Looks right, yes. Go ahead.',
    callback_wanted='E-mail me please.'),
  R('Judith Abernathy-Klein', 'jak.westport@example.com', '2035550129', days=0, total=500)),

# ---------------- lost_property (3) ----------------
filed('s32-lost-hearing-aid-burying-hill-older', 'lost_property',
  'older writer: a $2,100 Phonak hearing aid lost on the path at Burying Hill Beach, price in the first message; '
  '"this morning around half past nine" (days 0, approximate so no time); total 2100',
  ['I have lost my left hearing aid, a Phonak that cost $2,100, while walking at Burying Hill Beach this morning. It '
   'must have fallen out when I pulled off my scarf.'],
  A(type_confirmed='Yes, it is lost property.',
    location='Burying Hill Beach in Greens Farms, on the path from the car park down to the sand.',
    location_confirmed='Yes, quite right.',
    suspect_or_weapon='No. Nobody took it, I dropped it.',
    occurred_at='This morning around half past nine.',
    items='One Phonak hearing aid for the left ear, beige, the behind-the-ear kind, not in a case. It cost $2,100.',
    narrative='I walked at Burying Hill Beach this morning at about half past nine. When I took my scarf off on the path down to the sand the hearing aid must have come out with it. I noticed at home and went back to look but could not find it.',
    reporter_name='Cornelius Whitfield',
    reporter_email='cwhitfield@example.com',
    reporter_phone='203 555 0145',
    confirmed='Thank you, that is correct.',
    callback_wanted='I would appreciate the e-mail.'),
  R('Cornelius Whitfield', 'cwhitfield@example.com', '2035550145', days=0, total=2100)),

filed('s32-lost-green-card-playhouse-when-question', 'lost_property',
  'non-native writer: green card and Brazilian passport lost at the Westport Country Playhouse; the opening gives '
  'no time and at occurred_at he asks if not knowing the exact time is a problem, then "Saturday evening ... notice '
  'Sunday morning" (weekday only)',
  ['Good day. I lost my green card and my passport, I think in Westport Country Playhouse. My lawyer say I need police report for replace.'],
  A(type_confirmed='Yes lost documents, lost property',
    location='Westport Country Playhouse, the theatre, I was sitting in row F',
    location_confirmed='yes is correct',
    suspect_or_weapon='No, nobody steal, I think it fall from my bag',
    occurred_at='Saturday evening, the show start at 8. I notice Sunday morning when I look for the passport',
    items='My permanent resident card (green card) and my Brazilian passport, both inside a small blue plastic holder',
    narrative='Saturday evening I went to a show at the Westport Country Playhouse. I had my green card and passport in a blue holder in my bag. Sunday morning I see they are not there. I called the theatre and they did not find.',
    reporter_name='Thiago Albuquerque',
    reporter_email='thiago.alb@example.com',
    reporter_phone='203-555-0181',
    confirmed='All correct, thank you very much',
    callback_wanted='email is good for me'),
  R('Thiago Albuquerque', 'thiago.alb@example.com', '2035550181'),
  interjections=[('occurred_at', 'Is it problem that I do not know exact time? I only know the day more or less')]),

filed('s32-lost-wallet-wakeman-farm-cash-prose-fix', 'lost_property',
  'wallet lost at Wakeman Town Farm with the kids (an emoji); cash corrected in prose "$180 cash - no, $230" '
  '(total 230); yesterday between 11 and 1 (days 1, range)',
  ['lost my wallet at wakeman town farm yesterday at the pumpkin thing with the kids 🙄'],
  A(type_confirmed='yes lost',
    location='Wakeman Town Farm, by the hay bales near the barn',
    location_confirmed='yup',
    suspect_or_weapon='no, nobody, it probably fell out of the stroller basket',
    occurred_at='yesterday between 11 and 1',
    items='brown leather wallet w/ my license, 2 credit cards (already cancelled) and $180 cash - no, $230, forgot I took out 50 more at the bank',
    narrative='Yesterday between 11 and 1 I was at Wakeman Town Farm with my kids. My wallet was in the stroller basket and when we got home it was gone. Called the farm, nothing turned in yet.',
    reporter_name='Marisol Quintana',
    reporter_email='mquintana@example.com',
    reporter_phone='203-555-0158',
    confirmed='yes thats it',
    callback_wanted='email pls'),
  R('Marisol Quintana', 'mquintana@example.com', '2035550158', days=1, total=230)),

# ---------------- vehicle_tampering (3) ----------------
filed('s32-tamper-catconverter-long-lots-chainsaw', 'vehicle_tampering',
  'look-alike: "sounded like a chainsaw" at 3 am, a car speeding off; half-cut exhaust pipe, converter still '
  'there, Long Lots Road; 3:22 this morning per the Ring clip (days 0, 03:22)',
  ['Woke up at like 3am to what sounded like a chainsaw in our driveway on Long Lots Road, by the time I got the '
   'lights on a car was speeding off. They were trying to cut the catalytic converter off my Prius, the pipe is half '
   "cut through but it's still there."],
  A(type_confirmed='yes tampering I guess, they didnt get it',
    location='our driveway on Long Lots Road, Westport',
    location_confirmed='yes Long Lots',
    suspect_or_weapon="Only saw tail lights, couldn't tell you who. No weapons, the 'chainsaw' was a battery saw I think",
    occurred_at='3:22 this morning, the Ring clip has the time',
    vehicle='green 2012 Toyota Prius, CT plate 3NV-528',
    damage='exhaust pipe half cut through in front of the catalytic converter, heat shield bent. car sounds like a motorcycle now',
    narrative='At 3:22 this morning our Ring recorded a loud saw noise in the driveway. When I turned on the lights a car sped away. Someone had tried to cut the catalytic converter off my Prius; the pipe is half cut and the heat shield bent.',
    reporter_name='Wendell Osei',
    reporter_email='wosei@example.com',
    reporter_phone='203-555-0162',
    confirmed='all good',
    callback_wanted='email is enough'),
  R('Wendell Osei', 'wosei@example.com', '2035550162', days=0, time='03:22', plate='CT 3NV-528')),

filed('s32-tamper-plate-unscrewed-newtown-tpk', 'vehicle_tampering',
  'place trap: Newtown Turnpike "in Westport, not the Weston end"; front plate half unscrewed and bent; "Sunday '
  'night ... Monday morning" (weekday, no days); plate CT 8LT-442',
  ['Someone tried to take my license plate?? front plate is unscrewed halfway and bent down. Newtown Turnpike in Westport, not the Weston end.'],
  A(type_confirmed='tampering yes',
    location='my driveway on Newtown Turnpike, Westport side',
    location_confirmed='yes thats right',
    suspect_or_weapon="didn't see anyone. no weapons.",
    occurred_at='Sometime Sunday night, I found it Monday morning going to work',
    vehicle='red 2020 Jeep Wrangler, CT 8LT-442 (that first one is an eight)',
    damage='front plate bracket bent, two screws gone, plate hanging by one screw',
    narrative='Monday morning I found the front license plate of my Wrangler half unscrewed and bent down in my driveway on Newtown Turnpike. Two screws are missing. Looks like someone tried to take it Sunday night.',
    reporter_name='Colette Ramirez',
    reporter_email='colette.r@example.com',
    reporter_phone='203-555-0184',
    confirmed='yes that covers it',
    callback_wanted='no call, email'),
  R('Colette Ramirez', 'colette.r@example.com', '2035550184', plate='CT 8LT-442')),

filed('s32-tamper-company-van-norwalk-ave-westport', 'vehicle_tampering',
  'place trap: Norwalk Avenue "here in Westport (the street, not the city)"; a stick jammed in the lock of a '
  'company van; asks inside the vehicle answer whether a company vehicle is ok; overnight range (no days)',
  ['somebody jammed a stick in the lock of my work van and tried to pop the side door, lock is busted now. norwalk ave westport'],
  A(type_confirmed='yes tampering, nothing was taken',
    location='Norwalk Avenue here in Westport (the street, not the city lol), parked in front of my apartment',
    location_confirmed='yea',
    suspect_or_weapon='no one seen. no weapons',
    occurred_at='last night between 9:30 and 6 this morning',
    vehicle="is it ok that it's a company vehicle not mine? It's a white 2021 Ford Transit van, CT plate 2WB-731, belongs to Harbor Glass & Mirror, I drive it",
    damage='side door lock jammed with a broken stick, scratches around the lock, handle bent outward',
    narrative="Parked the company van on Norwalk Avenue at 9:30 last night. At 6 this morning the side door lock had a broken stick jammed in it, scratches all around and the handle bent out. Nothing missing, they didn't get in.",
    reporter_name='Luis Albarracin',
    reporter_email='lalbarracin@example.com',
    reporter_phone='203-555-0177',
    confirmed='yes correct',
    callback_wanted='email, and my boss wants a copy too'),
  R('Luis Albarracin', 'lalbarracin@example.com', '2035550177', plate='CT 2WB-731')),

# ---------------- vandalism (3) ----------------
filed('s32-vand-gnomes-sasco-creek-phone-question', 'vandalism',
  'look-alike: 14 garden gnomes "EXECUTED", heads lined up "like a warning", Sasco Creek Road; asks at '
  'reporter_phone whether a phone number is required (night nurse), then gives 203-555-0133; overnight (no days)',
  ["Somebody EXECUTED my garden gnomes. Every single head knocked off and lined up on the wall like a warning. 14 "
   "gnomes. Sasco Creek Road. I'm laughing but I'm also furious"],
  A(type_confirmed='vandalism yes',
    location='front garden of my house on Sasco Creek Road, Westport',
    location_confirmed='yes the front garden',
    suspect_or_weapon="I didn't see who. No weapons - they're ceramic gnomes, a good kick does it",
    occurred_at='Last night sometime after 11, found them at 6:30 this morning',
    damage='14 ceramic garden gnomes with the heads broken off, a few of the bodies cracked, and two solar lanterns smashed',
    narrative='Sometime after 11 last night someone knocked the heads off all 14 garden gnomes in my front garden and lined the heads up on the stone wall. Two solar lanterns were smashed too. Found it at 6:30 this morning.',
    reporter_name='Beatrix Holloway',
    reporter_email='bholloway@example.com',
    reporter_phone='fine, 203-555-0133, but text before calling please',
    confirmed='perfect',
    callback_wanted='email only'),
  R('Beatrix Holloway', 'bholloway@example.com', '2035550133'),
  interjections=[('reporter_phone', "do I have to give a phone number? I really don't want calls, I'm a night nurse and sleep days")]),

filed('s32-vand-graffiti-cross-highway-ampm-fix', 'vandalism',
  'place trap: Cross Highway "the Westport one, not Fairfield\'s"; spray-painted letters on a stone wall; '
  '"yesterday at 10:15", at the summary corrected to 10:15 at night (days 1, 22:15)',
  ["Graffiti on our stone wall along Cross Highway - the Westport Cross Highway, not Fairfield's. Big black spray paint letters, some kind of tag."],
  A(type_confirmed='Yes, vandalism.',
    location='Our house on Cross Highway in Westport, the stone wall along the road',
    location_confirmed='Correct, that wall.',
    suspect_or_weapon="Didn't see who did it. No weapons.",
    occurred_at="Yesterday at 10:15 - the garage camera picked up the spray can hissing, you can't see anyone",
    damage='Black spray-painted letters about 3 feet tall across 15 feet of the stone wall, and a smaller tag on the mailbox post',
    narrative='Yesterday at 10:15 someone spray painted large black letters across about 15 feet of our stone wall on Cross Highway and a small tag on the mailbox post. Our garage camera recorded the sound but not the person.',
    reporter_name='Howard Belcourt',
    reporter_email='hbelcourt@example.com',
    reporter_phone='203-555-0106',
    confirmed='The time is wrong - it was 10:15 at night, not in the morning. Otherwise fine.',
    callback_wanted='Email is fine.'),
  R('Howard Belcourt', 'hbelcourt@example.com', '2035550106', days=1, time='22:15')),

filed('s32-vand-bakery-windows-post-road-east-estimate-question', 'vandalism',
  'shop owner: front windows of her bakery on Post Road East etched, planters dumped; asks inside the damage '
  'answer whether to include the $600 glass quote (not counted); closing yesterday to 5:30 this morning (range, no days)',
  ['Hi, I own the bakery on Post Road East. This morning we found someone had etched scribbles all over our two front '
   'windows with something sharp, and the planters by the door were dumped out.'],
  A(type_confirmed='yes vandalism to my shop',
    location='Our bakery on Post Road East in Westport, the front windows facing the road',
    location_confirmed='yes, the bakery',
    suspect_or_weapon='No one seen, it happened after we closed. No weapon that I know of, probably a rock or a key',
    occurred_at='between closing at 6 yesterday evening and 5:30 this morning when I came in to bake',
    damage='Should I include what it will cost? The glass company quoted $600 to replace the panes. Anyway: both front windows covered in scratched scribbles, two big planters dumped out and one of them cracked.',
    narrative='We closed at 6 yesterday evening. When I arrived at 5:30 this morning both front windows had scribbles scratched into the glass and the two planters by the door were dumped out, one cracked.',
    reporter_name='Agnieszka Wolny',
    reporter_email='awolny@example.com',
    reporter_phone='203-555-0148',
    confirmed="Yes that's correct, thank you",
    callback_wanted='email please'),
  R('Agnieszka Wolny', 'awolny@example.com', '2035550148')),

# ---------------- theft (4) ----------------
filed('s32-theft-ebike-coleytown-ms-for-son', 'theft',
  'mother filing for her 13-year-old: a $1,850 Aventon e-bike and a $120 helmet from the rack at Coleytown Middle '
  'School (North Avenue), prices in the first message; today range (days 0); total 1970',
  ["My son's e-bike was stolen from the bike rack at Coleytown Middle School today. It was a $1,850 Aventon and his "
   "$120 helmet was clipped to it. He's 13 so I'm filing for him."],
  A(type_confirmed='Yes, theft.',
    location='Coleytown Middle School on North Avenue, the bike rack by the side entrance',
    location_confirmed='yes the middle school',
    suspect_or_weapon='No, nobody saw anything. No weapons. The lock was gone too so they probably cut it',
    occurred_at='Today between 7:50 when he locked it up and 12:30 when he checked at lunch',
    items='Black Aventon Sinch e-bike with orange decals, $1,850, and a white Giro helmet, $120, clipped to it',
    narrative='My son locked his e-bike at the Coleytown Middle School rack at 7:50 this morning. At 12:30 he checked at lunch and the bike and helmet were gone. The school office has been told.',
    reporter_name='Natalia Sokolova',
    reporter_email='nsokolova@example.com',
    reporter_phone='203-555-0121',
    confirmed='Yes, all correct.',
    callback_wanted='Email is best'),
  R('Natalia Sokolova', 'nsokolova@example.com', '2035550121', days=0, total=1970)),

filed('s32-theft-packages-danbury-ave-dyson-amount-fix', 'theft',
  'a fake "delivery driver" in a neon vest takes two packages ($329 Dyson, $45 case) from a porch on Danbury '
  'Avenue, prices in the first message; yesterday 3:47 pm (days 1, 15:47); at the summary the Dyson was $429 (total 474)',
  ['2 packages gone off my porch on Danbury Ave - a $329 Dyson vacuum and a $45 phone case. Camera shows a guy in a '
   "neon vest like he's a delivery driver just walk up and take them. Total fake."],
  A(type_confirmed='yes theft',
    location='my front porch on Danbury Avenue, Westport',
    location_confirmed='yep my porch',
    suspect_or_weapon='Guy on camera had a hat and sunglasses, I have no idea who he is. No weapons, he just grabbed and walked off.',
    occurred_at='yesterday at 3:47pm according to the camera',
    items='Dyson V8 vacuum $329 and an OtterBox phone case $45, both still in the Amazon boxes',
    narrative='Yesterday at 3:47 pm my doorbell camera recorded a man in a neon vest, hat and sunglasses walk onto my porch on Danbury Avenue and take two Amazon packages. He was not a real delivery driver.',
    reporter_name='Kwame Asante',
    reporter_email='kasante@example.com',
    reporter_phone='203-555-0159',
    confirmed='the Dyson was $429 actually, not $329, just checked the receipt',
    callback_wanted='email'),
  R('Kwame Asante', 'kasante@example.com', '2035550159', days=1, time='15:47', total=474)),

filed('s32-theft-kayak-compo-mill-cove-marketplace-question', 'theft',
  'yellow Old Town kayak (~$1,100) and a $90 paddle off the rack by the water on Compo Mill Cove (total 1190); '
  'Friday evening to Saturday noon (weekday, no days); asks at the summary whether a Marketplace link can be added, then confirms',
  ['Our kayak was taken off the rack next to our house on Compo Mill Cove. The paddle too.'],
  A(type_confirmed='Yes, stolen.',
    location='the side yard of our house on Compo Mill Cove, Westport, the kayak rack by the water',
    location_confirmed='That is right.',
    suspect_or_weapon='No, never saw anybody. No weapons.',
    occurred_at='Between Friday evening and Saturday around noon',
    items='Old Town kayak, yellow, about $1,100, and a black carbon paddle, $90',
    narrative='Friday evening the kayak and paddle were on the rack in our side yard by the water. Saturday around noon both were gone. The rack strap was undone, not cut.',
    reporter_name='Sigrid Halvorsen',
    reporter_email='shalvorsen@example.com',
    reporter_phone='203-555-0113',
    confirmed='OK good. Then yes, file it as is.',
    callback_wanted='Email.'),
  R('Sigrid Halvorsen', 'shalvorsen@example.com', '2035550113', total=1190),
  interjections=[('confirmed', 'If it shows up on Facebook Marketplace can I send you the link to add to this report?')]),

filed('s32-theft-tools-cavalry-job-location-question', 'theft',
  'non-native landscaper: a $480 Makita miter saw and a $900 Honda generator from his trailer, prices in the '
  'first message but no place; at location he asks whether the client address or his company address is meant, '
  'then gives the job on Cavalry Road; today 12:15-12:50 (days 0, range); total 1380',
  ['Somebody took tools from my trailer at a job, a Makita miter saw $480 and a Honda generator $900. I am landscaper.'],
  A(type_confirmed='yes theft of my tools',
    location='the client house on Cavalry Road, Westport, the trailer was in the driveway',
    location_confirmed='yes Cavalry Road',
    suspect_or_weapon='No, nobody see. No weapon',
    occurred_at='Today between 12:15 and 12:50, we go for lunch',
    items='Makita miter saw, 10 inch, $480. Honda generator EU2200, red, $900. Both from the open trailer',
    narrative='Today we work at a house on Cavalry Road. At 12:15 we go to lunch and leave the trailer in the driveway. At 12:50 we come back and the miter saw and the generator are gone.',
    reporter_name='Rafael Cardona',
    reporter_email='rcardona.landscaping@example.com',
    reporter_phone='475-555-0146',
    confirmed='is correct',
    callback_wanted='email, I am working outside'),
  R('Rafael Cardona', 'rcardona.landscaping@example.com', '4755550146', days=0, total=1380),
  interjections=[('location', 'You need address of the client house or my company address? The job is in Westport but my company is in Bridgeport')]),

# ---------------- vehicle_burglary (4) ----------------
filed('s32-vburg-laptop-winslow-park-window', 'vehicle_burglary',
  'rear window smashed in the Winslow Park lot while walking the dog; ~$1,300 MacBook and $75 bag in the first '
  'message (total 1375; the $380 glass quote not counted); today 9:10-9:50 (days 0, range)',
  ['Smashed my rear window at the Winslow Park lot while I walked the dog for 40 min and took my laptop bag from the '
   'back seat. MacBook Pro about $1,300 and the bag was $75.'],
  A(type_confirmed='yes car break in',
    location='the parking lot at Winslow Park, Westport',
    location_confirmed='yes Winslow',
    suspect_or_weapon="didn't see anybody, no weapons that I know of",
    occurred_at='Today, parked at 9:10, back at 9:50',
    vehicle='gray 2018 Subaru Outback, CT plate 5KR-213',
    items='MacBook Pro 14 inch about $1,300 in a black laptop bag $75, my work charger was in the bag too',
    damage='rear driver side window shattered, glass all over the seat. Glass place says $380 to replace',
    narrative='I parked at Winslow Park at 9:10 this morning and walked the dog. At 9:50 the rear driver side window was smashed and my laptop bag with a MacBook Pro was gone from the back seat.',
    reporter_name='Oren Feldstein',
    reporter_email='ofeldstein@example.com',
    reporter_phone='203-555-0170',
    confirmed='correct, send',
    callback_wanted='just email'),
  R('Oren Feldstein', 'ofeldstein@example.com', '2035550170', days=0, plate='CT 5KR-213', total=1375)),

filed('s32-vburg-hockey-bag-woodhill-vanity-plate-fix', 'vehicle_burglary',
  'place trap: Woodhill Road "Westport, not the Weston one"; unlocked Highlander, hockey bag (~$650) and $30 '
  'charger in the first message (total 680); overnight range; at the summary the vanity plate gets its 3: CT SAILOR3',
  ["Someone got into my Highlander overnight on Woodhill Road (Westport, not the Weston one) and took my son's hockey "
   "bag - all his gear, about $650 - and a $30 charger. I think I left it unlocked"],
  A(type_confirmed='Yes - break-in to the car, sort of, it was unlocked',
    location='driveway at our house on Woodhill Road in Westport',
    location_confirmed='Yes the driveway',
    suspect_or_weapon='Nope, no idea who, no weapons',
    occurred_at='between 10 last night and 6:15 this morning',
    vehicle='white 2019 Toyota Highlander, vanity plate CT SAILOR',
    items="son's hockey bag with skates, helmet, pads, gloves and a stick, about $650 all together, and a $30 car phone charger",
    damage='no damage, it was unlocked',
    narrative="Left the Highlander unlocked in our driveway on Woodhill Road at 10 last night. At 6:15 this morning my son's hockey bag and the phone charger were gone. No damage.",
    reporter_name='Declan Fitzgerald',
    reporter_email='dfitz@example.com',
    reporter_phone='203-555-0191',
    confirmed="the plate is SAILOR3, you're missing the 3 at the end",
    callback_wanted='email thanks'),
  R('Declan Fitzgerald', 'dfitz@example.com', '2035550191', plate='CT SAILOR3', total=680)),

filed('s32-vburg-bomb-went-off-imperial-lot-day-prose-fix', 'vehicle_burglary',
  'look-alike "looks like a bomb went off inside it"; Imperial Avenue commuter lot; the day corrected in prose '
  '"Yesterday - wait no, day before yesterday" (days 2, range so no time); $180 sunglasses and $60 cash (total 240)',
  ['my car looks like a bomb went off inside it. glove box, console, everything dumped on the seats. they took my '
   'sunglasses and some cash. parked at the Imperial Avenue commuter lot'],
  A(type_confirmed='car burglary yes',
    location='Imperial Avenue commuter lot in Westport, the row along the fence',
    location_confirmed='mhm',
    suspect_or_weapon='no clue who, not there when I got back, no weapons',
    occurred_at='Yesterday - wait no, the day before yesterday, yesterday I worked from home. Parked at 7:05 that morning and found it at 5:45pm',
    vehicle='black 2015 Audi A4, CT plate 7GH-604',
    items='Oakley sunglasses $180 and about $60 cash from the console',
    damage='passenger window forced down a bit and the rubber seal is torn, nothing broken otherwise',
    narrative='Two days ago I parked at the Imperial Avenue commuter lot at 7:05 am. At 5:45 pm the inside was trashed, the passenger window forced down, and my sunglasses and cash were gone.',
    reporter_name='Samira Haddad',
    reporter_email='shaddad@example.com',
    reporter_phone='203-555-0124',
    confirmed='ya thats all right',
    callback_wanted='email is good'),
  R('Samira Haddad', 'shaddad@example.com', '2035550124', days=2, plate='CT 7GH-604', total=240)),

filed('s32-vburg-rayban-hockanum-items-question', 'vehicle_burglary',
  'non-native writer: unlocked Elantra in front of a friend\'s house on Hockanum Road; asks inside the items '
  'answer whether the case counts separately; $210 Ray-Bans (total 210); yesterday 8 pm-11:40 pm (days 1, range)',
  ['Hello, somebody open my car in front of my friend house on Hockanum Road and take some things. The door was not locked I think.'],
  A(type_confirmed='yes is break in car',
    location="Hockanum Road in Westport, on the street in front the blue house, I don't remember number",
    location_confirmed='yes Hockanum',
    suspect_or_weapon='I not see anybody, no weapon',
    occurred_at='yesterday night, I park at 8 pm and come out at 11:40 pm',
    vehicle='Grey Hyundai Elantra 2020, plate CT 9PW-316',
    items='I must count the case separate or together? Ray-Ban sunglasses with case, $210 together, and my work ID card (no value)',
    damage='no damage, the door was open',
    narrative='Yesterday I park at 8 pm in front my friend house on Hockanum Road. When I come out at 11:40 pm the glove box is open and my Ray-Ban sunglasses and work ID are gone.',
    reporter_name='Jae-won Park',
    reporter_email='jaewon.park@example.com',
    reporter_phone='203-555-0115',
    confirmed='yes all good thank you',
    callback_wanted='email ok'),
  R('Jae-won Park', 'jaewon.park@example.com', '2035550115', days=1, plate='CT 9PW-316', total=210)),
]
