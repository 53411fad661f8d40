"""Sealed set 37: the 34 conversations that do not end in a filed report.

12 emergency, 12 ineligible (2 per reason), 5 cancelled, 5 information. Hand-written.
"""


def expect(outcome, incident_type, location_decision, reason=None, topic=None, emergency_message=None,
           first_message_describes='true'):
    return {
        'outcome': outcome,
        'reason': reason,
        'topic': topic,
        'incident_type': incident_type,
        'location_decision': location_decision,
        'emergency_message': emergency_message,
        'first_message_describes': first_message_describes,
        'record': None,
    }


# ---------------------------------------------------------------------------------------------- emergency
E1_SECOND = ('actually forget the bike. the garage next door on Woodcock Lane has black smoke coming out under '
             'the roof and their car is in the driveway so i think theyre home')
E2_OPENING = ('Hi, I want to do a lost wallet report, I dropped mine somewhere downtown this morning. Also, '
              'unrelated, my dad has Alzheimer\'s and he went out for a walk about an hour and a half ago and '
              'isn\'t back yet, he usually does 20 minutes. Is that something you guys help with too or just '
              'the wallet?')
E3_OPENING = ('The man who has been calling my house all week just called again and said he is parked outside on '
              'Pheasant Lane and he is coming in to get me. There is a car sitting across the street with its '
              'lights off right now')
E4_OPENING = ('vandalism i guess?? some teenagers were throwing rocks at the houses on our street and one hit the '
              'little boy next door in the head. hes sitting on the curb and theres a lot of blood and he seems '
              'kinda out of it')
E5_SECOND = ('my ex just texted me a picture of my front door and said he has his dads gun and hes 5 min away. '
             'im home with my daughter. Treadwell Avenue')
E6_TEXT = ('hold on, the same pickup just pulled up again. two guys are in my yard RIGHT NOW carrying the other '
           'two chairs to it')
E7_TEXT = ('sorry I have to stop, my husband just went down in the kitchen. he is on the floor breathing weird and '
           'he won\'t answer me')
E8_TEXT = ('oh my god they just pulled a kid out of the water by the jetty and he isn\'t breathing, the lifeguard '
           'is doing CPR on the sand')
E9_TEXT = ('someone is in my backyard right now with a flashlight looking in the kitchen window. I\'m upstairs with '
           'the lights off')
E10_TEXT = ('the guy who hit it just came back. hes out of his truck with a tire iron screaming that i better not '
            'report him. im locked in my car')
E11_TEXT = ('someone just broke the glass on my back door, i can hear them downstairs. i\'m hiding in my closet, '
            'i can\'t talk on the phone')
E12_TEXT = ('honestly i don\'t care about the mailbox. my wife left last month and my old service pistol is out on '
            'the desk in front of me. i keep thinking tonight is the night')

