"""Sealed set 33 -- the 34 non-filed conversations (12 emergency, 12 ineligible, 5 cancelled,
5 information), written by hand."""

NO = 'No.'


def scen(sid, note, opening, answers, outcome, itype, loc, reason=None, topic=None, emergency=None,
         interjections=None, after_end=None, describes='true'):
    s = {'id': sid, 'channel': 'web', 'note': note, 'opening': opening, 'answers': answers}
    if interjections:
        s['interjections'] = interjections
    if after_end:
        s['after_end'] = after_end
    s['expect'] = {
        'outcome': outcome, 'reason': reason, 'topic': topic, 'incident_type': itype,
        'location_decision': loc, 'emergency_message': emergency,
        'first_message_describes': describes, 'record': None,
    }
    return s


# ---------------------------------------------------------------------------- emergencies (12)
_EO1_2 = ('sorry typing fast. the guy who smashed my window is sitting in a grey car two rows over in the '
          'Longshore lot, he keeps looking at me and my backpack is on his passenger seat')
_EO2 = ('Not sure this is the right place. My brother Eli (34, he has Down syndrome) walks to the Westport '
        'Library every morning at 10 and they just told me he never came in today. His phone goes straight to '
        'voicemail and it\'s 2pm. I just want something on record in case.')
_EO3 = ('please dont call this number back. im texting from the bathroom on my ipad, my husband smashed my '
        'phone and hes downstairs throwing things and screaming that hes going to make me sorry. Cob Drive. can '
        'someone just come')
_EO4 = ('Hi, I wanted to report vandalism - someone stuffed a rag into the furnace exhaust pipe on the side of '
        'our house on Spicer Road. Now the CO detector in the basement keeps beeping and my daughter says she '
        'has a headache and feels dizzy. Probably just the detector being old?')
_EO5 = ('I\'d like to report harassing calls. Some guy has been calling since Monday. Just now he described the '
        'sweater I\'m wearing and said "see you in a minute." I\'m home alone on Lantern Hill Road and the '
        'curtains are open.')

_EM1 = ('hang on - there is a man in our backyard RIGHT NOW dragging the other chair toward the trees. I\'m '
        'watching him from the kitchen window')
_EM2 = ('sorry one sec - my husband just went down the basement stairs hard, there was a huge crash and he\'s '
        'not answering me')
_EM3 = ('He just called again while I was reading this and said he\'s parked at the end of my driveway and he '
        '"has something for me". There\'s a car out there with its lights off.')
_EM4 = ('oh no. there\'s smoke coming out of the garage now - I can see flames by the workbench, they must have '
        'thrown something in')
_EM5 = ('does it even matter. the car was the last thing i had going for me. i\'ve got a bottle of my mom\'s '
        'sleeping pills here and tonight im taking all of them')
_EM6 = ('wait where is Sophie?? my 3 year old was in her car seat and the back door is open, she\'s not in the '
        'car, I don\'t see her anywhere')
_EM7 = ('oh my god the guy just came back. he\'s yelling that I hit HIM and he just took a knife out of his glove '
        'box and he\'s walking toward my car. I\'m inside')

