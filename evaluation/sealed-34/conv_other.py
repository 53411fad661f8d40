# sealed-34: the 34 non-filed conversations (12 emergency, 12 ineligible, 5 cancelled, 5 information),
# written by hand. `exp` is completed by build.py (record: null for all of these).

NO = 'No.'

EMERGENCY = [
    # ------------------------------------------------------------------ signalled in the opening (5)
    dict(
        id='s34-emg-open-rear-ended-tire-iron-bridge-street',
        note='asks "is this where i report damage to my car?" and then, in a second opening message, the driver who '
             'just rear-ended her on Bridge Street is walking to her window with a tire iron, screaming; she is still '
             'in the car',
        opening=[
            'hi is this where i report damage to my car?',
            'someone just rear ended me at the light on Bridge Street and now hes out of his truck walking up to my '
            'window with a tire iron screaming at me, im still sitting in the car',
        ],
        answers={},
        after_end=['ok calling, doors are locked', 'he went back to his truck but hes still parked behind me'],
        exp=dict(emergency_index=1),
    ),
    dict(
        id='s34-emg-open-gas-meter-knocked-rotten-egg-buena-vista',
        note='framed as vandalism ("someone knocked our gas meter sideways when they ran over the flower bed"), but '
             'there is a strong rotten-egg smell and a hissing at the meter and the family is inside, Buena Vista '
             'Drive; "probably it\'s fine?" plays it down',
        opening=[
            "Want to report vandalism, somebody drove over our side flower bed last night and knocked the gas meter "
            "sideways. There's a really strong rotten egg smell by that side of the house now and a hissing noise, "
            "but probably it's fine? We're all inside. Buena Vista Drive",
        ],
        answers={},
        after_end=["ok we're going out the front to the neighbors and calling from there"],
        exp=dict(emergency_index=0),
    ),
    dict(
        id='s34-emg-open-father-wallet-dementia-not-back-cranbury',
        note='asks to report her father\'s lost wallet, then adds that he has not come back from his walk for almost '
             'three hours, has dementia and no phone or medication, Cranbury Road',
        opening=[
            "I need to do a lost property report for my father's wallet, he dropped it somewhere on his walk. Also he "
            "isn't back from the walk yet, it's been almost 3 hours, he has dementia and he didn't take his phone or "
            "his pills. Cranbury Road.",
        ],
        answers={},
        after_end=['calling them now', 'should I keep driving around looking for him or stay at the house?'],
        exp=dict(emergency_index=0),
    ),
    dict(
        id='s34-emg-open-caller-describes-son-at-bus-stop-partrick',
        note='framed as harassing calls from a blocked number, but ten minutes ago the caller described what her son '
             'is wearing at the bus stop right now and said he would give him a ride home; Partrick Road',
        opening=[
            "I want to report harassing calls. Some man has been calling me from a blocked number for a week. 10 "
            "minutes ago he called and described what my son is wearing at the bus stop right now, the red jacket, and "
            "said he'd give him a ride home. The bus doesn't come for another 15 min. Partrick Road",
        ],
        answers={},
        after_end=["I'm running down to the bus stop with my phone", 'I have him. he is ok. there was nobody there'],
        exp=dict(emergency_index=0),
    ),
    dict(
        id='s34-emg-open-idtheft-chest-pressure-left-arm',
        note='wants to report identity theft (checking account drained) but has had chest pressure running down her '
             'left arm for half an hour and is sweating, "but I\'d really like to get this report done first"',
        opening=[
            "I need to report identity theft, someone drained my checking account. I've been so stressed about it "
            "that I've had this pressure in my chest for the past half hour going down my left arm and I'm all "
            "sweaty, but I'd really like to get this report done first while I have the bank papers out",
        ],
        answers={},
        after_end=['all right. calling now. my husband is here'],
        exp=dict(emergency_index=0),
    ),
    # ------------------------------------------------------------------ mid-way, as interjections (7)
    dict(
        id='s34-emg-mid-paddleboard-thief-back-harborview-suspect',
        note='theft of a blue paddleboard from the rack by the dock on Harborview Road; at the suspect question a man '
             'is at the rack right now loading the other board into a white van',
        opening=[
            'Somebody took one of our two paddleboards off the rack by our dock last night - the blue one. The rack '
            'is down by the water on Harborview Road.',
        ],
        answers=dict(
            type_confirmed='Yes, theft',
            location='Harborview Road, Westport, the board rack by our dock',
            location_confirmed='yep, Harborview',
            suspect_or_weapon='No idea who took it, and no weapons that I know of',
        ),
        interjections=[dict(at='suspect_or_weapon',
                            text="wait. there's a guy at the rack RIGHT NOW pulling off my other board and sliding it "
                                 "into a white van")],
        after_end=["he's pulling out, white van, I can't read the plate"],
        exp=dict(incident_type='theft', location_decision='in_town'),
    ),
    dict(
        id='s34-emg-mid-lost-earring-father-collapses-church-lane-phone',
        note='a gold earring lost on Church Lane downtown; at the phone question her father collapses in the kitchen, '
             'gasping and not answering',
        opening=[
            "I lost one of my grandmother's gold hoop earrings somewhere on Church Lane downtown yesterday, I think "
            "when I took my scarf off. Can I report that?",
        ],
        answers=dict(
            type_confirmed='yes, lost property please',
            location='Church Lane, downtown Westport, between the bookstore and the parking lot',
            location_confirmed='yes Church Lane',
            suspect_or_weapon='no, I just lost it. no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='yesterday around 3 in the afternoon',
            items='one gold hoop earring, thin, about an inch across, it was my grandmother\'s. maybe $300',
            narrative='Yesterday around 3pm I lost one gold hoop earring on Church Lane downtown, probably when I took '
                      'off my scarf. It belonged to my grandmother.',
            reporter_name='Lena Marchand',
            reporter_email='lena.marchand@example.com',
            reporter_phone='203-555-0119',
        ),
        interjections=[dict(at='reporter_phone',
                            text="sorry hold on my dad just collapsed in the kitchen, he's making a weird gasping "
                                 "noise and he won't answer me")],
        after_end=["theyre on the phone with me telling me what to do", 'ambulance is here'],
        exp=dict(incident_type='lost_property', location_decision='in_town'),
    ),
    dict(
        id='s34-emg-mid-mailbox-smashers-back-with-gun-quarter-mile-summary',
        note='mailbox smashed off its post on Quarter Mile Road overnight; at the summary the same black pickup is '
             'back and one man at the mailbox is holding a gun',
        opening=[
            'Someone smashed our mailbox off the post last night, it was lying in the ditch this morning with the '
            'door ripped off. Quarter Mile Road.',
        ],
        answers=dict(
            type_confirmed='yeah vandalism',
            location='Quarter Mile Road, Westport, the mailbox at the end of our driveway',
            location_confirmed='yes thats our mailbox',
            suspect_or_weapon='no idea who, we heard a bang around 1am but saw nothing. no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='around 1 this morning, that\'s when we heard the bang',
            damage='mailbox knocked clean off the post, post cracked, mailbox door ripped off and the box crushed',
            narrative='Around 1am we heard a bang. This morning our mailbox on Quarter Mile Road was lying in the '
                      'ditch with the door ripped off and the post cracked. We did not see who did it.',
            reporter_name='Craig Lindholm',
            reporter_email='craig.lindholm@example.com',
            reporter_phone='203-555-0122',
            confirmed="yes that's right",
        ),
        interjections=[dict(at='confirmed',
                            text="WAIT they're back. same black pickup, one of them is out at the mailbox and he's "
                                 "holding a gun, i can see it from the upstairs window")],
        after_end=["we're upstairs in the back bedroom away from the windows"],
        exp=dict(incident_type='vandalism', location_decision='in_town'),
    ),
    dict(
        id='s34-emg-mid-carport-smoke-flames-wright-street-time',
        note='a dented car in the carport on Wright Street (the opening gives no time); at the time question smoke '
             'comes from under the hood and there are flames in the carport attached to the house',
        opening=[
            'Somebody hit my car while it was in the carport, the whole front corner is crumpled and the headlight is '
            'hanging out. Wright Street, Westport.',
        ],
        answers=dict(
            type_confirmed='yes damage to my car',
            location='Wright Street, Westport, in our carport next to the house',
            location_confirmed='yes, the carport',
            suspect_or_weapon='no idea who, no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='sometime last night, it was fine at 9',
        ),
        interjections=[dict(at='occurred_at',
                            text='hold on, there is smoke coming out from under the hood of that car and now i see '
                                 'flames, the carport is attached to the house')],
        after_end=["we're all out, the kids and the dog, calling now"],
        exp=dict(incident_type='damage_to_motor_vehicle', location_decision='in_town'),
    ),
    dict(
        id='s34-emg-mid-idtheft-not-around-tomorrow-yankee-hill-name',
        note='identity theft that emptied his savings, Yankee Hill Road; at the name question: "i\'m not going to be '
             'around tomorrow anyway so it doesn\'t matter"',
        opening=[
            'someone got into my bank and opened loans in my name, my savings are gone, like all of it. yankee hill '
            'rd',
        ],
        answers=dict(
            type_confirmed='yes identity theft',
            location='yankee hill road westport',
            location_confirmed='yeah',
            suspect_or_weapon='no idea. no',
            known_suspect=NO,
            weapon=NO,
            occurred_at='bank called me on monday',
            accounts='savings account emptied, about $41,000, and 2 personal loans opened in my name',
            narrative='Someone got into my bank account, emptied my savings of about $41,000 and opened two personal '
                      'loans in my name. The bank called me Monday.',
            reporter_name='Evan Sorensen',
        ),
        interjections=[dict(at='reporter_name',
                            text="honestly whats the point of a report. they took everything. i'm not going to be "
                                 "around tomorrow anyway so it doesn't matter")],
        after_end=['my sister is coming over. ok'],
        exp=dict(incident_type='identity_theft', location_decision='in_town'),
    ),
    dict(
        id='s34-emg-mid-caller-blue-curtains-back-door-location',
        note='harassing calls from a private number (the opening gives no place); at the location question the '
             'caller has just said "nice blue curtains" and someone is trying the back door handle',
        opening=[
            'A man keeps calling me from a private number, 3 or 4 times every night, and just breathes and sometimes '
            'says my name. I want to make a report.',
        ],
        answers=dict(
            type_confirmed='yes, harassing calls',
            location='Greenbrier Road, Westport',
        ),
        interjections=[dict(at='location',
                            text="he just called again and said 'nice blue curtains'. my curtains are blue. and now "
                                 "somebody is trying the back door handle")],
        after_end=["I'm locked in the bathroom with the lights off, they're on the phone with me"],
        exp=dict(incident_type='harassing_phone_call', location_decision=None),
    ),
    dict(
        id='s34-emg-mid-tampering-toddler-gone-pond-gate-pheasant-lane',
        note='someone let the air out of two tyres and pulled the wiper arms back on Pheasant Lane; at the suspect '
             'question her 4-year-old is gone from the yard and the gate to the pond path is open',
        opening=[
            'someone messed with my car in the driveway, 2 tires let down and both wiper arms bent back. pheasant '
            'lane westport',
        ],
        answers=dict(
            type_confirmed='yeah tampering',
            location='Pheasant Lane, Westport, our driveway',
            location_confirmed='ya our driveway',
            suspect_or_weapon='no clue who and no weapons',
        ),
        interjections=[dict(at='suspect_or_weapon',
                            text="hang on my 4 year old was just in the yard and now i cant see her anywhere and the "
                                 "gate to the pond path is open")],
        after_end=['my husband is running down to the pond, im calling'],
        exp=dict(incident_type='vehicle_tampering', location_decision='in_town'),
    ),
]

