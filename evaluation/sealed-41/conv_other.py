"""sealed-41: emergency, ineligible, cancelled and information conversations (hand-written)."""


def expect(outcome, itype, location_decision, reason=None, topic=None, emergency_message=None, describes='true'):
    return {
        'outcome': outcome,
        'reason': reason,
        'topic': topic,
        'incident_type': itype,
        'location_decision': location_decision,
        'emergency_message': emergency_message,
        'first_message_describes': describes,
        'record': None,
    }


# ================================================================== emergency
EMERGENCY = []

# ---- signalled in the opening (5)
_E1 = ('My neighbor\'s smoke alarm has been going nonstop for like 20 minutes and now I can see smoke at her '
       'upstairs window. Her car is in the driveway, she\'s 90 and lives alone on Tamarac Road. Is this the right '
       'place to report it?')
EMERGENCY.append({
    'id': 's41-emer-opening-tamarac-road-smoke-at-elderly-neighbors-window',
    'channel': 'web',
    'note': 'opening: a 90-year-old neighbour\'s smoke alarm going for 20 minutes and smoke at her upstairs window, '
            'her car in the driveway, Tamarac Road, asked politely as "Is this the right place to report it?"',
    'opening': [_E1],
    'answers': {},
    'after_end': [
        'ok my husband is on with 911 now',
        'fire trucks just turned onto the street',
    ],
    'expect': expect('emergency', None, None, emergency_message=_E1),
})

_E2 = ('my dad fell in the shower and cant get up and hes not making sense when he talks. im in chicago, hes alone at '
       'his house on hickory hill road. i called him and he picks up but just mumbles. can someone go over there')
EMERGENCY.append({
    'id': 's41-emer-opening-hickory-hill-road-father-fell-daughter-in-chicago',
    'channel': 'sms',
    'note': 'opening: a daughter in Chicago whose father fell in the shower on Hickory Hill Road, cannot get up and '
            'only mumbles on the phone ("can someone go over there", no word "emergency")',
    'opening': [_E2],
    'answers': {},
    'after_end': [
        'ok i called 911 from here and they are sending someone',
        'the ambulance is there, my neighbor texted me',
    ],
    'expect': expect('emergency', None, None, emergency_message=_E2),
})

_E3 = ('actually there\'s a guy in a hoodie in our garage RIGHT NOW, I can see him on the camera going through the '
       'car. I\'m upstairs with the kids on Lantern Hill Road')
EMERGENCY.append({
    'id': 's41-emer-opening-lantern-hill-road-man-in-garage-on-camera',
    'channel': 'web',
    'note': 'opening in two messages: "Hello, I need to report some damage to my car" and then a man in a hoodie in the '
            'garage right now going through the car on camera, the writer upstairs with the kids, Lantern Hill Road',
    'opening': [
        'Hello, I need to report some damage to my car',
        _E3,
    ],
    'answers': {},
    'after_end': [
        '911 is on the phone with me',
        'he ran out toward the woods behind the house',
    ],
    'expect': expect('emergency', None, None, emergency_message=_E3),
})

_E4 = ('is there a form for lost property? i want to report my wedding ring lost. doesnt really matter anymore, i '
       'wrote letters to my kids this morning and i wont be needing it after today')
EMERGENCY.append({
    'id': 's41-emer-opening-lost-wedding-ring-letters-to-the-kids',
    'channel': 'web',
    'note': 'opening: a lost-property question that hides a goodbye ("i wrote letters to my kids this morning and i '
            'wont be needing it after today"); no place given',
    'opening': [_E4],
    'answers': {},
    'after_end': [
        'i dont want to call anyone',
        'ok. my sister is coming over. i\'ll text 988',
    ],
    'expect': expect('emergency', None, None, emergency_message=_E4),
})

_E5 = ('he just called again and said hes parked outside and can see me through the window. theres a gray car just '
       'sitting across the street on juniper road with someone in it and im home alone')
