"""sealed-44: emergency (12), ineligible (12), cancelled (5) and information (5) conversations.

Writer's flags (not written out): _no_place / _no_time as in conv_filed.py; _group names the
ineligible sub-group (outside_town, sherwood_island, highway, known_suspect, weapon, unsupported_type);
_emergency_where is 'opening' or 'interjection'.
"""

NO = 'No.'


def _expect(outcome, incident_type, location_decision, reason=None, topic=None, emergency_message=None,
            describes=True):
    return {
        'outcome': outcome,
        'reason': reason,
        'topic': topic,
        'incident_type': incident_type,
        'location_decision': location_decision,
        'emergency_message': emergency_message,
        'first_message_describes': 'true' if describes else 'false',
        'record': None,
    }


# ---------------------------------------------------------------------------------------------- emergency (12)
_E1_2 = ('oh god he just fell. my husband went up the ladder to scrub it off and came down on the driveway, hes not '
         'answering me and theres blood coming from by his ear')
_E2 = ('i cant call he\'ll hear me. someone broke in downstairs at my house on clinton ave westport, i can hear him '
       'pulling drawers open. im in the upstairs closet w my daughter')
_E3 = ('How do I report a lost cell phone? My father dropped his somewhere today. Also, he has been slurring his words '
       'since lunch and the left side of his face looks droopy, but he insists he\'s only tired. We\'re at his house on '
       'Minute Man Hill.')
_E4_2 = ('He just texted me a photo of my own front door on Cob Drive, taken from the street, with the words "open '
         'up". There is a dark car idling at the bottom of my driveway right now with its lights off.')
_E5 = ('guy is cutting the lock off my bike rn at the rack outside town hall on myrtle ave. hes got bolt cutters n a '
       'gray hoodie, im across the lot watching him')
_M1 = ('wait theres a guy in a black hoodie going down the street right now pulling on car door handles, he just '
       'opened my neighbors van 2 houses down')
_M2 = ('I have to stop - she just fell down the basement stairs looking for it. She\'s at the bottom, bleeding from '
       'the back of her head, and she doesn\'t know what day it is.')
_M3 = ('I\'m sorry, I can\'t think about dates. Since I opened that letter my chest feels crushed, my left arm has gone '
       'numb and I\'m sweating straight through my blouse.')
_M4 = ('Hang on - the roof over our garage is smoking. Sparks from the neighbor\'s chimney landed on it and there\'s a '
       'little line of flame along the gutter now. Nobody else is home.')
_M5 = ('omg someone is pounding on my front door rn n its HIS voice, hes yelling my name n saying open up he knows '
       'im home. im by myself')
_M6 = ('Sorry, I have to go. My dad has Alzheimer\'s - he was napping in the den ten minutes ago and now the back door '
       'is wide open and he\'s gone. His coat and boots are still by the door and it\'s about 30 degrees out.')
_M7 = ('hold on a car just hit a kid on a bike right in front of our house n kept going. hes lying in the road not '
       'getting up')