INELIGIBLE = [
    # ------------------------------------------------------------------ unsupported_type (2)
    dict(
        id='s34-inel-unsupported-motorcycle-gone-roseville-road',
        note='motor vehicle theft: a Kawasaki motorcycle gone from the driveway on Roseville Road, cover on the lawn, '
             'chain lock cut, not lent and not repossessed (`motor_vehicle_theft`, not an online type)',
        opening=[
            "My Kawasaki Ninja is gone from my driveway on Roseville Road. The cover is lying on the lawn and the "
            "chain lock is cut. I didn't lend it to anyone and it wasn't repo'd, I own it outright.",
        ],
        answers=dict(
            type_confirmed='Yes, the whole motorcycle was stolen',
            location='Roseville Road, Westport, in my driveway',
        ),
        exp=dict(reason='unsupported_type', incident_type='motor_vehicle_theft', location_decision='in_town'),
    ),
    dict(
        id='s34-inel-unsupported-camera-drone-over-pool-minute-man-hill',
        note='a camera drone hovering over the backyard pool on Minute Man Hill three evenings in a row (none of the '
             'online types; nothing happening now)',
        opening=[
            "For the third evening in a row a drone has hovered over our backyard on Minute Man Hill while my "
            "daughters are in the pool. It has a camera on it. It flies off toward the woods when I come outside. "
            "Can I file a report about this?",
        ],
        answers=dict(
            location='Minute Man Hill, Westport, over our backyard',
        ),
        exp=dict(reason='unsupported_type', incident_type=None, location_decision='in_town'),
    ),
    # ------------------------------------------------------------------ outside_town (2)
    dict(
        id='s34-inel-outside-bike-gym-westport-ave-norwalk',
        note='a $900 Trek taken outside a gym; at the location question: "the gym on Westport Ave. oh wait that\'s '
             'technically Norwalk isn\'t it" (Westport Avenue is in Norwalk)',
        opening=["my bike got stolen outside the gym yesterday, they cut the cable lock. gray Trek FX, $900"],
        answers=dict(
            type_confirmed='yeah stolen',
            location="the gym on Westport Ave. oh wait that's technically Norwalk isn't it, it's like right over the "
                     "line from us",
        ),
        exp=dict(reason='outside_town', incident_type='theft', location_decision='outside_town'),
    ),
    dict(
        id='s34-inel-outside-wallet-weston-center-norfield-road',
        note='a wallet dropped getting out of the car; at the location question: the center of Weston, off Norfield '
             'Road, "I live in Westport, so I figured I\'d report it here"',
        opening=["Lost my wallet Saturday, I think I dropped it getting out of the car. License, two cards, about $40."],
        answers=dict(
            type_confirmed='Yes, lost.',
            location="In the center of Weston, the lot off Norfield Road. I live in Westport, so I figured I'd report "
                     "it here",
        ),
        exp=dict(reason='outside_town', incident_type='lost_property', location_decision='outside_town'),
    ),
    # ------------------------------------------------------------------ excluded_area (2)
    dict(
        id='s34-inel-excluded-phone-merritt-shoulder-exit-21',
        note='a phone lost changing a flat; at the location question: the grass shoulder of the Merritt Parkway '
             'northbound just before the Weston Road exit ("the new exit 21")',
        opening=[
            "I lost my phone yesterday when I got a flat tire, it must have slid off my lap when I got out to look. "
            "Only noticed at home, I'm writing from my laptop.",
        ],
        answers=dict(
            type_confirmed='yep, lost item',
            location='On the side of the Merritt Parkway, northbound, just before the exit for Weston Road - the new '
                     'exit 21. I pulled onto the grass shoulder.',
        ),
        exp=dict(reason='excluded_area', incident_type='lost_property', location_decision='excluded_area'),
    ),
    dict(
        id='s34-inel-excluded-beach-cart-sherwood-island-east-beach',
        note='a beach cart with a cooler and two chairs (about $250) walked off with while the family swam; at the '
             'location question: Sherwood Island east beach by the pavilion, "The park is in Westport so I assumed '
             'you guys cover it?"',
        opening=[
            "Someone walked off with our beach cart this morning while we were in the water - it had our cooler, two "
            "chairs and my husband's sandals in it. Maybe $250 of stuff. Not a huge deal but I want it on record.",
        ],
        answers=dict(
            type_confirmed='yes, a theft I guess',
            location='Sherwood Island, the east beach near the pavilion. The park is in Westport so I assumed you '
                     'guys cover it?',
        ),
        exp=dict(reason='excluded_area', incident_type='theft', location_decision='excluded_area'),
    ),
    # ------------------------------------------------------------------ known_suspect (2)
    dict(
        id='s34-inel-suspect-neighbor-paint-fence-pond-edge-opening',
        note='named in the opening: the neighbour, Greg Halloran, poured brown paint over the new white fence during '
             'a property-line dispute, seen from the window and on camera; Pond Edge Road',
        opening=[
            "My neighbor Greg Halloran poured a can of brown paint over our new white fence last night. I watched him "
            "do it from my window and it's on our camera too. We've been fighting about the property line. Pond Edge "
            "Road.",
        ],
        answers=dict(type_confirmed='Yes, vandalism'),
        exp=dict(reason='known_suspect', incident_type='vandalism', location_decision='in_town'),
    ),
    dict(
        id='s34-inel-suspect-ex-roommate-discover-card-lincoln-street',
        note='a Discover card with about $1,900 opened in her name, Lincoln Street; at the suspect question she names '
             'her ex-roommate Kayla Brandt, who had her mail and her Social Security card',
        opening=[
            "Someone opened a Discover card in my name and ran up about $1,900 on it. Found it on Credit Karma this "
            "morning. I live on Lincoln Street.",
        ],
        answers=dict(
            type_confirmed='yes, my identity got stolen',
            location='Lincoln Street, Westport',
            location_confirmed='yes, Lincoln St',
            suspect_or_weapon="Honestly I'm almost sure it was my old roommate, Kayla Brandt. She moved out two months "
                              "ago, she had my mail key and my Social Security card was in my desk",
            known_suspect='Yes - Kayla Brandt, my ex-roommate',
        ),
        exp=dict(reason='known_suspect', incident_type='identity_theft', location_decision='in_town'),
    ),
    # ------------------------------------------------------------------ weapon (2)
    dict(
        id='s34-inel-weapon-handgun-on-camera-door-handles-crescent-park',
        note='door handles tried and a fuel door pried on Crescent Park Road overnight; at the suspect question the '
             'neighbour\'s camera shows the man pulling a handgun from his waistband when the floodlight came on',
        opening=[
            "Somebody was going down our street overnight trying car doors. There are smudgy handprints all over my "
            "car and the fuel door is pried open and bent. Crescent Park Road.",
        ],
        answers=dict(
            type_confirmed='Yes, tampering',
            location='Crescent Park Road, Westport, my car was in the driveway',
            location_confirmed="Yes, that's my driveway",
            suspect_or_weapon="No idea who, but my neighbor's camera shows a guy walking up the driveways and when the "
                              "floodlight came on he pulled a handgun out of his waistband and looked around. Then he "
                              "left.",
            known_suspect=NO,
            weapon="Yes, a handgun, it's on the video.",
        ),
        exp=dict(reason='weapon', incident_type='vehicle_tampering', location_decision='in_town'),
    ),
    dict(
        id='s34-inel-weapon-machete-leaf-blower-ladder-timber-lane',
        note='a backpack leaf blower and an aluminium ladder taken from the side yard on Timber Lane the night before '
             'last; at the suspect question the doorbell camera shows the man carrying a machete',
        opening=["Our backpack leaf blower and the aluminum ladder were taken from the side yard on Timber Lane the "
                 "night before last."],
        answers=dict(
            type_confirmed='Yes, theft of our yard stuff',
            location='Timber Lane, Westport, the side yard by the fence',
            location_confirmed='yes Timber Lane',
            suspect_or_weapon="Don't know who, but the doorbell camera shows the guy had a machete in one hand while "
                              "he walked along the side of the house. Freaked us out.",
            known_suspect=NO,
            weapon='Yes, a machete. You can see it clearly on the video.',
        ),
        exp=dict(reason='weapon', incident_type='theft', location_decision='in_town'),
    ),
    # ------------------------------------------------------------------ officer_requested (2)
    dict(
        id='s34-inel-officer-medicare-billing-meadow-view-phone',
        note='an 84-year-old on Meadow View Drive whose Medicare number was used to bill for a wheelchair he never '
             'got; at the phone question he asks for an officer to come to the house in person (interjection)',
        opening=[
            "Good afternoon. I am 84 years old. Someone has used my Medicare number to bill for a motorized wheelchair "
            "that I never ordered and never received. The statement came yesterday.",
        ],
        answers=dict(
            type_confirmed='Yes, identity theft, I suppose that is what it is.',
            location='My home, on Meadow View Drive in Westport.',
            location_confirmed='Yes.',
            suspect_or_weapon='I have no idea who did it. There were no weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='The Medicare statement came yesterday in the mail.',
            accounts='My Medicare number. They billed $3,850 for the wheelchair, according to the statement.',
            narrative='Yesterday I received a Medicare statement showing a claim for a motorized wheelchair that I '
                      'did not order and did not receive. Someone has used my Medicare number.',
            reporter_name='Albert Fenwick',
            reporter_email='My daughter set up albert.fenwick@example.com for me',
            reporter_phone='203-555-0163',
        ),
        interjections=[dict(at='reporter_phone',
                            text="Young lady, I would prefer that an officer come to the house and take this down in "
                                 "person. I do not trust the computer with all of this.")],
        exp=dict(reason='officer_requested', incident_type='identity_theft', location_decision='in_town'),
    ),
    dict(
        id='s34-inel-officer-see-dent-compo-road-north-summary',
        note='a dented tailgate on Compo Road North; at the summary she asks for an officer to come and see the '
             'damage in person instead (interjection at confirmed)',
        opening=[
            'Someone backed into my car while it was parked on the street in front of my house on Compo Road North. '
            'The tailgate is pushed in and the back light is cracked.',
        ],
        answers=dict(
            type_confirmed='Yes, damage to my car',
            location='Compo Road North, Westport, on the street in front of my house',
            location_confirmed='Yes, correct',
            suspect_or_weapon='No, no one saw it. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Yesterday between 4 and 7 in the evening',
            vehicle='Red 2017 Ford Escape, CT plate 1JQ-760',
            damage='Tailgate dented in about the middle, the left tail light cracked',
            narrative='Yesterday between 4 and 7pm my red Ford Escape was hit while parked on the street in front of '
                      'my house on Compo Road North. The tailgate is dented and the left tail light is cracked. No '
                      'note was left.',
            reporter_name='Janet Morrow',
            reporter_email='janet.morrow@example.com',
            reporter_phone='203-555-0171',
            confirmed='Yes it is correct.',
        ),
        interjections=[dict(at='confirmed',
                            text="Actually before I send this - can I have an officer come out and look at it instead? "
                                 "I'd feel better if someone saw the damage in person.")],
        exp=dict(reason='officer_requested', incident_type='damage_to_motor_vehicle', location_decision='in_town'),
    ),
]

