"""sealed-35: the 34 non-filed scenarios (12 emergency, 12 ineligible, 5 cancelled, 5 information).

Hand-written messages. Mid-way events are `interjections` entries ({at, text}) sent instead of the answer
at that question; the `answers` value at that key stays a plain answer. `after_end` lists what the
resident sends after the hand-off or the end of the conversation.
"""

NO = "No."


def scen(id, note, opening, answers, outcome, incident_type, location_decision, reason=None, topic=None,
         emergency_message=None, describes="true", interjections=None, after_end=None):
    s = {"id": id, "channel": "web", "note": note, "opening": opening, "answers": answers}
    if interjections:
        s["interjections"] = interjections
    if after_end:
        s["after_end"] = after_end
    s["expect"] = {
        "outcome": outcome,
        "reason": reason,
        "topic": topic,
        "incident_type": incident_type,
        "location_decision": location_decision,
        "emergency_message": emergency_message,
        "first_message_describes": describes,
        "record": None,
    }
    return s


# ---------------------------------------------------------------------------------------- emergency (12)
_E_O1_SECOND = ("ok so actually the car that hit it is still there, nose down in the ditch across the street, "
                "and the driver is slumped over the wheel not moving. theres steam coming out of the hood. "
                "Bulkley Ave North")
_E_O2 = ("I want to report that someone has been messing with my car -- the back door was open this morning. "
         "Except I just went into the garage to get the registration and there is a man ASLEEP in the back seat "
         "right now. I backed out and shut the door. Hillandale Road. Should I knock on the window and ask him "
         "to leave??")
_E_O3 = ("hi I need to report vandalism, someone spray painted our garage on Mimi Lane last night. sorry also "
         "I just heard glass break downstairs and the dog is going crazy, I'm upstairs with the kids and my "
         "husband's away. it's probably nothing right")
_E_O4 = ("I lost my wallet somewhere, need a report for the DMV I guess. Honestly it doesn't matter much. I've "
         "written letters to my kids tonight and I've got all of my husband's old pills counted out on the "
         "table. I just want things tidy before.")
_E_O5 = ("I've been getting calls from a blocked number for weeks and I was going to report it as harassment. "
         "He just called again and said look outside -- there's a guy in my driveway on Colony Road smashing "
         "my car windows with a baseball bat right now. He's still out there")

_E_M1 = ("hold on. the teenagers from last night just walked back up the driveway and one of them is pouring "
         "something out of a red gas can onto the porch steps. I'm inside with my mom")
_E_M2 = ("sorry -- my wife just collapsed in the kitchen and she's shaking all over, it's been going on for "
         "like 5 minutes and it won't stop, she's never had a seizure before")
_E_M3 = ("Sorry, the phone rang. It was the same man from the bank letters. He says he is parked outside my "
         "house right now and if I don't hand over $5,000 in gift cards today my grandson will get hurt. I can "
         "see a dark car by the mailbox.")
_E_M4 = ("wait -- there's a guy in the water off the end of the dock yelling for help, his kayak flipped and "
         "he's not wearing a life vest. he keeps going under")
_E_M5 = ("hang on, the smoke alarm just started going off and there's smoke coming from under the basement "
         "door, like grey smoke, a lot of it")
_E_M6 = ("forget the name. the guy who hit my car just came back up the driveway and he's screaming at my son "
         "and he just shoved him onto the ground. he's still here")
_E_M7 = ("ok so my neighbor just texted me -- the guy who took my bike is back, he's standing at the end of our "
         "driveway right now looking at the other bikes and my neighbor says she saw a gun in his hand")

