"""Sealed-45: the 34 conversations that do not end in a filed report
(12 emergency, 12 ineligible, 5 cancelled, 5 information).

Writer flags (keys starting with "_") are read by build.py and never written out:
  _no_place / _no_time   no place in the opening / gives no time
  _emergency_where       'opening' or the answer key at which the emergency is interjected
  _group                 ineligible sub-group: outside_town, sherwood, merritt, i95, known_suspect, weapon
"""

NO = 'No.'


def other(outcome, reason=None, topic=None, incident_type=None, location_decision=None,
          emergency_message=None, describes='true'):
    return {
        'outcome': outcome,
        'reason': reason,
        'topic': topic,
        'incident_type': incident_type,
        'location_decision': location_decision,
        'emergency_message': emergency_message,
        'first_message_describes': describes,
        'record': None,
    }


# ====================================================================== emergencies in the opening
_E1 = ('hi im 12 and home sick with my little brother on pheasant lane. someone keeps yanking on our back door '
       'handle really hard and our dog is going nuts. mom went to the pharmacy and i dont have a phone only this '
       'ipad. what do i do')
_E2 = ('i wanted to report my car getting keyed at work but honestly whatever, it doesnt matter anymore. wrote '
       'letters to my kids last nite and the pills are counted out on the counter for tonight')
_E3a = 'Someone just threw something through our front window on Bolton Lane - I\'d like to report the broken glass.'
_E3b = ('wait there\'s smoke - it wasn\'t a rock, it\'s a bottle with a burning rag and the curtains are on fire, '
        'my husband is throwing water on it')
_E4 = ('tryna report damage to my car but the guy who rammed me at the light on compo rd north is out of his truck '
       'walking up to my window w a tire iron rn, im locked in')
_E5 = ('Can I report a car stolen here? Sort of - my father is 82 and has dementia, and he took my keys and drove '
       'off in my Civic about 40 minutes ago. He hasn\'t driven in two years and he isn\'t answering his phone. '
       'We\'re on Hitchcock Road.')

# ====================================================================== emergencies interjected mid-way
_M1 = ('Oh my god, there\'s a man on my porch RIGHT NOW with his hood up, he\'s trying the front door handle. I\'m '
       'upstairs with the baby.')
_M2 = ('Wait - my son just backed the Escape out to move it and the brakes didn\'t work, it rolled across the street '
       'into the neighbour\'s stone wall. He\'s holding his head and says it really hurts.')
_M3 = ('he just called again n described exactly what im wearing rn. the blinds r open. i think hes outside '
       'somewhere, i just heard our side gate latch click. im alone')
_M4 = ('Sorry - my 2-year-old just swallowed one of the little round batteries from the TV remote, I saw him do it '
       'and now he\'s coughing and drooling')
_M5 = ('omg forget the phone. the friend i was out with last nite just messaged me on insta saying thanks for '
       'everything and goodbye, and that she took all her pills. shes not answering anything')
_M6 = ('Hold on, there\'s a really strong gas smell in the basement now and the detector just started beeping. The '
       'lattice they kicked in is right where the gas meter is.')
_M7 = 'wait i just looked in his window, hes slumped over the wheel n his lips r kinda blue, hes not moving at all'