CANCELLED = [
    dict(
        id='s34-cancel-wayfair-rug-neighbor-took-it-in-davenport',
        note='a Wayfair rug box "stolen" from the porch on Davenport Avenue; at the suspect question the neighbour '
             'texts that she took it in (interjection)',
        opening=["Package stolen off my porch today, a big Wayfair box (it's a rug). Tracking says delivered at 11:05. "
                 "Davenport Avenue"],
        answers=dict(
            type_confirmed='yes, stolen package',
            location='Davenport Avenue, Westport, my front porch',
            location_confirmed='yes the porch',
            suspect_or_weapon='no clue who took it, no weapons',
        ),
        interjections=[dict(at='suspect_or_weapon',
                            text="oh wait, never mind!! my neighbor just texted, she took the box in so it wouldn't "
                                 "sit out there. sorry!!")],
        exp=dict(incident_type='theft', location_decision='in_town'),
    ),
    dict(
        id='s34-cancel-garage-door-dent-husband-backed-in-dogwood',
        note='a creased garage door on Dogwood Lane (the opening gives no time); at the time question her husband '
             'admits he backed into it (interjection at occurred_at)',
        opening=['Someone dented our garage door, there is a big crease across the bottom panel. Dogwood Lane, '
                 'Westport.'],
        answers=dict(
            type_confirmed="Yes, I think it's vandalism",
            location='Dogwood Lane, Westport, our garage',
            location_confirmed="Yes, that's our house",
            suspect_or_weapon='No idea who. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='I noticed it this morning',
        ),
        interjections=[dict(at='occurred_at',
                            text='Well this is embarrassing. My husband just walked in and admitted he backed into the '
                                 'garage door last night. So no vandalism. Please cancel.')],
        exp=dict(incident_type='vandalism', location_decision='in_town'),
    ),
    dict(
        id='s34-cancel-harmony-studio-charge-piano-lessons-windrush',
        note='two $86 debit-card charges from "SQ *HARMONY STUDIO", Windrush Lane; at the summary she realises it is '
             'her daughter\'s piano teacher (interjection at confirmed)',
        opening=["there are two charges on my debit card I don't recognize, SQ *HARMONY STUDIO, $86 each, both this "
                 "month. I think my card info got stolen?"],
        answers=dict(
            type_confirmed='yes, I think identity theft',
            location='Windrush Lane, Westport',
            location_confirmed='yes windrush',
            suspect_or_weapon='no idea, no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='I saw them on my statement this morning',
            accounts='Chase debit card ending 5512, two charges of $86 from SQ *HARMONY STUDIO',
            narrative='This morning I found two $86 charges from SQ *HARMONY STUDIO on my Chase debit card that I do '
                      'not recognize.',
            reporter_name='Dana Whitlock',
            reporter_email='dana.whitlock@example.com',
            reporter_phone='203-555-0139',
            confirmed='yes looks correct',
        ),
        interjections=[dict(at='confirmed',
                            text="hold on - I just realized HARMONY STUDIO is my daughter's piano teacher. she paid for "
                                 "her lessons with my card. please don't send this, I'm so sorry")],
        exp=dict(incident_type='identity_theft', location_decision='in_town'),
    ),
    dict(
        id='s34-cancel-reading-glasses-on-his-head-owenoke-park',
        note='older writer: tortoiseshell reading glasses lost between the post office and home, Owenoke Park ("the '
             'street, not a park"); at the name question his wife points out they are on top of his head '
             '(interjection at reporter_name)',
        opening=[
            "I've lost my prescription reading glasses, tortoiseshell frames, somewhere between the post office and "
            "my house this morning. I'd like to report them lost in case someone hands them in.",
        ],
        answers=dict(
            type_confirmed='Yes, lost property.',
            location='Somewhere on my walk between the Westport post office and my house on Owenoke Park - that is the '
                     'name of the street, not a park.',
            location_confirmed='Yes, that is right.',
            suspect_or_weapon='No, nothing like that. I simply misplaced them.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='This morning, between about 10 and 10:45.',
            items='Prescription reading glasses, tortoiseshell frames, in a brown leather case. About $280.',
            narrative='This morning I walked to the post office and back and at some point lost my prescription '
                      'reading glasses in a brown leather case.',
            reporter_name='Gerald Aucoin',
        ),
        interjections=[dict(at='reporter_name',
                            text="Oh, for heaven's sake. My wife has just pointed out that they are on top of my head. "
                                 "Please disregard all of this.")],
        exp=dict(incident_type='lost_property', location_decision='in_town'),
    ),
    dict(
        id='s34-cancel-seat-mirrors-moved-son-borrowed-car',
        note='seat pushed back, mirrors moved, door unlocked, nothing missing (the opening gives no place); at the '
             'location question his son texts that he took the car last night (interjection at location)',
        opening=["I think someone messed with my car overnight. Seat is pushed all the way back, the mirrors are all "
                 "moved and the door was unlocked. Nothing's missing though."],
        answers=dict(
            type_confirmed='yes, some kind of tampering',
            location='Hockanum Road, Westport, in the driveway',
        ),
        interjections=[dict(at='location',
                            text='oh. my son just texted, he took the car last night to get gas and moved everything. '
                                 'mystery solved \U0001F644 cancel please')],
        exp=dict(incident_type='vehicle_tampering', location_decision=None),
    ),
]