EMERGENCIES = [
    scen('s33-emerg-open-2nd-msg-offender-watching-longshore',
         'emergency in the second opening message: first asks whether a car break-in can be reported here, then '
         'says the man who smashed her window is sitting in a grey car two rows over in the Longshore lot with '
         'her backpack',
         ['hi can i do a car break in report on here', _EO1_2], {}, 'emergency', None, None,
         emergency=_EO1_2, after_end=['ok im getting back in my car and locking the doors']),
    scen('s33-emerg-open-brother-down-syndrome-not-at-library',
         'at-risk adult missing now, played down ("just want something on record in case"): a 34-year-old '
         'brother with Down syndrome never arrived at the Westport Library, phone off',
         [_EO2], {}, 'emergency', None, None, emergency=_EO2,
         after_end=['He\'s wearing a red Yankees jacket and headphones, if that helps']),
    scen('s33-emerg-open-cannot-call-locked-bathroom-cob-drive',
         'resident who cannot call: texting from a locked bathroom on an iPad, husband smashed her phone and is '
         'throwing things downstairs, "please dont call this number back", Cob Drive',
         [_EO3], {}, 'emergency', None, None, emergency=_EO3,
         after_end=['the door is locked. im staying in here and keeping quiet']),
    scen('s33-emerg-open-co-alarm-rag-in-furnace-vent-spicer',
         'opens as a vandalism report (a rag stuffed in the furnace exhaust on Spicer Road) but the CO detector '
         'is beeping and the daughter is dizzy with a headache; played down ("probably just the detector")',
         [_EO4], {}, 'emergency', None, None, emergency=_EO4,
         after_end=['ok we\'re all outside on the front steps now']),
    scen('s33-emerg-open-caller-describes-sweater-lantern-hill',
         'opens as harassing calls, but the caller just described what she is wearing and said "see you in a '
         'minute"; home alone on Lantern Hill Road',
         [_EO5], {}, 'emergency', None, None, emergency=_EO5,
         after_end=['I turned off the lights and I\'m upstairs now']),
    scen('s33-emerg-mid-patio-chair-thief-back-otter-trail',
         'theft of a teak lounge chair from the patio on Otter Trail last night; at the suspect question the '
         'thief is back in the yard dragging the other chair (interjection at suspect_or_weapon)',
         ['Someone stole one of our teak lounge chairs from the back patio on Otter Trail last night, dragged it '
          'right across the lawn, you can see the marks.'],
         {'type_confirmed': 'Yes, someone stole it.',
          'location': 'Our back patio on Otter Trail in Westport.',
          'location_confirmed': 'Yes, Otter Trail.',
          'suspect_or_weapon': 'No idea who took it, and no, nothing like that.'},
         'emergency', 'theft', 'in_town', emergency=_EM1,
         interjections=[{'at': 'suspect_or_weapon', 'text': _EM1}],
         after_end=['he\'s gone into the trees now, I\'m staying inside with the door locked']),
    scen('s33-emerg-mid-husband-fell-basement-tamarac',
         'vehicle burglary on Tamarac Road (sunglasses and a coin jar); at the phone question her husband falls '
         'down the basement stairs and does not answer (interjection at reporter_phone)',
         ['Someone went through my car on Tamarac Road last night, took my sunglasses and a jar of coins, '
          'everything from the glovebox is on the floor'],
         {'type_confirmed': 'Yes, a car break-in.',
          'location': 'Our driveway on Tamarac Road, Westport.',
          'location_confirmed': 'Yes, Tamarac Road.',
          'suspect_or_weapon': 'No, no idea who, and no weapons.',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'Sometime after 11 last night, I found it at 7 this morning.',
          'vehicle': 'White 2019 Honda CR-V, CT 4BZ-812.',
          'items': 'Ray-Ban sunglasses and a jar of coins, maybe $30 in quarters.',
          'damage': 'Nothing broken, I must have left it unlocked.',
          'narrative': 'I parked in the driveway around 11 last night. At 7 this morning the glovebox was '
                       'emptied onto the floor and my sunglasses and coin jar were gone. No damage.',
          'reporter_name': 'Joanna Pietrzak',
          'reporter_email': 'j.pietrzak@example.com',
          'reporter_phone': '203-555-0135'},
         'emergency', 'vehicle_burglary', 'in_town', emergency=_EM2,
         interjections=[{'at': 'reporter_phone', 'text': _EM2}],
         after_end=['he\'s at the bottom of the stairs, his eyes are open but he isn\'t making sense']),
    scen('s33-emerg-mid-caller-at-driveway-deerwood',
         'whispering calls to her cell on Deerwood Lane; at the summary the caller rings again, says he is '
         'parked at the end of her driveway and "has something for me", a car sits there with its lights off '
         '(interjection at confirmed)',
         ['A man has been calling my cell 15-20 times a day for the past week from blocked numbers, whispering '
          'my name and breathing. I\'m on Deerwood Lane.'],
         {'type_confirmed': 'Yes, harassing calls.',
          'location': 'My house on Deerwood Lane in Westport.',
          'location_confirmed': 'Yes, Deerwood Lane.',
          'suspect_or_weapon': 'I don\'t know who he is. No weapons that I know of.',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'The last one before now was at 12:35 today.',
          'caller_number': 'Blocked, it just says No Caller ID.',
          'call_pattern': '15 to 20 calls a day, at all hours. He whispers my name and then breathes until I '
                          'hang up.',
          'narrative': 'For a week a man has called my cell 15 to 20 times a day from blocked numbers. He '
                       'whispers my name and breathes into the phone. The latest was at 12:35 today.',
          'reporter_name': 'Mei-Lin Harrington',
          'reporter_email': 'meilin.h@example.com',
          'reporter_phone': '475-555-0183',
          'confirmed': 'Yes, that\'s right, submit it.'},
         'emergency', 'harassing_phone_call', 'in_town', emergency=_EM3,
         interjections=[{'at': 'confirmed', 'text': _EM3}],
         after_end=['the car is still there, I\'m in the upstairs bathroom with the door locked']),
    scen('s33-emerg-mid-garage-smoke-red-coat',
         'smashed garage windows on Red Coat Road; the opening gives no time; at the time question smoke and '
         'flames appear in the garage (interjection at occurred_at)',
         ['Somebody smashed three of the windows on our detached garage on Red Coat Road. Glass everywhere.'],
         {'type_confirmed': 'Yes, somebody vandalized it.',
          'location': 'Our detached garage on Red Coat Road, Westport.',
          'location_confirmed': 'Yes, Red Coat Road.',
          'suspect_or_weapon': 'Didn\'t see anyone. No weapons that I know of.',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'I noticed it when I got home at 1:30, it was fine this morning at 8.'},
         'emergency', 'vandalism', 'in_town', emergency=_EM4,
         interjections=[{'at': 'occurred_at', 'text': _EM4}],
         after_end=['we\'re out on the front lawn, the smoke is getting really thick']),
    scen('s33-emerg-mid-self-harm-tampering-marvin-place',
         'wires cut under the dash on Marvin Place; at the name question the resident says he has his mother\'s '
         'sleeping pills and will take them all tonight (interjection at reporter_name)',
         ['someone messed with my car on Marvin Place last night, cut the wires under the dash and cracked the '
          'ignition cover. didn\'t take it'],
         {'type_confirmed': 'yeah someone tampered with it',
          'location': 'Marvin Place, Westport, in front of the house',
          'location_confirmed': 'yeah marvin place',
          'suspect_or_weapon': 'no idea who. no weapons',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'sometime after midnight, I found it at 6',
          'vehicle': 'silver 2011 Ford Focus, CT 7WK-149',
          'damage': 'wires cut under the steering column, plastic ignition cover cracked',
          'narrative': 'Found my car this morning with the wires under the steering column cut and the ignition '
                       'cover cracked. It was fine at midnight. They didn\'t get it started.',
          'reporter_name': 'Devon Sturgis'},
         'emergency', 'vehicle_tampering', 'in_town', emergency=_EM5,
         interjections=[{'at': 'reporter_name', 'text': _EM5}],
         after_end=['i\'m not calling anyone, i just wanted to tell someone']),
    scen('s33-emerg-mid-toddler-gone-gas-station',
         'lost wallet while getting gas; the opening names no place; at the location question her 3-year-old '
         'is gone from the car seat, back door open (interjection at location)',
         ['I lost my wallet, I think it fell out of my jacket pocket when I was getting gas just now'],
         {'type_confirmed': 'Yes, my wallet, lost.',
          'location': 'The gas station on Post Road East, by the pumps.'},
         'emergency', 'lost_property', None, emergency=_EM6,
         interjections=[{'at': 'location', 'text': _EM6}],
         after_end=['she has a pink coat on, I\'m looking behind the building']),
    scen('s33-emerg-mid-driver-returns-knife-coleytown-elementary',
         'hit-and-run dent in the Coleytown Elementary lot on Easton Road; at the suspect question the driver '
         'returns, shouts and walks toward her with a knife from his glove box (interjection at '
         'suspect_or_weapon)',
         ['Somebody backed into my car in the parking lot at Coleytown Elementary on Easton Road while I was '
          'waiting for pickup and drove off. Big dent in the front bumper. About 20 minutes ago.'],
         {'type_confirmed': 'Yes, my car was damaged.',
          'location': 'The Coleytown Elementary parking lot, Easton Road, Westport.',
          'location_confirmed': 'Yes, Coleytown Elementary.',
          'suspect_or_weapon': 'I didn\'t see it happen, no idea who it was.'},
         'emergency', 'damage_to_motor_vehicle', 'in_town', emergency=_EM7,
         interjections=[{'at': 'suspect_or_weapon', 'text': _EM7}],
         after_end=['he\'s banging on my window with the handle of it']),
]