EMERGENCY.append({
    'id': 's41-emer-opening-juniper-road-caller-parked-outside',
    'channel': 'sms',
    'note': 'opening in two messages: "how do i report harassing calls" and then the caller says he is parked outside '
            'watching her, a gray car with someone in it across the street on Juniper Road, she is home alone',
    'opening': [
        'how do i report harassing calls',
        _E5,
    ],
    'answers': {},
    'after_end': [
        'calling 911 now',
    ],
    'expect': expect('emergency', None, None, emergency_message=_E5),
})

# ---- mid-way, via interjections (7)
_M1 = ('wait the same teenagers are back right now, one of them has a bat and hes smashing the windows of my neighbors '
       'car while shes sitting in it screaming')
EMERGENCY.append({
    'id': 's41-emer-midway-pheasant-lane-decorations-then-bat-on-neighbors-car',
    'channel': 'sms',
    'note': 'vandalism of Christmas decorations on Pheasant Lane; at suspect_or_weapon the same teenagers are back, '
            'one smashing the windows of a neighbour\'s car with a bat while she sits in it',
    'opening': [
        'someone knocked over and smashed all the christmas decorations in our front yard on pheasant lane last night, '
        'the light up snowman is in about 40 pieces',
    ],
    'answers': {
        'type_confirmed': 'yes vandalism',
        'location': 'our front yard, pheasant lane in westport',
        'location_confirmed': 'yes pheasant ln',
        'suspect_or_weapon': 'i think a group of teenagers, i heard them laughing around midnight but didnt see faces',
    },
    'interjections': [
        {'at': 'suspect_or_weapon', 'text': _M1},
    ],
    'after_end': [
        'im on with 911',
        'they took off in a white jeep toward the post road',
    ],
    'expect': expect('emergency', 'vandalism', 'in_town', emergency_message=_M1),
})

_M2 = 'sorry i have to go, my husband just collapsed in the kitchen and hes breathing weird and not answering me'
EMERGENCY.append({
    'id': 's41-emer-midway-sturges-commons-lost-glasses-then-husband-collapses',
    'channel': 'web',
    'note': 'lost prescription sunglasses at Sturges Commons; the opening gives no time, at occurred_at her husband '
            'collapses in the kitchen breathing strangely',
    'opening': [
        'hi i need to report my prescription sunglasses lost, i think somewhere in the parking area at Sturges Commons '
        'where my sister lives',
    ],
    'answers': {
        'type_confirmed': 'right, lost property',
        'location': 'Sturges Commons in Westport, the guest parking by my sister\'s unit',
        'location_confirmed': 'yes that is where',
        'suspect_or_weapon': 'nobody, i just lost them, no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'yesterday afternoon when i was visiting her, maybe 3 or 4',
    },
    'interjections': [
        {'at': 'occurred_at', 'text': _M2},
    ],
    '_no_time': True,
    'after_end': [
        'calling 911',
        'they are here now',
    ],
    'expect': expect('emergency', 'lost_property', 'in_town', emergency_message=_M2),
})

_M3 = ('honestly what does it matter. I\'m 71 and that was everything we had. I\'ve put my affairs in order and I '
       'don\'t plan on being here tomorrow.')
EMERGENCY.append({
    'id': 's41-emer-midway-overlook-road-retirement-drained-then-goodbye',
    'channel': 'web',
    'note': 'identity theft: a retirement account drained by a fake transfer, Overlook Road; at reporter_name the '
            '71-year-old writes that he has put his affairs in order and does not plan to be here tomorrow',
    'opening': [
        'Someone drained my retirement account with a transfer I never made, $214,000 gone. The bank says it was '
        'authorized from my own login. I live on Overlook Road.',
    ],
    'answers': {
        'type_confirmed': 'Yes, identity theft I suppose.',
        'location': 'Overlook Road, Westport.',
        'location_confirmed': 'That is my home address.',
        'suspect_or_weapon': 'No idea who. No weapons.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'The bank called me yesterday morning about it.',
        'accounts': 'My IRA at the brokerage, the whole balance, $214,000, wired out to an account I never heard of.',
        'narrative': 'Someone logged in as me and wired the whole balance of my IRA, $214,000, to an unknown account. '
                     'The bank called me yesterday morning.',
        'reporter_name': 'Harold Wexley',
    },
    'interjections': [
        {'at': 'reporter_name', 'text': _M3},
    ],
    'after_end': [
        'I don\'t want to talk to anyone about it',
        'my daughter is driving over now. fine',
    ],
    'expect': expect('emergency', 'identity_theft', 'in_town', emergency_message=_M3),
})