EMERGENCY = [
    dict(
        id='s45-emerg-opening-pheasant-lane-12-year-old-on-ipad-back-door-yanked',
        channel='web',
        note=('cannot call: a sick 12-year-old at home with her brother on Pheasant Lane types from an iPad (no phone) '
              'while someone keeps yanking the back door handle; the mother is at the pharmacy'),
        opening=[_E1],
        answers={},
        after_end=['we went in moms room and locked the door, the dog is still barking downstairs',
                   'i can hear somebody walking on the deck'],
        _emergency_where='opening',
        expect=other('emergency', emergency_message=_E1),
    ),
    dict(
        id='s45-emerg-opening-keyed-car-report-turns-into-pills-counted-out',
        channel='sms',
        note=('self-harm said sideways: a keyed-car report the writer drops ("it doesnt matter anymore"), letters to '
              'her kids and pills counted out for tonight'),
        opening=[_E2],
        answers={},
        after_end=['i dont want cops showing up at my house', 'ok. my sister says shes coming over'],
        _emergency_where='opening',
        expect=other('emergency', emergency_message=_E2),
    ),
    dict(
        id='s45-emerg-opening-bolton-lane-broken-window-then-burning-bottle',
        channel='web',
        note=('two opening messages: a broken front window on Bolton Lane to report, then the "rock" turns out to be '
              'a bottle with a burning rag and the curtains are on fire; the second message is the emergency'),
        opening=[_E3a, _E3b],
        answers={},
        after_end=['We\'re out on the driveway now, the whole front room is full of smoke',
                   'A dark sedan tore off down the street right after it came through the glass'],
        _emergency_where='opening',
        expect=other('emergency', emergency_message=_E3b),
    ),
    dict(
        id='s45-emerg-opening-compo-road-north-rammed-driver-with-tire-iron',
        channel='sms',
        note=('starts as a damage report: the driver who rammed him at a light on Compo Road North is walking up to '
              'his window with a tire iron while he sits locked in'),
        opening=[_E4],
        answers={},
        after_end=['he cracked my side mirror w it n walked back to his truck',
                   'hes pulling around me now, gray ram, cant see a plate'],
        _emergency_where='opening',
        expect=other('emergency', emergency_message=_E4),
    ),
    dict(
        id='s45-emerg-opening-hitchcock-road-father-with-dementia-drove-off-in-civic',
        channel='web',
        note=('asked as a stolen-car question: an 82-year-old father with dementia took the keys and drove off in the '
              'Civic 40 minutes ago from Hitchcock Road and is not answering (a vulnerable person missing now)'),
        opening=[_E5],
        answers={},
        after_end=['My brother is driving the way to Dad\'s old office in case he headed there',
                   'Still nothing - his phone goes straight to voicemail now'],
        _emergency_where='opening',
        expect=other('emergency', emergency_message=_E5),
    ),
    # ---------------------------------------------------------------- mid-way
    dict(
        id='s45-emerg-midway-pebble-beach-lane-package-theft-man-back-on-porch',
        channel='web',
        note=('two packages taken from a porch on Pebble Beach Lane yesterday; at suspect_or_weapon a hooded man is on '
              'the porch right now trying the front door while she is upstairs with the baby'),
        opening=['Two packages were taken off my front porch on Pebble Beach Lane yesterday afternoon - a space heater '
                 'and a box of picture books for my nephew.'],
        answers=dict(
            type_confirmed='Yes, theft of the two packages.',
            location='My front porch, Pebble Beach Lane, Westport 06880.',
            location_confirmed='Yes, Pebble Beach Lane in Westport.',
            suspect_or_weapon='I don\'t know who took them - the doorbell camera battery had died. No weapon that I know of.',
            known_suspect=NO,
            weapon=NO,
        ),
        interjections=[dict(at='suspect_or_weapon', text=_M1)],
        after_end=['He just went around toward the back of the house, I can\'t see him anymore',
                   'I\'ve locked the bedroom door. I think I hear sirens'],
        _emergency_where='suspect_or_weapon',
        expect=other('emergency', incident_type='theft', location_decision='in_town', emergency_message=_M1),
    ),
    dict(
        id='s45-emerg-midway-canterbury-close-someone-under-car-brakes-fail-son-hurt',
        channel='web',
        note=('a neighbour saw a flashlight under the car at 1 am and there is fluid under the wheel on Canterbury '
              'Close; at confirmed the son backs the car out, the brakes fail, it hits a stone wall and he is holding '
              'his head'),
        opening=['I think somebody was messing with my car last night. My neighbour saw a flashlight moving around '
                 'under it at about 1 am, and this morning there\'s a puddle of fluid under the front wheel. Nothing\'s '
                 'missing. We\'re on Canterbury Close.'],
        answers=dict(
            type_confirmed='Vehicle tampering sounds right - nothing taken, but somebody was under there.',
            location='Our driveway on Canterbury Close, Westport 06880.',
            location_confirmed='Yes, Canterbury Close in Westport.',
            suspect_or_weapon='No idea who it was; my neighbour only saw the light, not a person. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Around 1 this morning, going by what my neighbour saw.',
            vehicle='2015 Ford Escape, blue, CT plate 4GN-219',
            damage='A puddle of thin fluid under the front left wheel. Nothing looks broken from the outside.',
            narrative=('At about 1 am a neighbour saw a flashlight moving under my Ford Escape in our driveway on '
                       'Canterbury Close. This morning there is fluid pooled under the front left wheel. Nothing was '
                       'taken, and the neighbour never saw a face.'),
            reporter_name='Wendell Okoro',
            reporter_email='wendell.okoro@example.com',
            reporter_phone='203-555-0188',
            confirmed='Yes, the summary about the Escape is right.',
        ),
        interjections=[dict(at='confirmed', text=_M2)],
        after_end=['He\'s sitting on the curb now, there\'s blood coming from his forehead',
                   'Our neighbour brought a towel out, we\'re keeping him still'],
        _emergency_where='confirmed',
        expect=other('emergency', incident_type='vehicle_tampering', location_decision='in_town',
                     emergency_message=_M2),
    ),
    dict(
        id='s45-emerg-midway-davis-lane-blocked-caller-describes-her-clothes-gate-clicks',
        channel='sms',
        note=('calls from a blocked number about the car she drives, on Davis Lane; no time in the opening, and at '
              'occurred_at the caller describes what she is wearing and the side gate latch clicks while she is home '
              'alone'),
        opening=['keep getting calls from a blocked number, some guy breathing n then saying he knows what car i '
                 'drive. its creepy af'],
        answers=dict(
            type_confirmed='ya harassing calls, the breathing guy',
            location='davis lane westport 06880, its my house',
            location_confirmed='davis ln yes',
            suspect_or_weapon='no clue who he is, the voice is muffled. no weapon or anything, he just talks',
            known_suspect=NO,
            weapon=NO,
            occurred_at='last one was maybe an hour ago',
        ),
        interjections=[dict(at='occurred_at', text=_M3)],
        after_end=['im in the bathroom w the door locked', 'someone just tried the back door handle'],
        _no_time=True,
        _emergency_where='occurred_at',
        expect=other('emergency', incident_type='harassing_phone_call', location_decision='in_town',
                     emergency_message=_M3),
    ),
    dict(
        id='s45-emerg-midway-hiawatha-lane-tax-return-fraud-toddler-swallows-button-battery',
        channel='web',
        note=('a tax return filed in her name, Hiawatha Lane; at reporter_name her 2-year-old swallows a button '
              'battery from the TV remote'),
        opening=['The IRS sent me a letter saying my tax return was already filed this year, and I haven\'t filed yet. '
                 'Someone used my Social Security number. I live on Hiawatha Lane.'],
        answers=dict(
            type_confirmed='Yes, it\'s identity theft - someone filed taxes as me.',
            location='Hiawatha Lane, Westport 06880.',
            location_confirmed='Correct, Hiawatha Lane in Westport.',
            suspect_or_weapon='I don\'t know who would have done this. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='The letter came yesterday.',
            accounts=('My federal tax return - somebody filed one in my name and claimed a refund. The letter doesn\'t '
                      'say how much.'),
            narrative=('Yesterday I received an IRS letter at my home on Hiawatha Lane saying a tax return had already '
                       'been filed under my Social Security number. I have not filed anything yet this year.'),
            reporter_name='Priyanka Sethi',
        ),
        interjections=[dict(at='reporter_name', text=_M4)],
        after_end=['He\'s still coughing, I\'m holding him upright', 'My husband is pulling the car around'],
        _emergency_where='reporter_name',
        expect=other('emergency', incident_type='identity_theft', location_decision='in_town',
                     emergency_message=_M4),
    ),
    dict(
        id='s45-emerg-midway-lost-phone-friend-messages-goodbye-took-pills',
        channel='sms',
        note=('a lost Pixel phone, no place in the opening; at location the writer drops it: the friend from last '
              'night has messaged goodbye and says she took all her pills (self-harm of someone else)'),
        opening=['lost my phone last nite, typing from my laptop. black pixel in a green case, basically my whole life '
                 'is on it'],
        answers=dict(
            type_confirmed='ya lost, i think it slid out of my pocket',
            location='somewhere on the walk from downtown to my friends place on gorham ave',
        ),
        interjections=[dict(at='location', text=_M5)],
        after_end=['her roommate is going to her room now', 'shes breathing but she wont wake up'],
        _no_place=True,
        _emergency_where='location',
        expect=other('emergency', incident_type='lost_property', emergency_message=_M5),
    ),
    dict(
        id='s45-emerg-midway-charcoal-hill-road-smashed-porch-lights-gas-smell-by-meter',
        channel='web',
        note=('porch lights smashed and deck lattice kicked in on Charcoal Hill Road; at reporter_phone a strong gas '
              'smell fills the basement and the detector beeps - the lattice was kicked in where the gas meter is'),
        opening=['Someone smashed both of our porch light fixtures and kicked in the lattice under the deck on Charcoal '
                 'Hill Road last night.'],
        answers=dict(
            type_confirmed='Vandalism, yes - nothing was taken.',
            location='Our house, Charcoal Hill Road, Westport 06880.',
            location_confirmed='Yes, Charcoal Hill Road.',
            suspect_or_weapon='No idea who, we slept through all of it. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Last night, sometime after 11 when we went to bed.',
            damage='Two glass porch light fixtures smashed and three panels of the deck lattice kicked in.',
            narrative=('Last night after 11 someone smashed the two porch light fixtures at our house on Charcoal Hill '
                       'Road and kicked in three panels of lattice under the deck. We did not hear anything.'),
            reporter_name='Gideon Amsel',
            reporter_email='gideon.amsel@example.com',
            reporter_phone='203-555-0166',
        ),
        interjections=[dict(at='reporter_phone', text=_M6)],
        after_end=['We\'re all out on the front lawn now, kids and the dog too',
                   'You can smell it even out here by the deck'],
        _emergency_where='reporter_phone',
        expect=other('emergency', incident_type='vandalism', location_decision='in_town', emergency_message=_M6),
    ),
    dict(
        id='s45-emerg-midway-wakeman-town-farm-lot-hit-driver-slumped-blue-lips',
        channel='sms',
        note=('a parked car hit in the Wakeman Town Farm lot with the other car still against the bumper; at '
              'suspect_or_weapon the writer sees the other driver slumped over the wheel with bluish lips, not moving'),
        opening=['my parked car just got hit in the wakeman town farm lot, the other car is still jammed against my '
                 'bumper n nobody got out of it'],
        answers=dict(
            type_confirmed='ya damage to my car, the back bumper is crunched',
            location='wakeman town farm parking lot, westport',
            location_confirmed='yes the wakeman town farm lot',
            suspect_or_weapon='idk who, the driver is still sitting in the other car, hasnt come out. no weapons',
            known_suspect=NO,
            weapon=NO,
        ),
        interjections=[dict(at='suspect_or_weapon', text=_M7)],
        after_end=['i got his door open, hes barely breathing', 'a lady from the farm is here, she knows cpr'],
        _emergency_where='suspect_or_weapon',
        expect=other('emergency', incident_type='damage_to_motor_vehicle', location_decision='in_town',
                     emergency_message=_M7),
    ),
]


