"""sealed-39: the 34 non-filed conversations (12 emergency, 12 ineligible, 5 cancelled,
5 information), hand-written."""

from conv_filed import scn, NO

# ---------------------------------------------------------------- emergency (12)
_E1 = ("neighbors garage on keyser rd has black smoke coming out around the side door and under the big "
       "door. their cars are in there. i knocked and nobody answered. is this something i report here??")
_E2b = ("Actually it's happening right now - two guys are kicking in their back door on Pin Oak Court, I can "
        "hear the wood cracking. I'm watching from my kitchen window.")
_E3 = ("want to file a report on my ex for the calls but honestly whats the point. ive got all my pills out on "
       "the table and i think tonight im just done")
_E4 = ("A man just keyed a long line down my car in the library lot on Jesup Road and when I yelled at him he "
       "pulled out a knife and started waving it at people. He's still walking around the lot. I'm sitting in "
       "my car with the doors locked.")
_E5b = ("never mind that, my 3 year old just wandered off at compo beach by the jetty and i cant find him "
        "anywhere. hes in a red swim shirt")
_E6 = ("oh my god hold on, there's a guy at my car RIGHT NOW in my driveway, he has some long flat metal thing "
       "jammed down in the window")
_E7 = ("Hang on. He just called again and said he's parked across the street from my house and that I should "
       "come outside. There IS a grey van across the street. I'm alone with the baby.")
_E8 = ("sorry I have to stop, my husband just collapsed in the kitchen and he's making a snoring sound and I "
       "can't wake him up")
_E9 = ("Oh dear. I smell smoke and the kitchen is filling up - I left a pan of oil on the stove and there are "
       "flames going up the wall behind it.")
_E10 = ("OMG a car just hit a kid on a bike right in front of my house, he's lying in the road and not getting "
        "up and the car is stopped")
_E11 = ("i just got home and someone is inside my house. i can hear them downstairs going through drawers. im "
        "hiding in the upstairs bathroom on woodcock lane, i cant talk out loud")
_E12 = ("wait my friend was sitting in the passenger seat when it got hit and she just threw up and says her "
        "head is really hurting, she smacked it on the window")