EMERGENCY = [
    # ---- signalled in the opening (5)
    scen(
        "s35-emerg-opening2-mailbox-report-then-driver-slumped-bulkley",
        'two opening messages: "is this where i report my mailbox getting knocked over?", then the car that hit '
        'it is nose down in a ditch with the driver slumped over the wheel, not moving, steam from the hood '
        '(Bulkley Avenue North); the second message signals it',
        [
            "hi is this where i report my mailbox getting knocked over?",
            _E_O1_SECOND,
        ],
        {},
        "emergency", None, None,
        emergency_message=_E_O1_SECOND,
        after_end=["ok im calling 911 now", "they said theyre sending an ambulance, my neighbor is out there with him"],
    ),
    scen(
        "s35-emerg-opening-tampering-report-man-asleep-in-back-seat-hillandale",
        'opens as vehicle tampering ("the back door was open this morning") but a stranger is asleep in the back '
        'seat in the garage right now, Hillandale Road; asks whether to knock on the window (crime in progress, '
        'said calmly)',
        [_E_O2],
        {},
        "emergency", None, None,
        emergency_message=_E_O2,
        after_end=["ok. I'm in the car across the street with the doors locked, calling now"],
    ),
    scen(
        "s35-emerg-opening-graffiti-report-glass-breaking-downstairs-mimi-lane",
        'opens as vandalism (spray paint on the garage last night, Mimi Lane) and adds that she just heard glass '
        'break downstairs, the dog is going crazy and she is upstairs with the kids, "it\'s probably nothing '
        'right" (played down)',
        [_E_O3],
        {},
        "emergency", None, None,
        emergency_message=_E_O3,
        after_end=["ok calling", "the 911 lady is still on with me, we're in the bathroom with the door locked"],
    ),
    scen(
        "s35-emerg-opening-lost-wallet-letters-and-pills-tidy",
        'opens as a lost wallet but the writer has written letters to her kids and has her husband\'s old pills '
        'counted out, "I just want things tidy before" (self-harm, said sideways; no place)',
        [_E_O4],
        {},
        "emergency", None, None,
        emergency_message=_E_O4,
        after_end=["I don't want to make a fuss", "ok. I put the pills back in the cabinet. my sister is coming over"],
    ),
    scen(
        "s35-emerg-opening-harassing-caller-smashing-car-with-bat-colony-road",
        'opens as weeks of blocked-number calls meant to be reported as harassment, but the caller just said '
        '"look outside" and a man is smashing her car windows with a baseball bat in her driveway on Colony '
        'Road right now',
        [_E_O5],
        {},
        "emergency", None, None,
        emergency_message=_E_O5,
        after_end=["calling 911. door is locked"],
    ),
    # ---- mid-way via interjections (7)
    scen(
        "s35-emerg-midway-vandalism-gas-can-on-porch-rockyfield-at-suspect",
        'smashed planters on Rockyfield Road last night; at the suspect question the teenagers come back and one '
        'pours something from a red gas can onto the porch steps while she and her mother are inside',
        [
            "some teenagers smashed the big clay planters on my front porch last night and kicked the lanterns "
            "over. I heard them laughing around midnight. I'd like it on file",
        ],
        {
            "type_confirmed": "yes, vandalism please",
            "location": "my house on Rockyfield Road, front porch",
            "location_confirmed": "yes rockyfield",
            "suspect_or_weapon": "I don't know who they are, just a group of teenage boys. no weapons that I saw",
        },
        "emergency", "vandalism", "in_town",
        emergency_message=_E_M1,
        interjections=[{"at": "suspect_or_weapon", "text": _E_M1}],
        after_end=["ok calling 911 now", "they ran when my mom turned the porch light on, the steps are wet and it "
                   "smells like gasoline"],
    ),
    scen(
        "s35-emerg-midway-lost-wallet-wife-seizure-hillspoint-at-phone",
        'a wallet lost on a walk along Hillspoint Road; at the phone question his wife collapses in the kitchen '
        'with a seizure that has lasted about 5 minutes (first ever)',
        [
            "I think I lost my wallet on my walk this morning, somewhere on Hillspoint Road between the beach and "
            "my house. License, two cards, about $60.",
        ],
        {
            "type_confirmed": "Yes, I lost it",
            "location": "Hillspoint Road, Westport, somewhere between Compo and my house",
            "location_confirmed": "Yes, Hillspoint",
            "suspect_or_weapon": "No, I just dropped it. No weapon.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "This morning between 8 and 9",
            "items": "Brown leather wallet with my driver's license, a Visa card, a debit card and about $60 cash",
            "narrative": "This morning between 8 and 9 I lost my brown leather wallet while walking on Hillspoint "
            "Road. It had my license, two cards and about $60.",
            "reporter_name": "Gregory Ashworth",
            "reporter_email": "greg.ashworth@example.com",
            "reporter_phone": "203-555-0150",
        },
        "emergency", "lost_property", "in_town",
        emergency_message=_E_M2,
        interjections=[{"at": "reporter_phone", "text": _E_M2}],
        after_end=["calling now", "the ambulance is here"],
    ),
    scen(
        "s35-emerg-midway-identity-theft-scammer-outside-threatens-grandson-at-time",
        'older woman on Canterbury Close: bank letters about accounts she never opened (no time in the opening); '
        'at the time question the scammer phones, says he is parked outside and her grandson will get hurt if '
        'she does not hand over $5,000 in gift cards today; a dark car by the mailbox',
        [
            "Hello. I have received two letters from banks about credit cards I never applied for. My grandson "
            "says this is identity theft and I should report it.",
        ],
        {
            "type_confirmed": "Yes, I believe so.",
            "location": "My home on Canterbury Close in Westport.",
            "location_confirmed": "Yes, Canterbury Close.",
            "suspect_or_weapon": "I do not know who is doing it. There were no weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The first letter came last Tuesday and the second one this morning.",
        },
        "emergency", "identity_theft", "in_town",
        emergency_message=_E_M3,
        interjections=[{"at": "occurred_at", "text": _E_M3}],
        after_end=["My grandson is at school. Should I call him?", "All right, I am calling 911 now."],
    ),
    scen(
        "s35-emerg-midway-car-break-in-kayaker-in-water-island-way-at-summary",
        'a car broken into in a waterfront driveway on Island Way; at the summary a man whose kayak flipped is in the '
        'water off the end of the dock yelling for help, no life vest, going under',
        [
            "someone got into my car overnight, the passenger window is smashed and my golf bag is gone from the "
            "back. it was in my driveway",
        ],
        {
            "type_confirmed": "yes break in",
            "location": "Island Way, Westport. my driveway",
            "location_confirmed": "yes island way",
            "suspect_or_weapon": "no idea who. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "between 10 last night and 7:30 this morning",
            "vehicle": "2019 Audi Q7, black, CT 3VR-558",
            "items": "Titleist golf bag with a full set of Callaway clubs, about $1,800",
            "damage": "front passenger window smashed",
            "narrative": "Between 10 pm last night and 7:30 this morning someone smashed the front passenger "
            "window of my black Audi Q7 in my driveway on Island Way and took my golf bag and clubs from the back.",
            "reporter_name": "Peter Vandermolen",
            "reporter_email": "p.vandermolen@example.com",
            "reporter_phone": "203-555-0173",
            "confirmed": "yes thats correct",
        },
        "emergency", "vehicle_burglary", "in_town",
        emergency_message=_E_M4,
        interjections=[{"at": "confirmed", "text": _E_M4}],
        after_end=["my neighbor is throwing him a ring buoy, I'm calling 911"],
    ),
    scen(
        "s35-emerg-midway-calls-smoke-under-basement-door-at-location",
        'hang-up calls with nothing said, four times a night (no place in the opening); at the location question '
        'the smoke alarm goes off and grey smoke comes from under the basement door',
        [
            "someone keeps calling my cell at night and just hanging up, like 4 times a night since the weekend. "
            "i want it on record",
        ],
        {
            "type_confirmed": "yes harassing calls",
            "location": "at home, Burr Farms Road",
        },
        "emergency", "harassing_phone_call", None,
        emergency_message=_E_M5,
        interjections=[{"at": "location", "text": _E_M5}],
        after_end=["we're outside, calling now", "fire trucks coming, everyone is out including the cat"],
    ),
    scen(
        "s35-emerg-midway-damaged-car-driver-returns-shoves-son-riverview-at-name",
        'a car dented by a neighbour\'s visitor who drove off, Riverview Road; at the name question the driver '
        'comes back up the driveway, screams at her son and shoves him to the ground, still there',
        [
            "someone backed into my parked car at the end of our driveway this morning and drove off, the rear "
            "bumper is caved in and the tail light is smashed",
        ],
        {
            "type_confirmed": "yes, car damage",
            "location": "our driveway on Riverview Road",
            "location_confirmed": "yes our driveway",
            "suspect_or_weapon": "no I don't know who it was, just a grey pickup. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "this morning around 10",
            "vehicle": "2016 Honda Pilot, blue, CT 2XE-740",
            "damage": "rear bumper caved in on the left, left tail light smashed",
            "narrative": "This morning around 10 a grey pickup backed into my parked blue Honda Pilot at the end "
            "of our driveway on Riverview Road, caving in the rear bumper and smashing the left tail light, then "
            "drove away.",
            "reporter_name": "Marisol Quintero",
        },
        "emergency", "damage_to_motor_vehicle", "in_town",
        emergency_message=_E_M6,
        interjections=[{"at": "reporter_name", "text": _E_M6}],
        after_end=["calling 911", "he left, grey pickup, I got the plate this time"],
    ),
    scen(
        "s35-emerg-midway-bike-thief-back-with-gun-hale-street-at-suspect",
        'a bike taken from the front porch on Hale Street this morning; at the suspect question the neighbour '
        'texts that the thief is back at the end of the driveway looking at the other bikes with a gun in his '
        'hand (weapon present, now)',
        [
            "my son's bike was taken off our front porch this morning, a blue Trek, he's 14 and he saved up for it",
        ],
        {
            "type_confirmed": "yes, stolen bike",
            "location": "Hale Street in Westport, our front porch",
            "location_confirmed": "yes hale st",
            "suspect_or_weapon": "no, we didn't see who. no weapons that I know of",
        },
        "emergency", "theft", "in_town",
        emergency_message=_E_M7,
        interjections=[{"at": "suspect_or_weapon", "text": _E_M7}],
        after_end=["ok. kids are inside, calling 911"],
    ),
]