EMERGENCY = [
    {
        'id': 's37-emergency-opening-second-message-garage-smoking-next-door-woodcock-lane',
        'channel': 'web',
        'note': 'asks how to report a stolen bike, then in a second opening message: black smoke from under the roof '
                'of the neighbour\'s garage on Woodcock Lane, the car in the driveway (fire)',
        'opening': [
            'how do i report a stolen bike on here',
            E1_SECOND,
        ],
        'answers': {},
        'after_end': ['ok my husband called 911, i can hear the trucks'],
        'expect': expect('emergency', None, None, emergency_message=E1_SECOND),
    },
    {
        'id': 's37-emergency-opening-lost-wallet-and-dad-with-alzheimers-not-back',
        'channel': 'web',
        'note': 'a lost wallet, then "unrelated": her father with Alzheimer\'s went for a walk an hour and a half ago '
                'and is not back (missing now, played down in the opening message)',
        'opening': [E2_OPENING],
        'answers': {},
        'after_end': ['forget the wallet, what number do I call'],
        'expect': expect('emergency', None, None, emergency_message=E2_OPENING),
    },
    {
        'id': 's37-emergency-opening-caller-says-hes-outside-pheasant-lane',
        'channel': 'web',
        'note': 'a week of harassing calls, and the caller just said he is parked outside on Pheasant Lane and coming '
                'in; a car with its lights off across the street (threat of violence)',
        'opening': [E3_OPENING],
        'answers': {},
        'expect': expect('emergency', None, None, emergency_message=E3_OPENING),
    },
    {
        'id': 's37-emergency-opening-rock-throwing-boy-bleeding-on-curb',
        'channel': 'web',
        'note': '"vandalism i guess??": teenagers throwing rocks, one hit the neighbour\'s little boy in the head, he '
                'is bleeding on the curb and "kinda out of it" (injury)',
        'opening': [E4_OPENING],
        'answers': {},
        'after_end': ['his mom is with him now, we called'],
        'expect': expect('emergency', None, None, emergency_message=E4_OPENING),
    },
    {
        'id': 's37-emergency-opening-second-message-ex-with-gun-five-minutes-away',
        'channel': 'web',
        'note': '"hello is this the police chat thing", then a second opening message: her ex texted a photo of her '
                'front door, says he has his dad\'s gun and is 5 minutes away, Treadwell Avenue (threat, firearm)',
        'opening': [
            'hello is this the police chat thing',
            E5_SECOND,
        ],
        'answers': {},
        'after_end': ['calling 911 now'],
        'expect': expect('emergency', None, None, emergency_message=E5_SECOND),
    },
    {
        'id': 's37-emergency-midway-lounge-chairs-thieves-back-cockenoe-drive',
        'channel': 'web',
        'note': 'two teak lounge chairs taken off the deck on Cockenoe Drive; at the suspect question the same '
                'pickup is back and two men are carrying the other chairs away right now (crime in progress)',
        'opening': [
            'hi someone took 2 of my teak lounge chairs off our back deck last night, they\'re heavy so it had to be '
            'at least 2 people. Cockenoe Drive',
        ],
        'answers': {
            'type_confirmed': 'yes theft',
            'location': 'back deck of our house, Cockenoe Drive',
            'location_confirmed': 'yes that\'s our house',
            'suspect_or_weapon': 'didn\'t see who took the first two. no weapons',
        },
        'interjections': [{'at': 'suspect_or_weapon', 'text': E6_TEXT}],
        'after_end': ['they\'re driving off toward the beach, silver pickup'],
        'expect': expect('emergency', 'theft', 'in_town', emergency_message=E6_TEXT),
    },
    {
        'id': 's37-emergency-midway-verizon-account-husband-collapses-roseville-road',
        'channel': 'web',
        'note': 'a Verizon account with three lines opened in her name, Roseville Road; the opening gives no time, '
                'and at the time question her husband has collapsed in the kitchen and is breathing oddly (medical)',
        'opening': [
            'I got a letter saying someone opened a Verizon account in my name with 3 phone lines on it. I have '
            'never had Verizon in my life.',
        ],
        'answers': {
            'type_confirmed': 'Yes identity theft please',
            'location': 'Roseville Road in Westport',
            'location_confirmed': 'Yes, Roseville Rd',
            'suspect_or_weapon': 'I don\'t know who would do this. No weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'The letter came yesterday',
        },
        'interjections': [{'at': 'occurred_at', 'text': E7_TEXT}],
        'expect': expect('emergency', 'identity_theft', 'in_town', emergency_message=E7_TEXT),
    },
    {
        'id': 's37-emergency-midway-lost-ring-compo-kid-pulled-from-water',
        'channel': 'web',
        'note': 'a wedding band lost in the sand at the Compo Beach playground yesterday; at the name question a '
                'child is pulled from the water by the jetty, not breathing, the lifeguard doing CPR (injury / '
                'medical)',
        'opening': [
            'lost my wedding band at compo yesterday, probably in the sand by the playground. it was loose since i '
            'lost weight',
        ],
        'answers': {
            'type_confirmed': 'yes lost',
            'location': 'compo beach, the sand around the playground',
            'location_confirmed': 'yeah compo playground',
            'suspect_or_weapon': 'no, nobody took it, it slipped off. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'yesterday around 3 while the kids were on the swings',
            'items': 'plain white gold wedding band, size 10, engraved inside with a date',
            'narrative': 'Yesterday afternoon at the Compo Beach playground my white gold wedding band slipped off '
                         'my finger in the sand. It is engraved inside with our wedding date.',
            'reporter_name': 'Tom Haverford-Lyle',
        },
        'interjections': [{'at': 'reporter_name', 'text': E8_TEXT}],
        'after_end': ['ambulance is here'],
        'expect': expect('emergency', 'lost_property', 'in_town', emergency_message=E8_TEXT),
    },
    {
        'id': 's37-emergency-midway-car-seat-moved-prowler-with-flashlight-bermuda-road',
        'channel': 'web',
        'note': 'seat and mirrors moved in her car on Bermuda Road, nothing taken; at the summary someone is in the '
                'backyard with a flashlight looking in the kitchen window right now (crime in progress)',
        'opening': [
            'For the second night in a row someone has been in my car. Mirrors folded in, seat moved, the dome light '
            'left on so the battery was almost dead. Nothing taken. Bermuda Road',
        ],
        'answers': {
            'type_confirmed': 'Tampering yes',
            'location': 'in my driveway on Bermuda Road',
            'location_confirmed': 'yes, the driveway',
            'suspect_or_weapon': 'No idea who. No weapons as far as I know.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'last night, I parked at 9 and found it at 6 this morning',
            'vehicle': 'grey Volvo XC60, CT plate 5RB-316',
            'damage': 'no damage really, just everything moved and the battery almost dead',
            'narrative': 'For two nights someone has gotten into my grey Volvo in my driveway on Bermuda Road. The '
                         'mirrors were folded in, the seat moved and the dome light left on. Nothing was taken.',
            'reporter_name': 'Lorraine Becker',
            'reporter_email': 'lorraine.becker@example.com',
            'reporter_phone': '203-555-0112',
            'confirmed': 'yes',
        },
        'interjections': [{'at': 'confirmed', 'text': E9_TEXT}],
        'expect': expect('emergency', 'vehicle_tampering', 'in_town', emergency_message=E9_TEXT),
    },
    {
        'id': 's37-emergency-midway-parking-lot-hit-driver-returns-with-tire-iron',
        'channel': 'web',
        'note': 'car door hit in a parking lot on Post Road West, the driver left; at the phone question the driver '
                'comes back with a tire iron, shouting, and she is locked in her car (threat, weapon)',
        'opening': [
            'someone just backed into my door in the lot at the shopping plaza on post road west and drove off. door '
            'wont open all the way now',
        ],
        'answers': {
            'type_confirmed': 'yes damage to car',
            'location': 'the parking lot of the little plaza on post road west, by the dry cleaner',
            'location_confirmed': 'yes that plaza',
            'suspect_or_weapon': 'didnt see the driver really, just a black truck. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'like 10 minutes ago, at 1:45',
            'vehicle': 'my white Jeep Compass, CT plate 2LW-905',
            'damage': 'drivers door dented in at the bottom, wont open all the way',
            'narrative': 'About 10 minutes ago a black truck backed into my driver door in the plaza lot on Post '
                         'Road West and drove off.',
            'reporter_name': 'Kayla Osei',
            'reporter_email': 'kayla.osei@example.com',
            'reporter_phone': '203-555-0136',
        },
        'interjections': [{'at': 'reporter_phone', 'text': E10_TEXT}],
        'after_end': ['hes walking away now but hes still in the lot'],
        'expect': expect('emergency', 'damage_to_motor_vehicle', 'in_town', emergency_message=E10_TEXT),
    },
    {
        'id': 's37-emergency-midway-hangup-calls-glass-breaking-downstairs-at-location',
        'channel': 'web',
        'note': 'hang-up calls every night this week, no place in the opening; at the location question the back-door '
                'glass breaks and someone is downstairs, she is hiding in a closet and cannot talk (crime in '
                'progress, cannot call); the plain location answer is Sniffen Road',
        'opening': [
            'somebody keeps calling my cell and hanging up the second i answer, every night this week. always a '
            'blocked number',
        ],
        'answers': {
            'type_confirmed': 'yes harassing calls',
            'location': 'Sniffen Road',
        },
        'interjections': [{'at': 'location', 'text': E11_TEXT}],
        'expect': expect('emergency', 'harassing_phone_call', None, emergency_message=E11_TEXT),
    },
    {
        'id': 's37-emergency-midway-mailbox-smashed-service-pistol-on-desk',
        'channel': 'web',
        'note': 'mailbox smashed for the third time this year on Diamond Hill Lane; at the suspect question he says '
                'he does not care about the mailbox, his old service pistol is on the desk and "tonight is the '
                'night" (self-harm, firearm)',
        'opening': [
            'mailbox got smashed again last night, third time this year. Diamond Hill Lane. figured i should '
            'finally report it',
        ],
        'answers': {
            'type_confirmed': 'vandalism',
            'location': 'end of my driveway, diamond hill lane',
            'location_confirmed': 'yeah',
            'suspect_or_weapon': 'no idea who',
        },
        'interjections': [{'at': 'suspect_or_weapon', 'text': E12_TEXT}],
        'after_end': ['i dont know'],
        'expect': expect('emergency', 'vandalism', 'in_town', emergency_message=E12_TEXT),
    },
]