_M4 = ('hold on, theres smoke coming out from under the hood right now and i can see a little flame, the car is parked '
       'right up against the garage')
EMERGENCY.append({
    'id': 's41-emer-midway-blue-coat-lane-cut-wires-then-engine-smoking',
    'channel': 'sms',
    'note': 'vehicle tampering: hood opened and wires cut overnight, Blue Coat Lane; at confirmed smoke and a small '
            'flame come from under the hood of the car parked against the garage',
    'opening': [
        'someone opened the hood of my car last night in the driveway on blue coat lane and cut some wires, now it '
        'wont start',
    ],
    'answers': {
        'type_confirmed': 'yep tampering',
        'location': 'blue coat lane, westport, in my driveway',
        'location_confirmed': 'yes blue coat',
        'suspect_or_weapon': 'didnt see who. no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'between 10 last night and 7 this morning',
        'vehicle': 'green 2014 subaru forester, ct plate 9HN-302',
        'damage': 'a bunch of wires by the battery cut, hood was left up',
        'narrative': 'Overnight someone opened the hood of my Forester in my driveway on Blue Coat Lane and cut wires '
                     'near the battery. It will not start.',
        'reporter_name': 'Trevor Lindahl',
        'reporter_email': 'tlindahl@example.com',
        'reporter_phone': '203-555-0195',
        'confirmed': 'yes thats correct',
    },
    'interjections': [
        {'at': 'confirmed', 'text': _M4},
    ],
    'after_end': [
        'ok my son is calling 911, everyones outside',
        'the fire dept is here',
    ],
    'expect': expect('emergency', 'vehicle_tampering', 'in_town', emergency_message=_M4),
})

_M5 = ('oh my god he just texted me a picture of my daughter at her bus stop from today that says "pretty girl". the bus '
       'came 40 minutes ago and shes not home and shes not answering her phone')
EMERGENCY.append({
    'id': 's41-emer-midway-pin-oak-court-calls-about-daughter-then-photo-at-bus-stop',
    'channel': 'sms',
    'note': 'harassing calls and texts from an unknown man about her daughter, Pin Oak Court; at reporter_phone he '
            'texts a photo of the daughter at today\'s bus stop and the girl is 40 minutes late and not answering',
    'opening': [
        'i keep getting calls and texts from a number i dont know, 475-555-0182, a man saying creepy stuff about my '
        'daughter. it started 3 days ago',
    ],
    'answers': {
        'type_confirmed': 'yes harassing calls',
        'location': 'home, pin oak court in westport',
        'location_confirmed': 'yes',
        'suspect_or_weapon': 'i have no idea who he is. he never said anything about weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'last call was this morning at 8:10',
        'caller_number': '475-555-0182',
        'call_pattern': 'maybe 3 calls and a few texts a day for 3 days, he asks what grade she is in and what she '
                        'likes',
        'narrative': 'For 3 days a man from 475-555-0182 calls and texts me saying creepy things about my daughter.',
        'reporter_name': 'Renata Silvestri',
        'reporter_email': 'renata.silvestri@example.com',
        'reporter_phone': '203-555-0103',
    },
    'interjections': [
        {'at': 'reporter_phone', 'text': _M5},
    ],
    'after_end': [
        'calling 911 right now',
        'her friend says she got off the bus at the corner and a car pulled up',
    ],
    'expect': expect('emergency', 'harassing_phone_call', 'in_town', emergency_message=_M5),
})

_M6 = ('oh god wait my 4 year old was right here in the yard a minute ago and now the gate is open and i cant find him '
       'anywhere, the pond is at the bottom of the hill')