# ---------------------------------------------------------------------------------------- ineligible (12)
INELIGIBLE = [
    # unsupported_type (2)
    scen(
        "s35-inel-unsupported-minivan-gone-sniffen-road-fob-inside",
        'motor vehicle theft: a Honda Odyssey gone from the driveway on Sniffen Road, the spare fob left in the '
        'cupholder, checked with the bank (not repossessed) and the family (nobody took it)',
        [
            "Our minivan is gone from the driveway on Sniffen Road. Honda Odyssey, grey. I checked with the bank, "
            "it's not repossessed, and nobody in the family took it. The spare fob was in the cupholder, I know, "
            "I know.",
        ],
        {
            "type_confirmed": "Yes, the whole van is gone. Not towed either, I called.",
            "location": "Our driveway on Sniffen Road, Westport",
        },
        "ineligible", "motor_vehicle_theft", "in_town", reason="unsupported_type",
        after_end=["ok I'll call the non-emergency number then"],
    ),
    scen(
        "s35-inel-unsupported-leaf-blowers-6am-punch-bowl-drive",
        'not a known type: a noise complaint about landscapers running leaf blowers at 6:30 in the morning '
        'behind her house on Punch Bowl Drive, every weekday',
        [
            "Is there a way to report the landscapers at the house behind us on Punch Bowl Drive? They start "
            "leaf blowers at 6:30 in the morning every weekday, three of them at once. My husband works nights.",
        ],
        {},
        "ineligible", None, "in_town", reason="unsupported_type",
    ),
    # outside_town (2)
    scen(
        "s35-inel-outside-tote-bag-cafe-pequot-avenue-southport",
        'theft of a tote bag off a cafe table (no place in the opening); at the location question: Pequot Avenue '
        'in Southport, "Southport is basically Westport, right?" (Southport is a village of Fairfield)',
        [
            "someone took my tote bag off the back of my chair while I was getting my coffee. wallet, keys, a "
            "library book. ugh",
        ],
        {
            "type_confirmed": "yes somebody stole it",
            "location": "a cafe on Pequot Avenue in Southport. Southport is basically Westport, right? same "
            "school district or something",
        },
        "ineligible", "theft", "outside_town", reason="outside_town",
        after_end=["oh, it's Fairfield? ok, I'll call them"],
    ),
    scen(
        "s35-inel-outside-dented-door-cannondale-station-wilton",
        'a dented door on a parked car (no place in the opening); at the location question: the Cannondale '
        'train station lot in Wilton; the writer lives on Wilton Road in Westport',
        [
            "Someone dinged my car door pretty bad while it was parked at the train station all day. Big dent with "
            "white paint in it.",
        ],
        {
            "type_confirmed": "Yes, damage to my car door.",
            "location": "The Cannondale station lot. It's in Wilton, but I'm a Westport resident, I live on Wilton "
            "Road, so I figured I report it here.",
        },
        "ineligible", "damage_to_motor_vehicle", "outside_town", reason="outside_town",
    ),
    # excluded_area (2)
    scen(
        "s35-inel-excluded-car-break-in-sherwood-island-memorial-lot",
        'a car window smashed and a backpack taken (no place in the opening); at the location question: the '
        'Sherwood Island lot by the 9/11 memorial',
        [
            "went for a walk and came back to my window smashed and my backpack gone from the floor of the back "
            "seat. my own stupid fault for leaving it visible",
        ],
        {
            "type_confirmed": "yes car break in",
            "location": "the lot at Sherwood Island, the one out by the 9/11 memorial on the point",
        },
        "ineligible", "vehicle_burglary", "excluded_area", reason="excluded_area",
    ),
    scen(
        "s35-inel-excluded-tool-bag-off-pickup-i95-exit-17-on-ramp",
        'a contractor\'s tool bag bounced out of his pickup bed (no place in the opening); at the location '
        'question: the I-95 northbound on-ramp at exit 17 off Saugatuck Avenue, "halfway up the ramp"',
        [
            "My tool bag bounced out of the bed of my pickup this morning, I heard it hit and by the time I could "
            "pull over it was gone. Milwaukee bag, all my hand tools",
        ],
        {
            "type_confirmed": "Yes, lost. Nobody took it off the truck",
            "location": "Getting on 95 north at exit 17 off Saugatuck Ave, it came out halfway up the on-ramp. I "
            "couldn't stop on the ramp",
        },
        "ineligible", "lost_property", "excluded_area", reason="excluded_area",
    ),
    # known_suspect (2)
    scen(
        "s35-inel-known-suspect-ex-husband-calls-greenbrier-road-opening",
        'harassing calls from different numbers; the opening names the ex-husband, Darren Pike (Greenbrier '
        'Road)',
        [
            "My ex-husband Darren Pike keeps calling me from different numbers, sometimes 15 times a day, even "
            "after I blocked him. I live on Greenbrier Road. I want it documented.",
        ],
        {
            "type_confirmed": "Yes, harassing phone calls.",
            "location": "Greenbrier Road in Westport, my house. He calls my cell and the house line",
            "location_confirmed": "Yes, Greenbrier Road",
            "suspect_or_weapon": "Yes, I told you, it's Darren, my ex. No weapons.",
            "known_suspect": "Yes. Darren Pike, my ex-husband.",
            "weapon": NO,
        },
        "ineligible", "harassing_phone_call", "in_town", reason="known_suspect",
    ),
    scen(
        "s35-inel-known-suspect-keyed-garage-daughters-ex-bauer-place-at-suspect",
        'a word gouged into the garage door on Bauer Place; at the suspect question she names her daughter\'s '
        'ex-boyfriend, Tyler Osgood, clearly visible on the doorbell camera',
        [
            "Someone carved a really nasty word into our garage door with a key or a screwdriver. The whole door "
            "needs replacing.",
        ],
        {
            "type_confirmed": "Yes, I would call it vandalism.",
            "location": "Bauer Place, Westport",
            "location_confirmed": "Yes, Bauer Place",
            "suspect_or_weapon": "Honestly, yes. It's my daughter's ex-boyfriend, Tyler Osgood. Our doorbell "
            "camera shows his face clearly. No weapons.",
            "known_suspect": "Yes, Tyler Osgood, he's 19, my daughter broke up with him last week.",
            "weapon": NO,
        },
        "ineligible", "vandalism", "in_town", reason="known_suspect",
    ),
    # weapon (2)
    scen(
        "s35-inel-weapon-porch-e-bike-handgun-waistband-ellery-lane",
        'an e-bike taken from the porch on Ellery Lane yesterday; at the suspect question: the neighbour\'s '
        'camera shows the man lifting his shirt toward the camera to show a handgun in his waistband (past, gone)',
        [
            "my e-bike was stolen from my front porch yesterday afternoon. it was locked to the railing and they "
            "cut the lock",
        ],
        {
            "type_confirmed": "yep, theft",
            "location": "Ellery Lane, my front porch",
            "location_confirmed": "yes ellery ln",
            "suspect_or_weapon": "don't know who he is, but my neighbor's camera shows him lifting his shirt at the "
            "camera and there's a handgun in his waistband. he rode off on it toward the Post Road",
            "known_suspect": NO,
            "weapon": "Yes, a handgun, you can see it on the video.",
        },
        "ineligible", "theft", "in_town", reason="weapon",
    ),
    scen(
        "s35-inel-weapon-car-break-in-knife-at-camera-fresenius-road",
        'a car gone through in the driveway on Fresenius Road the night before last; at the suspect question: '
        'the camera shows the man jabbing a long knife toward the lens before leaving (past, gone)',
        [
            "Someone went through my car in the driveway two nights ago and took my sunglasses and some cash. I "
            "only just watched the camera footage.",
        ],
        {
            "type_confirmed": "Yes, they got into the car.",
            "location": "Fresenius Road in Westport, in my driveway",
            "location_confirmed": "Yes, Fresenius Road",
            "suspect_or_weapon": "I don't know who he is. But on the video he has a long knife, like a kitchen "
            "knife, and he jabs it at the camera before he walks off. That's what freaked me out.",
            "known_suspect": NO,
            "weapon": "Yes, a big knife.",
        },
        "ineligible", "vehicle_burglary", "in_town", reason="weapon",
    ),
    # officer_requested (2, both as interjections)
    scen(
        "s35-inel-officer-requested-identity-theft-woodcock-lane-at-name",
        'older man on Woodcock Lane: a credit card opened in his name; at the name question he would rather an '
        'officer come to the house than type his details into a website',
        [
            "A credit card company has written to me about a card I never applied for. My son says to report "
            "identity theft to the police.",
        ],
        {
            "type_confirmed": "Yes, identity theft.",
            "location": "My house on Woodcock Lane.",
            "location_confirmed": "Yes, Woodcock Lane.",
            "suspect_or_weapon": "No idea who. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The letter came yesterday.",
            "accounts": "A Citi credit card, the letter doesn't say the balance.",
            "narrative": "Yesterday I received a letter about a Citi credit card opened in my name that I never "
            "applied for.",
            "reporter_name": "Stanley Wojcik",
        },
        "ineligible", "identity_theft", "in_town", reason="officer_requested",
        interjections=[{
            "at": "reporter_name",
            "text": "To be frank, I would rather an officer came to the house and took this down in person. I "
                    "don't like putting my particulars into a computer. Can that be arranged?",
        }],
    ),
    scen(
        "s35-inel-officer-requested-stone-wall-old-mill-road-at-suspect",
        'a stone wall knocked down along the front of the property on Old Mill Road ("the Westport one, near '
        'Compo"); at the suspect question she asks for an officer to come and see it',
        [
            "Somebody knocked down about twenty feet of the old stone wall in front of our house. Stones all over "
            "the road. It's been there 150 years!",
        ],
        {
            "type_confirmed": "Yes, vandalism I suppose",
            "location": "Old Mill Road, the Westport one, near Compo",
            "location_confirmed": "Yes, Old Mill Road",
            "suspect_or_weapon": "Not a clue who did it. Certainly no weapons.",
        },
        "ineligible", "vandalism", "in_town", reason="officer_requested",
        interjections=[{
            "at": "suspect_or_weapon",
            "text": "Actually, I'd really prefer someone came out and looked at it in person. Could you send an "
                    "officer instead of doing it online?",
        }],
    ),
]

