"""sealed-35: the 26 `filed` scenarios (hand-written messages).

Each scenario is a plain dict; build.py puts the keys in their canonical order, checks them and
dumps them to conversations.yml. The fixed answers `known_suspect: No.` and `weapon: No.` are the
only messages allowed to repeat.
"""

NO = "No."


def filed(id, note, opening, answers, incident_type, record, interjections=None, describes="true"):
    s = {
        "id": id,
        "channel": "web",
        "note": note,
        "opening": opening,
        "answers": answers,
    }
    if interjections:
        s["interjections"] = interjections
    s["expect"] = {
        "outcome": "filed",
        "reason": None,
        "topic": None,
        "incident_type": incident_type,
        "location_decision": "in_town",
        "emergency_message": None,
        "first_message_describes": describes,
        "record": record,
    }
    return s


FILED = [
    # ------------------------------------------------------------------ harassing_phone_call (3)
    filed(
        "s35-hpc-bakery-main-street-fake-orders-asks-if-caller-learns",
        'bakery owner reporting for her shop on Main Street ("downtown Westport, not the Main St in Fairfield"): '
        "a man calling the shop line from a private number, first with fake orders, now swearing at the teenage "
        "counter staff; asks whether the caller will find out who reported him (interjection at confirmed), then "
        "confirms; gives the shop line AND her cell and says to use the cell (2035550161); "
        '"this morning at 7:05" (days 0, 07:05)',
        [
            "Hi - I own a small bakery downtown and for about 3 weeks some guy keeps calling our shop line. At first "
            "he'd place huge fake orders (4 dozen cupcakes for a 'funeral', never showed up), now he just calls to "
            "swear at whoever picks up. My counter kids are 17, 18 and they're getting rattled.",
        ],
        {
            "type_confirmed": "Yeah, harassing calls I guess. He hasn't stolen anything, just our sanity",
            "location": "Main Street, downtown Westport. Not the Main St in Fairfield, our online orders get mixed "
            "up with that one all the time",
            "location_confirmed": "Yep that's us",
            "suspect_or_weapon": "No clue who he is. Deep voice, sounds older maybe? No weapons, it's all over the "
            "phone.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Last one was this morning at 7:05, right as we unlocked the door. I wrote it on the "
            "order pad.",
            "caller_number": "Always comes up Private or No Caller ID. Never a number.",
            "call_pattern": "Started about 3 weeks ago, 2 or 3 times a week. This week it's every day, sometimes 5 "
            "or 6 calls, mostly first thing in the morning and right before we close at 4.",
            "narrative": "For about three weeks a man has been calling our bakery's shop line on Main Street from a "
            "private number. At first he placed large fake orders; now he mostly swears at and insults whoever "
            "answers, up to 5 or 6 times a day. My counter staff are teenagers and they are upset by it. The last "
            "call was this morning at 7:05.",
            "reporter_name": "Gemma Falcone. I'm the owner",
            "reporter_email": "gemma.falcone@example.com",
            "reporter_phone": "The shop is 203-555-0160 but that's the line he calls, so use my cell please: "
            "203-555-0161",
            "confirmed": "Ok, good to know. Yes, everything's right, go ahead and send it.",
            "callback_wanted": "No need, email works",
        },
        "harassing_phone_call",
        {"reporter_name": "Gemma Falcone", "reporter_email": "gemma.falcone@example.com",
         "reporter_phone": "2035550161", "occurred_days_ago": 0, "occurred_time": "07:05"},
        interjections=[{
            "at": "confirmed",
            "text": "Before I say yes -- will this guy get told who reported him? I really don't want him knowing "
            "it was me, he knows where the shop is.",
        }],
    ),
    filed(
        "s35-hpc-crying-baby-recording-blind-brook-time-fix-at-summary",
        'new mother on Blind Brook Road: every night a recording of a crying baby from 475-555-0176, then a '
        'hang-up; "it\'s killing me" is a figure of speech; said "last night at 11:15", at the summary corrects '
        'it to 11:50 from the call log (days 1, 23:50)',
        [
            "every night this week someone calls my cell and plays a recording of a baby crying. then they hang up. "
            "i have a 2 month old and honestly its killing me, i cant sleep even when she does",
        ],
        {
            "type_confirmed": "yes. harassing calls",
            "location": "home, Blind Brook Road in westport",
            "location_confirmed": "yes thats it",
            "suspect_or_weapon": "nope no idea who. no weapon",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "last one was last night at 11:15",
            "caller_number": "475-555-0176 same every time",
            "call_pattern": "6 nights in a row now. always between 10 and midnight, 1 or 2 calls a night. like 10 "
            "seconds of crying then click",
            "narrative": "For the past 6 nights someone has called my cell from 475-555-0176 between 10 pm and "
            "midnight and played a recording of a baby crying for about 10 seconds, then hung up. I have a newborn "
            "and the calls keep waking us. I don't know who it is.",
            "reporter_name": "Priya Ramaswamy",
            "reporter_email": "priya.rama@example.com",
            "reporter_phone": "203-555-0119",
            "confirmed": "one thing, the last call was 11:50 not 11:15. just checked the call log. rest is right",
            "callback_wanted": "no thank u",
        },
        "harassing_phone_call",
        {"reporter_name": "Priya Ramaswamy", "reporter_email": "priya.rama@example.com",
         "reporter_phone": "2035550119", "occurred_days_ago": 1, "occurred_time": "23:50"},
    ),
    filed(
        "s35-hpc-russian-grandmother-easton-road-singing-calls",
        "non-native writer (Russian speaker), 74, on Easton Road near Coleytown Elementary (\"It is name of the "
        "road only, I am not living in Easton town\"): a man singing and laughing on her home phone 3-4 times a "
        "night from 203-555-0184; \"this calls are killing me\" is a figure of speech; \"yesterday in evening, "
        "9:30 exactly\" (days 1, 21:30); wants a call back",
        [
            "Good day. I am living in Westport, near the Coleytown school. Somebody is calling to my home telephone "
            "every night, he is singing stupid songs and laughing, then he put down. I am 74 years, this calls are "
            "killing me, I am not sleeping four nights.",
        ],
        {
            "type_confirmed": "Yes, telephone calls. Harassment, my son tells me this word.",
            "location": "Easton Road, Westport. It is name of the road only, I am not living in Easton town.",
            "location_confirmed": "Yes, is correct.",
            "suspect_or_weapon": "I not know who is this man. No gun, no knife, nothing, only telephone.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Last time yesterday in evening, 9:30 exactly, I was looking on the clock.",
            "caller_number": "On the telephone display is 203-555-0184, always same.",
            "call_pattern": "Four nights. Every night 3 or 4 times, from 9 in evening until maybe 1 in night. He "
            "sing, he laugh, he put down.",
            "narrative": "Four nights somebody call my home telephone from 203-555-0184, 3 or 4 times every night, "
            "from 9 in evening to 1 in night. He sing songs and laugh and then put down the telephone. Last time "
            "was yesterday 9:30 in evening. I not know who is. I live alone and I am afraid and not sleeping.",
            "reporter_name": "Galina Sorokina",
            "reporter_email": "My son make email for me: galina.sorokina@example.com",
            "reporter_phone": "Home telephone 203-555-0185",
            "confirmed": "Yes, everything is correct, thank you very much.",
            "callback_wanted": "Yes please, call me. I am not reading email so good.",
        },
        "harassing_phone_call",
        {"reporter_name": "Galina Sorokina", "reporter_email": "galina.sorokina@example.com",
         "reporter_phone": "2035550185", "occurred_days_ago": 1, "occurred_time": "21:30"},
    ),
    # ------------------------------------------------------------------ damage_to_motor_vehicle (3)
    filed(
        "s35-dmv-compo-beach-lot-scrape-leased-question-in-vehicle",
        'long white scrape and a dent on a parked CR-V in the Compo Beach lot ("Compo, not Sherwood Island"); asks '
        'inside the vehicle answer whether it matters that the car is leased, then gives it ("CT plate 8JX-412"); '
        '"today, we parked at 10 and came back at 1" (days 0, range)',
        [
            "Came back from the beach and someone scraped the whole passenger side of my car, like a long white "
            "line door to door, plus a dent in the back door. No note obviously \U0001F644",
        ],
        {
            "type_confirmed": "yes, damage to my car",
            "location": "Compo Beach, the big lot by the concession stand. Compo, not Sherwood Island",
            "location_confirmed": "yup",
            "suspect_or_weapon": "no idea who did it, and no weapons, it was a parked car lol",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "today. we parked at 10 and came back at 1",
            "vehicle": "does it matter that it's leased? it's in my name tho. 2022 Honda CR-V, grey, CT plate "
            "8JX-412",
            "damage": "white scrape along both passenger doors, maybe 4 feet long, and a dent about the size of a "
            "fist in the rear passenger door. looks like someone's door or a shopping cart",
            "narrative": "I parked my grey 2022 Honda CR-V in the Compo Beach lot at 10 am today. When I came back "
            "at 1 pm there was a long white scrape along both passenger side doors and a fist-sized dent in the "
            "rear passenger door. There was no note and nobody around.",
            "reporter_name": "Darnell Price",
            "reporter_email": "dprice.westport@example.com",
            "reporter_phone": "203-555-0131",
            "confirmed": "yes looks right",
            "callback_wanted": "nah email",
        },
        "damage_to_motor_vehicle",
        {"reporter_name": "Darnell Price", "reporter_email": "dprice.westport@example.com",
         "reporter_phone": "2035550131", "occurred_days_ago": 0, "vehicle_plate": "CT 8JX-412"},
    ),
    filed(
        "s35-dmv-kings-highway-north-murdered-mirror-plate-fix",
        '"Somebody murdered my side mirror overnight" (a figure of speech) on Kings Highway North ("a normal street '
        'in Westport, not an actual highway"); a $1,150 dealer estimate is a repair cost, not counted; "around 6 '
        'last night ... 8 this morning" crosses midnight (no days, no time); at the summary corrects the plate '
        '"Connecticut plate 6RT-904" -> "6TR-904, T then R"',
        [
            "Somebody murdered my side mirror overnight. It's hanging by the wires and the glass is all over the "
            "street. The dealer says $1,150 to replace it because it has the camera and the heater in it, which, "
            "great.",
        ],
        {
            "type_confirmed": "Yes, damage to my car.",
            "location": "In front of my house on Kings Highway North. It's just a normal street in Westport, not an "
            "actual highway, I know it sounds like one",
            "location_confirmed": "Correct, Kings Highway North.",
            "suspect_or_weapon": "No idea, and no weapons. Probably someone driving by too close, or on purpose, "
            "who knows.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "I parked it around 6 last night and saw it at 8 this morning when I went to leave.",
            "vehicle": "2019 Volvo XC60, white, Connecticut plate 6RT-904",
            "damage": "Driver side mirror ripped almost off and hanging by the wires, mirror glass shattered, a "
            "scuff on the door right under it",
            "narrative": "I parked my white 2019 Volvo XC60 on the street in front of my house on Kings Highway "
            "North around 6 pm yesterday. At 8 am today the driver side mirror was nearly torn off and hanging by "
            "its wires, the glass was shattered in the road, and the door under it was scuffed. The dealer "
            "estimates $1,150 to replace the mirror.",
            "reporter_name": "Helen Vasquez-Moore",
            "reporter_email": "hvasquezmoore@example.com",
            "reporter_phone": "(475) 555-0122",
            "confirmed": "The plate is wrong, my fault: it's 6TR-904, T then R. Everything else is right.",
            "callback_wanted": "No, e-mail is fine.",
        },
        "damage_to_motor_vehicle",
        {"reporter_name": "Helen Vasquez-Moore", "reporter_email": "hvasquezmoore@example.com",
         "reporter_phone": "4755550122", "vehicle_plate": "CT 6TR-904"},
    ),
    filed(
        "s35-dmv-staples-lot-loser-hood-mom-plate-prose-fix",
        'a mother filing for her 17-year-old son: LOSER scratched into the hood of his Corolla in the Staples High '
        'School student lot on North Avenue; he does not know who did it; in the vehicle answer she first gives '
        'her own plate, then corrects herself in prose ("CT 4LN-227 -- no wait, that\'s MY car. His is CT '
        '9ZK-310"); "Yesterday, during school ... 7:30 ... 2:10" (days 1, range)',
        [
            "My son is 17 and someone scratched the word LOSER into the hood of his car in the student lot at "
            "Staples yesterday. He's pretending he doesn't care but he does. He has no idea who did it.",
        ],
        {
            "type_confirmed": "Yes, damage to a car. I'm his mom, I'm doing this for him.",
            "location": "Staples High School student parking lot, North Avenue, Westport",
            "location_confirmed": "Yes, at Staples",
            "suspect_or_weapon": "No, he doesn't know who and neither do I. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Yesterday, during school. He parked around 7:30 and found it at 2:10 when he came out.",
            "vehicle": "2015 Toyota Corolla, black, plate CT 4LN-227 -- no wait, that's MY car. His is CT 9ZK-310. "
            "It's registered in my name.",
            "damage": "LOSER scratched in big letters across the hood, down to the metal, about 2 feet wide. "
            "Nothing else.",
            "narrative": "My son parked his black 2015 Toyota Corolla in the Staples High School student lot around "
            "7:30 yesterday morning. When he came out at 2:10 pm someone had scratched the word LOSER in large "
            "letters into the hood, down to bare metal. He does not know who did it.",
            "reporter_name": "Denise Whitcombe",
            "reporter_email": "denise.whitcombe@example.com",
            "reporter_phone": "203-555-0157",
            "confirmed": "Yes, that's right. Thank you.",
            "callback_wanted": "No, email is easier for me",
        },
        "damage_to_motor_vehicle",
        {"reporter_name": "Denise Whitcombe", "reporter_email": "denise.whitcombe@example.com",
         "reporter_phone": "2035550157", "occurred_days_ago": 1, "vehicle_plate": "CT 9ZK-310"},
    ),
    # ------------------------------------------------------------------ identity_theft (3)
    filed(
        "s35-idt-opens-with-nothing-store-card-1480",
        'opening describes nothing ("the credit bureau lady said I need a police report number ... how does this '
        'work"); `answers.incident_type` holds it: an Amazon store card opened in his name with $1,480 of '
        'purchases, found when the bill came; Coleytown Road; "I found out on Thursday" (weekday only: no days, '
        'no time); total 1480; "203 555 0103"',
        [
            "the credit bureau lady said I need a police report number before they'll block anything. how does this "
            "work",
        ],
        {
            "incident_type": "someone opened an Amazon store card in my name and ran up $1,480 on it. I only found "
            "out when the first bill showed up in the mail",
            "type_confirmed": "yes identity theft",
            "location": "I live on Coleytown Road in Westport, the bill came to my house",
            "location_confirmed": "yes coleytown rd",
            "suspect_or_weapon": "no idea who. no weapons obviously lol",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "I found out on Thursday when the bill came. no clue when they actually opened it",
            "accounts": "Amazon store card (it's through Synchrony) ending 2291, opened without me, $1,480 in "
            "purchases on it. That's the only one so far, I froze my credit yesterday",
            "narrative": "On Thursday I received a bill for an Amazon store card I never applied for. Someone "
            "opened it in my name and made $1,480 in purchases. The account ends in 2291. I did not authorize it "
            "and I don't know who did. I have frozen my credit with the bureaus.",
            "reporter_name": "Owen Lathrop",
            "reporter_email": "owen.lathrop@example.com",
            "reporter_phone": "203 555 0103",
            "confirmed": "yep thats all of it, submit",
            "callback_wanted": "no call needed",
        },
        "identity_theft",
        {"reporter_name": "Owen Lathrop", "reporter_email": "owen.lathrop@example.com",
         "reporter_phone": "2035550103", "total_value": 1480},
        describes="false",
    ),
    filed(
        "s35-idt-affirm-peloton-verizon-amounts-first-dates-question-email-fix",
        'amounts in the first message: an $800 Affirm loan for a Peloton and a Verizon line with a $1,150 iPhone '
        '(total 1950); asks inside the accounts answer whether it is a problem that she has no exact dates; '
        'Richmondville Avenue; "The Affirm email came yesterday at 4:12 pm" (days 1, 16:12); at the summary '
        'corrects the e-mail dana.whitlok@ -> dana.whitlock@example.com',
        [
            "Someone took out an $800 Affirm loan for a Peloton in my name AND opened a Verizon line with a $1,150 "
            "iPhone on it. I don't even own a bike. How do I report this??",
        ],
        {
            "type_confirmed": "Yes, identity theft",
            "location": "My apartment on Richmondville Avenue in Westport",
            "location_confirmed": "Yes that's right",
            "suspect_or_weapon": "No, I have no idea who it could be and no weapons involved",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The Affirm email came yesterday at 4:12 pm, that's when I found out. Then I checked "
            "everything else",
            "accounts": "Is it a problem that I don't have exact dates for when they were opened? Anyway: 1) Affirm "
            "loan for a Peloton bike, $800, 2) Verizon wireless account with one line and an iPhone 15 on a "
            "payment plan, $1,150. Both say they were opened sometime in the last 2 weeks.",
            "narrative": "Yesterday at 4:12 pm I got an email from Affirm about an $800 loan for a Peloton bike "
            "that I never applied for. When I checked further I found a Verizon wireless account with an iPhone "
            "worth $1,150 also opened in my name. Both were opened in the last two weeks without my knowledge.",
            "reporter_name": "Dana Whitlock",
            "reporter_email": "dana.whitlok@example.com",
            "reporter_phone": "475-555-0128",
            "confirmed": "Wait the email is wrong, I typed it too fast. It's dana.whitlock@example.com, with the C "
            "before the K. Rest is fine.",
            "callback_wanted": "No thanks, email",
        },
        "identity_theft",
        {"reporter_name": "Dana Whitlock", "reporter_email": "dana.whitlock@example.com",
         "reporter_phone": "4755550128", "occurred_days_ago": 1, "occurred_time": "16:12", "total_value": 1950},
    ),
    filed(
        "s35-idt-tax-return-mother-91-ludlow-road-whose-name-question",
        'older formal writer reporting for her 91-year-old mother on Ludlow Road: someone filed a federal tax '
        'return under the mother\'s Social Security number (no amount); asks whether the report should be in her '
        'mother\'s name or her own (interjection at reporter_name), then gives her own; "The letter arrived the '
        'day before yesterday" (days 2, no time)',
        [
            "Good afternoon. I am writing on behalf of my mother, who is 91. The Internal Revenue Service has "
            "informed her by letter that a tax return was already filed under her Social Security number, and "
            "hers was therefore rejected. Neither she nor I filed any such return.",
        ],
        {
            "type_confirmed": "Yes, that is correct. I understand it to be identity theft.",
            "location": "My mother's home on Ludlow Road in Westport. She has lived there since 1964.",
            "location_confirmed": "That is correct.",
            "suspect_or_weapon": "We have no idea who would have done this, and there were certainly no weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The letter arrived the day before yesterday. We do not know when the false return was "
            "filed.",
            "accounts": "Her federal income tax filing with the IRS. The letter says a return was filed under her "
            "Social Security number; it does not state an amount. No bank or credit accounts appear affected so "
            "far.",
            "narrative": "The day before yesterday my 91-year-old mother received a letter from the IRS stating "
            "that a federal tax return had already been filed under her Social Security number, so her own return "
            "was rejected. Neither she nor anyone in the family filed that return. We do not know who did.",
            "reporter_name": "Ruth Ann Corcoran. I am her daughter.",
            "reporter_email": "ruthann.corcoran@example.com",
            "reporter_phone": "203-555-0107, my own telephone. Mother is hard of hearing.",
            "confirmed": "Yes, that is all in order. Thank you for your patience.",
            "callback_wanted": "A telephone call would be appreciated, yes.",
        },
        "identity_theft",
        {"reporter_name": "Ruth Ann Corcoran", "reporter_email": "ruthann.corcoran@example.com",
         "reporter_phone": "2035550107", "occurred_days_ago": 2},
        interjections=[{
            "at": "reporter_name",
            "text": "Should the report be in my mother's name or in mine? It is her identity, but she is 91, does "
            "not use e-mail, and I handle all of her affairs.",
        }],
    ),
    # ------------------------------------------------------------------ lost_property (4)
    filed(
        "s35-lost-canon-lens-longshore-amounts-first",
        'amounts in the first message: a Canon 70-200 lens ($1,400) and its hood (~$60) fell out of a camera bag '
        'at Longshore ("the town park, not the state park"); total 1460; "this morning, 7 to about 8:15" (days 0, '
        'range); "203.555.0138"',
        [
            "Lost my Canon 70-200 lens ($1,400!!) plus the lens hood (~$60) on my morning bird walk. The zipper on "
            "my bag was open when I got back to the car \U0001F62D",
        ],
        {
            "type_confirmed": "Yes, lost. Nobody stole it, it just fell out",
            "location": "Longshore, the town park on Compo Road South -- not the state park. I walked the loop "
            "along the water and the golf course edge",
            "location_confirmed": "Yes, Longshore",
            "suspect_or_weapon": "No, nobody took it, it fell out. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "This morning, I was there from 7 to about 8:15",
            "items": "Canon EF 70-200mm f/4 lens, white, in a black neoprene wrap, worth about $1,400, and the "
            "matching lens hood, about $60. Serial number is on my receipt at home if you need it later",
            "narrative": "This morning between 7 and 8:15 I was photographing birds at Longshore. My camera bag's "
            "zipper came open and my Canon 70-200mm lens (about $1,400) in a black neoprene wrap, and its lens "
            "hood (about $60), fell out somewhere along the loop by the water. I retraced my steps and asked at "
            "the clubhouse but nobody has turned them in.",
            "reporter_name": "Felix Aranda",
            "reporter_email": "felix.aranda.photo@example.com",
            "reporter_phone": "203.555.0138",
            "confirmed": "All correct, thanks",
            "callback_wanted": "Email is fine",
        },
        "lost_property",
        {"reporter_name": "Felix Aranda", "reporter_email": "felix.aranda.photo@example.com",
         "reporter_phone": "2035550138", "occurred_days_ago": 0, "total_value": 1460},
    ),
    filed(
        "s35-lost-passport-station-platform-turkish-writer-place-prose-fix",
        'non-native writer (Turkish speaker): passport and residence card lost on a train platform; corrects the '
        'station in prose ("Greens Farms station -- sorry, no, Saugatuck station, I mix the two names"), both in '
        'town; "the highway is very close, but I was on the platform"; "yesterday in evening, about 6" (days 1, '
        'approximate: no time)',
        [
            "Hello, I lost my passport and my residence card on train station yesterday. I need police paper for "
            "my consulate, they say without this they cannot give new passport.",
        ],
        {
            "type_confirmed": "Yes, lost. Nobody steal it I think, I drop it.",
            "location": "Greens Farms station -- sorry, no, Saugatuck station, I mix the two names. On the platform "
            "for going to New York. The highway is very close, but I was on the platform.",
            "location_confirmed": "Yes, Saugatuck station, Westport.",
            "suspect_or_weapon": "No suspect, no weapon. I think it fall from my jacket pocket.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Yesterday in evening, about 6 o'clock, when I come back from work.",
            "items": "Turkish passport, dark red color, and my US permanent resident card (green card). Both was "
            "together in a small black cover.",
            "narrative": "Yesterday about 6 in the evening I come from train at Saugatuck station and on the "
            "platform my passport and green card fall from my jacket pocket. They was together in a small black "
            "cover. I go back and look, I ask the station, nobody find it. I need report for my consulate.",
            "reporter_name": "Elif Karaca",
            "reporter_email": "elif.karaca@example.com",
            "reporter_phone": "203-555-0166",
            "confirmed": "Yes it is correct. Thank you so much.",
            "callback_wanted": "No, email is ok for me.",
        },
        "lost_property",
        {"reporter_name": "Elif Karaca", "reporter_email": "elif.karaca@example.com",
         "reporter_phone": "2035550166", "occurred_days_ago": 1},
    ),
    filed(
        "s35-lost-platinum-band-levitt-wife-will-murder-me-surname-fix",
        'amount in the first message: a $2,200 platinum wedding band slipped off while dancing at the Levitt '
        'Pavilion; "my wife is going to murder me" is a figure of speech; "Sunday evening" (weekday only: no days, '
        'no time); total 2200; at the summary corrects the surname "Lindquist" -> "Lindqvist, with a Q and a V"',
        [
            "My wedding ring came off while we were dancing at a concert and my wife is going to murder me. It's a "
            "plain platinum band, paid $2,200 for it 11 years ago. Can I report it lost here?",
        ],
        {
            "type_confirmed": "Yes. Lost property.",
            "location": "The Levitt Pavilion, on the lawn near the front, the downtown one by the river",
            "location_confirmed": "Correct, the Levitt",
            "suspect_or_weapon": "No, nobody took it, it just slid off, my hands were cold. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Sunday evening during the show. I noticed it was gone as we were walking to the car.",
            "items": "Men's platinum wedding band, plain, size 11, engraved inside 'L & M 6.14'. About $2,200.",
            "narrative": "On Sunday evening my platinum wedding band slipped off my finger while we were dancing on "
            "the lawn near the front of the Levitt Pavilion. I noticed when we were walking to the car. It is a "
            "plain men's band, size 11, engraved 'L & M 6.14', worth about $2,200. We searched the lawn with phone "
            "lights but did not find it.",
            "reporter_name": "Mats Lindquist",
            "reporter_email": "mats.lindqvist@example.com",
            "reporter_phone": "203-555-0152",
            "confirmed": "Almost -- you have my last name as Lindquist, it's Lindqvist, with a Q and a V (my email "
            "has it right). Otherwise perfect.",
            "callback_wanted": "No, email please",
        },
        "lost_property",
        {"reporter_name": "Mats Lindqvist", "reporter_email": "mats.lindqvist@example.com",
         "reporter_phone": "2035550152", "total_value": 2200},
    ),
    filed(
        "s35-lost-dads-keys-town-hall-why-a-suspect-question",
        'a son reporting for his 84-year-old father, who lost his key ring and a garage door clicker at Town Hall '
        '(110 Myrtle Avenue) paying his taxes; asks why there would be a suspect when his father simply dropped '
        'them (interjection at suspect_or_weapon), then says no; no values (no total); "Yesterday, sometime '
        'between 10 and noon" (days 1, range)',
        [
            "hi, my dad (84) lost his keys at Town Hall yesterday when he went to pay his car tax. they say nobody "
            "turned them in. he has no spare for the car and the garage opener was on there too",
        ],
        {
            "type_confirmed": "yes, lost",
            "location": "Town Hall, 110 Myrtle Ave. he was in the tax office and then sat in the hallway for a bit",
            "location_confirmed": "yep town hall",
            "suspect_or_weapon": "no, no suspect and no weapon, he just lost them",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "yesterday, sometime between 10 and noon",
            "items": "one ring with a Subaru key fob, 2 house keys, a mailbox key, a little brass key with a red "
            "cap, and a Genie garage door clicker hooked on. no real value, just a pain to replace",
            "narrative": "Yesterday between 10 am and noon my 84-year-old father lost his key ring at Town Hall on "
            "Myrtle Avenue while paying his car tax. The ring has a Subaru key fob, two house keys, a mailbox key, "
            "a small brass key with a red cap and a Genie garage door opener. Town Hall staff say nobody has "
            "turned them in.",
            "reporter_name": "Luis Carrasco, his son. Dad's name is Ernesto Carrasco if that matters",
            "reporter_email": "luis.carrasco@example.com",
            "reporter_phone": "475-555-0190",
            "confirmed": "yes thats everything",
            "callback_wanted": "no",
        },
        "lost_property",
        {"reporter_name": "Luis Carrasco", "reporter_email": "luis.carrasco@example.com",
         "reporter_phone": "4755550190", "occurred_days_ago": 1},
        interjections=[{
            "at": "suspect_or_weapon",
            "text": "suspect?? he dropped them, nobody stole anything. why would there be a suspect",
        }],
    ),
    # ------------------------------------------------------------------ theft (3)
    filed(
        "s35-theft-porch-packages-gorham-avenue-delivery-time-question",
        'two packages taken off the front steps on Gorham Avenue (no place or time in the opening); asks at the '
        'time question whether to give the delivery time or when she noticed (interjection at occurred_at), then '
        'gives both: "delivered at 1:32 pm yesterday ... got home at 6" (days 1, range); items with amounts given '
        'in the answer: a $429 Dyson hair dryer and diapers "like $45" (total 474)',
        [
            "someone swiped 2 packages off my front steps. i have a toddler and one of them was literally diapers "
            "\U0001F629 who does that",
        ],
        {
            "type_confirmed": "yes theft, porch pirates",
            "location": "my house on Gorham Avenue, in Westport. front steps",
            "location_confirmed": "yup gorham ave",
            "suspect_or_weapon": "no idea who, didnt see anyone. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "tracking says delivered at 1:32 pm yesterday and i got home at 6 and they were gone",
            "items": "a Dyson hair dryer, $429 (it was a bday gift for my sister ugh) and a big box of Pampers size "
            "4, like $45",
            "narrative": "Yesterday two packages were delivered to my front steps on Gorham Avenue at 1:32 pm. When "
            "I got home at 6 pm both were gone. One was a Dyson hair dryer worth $429 and the other a box of "
            "Pampers diapers worth about $45. I didn't see who took them.",
            "reporter_name": "Brianna Kettleson",
            "reporter_email": "bri.kettleson@example.com",
            "reporter_phone": "203-555-0113",
            "confirmed": "yep thats right",
            "callback_wanted": "no thx",
        },
        "theft",
        {"reporter_name": "Brianna Kettleson", "reporter_email": "bri.kettleson@example.com",
         "reporter_phone": "2035550113", "occurred_days_ago": 1, "total_value": 474},
        interjections=[{
            "at": "occurred_at",
            "text": "do u want when ups says they delivered it or when i noticed it was gone? bc those are like 5 "
            "hours apart",
        }],
    ),
    filed(
        "s35-theft-patio-heaters-restaurant-post-road-west-spanish-writer",
        'non-native writer (Spanish speaker), a restaurant manager reporting for the business: two propane patio '
        'heaters, $325 each, taken from the patio overnight (amounts in the first message, total 650); Post Road '
        'West ("near to Norwalk but still Westport, the address say Westport 06880"); "between 11 last night ... '
        '6:30 this morning" crosses midnight (no days, no time)',
        [
            "Good afternoon, I am manager of a restaurant. Somebody take the 2 heaters from our patio in the night, "
            "the tall ones with propane, each one cost $325. The owner tell me make a police report.",
        ],
        {
            "type_confirmed": "Yes, is theft.",
            "location": "Post Road West in Westport. Is near to Norwalk but still Westport, the address say "
            "Westport 06880.",
            "location_confirmed": "Yes correct.",
            "suspect_or_weapon": "No, we dont know who. The camera only look at the front door, not the patio. No "
            "weapon.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "We close at 11 last night and they was there. At 6:30 this morning the cook arrive and "
            "they are gone.",
            "items": "2 patio heaters, tall, black color, the kind with propane tank inside. $325 each one. The "
            "tanks was inside also.",
            "narrative": "We close the restaurant at 11 last night and the 2 patio heaters was on the patio. At "
            "6:30 this morning our cook arrive and both heaters are gone. They are tall black propane heaters, "
            "$325 each one. Nobody from the restaurant move them. The camera does not see the patio.",
            "reporter_name": "Wilmer Portillo",
            "reporter_email": "wilmer.portillo@example.com",
            "reporter_phone": "475-555-0134 is my cell",
            "confirmed": "Yes, all is correct.",
            "callback_wanted": "Email is better, I am working in kitchen all day.",
        },
        "theft",
        {"reporter_name": "Wilmer Portillo", "reporter_email": "wilmer.portillo@example.com",
         "reporter_phone": "4755550134", "total_value": 650},
    ),
    filed(
        "s35-theft-traeger-kidnapped-cockenoe-drive-cover-added",
        '"someone straight up kidnapped my Traeger ($899)" (a figure of speech; amount in the first message); '
        'the items answer adds the grill cover ($60), so total 959; Cockenoe Drive; "last night between 9 and 11" '
        '(days 1, range)',
        [
            "someone straight up kidnapped my Traeger ($899) off the side patio last night. wheeled it right down "
            "the driveway, you can see the tracks in the wet grass",
        ],
        {
            "type_confirmed": "yes, theft of my grill",
            "location": "Cockenoe Drive, my house, the side patio by the garage",
            "location_confirmed": "yes sir",
            "suspect_or_weapon": "nope no idea who. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "last night between 9 and 11. it was there when i took the dog out at 9 and gone at 11",
            "items": "Traeger Pro 575 pellet grill, black, $899. oh and the cover was on it, that was another $60",
            "narrative": "Last night between 9 and 11 someone took my black Traeger Pro 575 pellet grill ($899) "
            "with its $60 cover from the side patio of my house on Cockenoe Drive. They wheeled it down the "
            "driveway; there are tracks in the wet grass.",
            "reporter_name": "Kyle Brennerman",
            "reporter_email": "kbrennerman@example.com",
            "reporter_phone": "203-555-0194",
            "confirmed": "yep send it",
            "callback_wanted": "nope",
        },
        "theft",
        {"reporter_name": "Kyle Brennerman", "reporter_email": "kbrennerman@example.com",
         "reporter_phone": "2035550194", "occurred_days_ago": 1, "total_value": 959},
    ),
    # ------------------------------------------------------------------ vehicle_burglary (3)
    filed(
        "s35-vb-library-lot-laptop-jacket-laptop-amount-fix",
        'amounts in the first message: rear window smashed in the Westport Library lot (Jesup Road) during an '
        'evening talk, a laptop ("$1,300") and a jacket ($180) taken; at the summary corrects the laptop to '
        '$1,500, so total 1680; "New Jersey plate K42-RTM" (NJ K42-RTM); "last night ... 7 to about 9" (days 1, '
        'range)',
        [
            "Somebody smashed my rear window at the library lot last night and took my work laptop ($1,300) and "
            "my Patagonia jacket ($180). There's glass all over my back seat.",
        ],
        {
            "type_confirmed": "Yes, a car break-in, window smashed.",
            "location": "Westport Library parking lot on Jesup Road, the far row by the river",
            "location_confirmed": "Yes, the library lot",
            "suspect_or_weapon": "No idea who. No weapons that I know of.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Last night, I was inside for the author talk from 7 to about 9",
            "vehicle": "Blue 2017 Subaru Forester, New Jersey plate K42-RTM (we moved up in August, haven't "
            "switched it yet)",
            "items": "Dell laptop in a grey sleeve, $1,300, and a black Patagonia down jacket, $180",
            "damage": "Rear passenger side window smashed out completely",
            "narrative": "Last night between 7 and 9 pm my blue Subaru Forester was parked in the Westport Library "
            "lot while I attended a talk. When I came out, the rear passenger window was smashed and my Dell "
            "laptop in a grey sleeve and my black Patagonia jacket had been taken from the back seat.",
            "reporter_name": "Nate Okonkwo",
            "reporter_email": "nate.okonkwo@example.com",
            "reporter_phone": "203-555-0177",
            "confirmed": "One fix: the laptop was $1,500 not $1,300, I just looked at the invoice. The rest is "
            "right.",
            "callback_wanted": "No, email only",
        },
        "vehicle_burglary",
        {"reporter_name": "Nate Okonkwo", "reporter_email": "nate.okonkwo@example.com",
         "reporter_phone": "2035550177", "occurred_days_ago": 1, "vehicle_plate": "NJ K42-RTM",
         "total_value": 1680},
    ),
    filed(
        "s35-vb-ransacked-danbury-avenue-unlocked-cash-opener",
        '"looks like a tornado went through it" (a figure of speech): an unlocked car gone through in the '
        'driveway on Danbury Avenue ("the street in Westport, not Danbury lol"); $40 cash and a garage door '
        'opener taken (total 40, the opener has no value); no damage; "between like 11 last night and 7 this '
        'morning" crosses midnight (no days, no time); "CT 4MF-227"',
        [
            "my car got ransacked in the driveway, looks like a tornado went through it. my fault, i think i left "
            "it unlocked \U0001F926",
        ],
        {
            "type_confirmed": "yeah car break in i guess, even tho they didnt have to break anything",
            "location": "Danbury Avenue. the street in Westport, not Danbury lol",
            "location_confirmed": "yea thats right",
            "suspect_or_weapon": "no clue and no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "between like 11 last night and 7 this morning",
            "vehicle": "2018 Jeep Cherokee, red, plate CT 4MF-227",
            "items": "$40 cash from the cupholder and the garage door opener off the visor",
            "damage": "none, it was unlocked. everything's just dumped out, glovebox and console",
            "narrative": "Between about 11 pm last night and 7 am today someone went through my unlocked red Jeep "
            "Cherokee in my driveway on Danbury Avenue. They emptied the glovebox and console onto the seats and "
            "took $40 in cash from the cupholder and the garage door opener from the visor. Nothing was damaged.",
            "reporter_name": "Tyrese Holloway",
            "reporter_email": "tyrese.holloway@example.com",
            "reporter_phone": "203-555-0145",
            "confirmed": "yep looks good",
            "callback_wanted": "nah",
        },
        "vehicle_burglary",
        {"reporter_name": "Tyrese Holloway", "reporter_email": "tyrese.holloway@example.com",
         "reporter_phone": "2035550145", "vehicle_plate": "CT 4MF-227", "total_value": 40},
    ),
    filed(
        "s35-vb-nanny-purse-sea-spray-road-ukrainian-purse-value-question",
        'non-native writer (Ukrainian speaker), a nanny whose car window was broken outside the family she works '
        'for on Sea Spray Road; purse with $120 cash taken (amount in the first message); asks inside the items '
        'answer whether the bag\'s price is needed too, "maybe 90 dollars" (total 210); "ct plate 1HB-560" (CT '
        '1HB-560); "Today. I arrive 8:30 ... 12:45" (days 0, range)',
        [
            "Hello. I am nanny, I work in a house in Westport. Today somebody broke my car window in the street in "
            "front of the house and take my purse with 120 dollars inside.",
        ],
        {
            "type_confirmed": "Yes, somebody break in my car.",
            "location": "Sea Spray Road, in front of the house where I work. My car was on the street.",
            "location_confirmed": "Yes, Sea Spray Road.",
            "suspect_or_weapon": "I did not see anybody. No weapon I think.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Today. I arrive 8:30 in morning, and at 12:45 I go out with baby for walk and see the "
            "window.",
            "vehicle": "Nissan Sentra 2016, silver, ct plate 1HB-560",
            "items": "You need price of the bag also or only money? The bag was maybe 90 dollars, brown leather. "
            "Inside 120 dollars cash, my sunglasses, lipstick. My documents and phone was with me, thank God.",
            "damage": "The small window in back on the driver side is broken.",
            "narrative": "Today I park my car on Sea Spray Road at 8:30 in the morning in front of the house where "
            "I work. At 12:45 I see the small back window on driver side is broken and my brown leather purse is "
            "gone from the seat. Inside was 120 dollars cash and sunglasses. The bag cost maybe 90 dollars.",
            "reporter_name": "Oksana Melnyk",
            "reporter_email": "oksana.melnyk@example.com",
            "reporter_phone": "475-555-0141",
            "confirmed": "Yes, is correct. Thank you.",
            "callback_wanted": "No, email is good.",
        },
        "vehicle_burglary",
        {"reporter_name": "Oksana Melnyk", "reporter_email": "oksana.melnyk@example.com",
         "reporter_phone": "4755550141", "occurred_days_ago": 0, "vehicle_plate": "CT 1HB-560",
         "total_value": 210},
    ),
    # ------------------------------------------------------------------ vehicle_tampering (3)
    filed(
        "s35-vt-fuel-door-pried-weston-road-driveway-near-merritt",
        'annoyed older resident: fuel door pried open and the gas cap missing on a car in his driveway on Weston '
        'Road ("Yes, close to the Merritt exit, but it is my driveway"); nothing taken from inside; "the day '
        'before yesterday, in the afternoon" (days 2, no time); "CT 7PL-093"',
        [
            "I'd like to report that someone pried open the fuel door on my car and made off with the gas cap. "
            "Scratches all around it. What on earth is the point of that? Siphoning, my neighbor says.",
        ],
        {
            "type_confirmed": "Yes, I suppose that is tampering.",
            "location": "My driveway on Weston Road in Westport. Yes, close to the Merritt exit, but it is my "
            "driveway, not the parkway.",
            "location_confirmed": "Yes, that is the place.",
            "suspect_or_weapon": "I did not see who did it. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The day before yesterday, in the afternoon, while my wife and I were out at the "
            "doctor's.",
            "vehicle": "2014 Buick LaCrosse, dark grey. CT 7PL-093.",
            "damage": "Fuel door bent outward, paint scratched around it, the gas cap is gone. The tank seemed "
            "lower than I left it.",
            "narrative": "The day before yesterday, in the afternoon, while we were out, someone pried open the "
            "fuel door of my dark grey 2014 Buick LaCrosse in my driveway on Weston Road and took the gas cap. "
            "The fuel door is bent and the paint around it is scratched, and the tank seemed lower than I had "
            "left it. Nothing was taken from inside the car.",
            "reporter_name": "Harold J. Pemberton",
            "reporter_email": "hjpemberton@example.com",
            "reporter_phone": "203-555-0124",
            "confirmed": "That is correct. Submit it.",
            "callback_wanted": "No. E-mail.",
        },
        "vehicle_tampering",
        {"reporter_name": "Harold J. Pemberton", "reporter_email": "hjpemberton@example.com",
         "reporter_phone": "2035550124", "occurred_days_ago": 2, "vehicle_plate": "CT 7PL-093"},
    ),
    filed(
        "s35-vt-harbor-road-alarm-technically-this-morning-time-prose-fix",
        'car alarm on Harbor Road ("the Westport one, not the Harbor Road in Fairfield"): '
        'driver door lock punched, nothing taken; "2:17 last night, well technically this morning -- actually the '
        'dashcam says 2:07" (days 0, 02:07, corrected in prose); "Mass plate 2KC-814" (MA 2KC-814)',
        [
            "car alarm went off in the middle of the night and this morning the drivers door lock is all chewed "
            "up, like someone jammed a screwdriver in it. they didn't get in I think, nothing's missing",
        ],
        {
            "type_confirmed": "yes tampering sounds right",
            "location": "Harbor Road -- the Westport one, not the Harbor Road in Fairfield. "
            "parked in front of our house",
            "location_confirmed": "yes, in front of our house",
            "suspect_or_weapon": "didn't see anyone, by the time I looked out nobody was there. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "2:17 last night, well technically this morning -- actually the dashcam says 2:07, I "
            "was going off my phone clock from when I woke up",
            "vehicle": "2020 Mazda CX-5, red, Mass plate 2KC-814 (it's my work car)",
            "damage": "driver door lock cylinder gouged and bent, scratches around the handle, the door still "
            "opens with the key but it sticks",
            "narrative": "At 2:07 this morning my car alarm went off while my red Mazda CX-5 was parked in front "
            "of our house on Harbor Road. In the morning the driver door lock was gouged and bent, as if someone "
            "forced a screwdriver into it, with scratches around the handle. Nothing was taken and the car did not "
            "appear to have been entered.",
            "reporter_name": "Siobhan Delacroix-Reyes",
            "reporter_email": "sdelacroixreyes@example.com",
            "reporter_phone": "475-555-0117",
            "confirmed": "yes correct",
            "callback_wanted": "no thanks, email works",
        },
        "vehicle_tampering",
        {"reporter_name": "Siobhan Delacroix-Reyes", "reporter_email": "sdelacroixreyes@example.com",
         "reporter_phone": "4755550117", "occurred_days_ago": 0, "occurred_time": "02:07",
         "vehicle_plate": "MA 2KC-814"},
    ),
    filed(
        "s35-vt-evergreen-parkway-ring-cam-someone-sat-in-car",
        'Ring camera shows someone opening an unlocked car and sitting in it in the driveway on Evergreen Parkway '
        '("a little street, not the Merritt Parkway"), nothing taken, seat and mirrors moved; "4:52 this morning" '
        '(days 0, 04:52); "CT 5DW-671"',
        [
            "My Ring camera caught someone opening my car and sitting in it for like 3 minutes in my driveway, then "
            "just walking away. Nothing's missing as far as I can tell but the seat and the mirrors are all moved. "
            "Creeped out.",
        ],
        {
            "type_confirmed": "Yes, tampering I think. Nothing was stolen",
            "location": "My driveway on Evergreen Parkway. It's a little street in Westport, not the Merritt "
            "Parkway haha",
            "location_confirmed": "Yes, our driveway",
            "suspect_or_weapon": "No idea who, the video just shows a person in a dark hoodie, can't see a face. "
            "Nothing in their hands that I can see",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The camera timestamp says 4:52 this morning",
            "vehicle": "2021 Kia Telluride, white, CT 5DW-671. I must have left it unlocked",
            "damage": "No damage. Driver seat pushed back, both mirrors turned, glovebox open",
            "narrative": "At 4:52 this morning my Ring camera recorded a person in a dark hoodie opening my "
            "unlocked white Kia Telluride in my driveway on Evergreen Parkway, sitting in the driver's seat for "
            "about three minutes, and walking away. Nothing appears to be missing, but the seat and mirrors were "
            "moved and the glovebox was open.",
            "reporter_name": "Amelia Tran",
            "reporter_email": "amelia.tran@example.com",
            "reporter_phone": "203-555-0188",
            "confirmed": "Yes that's accurate",
            "callback_wanted": "No thank you",
        },
        "vehicle_tampering",
        {"reporter_name": "Amelia Tran", "reporter_email": "amelia.tran@example.com",
         "reporter_phone": "2035550188", "occurred_days_ago": 0, "occurred_time": "04:52",
         "vehicle_plate": "CT 5DW-671"},
    ),
    # ------------------------------------------------------------------ vandalism (4)
    filed(
        "s35-vand-stabbed-inflatable-santa-manitou-road-photos-question",
        '"someone stabbed our inflatable Santa" (holiday inflatables slashed; a look-alike, not a weapon case); '
        'the $180 Santa is destroyed, so no total; asks inside the damage answer whether photos are needed, then '
        'describes the damage; Manitou Road; "last night between 10 and 11:30" (days 1, range)',
        [
            "So someone stabbed our inflatable Santa last night. I wish I was joking. Also the reindeer. The Santa "
            "alone was $180 and my kids are heartbroken",
        ],
        {
            "type_confirmed": "Yes, vandalism I guess?",
            "location": "Our front yard on Manitou Road",
            "location_confirmed": "Yes, Manitou",
            "suspect_or_weapon": "No, no clue who. Probably teenagers? But I didn't see anyone. No weapons that I "
            "saw, they just cut them",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Last night between 10 and 11:30. They were lit up at 10 when we went to bed and my "
            "husband saw them flat at 11:30",
            "damage": "Do you need photos? I have like 30. Anyway: the 8 ft Santa has 3 long slits in it and won't "
            "inflate, the light-up reindeer has one slit and the fan cord was cut",
            "narrative": "Last night between 10 and 11:30 pm someone cut our holiday inflatables in our front yard "
            "on Manitou Road. The 8-foot Santa has three long slits and will not inflate, and the light-up "
            "reindeer was slit and its fan cord cut. We did not see who did it.",
            "reporter_name": "Jenna Castellano",
            "reporter_email": "jenna.castellano@example.com",
            "reporter_phone": "203-555-0169",
            "confirmed": "Yep, all good, thank you",
            "callback_wanted": "No need",
        },
        "vandalism",
        {"reporter_name": "Jenna Castellano", "reporter_email": "jenna.castellano@example.com",
         "reporter_phone": "2035550169", "occurred_days_ago": 1},
    ),
    filed(
        "s35-vand-yoga-studio-graffiti-post-road-east-day-and-area-code-fix",
        'business owner: graffiti sprayed across a yoga studio\'s front window and door on Post Road East; said '
        '"Yesterday at 9:15 pm, the camera shows it", at the summary fixes two things in one message: the day '
        '("the day before yesterday, not yesterday") and the area code ("475 not 203"); days 2, 21:15, '
        '4755550149',
        [
            "Hi. I own a yoga studio on the Post Road and someone spray painted black squiggles and a word I won't "
            "type all over our front window and door. I'm told I need a police report for the landlord's insurance.",
        ],
        {
            "type_confirmed": "Yes, vandalism to the storefront.",
            "location": "Post Road East in Westport, we're in the little plaza, second storefront from the end",
            "location_confirmed": "Yes that's it",
            "suspect_or_weapon": "No, the camera shows someone in a hood and mask. No weapons, just a spray can.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Yesterday at 9:15 pm, the camera shows it. We close at 8:30.",
            "damage": "Black spray paint across the whole front window (about 8 ft) and the glass door, including "
            "an obscene word. The window decal with our logo is ruined too.",
            "narrative": "At 9:15 pm, after we closed, a person in a hood and mask sprayed black paint across the "
            "front window and glass door of my yoga studio on Post Road East, including an obscene word. Our "
            "logo decal was ruined. Our camera recorded it.",
            "reporter_name": "Nadia Farouk",
            "reporter_email": "nadia@example.com",
            "reporter_phone": "203-555-0149",
            "confirmed": "Two things, sorry! It was the day before yesterday, not yesterday (I was off by a day "
            "going through the footage). And my cell's area code is 475 not 203, so 475-555-0149.",
            "callback_wanted": "No, email is perfect",
        },
        "vandalism",
        {"reporter_name": "Nadia Farouk", "reporter_email": "nadia@example.com",
         "reporter_phone": "4755550149", "occurred_days_ago": 2, "occurred_time": "21:15"},
    ),
    filed(
        "s35-vand-little-free-library-sylvan-road-north-email-prose-fix",
        'older man on Sylvan Road North: the little free library box his late wife built was ripped off its post '
        'and the books thrown in the road; gives an e-mail then corrects it in prose ("walter.oshea1948@ -- no, '
        'that is my wife\'s old account ... walt.oshea@example.com"); "fine at 10 last night ... 6:50 this '
        'morning" crosses midnight (no days, no time)',
        [
            "Good afternoon. Someone tore the little lending library off its post at the end of my driveway and "
            "threw the books all over the road. My late wife built it. I don't suppose anything can be done but "
            "I'd like it on record.",
        ],
        {
            "type_confirmed": "Vandalism, yes.",
            "location": "At the end of my driveway on Sylvan Road North.",
            "location_confirmed": "Yes, that is my address.",
            "suspect_or_weapon": "I have no idea who. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "It was fine when I locked up at 10 last night and I found it at 6:50 this morning "
            "fetching the paper.",
            "damage": "The wooden box is ripped off the post, the glass door is cracked and the hinges are bent. "
            "The post is leaning. About forty books soaked in the road.",
            "narrative": "Between 10 pm last night and 6:50 this morning someone tore the small lending library "
            "box off its post at the end of my driveway on Sylvan Road North and scattered the books across the "
            "road. The box's glass door is cracked, its hinges are bent and the post is leaning.",
            "reporter_name": "Walter O'Shea",
            "reporter_email": "walter.oshea1948@example.com -- no, that is my wife's old account, I can't get into "
            "it any more. Mine is walt.oshea@example.com",
            "reporter_phone": "203-555-0109",
            "confirmed": "Yes, that is right.",
            "callback_wanted": "No, thank you.",
        },
        "vandalism",
        {"reporter_name": "Walter O'Shea", "reporter_email": "walt.oshea@example.com",
         "reporter_phone": "2035550109"},
    ),
    filed(
        "s35-vand-lawn-donuts-sturges-highway-work-number-question",
        '"my front lawn looks like a war zone" (a figure of speech): someone drove onto the lawn and did donuts; '
        'Sturges Highway ("the road, in Westport, up near the Fairfield line"); asks whether she can give her '
        'work number (interjection at reporter_phone), then gives it; "at 11:20 last night I heard engines" (days '
        '1, 23:20)',
        [
            "my front lawn looks like a war zone. someone drove up on it last night and did donuts, there are deep "
            "ruts all over and they took out two of my boxwoods",
        ],
        {
            "type_confirmed": "yes, vandalism to my yard",
            "location": "Sturges Highway -- the road, in Westport, up near the Fairfield line. my front yard",
            "location_confirmed": "yes the front yard",
            "suspect_or_weapon": "no, it was dark, I just saw taillights going away. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "at 11:20 last night i heard engines revving and tires, by the time i got to the window "
            "they were leaving",
            "damage": "deep tire ruts in about half the front lawn, two boxwood shrubs crushed flat, mud sprayed "
            "on the mailbox post",
            "narrative": "At 11:20 last night I heard engines revving outside my house on Sturges Highway. A car "
            "had driven onto my front lawn and done donuts, leaving deep ruts across half the lawn, crushing two "
            "boxwood shrubs and spraying mud on the mailbox post. I only saw taillights leaving.",
            "reporter_name": "Colleen Murtaugh",
            "reporter_email": "colleen.murtaugh@example.com",
            "reporter_phone": "sure, work is 203-555-0172, I'm at my desk 8 to 5",
            "confirmed": "yes that's all correct",
            "callback_wanted": "no, email me",
        },
        "vandalism",
        {"reporter_name": "Colleen Murtaugh", "reporter_email": "colleen.murtaugh@example.com",
         "reporter_phone": "2035550172", "occurred_days_ago": 1, "occurred_time": "23:20"},
        interjections=[{
            "at": "reporter_phone",
            "text": "can I give my work number instead of my cell? I'm never home during the day and my cell's "
            "usually in my bag",
        }],
    ),
]