EMERGENCY.append({
    'id': 's41-emer-midway-garden-statue-then-toddler-gone-from-yard',
    'channel': 'web',
    'note': 'theft of a stone angel from the garden; the opening names no place, at location a 4-year-old is gone from '
            'the yard with the gate open and a pond at the bottom of the hill; after_end: found in a neighbour\'s '
            'shed (the outcome stays emergency); location_decision null',
    'opening': [
        'someone stole the stone angel statue from my garden, it was my mother\'s and it weighs like 80 pounds',
    ],
    'answers': {
        'type_confirmed': 'yes a theft',
        'location': 'our backyard on Windrush Lane, Westport',
    },
    'interjections': [
        {'at': 'location', 'text': _M6},
    ],
    '_no_place': True,
    'after_end': [
        'im calling 911',
        'FOUND HIM he was in the neighbors shed, hes ok. im so sorry',
    ],
    'expect': expect('emergency', 'theft', None, emergency_message=_M6),
})

_M7 = ('ok actually I do know. it was my ex, he just texted that he\'s downstairs in the lot with a tire iron and he\'s '
       'coming up to finish the job. I\'m on the third floor')
EMERGENCY.append({
    'id': 's41-emer-midway-richmondville-avenue-windshield-then-ex-with-tire-iron',
    'channel': 'web',
    'note': 'a smashed windshield at an apartment lot on Richmondville Avenue; at suspect_or_weapon she says it was '
            'her ex, who is downstairs now with a tire iron "coming up to finish the job" (emergency, not a '
            'known-suspect refusal)',
    'opening': [
        'my windshield got smashed in the lot of my apartment building on Richmondville Avenue, there\'s a big hole '
        'right on the driver\'s side',
    ],
    'answers': {
        'type_confirmed': 'yes, it\'s car damage',
        'location': 'the resident lot behind my building on Richmondville Avenue in Westport',
        'location_confirmed': 'yes Richmondville',
        'suspect_or_weapon': 'I didn\'t see it happen and I didn\'t see any weapon',
    },
    'interjections': [
        {'at': 'suspect_or_weapon', 'text': _M7},
    ],
    'after_end': [
        'I locked the door and I\'m calling now',
    ],
    'expect': expect('emergency', 'damage_to_motor_vehicle', 'in_town', emergency_message=_M7),
})

# ================================================================== ineligible
INELIGIBLE = []

INELIGIBLE.append({
    'id': 's41-inel-outside-town-westport-avenue-norwalk-gym-lot-keyed',
    'channel': 'sms',
    'note': 'a car keyed at a gym on "westport ave in norwalk, like a mile over the line from westport" (a Norwalk street '
            'named after the town), at the location question; outside_town',
    'opening': [
        'someone keyed my car while i was at the gym this morning, a deep scratch down the whole passenger side',
    ],
    'answers': {
        'type_confirmed': 'ya damage to the car',
        'location': 'the gym lot on westport ave in norwalk, like a mile over the line from westport',
    },
    'expect': expect('ineligible', 'damage_to_motor_vehicle', 'outside_town', reason='outside_town'),
})

INELIGIBLE.append({
    'id': 's41-inel-outside-town-westport-road-easton-farm-stand-phone',
    'channel': 'web',
    'note': 'an iPhone lost at "The farm stand up on Westport Road in Easton" (a road named after the town in a '
            'neighbour), at the location question; outside_town',
    'opening': [
        'I lost my iPhone this morning, I think it slipped out of my coat pocket while I was buying apples at a farm '
        'stand.',
    ],
    'answers': {
        'type_confirmed': 'Yes, lost property.',
        'location': 'The farm stand up on Westport Road in Easton, about fifteen minutes north of town.',
    },
    'expect': expect('ineligible', 'lost_property', 'outside_town', reason='outside_town'),
})

INELIGIBLE.append({
    'id': 's41-inel-sherwood-island-drone-down-in-the-dunes',
    'channel': 'web',
    'note': 'a son\'s drone lost in the dunes "at Sherwood Island, near the model airplane field"; at the location '
            'question; excluded_area',
    'opening': [
        'My son lost his drone this morning. The wind took it and it came down somewhere in the dunes, we searched for '
        'an hour.',
    ],
    'answers': {
        'type_confirmed': 'Yes, lost property is right.',
        'location': 'At Sherwood Island, near the model airplane field on the west side of the park.',
    },
    'expect': expect('ineligible', 'lost_property', 'excluded_area', reason='excluded_area'),
})

