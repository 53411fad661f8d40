"""Hand-written non-filed scenarios for sealed-42: 12 emergency, 12 ineligible, 5 cancelled, 5 information.

Keys starting with '_' are writer's flags read by build.py and never written out:
  _no_place: the opening names no place (a `location` interjection is allowed)
  _no_time:  the opening gives no time (an `occurred_at` interjection is allowed)
  _where:    emergency 'opening' / 'midway'; for excluded_area refusals 'sherwood' / 'highway'
"""

NO = "No."


def _exp(outcome, incident_type, location_decision, emergency_message=None, reason=None, topic=None,
         describes="true"):
    return {
        "outcome": outcome, "reason": reason, "topic": topic,
        "incident_type": incident_type, "location_decision": location_decision,
        "emergency_message": emergency_message, "first_message_describes": describes,
        "record": None,
    }


# ---------------------------------------------------------------------------------------------- emergency
E1_OPEN = ("hi want to report a package taken off my front step on bayberry lane, sorry if im typing slow, ever since "
           "i carried the firewood in my chest has been squeezing like a vise and my left arm is all pins and "
           "needles. anyway the box was from LL Bean")
E2_SECOND = ("Also unrelated, but the carbon monoxide alarm in the basement has been going off on and off since lunch, "
             "both kids have pounding headaches and my youngest just threw up. The furnace guy isn't coming until "
             "tomorrow.")
E3_SECOND = ("nvm that part, hes HERE. hes on my porch on canterbury close pounding on the door yelling that if i "
             "dont drop the credit card thing hell kick it in and make me sorry. im locked in the bathroom")
E4_OPEN = ("I'd like to report my son's scooter lost, we were on the river path behind the Levitt Pavilion... and "
           "honestly now I can't find HIM either. He's 5, red hat, he was right by the benches ten minutes ago and "
           "he isn't answering when I yell. The river is right there.")
E5_OPEN = ("need to report my wallet lost somewhere on charcoal hill rd i guess for the paperwork. my sister will "
           "have to sort all of it out after tonight anyway, i already swallowed the rest of my sleeping pills with "
           "the wine so its her problem now")
M1_TEXT = ("They're BACK. Same dark pickup, two of them yanking out the rest of the posts right now and one just "
           "walked up onto my porch and tried the door handle. I'm alone in the house.")
M2_TEXT = ("hold on my husband just fell down the basement stairs, hes not answering me and theres blood on the floor "
           "by his head")
M3_TEXT = ("I am sorry my hand is not working right, the letters keep coming out jumbld and my face feels heavy and "
           "droopy on one side. I was fine at lunch")
M4_TEXT = ("Wait before I send this, the garage now smells so strongly of gas that my eyes are burning, and there's "
           "a puddle spreading out from under the car toward the water heater.")
M5_TEXT = ("he just texted 'nice green coat' and theres a man standing at the end of my driveway staring at the "
           "house. i have the green coat on. im home by myself")
M6_TEXT = ("Oh my god sorry, my grandfather just walked out the front door in his slippers, he has dementia and it's "
           "freezing out and I can't see him anywhere on the street")
M7_TEXT = ("oh god. the same silver pickup just pulled into my driveway on sunrise road and hes getting out with a "
           "baseball bat, he must have followed me home")