# ---------------------------------------------------------------------------------------------- ineligible
INELIGIBLE = [
    {
        'id': 's37-ineligible-unsupported-civic-gone-from-saugatuck-station-lot',
        'channel': 'web',
        'note': 'a son\'s Honda Civic gone from the Saugatuck station lot, not towed, he has the keys '
                '(motor_vehicle_theft, not an online type); in town',
        'opening': [
            'My son\'s Honda Civic was stolen from the Saugatuck train station lot while he was at work in the '
            'city. We called the towing companies, it wasn\'t towed, and he has both keys with him.',
        ],
        'answers': {
            'type_confirmed': 'Yes, his car was stolen',
            'location': 'Saugatuck train station, the big lot on the east side of the tracks',
            'location_confirmed': 'Yes the station lot',
            'suspect_or_weapon': 'No idea who took it, no weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'He parked at 6:50 this morning and it was gone when he got back at 12:30',
        },
        'expect': expect('ineligible', 'motor_vehicle_theft', 'in_town', reason='unsupported_type'),
    },
    {
        'id': 's37-ineligible-unsupported-drone-hovering-over-pool-pebble-beach-lane',
        'channel': 'web',
        'note': 'a drone hovering over the backyard pool every afternoon on Pebble Beach Lane (privacy/nuisance, '
                'none of the known types); in town',
        'opening': [
            'There is a drone that hovers over our backyard pool almost every afternoon when my daughters are '
            'swimming, sometimes for 10 minutes. We\'re on Pebble Beach Lane. I want it on record and I want it to '
            'stop.',
        ],
        'answers': {},
        'expect': expect('ineligible', None, 'in_town', reason='unsupported_type'),
    },
    {
        'id': 's37-ineligible-outside-town-rental-house-gregory-blvd-east-norwalk',
        'channel': 'web',
        'note': 'porch lattice kicked in and tags on the garage of a rental house; at the location question "Gregory '
                'Blvd in East Norwalk, like half a mile from the Westport line" (outside_town)',
        'opening': [
            'somebody kicked in the lattice under the porch of my rental house and sprayed tags all over the '
            'garage. tenant sent me pics this morning',
        ],
        'answers': {
            'type_confirmed': 'yeah its vandalism',
            'location': 'its on Gregory Blvd in East Norwalk, like half a mile from the Westport line. I live in '
                        'Westport tho',
        },
        'expect': expect('ineligible', 'vandalism', 'outside_town', reason='outside_town'),
    },
    {
        'id': 's37-ineligible-outside-town-ipad-lost-merwin-meadows-wilton',
        'channel': 'web',
        'note': 'a daughter\'s iPad and retainer case lost at a park; at the location question "Merwin Meadows, the '
                'park in Wilton. We live in Westport on Blue Coat Lane though" (outside_town)',
        'opening': [
            'My daughter left her iPad and her retainer case at the park this morning, we went back after lunch and '
            'they were gone',
        ],
        'answers': {
            'type_confirmed': 'lost property I think',
            'location': 'Merwin Meadows, the park in Wilton. We live in Westport on Blue Coat Lane though',
        },
        'expect': expect('ineligible', 'lost_property', 'outside_town', reason='outside_town'),
    },
    {
        'id': 's37-ineligible-excluded-sherwood-island-memorial-lot-purse-taken',
        'channel': 'web',
        'note': 'car window smashed and a purse taken while walking at the beach; at the location question "Sherwood '
                'Island, the lot up by the 9/11 memorial" (excluded_area)',
        'opening': [
            'Our car window was smashed while we were walking at the beach and they took my wife\'s purse off the '
            'floor of the back seat',
        ],
        'answers': {
            'type_confirmed': 'Yes, car break-in',
            'location': 'Sherwood Island, the lot up by the 9/11 memorial',
        },
        'expect': expect('ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's37-ineligible-excluded-ladder-off-truck-on-exit-17-ramp',
        'channel': 'web',
        'note': 'a ladder fell off a contractor\'s truck that kept going and cracked her bumper and grille; at the '
                'location question "the exit 17 off-ramp from 95 northbound, right before the light at Saugatuck '
                'Ave" (excluded_area)',
        'opening': [
            'A ladder flew off a contractor truck in front of me and I couldn\'t get out of the way. Cracked my '
            'front bumper and the grille. The truck just kept going.',
        ],
        'answers': {
            'type_confirmed': 'Yes damage to my car',
            'location': 'On the exit 17 off-ramp from 95 northbound, right before the light at Saugatuck Ave',
        },
        'expect': expect('ineligible', 'damage_to_motor_vehicle', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's37-ineligible-known-suspect-in-opening-ex-calls-clinton-avenue',
        'channel': 'web',
        'note': 'harassing calls from her ex, Derek Haines, named in the opening, 40+ calls since Sunday from '
                'different numbers, Clinton Avenue (known_suspect; in town)',
        'opening': [
            'My ex, Derek Haines, has called me over 40 times since Sunday, every time from a different number. I '
            'know it\'s him, I know his voice. I live on Clinton Avenue and I just want this documented.',
        ],
        'answers': {
            'type_confirmed': 'Yes, the harassing calls one',
            'location': 'My apartment on Clinton Avenue',
            'location_confirmed': 'Yes, Clinton Ave',
            'suspect_or_weapon': 'It\'s Derek, like I said. No weapons.',
            'known_suspect': 'Yes. Derek Haines, my ex-boyfriend.',
            'weapon': 'No.',
        },
        'expect': expect('ineligible', 'harassing_phone_call', 'in_town', reason='known_suspect'),
    },
    {
        'id': 's37-ineligible-known-suspect-at-suspect-question-shed-tools-keyser-road',
        'channel': 'web',
        'note': 'a chainsaw and a battery mower taken from the shed on Keyser Road; at the suspect question the doorbell '
                'camera shows the 17-year-old from two houses down, Jake Lindqvist (known_suspect)',
        'opening': [
            'Someone took my chainsaw and my battery mower out of the shed in the backyard yesterday afternoon',
        ],
        'answers': {
            'type_confirmed': 'Theft, yes',
            'location': 'The shed behind our house on Keyser Road',
            'location_confirmed': 'Yes that\'s right',
            'suspect_or_weapon': 'Actually yes, the camera on the side of the house got him clear as day. It\'s the '
                                 'kid from two houses down, Jake Lindqvist. He\'s 17.',
            'known_suspect': 'Yes, Jake Lindqvist, he lives two houses down on Keyser Road.',
            'weapon': 'No.',
        },
        'expect': expect('ineligible', 'theft', 'in_town', reason='known_suspect'),
    },
    {
        'id': 's37-ineligible-weapon-neighbor-saw-gun-in-waistband-lantern-hill-road',
        'channel': 'web',
        'note': 'a car gone through in the driveway on Lantern Hill Road the night before last; at the suspect question '
                'the neighbour saw a gun in the man\'s waistband when he bent into the car, he left on foot long ago '
                '(weapon)',
        'opening': [
            'my car got rifled through in the driveway the night before last, sunglasses and some change and my '
            'garage remote gone',
        ],
        'answers': {
            'type_confirmed': 'ya someone went thru my car',
            'location': 'our driveway on lantern hill road',
            'location_confirmed': 'yes lantern hill',
            'suspect_or_weapon': 'we dont know who he was but my neighbor watched from her window, she said he had '
                                 'a gun tucked in his waistband, she saw the handle when he leaned into my car. he '
                                 'walked off toward long lots after',
            'known_suspect': 'No.',
            'weapon': 'yes, a handgun in his waistband, my neighbor saw it',
        },
        'expect': expect('ineligible', 'vehicle_burglary', 'in_town', reason='weapon'),
    },
    {
        'id': 's37-ineligible-weapon-trail-cam-machete-shed-door-mortar-rock-road',
        'channel': 'web',
        'note': 'the shed door kicked in on Mortar Rock Road four nights ago; at the suspect question the trail camera '
                'shows one man kicking the door while the other swings a machete at the bushes (weapon; long gone)',
        'opening': [
            'Somebody kicked in the door of our shed out back, the frame is split and the hinges are torn out. '
            'Nothing seems to be missing. Mortar Rock Road.',
        ],
        'answers': {
            'type_confirmed': 'Vandalism is right',
            'location': 'Back of our property, Mortar Rock Road',
            'location_confirmed': 'Correct',
            'suspect_or_weapon': 'Don\'t know who, but I just went through the trail cam. Two guys, four nights ago '
                                 'around 2 am. One is kicking the door and the other one is holding a machete, '
                                 'swinging it at the bushes.',
            'known_suspect': 'No.',
            'weapon': 'Yes, a machete, it\'s right there on the camera.',
        },
        'expect': expect('ineligible', 'vandalism', 'in_town', reason='weapon'),
    },
    {
        'id': 's37-ineligible-officer-requested-at-suspect-question-hillandale-road',
        'channel': 'web',
        'note': 'an older woman whose car was gone through on Hillandale Road asks, at the suspect question, whether '
                'an officer can simply come to the house (interjection; officer_requested)',
        'opening': [
            'Good morning. Somebody went into my car during the night and took my handicapped parking placard and '
            'the coins I keep for the meters.',
        ],
        'answers': {
            'type_confirmed': 'Yes, that is right.',
            'location': 'In my carport on Hillandale Road.',
            'location_confirmed': 'Yes, Hillandale Road.',
            'suspect_or_weapon': 'I did not see anyone, and there were no weapons.',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'Before I answer all of these, can a police officer just come to the house? My son says you '
                     'will send someone if I ask for it.'},
        ],
        'expect': expect('ineligible', 'vehicle_burglary', 'in_town', reason='officer_requested'),
    },
    {
        'id': 's37-ineligible-officer-requested-at-name-korean-speaking-shop-owner',
        'channel': 'web',
        'note': 'non-native writer (Korean speaker): a credit card opened in his name, Post Road West dry cleaner; at '
                'the name question he asks for an officer to come to the shop because writing it in English is hard '
                '(interjection; officer_requested)',
        'opening': [
            'Hello. Bank send me letter, somebody open credit card with my name and use 2,100 dollar. I never open '
            'this card.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft',
            'location': 'My dry cleaning shop on Post Road West, the letter come there',
            'location_confirmed': 'Yes right',
            'suspect_or_weapon': 'I don\'t know who. No weapon.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Letter come yesterday',
            'accounts': 'Capital One card, I never open. 2,100 dollar used.',
            'narrative': 'Somebody open Capital One credit card with my name and spend 2,100 dollar. I never apply '
                         'for this card.',
            'reporter_name': 'Jun-ho Baek',
        },
        'interjections': [
            {'at': 'reporter_name',
             'text': 'Sorry, is very hard for me to write all this in English. Can police officer come to my shop '
                     'and I explain with talking?'},
        ],
        'expect': expect('ineligible', 'identity_theft', 'in_town', reason='officer_requested'),
    },
]

# ---------------------------------------------------------------------------------------------- cancelled
CANCELLED = [
    {
        'id': 's37-cancelled-lost-keys-in-rain-jacket-at-summary',
        'channel': 'web',
        'note': 'car and house keys on a lanyard lost walking the dog on Sunrise Road; at the summary she finds them '
                'in her rain jacket',
        'opening': [
            'lost my keys walking the dog this morning, car key plus house keys on a red lanyard. Sunrise Road',
        ],
        'answers': {
            'type_confirmed': 'yep lost keys',
            'location': 'somewhere along Sunrise Road, we do a loop',
            'location_confirmed': 'yes the loop on sunrise',
            'suspect_or_weapon': 'no nothing like that, i dropped them. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'this morning between 7 and 7:40',
            'items': 'Honda key fob, 3 house keys, a small flashlight, all on a red lanyard',
            'narrative': 'This morning between 7 and 7:40 I lost my keys on a red lanyard while walking the dog '
                         'along Sunrise Road.',
            'reporter_name': 'Beth Adeyemi',
            'reporter_email': 'beth.adeyemi@example.com',
            'reporter_phone': '203-555-0102',
            'confirmed': 'yes looks right',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'STOP dont submit. they were in the pocket of my rain jacket the whole time. so sorry!!'},
        ],
        'expect': expect('cancelled', 'lost_property', 'in_town'),
    },
    {
        'id': 's37-cancelled-package-neighbor-brings-it-over-summer-hill-road',
        'channel': 'web',
        'note': 'a package reported stolen from the step on Summer Hill Road; at the suspect question the neighbour '
                'across the street brings it over',
        'opening': [
            'a package says delivered at 11:02 with a photo of it on my front step but its not there. Summer Hill '
            'Road',
        ],
        'answers': {
            'type_confirmed': 'theft yes',
            'location': 'front step, Summer Hill Road',
            'location_confirmed': 'yep',
            'suspect_or_weapon': 'havent got a clue who, no weapons obviously',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'update: the lady across the street just walked it over, she took it in so it wouldnt get rained '
                     'on. never mind!!'},
        ],
        'expect': expect('cancelled', 'theft', 'in_town'),
    },
    {
        'id': 's37-cancelled-epic-games-charges-son-confesses-at-phone',
        'channel': 'web',
        'note': 'eleven Epic Games charges on her debit card; at the phone question her 12-year-old confesses he '
                'bought them on the Xbox',
        'opening': [
            'There are 11 charges on my debit card from something called Epic Games that I did not make. About '
            '$230 altogether.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft I suppose',
            'location': 'Home, Wright Street in Westport',
            'location_confirmed': 'Yes, Wright Street',
            'suspect_or_weapon': 'I have no idea who. No weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'I saw them on my statement this morning',
            'accounts': 'My People\'s Bank debit card, 11 charges to Epic Games, about $230',
            'narrative': 'This morning I found 11 charges to Epic Games on my debit card that I did not make, about '
                         '$230 in total.',
            'reporter_name': 'Diane Kowalczyk',
            'reporter_email': 'diane.kowalczyk@example.com',
            'reporter_phone': '203-555-0191',
        },
        'interjections': [
            {'at': 'reporter_phone',
             'text': 'Oh for heaven\'s sake. My 12 year old just came in and confessed, it was him, on the Xbox. '
                     'Please cancel this, he and I are going to have a talk.'},
        ],
        'expect': expect('cancelled', 'identity_theft', 'in_town'),
    },
    {
        'id': 's37-cancelled-dented-car-daughter-admits-mailbox-cardinal-lane',
        'channel': 'web',
        'note': 'a dent and scrape on the rear bumper found in the driveway on Cardinal Lane, no time in the opening; '
                'at the time question her daughter admits backing into the mailbox post',
        'opening': [
            'Found a big dent and white scrape on my rear bumper, the car was in our driveway the whole time. '
            'Cardinal Lane',
        ],
        'answers': {
            'type_confirmed': 'yes damage to the car',
            'location': 'our driveway, Cardinal Lane',
            'location_confirmed': 'Yes Cardinal Lane',
            'suspect_or_weapon': 'no clue. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'noticed it when I went to get groceries at noon',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': 'oh. my daughter just admitted she backed into the mailbox post with it last night. forget it, '
                     'this one is staying in the family'},
        ],
        'expect': expect('cancelled', 'damage_to_motor_vehicle', 'in_town'),
    },
    {
        'id': 's37-cancelled-robocalls-are-dentist-reminders-at-summary',
        'channel': 'web',
        'note': 'a robotic voice calling three times a day and saying his name, Ellery Lane; at the summary he '
                'realises it is his dentist\'s new reminder system',
        'opening': [
            'for 3 days something calls me 3x a day, a robot voice says my full name and then silence and it hangs '
            'up. Ellery Lane. creeping me out',
        ],
        'answers': {
            'type_confirmed': 'ya harassing calls',
            'location': 'home, ellery lane westport',
            'location_confirmed': 'ya ellery',
            'suspect_or_weapon': 'no idea who, no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'last one was today at 10:15',
            'caller_number': '203-555-0199',
            'call_pattern': '3 days, 3 calls a day, morning noon and evening',
            'narrative': 'For three days an automated voice has called me three times a day from 203-555-0199, said '
                         'my full name and hung up.',
            'reporter_name': 'Sam Okonkwo',
            'reporter_email': 'sam.okonkwo@example.com',
            'reporter_phone': '203-555-0115',
            'confirmed': 'ya submit',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'omg wait. i just listened to the voicemail i never opened and its my dentist\'s new robot '
                     'reminder thing. cancel pls, so embarrassing'},
        ],
        'expect': expect('cancelled', 'harassing_phone_call', 'in_town'),
    },
]

