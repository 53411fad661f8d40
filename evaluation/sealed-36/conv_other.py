# Hand-written non-filed conversations for sealed set 36: emergency, ineligible, cancelled, information.

NO = 'No.'


def other(id, note, opening, answers, outcome, incident_type, location_decision, reason=None, topic=None,
          emergency_message=None, interjections=None, after_end=None, describes='true'):
    return {
        'id': 's36-' + id,
        'note': note,
        'opening': opening,
        'answers': answers,
        'interjections': interjections or [],
        'after_end': after_end or [],
        'outcome': outcome,
        'reason': reason,
        'topic': topic,
        'incident_type': incident_type,
        'location_decision': location_decision,
        'emergency_message': emergency_message,
        'describes': describes,
    }


# ---------------------------------------------------------------------------------------------- emergency
EMERGENCY = [
    # --- signalled in the opening
    other(
        'emer-opening-porch-thief-back-at-door-dogwood-lane',
        'first opening message asks about stolen packages; the second says the same man is on the porch right now '
        'trying the front door handle, Dogwood Lane (crime in progress)',
        ['hey do u guys take reports for stolen packages',
         'omg WAIT the same guy is on my porch right now trying the front door handle, i can see him through the '
         'side window. Dogwood Lane'],
        {}, 'emergency', None, None,
        emergency_message='omg WAIT the same guy is on my porch right now trying the front door handle, i can see '
                          'him through the side window. Dogwood Lane',
        after_end=['ok calling 911, he just walked around the side of the house'],
    ),
    other(
        'emer-opening-father-87-not-back-from-mailbox-hickory-drive',
        'played down ("not sure this is the right place"): an 87-year-old father went for the mail 40 minutes ago '
        'without his walker, in slippers, below freezing, Hickory Drive (missing now)',
        ["Hi, I'm not sure this is the right place but my father is 87 and he went out to get the mail about 40 "
         "minutes ago and he isn't back. His walker is still by the door and he's in slippers, it's below freezing. "
         "We're on Hickory Drive, I've walked up and down the street twice"],
        {}, 'emergency', None, None,
        emergency_message="Hi, I'm not sure this is the right place but my father is 87 and he went out to get the "
                          "mail about 40 minutes ago and he isn't back. His walker is still by the door and he's in "
                          "slippers, it's below freezing. We're on Hickory Drive, I've walked up and down the street "
                          "twice",
        after_end=["I'm calling them now, thank you"],
    ),
    other(
        'emer-opening-brake-fluid-and-threat-note',
        'a "tampering" report: brake fluid all over the driveway and a note on the windshield saying NEXT TIME IT '
        'WONT BE THE CAR, and she has to drive the kids in an hour (threat of violence / danger)',
        ["I need to report someone tampering with my car. There's brake fluid all over the driveway and a note on "
         "the windshield that says NEXT TIME IT WONT BE THE CAR. I'm supposed to drive my kids to practice in an "
         "hour"],
        {}, 'emergency', None, None,
        emergency_message="I need to report someone tampering with my car. There's brake fluid all over the driveway "
                          "and a note on the windshield that says NEXT TIME IT WONT BE THE CAR. I'm supposed to "
                          "drive my kids to practice in an hour",
        after_end=['ok. the kids are staying home. calling now'],
    ),
    other(
        'emer-opening-husband-in-garage-car-running',
        'self-harm: the husband has locked himself in the garage with the car running and is texting goodbye',
        ["sorry i dont know who else to message. my husband locked himself in the garage with the car running and "
         "he's texting me goodbye. the door's locked from the inside"],
        {}, 'emergency', None, None,
        emergency_message="sorry i dont know who else to message. my husband locked himself in the garage with the "
                          "car running and he's texting me goodbye. the door's locked from the inside",
        after_end=['they are on the phone with me now'],
    ),
    other(
        'emer-opening-keyed-car-then-cyclist-hit-greens-farms-road',
        'first opening message asks about a keyed car; the second: a car just hit a cyclist and kept going, he is '
        'lying in the road not moving, Greens Farms Road near the train station (injury)',
        ['is this where i file about my car getting keyed',
         "hold on, a car just hit a guy on a bike right in front of me and kept going, he's lying in the road and "
         "not moving. Greens Farms Road near the train station"],
        {}, 'emergency', None, None,
        emergency_message="hold on, a car just hit a guy on a bike right in front of me and kept going, he's lying "
                          "in the road and not moving. Greens Farms Road near the train station",
        after_end=["someone else is on with 911, i'm staying with him", 'the keyed car thing can wait lol'],
    ),
    # --- interjected mid-way
    other(
        'emer-midway-tampering-hunt-club-lane-prowler-back-at-suspect',
        'gas-cap door pried and scratches round the lock of his wife\'s car on Hunt Club Lane; at the suspect '
        'question he sees a man in a hoodie in the driveway right now pulling the door handles (crime in progress)',
        ["someone was messing with my wife's car last night, the gas cap door is pried open and there are "
         "scratches all around the lock. Hunt Club Lane"],
        {
            'type_confirmed': 'yes vehicle tampering',
            'location': 'Hunt Club Lane, our driveway',
            'location_confirmed': 'yes hunt club',
            'suspect_or_weapon': 'no idea who it was last night',
        },
        'emergency', 'vehicle_tampering', 'in_town',
        emergency_message="oh my god he's back. guy in a hoodie is in our driveway RIGHT NOW pulling on the car door "
                          "handles, I'm watching him on the camera from upstairs",
        interjections=[{'at': 'suspect_or_weapon',
                        'text': "oh my god he's back. guy in a hoodie is in our driveway RIGHT NOW pulling on the car "
                                "door handles, I'm watching him on the camera from upstairs"}],
        after_end=['wife is on with 911'],
    ),
    other(
        'emer-midway-lost-wallet-gault-park-son-falls-at-suspect',
        'wallet lost walking the dog around Gault Park Drive; at the suspect question her son has just fallen down '
        'the basement stairs, is not answering and is bleeding from the head (injury / medical)',
        ['I lost my wallet walking the dog this morning, somewhere around Gault Park Drive'],
        {
            'type_confirmed': 'Yes lost property',
            'location': 'Gault Park Drive, the loop around the block',
            'location_confirmed': 'Yes, around there',
            'suspect_or_weapon': 'No, I just dropped it I think',
        },
        'emergency', 'lost_property', 'in_town',
        emergency_message="sorry - my son just fell down the basement stairs, he's not answering me and there's "
                          "blood on his head, what do I do",
        interjections=[{'at': 'suspect_or_weapon',
                        'text': "sorry - my son just fell down the basement stairs, he's not answering me and "
                                "there's blood on his head, what do I do"}],
        after_end=["he's breathing, my neighbor called 911"],
    ),
    other(
        'emer-midway-idt-cavalry-road-pounding-at-back-door-at-time',
        'a 79-year-old on Cavalry Road whose bank account was emptied (no time in the opening); at the time question '
        'someone is pounding on the back door shouting her name while she is alone (crime in progress / threat)',
        ["someone got into my bank account and moved the money out, I am 79 and I don't understand how this "
         "happened"],
        {
            'type_confirmed': 'Yes I think that is what it is',
            'location': 'My home on Cavalry Road',
            'location_confirmed': 'Yes that is my house',
            'suspect_or_weapon': 'No, I do not know who',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The bank called me about it this morning',
        },
        'emergency', 'identity_theft', 'in_town',
        emergency_message='Hold on, someone is pounding on my back door and shouting my name, I do not know who it '
                          'is. I am alone in the house. Should I open it?',
        interjections=[{'at': 'occurred_at',
                        'text': 'Hold on, someone is pounding on my back door and shouting my name, I do not know '
                                'who it is. I am alone in the house. Should I open it?'}],
        after_end=['He is still out there. I am in the bathroom with the door locked now.'],
    ),
    other(
        'emer-midway-vb-owenoke-park-neighbours-house-on-fire-at-summary',
        'car window smashed and a laptop bag taken on Owenoke Park overnight; at the summary the house next door is '
        'on fire, flames from an upstairs window (fire)',
        ['my car was broken into on Owenoke Park overnight, driver window smashed, they took my laptop bag'],
        {
            'type_confirmed': 'yes vehicle break-in',
            'location': 'Owenoke Park, parked in my driveway',
            'location_confirmed': 'correct, owenoke',
            'suspect_or_weapon': 'nope no idea, no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'between 11 last night and 7:30 this morning',
            'vehicle': 'white Audi Q5, CT 8MR-330',
            'items': 'black Tumi laptop bag with my work laptop in it',
            'damage': 'driver window smashed',
            'narrative': 'overnight someone smashed my driver window in my driveway on Owenoke Park and took my '
                         'laptop bag with my work laptop',
            'reporter_name': 'Greg Lindahl',
            'reporter_email': 'greg.lindahl@example.com',
            'reporter_phone': '203-555-0112',
            'confirmed': 'yeah all of that is right',
        },
        'emergency', 'vehicle_burglary', 'in_town',
        emergency_message="sorry hang on, the house next door is on fire, there's flames coming out of the upstairs "
                          "window. I'm going outside",
        interjections=[{'at': 'confirmed',
                        'text': "sorry hang on, the house next door is on fire, there's flames coming out of the "
                                "upstairs window. I'm going outside"}],
        after_end=['trucks are here. everyone got out'],
    ),
    other(
        'emer-midway-hpc-breather-says-he-sees-her-at-location',
        'blocked-number breathing calls for a week, no place in the opening; at the location question he is calling '
        'right now, describes her green sweater and she thinks he is outside (threat)',
        ["someone keeps calling my phone from a blocked number and just breathing, it's been going on for a week"],
        {
            'type_confirmed': 'yes harassing calls',
            'location': 'home, Shadbush Lane',
        },
        'emergency', 'harassing_phone_call', None,
        emergency_message="he's calling right now and he just said he can see me in my kitchen and that I look nice "
                          "in the green sweater. I AM wearing a green sweater. I think he's outside",
        interjections=[{'at': 'location',
                        'text': "he's calling right now and he just said he can see me in my kitchen and that I look "
                                "nice in the green sweater. I AM wearing a green sweater. I think he's outside"}],
        after_end=["i'm upstairs, the lights are off. 911 is on the way"],
    ),
    other(
        'emer-midway-dmv-meadow-brook-lane-toddler-gone-at-name',
        'car in the driveway on Meadow Brook Lane hit, probably by a delivery truck; at the name question her '
        '4-year-old is not in the yard, the gate is open and there is a pond across the street (missing now)',
        ['my car got hit in our driveway on Meadow Brook Lane, probably a delivery truck turning around, the whole '
         'back corner is crunched'],
        {
            'type_confirmed': 'yes car damage',
            'location': 'Meadow Brook Lane, in our driveway',
            'location_confirmed': 'yes thats right',
            'suspect_or_weapon': 'no, I just assume a truck, I did not see it',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'this morning sometime between 9 and 11',
            'vehicle': 'grey Honda Pilot, CT plate 2LT-774',
            'damage': 'rear bumper corner crushed and the tail light broken',
            'narrative': 'this morning between 9 and 11 something hit the back corner of my Pilot in our driveway',
            'reporter_name': 'Amy Castellano',
        },
        'emergency', 'damage_to_motor_vehicle', 'in_town',
        emergency_message="wait, my 4 yr old was in the yard a second ago and the gate's open. I can't find him and "
                          "there's a pond across the street",
        interjections=[{'at': 'reporter_name',
                        'text': "wait, my 4 yr old was in the yard a second ago and the gate's open. I can't find him "
                                "and there's a pond across the street"}],
        after_end=["found him!! he was in the neighbor's garage with their cat. so sorry. can we finish the car thing "
                   "later"],
    ),
    other(
        'emer-midway-lost-pocket-watch-grays-farm-road-self-harm-at-phone',
        'grandfather\'s gold pocket watch lost walking on Grays Farm Road; at the phone question: "nobody\'s going '
        'to need to reach me after tonight. I just wanted the watch found for my sister" (self-harm)',
        ["I lost my grandfather's gold pocket watch yesterday, walking on Grays Farm Road. It's the only thing of "
         "his I had"],
        {
            'type_confirmed': 'lost property',
            'location': 'Grays Farm Road, somewhere between my house and the end of the road',
            'location_confirmed': 'yes grays farm',
            'suspect_or_weapon': 'no, nobody. i dropped it',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'yesterday afternoon',
            'items': 'gold pocket watch, engraved J.W.K. 1931 on the back, on a short chain',
            'narrative': 'I lost my grandfather\'s gold pocket watch walking on Grays Farm Road yesterday afternoon',
            'reporter_name': 'Daniel Keough',
            'reporter_email': 'dkeough@example.com',
            'reporter_phone': '203-555-0186',
        },
        'emergency', 'lost_property', 'in_town',
        emergency_message="doesn't really matter. nobody's going to need to reach me after tonight. I just wanted "
                          "the watch found for my sister.",
        interjections=[{'at': 'reporter_phone',
                        'text': "doesn't really matter. nobody's going to need to reach me after tonight. I just "
                                "wanted the watch found for my sister."}],
        after_end=["i don't know. maybe. i'm just tired"],
    ),
]