EMERGENCY = [
    {
        "id": "s42-emerg-opening-bayberry-lane-package-writer-chest-tight-left-arm-numb",
        "channel": "sms",
        "_where": "opening",
        "note": "danger in the opening, said in passing: a package report from Bayberry Lane by a writer whose chest "
                "\"has been squeezing like a vise\" and whose left arm is pins and needles since carrying firewood "
                "(medical, the writer)",
        "opening": [E1_OPEN],
        "answers": {},
        "after_end": [
            "its probably just a pulled muscle from the wood right? i hate making a fuss",
            "fine. my neighbor is coming over to sit with me",
        ],
        "expect": _exp("emergency", None, None, emergency_message=E1_OPEN),
    },
    {
        "id": "s42-emerg-opening-cavalry-road-mailbox-then-co-alarm-kids-sick",
        "channel": "web",
        "_where": "opening",
        "note": "two opening messages: a flattened mailbox on Cavalry Road, then \"Also unrelated\": the basement "
                "carbon monoxide alarm going off since lunch, both kids with headaches and the youngest vomiting "
                "(danger); `emergency_message` is the second message",
        "opening": [
            "Is this where I report a mailbox someone flattened on Cavalry Road? The post is snapped right at the "
            "base.",
            E2_SECOND,
        ],
        "answers": {},
        "after_end": [
            "We're all sitting in the car in the driveway with the windows down now. The mailbox can wait I guess.",
        ],
        "expect": _exp("emergency", None, None, emergency_message=E2_SECOND),
    },
    {
        "id": "s42-emerg-opening-canterbury-close-identity-theft-then-ex-pounding-on-door",
        "channel": "sms",
        "_where": "opening",
        "note": "two opening messages: \"i need to file something about identity theft\", then the man behind it is "
                "on her porch on Canterbury Close threatening to kick the door in while she is locked in the bathroom "
                "(threat, in progress); `emergency_message` is the second message",
        "opening": [
            "i need to file something about identity theft, theres cards opened in my name that i never signed up for",
            E3_SECOND,
        ],
        "answers": {},
        "after_end": [
            "he stopped banging, i think hes sitting in his car in my driveway",
            "i can hear sirens, is that you guys",
        ],
        "expect": _exp("emergency", None, None, emergency_message=E3_SECOND),
    },
    {
        "id": "s42-emerg-opening-levitt-pavilion-river-path-lost-scooter-and-lost-5-year-old",
        "channel": "web",
        "_where": "opening",
        "note": "starts as a lost scooter on the river path behind the Levitt Pavilion and turns into a missing "
                "5-year-old in a red hat next to the river (missing now); `after_end`: he is found in the car, the "
                "expected outcome stays `emergency`",
        "opening": [E4_OPEN],
        "answers": {},
        "after_end": [
            "a man walking his dog says he saw a little boy in a red hat going toward the parking lot",
            "FOUND HIM. he was in our car the whole time, he climbed in the back to get warm. im shaking",
        ],
        "expect": _exp("emergency", None, None, emergency_message=E4_OPEN),
    },
    {
        "id": "s42-emerg-opening-charcoal-hill-road-lost-wallet-pills-and-wine",
        "channel": "sms",
        "_where": "opening",
        "note": "a lost-wallet report on Charcoal Hill Road whose writer has swallowed the rest of her sleeping pills "
                "with wine and says her sister will sort things out \"after tonight\" (self-harm)",
        "opening": [E5_OPEN],
        "answers": {},
        "after_end": [
            "please dont send anyone to the house",
            "i just wanted it written down somewhere so she doesnt have to",
        ],
        "expect": _exp("emergency", None, None, emergency_message=E5_OPEN),
    },
    {
        "id": "s42-emerg-midway-stony-brook-road-fence-posts-pickup-back-man-on-porch",
        "channel": "web",
        "_where": "midway",
        "note": "vandalism of split-rail fence posts on Stony Brook Road; at the suspect question the same pickup is "
                "back, the posts are being pulled out and a man is trying her door while she is alone (crime in "
                "progress, interjection at suspect_or_weapon)",
        "opening": [
            "Two guys in a pickup pulled three split-rail fence posts out along our front yard on Stony Brook Road "
            "last night and tossed them in the ditch, and they left deep ruts across the lawn.",
        ],
        "answers": {
            "type_confirmed": "Yes, vandalism to our fence and lawn.",
            "location": "Stony Brook Road in Westport, the front yard along the road.",
            "location_confirmed": "Yes, that's our place on Stony Brook.",
            "suspect_or_weapon": "I don't know who they are. I only saw a dark pickup from the upstairs window, no "
                                 "faces. No weapons that I saw.",
        },
        "interjections": [{"at": "suspect_or_weapon", "text": M1_TEXT}],
        "after_end": ["the truck is backing out now, I'm upstairs in the bathroom with the door locked"],
        "expect": _exp("emergency", "vandalism", "in_town", emergency_message=M1_TEXT),
    },
    {
        "id": "s42-emerg-midway-lost-sunglasses-town-hall-to-library-husband-falls-down-stairs",
        "channel": "sms",
        "_where": "midway",
        "_no_time": True,
        "note": "lost prescription sunglasses between Town Hall and the library (the opening gives no time); at the "
                "time question her husband falls down the basement stairs and does not answer, blood by his head "
                "(injury, interjection at occurred_at)",
        "opening": [
            "lost my husbands prescription sunglasses, tortoiseshell ray bans with the progressive lenses, somewhere "
            "between town hall and the library. he cant drive without them",
        ],
        "answers": {
            "type_confirmed": "yes lost property, theyre not stolen",
            "location": "westport, between town hall on myrtle ave and the library on jesup rd, we walked that way",
            "location_confirmed": "yes thats the stretch we walked",
            "suspect_or_weapon": "no one took them, he just set them down somewhere. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "this morning sometime between 10 and 11ish",
        },
        "interjections": [{"at": "occurred_at", "text": M2_TEXT}],
        "after_end": ["hes groaning now but his eyes arent opening"],
        "expect": _exp("emergency", "lost_property", "in_town", emergency_message=M2_TEXT),
    },
    {
        "id": "s42-emerg-midway-birchwood-lane-ohio-debit-card-writer-face-drooping",
        "channel": "web",
        "_where": "midway",
        "note": "elderly writer on Birchwood Lane: a debit card ordered in her name and $1,400 taken from an ATM in "
                "Ohio; at the name question her hand stops working, the letters come out jumbled and one side of her "
                "face feels heavy (stroke signs of the writer, interjection at reporter_name)",
        "opening": [
            "Good afternoon. My bank telephoned to say someone ordered a new debit card in my name and had it mailed to "
            "an address in Ohio, and then $1,400 was taken out of an ATM out there. I live on Birchwood Lane and I "
            "have never set foot in Ohio.",
        ],
        "answers": {
            "type_confirmed": "Yes, identity theft is what the bank called it.",
            "location": "My home on Birchwood Lane in Westport.",
            "location_confirmed": "Yes, Birchwood Lane.",
            "suspect_or_weapon": "I have no idea who did it. No weapons of any kind.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The bank called me this morning around 9.",
            "accounts": "My checking account, the new debit card ending 4471, and $1,400 withdrawn in Ohio.",
            "narrative": "This morning my bank told me someone ordered a debit card on my checking account, had it "
                         "sent to Ohio and withdrew $1,400 from an ATM there. I did not do this.",
            "reporter_name": "Dorothy Pelletier",
        },
        "interjections": [{"at": "reporter_name", "text": M3_TEXT}],
        "after_end": ["my daughter just came in she is calling now"],
        "expect": _exp("emergency", "identity_theft", "in_town", emergency_message=M3_TEXT),
    },
    {
        "id": "s42-emerg-midway-lost-ledge-road-pried-fuel-door-gas-smell-in-garage",
        "channel": "web",
        "_where": "midway",
        "note": "a pried fuel door and gas cap on the ground on Lost Ledge Road, car moved into the garage; at the "
                "summary the garage smells so strongly of gas her eyes burn and a puddle spreads toward the water "
                "heater (danger, interjection at confirmed)",
        "opening": [
            "Somebody messed with my car in the driveway last night, the fuel door is pried open, the gas cap was "
            "lying on the ground and there are scratches around the filler. Nothing taken that I can tell. I pulled it "
            "into the garage this morning.",
        ],
        "answers": {
            "type_confirmed": "Yes, tampering, since nothing was stolen.",
            "location": "Lost Ledge Road in Westport, it was in the driveway overnight.",
            "location_confirmed": "Correct, Lost Ledge Road.",
            "suspect_or_weapon": "No idea who, we were asleep. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Sometime between 10 last night and 7:15 this morning.",
            "vehicle": "Black 2019 Volvo XC90, plate CT 3RB-615.",
            "damage": "Fuel door bent outward and pried open, scratches around the filler neck, gas cap was on the "
                      "ground next to the car.",
            "narrative": "Between 10 last night and 7:15 this morning someone pried open the fuel door of my Volvo in "
                         "our driveway on Lost Ledge Road and left the gas cap on the ground. Nothing was taken.",
            "reporter_name": "Ingrid Sorensen",
            "reporter_email": "ingrid.sorensen@example.com",
            "reporter_phone": "203-555-0178",
            "confirmed": "Yes that looks right.",
        },
        "interjections": [{"at": "confirmed", "text": M4_TEXT}],
        "after_end": ["ok we're out on the lawn with the dog, I left the garage door open"],
        "expect": _exp("emergency", "vehicle_tampering", "in_town", emergency_message=M4_TEXT),
    },
    {
        "id": "s42-emerg-midway-mortar-rock-road-caller-describes-clothes-man-at-driveway",
        "channel": "sms",
        "_where": "midway",
        "note": "calls from 475-555-0155 describing what she wears, on Mortar Rock Road; at the phone question the "
                "caller texts \"nice green coat\" and a man stands at the end of her driveway while she is home alone "
                "(threat, interjection at reporter_phone)",
        "opening": [
            "a guy keeps calling me from 475-555-0155 saying he knows what i look like and describing my clothes, "
            "started 3 days ago, like 5 or 6 times a day",
        ],
        "answers": {
            "type_confirmed": "yeah the calls, thats why im writing",
            "location": "my house on mortar rock rd westport",
            "location_confirmed": "yes mortar rock",
            "suspect_or_weapon": "i have no idea who he is. no weapon that i know about",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "last call was at 12:40 today",
            "caller_number": "always 475-555-0155",
            "call_pattern": "5 or 6 a day for 3 days, morning and night, he says what color my shirt is",
            "narrative": "For three days a man has called me five or six times a day from 475-555-0155 describing what "
                         "I look like and what I am wearing. I don't know who he is.",
            "reporter_name": "Ava Lindholm",
            "reporter_email": "ava.lindholm@example.com",
            "reporter_phone": "203-555-0117",
        },
        "interjections": [{"at": "reporter_phone", "text": M5_TEXT}],
        "after_end": ["hes walking up the driveway now. i locked the front door"],
        "expect": _exp("emergency", "harassing_phone_call", "in_town", emergency_message=M5_TEXT),
    },
    {
        "id": "s42-emerg-midway-stolen-bike-grandfather-with-dementia-walks-out",
        "channel": "web",
        "_where": "midway",
        "_no_place": True,
        "note": "a son's blue Trek taken from the side yard (the opening names no place); at the location question the "
                "writer's grandfather with dementia walks out in slippers into the freezing street (missing now, "
                "interjection at location); `location_decision` stays null",
        "opening": [
            "Somebody took my son's bike from our side yard, it's a blue Trek with a Minecraft sticker on the frame and "
            "he's devastated. It was leaning on the fence right by the gate.",
        ],
        "answers": {
            "type_confirmed": "Yes, a stolen bike, theft.",
            "location": "Our house on Blue Ribbon Drive in Westport, the side yard.",
        },
        "interjections": [{"at": "location", "text": M6_TEXT}],
        "after_end": ["my mom is driving around looking, he's not at any of the neighbors"],
        "expect": _exp("emergency", "theft", None, emergency_message=M6_TEXT),
    },
    {
        "id": "s42-emerg-midway-post-road-east-road-rage-door-kicked-then-he-arrives-with-bat",
        "channel": "sms",
        "_where": "midway",
        "note": "a driver she honked at kicked her door and cracked her mirror at a light on Post Road East; at the "
                "suspect question the same pickup pulls into her driveway on Sunrise Road and he gets out with a "
                "baseball bat (weapon, interjection at suspect_or_weapon)",
        "opening": [
            "a guy in a silver pickup kicked my door and cracked my side mirror at a light on the post road like 20 min "
            "ago because i honked at him, then he drove off. i just got home and the door has a huge boot shaped dent",
        ],
        "answers": {
            "type_confirmed": "yeah he damaged my car, thats the report",
            "location": "post road east in westport, at the light by the gas station",
            "location_confirmed": "yes post rd east",
            "suspect_or_weapon": "no idea who he is, older guy with a gray beard, silver pickup, didnt get the plate. "
                                 "no weapon at the light",
        },
        "interjections": [{"at": "suspect_or_weapon", "text": M7_TEXT}],
        "after_end": ["hes swinging it at my car now. im inside with the door locked and the kids upstairs"],
        "expect": _exp("emergency", "damage_to_motor_vehicle", "in_town", emergency_message=M7_TEXT),
    },
]