INELIGIBLE.append({
    'id': 's41-inel-sherwood-island-end-of-connector-window-smashed-purse',
    'channel': 'sms',
    'note': 'car window smashed and purse taken while walking the beach; the place is described without the park\'s '
            'name: "the big lot at the end of the connector, past 95 ... state park i think"; excluded_area',
    'opening': [
        'my car window got smashed and my purse taken off the seat while i was walking on the beach this morning',
    ],
    'answers': {
        'type_confirmed': 'yes break in',
        'location': 'the big lot at the end of the connector, past 95, right by the beach pavilion. state park i think',
    },
    'expect': expect('ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
})

INELIGIBLE.append({
    'id': 's41-inel-i95-southbound-before-exit-17-debris-cracked-windshield',
    'channel': 'web',
    'note': 'a rock off a dump truck cracked the windshield "on 95 southbound, just before exit 17"; at the location '
            'question; excluded_area',
    'opening': [
        'A rock or something flew off a dump truck in front of me and cracked my windshield this morning. The truck '
        'just kept going.',
    ],
    'answers': {
        'type_confirmed': 'Yes, damage to my car.',
        'location': 'On 95 southbound, just before exit 17 in Westport. I was in the middle lane.',
    },
    'expect': expect('ineligible', 'damage_to_motor_vehicle', 'excluded_area', reason='excluded_area'),
})

INELIGIBLE.append({
    'id': 's41-inel-merritt-on-ramp-from-weston-road-bike-off-the-rack',
    'channel': 'sms',
    'note': 'a bike that fell off the car rack "on the ramp getting onto the merritt from weston road, northbound"; at '
            'the location question; excluded_area',
    'opening': [
        'my bike came off the rack on the back of my car and i didnt notice till i got home. its a blue trek',
    ],
    'answers': {
        'type_confirmed': 'yeah lost property',
        'location': 'i think on the ramp getting onto the merritt from weston road, northbound. i heard a clunk right '
                    'there',
    },
    'expect': expect('ineligible', 'lost_property', 'excluded_area', reason='excluded_area'),
})

INELIGIBLE.append({
    'id': 's41-inel-known-suspect-in-opening-bradley-lane-roommates-boyfriend-cash',
    'channel': 'web',
    'note': 'the suspect is named in the opening ("My roommate\'s boyfriend, Derek Shaw"), $400 taken from a dresser, '
            'on a nanny cam; apartment on Bradley Lane; a few answers in case the assistant confirms first; '
            'known_suspect',
    'opening': [
        'My roommate\'s boyfriend, Derek Shaw, took $400 in cash out of my dresser drawer while I was at work '
        'yesterday. I have him on my nanny cam going into my room.',
    ],
    'answers': {
        'type_confirmed': 'Yes, theft.',
        'location': 'Our apartment on Bradley Lane in Westport, my bedroom.',
        'location_confirmed': 'Yes, Bradley Lane.',
        'suspect_or_weapon': 'Yes, Derek Shaw, my roommate\'s boyfriend. It\'s on the camera. No weapons.',
        'known_suspect': 'Yes, I know exactly who it is, Derek Shaw.',
    },
    'expect': expect('ineligible', 'theft', 'in_town', reason='known_suspect'),
})

INELIGIBLE.append({
    'id': 's41-inel-known-suspect-at-question-sycamore-drive-garage-door-painted',
    'channel': 'sms',
    'note': '"LIAR" spray painted on a garage door on Sycamore Drive; at the suspect question names the neighbour\'s '
            'son Brandon Kessler, caught on her camera after an argument; known_suspect',
    'opening': [
        'somebody spray painted LIAR in huge red letters across my garage door on sycamore drive overnight',
    ],
    'answers': {
        'type_confirmed': 'yep its vandalism',
        'location': 'my house, sycamore drive, westport',
        'location_confirmed': 'correct, sycamore dr',
        'suspect_or_weapon': 'yeah actually i know who. its my neighbors son brandon kessler, we had a big argument last '
                             'week and my camera got him doing it at 2am',
        'known_suspect': 'yes, Brandon Kessler, he lives two houses down from me',
    },
    'expect': expect('ineligible', 'vandalism', 'in_town', reason='known_suspect'),
})

INELIGIBLE.append({
    'id': 's41-inel-weapon-stoneboat-road-tires-slashed-knife-held-up',
    'channel': 'web',
    'note': 'all four tires slashed on Stoneboat Road yesterday afternoon; at the suspect question: a stranger in a '
            'gray hoodie held the knife up at the writer before running off; weapon',
    'opening': [
        'All four tires on my car were slashed in front of my house on Stoneboat Road yesterday afternoon.',
    ],
    'answers': {
        'type_confirmed': 'Yes, that\'s the one, damage to a car.',
        'location': 'Stoneboat Road in Westport, parked at the curb in front of my house.',
        'location_confirmed': 'Yes, Stoneboat Road.',
        'suspect_or_weapon': 'I don\'t know who he was, a guy in a gray hoodie. When I came out and yelled he turned and '
                             'held the knife up at me before he ran off.',
        'known_suspect': 'No.',
        'weapon': 'Yes, a folding knife. He pointed it right at me.',
    },
    'expect': expect('ineligible', 'damage_to_motor_vehicle', 'in_town', reason='weapon'),
})

INELIGIBLE.append({
    'id': 's41-inel-weapon-quintard-place-porch-package-gun-in-waistband',
    'channel': 'sms',
    'note': 'a package taken off the porch on Quintard Place yesterday while she watched; at the suspect question: '
            'the handle of a pistol in his waistband; weapon',
    'opening': [
        'yesterday a guy grabbed a package off my porch on quintard place while i watched from the window, he just '
        'walked off with it',
    ],
    'answers': {
        'type_confirmed': 'yeah a theft',
        'location': 'my front porch, quintard place, westport',
        'location_confirmed': 'yes thats my house',
        'suspect_or_weapon': 'dont know him. but when he bent down his shirt rode up and he had a gun in his waistband, '
                             'like the handle of a pistol',
        'known_suspect': 'No.',
        'weapon': 'yes a handgun, tucked in his pants',
    },
    'expect': expect('ineligible', 'theft', 'in_town', reason='weapon'),
})

INELIGIBLE.append({
    'id': 's41-inel-unsupported-sandy-hill-terrace-motorcycle-gone',
    'channel': 'web',
    'note': 'a motorcycle gone from the driveway on Sandy Hill Terrace, "Not towed, I already called the tow '
            'companies"; motor_vehicle_theft; a few answers in case the assistant confirms first; unsupported_type',
    'opening': [
        'My motorcycle is gone from my driveway on Sandy Hill Terrace. It was there at 10 last night. Not towed, I '
        'already called the tow companies.',
    ],
    'answers': {
        'type_confirmed': 'It was stolen, the whole bike is gone.',
        'location': 'My driveway on Sandy Hill Terrace, Westport.',
        'location_confirmed': 'Yes, Sandy Hill Terrace.',
    },
    'expect': expect('ineligible', 'motor_vehicle_theft', 'in_town', reason='unsupported_type'),
})

INELIGIBLE.append({
    'id': 's41-inel-unsupported-greenbrier-road-party-music-till-2am',
    'channel': 'sms',
    'note': 'a noise complaint: loud parties every night until 2 am at the house behind theirs on Greenbrier Road; not '
            'an online type (incident_type null); answers {}; unsupported_type',
    'opening': [
        'the house behind us on greenbrier road has had a party with blasting music every night this week till 2 am. '
        'can someone make them stop?? i have a newborn',
    ],
    'answers': {},
    'expect': expect('ineligible', None, 'in_town', reason='unsupported_type'),
})

# ================================================================== cancelled
CANCELLED = []

CANCELLED.append({
    'id': 's41-cancel-staples-gym-airpods-in-the-inside-coat-pocket',
    'channel': 'sms',
    'note': 'AirPods Pro lost in the bleachers at the Staples gym during last night\'s basketball game; found in the '
            'inside coat pocket at reporter_name',
    'opening': [
        'lost my airpods pro at the staples basketball game last night, i think in the bleachers',
    ],
    'answers': {
        'type_confirmed': 'yea lost property',
        'location': 'staples high school gym on north ave, the home side bleachers',
        'location_confirmed': 'yep staples',
        'suspect_or_weapon': 'no one took them i just lost them. no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'during the game last night, roughly 7 to 9',
        'items': 'airpods pro 2 in a white case with a sticker of a shark on it',
        'narrative': 'Last night at the Staples basketball game I lost my AirPods Pro in a white case with a shark '
                     'sticker, probably in the home bleachers.',
        'reporter_name': 'Mason Delgado-Fritz',
    },
    'interjections': [
        {'at': 'reporter_name',
         'text': 'OMG nevermind they were in my coat pocket the whole time, the inside one. sorry!! u can delete this'},
    ],
    'expect': expect('cancelled', 'lost_property', 'in_town'),
})

CANCELLED.append({
    'id': 's41-cancel-hiawatha-lane-hang-up-calls-were-the-bank-fraud-line',
    'channel': 'web',
    'note': 'ten hang-up calls in three days from 203-555-0194 to a home on Hiawatha Lane; at confirmed she calls the '
            'number back and it is her bank\'s fraud department',
    'opening': [
        'I\'ve gotten about ten calls in three days from 203-555-0194. They never leave a message and hang up as soon as '
        'I say hello.',
    ],
    'answers': {
        'type_confirmed': 'Yes, harassing phone calls.',
        'location': 'My home on Hiawatha Lane in Westport.',
        'location_confirmed': 'Yes, Hiawatha Lane.',
        'suspect_or_weapon': 'I have no idea who it is. No weapons.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'The last one was today at 10:20 in the morning.',
        'caller_number': '203-555-0194, the same every time.',
        'call_pattern': 'Three or four a day for three days, mornings mostly. They hang up right after I say hello.',
        'narrative': 'For three days I have had three or four calls a day from 203-555-0194 that hang up as soon as I '
                     'answer. No messages are left.',
        'reporter_name': 'Beatrice Lindgren',
        'reporter_email': 'blindgren@example.com',
        'reporter_phone': '203-555-0115',
        'confirmed': 'Yes, that summary is right.',
    },
    'interjections': [
        {'at': 'confirmed',
         'text': 'Wait, please don\'t submit this. I just called the number back from my desk phone and it\'s my bank\'s '
                 'fraud department, they\'ve been trying to reach me about a flagged charge. So sorry to waste your '
                 'time.'},
    ],
    'expect': expect('cancelled', 'harassing_phone_call', 'in_town'),
})

CANCELLED.append({
    'id': 's41-cancel-iris-lane-glovebox-open-teen-looking-for-charger',
    'channel': 'sms',
    'note': 'a car gone through overnight on Iris Lane (glovebox and console open, seat pushed back, nothing taken); '
            'at suspect_or_weapon the 17-year-old admits he was looking for his charger at 1 am',
    'opening': [
        'my car was messed with last night, glovebox open, seat pushed all the way back, center console open. nothing '
        'taken i think. its in the driveway on iris lane',
    ],
    'answers': {
        'type_confirmed': 'yeah tampering',
        'location': 'iris lane westport, our driveway',
        'location_confirmed': 'yep iris ln',
        'suspect_or_weapon': 'no clue who, no weapons',
    },
    'interjections': [
        {'at': 'suspect_or_weapon',
         'text': 'hold on my 17 yo just came downstairs and admitted it was him, he was looking for his phone charger at '
                 '1am. cancel pls and sorry'},
    ],
    'expect': expect('cancelled', 'vehicle_tampering', 'in_town'),
})

CANCELLED.append({
    'id': 's41-cancel-ellery-lane-leaf-blower-neighbor-walks-it-back',
    'channel': 'web',
    'note': 'a Stihl backpack leaf blower missing from beside the garage on Ellery Lane; the opening gives no time, at '
            'occurred_at she sees the neighbour walking it back up the driveway',
    'opening': [
        'My Stihl backpack leaf blower is missing from the side of the garage on Ellery Lane. It was hanging on the '
        'hook where it always is.',
    ],
    'answers': {
        'type_confirmed': 'Yes, I\'d call it a theft.',
        'location': 'Beside our garage on Ellery Lane in Westport.',
        'location_confirmed': 'Yes, Ellery Lane is right.',
        'suspect_or_weapon': 'I have no idea who took it. No weapons.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'I last saw it two days ago when I did the front beds.',
    },
    'interjections': [
        {'at': 'occurred_at',
         'text': 'Never mind!! I just saw my neighbor walking it back up the driveway, he borrowed it and my husband '
                 'forgot to tell me. Please cancel.'},
    ],
    '_no_time': True,
    'expect': expect('cancelled', 'theft', 'in_town'),
})

CANCELLED.append({
    'id': 's41-cancel-mailbox-knocked-off-was-the-garbage-truck',
    'channel': 'sms',
    'note': 'a mailbox knocked off its post; the opening names no place, at location her husband says the garbage truck '
            'backed into it this morning; location_decision null',
    'opening': [
        'somebody knocked our mailbox clean off the post, its lying in the bushes',
    ],
    'answers': {
        'type_confirmed': 'i guess vandalism yes',
        'location': 'end of our driveway on manitou road, westport',
    },
    'interjections': [
        {'at': 'location',
         'text': 'oh wait, my husband says it was the garbage truck backing up this morning, he saw it from the window. '
                 'so nobody did it on purpose, never mind'},
    ],
    '_no_place': True,
    'expect': expect('cancelled', 'vandalism', None),
})

# ================================================================== information
INFORMATION = []

INFORMATION.append({
    'id': 's41-info-anonymous-garden-flags-torn-down-who-reads-it',
    'channel': 'web',
    'note': 'anonymous: must she put her real name on an online report about flags being torn out of her garden, and '
            'who gets to read the reports afterwards (two opening messages)',
    'opening': [
        'Do I have to put my real name on an online report? Someone keeps ripping the little flags out of my front '
        'garden and I\'d rather the neighbors not know I\'m the one who reported it.',
        'And who gets to read these reports afterwards?',
    ],
    'answers': {},
    'expect': expect('information', None, None, topic='anonymous', describes='false'),
})

INFORMATION.append({
    'id': 's41-info-copy-catalytic-converter-report-no-case-number',
    'channel': 'sms',
    'note': 'copy: filed online about a catalytic converter a week ago and never got a case number or e-mail, "im '
            'starting to think it didnt go thru"',
    'opening': [
        'i filed a report online like a week ago about my catalytic converter and never got a case number or an email '
        'back. how long is it supposed to take? im starting to think it didnt go thru',
    ],
    'answers': {},
    'expect': expect('information', None, None, topic='copy', describes='false'),
})

INFORMATION.append({
    'id': 's41-info-records-good-conduct-letter-for-a-visa',
    'channel': 'web',
    'note': 'records: a consulate wants a local police records check ("letter of good conduct") for a visa '
            'application; can it be done here',
    'opening': [
        'Hello, I am applying for a work visa and the consulate asks for a police records check, a "letter of good '
        'conduct", from the town where I live. I live in Westport. Can I request it in this chat, or where do I go?',
    ],
    'answers': {},
    'expect': expect('information', None, None, topic='records', describes='false'),
})

INFORMATION.append({
    'id': 's41-info-state-police-abandoned-car-on-merritt-shoulder',
    'channel': 'web',
    'note': 'state_police: who handles a car left on the Merritt northbound shoulder near the Westport exits for three '
            'days, hazards off, a window down',
    'opening': [
        'Who handles a car that\'s been sitting on the shoulder of the Merritt northbound near the Westport exits for '
        'three days now? Hazards are off and one window is down. Is that you guys?',
    ],
    'answers': {},
    'expect': expect('information', None, None, topic='state_police', describes='false'),
})

INFORMATION.append({
    'id': 's41-info-animal-control-stumbling-raccoon-side-hill-road',
    'channel': 'sms',
    'note': 'animal_control: a raccoon walking in circles and stumbling in the middle of the day in a backyard on Side '
            'Hill Road, the kids are inside',
    'opening': [
        'theres a raccoon walking in circles in our backyard on side hill road in the middle of the day, kinda stumbling '
        'around. who do i call about that? the kids are inside',
    ],
    'answers': {},
    'expect': expect('information', None, None, topic='animal_control', describes='false'),
})