INFORMATION = [
    dict(
        id='s34-info-state-police-merritt-pickup-clipped-mirror',
        note='question only: a pickup swerved and clipped her mirror on the Merritt Parkway near the Wilton Road '
             'exit; does Westport handle that or someone else (`state_police`)',
        opening=[
            "A guy in a pickup swerved into my lane on the Merritt Parkway yesterday near the Wilton Road exit and "
            "clipped my side mirror, then just took off. Is that something Westport police handles or do I go to "
            "somebody else?",
        ],
        answers={},
        exp=dict(topic='state_police'),
    ),
    dict(
        id='s34-info-records-estate-lawyer-burglary-report',
        note='question only: her late father\'s house was broken into and an officer took the report in person; the '
             'estate lawyer needs a copy; whom to contact (`records`)',
        opening=[
            "Hello. My late father's house was broken into earlier this year and an officer came out and took a "
            "report at the time. The estate attorney now needs a copy of that report. Who do I contact to get it?",
        ],
        answers={},
        exp=dict(topic='records'),
    ),
    dict(
        id='s34-info-copy-online-report-no-email-yet',
        note='question only: filed an online report on Monday about a kid\'s stolen scooter and has not received '
             'anything back; when does the copy come (`copy`)',
        opening=[
            "i filed one of your online reports on monday for my kid's stolen scooter and haven't gotten anything "
            "back. no email, no case number. when does the copy come? did it even go thru?",
        ],
        answers={},
        exp=dict(topic='copy'),
    ),
    dict(
        id='s34-info-other-town-son-bike-fairfield-station',
        note='question only: the son\'s bike was stolen at the Fairfield train station; can they report it here '
             'since they live in Westport (`other_town`)',
        opening=[
            "Quick question - my son's bike was stolen from the rack at the Fairfield train station. We live in "
            "Westport. Can I report it here or does it have to be Fairfield?",
        ],
        answers={},
        exp=dict(topic='other_town'),
    ),
    dict(
        id='s34-info-animal-control-neighbor-chickens-garden',
        note='question only: the neighbour\'s chickens get into her vegetable garden every day; who handles that '
             '(`animal_control`)',
        opening=[
            "Who do I talk to about my neighbor's chickens? They get out every single day and dig up my vegetable "
            "beds. I've asked nicely twice. Is that a police thing?",
        ],
        answers={},
        exp=dict(topic='animal_control'),
    ),
]
