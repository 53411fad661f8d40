"""Hand-written filed scenarios for sealed-42 (26: 3 per online type, lost_property and vandalism 4 each).

Keys starting with '_' are writer's flags read by build.py and never written out:
  _no_place: the opening names no place (a `location` interjection is allowed)
  _no_time:  the opening gives no time (an `occurred_at` interjection is allowed)
"""

NO = "No."

FILED = [
    # ------------------------------------------------------------------ harassing_phone_call
    {
        "id": "s42-hpc-hillandale-road-filipino-night-nurse-breathing-calls-0640-asks-text-not-call",
        "channel": "sms",
        "note": "non-native writer (Tagalog speaker), a night-shift nurse renting upstairs on Hillandale Road: for ten "
                "days silent breathing calls from 203-555-0162 while she sleeps in the day; gives the time in hospital "
                "style \"0640 this morning\" (days 0, 06:40); at reporter_phone asks whether we can text instead of "
                "calling (interjection); \"i am like a zombie now\"",
        "opening": [
            "hello po, i work night shift as a nurse so i sleep in the daytime, and for 10 days somebody calls my cell "
            "from 203-555-0162 while i am sleeping, no talking only breathing. last one 0640 this morning right when i "
            "got home. i am like a zombie now",
        ],
        "answers": {
            "type_confirmed": "yes po, the harassing calls",
            "location": "my apartment on Hillandale Road, Westport. i rent the upstairs part",
            "location_confirmed": "Yes correct, Hillandale Rd upstairs",
            "suspect_or_weapon": "I dont know who. I have no fight with anybody. No weapon, only breathing in the phone",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "This morning 0640, sorry I write it like at the hospital, it means 6:40 am",
            "caller_number": "Always the same one 203-555-0162. I block it but then it leaves voicemail with breathing",
            "call_pattern": "2 or 3 times every day between 8 in the morning and 1 in the afternoon when I sleep, ten "
                            "days now",
            "narrative": "For ten days somebody calls my cell from 203-555-0162 two or three times every morning while "
                         "I sleep after my night shift. Nobody talks, only breathing, then they hang up. I do not know "
                         "who it is.",
            "reporter_name": "Maricel Dizon",
            "reporter_email": "maricel.dizon.rn@example.com",
            "reporter_phone": "475-555-0114 is my cell, text first please",
            "confirmed": "Yes po all correct, salamat",
            "callback_wanted": "Email or text message is best. Please no calling between 8 and 3, I am sleeping",
        },
        "interjections": [
            {"at": "reporter_phone",
             "text": "Before I give my number, can you text me instead of calling? When the phone rings in the day it "
                     "wakes me and I will think it is the breathing person again"},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "harassing_phone_call", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Maricel Dizon", "reporter_email": "maricel.dizon.rn@example.com",
                       "reporter_phone": "4755550114", "occurred_days_ago": 0, "occurred_time": "06:40"},
        },
    },
    {
        "id": "s42-hpc-ludlow-road-79-year-old-barking-dog-recording-3am-phone-fixed-at-summary",
        "channel": "web",
        "note": "elderly writer (79) on Ludlow Road, formal: four nights of 3 a.m. calls from PRIVATE that play a "
                "recording of a barking dog; \"I about jumped out of my skin\"; typed his house telephone as "
                "475-555-0174 and fixes it at the summary to 0147; \"at 3:10 this morning\" (days 0, 03:10)",
        "opening": [
            "Good afternoon. I am 79 years old and live on Ludlow Road. For four nights now my telephone has rung at "
            "about 3 in the morning, and when I answer there is a recording of a dog barking and then the line goes "
            "dead. The first time I about jumped out of my skin. The little screen only says PRIVATE.",
        ],
        "answers": {
            "type_confirmed": "Yes, nuisance telephone calls. Harassing is the official word, I suppose.",
            "location": "My home on Ludlow Road, Westport. I have lived here since 1978.",
            "location_confirmed": "That is right, Ludlow Road.",
            "suspect_or_weapon": "I have no idea who would do such a thing, I have no quarrels with anyone. There are "
                                 "no weapons, it is a telephone.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The most recent one was at 3:10 this morning. I looked at the clock on the night table.",
            "caller_number": "There is no number. The display says PRIVATE every time.",
            "call_pattern": "Once a night, four nights running, always between 3 and 3:30 in the morning. A dog barks "
                            "for ten seconds or so and then it hangs up.",
            "narrative": "For four nights in a row I have received a telephone call at about 3 a.m. from a private "
                         "number. When I answer, a recording of a barking dog plays and then the caller hangs up. I "
                         "do not know who is calling.",
            "reporter_name": "Harold Quist",
            "reporter_email": "hquist.ludlow@example.com",
            "reporter_phone": "475-555-0174. That is the house telephone, I do not own a cell.",
            "confirmed": "One error. My telephone number ends in 0147, not 0174. I pressed the keys in the wrong order. "
                         "The rest is correct.",
            "callback_wanted": "A telephone call in the daytime, please.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "harassing_phone_call", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Harold Quist", "reporter_email": "hquist.ludlow@example.com",
                       "reporter_phone": "4755550147", "occurred_days_ago": 0, "occurred_time": "03:10"},
        },
    },
    {
        "id": "s42-hpc-fresenius-road-vietnamese-salon-owner-caller-mocks-accent",
        "channel": "sms",
        "note": "non-native writer (Vietnamese speaker), a nail-salon owner on Fresenius Road: a man calls from "
                "475-555-0181 almost every evening since last week, copies her accent and laughs; \"yesterday "
                "evening, around 7\" (days 1, approximate so no time); \"My name is Lan Nguyen\"",
        "opening": [
            "hi. one man call my phone from 475-555-0181 and he make fun how i talk english, he copy my voice and "
            "laugh then hang up. many many times since last week. my husband say ignore him but i cannot sleep, i "
            "keep thinking about it",
        ],
        "answers": {
            "type_confirmed": "yes harrasing call",
            "location": "at my house, Fresenius Road in Westport",
            "location_confirmed": "yes Fresenius rd is correct",
            "suspect_or_weapon": "i dont know him. maybe a customer from the salon? i dont know. no weapon, only phone",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "last one yesterday evening, around 7, when we eat dinner",
            "caller_number": "475-555-0181 always the same",
            "call_pattern": "almost every day since last week, some days 2 time. evening mostly, 6 to 9",
            "narrative": "A man calls me from 475-555-0181 almost every evening since last week. He copies my accent, "
                         "laughs at me and hangs up. I don't know who he is.",
            "reporter_name": "My name is Lan Nguyen",
            "reporter_email": "lan.nguyen.nails@example.com",
            "reporter_phone": "203 555 0129",
            "confirmed": "yes ok thank you so much for help me",
            "callback_wanted": "text message please, my english on the phone not so good",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "harassing_phone_call", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Lan Nguyen", "reporter_email": "lan.nguyen.nails@example.com",
                       "reporter_phone": "2035550129", "occurred_days_ago": 1},
        },
    },
    # ------------------------------------------------------------------ damage_to_motor_vehicle
    {
        "id": "s42-dmv-imperial-avenue-commuter-lot-mirror-and-dent-plate-fixed-at-summary",
        "channel": "web",
        "note": "commuter, car at the Imperial Avenue commuter lot all day: passenger mirror hanging by its wire and a "
                "fist-sized dent; the opening gives a $640 body-shop quote (not counted); typed plate 4HX-291, fixed at "
                "the summary to 4HX-219; parked at 6:50 yesterday morning, back at 7:40 at night (days 1, range so no "
                "time)",
        "opening": [
            "Parked at the Imperial Avenue commuter lot yesterday like I do every day and when I got off the train at "
            "night my passenger mirror was hanging by the wire and there's a dent in the front door about the size of "
            "a fist. Body shop already quoted me $640. No note, nothing.",
        ],
        "answers": {
            "type_confirmed": "Yes, damage to my car, the mirror and the door.",
            "location": "The Imperial Avenue commuter lot in Westport, far end of the lot near the exit.",
            "location_confirmed": "Correct, the Imperial Ave lot.",
            "suspect_or_weapon": "No idea who, there were a hundred cars there. No weapons that I know of.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "I parked at 6:50 yesterday morning and found it when I got back on the train that gets in "
                           "at 7:40 at night.",
            "vehicle": "Gray 2021 Mazda CX-5, plate CT 4HX-291",
            "damage": "Passenger side mirror knocked off and hanging by the wire, and a dent in the front passenger "
                      "door about the size of a fist. The paint is cracked around the dent.",
            "narrative": "I parked my car at the Imperial Avenue commuter lot at 6:50 a.m. yesterday. When I came back "
                         "at about 7:40 p.m. the passenger mirror was broken off and hanging and the front passenger "
                         "door was dented. Nobody left a note.",
            "reporter_name": "Owen Castellano",
            "reporter_email": "owen.castellano@example.com",
            "reporter_phone": "203.555.0119",
            "confirmed": "Plate is wrong, it's 4HX-219 not 291. Everything else looks good.",
            "callback_wanted": "Email is fine for me.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "damage_to_motor_vehicle", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Owen Castellano", "reporter_email": "owen.castellano@example.com",
                       "reporter_phone": "2035550119", "vehicle_plate": "CT 4HX-219", "occurred_days_ago": 1},
        },
    },
    {
        "id": "s42-dmv-greens-farms-station-greek-cook-white-paint-asks-where-to-send-photos",
        "channel": "sms",
        "note": "non-native writer (Greek speaker), a cook who parks at Greens Farms station: white house paint thrown "
                "over the hood and windshield; place trap \"Next to 95 but in the parking, not on the highway\"; at the "
                "summary asks where to send his photos (interjection at confirmed); parked at 5:40 this morning, back "
                "at 1:30 (days 0, range so no time)",
        "opening": [
            "Good afternoon. Somebody throw white paint on my car in the parking of Greens Farms train station, all on "
            "the hood and the windshield, I cannot see nothing to drive. I park early this morning for work and come "
            "back now. Who does this to a working man?",
        ],
        "answers": {
            "type_confirmed": "Yes damage, the paint on the car",
            "location": "Greens Farms station parking lot. Next to 95 but in the parking, not on the highway",
            "location_confirmed": "Yes this is the place",
            "suspect_or_weapon": "I dont see nobody. Nobody was there when I come. Weapon no",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "I park at 5:40 this morning and I come back at 1:30 and I see the paint",
            "vehicle": "Black Toyota Camry 2016, ct plate 7GK-430",
            "damage": "White paint, like for a house, on the hood and the windshield, dripping on the front bumper and "
                      "the grill. Wipers full of paint also.",
            "narrative": "I parked at Greens Farms station at 5:40 this morning. When I came back at 1:30 somebody had "
                         "thrown white paint on the hood and windshield of my car, also on the bumper, grill and "
                         "wipers. I did not see who.",
            "reporter_name": "Stavros Papadakis",
            "reporter_email": "stavros.p@example.com",
            "reporter_phone": "203-555-0135",
            "confirmed": "Yes everything is correct, send please",
            "callback_wanted": "Call me, after 3 o clock is better",
        },
        "interjections": [
            {"at": "confirmed",
             "text": "Wait, I have many pictures of the car in my phone. Where I send the pictures, here or to some "
                     "email?"},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "damage_to_motor_vehicle", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Stavros Papadakis", "reporter_email": "stavros.p@example.com",
                       "reporter_phone": "2035550135", "vehicle_plate": "CT 7GK-430", "occurred_days_ago": 0},
        },
    },
    {
        "id": "s42-dmv-burying-hill-beach-lot-daughters-vermont-car-keyed-asks-about-cameras",
        "channel": "web",
        "note": "a father writes about his daughter's car with Vermont plates keyed at the Burying Hill Beach lot while "
                "they walked the dog; \"like someone was drawing a map\"; a $1,100 body-shop figure in the opening (not "
                "counted); place trap \"Not Sherwood Island, the little one\"; asks inside the damage answer whether "
                "anyone looks at beach-lot cameras; \"Yesterday between about 3:15 and 4\" (days 1); plate 'VT JPW 518'",
        "opening": [
            "My daughter's car got keyed at Burying Hill Beach yesterday while we were walking the dog. One long line "
            "down the whole driver side, front fender to the taillight, like someone was drawing a map on it. The "
            "body shop says about $1,100.",
        ],
        "answers": {
            "type_confirmed": "Yes, damage to a vehicle, the keying.",
            "location": "The parking lot at Burying Hill Beach, the small town beach in Greens Farms. Not Sherwood "
                        "Island, the little one.",
            "location_confirmed": "Yes, Burying Hill, Westport.",
            "suspect_or_weapon": "We didn't see anyone near it, there were maybe two other cars in the lot. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Yesterday between about 3:15 and 4, we did the loop with the dog and came back to it.",
            "vehicle": "A blue 2014 Subaru Impreza, vermont plate JPW 518 - she goes to college up there.",
            "damage": "One deep scratch the whole length of the driver side, down to the metal in a couple of spots. Do "
                      "you guys ever look at cameras at the beach lots, if there even are any, or is that a parks "
                      "department thing?",
            "narrative": "Yesterday between about 3:15 and 4 pm my daughter's Subaru was parked at Burying Hill Beach "
                         "while we walked the dog. When we came back someone had keyed a long line down the whole "
                         "driver side. We did not see anyone.",
            "reporter_name": "Neil Abernathy",
            "reporter_email": "neil.abernathy@example.com",
            "reporter_phone": "(475) 555-0152",
            "confirmed": "Looks right. Go ahead and submit it.",
            "callback_wanted": "email please, I'm on it all day",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "damage_to_motor_vehicle", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Neil Abernathy", "reporter_email": "neil.abernathy@example.com",
                       "reporter_phone": "4755550152", "vehicle_plate": "VT JPW 518", "occurred_days_ago": 1},
        },
    },
    # ------------------------------------------------------------------ identity_theft
    {
        "id": "s42-idt-compo-road-north-brazilian-unemployment-claim-asks-tell-employer",
        "channel": "sms",
        "note": "non-native writer (Brazilian Portuguese speaker) on Compo Road North who works full time at a dental "
                "office: a Department of Labor letter approves an unemployment claim she never filed; at the suspect "
                "question asks whether she must tell her employer (interjection); \"The letter arrived the day before "
                "yesterday\" (days 2); phone given as \"+1 203 555 0146\"",
        "opening": [
            "Hi, I receive a letter from the CT Labor department that my unemployment claim is approved. But I never "
            "ask for unemployment!! I work full time in a dental office. Someone use my name and social security I "
            "think",
        ],
        "answers": {
            "type_confirmed": "Yes identity theft, is that",
            "location": "I live on Compo Road North in Westport",
            "location_confirmed": "Yes Compo Rd North is right",
            "suspect_or_weapon": "I have no idea who it can be. No weapon of course",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The letter arrived the day before yesterday and I opened right away",
            "accounts": "Unemployment claim at the Connecticut Department of Labor in my name. I never applied. I "
                        "don't know if they pay money already to somebody",
            "narrative": "Two days ago I received a letter from the Connecticut Department of Labor saying my "
                         "unemployment claim was approved. I never filed a claim, I work full time. Someone used my "
                         "name and social security number.",
            "reporter_name": "Luana Barbosa",
            "reporter_email": "luana.barbosa@example.com",
            "reporter_phone": "+1 203 555 0146",
            "confirmed": "Perfect, is all correct",
            "callback_wanted": "Email please, obrigada",
        },
        "interjections": [
            {"at": "suspect_or_weapon",
             "text": "Sorry one question first, I need to tell my job about this? Maybe they get a paper from the state "
                     "too and think I want to quit"},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "identity_theft", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Luana Barbosa", "reporter_email": "luana.barbosa@example.com",
                       "reporter_phone": "2035550146", "occurred_days_ago": 2},
        },
    },
    {
        "id": "s42-idt-sycamore-drive-retired-teacher-verizon-and-best-buy-amount-fixed-in-prose",
        "channel": "web",
        "note": "elderly writer (83), a retired schoolteacher on Sycamore Drive, formal: a Verizon account with two "
                "iPhones ($1,218) and a Best Buy card ($2,940 in the opening) he never opened; \"I nearly had "
                "kittens\"; in the accounts answer corrects $2,940 to $2,490 in prose and asks whether he must contact "
                "the credit bureaus himself; total 1218 + 2490 = 3708; \"The letter arrived yesterday\" (days 1)",
        "opening": [
            "To whom it may concern: I am 83 years of age and a retired schoolteacher. I have received a letter "
            "informing me that a Verizon account was opened in my name with two new iPhones totalling $1,218, and also "
            "a Best Buy credit card with a balance of $2,940. I opened neither. When I read it I nearly had kittens.",
        ],
        "answers": {
            "type_confirmed": "Yes, identity theft is correct.",
            "location": "I reside on Sycamore Drive, in Westport.",
            "location_confirmed": "That is my address, yes.",
            "suspect_or_weapon": "I have not the faintest idea who is responsible. No weapons, naturally.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "The letter arrived yesterday with the afternoon post.",
            "accounts": "A Verizon wireless account with two iPhones, $1,218, and a Best Buy credit card with a balance "
                        "of $2,940 - I beg your pardon, $2,490; my eyes transposed the figures. Must I also contact "
                        "the credit bureaus myself, or does your office notify them?",
            "narrative": "Yesterday I received a letter showing that a Verizon account with two iPhones ($1,218) and a "
                         "Best Buy credit card with a $2,490 balance were opened in my name. I opened neither and do "
                         "not know who did.",
            "reporter_name": "Bernard Ashworth",
            "reporter_email": "bashworth.sycamore@example.com",
            "reporter_phone": "Our home number is 203-555-0103.",
            "confirmed": "That is accurate. Thank you kindly.",
            "callback_wanted": "Telephone, please. I do not look at the email every day.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "identity_theft", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Bernard Ashworth", "reporter_email": "bashworth.sycamore@example.com",
                       "reporter_phone": "2035550103", "total_value": 3708, "occurred_days_ago": 1},
        },
    },
    {
        "id": "s42-idt-janson-drive-georgia-car-loan-approved-first-name-fixed-at-summary",
        "channel": "sms",
        "note": "young man on Janson Drive, text-speak: a credit-monitoring alert says he was approved for an $18,900 "
                "car loan at a dealer in Georgia (\"i drive a 2009 civic lmao\"); typed his name Jalen Brooks and "
                "fixes it at the summary to Jaylen (record Jaylen Brooks); \"the alert came 9:02 this morning\" (days 0, "
                "09:02); total 18900",
        "opening": [
            "yo so my credit karma app just pinged me that im APPROVED for an $18,900 car loan at some dealer in "
            "georgia?? never been to georgia in my life. i drive a 2009 civic lmao. somebody has my info",
        ],
        "answers": {
            "type_confirmed": "ya identity theft for sure",
            "location": "i live on janson drive in westport, w my mom",
            "location_confirmed": "yup janson dr",
            "suspect_or_weapon": "no clue who. no weapons lol its all online",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "the alert came 9:02 this morning, i screenshotted it",
            "accounts": "a car loan thru some dealer finance company in atlanta, $18,900, approved in my name. also 2 "
                        "hard inquiries i didnt do",
            "narrative": "This morning at 9:02 I got a credit monitoring alert that I was approved for an $18,900 car "
                         "loan at a dealership in Georgia. I never applied and have never been there. There are also "
                         "two hard inquiries I did not make.",
            "reporter_name": "Jalen Brooks",
            "reporter_email": "jaylen.brooks04@example.com",
            "reporter_phone": "475-555-0163",
            "confirmed": "my first name is spelled wrong, its Jaylen with a y. J-A-Y-L-E-N. rest is good",
            "callback_wanted": "text me",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "identity_theft", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Jaylen Brooks", "reporter_email": "jaylen.brooks04@example.com",
                       "reporter_phone": "4755550163", "total_value": 18900, "occurred_days_ago": 0,
                       "occurred_time": "09:02"},
        },
    },
    # ------------------------------------------------------------------ lost_property
    {
        "id": "s42-lost-town-hall-86-year-old-charm-bracelet-email-spelled-out",
        "channel": "web",
        "note": "elderly writer (86), \"Dear Sir or Madam\": a gold charm bracelet with a charm per grandchild lost at "
                "Town Hall (110 Myrtle Avenue) while paying her taxes, appraised at $2,200 (total 2200); \"I am "
                "heartsick\"; spells her e-mail out (\"eleanor dot whitcombe at example dot com\", record "
                "eleanor.whitcombe@example.com); \"Yesterday, between 10 and 11 in the morning\" (days 1)",
        "opening": [
            "Dear Sir or Madam, I lost my gold charm bracelet yesterday morning at Town Hall when I went in to pay my "
            "taxes. It has seven little charms, one for each grandchild, and it was appraised at $2,200 a few years "
            "ago. I am heartsick about it.",
        ],
        "answers": {
            "type_confirmed": "Yes, it is lost property. I do not believe anyone took it.",
            "location": "Westport Town Hall, 110 Myrtle Avenue. I was at the tax window and then I sat on the bench in "
                        "the hall to put my gloves on.",
            "location_confirmed": "Yes, that is the place.",
            "suspect_or_weapon": "No, nobody. It must have slipped off my wrist, the clasp has been loose. Certainly no "
                                 "weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Yesterday, between 10 and 11 in the morning.",
            "items": "A gold charm bracelet with seven charms: a little house, a sailboat, a heart, an apple, a "
                     "horseshoe, a star and a tiny book. Appraised at $2,200.",
            "narrative": "Yesterday between 10 and 11 a.m. I lost my gold charm bracelet at Westport Town Hall while "
                         "paying my taxes. It has seven charms and was appraised at $2,200. I think the clasp came "
                         "loose.",
            "reporter_name": "Eleanor Whitcombe",
            "reporter_email": "eleanor dot whitcombe at example dot com",
            "reporter_phone": "(203) 555-0108, that is my home line",
            "confirmed": "Yes, that is all correct. Thank you for your patience with me.",
            "callback_wanted": "Please telephone me. I am not very good with the computer.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "lost_property", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Eleanor Whitcombe", "reporter_email": "eleanor.whitcombe@example.com",
                       "reporter_phone": "2035550108", "total_value": 2200, "occurred_days_ago": 1},
        },
    },
    {
        "id": "s42-lost-wakeman-town-farm-german-grandfather-camera-battery-removed-at-summary",
        "channel": "sms",
        "note": "non-native writer (German speaker) visiting his daughter: a Canon G7X ($650) in a blue pouch lost at "
                "the holiday market at Wakeman Town Farm; the items answer adds a spare battery ($45), which he takes "
                "out at the summary (found in his coat), so total 650; gives his daughter's number (record phone "
                "2035550177); \"Two days ago, in the afternoon\" (days 2)",
        "opening": [
            "Hello, two days ago at the holiday market at Wakeman Town Farm I lost my camera, a Canon G7X, worth about "
            "$650, in a small blue pouch. I visit my daughter from Germany and all the pictures of my grandson are on "
            "it. Very sad.",
        ],
        "answers": {
            "type_confirmed": "Yes, lost property. I think it fell out of my jacket.",
            "location": "Wakeman Town Farm in Westport, at the market, near the goats and the hot cider stand",
            "location_confirmed": "Yes that is right, the farm",
            "suspect_or_weapon": "No, I think nobody stole it, I lost it myself. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Two days ago, in the afternoon, maybe between 2 and 4",
            "items": "Canon PowerShot G7X camera, black, $650, in a blue neoprene pouch. In the pouch also an extra "
                     "battery, $45.",
            "narrative": "Two days ago in the afternoon I lost my Canon G7X camera ($650) in a blue pouch with an extra "
                         "battery ($45) at the holiday market at Wakeman Town Farm. It has the photos of my grandson.",
            "reporter_name": "Jürgen Hoffmann",
            "reporter_email": "j.hoffmann.de@example.com",
            "reporter_phone": "My daughter's phone 203-555-0177, I have only a German number",
            "confirmed": "Please take out the extra battery, I found it this morning in my coat pocket. Only the "
                         "camera and the pouch are lost.",
            "callback_wanted": "By email please",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "lost_property", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Jürgen Hoffmann", "reporter_email": "j.hoffmann.de@example.com",
                       "reporter_phone": "2035550177", "total_value": 650, "occurred_days_ago": 2},
        },
    },
    {
        "id": "s42-lost-winslow-park-dog-area-garmin-and-keys-price-fixed-in-prose",
        "channel": "sms",
        "note": "text-speak, keys on a pink carabiner and a Garmin watch (\"like 350 bucks\") lost in the fenced dog "
                "area at Winslow Park; \"the dog is thriving, i am not\"; in the items answer corrects $349 to the sale "
                "price $299 (total 299, the keys have no amount); \"today, i was there from like 12 to 1:15\" (days 0)",
        "opening": [
            "ugh lost my keys and my garmin (like 350 bucks) at winslow park today, in the dog park part. was throwing "
            "the ball for literally an hour and at some point they fell out of my vest pocket. the dog is thriving, i "
            "am not",
        ],
        "answers": {
            "type_confirmed": "yes lost stuff, nobody took it",
            "location": "winslow park in westport, inside the fenced dog area",
            "location_confirmed": "yep winslow",
            "suspect_or_weapon": "nope nobody, i just lost them. no weapons lol",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "today, i was there from like 12 to 1:15",
            "items": "garmin forerunner watch with a black band, $349 - no wait it was on sale, i paid $299. and my "
                     "keys on a pink carabiner, a honda key and 2 house keys",
            "narrative": "Today between about noon and 1:15 I lost my Garmin Forerunner watch ($299) and my keys on a "
                         "pink carabiner in the fenced dog area at Winslow Park. They probably fell out of my vest "
                         "pocket.",
            "reporter_name": "Tess Marchetti",
            "reporter_email": "tessmarchetti@example.com",
            "reporter_phone": "475-555-0190",
            "confirmed": "yep all good, send it",
            "callback_wanted": "text pls",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "lost_property", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Tess Marchetti", "reporter_email": "tessmarchetti@example.com",
                       "reporter_phone": "4755550190", "total_value": 299, "occurred_days_ago": 0},
        },
    },
    {
        "id": "s42-lost-westport-library-japanese-researcher-passport-asks-about-consulate",
        "channel": "web",
        "note": "non-native writer (Japanese speaker), a visiting researcher: passport and Japanese driver licence in "
                "a brown case lost at the Westport Library (20 Jesup Road), second floor; asks inside the items answer "
                "whether the consulate in New York needs this report; \"Yesterday afternoon, about 4:30\" (days 1, "
                "approximate so no time); no amounts",
        "opening": [
            "Excuse me, I am a visiting researcher from Japan. Yesterday I lost my passport and my driver licence at "
            "Westport Library, I think at the desk on the second floor near the window. I searched my apartment "
            "everywhere but I cannot find.",
        ],
        "answers": {
            "type_confirmed": "Yes, lost property please.",
            "location": "Westport Library, 20 Jesup Road. Second floor, the tables near the big window.",
            "location_confirmed": "Yes, this is correct.",
            "suspect_or_weapon": "Nobody stole it, I think it fell from my bag. There is no weapon.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Yesterday afternoon, about 4:30 I left the library and then I noticed at home.",
            "items": "Japanese passport with red cover, and my Japanese driver licence, both in a brown leather "
                     "passport case. Do I need this report for the consulate in New York to make a new passport?",
            "narrative": "Yesterday afternoon around 4:30 I lost my Japanese passport and Japanese driver licence in a "
                         "brown leather case at the Westport Library, second floor tables. I searched my apartment and "
                         "cannot find them.",
            "reporter_name": "Kenji Morimoto",
            "reporter_email": "k.morimoto.lab@example.com",
            "reporter_phone": "475-555-0121",
            "confirmed": "Yes, thank you very much, all is correct.",
            "callback_wanted": "Email is better for me, please.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "lost_property", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Kenji Morimoto", "reporter_email": "k.morimoto.lab@example.com",
                       "reporter_phone": "4755550121", "occurred_days_ago": 1},
        },
    },
    # ------------------------------------------------------------------ theft
    {
        "id": "s42-theft-maple-avenue-south-twins-mom-porch-mixer-day-fixed-at-summary",
        "channel": "sms",
        "note": "mother of 3-year-old twins on Maple Avenue South, run-on: two boxes taken off her porch, a KitchenAid "
                "mixer ($429) and wool socks ($38), total 467; Ring camera time 10:48 given as \"this morning\" and "
                "moved to yesterday at the summary (days 1, 10:48)",
        "opening": [
            "someone swiped 2 boxes off my porch on maple ave south, a kitchenaid mixer ($429!!) that was my moms "
            "christmas present and a little box of wool socks ($38). ring cam shows a guy in a gray hoodie grab both "
            "and stroll off toward the post road like it was nothing. i have 3 yr old twins screaming in the background "
            "so sorry if this is all over the place",
        ],
        "answers": {
            "type_confirmed": "yes theft, the packages",
            "location": "my house on maple ave south, westport",
            "location_confirmed": "yes maple avenue south",
            "suspect_or_weapon": "no idea who he is, hood up the whole time. didnt see any weapon on the video",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "this morning at 10:48, thats the time on the ring video",
            "items": "kitchenaid stand mixer in the red color $429 and a box of wool socks $38. both were amazon boxes",
            "narrative": "A man in a gray hoodie took two Amazon boxes off my porch on Maple Avenue South, a KitchenAid "
                         "mixer ($429) and wool socks ($38). My Ring camera recorded it at 10:48. He walked off toward "
                         "the Post Road.",
            "reporter_name": "Meghan Stolarski",
            "reporter_email": "meghan.stolarski@example.com",
            "reporter_phone": "2035550172",
            "confirmed": "oh wait that was yesterday not this morning, the ring app threw me off. so yesterday at "
                         "10:48. sorry my brain is mush",
            "callback_wanted": "email!",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "theft", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Meghan Stolarski", "reporter_email": "meghan.stolarski@example.com",
                       "reporter_phone": "2035550172", "total_value": 467, "occurred_days_ago": 1,
                       "occurred_time": "10:48"},
        },
    },
    {
        "id": "s42-theft-beachside-avenue-estate-manager-copper-lanterns-asks-whose-name",
        "channel": "web",
        "note": "an estate manager for owners who winter in Florida: two custom copper lanterns ($260 each, total 520) "
                "unscrewed from the driveway pillars on Beachside Avenue; at reporter_name asks whether we want the "
                "owners' names or his (interjection; the record is his); seen at 10 last night, gone at 6:45 this "
                "morning (crosses midnight: no day, no time)",
        "opening": [
            "I manage a property on Beachside Avenue for owners who winter in Florida. Overnight someone unscrewed and "
            "walked off with both copper lanterns from the stone pillars at the foot of the driveway. Custom made, $260 "
            "each. The wires were left sticking out of the stone.",
        ],
        "answers": {
            "type_confirmed": "Yes, a theft.",
            "location": "Beachside Avenue, Westport, at the foot of the driveway by the road.",
            "location_confirmed": "Yes, that's the property.",
            "suspect_or_weapon": "No idea who. Nobody is living there right now. No weapons involved as far as I know.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "They were lit when I drove by at 10 last night and gone when I came in at 6:45 this "
                           "morning.",
            "items": "Two solid copper gas-style lanterns, custom made, $260 each, so $520 in total.",
            "narrative": "Between 10 last night and 6:45 this morning someone removed two copper lanterns ($260 each) "
                         "from the stone pillars at the foot of a driveway on Beachside Avenue that I manage. The "
                         "wires were left hanging out.",
            "reporter_name": "Declan Farrow, I'm the estate manager",
            "reporter_email": "dfarrow.estates@example.com",
            "reporter_phone": "475-555-0186",
            "confirmed": "All correct.",
            "callback_wanted": "Phone is fine, or email.",
        },
        "interjections": [
            {"at": "reporter_name",
             "text": "Do you want the owners' names or mine? They're in Palm Beach until April and I'd rather not drag "
                     "them into this."},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "theft", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Declan Farrow", "reporter_email": "dfarrow.estates@example.com",
                       "reporter_phone": "4755550186", "total_value": 520},
        },
    },
    {
        "id": "s42-theft-marvin-place-russian-writer-four-winter-tires",
        "channel": "web",
        "note": "non-native writer (Russian speaker) on Marvin Place: four new Michelin winter tires ($880) stacked "
                "beside the garage taken overnight; \"it is like skating\"; seen at 11 last night, gone at 6 this "
                "morning (crosses midnight: no day, no time); total 880",
        "opening": [
            "Good day. Someone took my four winter tires which I had stacked beside the garage on Marvin Place. New "
            "Michelins, I paid $880 only last week, I was going to put them on this weekend. Now I drive on summer "
            "tires in the snow, it is like skating.",
        ],
        "answers": {
            "type_confirmed": "Yes, it is theft of tires.",
            "location": "My house, Marvin Place, Westport. Beside the garage, not inside.",
            "location_confirmed": "Yes, correct address on Marvin Place.",
            "suspect_or_weapon": "I did not see who did it. No weapon.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "At 11 last night when I take out the garbage they were there, and at 6 this morning they "
                           "are gone.",
            "items": "Four Michelin X-Ice winter tires, size 225/65 R17, only tires with no rims. Paid $880 for all "
                     "four.",
            "narrative": "Between 11 last night and 6 this morning someone took four new Michelin winter tires that "
                         "were stacked beside my garage on Marvin Place. I paid $880 for them last week.",
            "reporter_name": "Oleg Vasiliev",
            "reporter_email": "oleg.vasiliev@example.com",
            "reporter_phone": "203-555-0157",
            "confirmed": "Yes, everything is correct like this.",
            "callback_wanted": "By email, I read it every evening.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "theft", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Oleg Vasiliev", "reporter_email": "oleg.vasiliev@example.com",
                       "reporter_phone": "2035550157", "total_value": 880},
        },
    },
]