# ---------------------------------------------------------------------------------------------- ineligible
INELIGIBLE = [
    {
        "id": "s42-inel-outside-town-westport-road-in-wilton-mailbox-smashed",
        "channel": "sms",
        "note": "a mailbox smashed to splinters; the location is \"westport rd, up in wilton\" (a Wilton street that "
                "carries the town's name), refused at the location question (`outside_town`)",
        "opening": [
            "someone smashed our mailbox to splinters overnight, the wooden post is split right down the middle. we "
            "heard a big thunk around 1 am and figured it was a plow",
        ],
        "answers": {
            "type_confirmed": "yup, vandalism to the mailbox",
            "location": "westport rd, up in wilton. the house is in wilton but everybody says westport because of the "
                        "road name lol",
        },
        "expect": _exp("ineligible", "vandalism", "outside_town", reason="outside_town"),
    },
    {
        "id": "s42-inel-outside-town-southport-station-laptop-taken-from-car",
        "channel": "web",
        "note": "a back window smashed and a MacBook bag taken at \"the Southport train station lot ... the stop right "
                "after Greens Farms\" (Southport is a village of Fairfield), refused at the location question "
                "(`outside_town`)",
        "opening": [
            "My car was broken into at the train station yesterday while I was in the city. The back window is "
            "smashed and my laptop bag is gone, a MacBook Air worth about $1,200.",
        ],
        "answers": {
            "type_confirmed": "Yes, a car break-in, and the laptop was taken.",
            "location": "The Southport train station lot. It's the stop right after Greens Farms, I always forget "
                        "which town that counts as.",
        },
        "expect": _exp("ineligible", "vehicle_burglary", "outside_town", reason="outside_town"),
    },
    {
        "id": "s42-inel-sherwood-island-engagement-ring-slipped-off-throwing-ball",
        "channel": "web",
        "_where": "sherwood",
        "note": "an engagement ring lost along the water at Sherwood Island while throwing a ball for the dog "
                "(`excluded_area`, at the location question)",
        "opening": [
            "I lost my engagement ring walking the dog along the water at Sherwood Island this morning. My hands were "
            "freezing and it must have slipped off when I pulled my glove off to throw the ball. Platinum band with an "
            "oval diamond.",
        ],
        "answers": {
            "type_confirmed": "Yes, lost property, I'm sure nobody took it.",
            "location": "Sherwood Island State Park, on the shoreline east of the main parking lot.",
        },
        "expect": _exp("ineligible", "lost_property", "excluded_area", reason="excluded_area"),
    },
    {
        "id": "s42-inel-sherwood-island-unnamed-state-beach-over-exit-18-car-keyed",
        "channel": "sms",
        "_where": "sherwood",
        "note": "zigzags keyed into every door while walking on the beach; the place is described, not named: \"the "
                "state beach you get to by taking the connector straight down from the post road, over 95 at exit "
                "18\" (Sherwood Island, `excluded_area`)",
        "opening": [
            "somebody keyed both sides of my car while i was walking on the beach yesterday afternoon, big zigzags on "
            "every single door",
        ],
        "answers": {
            "type_confirmed": "yeah thats it, somebody damaged my car",
            "location": "the state beach you get to by taking the connector straight down from the post road, over 95 "
                        "at exit 18. the big parking lot by the lawn",
        },
        "expect": _exp("ineligible", "damage_to_motor_vehicle", "excluded_area", reason="excluded_area"),
    },
    {
        "id": "s42-inel-merritt-northbound-past-exit-20-rock-off-overpass",
        "channel": "web",
        "_where": "highway",
        "note": "a windshield smashed by a rock off an overpass \"On the Merritt Parkway northbound, just past exit "
                "20, the one that used to be 41\" (new exit numbers; `excluded_area`); \"my wife screamed bloody "
                "murder\"",
        "opening": [
            "A rock came off an overpass and smashed my windshield while I was driving home yesterday evening. "
            "Spiderweb cracks right in front of the passenger seat, and my wife screamed bloody murder.",
        ],
        "answers": {
            "type_confirmed": "Yes, vehicle damage, the windshield.",
            "location": "On the Merritt Parkway northbound, just past exit 20, the one that used to be 41 by Wilton "
                        "Road.",
        },
        "expect": _exp("ineligible", "damage_to_motor_vehicle", "excluded_area", reason="excluded_area"),
    },
    {
        "id": "s42-inel-i95-exit-17-on-ramp-wallet-flew-off-car-roof",
        "channel": "sms",
        "_where": "highway",
        "note": "a wallet left on the car roof flies off \"on the on ramp to 95 southbound at exit 17, the saugatuck "
                "ave one\" (an entrance ramp, `excluded_area`)",
        "opening": [
            "i left my wallet on the roof of the car at the gas station and drove off, it flew off somewhere getting "
            "onto 95, a guy behind me honked and pointed. brown leather, $90 cash and all my cards",
        ],
        "answers": {
            "type_confirmed": "yeah a lost wallet",
            "location": "the on ramp to 95 southbound at exit 17, the saugatuck ave one. it went flying right as i "
                        "merged",
        },
        "expect": _exp("ineligible", "lost_property", "excluded_area", reason="excluded_area"),
    },
    {
        "id": "s42-inel-known-suspect-opening-bowling-lane-ex-husbands-new-wife-calls",
        "channel": "web",
        "note": "the opening names the caller, her ex-husband's new wife Tamsin Holloway, calling from 203-555-0126 "
                "(`known_suspect` named in the opening; a few answers in case the assistant confirms first, Bowling "
                "Lane)",
        "opening": [
            "I'd like to report harassing phone calls from my ex-husband's new wife, Tamsin Holloway. She calls my cell "
            "from 203-555-0126 several times a day and leaves voicemails calling me names and telling me to stay away "
            "from 'her family', meaning my own children.",
        ],
        "answers": {
            "type_confirmed": "Yes, it's harassing phone calls, all from her.",
            "location": "My home on Bowling Lane in Westport.",
            "location_confirmed": "Yes, Bowling Lane is right.",
            "suspect_or_weapon": "It's her, Tamsin. I know her voice and she says her own name on the voicemails. No "
                                 "weapons.",
            "known_suspect": "Yes. Tamsin Holloway, she's married to my ex-husband.",
        },
        "expect": _exp("ineligible", "harassing_phone_call", "in_town", reason="known_suspect"),
    },
    {
        "id": "s42-inel-known-suspect-at-question-rockland-place-nephew-kyle",
        "channel": "sms",
        "note": "a PayPal Credit account and a T-Mobile line opened in her name (about $2,300) on Rockland Place; at "
                "the suspect question she names her nephew Kyle Brennan, who stayed with them and had access to her "
                "desk (`known_suspect`)",
        "opening": [
            "somebody opened a paypal credit account and a t-mobile line in my name, about $2,300 on them so far, i "
            "only found out when the collection letters started showing up",
        ],
        "answers": {
            "type_confirmed": "yes identity theft",
            "location": "i live on rockland place in westport",
            "location_confirmed": "yes thats correct rockland pl",
            "suspect_or_weapon": "honestly i think its my nephew kyle, kyle brennan. he stayed with us in october and "
                                 "had access to the desk where all my papers are",
            "known_suspect": "yes, im pretty sure its kyle brennan, my sisters son",
        },
        "expect": _exp("ineligible", "identity_theft", "in_town", reason="known_suspect"),
    },
    {
        "id": "s42-inel-weapon-whitney-glen-drive-bike-thief-flicks-box-cutter",
        "channel": "web",
        "note": "two bikes taken from an open garage on Whitney Glen Drive; at the suspect question she says the man "
                "flicked open a box cutter and held it up at her (`weapon`)",
        "opening": [
            "Two bikes were stolen out of our open garage on Whitney Glen Drive yesterday afternoon. I actually walked "
            "in on the guy wheeling the second one out.",
        ],
        "answers": {
            "type_confirmed": "Yes, theft of two bikes.",
            "location": "Our garage on Whitney Glen Drive, Westport.",
            "location_confirmed": "Yes, Whitney Glen.",
            "suspect_or_weapon": "I don't know him. When I yelled he flicked open a box cutter and held it up at me, so "
                                 "I backed off and he rode away on one bike pushing the other.",
            "known_suspect": NO,
            "weapon": "Yes, a box cutter. He pointed it right at me.",
        },
        "expect": _exp("ineligible", "theft", "in_town", reason="weapon"),
    },
    {
        "id": "s42-inel-weapon-godfrey-lane-car-prowler-swings-hammer-at-husband",
        "channel": "sms",
        "note": "a man in their car in the driveway on Godfrey Lane last night took a work bag and swung a hammer at "
                "the husband who yelled from the porch, then ran (over; `weapon` at the suspect question)",
        "opening": [
            "guy was in our car in the driveway last night around 11, my husband yelled from the porch and the guy "
            "came at him swinging a hammer, missed and ran off down the street. he took my husbands work bag",
        ],
        "answers": {
            "type_confirmed": "yes a break in, the car and the bag",
            "location": "our driveway on godfrey lane, westport",
            "location_confirmed": "correct, godfrey lane",
            "suspect_or_weapon": "never seen him before, dark hoodie and gloves. he had a hammer and swung it at my "
                                 "husband",
            "known_suspect": NO,
            "weapon": "yes, a hammer, a big one. he swung it at my husbands head",
        },
        "expect": _exp("ineligible", "vehicle_burglary", "in_town", reason="weapon"),
    },
    {
        "id": "s42-inel-unsupported-crawford-road-leased-tesla-gone-app-showed-it-on-95",
        "channel": "web",
        "note": "a leased Tesla Model Y gone from the driveway on Crawford Road, the app showed it moving on I-95 at 4 "
                "am (the highway is not where it happened); \"Not towed\"; `incident_type: motor_vehicle_theft`, "
                "`unsupported_type`; a few answers in case the assistant confirms first",
        "opening": [
            "Our leased Tesla Model Y is gone from the driveway on Crawford Road. We didn't hear a thing. The app "
            "showed it moving on I-95 around 4 am and now it's offline. Not towed, I already called the lease company "
            "and the tow yards.",
        ],
        "answers": {
            "type_confirmed": "It's the whole car that's gone, not a break-in. Yes, stolen.",
            "location": "Our driveway on Crawford Road in Westport.",
            "location_confirmed": "Yes, Crawford Road.",
        },
        "expect": _exp("ineligible", "motor_vehicle_theft", "in_town", reason="unsupported_type"),
    },
    {
        "id": "s42-inel-unsupported-crow-hollow-lane-abandoned-minivan-two-weeks",
        "channel": "sms",
        "note": "a green minivan without plates parked on Crow Hollow Lane for two weeks, leaves piling on it (an "
                "abandoned-vehicle complaint, not an online type: `incident_type: null`, `unsupported_type`, "
                "`answers: {}`)",
        "opening": [
            "theres a beat up green minivan with no plates thats been parked on crow hollow lane for like 2 weeks, flat "
            "tire, leaves piling up on the windshield. not ours and none of the neighbors know whose it is. can i "
            "report that here?",
        ],
        "answers": {},
        "expect": _exp("ineligible", None, "in_town", reason="unsupported_type"),
    },
]