EMERGENCY = [
    {
        'id': 's44-emg-opening-bluewater-lane-graffiti-then-husband-falls-from-ladder',
        'channel': 'sms',
        'note': 'opens with a graffiti report on Bluewater Lane; the second opening message says the husband fell off '
                'the ladder while scrubbing it, is not answering and bleeds by the ear',
        'opening': [
            'hi want to report graffiti on our garage door on bluewater lane, someone sprayed a big black smiley face '
            'on it overnight',
            _E1_2,
        ],
        'answers': {},
        'after_end': ['ambulance just pulled up, ill deal w the smiley face thing another day'],
        'expect': _expect('emergency', None, None, emergency_message=_E1_2),
        '_emergency_where': 'opening',
    },
    {
        'id': 's44-emg-opening-clinton-avenue-texting-from-closet-intruder-downstairs',
        'channel': 'sms',
        'note': 'cannot call: an intruder downstairs on Clinton Avenue, the writer and her daughter hiding in an '
                'upstairs closet',
        'opening': [_E2],
        'answers': {},
        'after_end': ['ok we are staying quiet in the closet, he just went out the back i think'],
        'expect': _expect('emergency', None, None, emergency_message=_E2),
        '_emergency_where': 'opening',
    },
    {
        'id': 's44-emg-opening-minute-man-hill-lost-phone-question-and-stroke-signs',
        'channel': 'web',
        'note': 'a question about a lost phone and, in the same message, stroke signs played down ("he insists he\'s '
                'only tired") on Minute Man Hill',
        'opening': [_E3],
        'answers': {},
        'expect': _expect('emergency', None, None, emergency_message=_E3),
        '_emergency_where': 'opening',
    },
    {
        'id': 's44-emg-opening-cob-drive-laughing-caller-then-photo-of-door-car-idling',
        'channel': 'web',
        'note': 'opens with harassing calls; the second opening message: the caller texted a photo of her front door '
                'on Cob Drive and a car idles at the bottom of the driveway now',
        'opening': [
            'I\'d like to report harassing calls. A blocked number has rung my cell about thirty times this week and '
            'the man just laughs and hangs up.',
            _E4_2,
        ],
        'answers': {},
        'after_end': ['The car just drove off with its lights still off. I\'m staying inside with every door locked.'],
        'expect': _expect('emergency', None, None, emergency_message=_E4_2),
        '_emergency_where': 'opening',
    },
    {
        'id': 's44-emg-opening-town-hall-bike-lock-being-cut-right-now',
        'channel': 'sms',
        'note': 'a theft in progress: a man cutting the lock of the writer\'s bike at the rack outside Town Hall on '
                'Myrtle Avenue while she watches',
        'opening': [_E5],
        'answers': {},
        'after_end': ['hes riding off on it now, going down myrtle'],
        'expect': _expect('emergency', None, None, emergency_message=_E5),
        '_emergency_where': 'opening',
    },
    {
        'id': 's44-emg-mid-ludlow-road-car-prowler-back-at-suspect-question',
        'channel': 'sms',
        'note': 'a vehicle burglary on Ludlow Road; at suspect_or_weapon a man in a black hoodie is trying car doors on '
                'the street right now',
        'opening': [
            'someone went thru my car last nite on ludlow rd, took my golf rangefinder n a bag of returns i was '
            'bringing back to the mall',
        ],
        'answers': {
            'type_confirmed': 'ya break in, they went in the car n took stuff',
            'location': 'ludlow road westport, in front of my house',
            'location_confirmed': 'yes ludlow rd in westport, car was at the curb',
            'suspect_or_weapon': 'i dont know who it was, no weapons that i saw',
        },
        'interjections': [{'at': 'suspect_or_weapon', 'text': _M1}],
        'after_end': ['he took off running toward the woods behind the houses when my neighbors light came on'],
        'expect': _expect('emergency', 'vehicle_burglary', 'in_town', emergency_message=_M1),
        '_emergency_where': 'interjection',
    },
    {
        'id': 's44-emg-mid-hearing-aid-wife-falls-down-basement-stairs-at-location',
        'channel': 'web',
        'note': 'a lost hearing aid, the opening names no place; at location the wife falls down the basement stairs '
                'looking for it, bleeding and confused',
        'opening': [
            'My wife has lost one of her hearing aids, the right one. They cost $2,400 a pair and the insurance wants '
            'a police report before they will replace it.',
        ],
        'answers': {
            'type_confirmed': 'Lost property is right. She thinks it popped out when she pulled her scarf off.',
            'location': 'Juniper Road in Westport, at home, or somewhere between here and the pharmacy.',
        },
        'interjections': [{'at': 'location', 'text': _M2}],
        'expect': _expect('emergency', 'lost_property', None, emergency_message=_M2),
        '_no_place': True,
        '_emergency_where': 'interjection',
    },
    {
        'id': 's44-emg-mid-marion-road-heloc-fraud-chest-pain-at-occurred-at',
        'channel': 'web',
        'note': 'a widow on Marion Road: a home equity line opened in her and her late husband\'s names, the opening '
                'gives no time; at occurred_at crushing chest pain and a numb left arm',
        'opening': [
            'Someone has taken out a home equity line against our house on Marion Road using my late husband\'s name '
            'and mine. The bank says $68,000 has already been drawn on it.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft - neither of us ever applied for it.',
            'location': 'Our house on Marion Road, Westport.',
            'location_confirmed': 'Yes, Marion Road in Westport.',
            'suspect_or_weapon': 'Nobody I can think of. No one has threatened me and there are no weapons, only paperwork.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The bank\'s letter came three days ago.',
        },
        'interjections': [{'at': 'occurred_at', 'text': _M3}],
        'expect': _expect('emergency', 'identity_theft', 'in_town', emergency_message=_M3),
        '_no_time': True,
        '_emergency_where': 'interjection',
    },
    {
        'id': 's44-emg-mid-colony-road-dented-hood-garage-roof-catches-at-confirmed',
        'channel': 'web',
        'note': 'a dented hood on Colony Road, filed all the way to the summary; at confirmed the garage roof is '
                'smoking from the neighbour\'s chimney sparks and a flame runs along the gutter',
        'opening': [
            'Someone dented the hood of my car with what looks like a rock while it was parked on Colony Road '
            'yesterday afternoon.',
        ],
        'answers': {
            'type_confirmed': 'Damage to the Sorento, yes, only the dent in the hood.',
            'location': 'Colony Road, Westport, in front of our house.',
            'location_confirmed': 'Yes, Colony Road in Westport.',
            'suspect_or_weapon': 'I didn\'t see who did it and nobody was hurt. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 1 and 4:30 in the afternoon.',
            'vehicle': 'Blue 2019 Kia Sorento, Connecticut plate 2MF-903.',
            'damage': 'A dent the size of a fist in the middle of the hood with a chip down to the primer.',
            'narrative': 'Yesterday between 1 and 4:30 PM my blue Kia Sorento was parked on Colony Road. When I came '
                         'out there was a fist-sized dent in the middle of the hood with a chip in the paint. A rock '
                         'was lying next to the car. Whoever threw it was long gone.',
            'reporter_name': 'Ingrid Solberg-Hayes',
            'reporter_email': 'ingrid.sh@example.com',
            'reporter_phone': '203-555-0130',
            'confirmed': 'The Sorento summary is correct.',
        },
        'interjections': [{'at': 'confirmed', 'text': _M4}],
        'after_end': ['I\'m out on the front lawn with the cat, I can hear the sirens coming'],
        'expect': _expect('emergency', 'damage_to_motor_vehicle', 'in_town', emergency_message=_M4),
        '_emergency_where': 'interjection',
    },
    {
        'id': 's44-emg-mid-dogwood-lane-gym-caller-pounding-on-door-at-reporter-phone',
        'channel': 'sms',
        'note': 'harassing calls from 203-555-0145 on Dogwood Lane by a man who says he saw her at the gym; at '
                'reporter_phone the same voice is pounding on her door',
        'opening': [
            'a man keeps calling my cell from 203-555-0145 saying he saw me at the gym n knows where i live. 20+ '
            'calls in 4 days',
        ],
        'answers': {
            'type_confirmed': 'yes harassing calls, the gym creep',
            'location': 'dogwood lane westport, my house',
            'location_confirmed': 'ya dogwood ln westport',
            'suspect_or_weapon': 'never seen his face that i know of, never gave my number to any guy there. no weapons '
                                 'that i know of',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last one was at 12:40 today',
            'caller_number': '203-555-0145 every time',
            'call_pattern': 'like 5 or 6 a day for 4 days, mostly at night',
            'narrative': 'for 4 days a man has called my cell from 203-555-0145 five or six times a day saying he saw '
                         'me at the gym and knows where i live. i dont know who he is',
            'reporter_name': 'Brianna Coelho',
            'reporter_email': 'bri.coelho@example.com',
            'reporter_phone': '475-555-0119',
        },
        'interjections': [{'at': 'reporter_phone', 'text': _M5}],
        'expect': _expect('emergency', 'harassing_phone_call', 'in_town', emergency_message=_M5),
        '_emergency_where': 'interjection',
    },
    {
        'id': 's44-emg-mid-woodcock-lane-planters-father-with-alzheimers-gone-at-reporter-name',
        'channel': 'web',
        'note': 'two wrought-iron planters stolen from the steps on Woodcock Lane; at reporter_name her father with '
                'Alzheimer\'s has walked out the back door without coat or boots',
        'opening': [
            'Someone took the two wrought-iron planters from our front steps on Woodcock Lane last night, evergreens '
            'and all.',
        ],
        'answers': {
            'type_confirmed': 'Yes, a theft - the planters were definitely there at bedtime.',
            'location': 'Our front steps on Woodcock Lane, Westport.',
            'location_confirmed': 'Woodcock Lane in Westport is right.',
            'suspect_or_weapon': 'We don\'t know who took them, and no one saw any weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between about 10:30 last night and 7 this morning.',
            'items': 'Two black wrought-iron planters, about knee high, each with a small potted spruce. About $150 '
                     'for the pair.',
            'narrative': 'Between about 10:30 PM and 7 AM someone took the two black wrought-iron planters with potted '
                         'spruces from our front steps on Woodcock Lane. Nobody saw them being carried off.',
            'reporter_name': 'Caroline Abernathy',
        },
        'interjections': [{'at': 'reporter_name', 'text': _M6}],
        'after_end': ['We\'re out looking along the road now. He has on a red flannel shirt and slippers.'],
        'expect': _expect('emergency', 'theft', 'in_town', emergency_message=_M6),
        '_emergency_where': 'interjection',
    },
    {
        'id': 's44-emg-mid-mortar-rock-road-lights-pulled-child-hit-by-car-at-suspect-question',
        'channel': 'sms',
        'note': 'Christmas lights pulled down and an inflatable snowman slashed on Mortar Rock Road; at '
                'suspect_or_weapon a car hits a boy on a bike in front of the house and drives off',
        'opening': [
            'some1 pulled down the xmas lights on our fence n slashed the big inflatable snowman last nite on mortar '
            'rock rd',
        ],
        'answers': {
            'type_confirmed': 'ya vandalism, the lights n the snowman',
            'location': 'mortar rock road westport',
            'location_confirmed': 'yes mortar rock rd, the house w the snowman',
            'suspect_or_weapon': 'no clue who did it, no weapons',
        },
        'interjections': [{'at': 'suspect_or_weapon', 'text': _M7}],
        'expect': _expect('emergency', 'vandalism', 'in_town', emergency_message=_M7),
        '_emergency_where': 'interjection',
    },
]

