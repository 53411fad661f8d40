"""Sealed set 37: the 26 conversations that end in a filed report.

Hand-written. Every scenario is a dict in the order it is dumped to conversations.yml.
"""


def filed(incident_type, record, first_message_describes='true'):
    return {
        'outcome': 'filed',
        'reason': None,
        'topic': None,
        'incident_type': incident_type,
        'location_decision': 'in_town',
        'emergency_message': None,
        'first_message_describes': first_message_describes,
        'record': record,
    }


SCENARIOS = [
    # ------------------------------------------------------------------ harassing_phone_call (3)
    {
        'id': 's37-hpc-retired-music-teacher-bauer-place-3am-piano-calls-asks-about-log',
        'channel': 'web',
        'note': 'formal older writer on Bauer Place: a caller from 203-555-0178 plays a few bars of piano on the '
                'home line at about 3 a.m. and hangs up, eight nights running; asks whether he should keep a log '
                'inside the call_pattern answer; "3:12 this morning" (days 0, 03:12)',
        'opening': [
            'Good afternoon. For the past eight nights my wife and I have been woken by a telephone call on our '
            'home line at roughly 3 a.m. When we answer, a few bars of piano music are played (Chopin, I believe) '
            'and then the line goes dead. I taught music for thirty-five years, so you may imagine how unsettling '
            'this is.',
        ],
        'answers': {
            'type_confirmed': 'Yes, harassing telephone calls would be the correct category.',
            'location': 'Our home on Bauer Place, Westport 06880.',
            'location_confirmed': 'That is correct, Bauer Place.',
            'suspect_or_weapon': 'We have no idea who is responsible. No weapons of any kind; it is only the '
                                 'telephone.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'The most recent call came at 3:12 this morning. I looked at the clock on the nightstand.',
            'caller_number': 'The display shows 203-555-0178 each time.',
            'call_pattern': 'Should I be keeping a proper written log? So far I have been jotting them on the back '
                            'of an envelope: eight calls in eight nights, every one between 2:50 and 3:20 a.m., '
                            'always the same few bars of piano and then a click.',
            'narrative': 'For eight consecutive nights our home telephone on Bauer Place has rung at about 3 a.m. '
                         'from 203-555-0178. When we answer, a recording of a few bars of piano music plays and the '
                         'caller hangs up without speaking. The most recent call was at 3:12 this morning. We do not '
                         'know who is calling.',
            'reporter_name': 'Leonard Abernathy',
            'reporter_email': 'l.abernathy1948@example.com',
            'reporter_phone': 'My mobile is 203-555-0104.',
            'confirmed': 'Everything is in order. Please submit it.',
            'callback_wanted': 'A telephone call would be appreciated, during the day if possible.',
        },
        'expect': filed('harassing_phone_call', {
            'reporter_name': 'Leonard Abernathy',
            'reporter_email': 'l.abernathy1948@example.com',
            'reporter_phone': '2035550104',
            'occurred_days_ago': 0,
            'occurred_time': '03:12',
        }),
    },
    {
        'id': 's37-hpc-evergreen-parkway-horoscope-caller-surname-fix-at-summary',
        'channel': 'web',
        'note': 'young woman on Evergreen Parkway, text-speak: a man calls her cell from 475-555-0166 every morning '
                'and reads her horoscope, then hangs up ("im losing my mind lol"); "today at 7:05 am" (days 0, '
                '07:05); typed "brianna kelly", at the summary corrects the surname to Kealy',
        'opening': [
            'ok this is gonna sound dumb but some guy keeps calling me and reading me my horoscope?? like "good '
            'morning scorpio" and then the whole horoscope for the day and then he hangs up. every morning this '
            'week. im losing my mind lol',
        ],
        'answers': {
            'type_confirmed': 'yea the harassing calls one',
            'location': 'my apt on evergreen pkwy in westport',
            'location_confirmed': 'yup thats me',
            'suspect_or_weapon': 'no clue who he is. kinda older sounding guy?? no weapons its literally '
                                 'horoscopes',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'today at 7:05 am, right when my alarm went off',
            'caller_number': '475-555-0166 every time',
            'call_pattern': 'every morning since monday, always between 7 and 7:15. he reads the entire thing '
                            'start to finish then click',
            'narrative': 'Since Monday a man has called my cell every morning between 7 and 7:15 from '
                         '475-555-0166, read me my horoscope for the day and then hung up. I dont know who he is '
                         'or how he knows my sign. Most recent call was today at 7:05am.',
            'reporter_name': 'brianna kelly',
            'reporter_email': 'bri.kealy@example.com',
            'reporter_phone': 'my cell 475 555 0151',
            'confirmed': 'wait my last name is wrong, its Kealy not Kelly. K-E-A-L-Y. autocorrect strikes again. '
                         'rest is good',
            'callback_wanted': 'nah email works',
        },
        'expect': filed('harassing_phone_call', {
            'reporter_name': 'Brianna Kealy',
            'reporter_email': 'bri.kealy@example.com',
            'reporter_phone': '4755550151',
            'occurred_days_ago': 0,
            'occurred_time': '07:05',
        }),
    },
    {
        'id': 's37-hpc-nail-salon-post-road-east-dirty-calls-asks-if-every-call-needed',
        'channel': 'web',
        'note': 'non-native writer (Vietnamese speaker) who owns a nail salon on Post Road East "near the '
                'Fairfield side. Still Westport": a man with a hidden number calls the salon 2-3 times a day and '
                'says dirty words to the staff; the opening gives no time, so she asks at occurred_at whether every '
                'call is needed (interjection), then gives "today 12:20" (days 0, 12:20)',
        'opening': [
            'Hello, I have nail salon in Westport. Every day a man call the salon phone and say very dirty words to '
            'my girls, then hang up. The girls are scared to answer now and customers cannot call us.',
        ],
        'answers': {
            'type_confirmed': 'Yes, phone call harassing.',
            'location': 'Post Road East, in the small plaza near the Fairfield side. Still Westport, our address '
                        'say Westport 06880.',
            'location_confirmed': 'Yes this is the salon',
            'suspect_or_weapon': 'We don\'t know him. Only his voice, and the number is hide. No weapon.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Last one today 12:20, I answer myself that time',
            'caller_number': 'No number. Phone say "No Caller ID"',
            'call_pattern': 'Start 2 weeks ago. Every day 2 or 3 times, in morning and after lunch. Always same '
                            'man, same bad words.',
            'narrative': 'For two weeks a man calls our nail salon on Post Road East 2 or 3 times every day from a '
                         'hidden number and says dirty words to my employees, then he hang up. We don\'t know who '
                         'he is. Last call today at 12:20.',
            'reporter_name': 'My name is Linh Pham',
            'reporter_email': 'linhpham.nails@example.com',
            'reporter_phone': 'My cell 203-555-0186',
            'confirmed': 'Yes is all correct, thank you',
            'callback_wanted': 'Yes please call me, better after 7pm when salon close',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': 'You need every time he call? It is maybe 30 times, I don\'t write all of them'},
        ],
        'expect': filed('harassing_phone_call', {
            'reporter_name': 'Linh Pham',
            'reporter_email': 'linhpham.nails@example.com',
            'reporter_phone': '2035550186',
            'occurred_days_ago': 0,
            'occurred_time': '12:20',
        }),
    },
    # ------------------------------------------------------------------ damage_to_motor_vehicle (3)
    {
        'id': 's37-dmv-greens-farms-station-lot-by-i95-asks-if-drivable-in-damage',
        'channel': 'web',
        'note': 'commuter whose Subaru was backed into at the Greens Farms station lot "the part closest to I-95 '
                '... but it\'s the parking lot, not the highway"; asks inside the damage answer whether it is ok to '
                'drive; "parked around 6:40 yesterday morning and got back to it at 7:15 last night" (days 1, no '
                'time); plate CT AK 72051',
        'opening': [
            'Someone backed into my car at the Greens Farms train station lot sometime yesterday while I was in the '
            'city. The whole rear quarter panel is pushed in and of course no note',
        ],
        'answers': {
            'type_confirmed': 'Yes, damage to my car',
            'location': 'Greens Farms station, the commuter lot on the south side, the part closest to I-95. You '
                        'can hear the traffic but it\'s the parking lot, not the highway',
            'location_confirmed': 'Correct, the station lot',
            'suspect_or_weapon': 'No clue who did it. No weapons, it was a parked car',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'I parked around 6:40 yesterday morning and got back to it at 7:15 last night',
            'vehicle': '2021 Subaru Outback, dark green, CT plate AK 72051',
            'damage': 'Is it ok to drive it like this or should I leave it until someone looks at it? The damage is '
                      'the driver side rear quarter panel pushed in about 3 inches with white paint transfer, and '
                      'the taillight is cracked',
            'narrative': 'I parked my green Subaru Outback at the Greens Farms train station lot around 6:40 '
                         'yesterday morning. When I came back at 7:15 pm the driver side rear quarter panel was '
                         'pushed in with white paint transfer on it and the taillight was cracked. No note was '
                         'left and I have no idea who did it.',
            'reporter_name': 'Graham Whitley',
            'reporter_email': 'gwhitley@example.com',
            'reporter_phone': '203-555-0119',
            'confirmed': 'Looks right, go ahead and submit',
            'callback_wanted': 'No, email is fine',
        },
        'expect': filed('damage_to_motor_vehicle', {
            'reporter_name': 'Graham Whitley',
            'reporter_email': 'gwhitley@example.com',
            'reporter_phone': '2035550119',
            'occurred_days_ago': 1,
            'vehicle_plate': 'CT AK 72051',
        }),
    },
    {
        'id': 's37-dmv-weston-road-below-merritt-sideswiped-overnight-plate-fix-at-summary',
        'channel': 'web',
        'note': 'car sideswiped overnight while parked on Weston Road "a little south of the Merritt exit ... on the '
                'road in front of our house, not on the parkway" ("looks like it went through a war zone"); '
                '"parked it at 9 last night, saw it at 7:30 this morning" (crosses midnight: no days, no time); '
                'typed CT plate 3MV-483, at the summary corrects it to 3MV-438',
        'opening': [
            'my car looks like it went through a war zone. parked on the street in front of my house overnight and '
            'someone sideswiped the whole drivers side. mirror is hanging by the wires',
        ],
        'answers': {
            'type_confirmed': 'yes thats what happened',
            'location': 'Weston Road in Westport, we\'re a little south of the Merritt exit. it was parked on the '
                        'road in front of our house, not on the parkway',
            'location_confirmed': 'yes in front of the house',
            'suspect_or_weapon': 'no idea, nobody saw anything. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'parked it at 9 last night, saw it at 7:30 this morning when i went to leave for work',
            'vehicle': 'black 2019 Honda Pilot, CT plate 3MV-483',
            'damage': 'drivers side mirror hanging off by the wires, long crease down the front and back doors, '
                      'front fender scraped down to the metal',
            'narrative': 'I parked my black Honda Pilot on Weston Road in front of my house at 9 last night. At 7:30 '
                         'this morning the whole driver side had been sideswiped: the mirror is hanging off, both '
                         'doors are creased and the front fender is scraped to bare metal. No note, no witnesses.',
            'reporter_name': 'Dev Malhotra',
            'reporter_email': 'dev.malhotra@example.com',
            'reporter_phone': '203-555-0132',
            'confirmed': 'one thing, the plate is wrong. its 3MV-438, ends in 38 not 83. rest is good',
            'callback_wanted': 'sure a call is fine',
        },
        'expect': filed('damage_to_motor_vehicle', {
            'reporter_name': 'Dev Malhotra',
            'reporter_email': 'dev.malhotra@example.com',
            'reporter_phone': '2035550132',
            'vehicle_plate': 'CT 3MV-438',
        }),
    },
    {
        'id': 's37-dmv-longshore-tennis-lot-door-dent-email-fix-in-prose',
        'channel': 'web',
        'note': 'older woman whose Lexus door was dented in the Longshore lot by the tennis courts during her '
                'clinic; "Yesterday, I parked at 2:30 and came out at 4:45" (days 1, no time); "Connecticut plate '
                '9LF-227" (CT 9LF-227); gives margo.fenn@example.com, then in the same answer "that\'s my old work '
                'address. Please use margofenn55@example.com"',
        'opening': [
            'Hello, someone dented my car door at Longshore yesterday afternoon while I was at my tennis clinic. A '
            'big round dent with a little chip of blue paint in it, as if somebody flung their door open into mine.',
        ],
        'answers': {
            'type_confirmed': 'Yes, it is damage to my car.',
            'location': 'Longshore Club Park, the lot by the tennis courts, off Compo Road South.',
            'location_confirmed': 'Yes, the Longshore lot.',
            'suspect_or_weapon': 'I have no idea who. No weapons, goodness no.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Yesterday, I parked at 2:30 and came out at 4:45.',
            'vehicle': 'A silver Lexus RX 350, 2018. Connecticut plate 9LF-227.',
            'damage': 'A round dent about the size of a fist in the front passenger door, with a chip of blue paint '
                      'in the middle. The paint is cracked all around it.',
            'narrative': 'Yesterday between 2:30 and 4:45 my silver Lexus was parked in the Longshore lot by the '
                         'tennis courts. When I came out the front passenger door had a fist-sized dent with blue '
                         'paint in it, as if another car door had been swung into it. No note was left.',
            'reporter_name': 'Margaret Fenn',
            'reporter_email': 'margo.fenn@example.com - oh wait, no, that is my old work address. Please use '
                              'margofenn55@example.com.',
            'reporter_phone': '203-555-0138',
            'confirmed': 'Yes, that is all correct now.',
            'callback_wanted': 'No thank you.',
        },
        'expect': filed('damage_to_motor_vehicle', {
            'reporter_name': 'Margaret Fenn',
            'reporter_email': 'margofenn55@example.com',
            'reporter_phone': '2035550138',
            'occurred_days_ago': 1,
            'vehicle_plate': 'CT 9LF-227',
        }),
    },
    # ------------------------------------------------------------------ identity_theft (3)
    {
        'id': 's37-idt-bedford-drive-home-depot-card-3460-asks-about-credit-bureaus',
        'channel': 'web',
        'note': 'a Home Depot card opened in her name with $3,460 of charges, stated in the first message ("I\'m '
                'hemorrhaging money"), Bedford Drive; "The bill showed up in the mail yesterday afternoon" (days 1, '
                'no time); asks at the summary whether the report is enough for the credit bureaus (interjection), '
                'then confirms; total_value 3460',
        'opening': [
            'I just got a bill from a Home Depot credit card I never applied for. $3,460 in charges, all from a '
            'store in New Jersey I have never set foot in. I\'m hemorrhaging money here and I didn\'t do anything!',
        ],
        'answers': {
            'type_confirmed': 'Yes identity theft',
            'location': 'I live on Bedford Drive in Westport, that\'s where the bill came',
            'location_confirmed': 'Correct, Bedford Drive',
            'suspect_or_weapon': 'No idea who. No weapons, it\'s all paper and computers',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'The bill showed up in the mail yesterday afternoon',
            'accounts': 'Home Depot consumer credit card opened in my name without my knowledge. Four charges '
                        'totaling $3,460. I already called them and they froze the account.',
            'narrative': 'Yesterday I received a bill for a Home Depot credit card that I never applied for. It '
                         'shows four charges totaling $3,460 made at a store in New Jersey. I have never been '
                         'there. I called Home Depot card services and they froze the account.',
            'reporter_name': 'Carol Ostrowski',
            'reporter_email': 'carol.ostrowski@example.com',
            'reporter_phone': '203-555-0145',
            'confirmed': 'OK thanks, I\'ll do the FTC one as well. Yes, submit it.',
            'callback_wanted': 'Email is fine for me',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Before I hit yes, will this report be enough for the credit bureaus, or do I also need that '
                     'FTC identity theft form?'},
        ],
        'expect': filed('identity_theft', {
            'reporter_name': 'Carol Ostrowski',
            'reporter_email': 'carol.ostrowski@example.com',
            'reporter_phone': '2035550145',
            'occurred_days_ago': 1,
            'total_value': 3460,
        }),
    },
    {
        'id': 's37-idt-richmondville-ave-amex-three-charges-amount-fix-at-summary',
        'channel': 'web',
        'note': 'three Amex charges listed in the first message ($612, $1018, $90), Richmondville Ave; "got the fraud '
                'alert text last night at 11:52" (days 1, 23:52); at the summary corrects $1018 to $1081; '
                'total_value 1783 (612 + 1081 + 90)',
        'opening': [
            '3 charges on my amex i didnt make: $612 at an apple store in atlanta, $1018 at best buy online and $90 '
            'on ubereats. never been to atlanta in my life and the card is sitting in my wallet',
        ],
        'answers': {
            'type_confirmed': 'yes id theft',
            'location': 'home is richmondville ave, westport',
            'location_confirmed': 'yes richmondville',
            'suspect_or_weapon': 'nope no idea who, no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'got the fraud alert text last night at 11:52',
            'accounts': 'amex gold card. 3 charges: $612 apple store atlanta, $1018 best buy online, $90 ubereats. '
                        'amex already killed the card and is sending a new one',
            'narrative': 'Last night at 11:52 I got a fraud alert from Amex. There are three charges on my Amex '
                         'Gold card that I did not make: $612 at an Apple store in Atlanta, $1018 at Best Buy online '
                         'and $90 on Uber Eats. The card never left my wallet.',
            'reporter_name': 'Marcus Feld',
            'reporter_email': 'mfeld.wpt@example.com',
            'reporter_phone': '203-555-0153',
            'confirmed': 'wait the best buy one was $1081 not $1018, just checked the app. fix that and its good',
            'callback_wanted': 'no thx',
        },
        'expect': filed('identity_theft', {
            'reporter_name': 'Marcus Feld',
            'reporter_email': 'mfeld.wpt@example.com',
            'reporter_phone': '2035550153',
            'occurred_days_ago': 1,
            'occurred_time': '23:52',
            'total_value': 1783,
        }),
    },
    {
        'id': 's37-idt-harbor-road-saugatuck-shores-tax-return-robbed-at-gunpoint-figure-of-speech',
        'channel': 'web',
        'note': 'IRS letter: a tax return already filed under her SSN and a refund paid ("I feel like I got robbed at '
                'gunpoint except it was by a computer"; "no actual gun lol"); Harbor Road "the Westport Harbor Road, '
                'not the one in Southport"; "came in the mail the day before yesterday" (days 2); refund amount '
                'unknown, no total_value',
        'opening': [
            'Got a letter from the IRS saying my tax return was already filed. I haven\'t filed yet!! Someone used '
            'my social and took a refund. I feel like I got robbed at gunpoint except it was by a computer.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft is right.',
            'location': 'Harbor Road in Saugatuck Shores. The Westport Harbor Road, not the one in Southport.',
            'location_confirmed': 'yes that one',
            'suspect_or_weapon': 'No idea who did it. And no actual gun lol, that was just an expression. No '
                                 'weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'The IRS letter came in the mail the day before yesterday',
            'accounts': 'My federal tax return. The letter says a return was filed under my SSN and a refund was '
                        'issued, it doesn\'t say how much. No bank accounts touched as far as I can see.',
            'narrative': 'The day before yesterday I received a letter from the IRS saying a federal tax return '
                         'had already been filed under my Social Security number and a refund issued. I have not '
                         'filed my return yet. I do not know who did this.',
            'reporter_name': 'Janelle Okafor',
            'reporter_email': 'janelle.okafor@example.com',
            'reporter_phone': '475-555-0122',
            'confirmed': 'All correct, go ahead',
            'callback_wanted': 'Yes please, a call would help',
        },
        'expect': filed('identity_theft', {
            'reporter_name': 'Janelle Okafor',
            'reporter_email': 'janelle.okafor@example.com',
            'reporter_phone': '4755550122',
            'occurred_days_ago': 2,
        }),
    },
    # ------------------------------------------------------------------ lost_property (4)
    {
        'id': 's37-lost-passport-library-opening-describes-nothing',
        'channel': 'web',
        'note': 'opens without describing anything ("do i do the police report thing on here? the passport office '
                'said i need one"); answers.incident_type: a lost US passport, at the Westport Library or in its '
                'lot on Jesup Road; "the day before yesterday, i was at the library from about 10 to noon" (days '
                '2); no amounts',
        'opening': [
            'hi. do i do the police report thing on here? the passport office said i need one and i\'m kind of in '
            'a rush',
        ],
        'answers': {
            'incident_type': 'i lost my passport. we fly to lisbon in 9 days and the passport agency told me to get '
                             'a police report number for the lost passport form',
            'type_confirmed': 'yes lost property',
            'location': 'no idea exactly. either inside the Westport Library or in the parking lot there on Jesup '
                        'Road, walking back to my car. i had it at the library printing the forms',
            'location_confirmed': 'yes the library / jesup rd',
            'suspect_or_weapon': 'no, nobody took it, i think it slid out of my tote. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'the day before yesterday, i was at the library from about 10 to noon',
            'items': 'US passport in a clear plastic sleeve, with my flight confirmation printout folded inside. '
                     'name on it is Sofia Amaral',
            'narrative': 'The day before yesterday I was at the Westport Library from about 10 to noon printing '
                         'travel forms. Somewhere between the library and my car in the Jesup Road lot I lost my '
                         'US passport, which was in a clear plastic sleeve. I have a flight in 9 days.',
            'reporter_name': 'Sofia Amaral',
            'reporter_email': 'sofia.amaral@example.com',
            'reporter_phone': '203-555-0161',
            'confirmed': 'yes submit pls',
            'callback_wanted': 'no thanks, email',
        },
        'expect': filed('lost_property', {
            'reporter_name': 'Sofia Amaral',
            'reporter_email': 'sofia.amaral@example.com',
            'reporter_phone': '2035550161',
            'occurred_days_ago': 2,
        }, first_message_describes='false'),
    },
    {
        'id': 's37-lost-compo-beach-bracelet-and-oura-ring-asks-if-engraving-helps',
        'channel': 'web',
        'note': 'gold bracelet "worth about $700" and an Oura ring ($299) lost at Compo Beach by the cannons, stated '
                'in the first message; asks inside the items answer whether the engraving helps; "Yesterday between '
                'about 1 and 4 in the afternoon" (days 1, no time); total_value 999',
        'opening': [
            'I lost my gold bracelet (worth about $700) and my Oura ring ($299) at Compo Beach yesterday. I took them '
            'off for sunscreen and put them in the cup holder of my beach chair, and I think they fell in the sand '
            'when I folded it up',
        ],
        'answers': {
            'type_confirmed': 'Yes, lost property',
            'location': 'Compo Beach, near the cannons, the stretch in front of the bathhouse',
            'location_confirmed': 'Yes, Compo by the cannons',
            'suspect_or_weapon': 'No one took them, I\'m sure they just fell out. No weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Yesterday between about 1 and 4 in the afternoon',
            'items': 'Does it help that the bracelet is engraved? It says "A & J 2009" on the clasp. So: gold chain '
                     'link bracelet about $700, and a black Oura ring, size 8, $299',
            'narrative': 'Yesterday afternoon at Compo Beach near the cannons I took off my gold bracelet and my '
                         'Oura ring and put them in the cup holder of my beach chair. When I folded the chair they '
                         'must have fallen into the sand. The bracelet is engraved "A & J 2009" on the clasp.',
            'reporter_name': 'Andrea Castellano',
            'reporter_email': 'andreacastellano@example.com',
            'reporter_phone': '203-555-0174',
            'confirmed': 'Yes, all of that is correct',
            'callback_wanted': 'No need',
        },
        'expect': filed('lost_property', {
            'reporter_name': 'Andrea Castellano',
            'reporter_email': 'andreacastellano@example.com',
            'reporter_phone': '2035550174',
            'occurred_days_ago': 1,
            'total_value': 999,
        }),
    },
    {
        'id': 's37-lost-polish-housekeeper-wallet-bus-stop-post-road-west-asks-to-use-husbands-phone',
        'channel': 'web',
        'note': 'non-native writer (Polish speaker): wallet with "300 dollar cash" and her green card lost at the bus '
                'stop on Post Road West by Kings Highway North, stated in the first message; "Today morning, the '
                'bus at 7:40" (days 0, 07:40); her phone is broken, asks at reporter_phone whether she may give her '
                'husband\'s number (interjection), then gives "203 555 0183"; total_value 300',
        'opening': [
            'Good day. I lose my wallet, I think at the bus stop or on the bus. Inside is 300 dollar cash, my green '
            'card and my debit card. The bank I already call for the card.',
        ],
        'answers': {
            'type_confirmed': 'Yes, lost things',
            'location': 'The bus stop on Post Road West, by the corner with Kings Highway North. I take out the '
                        'wallet there for the bus, after I don\'t find it.',
            'location_confirmed': 'Yes, this bus stop',
            'suspect_or_weapon': 'No, nobody take it, I think it fall. No weapon.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Today morning, the bus at 7:40',
            'items': 'Brown leather wallet. Inside 300 dollar cash, green card (permanent resident card), Chase '
                     'debit card, my Connecticut driver license',
            'narrative': 'Today morning at 7:40 I take the bus at the stop on Post Road West near Kings Highway '
                         'North. I take my wallet out there and later I don\'t have it. Inside is 300 dollar cash, '
                         'my green card, debit card and driver license.',
            'reporter_name': 'Agnieszka Wrobel',
            'reporter_email': 'agawrobel@example.com',
            'reporter_phone': 'Husband number 203 555 0183, his name is Piotr',
            'confirmed': 'Yes, everything correct. Thank you very much',
            'callback_wanted': 'Yes please, to husband number',
        },
        'interjections': [
            {'at': 'reporter_phone',
             'text': 'My phone is broken since yesterday, it not turn on. Can I give the number of my husband?'},
        ],
        'expect': filed('lost_property', {
            'reporter_name': 'Agnieszka Wrobel',
            'reporter_email': 'agawrobel@example.com',
            'reporter_phone': '2035550183',
            'occurred_days_ago': 0,
            'occurred_time': '07:40',
            'total_value': 300,
        }),
    },
    {
        'id': 's37-lost-phone-saugatuck-platform-time-fix-in-prose-email-fix-at-summary',
        'channel': 'web',
        'note': 'phone left on a bench on the Saugatuck station platform; "Yesterday at 5:20 - no wait, I missed the '
                '5:20. It was the 5:50 train" (days 1, 17:50); her cell is the lost one, gives her work number; typed '
                'hannah.lindgren@example.com, at the summary corrects it to hlindgren@example.com; no amounts',
        'opening': [
            'I left my phone on a bench on the Saugatuck train platform yesterday evening, the side for trains into '
            'the city. By the time I realized, the train was already moving. Find My says it\'s offline.',
        ],
        'answers': {
            'type_confirmed': 'Yes that\'s right, lost property',
            'location': 'Saugatuck train station, on the platform for trains to Grand Central, the bench near the '
                        'stairs',
            'location_confirmed': 'Yes, Saugatuck station',
            'suspect_or_weapon': 'No, I just left it there. No weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Yesterday at 5:20 - no wait, I missed the 5:20. It was the 5:50 train, so 5:50, I put it '
                           'down when the train pulled in',
            'items': 'iPhone 15 in a pink case with a card pocket on the back. My Connecticut license and my '
                     'monthly train ticket are in the pocket',
            'narrative': 'Yesterday at 5:50 pm I was waiting on the Saugatuck station platform for the train to '
                         'Grand Central. I put my iPhone down on the bench near the stairs when the train pulled in '
                         'and left it there. It has a pink case with my license and train ticket in the pocket.',
            'reporter_name': 'Hannah Lindgren',
            'reporter_email': 'hannah.lindgren@example.com',
            'reporter_phone': 'My cell is the one I lost lol, so my work number: 203-555-0140',
            'confirmed': 'The email should be hlindgren@example.com, not hannah.lindgren - that\'s an old account I '
                         'can\'t get into anymore. Otherwise correct',
            'callback_wanted': 'Email please, can\'t exactly get calls on my cell right now',
        },
        'expect': filed('lost_property', {
            'reporter_name': 'Hannah Lindgren',
            'reporter_email': 'hlindgren@example.com',
            'reporter_phone': '2035550140',
            'occurred_days_ago': 1,
            'occurred_time': '17:50',
        }),
    },
    # ------------------------------------------------------------------ theft (3)
    {
        'id': 's37-theft-blind-brook-road-open-garage-trek-and-yeti',
        'channel': 'web',
        'note': 'a Trek mountain bike ($1,400) and a Yeti cooler ($350) taken from an open garage on Blind Brook Road, '
                'stated in the first message ("my genius teenager left it open"); "between 11 last night ... and '
                '6:30 this morning" (crosses midnight: no days, no time); total_value 1750',
        'opening': [
            'Somebody walked into our open garage overnight and took my Trek mountain bike ($1,400) and the big Yeti '
            'cooler ($350). Garage was open because my genius teenager forgot to close it. Blind Brook Road.',
        ],
        'answers': {
            'type_confirmed': 'Yes, theft',
            'location': 'Our garage, Blind Brook Road, Westport',
            'location_confirmed': 'That\'s the house',
            'suspect_or_weapon': 'No idea who, nobody saw anything. No weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Between 11 last night when my son got home and 6:30 this morning when I went out',
            'items': 'Trek Fuel EX mountain bike, matte black, about $1,400. Yeti Tundra 45 cooler, white, $350. '
                     'The bike serial is on the receipt somewhere, I can dig it up',
            'narrative': 'Sometime between 11 last night and 6:30 this morning someone walked into our open garage '
                         'on Blind Brook Road and took a black Trek Fuel EX mountain bike worth about $1,400 and a '
                         'white Yeti Tundra 45 cooler worth $350.',
            'reporter_name': 'Paul Kristiansen',
            'reporter_email': 'pkristiansen@example.com',
            'reporter_phone': '203-555-0107',
            'confirmed': 'Yep, submit',
            'callback_wanted': 'Not needed',
        },
        'expect': filed('theft', {
            'reporter_name': 'Paul Kristiansen',
            'reporter_email': 'pkristiansen@example.com',
            'reporter_phone': '2035550107',
            'total_value': 1750,
        }),
    },
    {
        'id': 's37-theft-staples-bike-rack-ebike-asks-if-bolt-cutters-count-as-weapon',
        'channel': 'web',
        'note': 'student\'s e-bike taken from the bike rack at Staples High School on North Ave, cable lock cut; asks '
                'at the suspect question whether bolt cutters count as a weapon (interjection), then says nobody saw '
                'them and nobody was threatened; "locked it at 7:25 ... gone at 1:40" today (days 0, no time); '
                '"my parents paid like $1,800" (total_value 1800)',
        'opening': [
            'my ebike got stolen from the bike rack at school today. they cut right through the cable lock. my '
            'parents are gonna kill me',
        ],
        'answers': {
            'type_confirmed': 'ya theft',
            'location': 'staples high school, the bike rack by the front entrance on north ave',
            'location_confirmed': 'ya staples',
            'suspect_or_weapon': 'ok well nobody saw who did it. nobody got threatened or anything, they just cut '
                                 'the lock when no one was around',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'today, locked it up at 7:25 before first period and it was gone at 1:40',
            'items': 'black Aventon Level 2 ebike with a front basket and a sticker on the frame that says "slow '
                     'down". my parents paid like $1,800 for it',
            'narrative': 'I locked my black Aventon e-bike to the rack by the front entrance of Staples High School '
                         'at 7:25 this morning with a cable lock. At 1:40 it was gone and the cut lock was on the '
                         'ground. I don\'t know who took it.',
            'reporter_name': 'Owen Petrakis',
            'reporter_email': 'owenpetrakis@example.com',
            'reporter_phone': '203-555-0168',
            'confirmed': 'ya looks good',
            'callback_wanted': 'my mom says yes call',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'wait does bolt cutters count as a weapon?? they def used bolt cutters or something, the lock '
                     'is cut clean'},
        ],
        'expect': filed('theft', {
            'reporter_name': 'Owen Petrakis',
            'reporter_email': 'owenpetrakis@example.com',
            'reporter_phone': '2035550168',
            'occurred_days_ago': 0,
            'total_value': 1800,
        }),
    },
    {
        'id': 's37-theft-landscaper-trailer-sturges-highway-amount-fix-in-prose',
        'channel': 'web',
        'note': 'non-native writer (Spanish speaker), a landscaper: two Stihl blowers and an Echo hedge trimmer taken '
                'from his open trailer while the crew mowed behind a customer\'s house on Sturges Highway "the '
                'Westport part ... Not Fairfield"; "Today between 10:30 and 11:15 in the morning" (days 0, no '
                'time); "trimmer $250 - no, I check the receipt now, the trimmer was $290"; total_value 1330 '
                '(520 x 2 + 290); record name without the company',
        'opening': [
            'Hi, I am landscaper. Today somebody take 2 backpack blowers and a hedge trimmer from my open trailer '
            'while we work in the back of a customer house. Nobody see nothing.',
        ],
        'answers': {
            'type_confirmed': 'Yes is theft',
            'location': 'Sturges Highway, the Westport part, close to the Post Road. Not Fairfield, I check the '
                        'customer address and it say Westport',
            'location_confirmed': 'Yes, in front the customer house',
            'suspect_or_weapon': 'No, we not see anybody. Nobody threaten us, no weapon. We was in the back yard '
                                 'with the mower, very loud',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Today between 10:30 and 11:15 in the morning',
            'items': '2 Stihl backpack blowers, orange, $520 each. 1 Echo hedge trimmer $250 - no, I check the '
                     'receipt now, the trimmer was $290.',
            'narrative': 'Today between 10:30 and 11:15 my crew was working in the back yard of a customer house on '
                         'Sturges Highway. When we come back to the truck, 2 Stihl backpack blowers and 1 Echo hedge '
                         'trimmer were gone from the open trailer. We did not see who.',
            'reporter_name': 'Julio Cardenas, Cardenas Landscaping LLC',
            'reporter_email': 'cardenaslandscaping@example.com',
            'reporter_phone': '203-555-0171',
            'confirmed': 'Yes correct, send it',
            'callback_wanted': 'Yes, call is better for me',
        },
        'expect': filed('theft', {
            'reporter_name': 'Julio Cardenas',
            'reporter_email': 'cardenaslandscaping@example.com',
            'reporter_phone': '2035550171',
            'occurred_days_ago': 0,
            'total_value': 1330,
        }),
    },
    # ------------------------------------------------------------------ vehicle_burglary (3)
    {
        'id': 's37-vb-old-mill-beach-laptop-bag-and-cash-westport-old-mill-road',
        'channel': 'web',
        'note': 'passenger window smashed at the little Old Mill Beach lot, a work laptop "(about $900)" and $60 cash '
                'taken, stated in the first message ("total nightmare"); Old Mill Road "I know Fairfield and Weston '
                'have an Old Mill Road too, this is the Westport one"; "yesterday, parked at 6:15 pm ... came back '
                'at 7:30" (days 1, no time); "ct plate 8ZN-174" (CT 8ZN-174); total_value 960',
        'opening': [
            'my car got broken into at old mill beach. passenger window smashed, they took my laptop bag with my work '
            'Dell in it (about $900) and $60 cash from the console. total nightmare',
        ],
        'answers': {
            'type_confirmed': 'yes car break in',
            'location': 'Old Mill Road, the little lot at Old Mill Beach in Westport. I know Fairfield and Weston '
                        'have an Old Mill Road too, this is the Westport one near Compo',
            'location_confirmed': 'yes old mill beach',
            'suspect_or_weapon': 'no idea, there was nobody around. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'yesterday, parked at 6:15 pm for a sunset walk and came back at 7:30',
            'vehicle': 'white 2022 Toyota RAV4, ct plate 8ZN-174',
            'items': 'black Targus laptop bag with a Dell Latitude work laptop inside (about $900) and the charger, '
                     'plus $60 cash from the center console',
            'damage': 'front passenger window smashed, glass all over the seat and the floor',
            'narrative': 'Yesterday I parked my white RAV4 in the lot at Old Mill Beach at 6:15 pm and went for a '
                         'walk. When I got back at 7:30 the front passenger window was smashed and my laptop bag '
                         'with a Dell work laptop (about $900) and $60 cash from the console were gone.',
            'reporter_name': 'Nate Oyelaran',
            'reporter_email': 'nate.oyelaran@example.com',
            'reporter_phone': '475-555-0108',
            'confirmed': 'all good, submit it',
            'callback_wanted': 'no call needed',
        },
        'expect': filed('vehicle_burglary', {
            'reporter_name': 'Nate Oyelaran',
            'reporter_email': 'nate.oyelaran@example.com',
            'reporter_phone': '4755550108',
            'occurred_days_ago': 1,
            'vehicle_plate': 'CT 8ZN-174',
            'total_value': 960,
        }),
    },
    {
        'id': 's37-vb-sylvan-road-north-golf-clubs-unlocked-car-rangefinder-removed-at-summary',
        'channel': 'web',
        'note': 'golf bag taken from an unlocked car in the driveway on Sylvan Road North, Callaway irons "about '
                '$1,100" and a Bushnell rangefinder ($250) stated in the first message; "Put the clubs in the car at '
                '8 last night, noticed at 6:45 this morning" (crosses midnight: no days, no time); "RI plate '
                '551-273"; at the summary removes the rangefinder (found on the workbench); total_value 1100',
        'opening': [
            'Someone went through my car in the driveway overnight and took my golf bag out of the back. Callaway '
            'irons worth about $1,100 and my Bushnell rangefinder ($250). Car was unlocked, I know, I know.',
        ],
        'answers': {
            'type_confirmed': 'Yes, a car break-in, although technically nothing was broken',
            'location': 'Our driveway on Sylvan Road North, Westport',
            'location_confirmed': 'Right, our driveway',
            'suspect_or_weapon': 'Didn\'t see anybody. No weapons that I know of.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Put the clubs in the car at 8 last night for an early tee time, noticed they were gone at '
                           '6:45 this morning',
            'vehicle': 'Gray 2020 Audi Q5, RI plate 551-273 (still haven\'t switched it over)',
            'items': 'Navy TaylorMade bag, Callaway Apex irons 4 through PW about $1,100, Bushnell Tour rangefinder '
                     '$250, a dozen balls',
            'damage': 'No damage, it was unlocked',
            'narrative': 'Between 8 last night and 6:45 this morning someone opened my unlocked Audi in our driveway '
                         'on Sylvan Road North and took my golf bag with Callaway Apex irons (about $1,100) and a '
                         'Bushnell rangefinder ($250).',
            'reporter_name': 'Gordon Pike',
            'reporter_email': 'gpike@example.com',
            'reporter_phone': '203-555-0114',
            'confirmed': 'Take the rangefinder off the list - just found it in my garage on the workbench. '
                         'Everything else is right.',
            'callback_wanted': 'No call, thanks',
        },
        'expect': filed('vehicle_burglary', {
            'reporter_name': 'Gordon Pike',
            'reporter_email': 'gpike@example.com',
            'reporter_phone': '2035550114',
            'vehicle_plate': 'RI 551-273',
            'total_value': 1100,
        }),
    },
    {
        'id': 's37-vb-greens-farms-elementary-pickup-violin-taken-russian-speaking-mother',
        'channel': 'web',
        'note': 'non-native writer (Russian speaker): small rear window broken during early-dismissal pickup at Greens '
                'Farms Elementary on Morningside Drive South, a rented 3/4 violin taken; "Today, I go inside at 12:50 '
                'and come back 1:05" (days 0, no time); "plate CT 6PW-310"; no amounts, no total_value',
        'opening': [
            'Hello. Today my car was broken at the school parking when I pick up my son. The small back window is '
            'broken and the violin of my daughter is gone from the back seat. I was inside school only 15 minutes.',
        ],
        'answers': {
            'type_confirmed': 'Yes, somebody break in my car',
            'location': 'Greens Farms Elementary school, Morningside Drive South. The parking near the gym.',
            'location_confirmed': 'Yes, the school parking',
            'suspect_or_weapon': 'I don\'t see anybody. No weapon.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Today, I go inside at 12:50 and come back 1:05, it was early dismissal',
            'vehicle': 'Toyota Sienna 2017, grey, plate CT 6PW-310',
            'items': 'Violin, size 3/4, in black case with tag "Daria". It is rented from music shop. Also her music '
                     'book with notes inside.',
            'damage': 'Small triangle window in back, driver side, is broken',
            'narrative': 'Today at 12:50 I park at Greens Farms Elementary near the gym and go inside to pick up my '
                         'son. At 1:05 I come back and the small back window is broken and my daughter\'s rented '
                         'violin in black case is gone from the back seat.',
            'reporter_name': 'Irina Sokolova',
            'reporter_email': 'irina.sokolova@example.com',
            'reporter_phone': '203-555-0179',
            'confirmed': 'Yes it is correct',
            'callback_wanted': 'Email is better, thank you',
        },
        'expect': filed('vehicle_burglary', {
            'reporter_name': 'Irina Sokolova',
            'reporter_email': 'irina.sokolova@example.com',
            'reporter_phone': '2035550179',
            'occurred_days_ago': 0,
            'vehicle_plate': 'CT 6PW-310',
        }),
    },
    # ------------------------------------------------------------------ vehicle_tampering (3)
    {
        'id': 's37-vt-bulkley-ave-north-glovebox-rummaged-asks-about-vin-in-vehicle',
        'channel': 'web',
        'note': 'glovebox open, papers on the seat, seat pushed back, nothing missing, Bulkley Avenue North; asks '
                'inside the vehicle answer whether the VIN is needed; "parked around 10:30, found it like this at 7" '
                '(crosses midnight: no days, no time); "ct plate 6TN-842"',
        'opening': [
            'pretty sure someone was in my car last night. glovebox open, papers all over the passenger seat, '
            'drivers seat pushed all the way back. nothing missing that i can tell. i probably left it unlocked',
        ],
        'answers': {
            'type_confirmed': 'yeah tampering sounds right since nothing got taken',
            'location': 'in front of my place on bulkley ave north',
            'location_confirmed': 'yep bulkley',
            'suspect_or_weapon': 'no clue who. no weapons or anything',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'sometime overnight, parked around 10:30 and found it like this at 7',
            'vehicle': 'do u need the VIN or is the plate enough? its a blue 2016 Mazda 3, ct plate 6TN-842',
            'damage': 'no real damage, just a mess. glovebox latch might be a little bent',
            'narrative': 'I parked my blue Mazda 3 on Bulkley Avenue North around 10:30 last night. At 7 this '
                         'morning the glovebox was open, my papers were all over the passenger seat and the driver '
                         'seat was pushed all the way back. Nothing seems to be missing.',
            'reporter_name': 'Tessa Marchetti',
            'reporter_email': 'tessa.marchetti@example.com',
            'reporter_phone': '203-555-0196',
            'confirmed': 'all correct thx',
            'callback_wanted': 'nope',
        },
        'expect': filed('vehicle_tampering', {
            'reporter_name': 'Tessa Marchetti',
            'reporter_email': 'tessa.marchetti@example.com',
            'reporter_phone': '2035550196',
            'vehicle_plate': 'CT 6TN-842',
        }),
    },
    {
        'id': 's37-vt-town-hall-ev-charger-port-forced-plate-fix-in-prose',
        'channel': 'web',
        'note': 'EV unplugged from the charger behind Town Hall (Myrtle Ave) and the charge-port door forced with '
                'something like a screwdriver (a tool, no weapon); "Today, I plugged in at 9:15 and came out at '
                '11:40" (days 0, no time); "NY plate LKP-2291... no sorry, that\'s my wife\'s car. Mine is CT '
                '4TR-908"',
        'opening': [
            'Someone unplugged my car from the charger behind Town Hall and forced the charge port door, now it '
            'won\'t close. Happened while I was inside at a meeting.',
        ],
        'answers': {
            'type_confirmed': 'Yes, tampering',
            'location': 'The EV chargers in the lot behind Town Hall on Myrtle Avenue',
            'location_confirmed': 'Yes, Town Hall lot',
            'suspect_or_weapon': 'I didn\'t see anyone. No weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'Today, I plugged in at 9:15 and came out at 11:40',
            'vehicle': 'White Hyundai Ioniq 5, NY plate LKP-2291... no sorry, that\'s my wife\'s car. Mine is CT '
                       '4TR-908.',
            'damage': 'The charge port door hinge is bent so it won\'t latch, and there are scratches around it like '
                      'someone pried it with a screwdriver',
            'narrative': 'Today I plugged my white Ioniq 5 into the EV charger behind Town Hall at 9:15. When I came '
                         'out at 11:40 it had been unplugged, the charge port door was pried open and bent so it '
                         'won\'t latch, and there were scratches around it.',
            'reporter_name': 'Rahul Venkatesan',
            'reporter_email': 'rvenkatesan@example.com',
            'reporter_phone': '203-555-0129',
            'confirmed': 'Correct, please file it',
            'callback_wanted': 'A phone call would suit me fine',
        },
        'expect': filed('vehicle_tampering', {
            'reporter_name': 'Rahul Venkatesan',
            'reporter_email': 'rvenkatesan@example.com',
            'reporter_phone': '2035550129',
            'occurred_days_ago': 0,
            'vehicle_plate': 'CT 4TR-908',
        }),
    },
    {
        'id': 's37-vt-kings-highway-north-truck-battery-cables-day-fix-at-summary',
        'channel': 'web',
        'note': 'electrician\'s work truck: hood unlatched, battery cables loosened and two fuses pulled, nothing '
                'taken, Kings Highway North "near the Wilton Road corner. Westport, not Wilton"; answered "2:30 this '
                'morning", at the summary corrects it to 2:30 yesterday morning (days 1, 02:30); "CT plate 7CK-551"',
        'opening': [
            'My work truck wouldn\'t start. Hood was unlatched, somebody had loosened both battery cables and pulled '
            'a couple of fuses and left them sitting on the engine. Nothing taken. Who does that?',
        ],
        'answers': {
            'type_confirmed': 'Yeah tampering, that\'s it',
            'location': 'Kings Highway North, parked in my driveway, near the Wilton Road corner. Westport, not '
                        'Wilton',
            'location_confirmed': 'Yup',
            'suspect_or_weapon': 'No idea. Didn\'t see anybody, no weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'I heard a clunk like the hood at 2:30 this morning and figured it was the wind',
            'vehicle': 'Red 2014 Ford F-150, CT plate 7CK-551, commercial',
            'damage': 'Battery cables loosened, 2 fuses pulled and left on top of the engine. Nothing actually '
                      'broken, I just had to put it back together',
            'narrative': 'At 2:30 in the morning I heard what sounded like the hood of my truck. When I went to '
                         'leave, the red F-150 would not start: the hood was unlatched, both battery cables were '
                         'loosened and two fuses had been pulled and left on the engine. Nothing was taken.',
            'reporter_name': 'Walt Dombrowski',
            'reporter_email': 'waltd.electric@example.com',
            'reporter_phone': '203-555-0111',
            'confirmed': 'Not this morning - yesterday morning. 2:30 yesterday morning, I found it yesterday and '
                         'have been putting this off. Rest is fine',
            'callback_wanted': 'Email\'s fine',
        },
        'expect': filed('vehicle_tampering', {
            'reporter_name': 'Walt Dombrowski',
            'reporter_email': 'waltd.electric@example.com',
            'reporter_phone': '2035550111',
            'occurred_days_ago': 1,
            'occurred_time': '02:30',
            'vehicle_plate': 'CT 7CK-551',
        }),
    },
    # ------------------------------------------------------------------ vandalism (4)
    {
        'id': 's37-vandalism-memorial-bench-compo-south-beach-asks-if-town-park-ok',
        'channel': 'web',
        'note': 'orange spray paint on the memorial bench for her father; the opening gives no place, so she asks at '
                'the location question whether a bench in a town park can be reported here (interjection), then '
                'gives Compo Beach, South Beach end near the jetty; "My mom walked there at 7:30 this morning ... It '
                'was clean on Tuesday" (range over several days: no days, no time)',
        'opening': [
            'Someone spray painted all over the memorial bench we put in for my dad. Bright orange, the plaque too. '
            'My mom found it this morning and cried for an hour',
        ],
        'answers': {
            'type_confirmed': 'Yes vandalism',
            'location': 'Compo Beach, the South Beach end near the jetty. It\'s the bench with the brass plaque that '
                        'says Frank Delaney',
            'location_confirmed': 'yes thats the bench',
            'suspect_or_weapon': 'We don\'t know who. No weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'My mom walked there at 7:30 this morning and it was painted. It was clean on Tuesday when '
                           'I sat there',
            'damage': 'Orange spray paint across the back slats and the seat, and over the brass plaque. Just '
                      'random squiggles, no words',
            'narrative': 'Sometime between Tuesday and 7:30 this morning someone sprayed orange paint across the '
                         'memorial bench for my father, Frank Delaney, at the South Beach end of Compo Beach. The '
                         'back slats, the seat and the brass plaque are covered in squiggles.',
            'reporter_name': 'Erin Delaney',
            'reporter_email': 'erin.delaney@example.com',
            'reporter_phone': '203-555-0158',
            'confirmed': 'Yes thats everything',
            'callback_wanted': 'Yes, I would like a call',
        },
        'interjections': [
            {'at': 'location',
             'text': 'It\'s a bench in a town park, not our property. Can I still report it here or is that a parks '
                     'and rec thing?'},
        ],
        'expect': filed('vandalism', {
            'reporter_name': 'Erin Delaney',
            'reporter_email': 'erin.delaney@example.com',
            'reporter_phone': '2035550158',
        }),
    },
    {
        'id': 's37-vandalism-punch-bowl-drive-lawn-donuts-massacre-after-midnight',
        'channel': 'web',
        'note': 'somebody did donuts on the front lawn on Punch Bowl Drive ("It\'s a massacre out there"); "I heard '
                'engines revving around 12:40 last night" (after midnight, so days 0; approximate, no time)',
        'opening': [
            'Somebody did donuts on my front lawn last night. It\'s a massacre out there, deep ruts everywhere, my '
            'sprinkler heads are snapped and they flattened two of my boxwoods. Punch Bowl Drive',
        ],
        'answers': {
            'type_confirmed': 'Vandalism, yes',
            'location': 'Front lawn of our house on Punch Bowl Drive',
            'location_confirmed': 'Yes Punch Bowl',
            'suspect_or_weapon': 'No, too dark to see the car. No weapons.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'I heard engines revving around 12:40 last night but by the time I got to the window '
                           'they were gone',
            'damage': '4 or 5 deep ruts across the whole front lawn, 3 sprinkler heads snapped off, two boxwoods '
                      'flattened',
            'narrative': 'Around 12:40 last night a car drove onto my front lawn on Punch Bowl Drive and did donuts. '
                         'There are deep ruts across the whole lawn, three sprinkler heads are snapped off and two '
                         'boxwoods are flattened. I did not see the car.',
            'reporter_name': 'Doug Ferrante',
            'reporter_email': 'dferrante@example.com',
            'reporter_phone': '203-555-0123',
            'confirmed': 'Yes that\'s accurate',
            'callback_wanted': 'Nah',
        },
        'expect': filed('vandalism', {
            'reporter_name': 'Doug Ferrante',
            'reporter_email': 'dferrante@example.com',
            'reporter_phone': '2035550123',
            'occurred_days_ago': 0,
        }),
    },
    {
        'id': 's37-vandalism-woodside-avenue-egged-house-area-code-fix-at-summary',
        'channel': 'web',
        'note': 'house egged overnight, dried egg lifting the garage-door paint; Woodside Avenue "in Westport. '
                '(Fairfield has a Woodside Ave too, ours is the Westport one)"; "we went to bed at 11 and saw it '
                'when we came down at 7" (crosses midnight: no days, no time); gave 203-555-0147, at the summary '
                'corrects the area code to 475 (4755550147)',
        'opening': [
            'Our house got egged last night, maybe two dozen eggs all over the front, the windows and the garage '
            'door. It dried on and now it\'s taking the paint off when we try to wash it',
        ],
        'answers': {
            'type_confirmed': 'yes, vandalism',
            'location': 'Woodside Avenue, in Westport. (Fairfield has a Woodside Ave too, ours is the Westport one)',
            'location_confirmed': 'Yes, Woodside Ave Westport',
            'suspect_or_weapon': 'no idea who, didn\'t hear anything. no weapons',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'we went to bed at 11 and saw it when we came down at 7',
            'damage': 'egg all over the front siding, 3 windows and the garage door. the paint on the garage door is '
                      'lifting where it dried',
            'narrative': 'Overnight someone threw about two dozen eggs at the front of our house on Woodside Avenue. '
                         'The siding, three windows and the garage door are covered, and the paint on the garage '
                         'door is lifting where the egg dried.',
            'reporter_name': 'Priya Raman',
            'reporter_email': 'priya.raman@example.com',
            'reporter_phone': '203-555-0147',
            'confirmed': 'the phone should be 475, not 203 - 475-555-0147. sorry, new number. rest is fine',
            'callback_wanted': 'email only please',
        },
        'expect': filed('vandalism', {
            'reporter_name': 'Priya Raman',
            'reporter_email': 'priya.raman@example.com',
            'reporter_phone': '4755550147',
        }),
    },
    {
        'id': 's37-vandalism-french-bakery-main-street-like-a-bomb-explode',
        'channel': 'web',
        'note': 'non-native writer (French speaker), a bakery owner on Main Street "downtown Westport. Not the Main '
                'Street of Fairfield": two flower boxes and a chalkboard sign broken ("it is like a bomb explode in '
                'front"); the shoe shop\'s camera "shows at 1:14 in the night" (days 0, 01:14); record name with the '
                'accent as typed',
        'opening': [
            'Bonjour, this morning when I arrive at my bakery it is like a bomb explode in front: the 2 big flower '
            'boxes are broken, the flowers everywhere, and my chalk board sign is broken in 2.',
        ],
        'answers': {
            'type_confirmed': 'Yes, vandalism, exactly',
            'location': 'Main Street, downtown Westport. Not the Main Street of Fairfield, people confuse always',
            'location_confirmed': 'Oui, Main Street Westport',
            'suspect_or_weapon': 'I don\'t know who, I arrive and it is like this. No weapon, nobody is there.',
            'known_suspect': 'No.',
            'weapon': 'No.',
            'occurred_at': 'The shoe shop next door have a camera, it shows at 1:14 in the night, but you see only '
                           'shadows, no faces',
            'damage': '2 wooden flower boxes broken (the planks are split), geraniums all on the sidewalk, the '
                      'chalkboard sign broken in 2 pieces',
            'narrative': 'At 1:14 in the night, on the camera of the shoe shop next door, somebody breaks the 2 '
                         'wooden flower boxes in front of my bakery on Main Street and my chalkboard sign. I find it '
                         'this morning when I arrive. The geraniums are all over the sidewalk.',
            'reporter_name': 'Céline Marchand',
            'reporter_email': 'celine.boulangerie@example.com',
            'reporter_phone': '203-555-0189',
            'confirmed': 'Yes it is good, you can send',
            'callback_wanted': 'Yes, call me at the bakery number please',
        },
        'expect': filed('vandalism', {
            'reporter_name': 'Céline Marchand',
            'reporter_email': 'celine.boulangerie@example.com',
            'reporter_phone': '2035550189',
            'occurred_days_ago': 0,
            'occurred_time': '01:14',
        }),
    },
]