# ---------------------------------------------------------------------------- ineligible (12)
INELIGIBLE = [
    scen('s33-inel-unsupported-mini-cooper-gone-greens-farms-station',
         'motor vehicle theft (not an online type): the daughter\'s Mini Cooper gone from the Greens Farms '
         'station lot, not towed, spare key in the cupholder',
         ['My daughter\'s Mini Cooper is gone from the Greens Farms station lot. She parked it at 7 this morning '
          'and it\'s not there now. Not towed - I already called the railroad parking office and the tow '
          'company. The spare key was in the cupholder, don\'t ask \U0001F926\u200D\u2640\uFE0F'],
         {'type_confirmed': 'Yes, the whole car is gone, not something from inside it.'},
         'ineligible', 'motor_vehicle_theft', 'in_town', reason='unsupported_type'),
    scen('s33-inel-unsupported-dumping-sandhopper-trail',
         'none of the known types: paint cans, tires and yard waste repeatedly dumped at the end of a dead-end '
         'street, Sandhopper Trail',
         ['Somebody keeps dumping old paint cans, tires and bags of yard waste at the end of our dead-end street, '
          'Sandhopper Trail. Third time this month. Can I file a report?'],
         {'type_confirmed': 'It\'s dumping, yes. Not sure what category that even is.'},
         'ineligible', None, 'in_town', reason='unsupported_type'),
    scen('s33-inel-outside-bike-southport-station',
         'bike taken from "the train station"; at the location question: the Southport station, "that\'s still '
         'basically Westport right?" (Southport is a village of Fairfield)',
         ['my bike got stolen from the rack at the train station this morning, cut the lock and everything'],
         {'type_confirmed': 'yes theft',
          'location': 'the Southport station, one stop past Greens Farms. that\'s still basically Westport '
                      'right?'},
         'ineligible', 'theft', 'outside_town', reason='outside_town'),
    scen('s33-inel-outside-phone-westport-road-easton',
         'iPhone lost at a barbecue; at the location question: Westport Road "up in Easton actually, but it says '
         'Westport on the street sign"',
         ['Lost my iPhone yesterday evening at a friend\'s barbecue, I think it fell out of my pocket when I was '
          'sitting on the lawn.'],
         {'type_confirmed': 'Yes lost property',
          'location': 'At my friend\'s house on Westport Road. That\'s up in Easton actually, but it says '
                      'Westport on the street sign so \U0001F937'},
         'ineligible', 'lost_property', 'outside_town', reason='outside_town'),
    scen('s33-inel-excluded-ring-sherwood-island',
         'engagement ring lost in the water; at the location question: Sherwood Island, "a state park but it\'s '
         'in Westport, right?"',
         ['I lost my engagement ring this morning, it slid off my finger in the water. I\'ve been searching for '
          'hours with a borrowed metal detector.'],
         {'type_confirmed': 'yes, lost',
          'location': 'At Sherwood Island, on the beach near the first parking lot. It\'s a state park but it\'s '
                      'in Westport, right?'},
         'ineligible', 'lost_property', 'excluded_area', reason='excluded_area'),
    scen('s33-inel-excluded-vb-exit-18-onramp-shoulder',
         'window smashed and bag taken while she walked for help after a flat; at the location question: the '
         'shoulder of the exit 18 on-ramp onto I-95 north',
         ['Got a flat, pulled over, walked to get help, and when I got back someone had smashed my passenger '
          'window and taken my bag off the seat.'],
         {'type_confirmed': 'Yes, a break-in on my car.',
          'location': 'On the shoulder of the exit 18 on-ramp, the Sherwood Island Connector going onto 95 '
                      'north. I couldn\'t get any further on the flat.'},
         'ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
    scen('s33-inel-known-fired-contractor-calls-stony-point',
         'known suspect in the opening: the fired contractor, Dale Pruitt, calls 20 times a day from different '
         'numbers about money; house on Stony Point Road',
         ['The contractor we fired last month keeps calling me 20 times a day from different numbers, swearing '
          'about money he says we owe him. It\'s obviously him, Dale Pruitt, I recognize his voice. The calls '
          'come to our house on Stony Point Road.'],
         {'type_confirmed': 'Yes, harassing calls from him.'},
         'ineligible', 'harassing_phone_call', 'in_town', reason='known_suspect'),
    scen('s33-inel-known-nephew-debit-card-fresenius',
         'debit card used for $730 of gaming purchases; at the suspect question: "it has to be my nephew", '
         'Tyler Brisco, the only one near her wallet that weekend; Fresenius Road',
         ['Someone used my debit card number to buy $730 of gaming stuff online. I live on Fresenius Road.'],
         {'type_confirmed': 'Yes, identity theft I suppose.',
          'location': 'Fresenius Road in Westport.',
          'location_confirmed': 'Yes, Fresenius Road.',
          'suspect_or_weapon': 'Honestly it has to be my nephew. He stayed with us that weekend, he\'s the only '
                               'one who was near my wallet, and it\'s all Xbox stuff. His name\'s Tyler Brisco.',
          'known_suspect': 'Yes, my nephew.',
          'weapon': NO},
         'ineligible', 'identity_theft', 'in_town', reason='known_suspect'),
    scen('s33-inel-weapon-knife-on-camera-bradley-lane',
         'work bag and speaker taken from a car on Bradley Lane; at the suspect question: the neighbour\'s '
         'camera shows the stranger waving a long hunting knife at it',
         ['Car broken into in our driveway on Bradley Lane overnight, they took my work bag and a Bose speaker.'],
         {'type_confirmed': 'Yes, car break-in.',
          'location': 'Our driveway on Bradley Lane, Westport.',
          'location_confirmed': 'Yes, Bradley Lane.',
          'suspect_or_weapon': 'Don\'t know who he is. But the neighbor\'s camera shows him holding a long '
                               'hunting knife, and he kind of waves it at the camera before he walks off.',
          'known_suspect': 'No, I don\'t know him.',
          'weapon': 'Yes, the knife.'},
         'ineligible', 'vehicle_burglary', 'in_town', reason='weapon'),
    scen('s33-inel-weapon-pellet-gun-shed-sniffen',
         'shed windows shot out on Sniffen Road; at the suspect question: pops heard around 10 and copper '
         'pellets on the floor, "one of them had a pellet gun or BB rifle", kids unknown',
         ['Our shed windows on Sniffen Road got shot out last night, all four panes. Pretty sure it was kids.'],
         {'type_confirmed': 'Yes, vandalism I guess.',
          'location': 'The shed in our backyard on Sniffen Road, Westport.',
          'location_confirmed': 'Yes, Sniffen Road.',
          'suspect_or_weapon': 'No idea which kids. I heard pops around 10 and this morning there were little '
                               'copper pellets on the shed floor, so one of them had a pellet gun or BB rifle.',
          'known_suspect': NO,
          'weapon': 'I guess yes, a pellet gun.'},
         'ineligible', 'vandalism', 'in_town', reason='weapon'),
    scen('s33-inel-officer-father-90-snowblower-manitou',
         'daughter writing for her 90-year-old father (snowblower taken from his open garage on Manitou Road); '
         'at the suspect question the father wants an officer at the house (interjection at suspect_or_weapon)',
         ['Writing for my father, who is 90 and lives on Manitou Road. Someone took his brand-new snowblower out '
          'of his open garage yesterday.'],
         {'type_confirmed': 'Yes, it was stolen.',
          'location': 'His garage on Manitou Road, Westport.',
          'location_confirmed': 'Yes, Manitou Road.',
          'suspect_or_weapon': 'No, he didn\'t see anyone, and there was no weapon.'},
         'ineligible', 'theft', 'in_town', reason='officer_requested',
         interjections=[{'at': 'suspect_or_weapon',
                         'text': 'Actually, Dad is standing next to me and says he\'d like a real officer to come '
                                 'to the house. He doesn\'t trust the computer for this. Is that possible?'}]),
    scen('s33-inel-officer-keyed-liar-woodcock',
         '"LIAR" keyed into both sides of a car on Woodcock Lane; at the name question she would rather an '
         'officer see it in person (interjection at reporter_name)',
         ['Someone keyed the word LIAR into both sides of my car in my driveway on Woodcock Lane last night.'],
         {'type_confirmed': 'Yes, damage to the car.',
          'location': 'My driveway on Woodcock Lane, Westport.',
          'location_confirmed': 'Yes, Woodcock Lane.',
          'suspect_or_weapon': 'No idea who did it. No weapons.',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'Between 9 last night and 6:45 this morning.',
          'vehicle': 'Gray 2022 Hyundai Palisade, CT 3FR-771.',
          'damage': '"LIAR" scratched into the driver door and across both passenger doors, down to the metal.',
          'narrative': 'Overnight someone scratched the word LIAR into the paint on both sides of my car while '
                       'it was parked in my driveway.',
          'reporter_name': 'Gabrielle Santangelo'},
         'ineligible', 'damage_to_motor_vehicle', 'in_town', reason='officer_requested',
         interjections=[{'at': 'reporter_name',
                         'text': 'You know what, I\'d rather an officer come see this in person. It feels '
                                 'personal and I want someone to actually look at it.'}]),
]

# ---------------------------------------------------------------------------- cancelled (5)
CANCELLED = [
    scen('s33-cancel-bike-lent-to-buddy-birchwood',
         'son\'s mountain bike "gone" from the porch on Birchwood Lane; at the suspect question the son texts '
         'that he lent it to a friend (interjection at suspect_or_weapon)',
         ['My son\'s mountain bike is gone from our front porch on Birchwood Lane, it was there at breakfast.'],
         {'type_confirmed': 'Yes, stolen I think.',
          'location': 'Our front porch on Birchwood Lane, Westport.',
          'location_confirmed': 'Yes, Birchwood Lane.',
          'suspect_or_weapon': 'No, we don\'t know who.'},
         'cancelled', 'theft', 'in_town',
         interjections=[{'at': 'suspect_or_weapon',
                         'text': 'OMG never mind!! My son just texted - he lent it to his buddy after practice and '
                                 'forgot to tell me. So sorry for wasting your time'}]),
    scen('s33-cancel-phone-in-couch-cushions',
         'lost phone; the opening names no place; at the location question the roommate calls it and it rings '
         'in the couch (interjection at location)',
         ['lost my phone, typing this on my laptop. it has literally my whole life on it'],
         {'type_confirmed': 'yep its lost',
          'location': 'probably at home on Crawford Road or at the gym'},
         'cancelled', 'lost_property', None,
         interjections=[{'at': 'location',
                         'text': 'wait its ringing. my roommate called it and its in the couch cushions. im an '
                                 'idiot. cancel pls \U0001F605'}]),
    scen('s33-cancel-lamp-birthday-gift-ridgewood',
         'a $329 "LMNT Home" charge on his Visa, Ridgewood Lane; at the summary his wife says it is the lamp she '
         'ordered for his birthday (interjection at confirmed)',
         ['There\'s a $329 charge on my Visa from a company called "LMNT Home" that I never made. I live on '
          'Ridgewood Lane.'],
         {'type_confirmed': 'Yes, identity theft or fraud, whatever it\'s called.',
          'location': 'Ridgewood Lane, Westport.',
          'location_confirmed': 'Yes, Ridgewood Lane.',
          'suspect_or_weapon': 'Not a clue who. No weapons.',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'It posted yesterday.',
          'accounts': 'My Visa card, one charge of $329 from LMNT Home.',
          'narrative': 'A charge of $329 from a company called LMNT Home posted to my Visa yesterday. I did not '
                       'make it.',
          'reporter_name': 'Oliver Thistlewood',
          'reporter_email': 'o.thistlewood@example.com',
          'reporter_phone': '203-555-0119',
          'confirmed': 'Yes, please file it.'},
         'cancelled', 'identity_theft', 'in_town',
         interjections=[{'at': 'confirmed',
                         'text': 'Oh no. Hold on. My wife just saw this over my shoulder - LMNT Home is the lamp '
                                 'she ordered for my birthday. Please don\'t submit anything.'}]),
    scen('s33-cancel-utility-markings-maple-avenue-north',
         'orange and blue lines and arrows sprayed on the grass strip on Maple Avenue North; the opening gives no '
         'time; at the time question the neighbour says they are Call Before You Dig markings (interjection at '
         'occurred_at)',
         ['Someone spray painted orange and blue lines and little arrows all over the grass strip and the '
          'sidewalk in front of our house on Maple Avenue North.'],
         {'type_confirmed': "Yes, it's vandalism.",
          'location': 'In front of our house on Maple Avenue North, Westport.',
          'location_confirmed': 'Yes, Maple Avenue North.',
          'suspect_or_weapon': 'No idea who did it, no weapons.',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'I noticed it around noon when I came back from errands.'},
         'cancelled', 'vandalism', 'in_town',
         interjections=[{'at': 'occurred_at',
                         'text': 'Hold on, my neighbor just came over and says those are Call Before You Dig '
                                 'markings, the gas company is putting a line in. I feel silly. Please '
                                 'cancel.'}]),
    scen('s33-cancel-dealer-recall-sticker-stonewall',
         'seat and mirrors moved and a strange windshield sticker on a Volvo in a driveway on Stonewall Lane; at '
         'the phone question her husband says the dealer took it for a recall (interjection at reporter_phone)',
         ['Somebody got into my car in the driveway on Stonewall Lane - seat moved all the way back, mirrors '
          'turned, and there\'s a sticker on the windshield I\'ve never seen. Nothing missing.'],
         {'type_confirmed': 'Yes, tampering, I suppose.',
          'location': 'Our driveway on Stonewall Lane, Westport.',
          'location_confirmed': 'Yes, Stonewall Lane.',
          'suspect_or_weapon': 'I have no idea who. No weapons.',
          'known_suspect': NO,
          'weapon': NO,
          'occurred_at': 'Yesterday while I was at work, between 8:30 and 5.',
          'vehicle': 'Black 2021 Volvo XC60, CT 6DN-245.',
          'damage': 'No damage, just everything moved and that sticker.',
          'narrative': 'Yesterday while I was at work someone was in my car. The seat was pushed back, the '
                       'mirrors were turned and there was an unfamiliar sticker on the windshield. Nothing is '
                       'missing.',
          'reporter_name': 'Francesca Lomax',
          'reporter_email': 'f.lomax@example.com',
          'reporter_phone': '203-555-0138'},
         'cancelled', 'vehicle_tampering', 'in_town',
         interjections=[{'at': 'reporter_phone',
                         'text': 'Oh for heaven\'s sake. My husband just walked in and says the dealer picked it '
                                 'up for the recall yesterday and dropped it back. That\'s the sticker. Never '
                                 'mind, please cancel this.'}]),
]

# ---------------------------------------------------------------------------- information (5)
INFORMATION = [
    scen('s33-info-state-police-truck-tire-i95',
         'question only (topic state_police): a tire off a truck on I-95 northbound near exit 18 dented her hood',
         ['A tire came off a truck on I-95 northbound near exit 18 and I couldn\'t avoid it, it dented my hood. '
          'Who do I report that to, is it you guys?'],
         {}, 'information', None, None, topic='state_police', describes='false'),
    scen('s33-info-records-attempted-break-in-report',
         'question only (topic records): the insurer wants the report an officer took last month about an '
         'attempted break-in through the slider',
         ['Hi, an officer came to our house last month when someone tried to break in through the slider. My '
          'insurance company is asking for a copy of that report. How do I get it?'],
         {}, 'information', None, None, topic='records', describes='false'),
    scen('s33-info-copy-lost-with-dead-laptop',
         'question only (topic copy): the e-mailed copy of her online harassing-calls report was lost when her '
         'laptop died',
         ['I filed an online report for harassing calls a couple of weeks ago and the e-mail with the report got '
          'lost when my laptop died. Can I get another copy sent to me?'],
         {}, 'information', None, None, topic='copy', describes='false'),
    scen('s33-info-other-town-gym-locker-norwalk',
         'question only (topic other_town): wallet stolen from a gym locker in Norwalk, he lives in Westport',
         ['My wallet was stolen out of my locker at a gym in Norwalk. I live in Westport though - can I file it '
          'with you?'],
         {}, 'information', None, None, topic='other_town', describes='false'),
    scen('s33-info-animal-control-howling-husky',
         'question only (topic animal_control): the neighbour\'s husky howls all day on weekdays',
         ['Who do I talk to about the neighbor\'s husky? It howls nonstop from like 7am to 6pm every weekday '
          'when they\'re at work. Not a crime I know, just wondering who handles it.'],
         {}, 'information', None, None, topic='animal_control', describes='false'),
]

SCENARIOS = EMERGENCIES + INELIGIBLE + CANCELLED + INFORMATION