# ---------------------------------------------------------------------------------------------- ineligible (12)
INELIGIBLE = [
    {
        'id': 's44-inel-outside-saugatuck-avenue-norwalk-end-bike-at-sisters-building',
        'channel': 'web',
        'note': 'a bike stolen outside his sister\'s building; the opening names no place; at location "Saugatuck '
                'Avenue, but the Norwalk end of it, past the town line" (Norwalk has a Saugatuck Avenue too)',
        'opening': [
            'Someone took my bike from outside my sister\'s apartment building yesterday evening. It was locked to the '
            'railing with a cable lock and the cable was cut.',
        ],
        'answers': {
            'type_confirmed': 'Theft, yes, the bike is gone and the cut cable was left on the ground.',
            'location': 'Saugatuck Avenue, but the Norwalk end of it, past the town line. Her building is in Norwalk, '
                        'I live in Westport.',
        },
        'expect': _expect('ineligible', 'theft', 'outside_town', reason='outside_town'),
        '_group': 'outside_town',
        '_no_place': True,
    },
    {
        'id': 's44-inel-outside-southport-woods-drive-eggs-on-rental-cottage',
        'channel': 'sms',
        'note': 'a tenant reports eggs on her rental cottage in Southport (a village of Fairfield): at location '
                '"Southport Woods Drive ... our mail says Fairfield"',
        'opening': [
            'our rental cottage in southport got egged all over the front windows n siding last nite, im the tenant '
            'not the owner',
        ],
        'answers': {
            'type_confirmed': 'yes vandalism, eggs everywhere, dried on now',
            'location': 'southport woods drive, southport. our mail says fairfield but its basically next to westport',
        },
        'expect': _expect('ineligible', 'vandalism', 'outside_town', reason='outside_town'),
        '_group': 'outside_town',
    },
    {
        'id': 's44-inel-sherwood-island-beach-lot-window-smashed-bag-gone',
        'channel': 'web',
        'note': 'a car broken into in the parking lot at Sherwood Island State Park during a morning walk',
        'opening': [
            'I went for a walk at Sherwood Island this morning and came back to my car with the passenger window '
            'smashed. My tote bag with my phone charger, sunglasses and a wallet is gone.',
        ],
        'answers': {
            'type_confirmed': 'Yes, a car break-in, they smashed the glass to get the bag.',
            'location': 'The main parking lot at Sherwood Island State Park, the row closest to the water.',
        },
        'expect': _expect('ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
        '_group': 'sherwood_island',
    },
    {
        'id': 's44-inel-sherwood-island-park-at-end-of-connector-tires-deflated',
        'channel': 'sms',
        'note': 'air let out of all four tires; the opening names no place; at location the park is described, not '
                'named, as "the state park at the bottom of the Sherwood Island Connector, off exit 18"',
        'opening': [
            'some jerk let the air out of all 4 of my tires while i was out walking by the water this morning. valve caps '
            'tossed on the ground next to the car',
        ],
        'answers': {
            'type_confirmed': 'ya messing w my car, tampering i guess. nothing taken',
            'location': 'the state park at the bottom of the sherwood island connector, off exit 18. beach lot',
        },
        'expect': _expect('ineligible', 'vehicle_tampering', 'excluded_area', reason='excluded_area'),
        '_group': 'sherwood_island',
        '_no_place': True,
    },
    {
        'id': 's44-inel-highway-i95-north-shoulder-past-exit-17-broken-down-car-smashed',
        'channel': 'web',
        'note': 'a broken-down car left overnight on the I-95 northbound shoulder just past exit 17: windshield '
                'smashed and two tires slashed; the opening names no place',
        'opening': [
            'My car broke down last night and I had to leave it on the shoulder until morning. When I came back with '
            'the tow truck the windshield was smashed and two tires were slashed.',
        ],
        'answers': {
            'type_confirmed': 'Damage to the car, yes. Nothing was taken, it was just wrecked.',
            'location': 'On I-95 northbound, on the shoulder just past exit 17 in Westport.',
        },
        'expect': _expect('ineligible', 'damage_to_motor_vehicle', 'excluded_area', reason='excluded_area'),
        '_group': 'highway',
        '_no_place': True,
    },
    {
        'id': 's44-inel-highway-merritt-exit-20-off-ramp-overnight-gym-bag-taken',
        'channel': 'sms',
        'note': 'a car that died on the Merritt and was left overnight on the shoulder of the northbound exit 20 '
                'off-ramp ("the old exit 41 ... down to Wilton Road"): window smashed, gym bag taken',
        'opening': [
            'my car died on the merritt last nite n i had to leave it overnight. when the tow guy got there this am '
            'the window was smashed n my gym bag was gone',
        ],
        'answers': {
            'type_confirmed': 'ya break in, they smashed the back window for the bag',
            'location': 'on the shoulder of the exit 20 off ramp northbound, the old exit 41, the one that comes down '
                        'to wilton rd in westport',
        },
        'expect': _expect('ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
        '_group': 'highway',
    },
    {
        'id': 's44-inel-known-suspect-bulkley-avenue-north-ex-roommate-took-console-in-opening',
        'channel': 'web',
        'note': 'names the suspect in the opening: an ex-roommate, Derek Vollmer, took a PlayStation 5 when he moved '
                'out of their place on Bulkley Avenue North; a few answers in case the assistant confirms first',
        'opening': [
            'My old roommate, Derek Vollmer, took my PlayStation 5 and both controllers when he moved out of our place '
            'on Bulkley Avenue North last weekend. He won\'t answer my texts about it.',
        ],
        'answers': {
            'type_confirmed': 'Theft, yes. He took things that are mine, not his.',
            'location': 'Bulkley Avenue North, Westport 06880.',
            'location_confirmed': 'Yes, that\'s where we lived together until he left.',
            'suspect_or_weapon': 'Like I said, it was Derek. He was the only other person with a key. No weapons, '
                                 'though.',
            'known_suspect': 'Yes, Derek Vollmer, my ex-roommate. I have his number and his new address in Norwalk.',
        },
        'expect': _expect('ineligible', 'theft', 'in_town', reason='known_suspect'),
        '_group': 'known_suspect',
    },
    {
        'id': 's44-inel-known-suspect-ridgewood-lane-card-used-nephew-named-at-suspect-question',
        'channel': 'web',
        'note': 'a credit card used for $940 of sneakers and games; at the suspect question she names her nephew Marco '
                'Bellini, who stayed with them and had the sneakers shipped to his mother\'s address',
        'opening': [
            'Someone used my credit card number to buy $940 of sneakers and video games online. My bank flagged it '
            'yesterday. I live on Ridgewood Lane in Westport.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft - somebody ran up $940 on my card.',
            'location': 'Ridgewood Lane, Westport, CT 06880.',
            'location_confirmed': 'Yes, Ridgewood Lane, the house with the red door.',
            'suspect_or_weapon': 'I hate to say it, but I think it was my nephew. He stayed with us last week, my '
                                 'wallet was on the counter, and the sneakers were shipped to his mother\'s address.',
            'known_suspect': 'Yes - Marco Bellini, my sister\'s son. He\'s 19.',
        },
        'expect': _expect('ineligible', 'identity_theft', 'in_town', reason='known_suspect'),
        '_group': 'known_suspect',
    },
    {
        'id': 's44-inel-weapon-hillandale-road-prowler-with-handgun-on-neighbors-camera',
        'channel': 'sms',
        'note': 'a car gone through on Hillandale Road; at the suspect question the neighbour\'s camera shows a '
                'handgun in the prowler\'s waistband; he left around 3 a.m.',
        'opening': [
            'my car got gone thru last nite on hillandale rd, they took my sunglasses case n a bluetooth speaker',
        ],
        'answers': {
            'type_confirmed': 'yes car break in, it was unlocked',
            'location': 'hillandale road, westport, in my driveway',
            'location_confirmed': 'ya hillandale rd westport',
            'suspect_or_weapon': 'dont know who he is. but my neighbors camera got him n u can clearly see a handgun '
                                 'sticking out of his waistband when he leans into my car. he left around 3am',
            'known_suspect': NO,
            'weapon': 'yes a handgun, its plain as day on the video, tucked in his pants',
        },
        'expect': _expect('ineligible', 'vehicle_burglary', 'in_town', reason='weapon'),
        '_group': 'weapon',
    },
    {
        'id': 's44-inel-weapon-stonewall-lane-crossbow-bolt-through-car-door',
        'channel': 'web',
        'note': 'a hole through a car door on Stonewall Lane; at the suspect question it turns out a crossbow bolt is '
                'still stuck in the door; nobody around',
        'opening': [
            'Something punched a hole clean through my driver\'s door overnight while the car was parked on Stonewall '
            'Lane.',
        ],
        'answers': {
            'type_confirmed': 'Damage to my car, yes - a hole right through the driver door.',
            'location': 'Stonewall Lane in Westport, in front of our house.',
            'location_confirmed': 'That\'s right, Stonewall Lane.',
            'suspect_or_weapon': 'No idea who. But the thing is still stuck in the door - it\'s a crossbow bolt with '
                                 'orange feathers. Somebody shot it at my car.',
            'known_suspect': NO,
            'weapon': 'Yes, I suppose a crossbow counts. The bolt is still sitting in the door.',
        },
        'expect': _expect('ineligible', 'damage_to_motor_vehicle', 'in_town', reason='weapon'),
        '_group': 'weapon',
    },
    {
        'id': 's44-inel-unsupported-grays-farm-road-sons-dirt-bike-stolen',
        'channel': 'web',
        'note': 'a stolen dirt bike from beside the shed on Grays Farm Road (motor_vehicle_theft, not an online type); '
                'a few answers in case the assistant confirms first',
        'opening': [
            'My son\'s red Honda dirt bike was stolen from beside our shed on Grays Farm Road last night. The chain we '
            'had it locked with was cut and left in the grass.',
        ],
        'answers': {
            'type_confirmed': 'It\'s a stolen motorbike, yes - the dirt bike.',
            'location': 'Grays Farm Road, Westport, beside the shed behind our house.',
            'location_confirmed': 'Yes, Grays Farm Road in Westport.',
        },
        'expect': _expect('ineligible', 'motor_vehicle_theft', 'in_town', reason='unsupported_type'),
        '_group': 'unsupported_type',
    },
    {
        'id': 's44-inel-unsupported-lantern-hill-road-plateless-pickup-parked-three-weeks',
        'channel': 'web',
        'note': 'a pickup with no plates parked for three weeks in front of the house on Lantern Hill Road and a '
                'request to tow it (no online type, incident_type null, answers {})',
        'opening': [
            'There\'s a pickup truck with no plates that has been parked in front of our house on Lantern Hill Road '
            'for three weeks. Nobody ever moves it and the plow has to swerve around it. Can someone come and have it '
            'towed?',
        ],
        'answers': {},
        'expect': _expect('ineligible', None, 'in_town', reason='unsupported_type'),
        '_group': 'unsupported_type',
    },
]

# ---------------------------------------------------------------------------------------------- cancelled (5)
CANCELLED = [
    {
        'id': 's44-cancel-compo-beach-road-keys-on-leash-hook-at-suspect-question',
        'channel': 'sms',
        'note': 'keys lost near Compo Beach Road on a dog walk; at suspect_or_weapon his wife finds them on the '
                'leash hook by the back door',
        'opening': [
            'lost my car keys n house key on a carabiner somewhere near compo beach rd this morning, walked the dog '
            'down there',
        ],
        'answers': {
            'type_confirmed': 'ya lost, i think they fell out of my jacket',
            'location': 'compo beach road westport, the walk along the beach',
            'location_confirmed': 'yes compo beach rd, walked the whole length w the dog',
            'suspect_or_weapon': 'nobody took em, i dropped them somewhere. no weapons obviously',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'nvm!!! my wife just texted a pic, the carabiner was on the leash hook by the back door the whole '
                     'time. sorry for wasting ur time'},
        ],
        'expect': _expect('cancelled', 'lost_property', 'in_town'),
    },
    {
        'id': 's44-cancel-wright-street-card-charges-were-wife-and-daughter-at-confirmed',
        'channel': 'web',
        'note': 'three card charges he did not make ($412 ski shop, $86 restaurant, $29 streaming) on Wright Street; '
                'at confirmed his wife reads the summary and explains all three',
        'opening': [
            'There are three charges on my credit card I didn\'t make: $412 at a ski shop, $86 at a restaurant and $29 '
            'for a streaming service. I\'m on Wright Street in Westport.',
        ],
        'answers': {
            'type_confirmed': 'Identity theft, I assume - someone using my card number.',
            'location': 'Wright Street, Westport 06880.',
            'location_confirmed': 'Yes, Wright Street is where the card statements come.',
            'suspect_or_weapon': 'No idea who would have my number. Nothing involving weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The charges posted yesterday; I saw them last night on the app.',
            'accounts': 'My Visa card: $412 at a ski shop, $86 at a restaurant, $29 streaming subscription.',
            'narrative': 'Yesterday three charges I did not make posted to my Visa: $412 at a ski shop, $86 at a '
                         'restaurant and $29 for a streaming service. None of them were mine.',
            'reporter_name': 'Howard Brinkerhoff',
            'reporter_email': 'h.brinkerhoff@example.com',
            'reporter_phone': '203-555-0196',
            'confirmed': 'Yes, the ski shop, restaurant and streaming charges are listed right.',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Please don\'t submit this. My wife just read it over my shoulder: the ski shop and the restaurant '
                     'were her, with my card number, for the kids\' boots and lunch afterwards. The streaming one is '
                     'our daughter. Very sorry.'},
        ],
        'expect': _expect('cancelled', 'identity_theft', 'in_town'),
    },
    {
        'id': 's44-cancel-evergreen-parkway-boots-package-neighbor-had-it-at-reporter-name',
        'channel': 'sms',
        'note': 'a package of winter boots missing from the porch on Evergreen Parkway; at reporter_name the '
                'neighbour walks over with the box',
        'opening': [
            'my package w new winter boots says delivered today at 9:40 but its not on my porch on evergreen pkwy. '
            'pretty sure someone stole it',
        ],
        'answers': {
            'type_confirmed': 'ya theft, porch pirate probably',
            'location': 'evergreen parkway westport',
            'location_confirmed': 'ya evergreen pkwy, the blue house',
            'suspect_or_weapon': 'dunno who took it, no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'delivered 9:40 this morning, gone when i got home at 12',
            'items': 'one box, sorel winter boots, $165',
            'narrative': 'my package with sorel winter boots was delivered at 9:40 this morning and was gone from my '
                         'porch when i got home at noon',
            'reporter_name': 'Jasmine Whitaker',
        },
        'interjections': [
            {'at': 'reporter_name',
             'text': 'wait my neighbor from across the street just walked over w the box lol, she took it in so it '
                     'wouldnt get snowed on. cancel pls'},
        ],
        'expect': _expect('cancelled', 'theft', 'in_town'),
    },
    {
        'id': 's44-cancel-hood-up-husband-jumped-neighbors-car-at-location',
        'channel': 'web',
        'note': 'a hood found standing open and the battery cover off; the opening names no place; at location the '
                'husband says he jump-started the neighbour\'s car and forgot to close it (the answer is Tamarac '
                'Road)',
        'opening': [
            'I came out this morning and the hood of my car was standing wide open and the plastic battery cover was '
            'pulled off. Nothing else looks touched.',
        ],
        'answers': {
            'type_confirmed': 'Tampering, I\'d say. Somebody was under that hood.',
            'location': 'Tamarac Road in Westport, in our driveway.',
        },
        'interjections': [
            {'at': 'location',
             'text': 'Oh for heaven\'s sake. My husband just came downstairs and says he jumped the neighbor\'s dead '
                     'battery last night and forgot to shut the hood. Please disregard all of this.'},
        ],
        'expect': _expect('cancelled', 'vehicle_tampering', None),
        '_no_place': True,
    },
    {
        'id': 's44-cancel-sunrise-road-repeat-caller-is-orthodontist-at-occurred-at',
        'channel': 'sms',
        'note': 'the same number calling over and over with no voicemail on Sunrise Road; the opening gives no time; '
                'at occurred_at she picks up and it is her son\'s orthodontist',
        'opening': [
            'the same number 475-555-0128 keeps calling me over n over n never leaves a voicemail, im on sunrise rd '
            'westport',
        ],
        'answers': {
            'type_confirmed': 'ya harassing calls i guess, its constant',
            'location': 'sunrise road westport 06880',
            'location_confirmed': 'yes sunrise rd, thats my house',
            'suspect_or_weapon': 'no idea who it is. no threats or weapons, just ringing',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'started 3 days ago, last one this morning at 9:15',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': 'ok so i finally picked up n its my kids orthodontist trying to move his appt. embarrassing. pls '
                     'cancel this report'},
        ],
        'expect': _expect('cancelled', 'harassing_phone_call', 'in_town'),
        '_no_time': True,
    },
]