FILED += [
    # ------------------------------------------------------------------ vandalism
    {
        "id": "s42-vand-evergreen-parkway-insurance-sent-me-opening-describes-nothing-solar-lights",
        "channel": "web",
        "note": "opens without describing anything (\"my homeowner's insurance told me I should have a police report "
                "on file\"); `answers.incident_type` holds the description: twelve solar path lights pulled out and "
                "smashed on the driveway on Evergreen Parkway, nothing taken (`first_message_describes: 'false'`); "
                "found \"three days ago, around 7 in the morning\" (days 3, approximate so no time)",
        "opening": [
            "Hi there, my homeowner's insurance told me I should have a police report on file before they look at "
            "anything. Is this where I do that?",
        ],
        "answers": {
            "incident_type": "Somebody pulled all twelve solar path lights out of our front walk and smashed them on "
                             "the driveway, glass everywhere. Nothing was taken, they just wrecked them.",
            "type_confirmed": "Yes, vandalism sounds right.",
            "location": "Our house on Evergreen Parkway in Westport.",
            "location_confirmed": "Yes, Evergreen Parkway.",
            "suspect_or_weapon": "No clue who did it. We didn't see or hear anything. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "I found it three days ago, around 7 in the morning when I went out for the paper.",
            "damage": "Twelve solar path lights ripped out of the ground and smashed on the driveway, glass and plastic "
                      "everywhere, and two of the metal stakes bent in half.",
            "narrative": "Three days ago around 7 a.m. I found that all twelve solar path lights along our front walk "
                         "had been pulled out and smashed on the driveway. Nothing was taken. We don't know who did it.",
            "reporter_name": "Samantha Greer",
            "reporter_email": "sam.greer@example.com",
            "reporter_phone": "203-555-0140",
            "confirmed": "Yes, that's correct, thank you.",
            "callback_wanted": "Email works best for me.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vandalism", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "false",
            "record": {"reporter_name": "Samantha Greer", "reporter_email": "sam.greer@example.com",
                       "reporter_phone": "2035550140", "occurred_days_ago": 3},
        },
    },
    {
        "id": "s42-vand-riverside-avenue-landlord-from-norwalk-purple-graffiti-asks-house-number",
        "channel": "sms",
        "note": "a landlord who lives in Norwalk writes about his rental on Riverside Avenue (the opening names no "
                "place): a purple smiley face and \"WPT 06880\" sprayed on the back fence; at the location question asks "
                "whether we need the exact house number since he does not live there (interjection); place trap \"not "
                "the norwalk or fairfield riverside\"; tenant heard it \"last night between 9 and 10\" (days 1)",
        "_no_place": True,
        "opening": [
            "my tenant just sent me pics, somebody spray painted a big purple smiley face and WPT 06880 across the back "
            "fence of my rental. shes a sweet older lady and shes pretty freaked out, its not like a threat or anything "
            "tho, just dumb kid stuff i think",
        ],
        "answers": {
            "type_confirmed": "yeah vandalism",
            "location": "riverside ave in westport, the saugatuck end near the train station. not the norwalk or "
                        "fairfield riverside",
            "location_confirmed": "yep thats the rental",
            "suspect_or_weapon": "no idea, my tenant didnt see anybody. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "she heard spray cans rattling last night between 9 and 10 but didnt go look till this "
                           "morning",
            "damage": "back fence, white vinyl, about 8 feet of purple spray paint, the smiley face and WPT 06880. also "
                      "some purple on the recycling bin",
            "narrative": "Last night between 9 and 10 someone spray painted a purple smiley face and WPT 06880 on the "
                         "back fence of my rental on Riverside Avenue, plus some paint on the recycling bin. My tenant "
                         "heard it but did not see who.",
            "reporter_name": "Marcus Oyelaran",
            "reporter_email": "m.oyelaran@example.com",
            "reporter_phone": "475 555 0116",
            "confirmed": "looks right to me",
            "callback_wanted": "call or text either one",
        },
        "interjections": [
            {"at": "location",
             "text": "do u need the exact house number? its a rental i own, i dont live there, my own address is in "
                     "norwalk"},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vandalism", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Marcus Oyelaran", "reporter_email": "m.oyelaran@example.com",
                       "reporter_phone": "4755550116", "occurred_days_ago": 1},
        },
    },
    {
        "id": "s42-vand-nassau-road-italian-lamp-post-bent-husband-all-talk-time-fixed-in-prose",
        "channel": "web",
        "note": "non-native writer (Italian speaker) on Nassau Road: the glass lantern of the lamp post smashed and the "
                "pole bent (\"lean like the tower of Pisa\"); \"My husband says he will strangle whoever did it with "
                "his bare hands, but he is all talk\"; the time corrected in prose \"Around 11 last night, no, my son "
                "says 11:30\" (days 1, 23:30)",
        "opening": [
            "Buongiorno. Last night somebody broke the glass of the lamp post in front of our house on Nassau Road and "
            "bent the pole, now it lean like the tower of Pisa. My husband says he will strangle whoever did it with "
            "his bare hands, but he is all talk, he cannot even open a jar of olives.",
        ],
        "answers": {
            "type_confirmed": "Yes, vandalism, of the lamp post.",
            "location": "In front of our house, Nassau Road, Westport.",
            "location_confirmed": "Sì, correct, Nassau Road.",
            "suspect_or_weapon": "We did not see nobody. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Around 11 last night, no, my son says 11:30, he was awake and heard the crash.",
            "damage": "The glass lantern on top of the lamp post is all broken, the pieces are on the grass, and the "
                      "metal pole is bent to one side.",
            "narrative": "Last night at 11:30 my son heard a crash. Someone broke the glass lantern of the lamp post in "
                         "front of our house on Nassau Road and bent the pole. We did not see who.",
            "reporter_name": "Giuseppina Lombardi",
            "reporter_email": "giusy.lombardi@example.com",
            "reporter_phone": "203-555-0124",
            "confirmed": "Yes, is good like this. Grazie mille.",
            "callback_wanted": "Telephone please, in the morning is best.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vandalism", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Giuseppina Lombardi", "reporter_email": "giusy.lombardi@example.com",
                       "reporter_phone": "2035550124", "occurred_days_ago": 1, "occurred_time": "23:30"},
        },
    },
    {
        "id": "s42-vand-partrick-road-yard-toilet-papered-and-egged-asks-if-time-matters",
        "channel": "sms",
        "note": "front yard on Partrick Road toilet-papered and egged (\"like a blizzard hit\"), eggs baking onto the "
                "paint; the opening gives no time and at the time question she asks whether the exact time matters "
                "(interjection at occurred_at); \"two nights ago, we heard laughing outside around 10:45\" (days 2, "
                "approximate so no time)",
        "_no_time": True,
        "opening": [
            "our whole front yard on partrick road got tp'd and egged, toilet paper hanging in every tree like a "
            "blizzard hit and egg running down the white siding. pretty sure its teenagers but i didnt see who. the "
            "eggs are basically baking onto the paint",
        ],
        "answers": {
            "type_confirmed": "yes vandalism i guess thats what its called",
            "location": "partrick rd in westport, the house with the red door",
            "location_confirmed": "thats us, red door",
            "suspect_or_weapon": "probably teenagers but i honestly didnt see anyone. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "two nights ago, we heard laughing outside around 10:45 but figured it was people walking "
                           "home",
            "damage": "toilet paper in 4 trees and all over the hedges, about a dozen eggs on the siding and the front "
                      "door, the egg dried on so the paint might be ruined",
            "narrative": "Two nights ago around 10:45 we heard laughing outside. In the morning our front yard on "
                         "Partrick Road was covered in toilet paper and about a dozen eggs had been thrown at the "
                         "siding and front door. We didn't see who did it.",
            "reporter_name": "Colleen Brophy",
            "reporter_email": "colleen.brophy@example.com",
            "reporter_phone": "475-555-0105",
            "confirmed": "yep thats all right, thank u",
            "callback_wanted": "email is fine thx",
        },
        "interjections": [
            {"at": "occurred_at",
             "text": "does it matter what time exactly? we only heard some laughing and the dog went nuts, i didnt go "
                     "look till morning"},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vandalism", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Colleen Brophy", "reporter_email": "colleen.brophy@example.com",
                       "reporter_phone": "4755550105", "occurred_days_ago": 2},
        },
    },
    # ------------------------------------------------------------------ vehicle_burglary
    {
        "id": "s42-vburg-coleytown-elementary-winter-concert-purse-under-seat-easton-road-trap",
        "channel": "web",
        "note": "a mother at the Coleytown Elementary winter concert: rear window smashed and a Coach bag ($295) with "
                "$60 cash taken from under the seat (total 355); \"robbing me blind\"; place trap \"65 Easton Road. "
                "That's Westport, not the town of Easton\"; last night between 6:30 and 8:10 (days 1); plate 'CT AZ "
                "10934'",
        "opening": [
            "My car window got smashed in the Coleytown Elementary parking lot during the winter concert last night "
            "and my purse is gone - a Coach bag ($295) with $60 cash in it. I'd tucked it under the seat like an idiot. "
            "My kid was singing Jingle Bells while somebody was robbing me blind.",
        ],
        "answers": {
            "type_confirmed": "Yes, a car break-in.",
            "location": "Coleytown Elementary, 65 Easton Road. That's Westport, not the town of Easton.",
            "location_confirmed": "Yes, the school lot.",
            "suspect_or_weapon": "I didn't see anyone at all. No weapons that I know of.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Last night between 6:30 when we went in and about 8:10 when we came out.",
            "vehicle": "White 2020 Honda Odyssey, plate CT AZ 10934.",
            "items": "A brown Coach shoulder bag, $295, with $60 cash in it. My wallet was in my coat so at least "
                     "that's safe.",
            "damage": "Rear passenger side window smashed, glass all over the third row.",
            "narrative": "Last night between 6:30 and 8:10 my minivan was parked at Coleytown Elementary for the winter "
                         "concert. Someone smashed the rear passenger window and took my Coach bag ($295) with $60 "
                         "cash from under the seat.",
            "reporter_name": "Rebecca Anand",
            "reporter_email": "rebecca.anand@example.com",
            "reporter_phone": "203-555-0169",
            "confirmed": "Yes, every line of that is right.",
            "callback_wanted": "Email is easiest, I'm in meetings all day.",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vehicle_burglary", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Rebecca Anand", "reporter_email": "rebecca.anand@example.com",
                       "reporter_phone": "2035550169", "vehicle_plate": "CT AZ 10934", "total_value": 355,
                       "occurred_days_ago": 1},
        },
    },
    {
        "id": "s42-vburg-minute-man-hill-unlocked-jeep-headlamp-guy-old-nj-plate-fixed-in-prose",
        "channel": "sms",
        "note": "text-speak on Minute Man Hill: an unlocked Jeep in the driveway gone through, Ray-Bans ($180) and a "
                "Bose speaker ($149) taken (opening \"like $330 worth\"; total 329); \"last night\" in the opening but "
                "the neighbour's camera has him \"at 2:47 this morning\" (days 0, 02:47); in the vehicle answer gives "
                "his old New Jersey plate and corrects it in prose to CT 9LM-604; no damage",
        "opening": [
            "someone went thru my car in the driveway last night and took my ray bans and my bose speaker, like $330 "
            "worth. it was unlocked which i know i know. glovebox dumped all over the passenger seat",
        ],
        "answers": {
            "type_confirmed": "yea car break in i guess, even tho it was unlocked",
            "location": "minute man hill in westport, in my driveway",
            "location_confirmed": "yep minute man hill",
            "suspect_or_weapon": "dont know who. my neighbors camera got a guy with a headlamp but no face. no weapon "
                                 "that i saw on the video",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "the neighbors camera has him at 2:47 this morning",
            "vehicle": "black jeep grand cherokee, nj plate X47 KLM - no wait thats my old plate, its ct now, CT "
                       "9LM-604",
            "items": "ray ban aviators $180 and a bose soundlink speaker $149",
            "damage": "no damage, it was unlocked. just everything dumped out of the glovebox and console",
            "narrative": "At 2:47 this morning someone went through my unlocked Jeep in my driveway on Minute Man Hill "
                         "and took Ray-Ban sunglasses ($180) and a Bose speaker ($149). My neighbor's camera shows a "
                         "man with a headlamp.",
            "reporter_name": "Tyler Hennessy",
            "reporter_email": "tyler.hennessy@example.com",
            "reporter_phone": "203-555-0131",
            "confirmed": "yup all good to go",
            "callback_wanted": "text",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vehicle_burglary", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Tyler Hennessy", "reporter_email": "tyler.hennessy@example.com",
                       "reporter_phone": "2035550131", "vehicle_plate": "CT 9LM-604", "total_value": 329,
                       "occurred_days_ago": 0, "occurred_time": "02:47"},
        },
    },
    {
        "id": "s42-vburg-saint-john-place-polish-contractor-tools-saw-price-fixed-at-summary",
        "channel": "web",
        "note": "non-native writer (Polish speaker), a contractor whose truck was opened on Saint John Place during "
                "lunch: a Milwaukee impact set ($389) and a Dewalt saw (typed $297, fixed at the summary to $279), "
                "total 668; the door lock broken; \"Today between 11 and 12:30\" (days 0); plate 'CT 2WD-883'",
        "opening": [
            "Hello, I am a contractor, we are working on a house on Saint John Place. Today at lunch someone opened my "
            "truck and took my tools, the Milwaukee impact set and the Dewalt saw. The door lock is broken, they used "
            "screwdriver I think.",
        ],
        "answers": {
            "type_confirmed": "Yes, my truck break in.",
            "location": "Saint John Place in Westport, the truck was parked on the street in front of the job house",
            "location_confirmed": "Yes correct, Saint John Place",
            "suspect_or_weapon": "I dont see nobody, we was at the deli. No weapon.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Today between 11 and 12:30, when we eat lunch",
            "vehicle": "White Ford F-250 2018, ct plate 2WD-883, name of my company on the door",
            "items": "Milwaukee M18 impact driver set $389 and Dewalt circular saw $297",
            "damage": "Driver door lock broken, scratches around it, the key does not go in now",
            "narrative": "Today between 11 and 12:30 my work truck was parked on Saint John Place. Someone broke the "
                         "driver door lock and took a Milwaukee impact driver set ($389) and a Dewalt circular saw. I "
                         "did not see who.",
            "reporter_name": "Tomasz Wróbel",
            "reporter_email": "tomasz.wrobel.build@example.com",
            "reporter_phone": "475-555-0198",
            "confirmed": "The saw is 279 dollars not 297, I write it wrong. Other is ok.",
            "callback_wanted": "Call me please",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vehicle_burglary", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Tomasz Wróbel", "reporter_email": "tomasz.wrobel.build@example.com",
                       "reporter_phone": "4755550198", "vehicle_plate": "CT 2WD-883", "total_value": 668,
                       "occurred_days_ago": 0},
        },
    },
    # ------------------------------------------------------------------ vehicle_tampering
    {
        "id": "s42-vtamp-owenoke-park-college-student-plate-half-unscrewed-email-fixed-at-summary",
        "channel": "sms",
        "note": "college student home on break, car on the street on Owenoke Park: zip ties cut and the rear plate "
                "hanging by one screw, scratches around it, nothing taken; Massachusetts plate (\"mass plate 4TRX92\", "
                "record 'MA 4TRX92'); e-mail typed danni.reyes and fixed at the summary to dani.reyes; fine at 9 last "
                "night, seen at 7:30 this morning (crosses midnight: no day, no time)",
        "opening": [
            "somebody tried to take the license plate off my car overnight?? its hanging by one screw, the zip ties i "
            "had on the frame are cut and theres scratches all around it. car was parked in front of my parents house "
            "on owenoke park",
        ],
        "answers": {
            "type_confirmed": "yes tampering makes sense, nothing got taken",
            "location": "owenoke park in westport, on the street in front of my parents house",
            "location_confirmed": "yes thats right, owenoke park",
            "suspect_or_weapon": "no clue, didnt see or hear anything. no weapons",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "it was fine at 9 last night when i got home and i saw it at 7:30 this morning",
            "vehicle": "silver 2017 toyota corolla, mass plate 4TRX92 - im at school in boston, home on break",
            "damage": "rear plate hanging by one screw, zip ties cut, scratches in the paint all around the plate frame",
            "narrative": "Between 9 last night and 7:30 this morning someone tried to remove the rear license plate of "
                         "my car parked on Owenoke Park. The zip ties were cut, the plate is hanging by one screw and "
                         "there are scratches around it. Nothing was taken.",
            "reporter_name": "Danielle Reyes",
            "reporter_email": "danni.reyes@example.com",
            "reporter_phone": "475-555-0137",
            "confirmed": "email is wrong, its dani.reyes@example.com with one n. sorry",
            "callback_wanted": "email pls",
        },
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vehicle_tampering", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Danielle Reyes", "reporter_email": "dani.reyes@example.com",
                       "reporter_phone": "4755550137", "vehicle_plate": "MA 4TRX92"},
        },
    },
    {
        "id": "s42-vtamp-sasco-creek-road-elderly-jammed-door-lock-asks-about-fingerprints",
        "channel": "web",
        "note": "elderly writer on Sasco Creek Road (place trap \"near the line with Southport but on our side\"): "
                "scratches around the driver door keyhole and the lock jammed, nobody got in; the e-mail corrected in "
                "prose (\"no, my grandson set it up, it is wferreira1941@example.com\"); at the summary asks whether an "
                "officer will come and dust for fingerprints (interjection at confirmed); \"Yesterday ... at 10 in the "
                "morning\" (days 1, 10:00); plate 'CT 118-WXR'",
        "opening": [
            "Someone has been fooling with the lock on my car door. There are scratch marks all around the keyhole and "
            "now my key won't turn at all. They didn't get in, everything is where I left it. The car sits in my drive "
            "on Sasco Creek Road, here in Westport.",
        ],
        "answers": {
            "type_confirmed": "Yes, tampering, I suppose that is the word for it.",
            "location": "My driveway, Sasco Creek Road, Westport. Near the line with Southport but on our side.",
            "location_confirmed": "Yes, Sasco Creek Road, that is correct.",
            "suspect_or_weapon": "I did not see anyone and I did not hear anything. No weapons.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "Yesterday, when I went out to go to the pharmacy at 10 in the morning, I found it like "
                           "that.",
            "vehicle": "A maroon 2012 Buick LaCrosse. Connecticut plate 118-WXR.",
            "damage": "Scratches all around the driver door keyhole, like from a screwdriver, and the lock is jammed. "
                      "The key will not turn.",
            "narrative": "Yesterday at 10 a.m. I found scratch marks around the driver door lock of my Buick in my "
                         "driveway on Sasco Creek Road, and the lock is jammed. Nothing was taken and nobody got in.",
            "reporter_name": "Walter Ferreira",
            "reporter_email": "walt.ferreira@example.com ... no, my grandson set it up, it is "
                              "wferreira1941@example.com",
            "reporter_phone": "203-555-0188",
            "confirmed": "Yes, that is all correct. Thank you, officer.",
            "callback_wanted": "Telephone, please.",
        },
        "interjections": [
            {"at": "confirmed",
             "text": "Before I say yes, will an officer come out to look at the car? My son thinks you should dust it "
                     "for fingerprints."},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vehicle_tampering", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Walter Ferreira", "reporter_email": "wferreira1941@example.com",
                       "reporter_phone": "2035550188", "vehicle_plate": "CT 118-WXR", "occurred_days_ago": 1,
                       "occurred_time": "10:00"},
        },
    },
    {
        "id": "s42-vtamp-kings-highway-south-lebanese-range-rover-dash-panel-husbands-phone",
        "channel": "web",
        "note": "non-native writer (Arabic speaker) on Kings Highway South: the driver window of her Range Rover down a "
                "little and the panel under the steering wheel pulled off with a cable hanging out, nothing taken "
                "(\"they try to steal it with a computer\"); at reporter_phone asks whether she can give her husband's "
                "number because hers is a UK number (interjection; record phone 2035550193); \"This morning at 8:20\" "
                "(days 0, 08:20); plate 'CT 5KT-902'",
        "opening": [
            "Hello, this morning I found the driver window of my Range Rover open a little and under the steering wheel "
            "the plastic cover is pulled off and a cable is hanging. Nothing is stolen. My husband say they try to "
            "steal it with a computer, he saw it on the news. The car is in our driveway on Kings Highway South.",
        ],
        "answers": {
            "type_confirmed": "Yes, tampering. They did not take the car thank God.",
            "location": "Our driveway, Kings Highway South, Westport.",
            "location_confirmed": "Yes it is correct, Kings Highway South",
            "suspect_or_weapon": "We did not see anyone, we were sleeping. No weapon.",
            "known_suspect": NO,
            "weapon": NO,
            "occurred_at": "This morning at 8:20 when I go to take my daughter to school I see it.",
            "vehicle": "Range Rover Sport 2022, white, plate CT 5KT-902",
            "damage": "Driver window down about 3 cm, maybe forced, and the panel under the steering wheel pulled off, "
                      "one cable hanging out from the computer port.",
            "narrative": "This morning at 8:20 I found the driver window of my Range Rover open a little and the panel "
                         "under the steering wheel pulled off with a cable hanging out. Nothing was taken. The car was "
                         "in our driveway on Kings Highway South.",
            "reporter_name": "Rania Haddad",
            "reporter_email": "rania.haddad@example.com",
            "reporter_phone": "You can use my husband's number, 203-555-0193, his name is Karim",
            "confirmed": "Yes all correct, thank you",
            "callback_wanted": "Call my husband please, or email to me.",
        },
        "interjections": [
            {"at": "reporter_phone",
             "text": "Can I give my husband phone? Mine is a UK number, it does not work well here."},
        ],
        "expect": {
            "outcome": "filed", "reason": None, "topic": None,
            "incident_type": "vehicle_tampering", "location_decision": "in_town",
            "emergency_message": None, "first_message_describes": "true",
            "record": {"reporter_name": "Rania Haddad", "reporter_email": "rania.haddad@example.com",
                       "reporter_phone": "2035550193", "vehicle_plate": "CT 5KT-902", "occurred_days_ago": 0,
                       "occurred_time": "08:20"},
        },
    },
]