INELIGIBLE = [
    dict(
        id='s45-inel-outside-town-westport-avenue-norwalk-video-doorbell-taken',
        channel='web',
        note=('a video doorbell unscrewed and taken; no place in the opening and at location the writer says '
              'Westport Avenue, which is in Norwalk'),
        opening=['Someone unscrewed my video doorbell and walked off with it sometime yesterday. It wasn\'t even a '
                 'year old.'],
        answers=dict(
            type_confirmed='Yes, theft - the doorbell is simply gone, wires hanging out of the wall.',
            location=('My apartment building on Westport Avenue. It\'s in Norwalk, actually - the street is only '
                      'called Westport Avenue.'),
        ),
        _no_place=True,
        _group='outside_town',
        expect=other('ineligible', reason='outside_town', incident_type='theft', location_decision='outside_town'),
    ),
    dict(
        id='s45-inel-outside-town-westport-turnpike-fairfield-keyed-at-cousins',
        channel='sms',
        note=('a car keyed while parked at a cousin\'s on "westport tpke"; at location the writer realises Westport '
              'Turnpike is in Fairfield (his cousin\'s mail says Fairfield)'),
        opening=['my car got keyed down both sides while i was parked at my cousins on westport tpke last nite'],
        answers=dict(
            type_confirmed='ya keyed, both doors n the trunk lid',
            location=('westport turnpike, its actually in fairfield i think? his mail says fairfield. i just figured '
                      'westport tpke meant westport lol'),
        ),
        _group='outside_town',
        expect=other('ineligible', reason='outside_town', incident_type='damage_to_motor_vehicle',
                     location_decision='outside_town'),
    ),
    dict(
        id='s45-inel-sherwood-island-beach-lot-purse-and-binoculars-from-car',
        channel='web',
        note=('a car broken into while a couple walked the beach "at the state park off the connector"; at location '
              'he names Sherwood Island'),
        opening=['Someone broke into my car while my wife and I were walking on the beach at the state park off the '
                 'connector this morning, and took her purse and my binoculars.'],
        answers=dict(
            type_confirmed='Yes, a break-in to the car with things taken.',
            location='Sherwood Island - the state park. We left the car in the lot closest to the beach.',
        ),
        _group='sherwood',
        expect=other('ineligible', reason='excluded_area', incident_type='vehicle_burglary',
                     location_decision='excluded_area'),
    ),
    dict(
        id='s45-inel-sherwood-island-fathers-army-dog-tags-lost-on-beach',
        channel='sms',
        note=('her late father\'s army dog tags lost on a beach walk "at the state park, the one u get to from the '
              'greens farms exit on 95"; at location she says sherwood island'),
        opening=['lost my dads old army dog tags on a chain walkin the beach this morning at the state park, the one u '
                 'get to from the greens farms exit on 95'],
        answers=dict(
            type_confirmed='ya lost property, the chain prob snapped',
            location='sherwood island. the beach n the grass by the lot, i was out there like an hour',
        ),
        _group='sherwood',
        expect=other('ineligible', reason='excluded_area', incident_type='lost_property',
                     location_decision='excluded_area'),
    ),
    dict(
        id='s45-inel-merritt-southbound-bottle-off-overpass-cracked-windshield',
        channel='web',
        note=('a bottle thrown from an overpass onto a car driving south on the Merritt between the Weston Road and '
              'Wilton Road exits (21 and 20)'),
        opening=['Someone threw a glass bottle off an overpass onto my car while I was driving south on the Merritt, '
                 'somewhere between the Weston Road and Wilton Road exits, and it cracked my windshield.'],
        answers=dict(
            type_confirmed='Yes, damage to my car - the windshield is cracked right across.',
            location='On the Merritt Parkway southbound, between exits 21 and 20. I didn\'t stop until I was off it.',
        ),
        _group='merritt',
        expect=other('ineligible', reason='excluded_area', incident_type='damage_to_motor_vehicle',
                     location_decision='excluded_area'),
    ),
    dict(
        id='s45-inel-merritt-route-15-shoulder-dead-car-lock-punched-ignition-torn',
        channel='sms',
        note=('a car that died on "rt 15" and was left overnight on the shoulder past the Weston Rd exit: door lock '
              'punched out and ignition torn up'),
        opening=['my car died on rt 15 last nite so i left it on the shoulder, came back this morning n sum1 had '
                 'punched out the drivers door lock n torn up the ignition. car wont start now'],
        answers=dict(
            type_confirmed='tampering yea, nothing was taken out of it',
            location='rt 15 north, the merritt, pulled over a little after the weston rd exit',
        ),
        _group='merritt',
        expect=other('ineligible', reason='excluded_area', incident_type='vehicle_tampering',
                     location_decision='excluded_area'),
    ),
    dict(
        id='s45-inel-i95-northbound-drink-hurled-from-pickup-dents-hood',
        channel='web',
        note='a full drink hurled from a pickup dents a hood on I-95 northbound between exits 17 and 18',
        opening=['A guy in a pickup threw a full drink at my car going north on 95 and it actually dented my hood - he '
                 'must have hurled it. This was between exit 17 and exit 18 this morning.'],
        answers=dict(
            type_confirmed='Damage to my car, yes - a dent the size of a fist in the hood.',
            location='I-95 northbound, between exits 17 and 18 in Westport.',
        ),
        _group='i95',
        expect=other('ineligible', reason='excluded_area', incident_type='damage_to_motor_vehicle',
                     location_decision='excluded_area'),
    ),
    dict(
        id='s45-inel-i95-exit-17-on-ramp-broken-down-car-keyed-mirror-snapped',
        channel='sms',
        note=('a broken-down car keyed and its mirror snapped overnight on "the ramp where u get on 95 south from '
              'saugatuck ave" (exit 17)'),
        opening=['my car got keyed n the passenger mirror snapped off while it sat broken down overnight on the ramp '
                 'where u get on 95 south from saugatuck ave'],
        answers=dict(
            type_confirmed='ya damage, the scratches n the snapped mirror',
            location='the 95 south on-ramp at exit 17, by saugatuck ave. it sat on the side of the ramp all night',
        ),
        _group='i95',
        expect=other('ineligible', reason='excluded_area', incident_type='damage_to_motor_vehicle',
                     location_decision='excluded_area'),
    ),
    dict(
        id='s45-inel-known-suspect-burr-farms-road-former-tenant-store-card',
        channel='web',
        note=('a store card opened with about $900 charged, Burr Farms Road; at the suspect question she names her '
              'former tenant, Brett Haskell, who had access to the mail'),
        opening=['Someone opened a store credit card in my name and ran up about $900 on it. I live on Burr Farms '
                 'Road.'],
        answers=dict(
            type_confirmed='Yes, identity theft - the store card I never opened.',
            location='Burr Farms Road, Westport 06880.',
            location_confirmed='Burr Farms Road in Westport, right.',
            suspect_or_weapon=('Honestly, I\'m fairly sure it was our former tenant, Brett Haskell. He rented the '
                               'basement apartment until October and had access to all our mail, and the card was '
                               'sent to his new address.'),
            known_suspect='Yes - Brett Haskell, our old tenant.',
        ),
        _group='known_suspect',
        expect=other('ineligible', reason='known_suspect', incident_type='identity_theft',
                     location_decision='in_town'),
    ),
    dict(
        id='s45-inel-known-suspect-woodhill-road-dog-walker-kept-key-silver-candlesticks',
        channel='sms',
        note=('silver candlesticks gone from Woodhill Road (Wilton and Weston have a Woodhill Road too); the opening '
              'mentions in passing the dismissed dog walker who kept her key, and at the suspect question she is named, '
              'Kasey Morin'),
        opening=['my grandmothers silver candlesticks r gone from the dining room. we let our dog walker go last week '
                 'n she still hasnt given back her key. woodhill rd westport, not the wilton or weston woodhill'],
        answers=dict(
            type_confirmed='theft ya, the two candlesticks',
            location='woodhill road westport 06880',
            location_confirmed='yes woodhill rd in westport',
            suspect_or_weapon=('i dont want to accuse anyone but it has to be the dog walker, kasey morin. nobody else '
                               'has a key n the alarm never went off'),
            known_suspect='yes, kasey morin, our old dog walker',
        ),
        _group='known_suspect',
        expect=other('ineligible', reason='known_suspect', incident_type='theft', location_decision='in_town'),
    ),
    dict(
        id='s45-inel-weapon-stony-point-road-boat-trailer-tires-slashed-with-hunting-knife',
        channel='web',
        note=('boat trailer tires slashed and the hull spray-painted on Stony Point Road; at the suspect question a '
              'neighbour saw a masked stranger doing it with a big hunting knife'),
        opening=['Someone slashed all the tires on our boat trailer and spray-painted the hull in our side yard on '
                 'Stony Point Road last night.'],
        answers=dict(
            type_confirmed='Vandalism, yes - the trailer tires and the paint on the hull.',
            location='Our side yard, Stony Point Road, Westport 06880.',
            location_confirmed='Yes, Stony Point Road in Westport.',
            suspect_or_weapon=('Our neighbour watched him from her window around midnight - a man in a ski mask, and '
                               'he was using a big hunting knife on the tires. He ran off toward the water. She had no '
                               'idea who he was.'),
            known_suspect=NO,
            weapon='Yes, the hunting knife he used on the tires.',
        ),
        _group='weapon',
        expect=other('ineligible', reason='weapon', incident_type='vandalism', location_decision='in_town'),
    ),
    dict(
        id='s45-inel-weapon-quarter-mile-road-leaf-blower-thief-clicked-taser',
        channel='sms',
        note=('a leaf blower taken from an open garage on Quarter Mile Road yesterday; in passing, in the opening, the '
              'thief clicked what the wife swears was a taser at her before leaving'),
        opening=['some guy took the leaf blower out of our open garage on quarter mile rd yesterday. my wife saw him '
                 'walking off with it n when she yelled he turned around n held up what she swears was a taser n '
                 'clicked it at her. then he just left. anyway can i report the blower here'],
        answers=dict(
            type_confirmed='ya theft of the blower',
            location='quarter mile road westport 06880, our garage',
            location_confirmed='quarter mile rd yes',
            suspect_or_weapon='no idea who he was, she said youngish, black jacket. he had the taser thing, it sparked blue',
            known_suspect=NO,
            weapon='yes the taser, she heard it crackle',
        ),
        _group='weapon',
        expect=other('ineligible', reason='weapon', incident_type='theft', location_decision='in_town'),
    ),
]