# ---------------------------------------------------------------------------------------------- cancelled
CANCELLED = [
    {
        "id": "s42-cancel-saugatuck-station-hearing-aid-was-in-the-dogs-bed",
        "channel": "web",
        "note": "a left hearing aid ($2,800 a pair) believed lost on the Saugatuck station platform; at the phone "
                "question her husband finds it in the dog's bed (cancel, interjection at reporter_phone)",
        "opening": [
            "I lost one of my hearing aids on the platform at the Saugatuck train station this morning, the left one. "
            "They cost $2,800 for the pair and the insurance won't replace it without a report.",
        ],
        "answers": {
            "type_confirmed": "Yes, it's lost, not stolen.",
            "location": "Saugatuck train station in Westport, the platform going toward New York.",
            "location_confirmed": "Yes, the Saugatuck station.",
            "suspect_or_weapon": "No, nobody took it, it must have fallen out when I pulled my scarf off. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "This morning while I was waiting for the train, between 9 and 9:15.",
            "items": "One hearing aid, the left, beige, Phonak brand. $2,800 for the pair.",
            "narrative": "This morning between 9 and 9:15 I lost my left hearing aid on the New York-bound platform "
                         "at Saugatuck station. I think it fell out when I took off my scarf.",
            "reporter_name": "Phyllis Dunmore",
            "reporter_email": "phyllis.dunmore@example.com",
            "reporter_phone": "203-555-0112",
        },
        "interjections": [
            {"at": "reporter_phone",
             "text": "Oh for heaven's sake. The dog has it. My husband just found it in her bed, she must have taken it "
                     "off the nightstand. I never had it at the station at all. Please cancel this, I'm mortified."},
        ],
        "expect": _exp("cancelled", "lost_property", "in_town"),
    },
    {
        "id": "s42-cancel-dogwood-lane-wreath-gone-wife-took-it-to-florist",
        "channel": "sms",
        "note": "a $185 Christmas wreath gone from the front door on Dogwood Lane; at the summary his wife gets home "
                "and says she took it to the florist for a new bow (cancel, interjection at confirmed)",
        "opening": [
            "our big christmas wreath is gone off the front door on dogwood lane, it was a $185 one from the garden "
            "center with the plaid bow. just an empty hook now",
        ],
        "answers": {
            "type_confirmed": "yes someone stole it, so theft",
            "location": "dogwood lane in westport, our front door",
            "location_confirmed": "yes dogwood ln",
            "suspect_or_weapon": "no idea who would take a wreath. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "it was there when i left for work at 7:30 this morning and gone when i got home at 1",
            "items": "one fresh balsam wreath, about 30 inches, with a red plaid bow and pinecones. $185",
            "narrative": "Between 7:30 this morning and 1 pm someone took our $185 Christmas wreath off the front door "
                         "on Dogwood Lane.",
            "reporter_name": "Greg Tomasello",
            "reporter_email": "greg.tomasello@example.com",
            "reporter_phone": "475-555-0149",
            "confirmed": "yep looks right, submit",
        },
        "interjections": [
            {"at": "confirmed",
             "text": "WAIT. my wife just got home, she took it to the florist this morning to get the bow redone. its "
                     "not stolen. please cancel, so embarrassing"},
        ],
        "expect": _exp("cancelled", "theft", "in_town"),
    },
    {
        "id": "s42-cancel-greens-farms-hollow-coursehub-charges-were-daughters-textbooks",
        "channel": "web",
        "note": "three card charges she does not recognise, $412 at \"CourseHub\" and two smaller ones, on Greens Farms "
                "Hollow; at the suspect question her daughter texts that they are her college textbooks (cancel, "
                "interjection at suspect_or_weapon)",
        "opening": [
            "There are three charges on my Visa I don't recognize, $412 at something called CourseHub and two smaller "
            "ones, and I'm worried someone has my card number. I live on Greens Farms Hollow.",
        ],
        "answers": {
            "type_confirmed": "Yes, I suppose it's identity theft, or card fraud.",
            "location": "Greens Farms Hollow, Westport.",
            "location_confirmed": "Yes, Greens Farms Hollow.",
            "suspect_or_weapon": "No idea who would have the number. No weapons.",
        },
        "interjections": [
            {"at": "suspect_or_weapon",
             "text": "Hold on, my daughter just texted back. CourseHub is her textbooks, she used my card at school like "
                     "I told her she could back in September, and the other two are hers too. Never mind all of this, "
                     "sorry to waste your time."},
        ],
        "expect": _exp("cancelled", "identity_theft", "in_town"),
    },
    {
        "id": "s42-cancel-harbor-road-yellow-kayak-neighbor-borrowed-at-dawn",
        "channel": "sms",
        "_no_time": True,
        "note": "a $700 yellow kayak missing from the rack on Harbor Road (the Westport one, \"not the fairfield harbor "
                "road\"; the opening gives no time); at the time question the neighbour texts that he borrowed it at "
                "dawn (cancel, interjection at occurred_at)",
        "opening": [
            "my yellow kayak is missing from the rack on the side of my house on harbor road, the cable lock is just "
            "lying in the grass. its a $700 old town",
        ],
        "answers": {
            "type_confirmed": "yes its a theft",
            "location": "harbor road in westport, near the water. not the fairfield harbor road",
            "location_confirmed": "yep harbor rd westport",
            "suspect_or_weapon": "no clue who, everyone was asleep. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "sometime between 4 yesterday afternoon and 10 this morning",
        },
        "interjections": [
            {"at": "occurred_at",
             "text": "never mind!! ted next door just texted, he borrowed it at dawn for a cold water paddle and his "
                     "note blew away. its on his lawn. so sorry, cancel please"},
        ],
        "expect": _exp("cancelled", "theft", "in_town"),
    },
    {
        "id": "s42-cancel-scraped-audi-door-wife-admits-bank-drive-thru-pillar",
        "channel": "web",
        "_no_place": True,
        "note": "a scrape and dent with white paint along the back door of the family Audi (the opening names no "
                "place); at the location question his wife admits she clipped a pillar at a bank drive-thru (cancel, "
                "interjection at location); `location_decision` stays null",
        "opening": [
            "Just noticed a long scrape and a dent along the back passenger door of our Audi, white paint transfer in "
            "it. Nobody left a note. My wife's been driving it all week.",
        ],
        "answers": {
            "type_confirmed": "Yes, damage to the Audi.",
            "location": "Not sure where it happened, the car lives in our garage on Turkey Hill Road South.",
        },
        "interjections": [
            {"at": "location",
             "text": "Scratch that, literally. My wife just admitted she clipped the white pillar at the bank drive-thru "
                     "yesterday and was hoping I wouldn't notice. Please cancel, this is now a marriage matter."},
        ],
        "expect": _exp("cancelled", "damage_to_motor_vehicle", None),
    },
]