# ---------------------------------------------------------------------------------------------- ineligible
INELIGIBLE = [
    other(
        'inel-unsupported-leased-tesla-gone-stonewall-lane',
        'a leased Tesla Model Y gone from the driveway on Stonewall Lane, not towed, not repossessed (motor vehicle '
        'theft: unsupported_type)',
        ["my leased Tesla Model Y is gone from my driveway on Stonewall Lane. not towed, I called the leasing "
         "company and they didn't repossess it. the app just shows it offline"],
        {
            'type_confirmed': 'yes, my car was stolen',
            'location': 'Stonewall Lane in Westport, from my driveway',
            'location_confirmed': 'yes stonewall lane',
            'suspect_or_weapon': 'no idea who. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'it was there at 11 last night and gone at 7 this morning',
        },
        'ineligible', 'motor_vehicle_theft', 'in_town', reason='unsupported_type',
    ),
    other(
        'inel-unsupported-abandoned-van-minute-man-hill',
        'a beat-up white van with a flat tyre and no plates parked for three weeks in front of a house on Minute Man '
        'Hill (an abandoned vehicle: none of the known types)',
        ["There's been a beat up white van parked in front of our house on Minute Man Hill for 3 weeks now, flat "
         "tire, no plates on it. It hasn't moved an inch. Who handles that?"],
        {}, 'ineligible', None, 'in_town', reason='unsupported_type',
    ),
    other(
        'inel-outside-stew-leonards-westport-avenue-norwalk',
        'wallet with $140 cash lifted from her purse in a shopping cart at "Stew Leonard\'s in Norwalk, on Westport '
        'Ave - it\'s called Westport Avenue so I figured you guys" (location question)',
        ["someone took my wallet right out of my purse in the shopping cart while I was looking at the cheese. had "
         "$140 cash and all my cards in it"],
        {
            'type_confirmed': 'yes theft',
            'location': "Stew Leonard's in Norwalk, on Westport Ave - it's called Westport Avenue so I figured you guys",
        },
        'ineligible', 'theft', 'outside_town', reason='outside_town',
    ),
    other(
        'inel-outside-weston-library-keyed-car',
        'a car keyed while parked "at the Weston library, in Weston center. I live in Westport but I go there" '
        '(location question)',
        ['somebody keyed a long line down the whole side of my car while it was parked at the library this morning'],
        {
            'type_confirmed': 'yes damage to my car',
            'location': "the Weston library, in Weston center. I live in Westport but I go there because it's "
                        "quieter",
        },
        'ineligible', 'damage_to_motor_vehicle', 'outside_town', reason='outside_town',
    ),
    other(
        'inel-excluded-sherwood-island-east-beach-cooler-chairs',
        'a cooler and two beach chairs taken "off the beach" (no place in the opening); at the location question: '
        'Sherwood Island, the East Beach near the model airplane field',
        ['our cooler and two beach chairs were taken while we were in the water yesterday. just gone when we came '
         'back up'],
        {
            'type_confirmed': 'yep stolen',
            'location': 'Sherwood Island, East Beach, near where they fly the model airplanes',
        },
        'ineligible', 'theft', 'excluded_area', reason='excluded_area',
    ),
    other(
        'inel-excluded-merritt-northbound-sideswipe',
        'sideswiped by a driver who kept going; at the location question: "on the Merritt, northbound, just past '
        'the Wilton Road exit in Westport"',
        ['someone sideswiped me and just kept going, my whole driver side is scraped up and the mirror is cracked'],
        {
            'type_confirmed': 'yeah the car damage one',
            'location': 'on the Merritt, northbound, just past the Wilton Road exit in Westport',
        },
        'ineligible', 'damage_to_motor_vehicle', 'excluded_area', reason='excluded_area',
    ),
    other(
        'inel-known-suspect-in-opening-neighbour-salted-lawn-sycamore-drive',
        'the neighbour, Gary Pulaski, named in the opening: watched him dump rock salt along the property line, '
        'Sycamore Drive (vandalism; known suspect)',
        ['My neighbor Gary Pulaski dumped rock salt all along my lawn on the property line AGAIN, I watched him do '
         'it from my kitchen window. Sycamore Drive. The grass is dead in a 3 foot strip'],
        {
            'type_confirmed': 'Yes, vandalism',
            'location': 'Sycamore Drive, my front lawn',
            'location_confirmed': 'Yes, my yard',
            'suspect_or_weapon': 'Yes, like I said, it was Gary from next door',
            'known_suspect': 'Yes - Gary Pulaski, he lives next door in the yellow house',
            'weapon': NO,
        },
        'ineligible', 'vandalism', 'in_town', reason='known_suspect',
    ),
    other(
        'inel-known-suspect-at-suspect-nephew-chase-card-pin-oak-court',
        'a Chase card with almost $3,000 on it opened in her name, Pin Oak Court; at the suspect question she names '
        'her nephew, Colby Reardon, who stayed with them in August (identity theft; known suspect)',
        ["There's a Chase card in my name that I never opened, with almost $3,000 on it already"],
        {
            'type_confirmed': 'Yes identity theft',
            'location': 'Pin Oak Court, at home',
            'location_confirmed': 'Yes, Pin Oak Court',
            'suspect_or_weapon': "Honestly, yes. I'm pretty sure it's my nephew, Colby Reardon. He stayed with us in "
                                 "August and had access to my desk, and the card was opened in September",
            'known_suspect': 'Yes, my nephew Colby Reardon',
            'weapon': NO,
        },
        'ineligible', 'identity_theft', 'in_town', reason='known_suspect',
    ),
    other(
        'inel-weapon-at-suspect-handgun-on-roof-partrick-road',
        'a car gone through in the driveway on Partrick Road two nights ago; at the suspect question: the Ring '
        'video shows a masked man set a handgun on the car roof while he went through the glovebox (long gone)',
        ['my car got gone through in the driveway 2 nights ago, they took my sunglasses and some cash from the '
         'console'],
        {
            'type_confirmed': 'yeah someone went through my car',
            'location': 'Partrick Road, my driveway',
            'location_confirmed': 'yes my driveway',
            'suspect_or_weapon': "I watched the Ring video this morning and it's scary. Guy in a ski mask, he set a "
                                 "handgun on the roof of my car while he went through the glovebox. No idea who",
            'known_suspect': NO,
            'weapon': 'Yes, a handgun, he put it on the roof of my car',
        },
        'ineligible', 'vehicle_burglary', 'in_town', reason='weapon',
    ),
    other(
        'inel-weapon-at-suspect-shotgun-on-back-generator-stoneboat-road',
        'a portable generator taken from the shed on Stoneboat Road; at the suspect question the trail camera shows '
        'the man had a long gun slung on his back (long gone)',
        ['our Honda generator was stolen out of the shed on Stoneboat Road, the lock was cut. we only noticed when '
         'we went to use it this morning'],
        {
            'type_confirmed': 'theft, yes',
            'location': 'Stoneboat Road, the shed behind our house',
            'location_confirmed': 'yes the shed',
            'suspect_or_weapon': "we checked the trail cam. one guy, didn't recognize him, and he had a long gun, "
                                 "like a shotgun, slung on his back. it was 3 nights ago on the timestamp",
            'known_suspect': NO,
            'weapon': 'yes, a shotgun or rifle on his back',
        },
        'ineligible', 'theft', 'in_town', reason='weapon',
    ),
    other(
        'inel-officer-requested-at-summary-stained-glass-maple-grove',
        'the stained-glass window of a front door smashed on Maple Grove Avenue; at the summary she would rather '
        'have an officer come and see it in person (interjection at confirmed)',
        ["Someone smashed the stained glass window in our front door, it's original to the house, from 1910. There "
         "was a brick on the porch"],
        {
            'type_confirmed': 'Yes, I suppose it is vandalism',
            'location': 'Maple Grove Avenue, our front door',
            'location_confirmed': 'That is correct',
            'suspect_or_weapon': 'No, we did not see who. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last night, we heard it at about 1 in the morning',
            'damage': 'The stained glass panel in the upper half of the front door is smashed through, about half of '
                      'it gone',
            'narrative': 'Someone threw a brick through the stained glass in our front door on Maple Grove Avenue '
                         'during the night.',
            'reporter_name': 'Margaret Ellison',
            'reporter_email': 'm.ellison@example.com',
            'reporter_phone': '203-555-0129',
            'confirmed': 'Yes, that is right.',
        },
        'ineligible', 'vandalism', 'in_town', reason='officer_requested',
        interjections=[{'at': 'confirmed',
                        'text': "Actually, you know what, I'd rather an officer came out and looked at it in person "
                                "before anything is filed. Can you send someone instead?"}],
    ),
    other(
        'inel-officer-requested-at-time-older-man-hangup-calls-crawford-road',
        'calls-and-hang-ups to an 80-year-old on Crawford Road (no time in the opening); at the time question he asks '
        'for an officer to come to the house instead of typing (interjection at occurred_at)',
        ["someone calls the house and hangs up. calls and hangs up. over and over, day and night"],
        {
            'type_confirmed': 'I suppose so yes',
            'location': 'Crawford Road, my house',
            'location_confirmed': 'yes that is it',
            'suspect_or_weapon': 'no idea who it is',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'it started about two weeks ago',
        },
        'ineligible', 'harassing_phone_call', 'in_town', reason='officer_requested',
        interjections=[{'at': 'occurred_at',
                        'text': "Look, I'm 80 and all this typing is a lot for me. Can't you just send an officer to "
                                "the house and I'll tell him everything in person?"}],
    ),
]