CANCELLED = [
    dict(
        id='s45-cancel-compo-hill-avenue-sunglasses-were-in-friends-cup-holder',
        channel='sms',
        note=('$320 prescription Ray-Bans lost on a run on Compo Hill Avenue; at confirmed the running partner finds '
              'them in her car\'s cup holder and the writer cancels'),
        opening=['lost my prescription sunglasses on my run this morning, ray-bans, $320, somewhere on compo hill ave'],
        answers=dict(
            type_confirmed='yes lost, nobody took them',
            location='compo hill avenue, westport',
            location_confirmed='ya compo hill ave',
            suspect_or_weapon='no suspect lol i prob just dropped them, no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='this morning between 7 n 7:45',
            items='black ray-ban prescription sunglasses in a brown case, $320',
            narrative='lost my black prescription ray-bans in a brown case on a run on compo hill ave this morning between 7 and 7:45',
            reporter_name='Marisol Ortega',
            reporter_email='marisol.ortega@example.com',
            reporter_phone='475-555-0153',
            confirmed='yes the ray-bans and the time are right',
        ),
        interjections=[dict(at='confirmed', text=(
            'hold on dont submit - my running buddy just texted, theyve been sitting in her cup holder since she '
            'drove me home. so sorry, cancel pls'))],
        expect=other('cancelled', incident_type='lost_property', location_decision='in_town'),
    ),
    dict(
        id='s45-cancel-sue-terrace-copper-downspouts-asks-for-officer-at-house',
        channel='web',
        note=('an elderly man\'s four copper downspouts taken from his garage on Sue Terrace; at suspect_or_weapon he '
              'asks for an officer to come to the house instead of typing'),
        opening=['Someone took the copper downspouts right off my garage on Sue Terrace. All four of them. I noticed '
                 'this morning.'],
        answers=dict(
            type_confirmed='Yes, that\'s a theft - the downspouts were copper, worth stealing I suppose.',
            location='My garage, Sue Terrace, Westport.',
            location_confirmed='That\'s right, Sue Terrace.',
            suspect_or_weapon='I have no idea who it would be. No weapons.',
        ),
        interjections=[dict(at='suspect_or_weapon', text=(
            'This is an awful lot of typing for my old hands. I would much rather an officer came by the house and '
            'wrote it all down, if that is still possible.'))],
        expect=other('cancelled', incident_type='theft', location_decision='in_town'),
    ),
    dict(
        id='s45-cancel-mallard-lane-truck-tool-bag-wants-a-real-person',
        channel='sms',
        note=('a tool bag and cash taken from an unlocked pickup on Mallard Lane; at reporter_name he asks to talk to a '
              'real person on the phone instead'),
        opening=['my truck got broken into in the driveway last night on mallard ln, they took my tool bag n some '
                 'cash out of the console'],
        answers=dict(
            type_confirmed='ya break in, stuff taken',
            location='mallard lane westport 06880, my driveway',
            location_confirmed='mallard ln westport',
            suspect_or_weapon='dunno who, didnt hear nothing. no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='between 9 last nite n 6 this am',
            vehicle='2019 ram 1500 black, CT plate 7TS-552',
            items='klein tool bag full of hand tools like $600, plus $45 cash',
            damage='none, i think i left it unlocked',
            narrative='overnight somebody got into my unlocked ram in the driveway on mallard lane and took my klein tool bag and $45 from the console',
            reporter_name='Cody Barrow',
        ),
        interjections=[dict(at='reporter_name', text=(
            'actually can i just talk to a real person? id feel better explaining this to somebody on the phone, '
            'this is a lot'))],
        expect=other('cancelled', incident_type='vehicle_burglary', location_decision='in_town'),
    ),
    dict(
        id='s45-cancel-crooked-mile-road-debit-charge-was-own-subscription',
        channel='web',
        note=('an unknown charge on a debit card, Crooked Mile Road; no time in the opening and at occurred_at the '
              'bank replies that it is her own streaming subscription under its parent company\'s name'),
        opening=['There\'s a charge on my debit card from a company I\'ve never heard of and I think someone has my card '
                 'number. I\'m on Crooked Mile Road.'],
        answers=dict(
            type_confirmed='Yes, identity theft, or card fraud - whichever it falls under.',
            location='Crooked Mile Road, Westport 06880.',
            location_confirmed='Yes, Crooked Mile Road.',
            suspect_or_weapon='I don\'t know who it could be. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='The charge posted yesterday.',
        ),
        interjections=[dict(at='occurred_at', text=(
            'Oh. The bank just wrote back - the charge is my own streaming subscription, it renewed under its parent '
            'company\'s name. Sorry, please disregard all of this.'))],
        _no_time=True,
        expect=other('cancelled', incident_type='identity_theft', location_decision='in_town'),
    ),
    dict(
        id='s45-cancel-blue-coat-lane-calls-for-husband-wants-to-talk-first',
        channel='web',
        note=('a man calls asking for her husband by an old college nickname and hangs up, Blue Coat Lane; at confirmed '
              'she holds off to talk to her husband first'),
        opening=['For about ten days I\'ve been getting calls from a man who asks for my husband by a nickname he hasn\'t '
                 'used since college, then hangs up when I ask who\'s calling. We live on Blue Coat Lane.'],
        answers=dict(
            type_confirmed='Harassing calls, I think so, yes.',
            location='Blue Coat Lane, Westport 06880 - the house line.',
            location_confirmed='Yes, Blue Coat Lane in Westport.',
            suspect_or_weapon='I can\'t say who he is. He\'s never threatened anyone, and no weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='The most recent was this morning at 9:10.',
            caller_number='203-555-0112 each time.',
            call_pattern='Once or twice a day for about ten days, mornings mostly.',
            narrative=('For ten days a caller, a man, has phoned our house line on Blue Coat Lane from 203-555-0112, asked for my '
                       'husband by an old college nickname and hung up when I asked who he was.'),
            reporter_name='Rosalind Achebe',
            reporter_email='rosalind.achebe@example.com',
            reporter_phone='203-555-0174',
            confirmed='Yes, that is accurate about the calls.',
        ),
        interjections=[dict(at='confirmed', text=(
            'Actually - please hold off on submitting. I\'d like to talk it over with my husband tonight before '
            'anything gets filed. I\'ll come back to it.'))],
        expect=other('cancelled', incident_type='harassing_phone_call', location_decision='in_town'),
    ),
]