# ---------------------------------------------------------------------------------------------- information
INFORMATION = [
    {
        'id': 's37-information-state-police-windshield-cracked-on-i95-exit-18',
        'channel': 'web',
        'note': 'something thrown from another car cracked his windshield on I-95 northbound near exit 18 in '
                'Westport; asks whether that is the town police or the state police (state_police)',
        'opening': [
            'someone threw a bottle or a rock or something out of a car window on 95 northbound, right around exit '
            '18 in Westport, and it cracked my windshield. is that you guys or the state police?',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='state_police', first_message_describes='false'),
    },
    {
        'id': 's37-information-records-accident-report-compo-road-south',
        'channel': 'web',
        'note': 'how to get a copy of the accident report for a crash on Compo Road South last month, the officer '
                'gave her a card with a number (records)',
        'opening': [
            'How do I get a copy of the accident report from my crash on Compo Road South last month? The officer '
            'gave me a little card with a number on it and my insurance keeps asking for the report.',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='records', first_message_describes='false'),
    },
    {
        'id': 's37-information-copy-online-report-name-misspelled',
        'channel': 'web',
        'note': 'an online report filed last week came back by e-mail with his surname misspelled (Sorenson for '
                'Sorensen); how to get a corrected copy (copy)',
        'opening': [
            'I filed one of these online reports last week and got the copy emailed to me, but my last name is '
            'spelled wrong on it, Sorenson instead of Sorensen. How do I get a corrected copy for my insurance?',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='copy', first_message_describes='false'),
    },
    {
        'id': 's37-information-other-town-daughters-car-fairfield-university',
        'channel': 'web',
        'note': 'a daughter\'s car broken into in a Fairfield University lot; the family lives in Westport and asks '
                'whether to report it here (other_town)',
        'opening': [
            'My daughter\'s car got broken into in a parking lot at Fairfield University where she goes to school. '
            'We live in Westport and the car is registered here. Do we report it to you or to Fairfield?',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='other_town', first_message_describes='false'),
    },
    {
        'id': 's37-information-animal-control-bold-fox-at-bus-stop-clapboard-hill',
        'channel': 'web',
        'note': 'a fox that walks right up to the children at the bus stop on Clapboard Hill Road, not scared at '
                'all; who to call (animal_control)',
        'opening': [
            'theres a fox that keeps walking right up to the kids at the bus stop on Clapboard Hill Road in the '
            'morning, not scared of them at all. who do i even call about that?',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='animal_control', first_message_describes='false'),
    },
]

SCENARIOS = EMERGENCY + INELIGIBLE + CANCELLED + INFORMATION