# ---------------------------------------------------------------------------------------------- cancelled
CANCELLED = [
    other(
        'canc-kayak-compo-mill-cove-daughter-took-it-at-suspect',
        'a yellow kayak gone from the dock rack on Compo Mill Cove; at the suspect question the daughter texts that '
        'she and her friends took it out to Cockenoe (theft, cancelled)',
        ['my yellow kayak is gone from the rack on our dock, must have been taken last night'],
        {
            'type_confirmed': 'yes stolen kayak',
            'location': 'Compo Mill Cove, off our own dock',
            'location_confirmed': 'yep the dock',
            'suspect_or_weapon': 'no idea who',
        },
        'cancelled', 'theft', 'in_town',
        interjections=[{'at': 'suspect_or_weapon',
                        'text': 'OMG. cancel cancel. my daughter just texted that she and her friends took it out to '
                                'Cockenoe this morning. sorry!!!'}],
    ),
    other(
        'canc-wallet-saugatuck-elementary-pickup-found-at-name',
        'wallet lost in the pickup line at Saugatuck Elementary on Riverside Avenue; at the name question the school '
        'office calls: a teacher found it in the lot (lost property, cancelled)',
        ['I think I dropped my wallet in the pickup line at Saugatuck Elementary yesterday, it had my license and '
         'two credit cards'],
        {
            'type_confirmed': 'yes, lost wallet',
            'location': 'Saugatuck Elementary on Riverside Ave, the pickup loop',
            'location_confirmed': 'correct, the pickup loop',
            'suspect_or_weapon': 'no, I just dropped it',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'yesterday at pickup, around 3:15',
            'items': 'brown leather wallet with my license, a Chase debit card and an Amex',
            'narrative': 'I dropped my wallet in the pickup line at Saugatuck Elementary yesterday afternoon',
            'reporter_name': 'Nicole Barrett',
        },
        'cancelled', 'lost_property', 'in_town',
        interjections=[{'at': 'reporter_name',
                        'text': 'never mind!! the school office just called, a teacher found it in the parking lot. '
                                'sorry for wasting your time'}],
    ),
    other(
        'canc-tampering-quarter-mile-road-husband-borrowed-car-at-time',
        'seat pushed back and things on the floor, no time in the opening; at the time question the husband admits '
        'he took her car to the dump this morning (vehicle tampering, cancelled)',
        ["someone's been in my car, the seat is pushed all the way back, mirrors moved and there's stuff all over "
         "the floor"],
        {
            'type_confirmed': 'yes I guess tampering',
            'location': 'Quarter Mile Road, in our garage actually',
            'location_confirmed': 'yes our garage',
            'suspect_or_weapon': 'no idea. no',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'sometime since yesterday evening',
        },
        'cancelled', 'vehicle_tampering', 'in_town',
        interjections=[{'at': 'occurred_at',
                        'text': "oh... my husband just read this over my shoulder and admitted he took my car to the "
                                "dump this morning because his was blocked in. So that's the 'suspect'. Please "
                                "cancel"}],
    ),
    other(
        'canc-idt-amex-card-wife-applied-at-summary',
        'an unexpected Amex card in the mail, Tamarac Road; at the summary his wife says she applied for it for the '
        'airline miles (identity theft, cancelled)',
        ["there's a new Amex card in my name that came in the mail today, I never applied for it"],
        {
            'type_confirmed': 'yeah identity theft i think',
            'location': 'Tamarac Road, at home',
            'location_confirmed': 'yes tamarac',
            'suspect_or_weapon': 'no idea, no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'it came in the mail today, around noon',
            'accounts': 'American Express Platinum card, arrived today, no charges on it that I know of',
            'narrative': 'An Amex card I never applied for arrived in the mail at my house today',
            'reporter_name': 'Paul Hendricks',
            'reporter_email': 'paul.hendricks@example.com',
            'reporter_phone': '203-555-0192',
            'confirmed': 'yes go ahead',
        },
        'cancelled', 'identity_theft', 'in_town',
        interjections=[{'at': 'confirmed',
                        'text': "hold on - my wife just told me she applied for it for the airline miles and forgot "
                                "to mention it. I'm so sorry, please don't submit this"}],
    ),
    other(
        'canc-hpc-early-robocalls-school-alert-system-at-location',
        'recorded calls every morning at 6:45 in Spanish then English, no place in the opening; at the location '
        'question she finds the number is the school district\'s new alert system (harassing calls, cancelled); '
        'Burr Farms Road in the plain answer',
        ["I keep getting calls every morning at 6:45 from a number I don't know, a recorded voice says something "
         "in Spanish and then in English but it cuts off, then hangs up"],
        {
            'type_confirmed': 'i guess harassing calls yes',
            'location': 'at home, Burr Farms Road',
        },
        'cancelled', 'harassing_phone_call', None,
        interjections=[{'at': 'location',
                        'text': "wait. I just looked the number up, it's the school district's new alert system, "
                                "they've been testing it all week. never mind, so embarrassing"}],
    ),
]