INFORMATION = [
    dict(
        id='s45-info-copy-when-does-online-bike-report-copy-arrive',
        channel='web',
        note='asks when the copy of an online report with its case number arrives (topic copy)',
        opening=['I submitted a report online through the town website a few days ago about my son\'s bike. How long '
                 'until I get the copy with a case number? The insurance company keeps asking me for it.'],
        answers={},
        expect=other('information', topic='copy', describes='false'),
    ),
    dict(
        id='s45-info-records-old-2019-burglary-report-for-accountant',
        channel='sms',
        note='asks where to get a copy of an old burglary report from 2019 for an accountant (topic records)',
        opening=['hi where do i get a copy of an old police report? our house got broken into back in 2019 n my '
                 'accountant needs it for something'],
        answers={},
        expect=other('information', topic='records', describes='false'),
    ),
    dict(
        id='s45-info-state-police-who-handles-break-ins-at-sherwood-island',
        channel='web',
        note=('asks who takes a report of a car broken into at Sherwood Island, the town or someone else, for a '
              'neighbour last summer (topic state_police)'),
        opening=['Quick question: if someone\'s car gets broken into at Sherwood Island, do we report that to you or to '
                 'somebody else? It happened to my neighbor last summer and she never figured out who to call.'],
        answers={},
        expect=other('information', topic='state_police', describes='false'),
    ),
    dict(
        id='s45-info-other-town-bike-stolen-at-southport-station',
        channel='sms',
        note=('a Westport resident asks whether he can use this for a bike stolen outside the train station in '
              'Southport (a village of Fairfield) yesterday (topic other_town)'),
        opening=['can i use this to report something from southport? i live in westport but my bike got stolen '
                 'outside the train station there yesterday'],
        answers={},
        expect=other('information', topic='other_town', describes='false'),
    ),
    dict(
        id='s45-info-anonymous-graffiti-on-fence-does-my-name-go-on-it',
        channel='web',
        note=('two messages: whether her name goes on a report about graffiti on a fence along her street, because '
              'she does not want the neighbours to know (topic anonymous)'),
        opening=['Before I start anything - if I report the graffiti on the fence along our street, does my name go on '
                 'the report?',
                 'I\'d rather the neighbours didn\'t find out I was the one who reported it.'],
        answers={},
        expect=other('information', topic='anonymous', describes='false'),
    ),
]