# ---------------------------------------------------------------------------------------------- information (5)
INFORMATION = [
    {
        'id': 's44-info-anonymous-cavalry-road-keyed-cars-keep-name-off',
        'channel': 'web',
        'note': 'asks whether his name has to go on a report about cars being keyed on Cavalry Road (anonymous)',
        'opening': [
            'If I report that someone keeps keying cars parked along Cavalry Road, does my name have to be on it? I '
            'would rather the neighbors never find out the report came from me.',
        ],
        'answers': {},
        'expect': _expect('information', None, None, topic='anonymous', describes=False),
    },
    {
        'id': 's44-info-copy-kayak-report-case-email-deleted',
        'channel': 'sms',
        'note': 'two messages: she filed a stolen-kayak report online and got the case number, then deleted the e-mail '
                'and asks how to get another copy for the insurer (copy)',
        'opening': [
            'i filed a report online for my stolen kayak about 10 days ago n got a case number back',
            'problem is i deleted that email by accident. how do i get another copy of the report for my insurance?',
        ],
        'answers': {},
        'expect': _expect('information', None, None, topic='copy', describes=False),
    },
    {
        'id': 's44-info-records-post-road-accident-report-for-lawyer',
        'channel': 'web',
        'note': 'wants the report of a car accident on the Post Road last month for his lawyer (records)',
        'opening': [
            'I was in a car accident on the Post Road last month and my lawyer wants a copy of the police accident '
            'report. Where do I go to get that?',
        ],
        'answers': {},
        'expect': _expect('information', None, None, topic='records', describes=False),
    },
    {
        'id': 's44-info-state-police-merritt-exit-21-sideswipe-who-handles',
        'channel': 'sms',
        'note': 'a sideswipe on the Merritt northbound near exit 21 last night: who handles it (state_police)',
        'opening': [
            'someone sideswiped me on the merritt northbound near exit 21 last nite n just kept going. do i report '
            'that to u guys or the state?',
        ],
        'answers': {},
        'expect': _expect('information', None, None, topic='state_police', describes=False),
    },
    {
        'id': 's44-info-animal-control-roseville-road-fox-with-hurt-leg',
        'channel': 'web',
        'note': 'a fox lying in the driveway on Roseville Road since morning with a hurt back leg (animal_control)',
        'opening': [
            'There\'s a fox that has been lying in our driveway on Roseville Road since this morning. It doesn\'t run '
            'when we open the door and one back leg looks hurt. Who should I call about it?',
        ],
        'answers': {},
        'expect': _expect('information', None, None, topic='animal_control', describes=False),
    },
]