EMERGENCY = [
    scn('s39-emg-opening-keyser-road-neighbour-garage-smoking', 'sms',
        'fire in the opening: black smoke from a neighbour\'s closed garage on Keyser Road, nobody answers the '
        'door, written as a question whether to report it here',
        _E1, {}, 'emergency', None, location_decision=None, emergency_message=_E1,
        after_end=['ok calling now. i can see orange through the little garage windows']),
    scn('s39-emg-opening-pin-oak-court-vandalism-is-a-break-in-now', 'web',
        'two opening messages: asks to report vandalism at the house next door (owners away), then says two '
        'men are kicking in the back door right now on Pin Oak Court (crime in progress)',
        ["Hi, I need to report vandalism at the house next door, the owners are away in Florida.", _E2b],
        {}, 'emergency', None, location_decision=None, emergency_message=_E2b,
        after_end=["They just got the door open and went inside. I'm on with 911 now."]),
    scn('s39-emg-opening-harassing-calls-from-ex-pills-on-table', 'sms',
        'self-harm in the opening: wants to report calls from an ex, but has her pills out and "tonight im '
        'just done"',
        _E3, {}, 'emergency', None, location_decision=None, emergency_message=_E3,
        after_end=['i dont really want to talk to anyone', 'ok. my sister is coming over. shes 10 min away']),
    scn('s39-emg-opening-jesup-road-library-lot-keyed-car-man-with-knife', 'web',
        'weapon in the opening: a man keyed her car in the library lot on Jesup Road, pulled a knife when she '
        'yelled and is still walking around the lot',
        _E4, {}, 'emergency', None, location_decision=None, emergency_message=_E4,
        after_end=['He just walked toward the river path. Police car pulling in now.']),
    scn('s39-emg-opening-lost-item-question-then-toddler-gone-at-compo', 'sms',
        'two opening messages: "how do i report something lost", then her 3-year-old has wandered off at '
        'Compo Beach by the jetty (missing now)',
        ['how do i report something lost', _E5b], {}, 'emergency', None, location_decision=None,
        emergency_message=_E5b, after_end=['lifeguards are looking. i called']),
    scn('s39-emg-midway-ellery-lane-tampering-man-back-at-car', 'web',
        'vehicle tampering on Ellery Lane (scratched handle, pried window seal); at suspect_or_weapon a man is '
        'at the car right now with a metal tool in the window (crime in progress)',
        "Someone was messing with my car last night - the driver's door handle is all scratched up and the "
        "rubber seal on the window is pried out a bit. I'm on Ellery Lane.",
        {'type_confirmed': 'Yes, tampering with my car.',
         'location': 'Ellery Lane, Westport, my driveway.',
         'location_confirmed': 'Yes, Ellery Lane.',
         'suspect_or_weapon': "I don't know who did it, I didn't see anyone last night."},
        'emergency', 'vehicle_tampering', emergency_message=_E6,
        interjections=[('suspect_or_weapon', _E6)],
        after_end=["He saw me at the window and took off running toward the end of the street"]),
    scn('s39-emg-midway-pheasant-lane-hang-up-caller-parked-outside', 'web',
        'harassing calls from an unknown man asking for "the lady of the house"; at confirmed he calls again '
        'saying he is parked across the street and she should come out, a grey van is there (threat)',
        "For about a week a man has been calling my cell from 203-555-0193 asking for 'the lady of the house' "
        "and then hanging up when I answer. I live on Pheasant Lane in Westport.",
        {'type_confirmed': 'Yes, phone harassment.',
         'location': 'Pheasant Lane, Westport.',
         'location_confirmed': 'Yes, that is my street.',
         'suspect_or_weapon': "I don't know who he is. He hasn't threatened me, it's just creepy.",
         'known_suspect': NO, 'weapon': NO,
         'occurred_at': 'The last call was this morning around 9.',
         'caller_number': 'Always 203-555-0193.',
         'call_pattern': 'Once or twice a day for about a week, always asking for the lady of the house.',
         'narrative': "A man calls my cell from 203-555-0193 once or twice a day asking for the lady of the "
                      "house and hangs up.",
         'reporter_name': 'Brianna Kessler',
         'reporter_email': 'bkessler@example.com',
         'reporter_phone': '203-555-0104',
         'confirmed': 'Yes, that all looks correct.'},
        'emergency', 'harassing_phone_call', emergency_message=_E7,
        interjections=[('confirmed', _E7)],
        after_end=['ok I locked the doors and called']),
    scn('s39-emg-midway-marion-road-loan-in-husbands-name-husband-collapses', 'web',
        'identity theft (a loan application in the husband\'s name), opening gives no time; at occurred_at '
        'the husband collapses in the kitchen, snoring sound, cannot wake him (medical)',
        "Our bank called about a personal loan application in my husband's name that we never made. We live on "
        "Marion Road in Westport.",
        {'type_confirmed': 'Yes, I believe that is identity theft.',
         'location': 'Marion Road, Westport.',
         'location_confirmed': 'Marion Road, yes.',
         'suspect_or_weapon': 'No idea who. No threats or anything like that.',
         'known_suspect': NO, 'weapon': NO,
         'occurred_at': 'The bank called yesterday afternoon.'},
        'emergency', 'identity_theft', emergency_message=_E8,
        interjections=[('occurred_at', _E8)]),
    scn('s39-emg-midway-lost-watch-no-place-pan-fire-in-kitchen', 'web',
        'elderly woman lost her late husband\'s gold watch, opening names no place; at location she smells '
        'smoke, a pan of oil is burning up the kitchen wall (fire); location_decision null',
        "I have lost my late husband's wristwatch, a gold Omega. I believe I dropped it when I was out this "
        "morning and I can hardly bear it.",
        {'type_confirmed': 'Yes, I lost it.',
         'location': 'Somewhere on my walk along the Post Road, near the bank.'},
        'emergency', 'lost_property', location_decision=None, emergency_message=_E9,
        interjections=[('location', _E9)]),
    scn('s39-emg-midway-compo-road-south-fence-painted-child-hit-by-car', 'sms',
        'vandalism (red paint squiggles on a picket fence on Compo Road South); at reporter_name a car hits a '
        'child on a bike in front of the house (injury)',
        'somebody spray painted our white picket fence on compo rd south overnight. big red squiggles all over',
        {'type_confirmed': 'yep vandalism',
         'location': 'compo road south, westport',
         'location_confirmed': 'yes our house',
         'suspect_or_weapon': 'no clue who. no weapons',
         'known_suspect': NO, 'weapon': NO,
         'occurred_at': 'between 11 last night and 7 this morning',
         'damage': 'about 15 feet of the fence, red spray paint',
         'narrative': 'Overnight someone spray painted red squiggles on our front picket fence.',
         'reporter_name': 'Jill Haverty'},
        'emergency', 'vandalism', emergency_message=_E10,
        interjections=[('reporter_name', _E10)],
        after_end=["someone else is calling 911, i'm going out to him"]),
    scn('s39-emg-midway-gym-wallet-stolen-intruder-at-home-woodcock-lane', 'sms',
        'wallet stolen from a tote at a gym on Post Road East; at reporter_phone she is home and someone is '
        'inside the house, she is hiding and cannot talk (crime in progress, cannot call)',
        'someone stole my wallet out of my tote bag at the gym on the post road this morning while i was in '
        'spin class',
        {'type_confirmed': 'yes theft',
         'location': 'the gym on post road east, westport, the cubbies by the front desk',
         'location_confirmed': 'yes the gym',
         'suspect_or_weapon': 'no idea who. no weapons',
         'known_suspect': NO, 'weapon': NO,
         'occurred_at': 'this morning between 6 and 6:50',
         'items': 'brown wallet with $60 cash, license and cards',
         'narrative': 'During spin class someone took my wallet from my tote in the cubbies.',
         'reporter_name': 'Gabriela Soto',
         'reporter_email': 'gsoto.fit@example.com',
         'reporter_phone': '203-555-0177'},
        'emergency', 'theft', emergency_message=_E11,
        interjections=[('reporter_phone', _E11)],
        after_end=['i texted 911. i hear a car leaving']),
    scn('s39-emg-midway-main-street-lot-car-hit-passenger-head-injury', 'sms',
        'teen: parked car sideswiped in the lot behind Main Street, other car drove off; at suspect_or_weapon '
        'says her friend in the passenger seat hit her head, threw up and has a bad headache (injury)',
        'sooo my car just got hit while it was parked in the lot behind main street, the other car scraped '
        'the whole side and just drove off',
        {'type_confirmed': 'ya damage to my car',
         'location': 'the parking lot behind main street downtown westport, by the river',
         'location_confirmed': 'ya that lot',
         'suspect_or_weapon': 'no idea who was driving, some silver suv that took off toward the bridge'},
        'emergency', 'damage_to_motor_vehicle', emergency_message=_E12,
        interjections=[('suspect_or_weapon', _E12)],
        after_end=['ok calling. shes sitting on the curb now']),
]