# ---------------------------------------------------------------------------------------- cancelled (5)
CANCELLED = [
    scen(
        "s35-cancel-bike-lent-to-neighbors-kid-bradley-lane-at-suspect",
        'a bike "stolen" from the garage on Bradley Lane; at the suspect question her husband texts that he lent '
        'it to the neighbour\'s kid',
        [
            "My bike is gone from the garage. It's a grey Cannondale hybrid. I'm so annoyed, the garage was open "
            "all afternoon",
        ],
        {
            "type_confirmed": "yes, it was stolen",
            "location": "our garage on Bradley Lane",
            "location_confirmed": "yes bradley lane",
            "suspect_or_weapon": "no idea who and no weapons",
        },
        "cancelled", "theft", "in_town",
        interjections=[{
            "at": "suspect_or_weapon",
            "text": "OMG never mind!! my husband just texted, he LENT it to the neighbors' kid this morning and "
                    "forgot to tell me. please cancel, sorry!",
        }],
        after_end=["thank you, sorry again \U0001F605"],
    ),
    scen(
        "s35-cancel-new-card-was-breach-replacement-rockwell-place-at-time",
        'identity theft feared over a card that arrived in the mail, Rockwell Place (no time in the opening); at '
        'the time question the bank calls back: it is a replacement card after a data breach',
        [
            "A new credit card showed up in the mail and I never asked for one. I think someone opened an account "
            "in my name.",
        ],
        {
            "type_confirmed": "Yes, identity theft I think",
            "location": "Rockwell Place, Westport",
            "location_confirmed": "Correct, Rockwell Place",
            "suspect_or_weapon": "No idea who would do this, no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The card came today in the mail",
        },
        "cancelled", "identity_theft", "in_town",
        interjections=[{
            "at": "occurred_at",
            "text": "Hold on, the bank just called me back. It's a replacement for my existing card because of "
                    "some merchant data breach, same account, new number. So never mind, no report needed.",
        }],
    ),
    scen(
        "s35-cancel-fence-landscapers-left-note-at-location",
        'a fence panel smashed in (no place in the opening); at the location question she finds the '
        'landscapers\' note: their trailer hit it and they will pay',
        [
            "One of our fence panels is smashed in, a whole section is flat on the ground. Looks like something "
            "big hit it. I'd like to report it as vandalism.",
        ],
        {
            "type_confirmed": "yes vandalism, I guess",
            "location": "our back fence along the side street, Lantern Hill Road",
        },
        "cancelled", "vandalism", None,
        interjections=[{
            "at": "location",
            "text": "wait, there's a note stuck in the door. it's from the landscaping crew, they clipped it with "
                    "their trailer and want to pay for it. so not vandalism! cancel please",
        }],
    ),
    scen(
        "s35-cancel-night-calls-were-pharmacy-robocalls-maple-avenue-north-at-name",
        'calls at night from an unknown number, Maple Avenue North; at the name question she realises it is the '
        'pharmacy\'s automated refill line',
        [
            "An unknown number calls me at 9 or 10 every night and when I pick up it's just silence and then a "
            "click. It's happened five nights.",
        ],
        {
            "type_confirmed": "Yes, harassing calls",
            "location": "Maple Avenue North, my home",
            "location_confirmed": "Yes, Maple Avenue North",
            "suspect_or_weapon": "No idea, no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Last night at 9:40",
            "caller_number": "203-555-0198",
            "call_pattern": "Once a night for five nights, always 9 to 10 pm, silence then a click",
            "narrative": "For five nights an unknown number, 203-555-0198, has called me once between 9 and 10 pm. "
            "When I answer there is silence and then a click.",
            "reporter_name": "Bettina Aldridge",
        },
        "cancelled", "harassing_phone_call", "in_town",
        interjections=[{
            "at": "reporter_name",
            "text": "Oh for heaven's sake. I just googled the number and it's my pharmacy's automated refill "
                    "reminder, it's been trying to tell me my prescription is ready. Please don't file anything, "
                    "how embarrassing.",
        }],
    ),
    scen(
        "s35-cancel-dented-bumper-note-under-wiper-franklin-street-at-summary",
        'a dented bumper while parked on Franklin Street; at the summary he finds the other driver\'s note with '
        'insurance details under the wiper and will go through insurance instead',
        [
            "came back to my car on Franklin St and the front bumper is pushed in, someone must have tapped it "
            "parking",
        ],
        {
            "type_confirmed": "yes, someone hit my parked car",
            "location": "Franklin Street, downtown, parked on the street",
            "location_confirmed": "yep franklin st",
            "suspect_or_weapon": "dunno who, no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "today between noon and 1:30",
            "vehicle": "2020 Toyota Camry, silver, CT 8RB-316",
            "damage": "front bumper pushed in on the right corner, a crack in the plastic",
            "narrative": "Today between noon and 1:30 someone hit the front bumper of my silver Toyota Camry while "
            "it was parked on Franklin Street, pushing it in and cracking it.",
            "reporter_name": "Jordan Ellison",
            "reporter_email": "jordan.ellison@example.com",
            "reporter_phone": "203-555-0136",
            "confirmed": "yes thats right",
        },
        "cancelled", "damage_to_motor_vehicle", "in_town",
        interjections=[{
            "at": "confirmed",
            "text": "hold up don't send it. there was a note under the passenger wiper I missed, the person left "
                    "their name and insurance info. I'll just go through insurance. cancel pls",
        }],
    ),
]