# ---------------------------------------------------------------------------------------------- information
INFORMATION = [
    {
        "id": "s42-info-anonymous-81-year-old-trash-bags-at-driveway-neighbours",
        "channel": "web",
        "note": "an 81-year-old living alone asks whether the people she would report for leaving household trash at "
                "the end of her driveway would find out her name (`topic: anonymous`)",
        "opening": [
            "If I report that someone keeps leaving bags of household trash at the end of my driveway, will the person "
            "I'm reporting find out my name? I'm 81 and live alone, and I'd rather not have any trouble with the "
            "neighbours.",
        ],
        "answers": {},
        "expect": _exp("information", None, None, topic="anonymous", describes="false"),
    },
    {
        "id": "s42-info-copy-report-went-to-shut-off-work-email",
        "channel": "sms",
        "note": "filed online ten days ago for a stolen bike; the e-mailed report went to an old work address that is "
                "shut off now; how to get a copy (`topic: copy`)",
        "opening": [
            "hey i filed a report online like 10 days ago for my bike that got stolen from the train station, and the "
            "email with the report went to my old work email which is shut off now. how do i get a copy sent to my "
            "personal one?",
        ],
        "answers": {},
        "expect": _exp("information", None, None, topic="copy", describes="false"),
    },
    {
        "id": "s42-info-records-son-fender-bender-riverside-avenue-insurance-wants-report",
        "channel": "web",
        "note": "two opening messages: her son's fender bender on Riverside Avenue last week, an officer came; the "
                "insurance wants the accident report, where to get it (`topic: records`)",
        "opening": [
            "Hello, my son had a minor fender bender on Riverside Avenue last week and an officer came out and took "
            "everyone's information.",
            "Our insurance company is asking for the accident report now. Where do we get a copy of that?",
        ],
        "answers": {},
        "expect": _exp("information", None, None, topic="records", describes="false"),
    },
    {
        "id": "s42-info-state-police-daughters-car-towed-off-merritt-near-exit-21",
        "channel": "sms",
        "note": "a daughter's car broke down on the Merritt southbound near exit 21 last night and a trooper had it "
                "towed; who to call to find it (`topic: state_police`)",
        "opening": [
            "my daughters car broke down on the merritt southbound last night near exit 21 and a trooper had it towed "
            "while she got a ride home. who do we call to find out where the car went?",
        ],
        "answers": {},
        "expect": _exp("information", None, None, topic="state_police", describes="false"),
    },
    {
        "id": "s42-info-animal-control-mangy-fox-under-deck-wild-rose-road",
        "channel": "web",
        "note": "a fox with patchy fur sleeping under the deck on Wild Rose Road at midday, the kids want to play "
                "outside; who deals with it (`topic: animal_control`)",
        "opening": [
            "There's a fox with patchy fur, mange I think, sleeping under our deck on Wild Rose Road in the middle of "
            "the day. The kids want to play outside. Who deals with this?",
        ],
        "answers": {},
        "expect": _exp("information", None, None, topic="animal_control", describes="false"),
    },
]

OTHER = EMERGENCY + INELIGIBLE + CANCELLED + INFORMATION