# ---------------------------------------------------------------- ineligible (12)
INELIGIBLE = [
    scn('s39-inel-outside-fairfield-metro-station-dent', 'sms',
        'damage to a car parked at the train station; at location: Fairfield Metro station, "i know its '
        'fairfield but i live in westport" (outside_town)',
        'someone backed into my car at the train station this morning and left a big dent and scrape on the '
        'back bumper. no note',
        {'type_confirmed': 'yes damage to my car',
         'location': 'fairfield metro station, the big lot. i know its fairfield but i live in westport so i '
                     'figured i report it here'},
        'ineligible', 'damage_to_motor_vehicle', reason='outside_town', location_decision='outside_town'),
    scn('s39-inel-outside-cannondale-station-wilton-wallet', 'web',
        'lost wallet; at location: on the platform at Cannondale station, Wilton (outside_town)',
        'I lost my wallet yesterday afternoon, I think it fell out of my jacket while I was waiting for the '
        'train.',
        {'type_confirmed': 'Yes, it was lost, not stolen.',
         'location': 'On the platform at Cannondale station. That is in Wilton, up Route 7.'},
        'ineligible', 'lost_property', reason='outside_town', location_decision='outside_town'),
    scn('s39-inel-sherwood-island-pavilion-bike-stolen', 'sms',
        'bike stolen while swimming; at location: the rack by the pavilion at Sherwood Island State Park '
        '(excluded_area)',
        'my bike got stolen while i was swimming, cut the lock and everything',
        {'type_confirmed': 'ya theft',
         'location': 'sherwood island state park, i locked it at the rack by the pavilion'},
        'ineligible', 'theft', reason='excluded_area', location_decision='excluded_area'),
    scn('s39-inel-sherwood-island-west-beach-ring-lost', 'web',
        'engagement ring lost in the sand; at location: the west beach of Sherwood Island State Park, near '
        'the nature center (excluded_area)',
        'I lost my engagement ring in the sand this morning. I took it off to put on sunscreen and it must '
        'have fallen off the towel.',
        {'type_confirmed': 'Yes, it is lost.',
         'location': 'Sherwood Island State Park, the west beach near the nature center.'},
        'ineligible', 'lost_property', reason='excluded_area', location_decision='excluded_area'),
    scn('s39-inel-i95-northbound-exit-17-windshield-debris', 'web',
        'windshield cracked by something thrown up from a truck; at location: I-95 northbound around exit 17 '
        '(excluded_area)',
        'Something came off the back of a landscaping truck this morning and cracked my windshield right '
        'across. The truck never stopped.',
        {'type_confirmed': 'Yes, damage to the windshield.',
         'location': 'On 95 northbound, around exit 17 in Westport, in the middle lane.'},
        'ineligible', 'damage_to_motor_vehicle', reason='excluded_area', location_decision='excluded_area'),
    scn('s39-inel-merritt-southbound-paddleboard-taken-from-shoulder', 'sms',
        'paddleboard flew off the roof rack and a passing truck stopped and took it; at location: Merritt '
        'Parkway southbound just past the Weston Road exit, on the shoulder (excluded_area)',
        'my paddleboard flew off my roof rack and by the time i pulled over and walked back some guy in a '
        'pickup had thrown it in his truck and drove off with it',
        {'type_confirmed': 'i guess theft yeah',
         'location': 'merritt pkwy southbound, just past the weston rd exit, on the shoulder'},
        'ineligible', 'theft', reason='excluded_area', location_decision='excluded_area'),
    scn('s39-inel-known-suspect-opening-riverside-roommate-took-tv', 'web',
        'known suspect in the opening: a roommate who moved out took the TV and a PS5, named Dylan Pryce, '
        'apartment on Riverside Avenue',
        "My roommate moved out yesterday while I was at work and took my TV and my PS5 with him. His name is "
        "Dylan Pryce and he won't answer my texts. Our apartment is on Riverside Avenue.",
        {'type_confirmed': 'Yes, theft by my roommate.',
         'location': 'Riverside Avenue in Westport, apartment 3, the building near the Saugatuck side.',
         'location_confirmed': 'Yes, our apartment.',
         'suspect_or_weapon': "Like I said, it's Dylan Pryce, my old roommate. No weapons.",
         'known_suspect': 'Yes, Dylan Pryce.', 'weapon': NO},
        'ineligible', 'theft', reason='known_suspect'),
    scn('s39-inel-known-suspect-at-question-juniper-road-ex-new-girlfriend', 'web',
        'nightly calls from a blocked number on Juniper Road; at suspect_or_weapon names her ex\'s new '
        'girlfriend, Kayla Simmons, whose voice she recognizes (known_suspect)',
        "I've been getting nasty calls from a blocked number every night this week, always right around "
        "midnight. A woman calls me names and hangs up.",
        {'type_confirmed': 'Yes, harassing calls.',
         'location': 'Juniper Road, Westport.',
         'location_confirmed': 'Yes, Juniper Road.',
         'suspect_or_weapon': "Honestly I'm 99% sure it's my ex's new girlfriend, Kayla Simmons. She did this "
                              "before from her own number and I know her voice.",
         'known_suspect': "Yes - Kayla Simmons, I'd know that voice anywhere."},
        'ineligible', 'harassing_phone_call', reason='known_suspect'),
    scn('s39-inel-weapon-woodside-avenue-tires-slashed-knife-at-son', 'web',
        'all four tires slashed on Woodside Avenue; at suspect_or_weapon: the son yelled from the porch and '
        'the man pointed a big knife at him before running off (weapon; over, stranger)',
        'All 4 tires on my car got slashed last night, parked in front of our house on Woodside Avenue.',
        {'type_confirmed': 'Yes, damage to the car.',
         'location': 'Woodside Avenue, Westport, in front of our house.',
         'location_confirmed': 'Yes, on the street in front.',
         'suspect_or_weapon': 'My son saw a guy crouched by the car around 1 am, and when he yelled from the '
                              'porch the guy stood up and pointed a big knife at him, then ran off toward the '
                              'Post Road. We have no idea who he was.',
         'known_suspect': NO,
         'weapon': 'Yes, a knife. He pointed it at my son.'},
        'ineligible', 'damage_to_motor_vehicle', reason='weapon'),
    scn('s39-inel-weapon-imperial-avenue-lot-phone-gun-in-waistband', 'web',
        'phone taken in the Imperial Avenue lot last night; at suspect_or_weapon: a stranger showed a gun in '
        'his waistband and told him to hand it over (weapon; over)',
        'Someone took my phone last night in the Imperial Avenue lot. I am writing from my laptop.',
        {'type_confirmed': 'Yes, theft I guess.',
         'location': 'The Imperial Avenue parking lot in Westport, near the far end by the trees.',
         'location_confirmed': 'Yes, that lot, by the trees.',
         'suspect_or_weapon': "No idea who he was. He walked up, lifted his shirt so I could see a gun in his "
                              "waistband and said give me the phone. So I did.",
         'known_suspect': NO,
         'weapon': 'Yes, a gun, in his waistband.'},
        'ineligible', 'theft', reason='weapon'),
    scn('s39-inel-unsupported-saugatuck-station-crv-gone', 'web',
        'motor vehicle theft: a Honda CR-V gone from the Saugatuck station lot, tow companies checked (not an '
        'online type); a few answers in case the assistant confirms first',
        "My Honda CR-V is gone from the Saugatuck station lot. I parked it there this morning before my train "
        "and it's just not there. I already called the towing companies and none of them have it.",
        {'type_confirmed': 'Yes, the car itself was stolen, not something from inside it.',
         'location': 'The Saugatuck train station lot in Westport, the lot by the Saugatuck Avenue side.',
         'location_confirmed': 'Yes, that lot.'},
        'ineligible', 'motor_vehicle_theft', reason='unsupported_type'),
    scn('s39-inel-unsupported-main-street-shoved-outside-bar', 'sms',
        'an assault that is over: a stranger shoved him outside a bar downtown on Main Street last night, cut '
        'elbow, OK now (not an online type; incident_type null)',
        'some guy shoved me hard outside a bar downtown on main st last night, i fell and cut up my elbow. im '
        'ok now. dont know who he was. can i report that online?',
        {}, 'ineligible', None, reason='unsupported_type'),
]