# ---------------------------------------------------------------------------------------- information (5)
INFORMATION = [
    scen(
        "s35-info-state-police-gravel-truck-windshield-i95",
        'question only: a gravel truck on I-95 near exit 18 cracked her windshield, who does she report it to',
        [
            "A dump truck on 95 northbound near exit 18 was dropping gravel yesterday and a stone cracked my "
            "windshield. Do I report that to you or to someone else?",
        ],
        {},
        "information", None, None, topic="state_police", describes="false",
    ),
    scen(
        "s35-info-records-insurance-wants-garage-break-in-report",
        'question only: her insurance company wants the report an officer took in the spring when her mother\'s '
        'garage was broken into; who does she ask for it',
        [
            "My mother's insurance company wants a copy of the report from when an officer came out in the spring "
            "about her garage being broken into. Who do I ask for that?",
        ],
        {},
        "information", None, None, topic="records", describes="false",
    ),
    scen(
        "s35-info-copy-online-lost-passport-report-no-case-number",
        'question only: filed online three days ago for a lost passport, got a confirmation but no case number '
        'yet, the passport agency needs it',
        [
            "I filed an online report for my lost passport 3 days ago and got the automatic confirmation but no "
            "case number yet. The passport agency needs the number. How long does it usually take?",
        ],
        {},
        "information", None, None, topic="copy", describes="false",
    ),
    scen(
        "s35-info-other-town-phone-stolen-at-norwalk-aquarium",
        'question only: a daughter\'s phone stolen at the aquarium in Norwalk; can a Westport family report it '
        'here',
        [
            "My daughter's phone was stolen out of her coat at the aquarium in Norwalk on the school trip. We live "
            "in Westport -- can we report it to you guys?",
        ],
        {},
        "information", None, None, topic="other_town", describes="false",
    ),
    scen(
        "s35-info-animal-control-loose-dog-in-trash-coach-lane",
        'question only: a loose dog with no collar tips over the trash cans on Coach Lane every morning; who '
        'should she call',
        [
            "there's a loose dog with no collar that gets into our trash cans on Coach Lane every morning, big "
            "brown thing, friendly enough. who do i even call about that?",
        ],
        {},
        "information", None, None, topic="animal_control", describes="false",
    ),
]