# ---------------------------------------------------------------------------------------------- information
INFORMATION = [
    other(
        'info-state-police-merritt-mirror-clipped',
        'a mirror clipped on the Merritt near the Westport exits: "do you handle that or is it the state troopers?" '
        '(topic state_police)',
        ['Someone clipped my side mirror on the Merritt last night near the Westport exits and kept going. Do you '
         'guys handle that or is it the state troopers?'],
        {}, 'information', None, None, topic='state_police', describes='false',
    ),
    other(
        'info-records-old-basement-burglary-report-for-lawsuit',
        'wants a copy of the report an officer took two years ago when the basement was broken into, for a lawsuit '
        '(topic records)',
        ['How do I get a copy of a police report from two years ago? An officer came out when our basement was '
         'broken into and now our lawyer needs it'],
        {}, 'information', None, None, topic='records', describes='false',
    ),
    other(
        'info-copy-online-bike-report-no-case-number-yet',
        'filed online on Sunday night for a stolen bike, got a received e-mail but no report or case number yet '
        '(topic copy)',
        ['I filed a report online Sunday night for my stolen bike and got an email saying it was received, but '
         'nothing since. When do I get the actual report with a case number?'],
        {}, 'information', None, None, topic='copy', describes='false',
    ),
    other(
        'info-other-town-son-car-broken-into-sono-garage',
        'a son\'s car broken into in a SoNo (Norwalk) garage; can he file with Westport since they live here? '
        '(topic other_town)',
        ["my son's car got broken into in the parking garage in SoNo (Norwalk) last night. we live in Westport. can "
         "he file with you guys since we're residents?"],
        {}, 'information', None, None, topic='other_town', describes='false',
    ),
    other(
        'info-animal-control-staggering-raccoon-charbeth-lane',
        'a raccoon staggering in circles on the patio in daylight, Charbeth Lane: who to call (topic animal_control)',
        ['theres a raccoon staggering around our patio in broad daylight, walking in circles. who do i call for '
         'that? Charbeth Lane'],
        {}, 'information', None, None, topic='animal_control', describes='false',
    ),
]