# ---------------------------------------------------------------- cancelled (5)
CANCELLED = [
    scn('s39-cancel-hyde-lane-keys-found-in-other-jacket', 'web',
        'keys lost between Long Lots Elementary drop-off and home; at reporter_name she finds them in her '
        'other jacket and cancels',
        'I lost my car key and house keys somewhere between the drop-off line at Long Lots Elementary on Hyde '
        'Lane and my house this morning.',
        {'type_confirmed': 'Yes, lost keys.',
         'location': 'Hyde Lane by Long Lots Elementary, or on the walk home from there.',
         'location_confirmed': 'Yes, Hyde Lane.',
         'suspect_or_weapon': 'No, I just lost them. No weapons.',
         'known_suspect': NO, 'weapon': NO,
         'occurred_at': 'This morning around 8:20.',
         'items': 'Toyota key fob and 3 house keys on a ring with a pink pom-pom.',
         'narrative': 'I lost my keys this morning between school drop-off and home.',
         'reporter_name': 'Erin Castellucci'},
        'cancelled', 'lost_property',
        interjections=[('reporter_name', "Oh wait. Found them!! In the pocket of my OTHER jacket the whole "
                                         "time. Sorry, please cancel this.")]),
    scn('s39-cancel-bayberry-lane-bike-borrowed-by-friend', 'sms',
        'son\'s bike missing from the garage on Bayberry Lane; at suspect_or_weapon the son admits a friend '
        'borrowed it, cancels',
        'my sons bike is gone from our garage on bayberry lane. garage was open all afternoon yesterday',
        {'type_confirmed': 'yes stolen bike',
         'location': 'bayberry lane, westport, our garage',
         'location_confirmed': 'yes our garage',
         'suspect_or_weapon': 'no idea who took it'},
        'cancelled', 'theft',
        interjections=[('suspect_or_weapon', 'ok update, my son just told me his friend jake borrowed it and '
                                             'forgot to say. mystery solved. you can cancel, sorry!!')]),
    scn('s39-cancel-hillandale-road-card-charges-were-wifes-app', 'web',
        'two unknown $44 charges on his card, Hillandale Road; at confirmed his wife says they are her fitness '
        'app, cancels before submitting',
        "There are two charges on my credit card I don't recognize, $44 each, from something called 'PTN "
        "DIGITAL'. I think my card number got stolen. I live on Hillandale Road.",
        {'type_confirmed': 'Yes, identity theft, I think.',
         'location': 'Hillandale Road, Westport.',
         'location_confirmed': 'Correct, Hillandale.',
         'suspect_or_weapon': 'No idea who. No threats.',
         'known_suspect': NO, 'weapon': NO,
         'occurred_at': 'The charges posted two days ago.',
         'accounts': 'Visa card ending 4471, two charges of $44 from PTN DIGITAL.',
         'narrative': 'Two charges I did not make appeared on my Visa card.',
         'reporter_name': 'Stuart Pell',
         'reporter_email': 'spell@example.com',
         'reporter_phone': '203-555-0165',
         'confirmed': 'Yes, that looks right.'},
        'cancelled', 'identity_theft',
        interjections=[('confirmed', "Before I submit - my wife just read this over my shoulder. The charges "
                                     "are her fitness app on my card. Please don't file it, cancel. "
                                     "Embarrassing.")]),
    scn('s39-cancel-weathervane-hill-fence-was-a-fallen-branch', 'web',
        'split-rail fence knocked down on Weathervane Hill, opening gives no time; at occurred_at the '
        'neighbour says a branch from his oak fell on it, cancels',
        'Part of my split rail fence on Weathervane Hill is knocked down and two of the rails are snapped. I '
        'think someone did it on purpose.',
        {'type_confirmed': 'Yes, I think vandalism.',
         'location': 'Weathervane Hill in Westport, along the front of the property.',
         'location_confirmed': 'Yes, the front of the property.',
         'suspect_or_weapon': "I don't know who. No weapons.",
         'known_suspect': NO, 'weapon': NO,
         'occurred_at': 'Sometime in the last two days, I noticed it this morning.'},
        'cancelled', 'vandalism',
        interjections=[('occurred_at', 'Actually never mind - my neighbor just walked over and said a big '
                                       'branch from his oak came down on it in the wind two nights ago. Not '
                                       'vandalism. Please cancel.')]),
    scn('s39-cancel-silent-calls-are-dentist-reminder-line', 'sms',
        'silent calls from the same number six times a day, opening names no place; at location he looks up '
        'the number and finds it is the dentist\'s automated reminder line, cancels; location_decision null',
        'getting calls from the same number like 6 times a day and when i pick up nobody talks',
        {'type_confirmed': 'yea harassing calls i guess',
         'location': 'at home, on spicer rd'},
        'cancelled', 'harassing_phone_call', location_decision=None,
        interjections=[('location', "oh wait. i just googled the number and its my dentists automated "
                                    "reminder line lol. cancel pls")]),
]

# ---------------------------------------------------------------- information (5)
INFORMATION = [
    scn('s39-info-anonymous-report-neighbours-mailbox', 'web',
        'asks whether a report can be made without giving a name (a mailbox smashed across the street, not '
        'hers); does not file',
        ["Quick question. If I want to report something I saw - somebody smashed the mailbox across the street "
         "- do I have to give my name? I really don't want to be involved.",
         "Ok, thanks. I'll think about it."],
        {}, 'information', None, topic='anonymous', location_decision=None, describes=False),
    scn('s39-info-copy-no-case-number-yet-bike-report', 'sms',
        'filed an online report three days ago and has not had the e-mailed copy with a case number yet',
        'i filed an online report 3 days ago for my stolen bike and still havent gotten anything. how long '
        'does it take to get the copy with the case number?',
        {}, 'information', None, topic='copy', location_decision=None, describes=False),
    scn('s39-info-records-accident-report-post-road-fender-bender', 'web',
        'wants a copy of the accident report from a fender bender on the Post Road last week, an officer '
        'gave him a card with a number',
        ['How do I get a copy of the accident report from a fender bender I was in on the Post Road last week? '
         'The officer gave me a little card with a number on it.',
         'Is there a fee for that?'],
        {}, 'information', None, topic='records', location_decision=None, describes=False),
    scn('s39-info-state-police-egg-from-merritt-overpass', 'web',
        'asks whether Westport police or the state police handle an egg thrown at his car from an overpass '
        'on the Merritt near exit 42; does not file',
        'Do you guys cover the Merritt Parkway? Someone threw an egg at my windshield from one of the '
        'overpasses near exit 42 yesterday. Or is that the state police? No damage really, I just want it '
        'on record somewhere.',
        {}, 'information', None, topic='state_police', location_decision=None, describes=False),
    scn('s39-info-animal-control-bat-in-living-room-bermuda-road', 'sms',
        'a bat flying around the living room on Bermuda Road: is that the police or someone else?',
        'theres a bat flying around our living room on bermuda rd. is that something the police handle or '
        'who do i call',
        {}, 'information', None, topic='animal_control', location_decision=None, describes=False),
]

SCENARIOS = EMERGENCY + INELIGIBLE + CANCELLED + INFORMATION
