"""sealed-41: the 26 filed conversations (hand-written)."""


def expect_filed(itype, record, describes='true'):
    return {
        'outcome': 'filed',
        'reason': None,
        'topic': None,
        'incident_type': itype,
        'location_decision': 'in_town',
        'emergency_message': None,
        'first_message_describes': describes,
        'record': record,
    }


FILED = []

# ------------------------------------------------------------------ harassing_phone_call
FILED.append({
    'id': 's41-hpc-bulkley-avenue-north-senior-humming-calls-time-fixed-at-summary',
    'channel': 'sms',
    'note': 'Staples senior at her parents\' house on Bulkley Avenue North, text-speak: 4-5 calls a night for a week '
            'from 475-555-0143, someone hums happy birthday and hangs up; "last one was 9:12 last night", fixed at '
            'the summary to 9:21 from her call log (days 1, 21:21); "im literally losing my mind"',
    'opening': [
        'ok so someone keeps calling me from 475-555-0143 and just hums happy birthday and hangs up?? its not even my '
        'bday. like 4 or 5 times every night for a week now. im literally losing my mind',
    ],
    'answers': {
        'type_confirmed': 'yeah the phone calls thing',
        'location': 'my house, bulkley ave north in westport. well my parents house',
        'location_confirmed': 'yep thats it',
        'suspect_or_weapon': 'no clue who. could be someone from school idk but i honestly have no idea. no weapons '
                             'its literally just humming',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'last one was 9:12 last night, i was in the middle of calc homework',
        'caller_number': '475-555-0143 every time. i blocked it and somehow it still came thru from the same number??',
        'call_pattern': 'every night for like 7 nights, 4 or 5 calls between 8 and 10pm. hums the birthday song for '
                        'maybe 10 sec then click',
        'narrative': 'For about a week someone calls me from 475-555-0143 four or five times a night between 8 and 10 '
                     'pm. They hum happy birthday and hang up without saying anything. Its not my birthday and I '
                     'dont know who it is.',
        'reporter_name': 'Harper Lindqvist',
        'reporter_email': 'harper.lindq@example.com',
        'reporter_phone': '475-555-0138',
        'confirmed': 'wait the time is wrong, it was 9:21 not 9:12, i just looked at my call log again. rest is fine',
        'callback_wanted': 'email. pls dont call the house my parents will ask 100 questions',
    },
    'expect': expect_filed('harassing_phone_call', {
        'reporter_name': 'Harper Lindqvist',
        'reporter_email': 'harper.lindq@example.com',
        'reporter_phone': '4755550138',
        'occurred_days_ago': 1,
        'occurred_time': '21:21',
    }),
})

FILED.append({
    'id': 's41-hpc-cranbury-road-son-writes-for-mother-fake-medicare-asks-whose-number',
    'channel': 'web',
    'note': 'a son writes for his 88-year-old mother on Cranbury Road: a man calling her landline daily around noon '
            'as "Medicare" who yells and insults her when she refuses; at reporter_phone asks whether we want her '
            'number or his (interjection), then gives his cell; the record is the son\'s; "Today around 12:30" '
            '(days 0, no time)',
    'opening': [
        'Hello. I\'m writing on behalf of my mother, who is 88 and lives alone on Cranbury Road. A man has been '
        'calling her landline every day around lunchtime saying he\'s from "Medicare" and needs her card number. '
        'When she says no he yells at her and calls her names. She\'s not in danger, just upset, and now she\'s '
        'afraid to pick up the phone at all.',
    ],
    'answers': {
        'type_confirmed': 'Yes, harassing phone calls is the right category.',
        'location': 'Her house on Cranbury Road in Westport. That\'s where the landline is.',
        'location_confirmed': 'Correct, that is her address.',
        'suspect_or_weapon': 'We have no idea who he is, he only ever says Medicare. Nothing about weapons, it\'s all '
                             'over the phone.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'Today around 12:30, while she was having her lunch. That was the latest one.',
        'caller_number': 'Her caller ID shows 203-555-0191 most days, once it just said "unknown".',
        'call_pattern': 'Once a day for about two weeks, nearly always between noon and 1. If she hangs up on him he '
                        'calls right back, sometimes twice.',
        'narrative': 'For about two weeks a man has called my 88-year-old mother\'s landline daily around noon, '
                     'claiming to be from Medicare and asking for her card number. When she refuses he yells and '
                     'insults her. The calls usually come from 203-555-0191.',
        'reporter_name': 'I\'m her son, Martin Okafor. Her name is Grace Okafor.',
        'reporter_email': 'm.okafor@example.com',
        'reporter_phone': 'My cell is 203-555-0127.',
        'confirmed': 'Yes, that\'s all accurate. Thank you for taking this seriously.',
        'callback_wanted': 'A phone call to me would be great, any time after 5.',
    },
    'interjections': [
        {'at': 'reporter_phone',
         'text': 'Do you need her number or mine? She is very hard of hearing on the phone, so I\'d much rather you '
                 'call me.'},
    ],
    'expect': expect_filed('harassing_phone_call', {
        'reporter_name': 'Martin Okafor',
        'reporter_email': 'm.okafor@example.com',
        'reporter_phone': '2035550127',
        'occurred_days_ago': 0,
    }),
})

FILED.append({
    'id': 's41-hpc-gorham-avenue-haitian-aide-accent-insults-number-fixed-in-prose',
    'channel': 'web',
    'note': 'non-native writer (Haitian Creole speaker), a home health aide on Gorham Avenue: a woman calls her cell 3-4 '
            'times a day for 5 days mocking her accent; at reporter_name asks why her name is needed because she '
            'does not want the caller to know who complained (interjection); corrects the caller number in prose '
            '(0158 -> 0185); "this morning 7:05" (days 0, 07:05)',
    'opening': [
        'Good afternoon. I work as home health aide and I live on Gorham Avenue. Since 5 days a woman call my cell '
        'phone 3 or 4 times in the day, she make fun of my accent and say bad words about Haiti, then she hang up. '
        'This morning again at 7:05 when I was waiting the bus.',
    ],
    'answers': {
        'type_confirmed': 'Yes please, is the calls that harass me.',
        'location': 'At my home, Gorham Avenue in Westport, I rent the first floor of the house.',
        'location_confirmed': 'Yes it is correct, Gorham Avenue.',
        'suspect_or_weapon': 'I don\'t know this woman, I never hear her voice before. She never say she will hurt '
                             'me, only insults. No weapon.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'The last one was this morning 7:05, at the bus stop.',
        'caller_number': 'It is 203-555-0158, no sorry I read it wrong, it is 203-555-0185. The 8 and the 5 I always '
                         'mix.',
        'call_pattern': 'Every day since 5 days, 3 or 4 times, in the morning and the evening. She talk maybe 20 '
                        'seconds then hang up.',
        'narrative': 'For 5 days a woman I don\'t know calls my cell 3 or 4 times every day from 203-555-0185. She '
                     'mocks my accent and insults Haiti, then hangs up. The last call was this morning at 7:05.',
        'reporter_name': 'Okay. Marie-Carmel Joseph.',
        'reporter_email': 'mcjoseph@example.com',
        'reporter_phone': '203-555-0163',
        'confirmed': 'Yes everything is good. Mèsi, thank you.',
        'callback_wanted': 'You can send the email, and call me if you need, after 6 in the evening.',
    },
    'interjections': [
        {'at': 'reporter_name',
         'text': 'Why you need my name? I don\'t want this woman to know it is me who complain to the police.'},
    ],
    'expect': expect_filed('harassing_phone_call', {
        'reporter_name': 'Marie-Carmel Joseph',
        'reporter_email': 'mcjoseph@example.com',
        'reporter_phone': '2035550163',
        'occurred_days_ago': 0,
        'occurred_time': '07:05',
    }),
})

# ------------------------------------------------------------------ damage_to_motor_vehicle
FILED.append({
    'id': 's41-dmv-greens-farms-elementary-teacher-mirror-plate-fixed-at-summary',
    'channel': 'sms',
    'note': 'teacher at Greens Farms Elementary (17 Morningside Drive South), staff lot: driver\'s mirror smashed '
            '"hanging off by the wires like a dead limb"; dealer quote $480 in the opening (a repair, no total); '
            '"parked at 7:40 this morning ... 12:15" (days 0, no time); at the summary fixes the plate BN 48231 -> '
            'BN 48213',
    'opening': [
        'hi, someone smashed the drivers side mirror on my car in the staff lot at greens farms elementary today. its '
        'hanging off by the wires like a dead limb lol. dealer says $480 to fix',
    ],
    'answers': {
        'type_confirmed': 'yes damage to my car',
        'location': 'greens farms elementary, 17 morningside drive south. the staff lot behind the gym',
        'location_confirmed': 'yup the school lot',
        'suspect_or_weapon': 'no idea who, there were parents and delivery trucks in and out all morning. no weapon '
                             'that i know of',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'i parked at 7:40 this morning and saw it when i went out at 12:15 for lunch duty',
        'vehicle': 'silver 2019 toyota rav4, ct plate BN 48231',
        'damage': 'drivers side mirror smashed, the glass is gone and the housing is cracked, hanging by the wires. '
                  'little scratch on the door under it too',
        'narrative': 'Between 7:40 and 12:15 today someone smashed the driver side mirror of my silver RAV4 in the '
                     'staff lot at Greens Farms Elementary. The housing is cracked and it hangs by the wires. The '
                     'dealer quoted $480.',
        'reporter_name': 'Kelsey Brannigan',
        'reporter_email': 'kbrannigan@example.com',
        'reporter_phone': '203-555-0142',
        'confirmed': 'oh the plate is wrong, its BN 48213. i always flip the last two',
        'callback_wanted': 'text or email is fine, i cant answer during class',
    },
    'expect': expect_filed('damage_to_motor_vehicle', {
        'reporter_name': 'Kelsey Brannigan',
        'reporter_email': 'kbrannigan@example.com',
        'reporter_phone': '2035550142',
        'vehicle_plate': 'CT BN 48213',
        'occurred_days_ago': 0,
    }),
})

FILED.append({
    'id': 's41-dmv-kirock-place-sideswiped-overnight-asks-about-knocking-on-doors',
    'channel': 'web',
    'note': 'a father staying over at his daughter\'s on Kirock Place: his parked Outback sideswiped overnight, red '
            'paint transfer, no note; at suspect_or_weapon asks whether he should knock on doors himself '
            '(interjection), then answers "No weapons involved, it was a car hitting a car"; "Connecticut plate '
            '6PL-209"; range crosses midnight (no days); phone written "(203) 555-0150"',
    'opening': [
        'My car was sideswiped while parked on the street overnight in front of my daughter\'s place on Kirock Place. '
        'The rear quarter panel is caved in and the taillight is shattered. Whoever did it didn\'t leave a note.',
    ],
    'answers': {
        'type_confirmed': 'Yes, damage to my vehicle.',
        'location': 'Kirock Place in Westport, on the street right in front of my daughter\'s house. I was staying '
                    'over.',
        'location_confirmed': 'That\'s right, Kirock Place.',
        'suspect_or_weapon': 'No idea who. There were bits of red plastic on the road that aren\'t mine, so probably a '
                             'red car. No weapons involved, it was a car hitting a car.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'I parked around 9 last night and found it like that at 7:30 this morning.',
        'vehicle': 'Dark blue 2021 Subaru Outback, Connecticut plate 6PL-209.',
        'damage': 'Driver\'s side rear quarter panel pushed in about two inches, a long scrape along the back door, '
                  'and the driver\'s side taillight shattered. Red paint transfer on the scrape.',
        'narrative': 'I parked my blue Outback on Kirock Place around 9 last night. At 7:30 this morning the rear '
                     'quarter panel was caved in and the taillight smashed, with red paint transfer and red plastic '
                     'pieces on the road. No note was left.',
        'reporter_name': 'Douglas Fairweather',
        'reporter_email': 'dfairweather@example.com',
        'reporter_phone': '(203) 555-0150',
        'confirmed': 'All correct as written.',
        'callback_wanted': 'Email is fine for me.',
    },
    'interjections': [
        {'at': 'suspect_or_weapon',
         'text': 'Before I answer that: should I go knock on doors along the street to see if anyone saw it, or is '
                 'that something you folks do?'},
    ],
    'expect': expect_filed('damage_to_motor_vehicle', {
        'reporter_name': 'Douglas Fairweather',
        'reporter_email': 'dfairweather@example.com',
        'reporter_phone': '2035550150',
        'vehicle_plate': 'CT 6PL-209',
    }),
})

FILED.append({
    'id': 's41-dmv-sylvan-road-north-korean-mother-egged-minivan',
    'channel': 'web',
    'note': 'non-native writer (Korean speaker) on Sylvan Road North: minivan egged two nights ago, the egg ate the '
            'clear coat; body shop $900 in the opening (a repair, no total); "Two nights ago, around 11:30 at night" '
            '(days 2, no time); plate "CT AR 61507"',
    'opening': [
        'Hello, I am sorry my English is not perfect. Two nights ago somebody throw many eggs on my minivan in front of '
        'my house on Sylvan Road North. I wash it but the paint has spots now, the egg eat the paint. Body shop say '
        '$900.',
    ],
    'answers': {
        'type_confirmed': 'Yes, it is damage on my car.',
        'location': 'In front of my house, Sylvan Road North, Westport. The car is on the driveway near the street.',
        'location_confirmed': 'Yes this is right address.',
        'suspect_or_weapon': 'I don\'t know who. Maybe teenagers, I hear laughing and a car door but I did not see '
                             'anybody. No weapon.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'Two nights ago, around 11:30 at night. I hear the laughing then, and in the morning I see the '
                       'eggs.',
        'vehicle': 'Honda Odyssey 2020, white color. Plate is CT AR 61507.',
        'damage': 'Egg on the hood, the roof and both side doors. After washing there are dull spots on the paint, '
                  'body shop says the clear coat is damaged and they must polish or paint again.',
        'narrative': 'Two nights ago around 11:30 pm somebody threw many eggs on my white Honda Odyssey parked in my '
                     'driveway on Sylvan Road North. I washed it but the paint has damaged spots on the hood, roof and '
                     'doors. Body shop estimate is $900.',
        'reporter_name': 'Ji-woo Han',
        'reporter_email': 'jiwoo.han@example.com',
        'reporter_phone': '203-555-0171',
        'confirmed': 'Yes, all correct. Thank you for help.',
        'callback_wanted': 'Email please, is easier for me to read than phone.',
    },
    'expect': expect_filed('damage_to_motor_vehicle', {
        'reporter_name': 'Ji-woo Han',
        'reporter_email': 'jiwoo.han@example.com',
        'reporter_phone': '2035550171',
        'vehicle_plate': 'CT AR 61507',
        'occurred_days_ago': 2,
    }),
})

# ------------------------------------------------------------------ identity_theft
FILED.append({
    'id': 's41-idt-old-orchard-road-two-cards-one-removed-at-summary',
    'channel': 'web',
    'note': 'Old Orchard Road: fraud alerts this morning for a Discover card ($2,486) and a Citi card ($733) opened '
            'with his SSN (amounts in the opening); at the summary takes the Citi card out, an old card of his that '
            'his son used (total 2486); "this morning at 6:45" (days 0, 06:45)',
    'opening': [
        'I got fraud alerts this morning for two credit cards I never opened: a Discover card with $2,486 in charges '
        'and a Citi card with $733. Both were opened with my Social Security number and mailed to an address in '
        'Georgia. I live on Old Orchard Road.',
    ],
    'answers': {
        'type_confirmed': 'Yes, identity theft.',
        'location': 'My home on Old Orchard Road in Westport.',
        'location_confirmed': 'Yes, that\'s my address on Old Orchard.',
        'suspect_or_weapon': 'I have no idea who did it. No weapons, this is all paperwork and computers.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'The alerts came this morning at 6:45, my credit monitoring app sent both at once.',
        'accounts': 'Discover card, $2,486 charged, mostly electronics and gift card sites. Citi card, $733 at a hotel '
                    'and an airline. Both opened about three weeks ago and I never received either card.',
        'narrative': 'This morning my credit monitoring service alerted me to two credit cards opened in my name with '
                     'my Social Security number and mailed to an address in Georgia: a Discover card with $2,486 in '
                     'charges and a Citi card with $733. I did not open either account.',
        'reporter_name': 'Nathaniel Corrigan',
        'reporter_email': 'ncorrigan@example.com',
        'reporter_phone': '203-555-0114',
        'confirmed': 'One change: I just got off the phone with Citi and that card is actually an old one of mine that '
                     'my son used for his flights home, so please take the Citi one out. The Discover card is still '
                     'fraud.',
        'callback_wanted': 'E-mail, please.',
    },
    'expect': expect_filed('identity_theft', {
        'reporter_name': 'Nathaniel Corrigan',
        'reporter_email': 'ncorrigan@example.com',
        'reporter_phone': '2035550114',
        'total_value': 2486,
        'occurred_days_ago': 0,
        'occurred_time': '06:45',
    }),
})

FILED.append({
    'id': 's41-idt-caccamo-lane-eversource-account-in-bridgeport-asks-which-date',
    'channel': 'sms',
    'note': 'young man on Caccamo Lane: a collections letter for an Eversource account at a Bridgeport address, '
            '$612 past due (amount in the opening; total 612); the opening gives no time, at occurred_at he asks '
            'whether to give when it was opened or when he found out (interjection); "yesterday ... like 4:30" '
            '(days 1, no time); phone "475 555 0176"',
    'opening': [
        'yo so i got a collections letter for an eversource electric account in bridgeport that i never opened, $612 '
        'owed. never lived in bridgeport in my life lol. someone used my info',
    ],
    'answers': {
        'type_confirmed': 'ya identity theft',
        'location': 'i live on caccamo lane in westport with my roommate',
        'location_confirmed': 'yes caccamo ln',
        'suspect_or_weapon': 'no clue who did it, and no weapons obviously',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'i found out yesterday when the letter came, like 4:30 when i got home from work',
        'accounts': 'eversource electric account at a bridgeport address, $612 past due. thats the only one i know '
                    'of so far',
        'narrative': 'Yesterday I got a collections letter for an Eversource electric account at a Bridgeport address '
                     'that was opened in my name about four months ago. $612 is past due. I never lived there and '
                     'never opened it.',
        'reporter_name': 'Tyrese Malloy',
        'reporter_email': 'tmalloy22@example.com',
        'reporter_phone': '475 555 0176',
        'confirmed': 'yep looks right to me',
        'callback_wanted': 'text me pls',
    },
    'interjections': [
        {'at': 'occurred_at',
         'text': 'do i put when they opened it or when i found out? the letter says the account started like 4 months '
                 'ago'},
    ],
    '_no_time': True,
    'expect': expect_filed('identity_theft', {
        'reporter_name': 'Tyrese Malloy',
        'reporter_email': 'tmalloy22@example.com',
        'reporter_phone': '4755550176',
        'total_value': 612,
        'occurred_days_ago': 1,
    }),
})

FILED.append({
    'id': 's41-idt-hitchcock-road-medical-identity-mri-amount-fixed-in-prose',
    'channel': 'web',
    'note': 'Hindi-speaking engineer on Hitchcock Road, formal Indian English: an insurance statement for a shoulder '
            'MRI in Stamford he never had; "I nearly had a heart attack when I saw the amount"; corrects $1,490 to '
            '$1,940 in prose in the accounts answer (total 1940); "three days ago" (days 3)',
    'opening': [
        'Good afternoon. I received an Explanation of Benefits from my health insurance for an MRI done at a clinic '
        'in Stamford which I never had. I nearly had a heart attack when I saw the amount billed. I think somebody is '
        'using my insurance ID.',
    ],
    'answers': {
        'type_confirmed': 'Yes, it is identity theft, somebody has used my medical insurance.',
        'location': 'I reside on Hitchcock Road, Westport, with my wife and daughter.',
        'location_confirmed': 'Yes, correct address, Hitchcock Road.',
        'suspect_or_weapon': 'I do not know of any suspect. No weapon of any kind.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'The letter came three days ago. I opened it that same evening.',
        'accounts': 'My health insurance member account was billed for an MRI of the shoulder, $1,490. Correction, I '
                    'looked again with my reading glasses, the billed amount is $1,940.',
        'narrative': 'Three days ago I received an Explanation of Benefits for a shoulder MRI at a clinic in Stamford, '
                     'billed $1,940 to my health insurance. I have never been to that clinic. Somebody is using my '
                     'insurance member ID.',
        'reporter_name': 'Rajesh Venkataraman',
        'reporter_email': 'rvenkat@example.com',
        'reporter_phone': '203-555-0122',
        'confirmed': 'Yes, this is correct and complete.',
        'callback_wanted': 'Email is preferred. If phone, kindly after 10 in the morning.',
    },
    '_no_place': True,
    '_no_time': True,
    'expect': expect_filed('identity_theft', {
        'reporter_name': 'Rajesh Venkataraman',
        'reporter_email': 'rvenkat@example.com',
        'reporter_phone': '2035550122',
        'total_value': 1940,
        'occurred_days_ago': 3,
    }),
})

# ------------------------------------------------------------------ lost_property
FILED.append({
    'id': 's41-lost-saugatuck-station-to-bedford-drive-college-kid-wallet',
    'channel': 'sms',
    'note': 'college student home on break: wallet lost walking from Saugatuck station to Bedford Drive with '
            'license, college ID and $60 (amount in the opening; total 60); "my dad is gonna have a cow"; "last '
            'night between like 10:40 ... and 11:15" (days 1, no time)',
    'opening': [
        'lost my wallet last night somewhere between the saugatuck train station and my house on bedford drive. had my '
        'license, my college id and like $60. my dad is gonna have a cow',
    ],
    'answers': {
        'type_confirmed': 'yes lost property',
        'location': 'somewhere between saugatuck station and bedford drive, i walked home from the train. westport',
        'location_confirmed': 'yea thats the route',
        'suspect_or_weapon': 'no i think it just fell out of my pocket, nobody took it. no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'last night between like 10:40 when the train got in and 11:15 when i got home',
        'items': 'black leather wallet, CT drivers license, UConn student ID, a debit card (already froze it) and $60 '
                 'cash',
        'narrative': 'Last night between about 10:40 and 11:15 I walked home from Saugatuck station to Bedford Drive '
                     'and lost my black wallet on the way, with my license, student ID, a debit card and $60 cash.',
        'reporter_name': 'Owen Castellano',
        'reporter_email': 'owen.castellano@example.com',
        'reporter_phone': '203-555-0105',
        'confirmed': 'looks good',
        'callback_wanted': 'email is good, im going back to campus in a few days',
    },
    'expect': expect_filed('lost_property', {
        'reporter_name': 'Owen Castellano',
        'reporter_email': 'owen.castellano@example.com',
        'reporter_phone': '2035550105',
        'total_value': 60,
        'occurred_days_ago': 1,
    }),
})

FILED.append({
    'id': 's41-lost-grays-farm-road-widower-locket-asks-about-town-hall',
    'channel': 'web',
    'note': 'elderly widower, formal: his late wife\'s gold locket lost on his afternoon walk along Grays Farm Road, '
            'no amount ("no real monetary value"); asks inside the items answer whether people turn such things in '
            'and whether to ask at Town Hall; "Yesterday afternoon, sometime between 3 and 4" (days 1); phone "The '
            'house telephone is 203-555-0131."',
    'opening': [
        'I lost a gold locket on a chain yesterday afternoon while walking along Grays Farm Road. It belonged to my '
        'late wife and has her photograph inside. It has no real monetary value to speak of, but it means the world '
        'to me.',
    ],
    'answers': {
        'type_confirmed': 'Yes, lost property, please.',
        'location': 'Grays Farm Road in Westport. I walk from my house to the end of the road and back every '
                    'afternoon.',
        'location_confirmed': 'Yes, Grays Farm Road is correct.',
        'suspect_or_weapon': 'No one took it, I believe the clasp gave way. No weapons, certainly not.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'Yesterday afternoon, sometime between 3 and 4 o\'clock.',
        'items': 'A small oval gold locket on a thin gold chain, engraved "E & W" on the back, with a photograph of my '
                 'wife inside. Do people ever turn such things in to the police station? Should I also ask at Town '
                 'Hall?',
        'narrative': 'Yesterday afternoon between 3 and 4 I lost my late wife\'s small oval gold locket, engraved E & '
                     'W, on my walk along Grays Farm Road. I believe the clasp failed. It holds her photograph.',
        'reporter_name': 'Walter Ebbesen',
        'reporter_email': 'walt.ebbesen@example.com',
        'reporter_phone': 'The house telephone is 203-555-0131.',
        'confirmed': 'Everything appears to be in order. Thank you kindly.',
        'callback_wanted': 'A telephone call would be best. I don\'t check the e-mail often.',
    },
    'expect': expect_filed('lost_property', {
        'reporter_name': 'Walter Ebbesen',
        'reporter_email': 'walt.ebbesen@example.com',
        'reporter_phone': '2035550131',
        'occurred_days_ago': 1,
    }),
})

FILED.append({
    'id': 's41-lost-saugatuck-elementary-colombian-nanny-keys-and-ipad',
    'channel': 'web',
    'note': 'non-native writer (Spanish speaker), a nanny for a family on Whitney Glen Drive: the family\'s house keys '
            'and the children\'s $449 iPad lost on the field at Saugatuck Elementary after drop-off (amount in the '
            'opening; total 449); "The mother ... say she will kill me, but she is joking"; "This morning, between '
            '8:30 and 9:15" (days 0, no time)',
    'opening': [
        'Hello, I am the nanny of a family on Whitney Glen Drive. Today I lost the house keys of the family and the '
        'iPad of the children (it cost $449) at the field of Saugatuck Elementary, after the school drop off. I look '
        'everywhere, nothing. The mother is very angry with me, she say she will kill me, but she is joking.',
    ],
    'answers': {
        'type_confirmed': 'Yes, is lost things.',
        'location': 'The field of Saugatuck Elementary, on Riverside Avenue, in Westport. Near the benches.',
        'location_confirmed': 'Yes, this school, the field.',
        'suspect_or_weapon': 'No, nobody steal, I think it fall from the stroller bag. No weapons.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'This morning, between 8:30 and 9:15 more or less, after the drop off of the older boy.',
        'items': 'A ring with 4 keys of the house and a small blue dolphin keychain, and the iPad of the children in '
                 'a green rubber case, it cost $449.',
        'narrative': 'This morning between 8:30 and 9:15 I lost the family house keys (4 keys, blue dolphin keychain) '
                     'and the children\'s iPad in a green case at the field of Saugatuck Elementary. I think they fell '
                     'from the stroller bag.',
        'reporter_name': 'Luz Marina Ocampo',
        'reporter_email': 'luzmarina.ocampo@example.com',
        'reporter_phone': 'My phone is 475-555-0133, WhatsApp also.',
        'confirmed': 'Yes, is all correct, thank you so much.',
        'callback_wanted': 'Please send email, and also to call me is ok.',
    },
    'expect': expect_filed('lost_property', {
        'reporter_name': 'Luz Marina Ocampo',
        'reporter_email': 'luzmarina.ocampo@example.com',
        'reporter_phone': '4755550133',
        'total_value': 449,
        'occurred_days_ago': 0,
    }),
})

FILED.append({
    'id': 's41-lost-longshore-runner-watch-model-and-amount-fixed-at-summary',
    'channel': 'sms',
    'note': 'runner: an "apple watch ultra ... $799" lost on a run along Compo Road South by Longshore (amount in the '
            'opening); at the summary her husband says it is a Series 9, "$399 not $799" (total 399); "started '
            'running at 6:20 ... gone at 7:05" (days 0, no time)',
    'opening': [
        'lost my apple watch ultra on my run this morning, probably somewhere around longshore. it was $799 and im '
        'kinda sick about it',
    ],
    'answers': {
        'type_confirmed': 'yes lost',
        'location': 'on compo rd south, the stretch along longshore, or on the path inside longshore by the golf '
                    'course. westport',
        'location_confirmed': 'yeah thats the area',
        'suspect_or_weapon': 'no i think the band just popped off. no weapons lol',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'started running at 6:20 this morning, noticed it was gone at 7:05 when i got home',
        'items': 'apple watch ultra, orange band, titanium case, $799',
        'narrative': 'This morning between 6:20 and 7:05 I lost my Apple Watch with an orange band while running '
                     'along Compo Road South and the path in Longshore by the golf course.',
        'reporter_name': 'Sienna Whitcombe',
        'reporter_email': 'sienna.w@example.com',
        'reporter_phone': '203-555-0188',
        'confirmed': 'wait its not the ultra, its a series 9, my husband just told me. so $399 not $799. sorry!!',
        'callback_wanted': 'text pls',
    },
    'expect': expect_filed('lost_property', {
        'reporter_name': 'Sienna Whitcombe',
        'reporter_email': 'sienna.w@example.com',
        'reporter_phone': '2035550188',
        'total_value': 399,
        'occurred_days_ago': 0,
    }),
})

# ------------------------------------------------------------------ theft
FILED.append({
    'id': 's41-theft-bolton-lane-inflatable-santa-and-reindeer',
    'channel': 'web',
    'note': 'Bolton Lane: an 8-foot inflatable Santa ($189) and a light-up reindeer ($95) taken off the front lawn '
            'overnight (amounts in the opening; total 284); the 6-year-old wants to set a trap and "capture the '
            'grinch"; "around 11 last night ... 6:30 this morning" crosses midnight (no days)',
    'opening': [
        'Someone stole our 8-foot inflatable Santa ($189) and a light-up reindeer ($95) right off our front lawn on '
        'Bolton Lane overnight. The stakes were pulled out and the cords unplugged. My 6-year-old is now planning to '
        'set a trap and "capture the grinch".',
    ],
    'answers': {
        'type_confirmed': 'Yes, it\'s a theft.',
        'location': 'The front lawn of our house on Bolton Lane, Westport.',
        'location_confirmed': 'Yes, that\'s us on Bolton.',
        'suspect_or_weapon': 'No idea who. Our doorbell camera doesn\'t reach that part of the lawn, unfortunately. No '
                             'weapons.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'They were up and lit when we went to bed around 11 last night and gone at 6:30 this morning '
                       'when I let the dog out.',
        'items': 'One 8-foot inflatable Santa holding a sack, $189, and a light-up wire reindeer about 4 feet tall, '
                 '$95. They left the extension cord behind.',
        'narrative': 'Overnight someone pulled the stakes and took an 8-foot inflatable Santa ($189) and a light-up '
                     'reindeer ($95) from our front lawn on Bolton Lane. They were there at 11 pm and gone at 6:30 '
                     'am.',
        'reporter_name': 'Allison Dreyfuss',
        'reporter_email': 'allison.dreyfuss@example.com',
        'reporter_phone': '203-555-0156',
        'confirmed': 'Looks right to me.',
        'callback_wanted': 'Email is perfect.',
    },
    'expect': expect_filed('theft', {
        'reporter_name': 'Allison Dreyfuss',
        'reporter_email': 'allison.dreyfuss@example.com',
        'reporter_phone': '2035550156',
        'total_value': 284,
    }),
})

FILED.append({
    'id': 's41-theft-warnock-drive-snowblower-from-open-garage-asks-about-marketplace',
    'channel': 'sms',
    'note': 'Warnock Drive: a $1,150 Toro snowblower taken from the open garage while he raked out back (amount in the '
            'opening; total 1150); at confirmed asks whether he should search Facebook Marketplace himself '
            '(interjection); "this morning between 9 and 11" (days 0, no time)',
    'opening': [
        'someone walked into my open garage on warnock dr this morning and took my toro snowblower while i was raking '
        'out back. it was $1,150 and theres snow in the forecast ugh',
    ],
    'answers': {
        'type_confirmed': 'yes theft',
        'location': 'my garage, warnock drive, westport',
        'location_confirmed': 'correct thats the house',
        'suspect_or_weapon': 'didnt see anyone. heard a truck maybe but didnt think anything of it. no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'this morning between 9 and 11, the garage door was open the whole time',
        'items': 'toro power max snowblower, red, 24 inch, $1,150, bought it last winter',
        'narrative': 'This morning between 9 and 11 someone took my red 24 inch Toro snowblower ($1,150) out of my '
                     'open garage on Warnock Drive while I was raking in the backyard.',
        'reporter_name': 'Gregory Pappalardo',
        'reporter_email': 'gpappalardo@example.com',
        'reporter_phone': '203-555-0192',
        'confirmed': 'yes all good',
        'callback_wanted': 'a call is fine',
    },
    'interjections': [
        {'at': 'confirmed',
         'text': 'before i say ok, is it worth me checking facebook marketplace or would that mess things up for you '
                 'guys?'},
    ],
    'expect': expect_filed('theft', {
        'reporter_name': 'Gregory Pappalardo',
        'reporter_email': 'gpappalardo@example.com',
        'reporter_phone': '2035550192',
        'total_value': 1150,
        'occurred_days_ago': 0,
    }),
})

FILED.append({
    'id': 's41-theft-post-road-west-ukrainian-wallet-from-cart-time-fixed-in-prose',
    'channel': 'web',
    'note': 'non-native writer (Ukrainian speaker): wallet taken from her bag in a shopping cart at a grocery store on '
            'Post Road West, $85 and her green card inside (amount in the opening; total 85); corrects "4 o\'clock" '
            'to 3:27 from her receipt in prose (days 1, 15:27)',
    'opening': [
        'Hello. Yesterday someone stole my wallet from my bag in grocery store on Post Road West. The bag was in the '
        'cart and I turned to choose apples, when I come to the register the wallet is gone. Inside was $85 and my '
        'green card.',
    ],
    'answers': {
        'type_confirmed': 'Yes, theft, somebody steal it from me.',
        'location': 'The grocery store on Post Road West in Westport, in the fruit section.',
        'location_confirmed': 'Yes, this store.',
        'suspect_or_weapon': 'I did not see anyone. Many people around me. No weapon.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'At 4 o\'clock yesterday afternoon. No sorry, I check the receipt now, it was 3:27 when I come '
                       'to the register and see the wallet is gone.',
        'items': 'Brown leather wallet with $85 cash, my Visa debit card (I blocked it already), my green card and my '
                 'Connecticut driver license.',
        'narrative': 'Yesterday at about 3:27 pm in the grocery store on Post Road West someone took my brown wallet '
                     'from my bag in the cart while I chose apples. Inside were $85, my debit card, my green card and '
                     'my license.',
        'reporter_name': 'Oksana Hrytsenko',
        'reporter_email': 'oksana.hr@example.com',
        'reporter_phone': '475-555-0148',
        'confirmed': 'Everything is correct, thank you.',
        'callback_wanted': 'Email please, and phone if is something urgent.',
    },
    'expect': expect_filed('theft', {
        'reporter_name': 'Oksana Hrytsenko',
        'reporter_email': 'oksana.hr@example.com',
        'reporter_phone': '4755550148',
        'total_value': 85,
        'occurred_days_ago': 1,
        'occurred_time': '15:27',
    }),
})

# ------------------------------------------------------------------ vandalism
FILED.append({
    'id': 's41-vand-hunt-club-lane-mailbox-murdered-time-fixed-in-prose',
    'channel': 'web',
    'note': 'Hunt Club Lane: "Somebody absolutely murdered our mailbox last night", mailbox baseball from a car; '
            'corrects "a little after 1" to "closer to 2" in prose, both this morning (days 0, no time); the $120 '
            'replacement kit is not a total',
    'opening': [
        'Somebody absolutely murdered our mailbox last night. Post cracked in half, box crushed flat, mail all over '
        'Hunt Club Lane. Pretty sure it was kids playing mailbox baseball out of a car window.',
    ],
    'answers': {
        'type_confirmed': 'Yes, vandalism.',
        'location': 'End of our driveway on Hunt Club Lane in Westport.',
        'location_confirmed': 'Yes, correct, Hunt Club.',
        'suspect_or_weapon': 'Didn\'t see who. No weapons and nobody was confronted, we just heard a bang and a car '
                             'speeding off.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'A little after 1 this morning. Actually my wife says it was closer to 2, she\'s the one who '
                       'heard it first.',
        'damage': 'Wooden mailbox post split in half, the black metal mailbox crushed and its door torn off. A '
                  'replacement kit is about $120.',
        'narrative': 'Early this morning, around 2 am, someone smashed our mailbox at the end of the driveway on Hunt '
                     'Club Lane from a passing car. The post is split and the box crushed. We heard a bang and a car '
                     'speeding away.',
        'reporter_name': 'Colin Hargreave',
        'reporter_email': 'colin.hargreave@example.com',
        'reporter_phone': '203-555-0186',
        'confirmed': 'All good, thanks.',
        'callback_wanted': 'Email works.',
    },
    'expect': expect_filed('vandalism', {
        'reporter_name': 'Colin Hargreave',
        'reporter_email': 'colin.hargreave@example.com',
        'reporter_phone': '2035550186',
        'occurred_days_ago': 0,
    }),
})

FILED.append({
    'id': 's41-vand-post-road-west-bike-shop-graffiti-asks-to-paint-over',
    'channel': 'sms',
    'note': 'bike shop owner on Post Road West "the norwalk line is right down the road but were on the westport side": '
            'the back wall tagged overnight; at confirmed asks whether he can paint over it today (interjection); '
            '"locked up at 6:30 last night, saw it at 8 this morning" (no days)',
    'opening': [
        'someone tagged the whole back wall of my bike shop on post road west with spray paint overnight. big silver '
        'and black letters, like 12 ft wide',
    ],
    'answers': {
        'type_confirmed': 'yep vandalism',
        'location': 'post road west, westport. the norwalk line is right down the road but were on the westport side. '
                    'back wall facing the lot',
        'location_confirmed': 'yes sir thats the shop',
        'suspect_or_weapon': 'no idea, nobody around when i opened up. no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'locked up at 6:30 last night, saw it at 8 this morning',
        'damage': 'spray painted tag across the back wall, white painted cinder block. they also tagged the door of '
                  'the dumpster enclosure',
        'narrative': 'Between 6:30 last night and 8 this morning someone spray painted a 12 foot silver and black tag '
                     'on the back wall of my bike shop on Post Road West and on the dumpster enclosure door.',
        'reporter_name': 'Darnell Whitaker',
        'reporter_email': 'd.whitaker.bikes@example.com',
        'reporter_phone': '203-555-0117',
        'confirmed': 'yeah thats right',
        'callback_wanted': 'whatever works, text is best',
    },
    'interjections': [
        {'at': 'confirmed',
         'text': 'can i paint over it today or do u guys need to see it first? customers are looking at it all day'},
    ],
    'expect': expect_filed('vandalism', {
        'reporter_name': 'Darnell Whitaker',
        'reporter_email': 'd.whitaker.bikes@example.com',
        'reporter_phone': '2035550117',
    }),
})

FILED.append({
    'id': 's41-vand-mimi-lane-quebecoise-little-free-library-away-on-trip',
    'channel': 'web',
    'note': 'non-native writer (French speaker from Quebec) on Mimi Lane: the little free library her late husband '
            'built smashed while she was away; the opening gives no time, at occurred_at asks how she can know the '
            'moment (interjection); "I left three days ago in the morning and I came back yesterday at 5" spans '
            'days (no days)',
    'opening': [
        'Bonjour. The little free library box in front of my house on Mimi Lane was smashed, the door is broken and '
        'the books are thrown in the wet grass. I found it like this when I came back from a trip.',
    ],
    'answers': {
        'type_confirmed': 'Yes, it is vandalism, I suppose.',
        'location': 'In front of my house on Mimi Lane, Westport, at the edge of the lawn by the road.',
        'location_confirmed': 'Oui, that is right.',
        'suspect_or_weapon': 'I have no idea who did this. No weapon, just someone who does not like books, '
                             'apparently.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'I left three days ago in the morning and I came back yesterday at 5 in the evening, it was '
                       'broken already.',
        'damage': 'The plexiglass door is cracked in two, the little roof is pulled off, and maybe 30 books are '
                  'soaked. My late husband built this box, so it makes me sad.',
        'narrative': 'While I was away, between three days ago in the morning and yesterday at 5 pm, someone smashed '
                     'the little free library in front of my house on Mimi Lane. The door is cracked, the roof pulled '
                     'off and about 30 books are ruined.',
        'reporter_name': 'Geneviève Tremblay',
        'reporter_email': 'gen.tremblay@example.com',
        'reporter_phone': '203-555-0124',
        'confirmed': 'It is correct, merci.',
        'callback_wanted': 'By email, please.',
    },
    'interjections': [
        {'at': 'occurred_at',
         'text': 'How can I know the exact moment? I was away in Montréal, I cannot say the hour. What should I '
                 'write?'},
    ],
    '_no_time': True,
    'expect': expect_filed('vandalism', {
        'reporter_name': 'Geneviève Tremblay',
        'reporter_email': 'gen.tremblay@example.com',
        'reporter_phone': '2035550124',
    }),
})

FILED.append({
    'id': 's41-vand-harvest-commons-condo-lanterns-surname-capital-fixed-at-summary',
    'channel': 'web',
    'note': 'condo association manager at Harvest Commons: four glass lanterns on the entrance pillars smashed and two '
            'planters kicked over; the electrician\'s $1,600 is a repair (no total); "around 11:30 last night ... 7 '
            'this morning" crosses midnight (no days); at the summary fixes the capital A in McAllister',
    'opening': [
        'I manage the condo association at Harvest Commons. Overnight someone smashed four of the glass lanterns on '
        'the stone pillars at our entrance and kicked over two of the big planters.',
    ],
    'answers': {
        'type_confirmed': 'Yes, vandalism to association property.',
        'location': 'The main entrance of Harvest Commons in Westport, the pillars on either side of the drive.',
        'location_confirmed': 'Yes, that\'s the spot.',
        'suspect_or_weapon': 'No idea. Our cameras only cover the mailroom, not the entrance. No weapons involved.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'A resident drove in around 11:30 last night and the lanterns were fine. The landscaper noticed '
                       'the damage at 7 this morning.',
        'damage': 'Four glass lantern tops smashed with glass everywhere, two of the fixtures bent, and two large clay '
                  'planters knocked over and cracked. The electrician quoted about $1,600 for the lanterns.',
        'narrative': 'Between about 11:30 last night and 7 this morning someone smashed four glass lanterns on the '
                     'entrance pillars of Harvest Commons and knocked over and cracked two large planters.',
        'reporter_name': 'Fiona Mcallister',
        'reporter_email': 'fmcallister.hoa@example.com',
        'reporter_phone': '203-555-0137',
        'confirmed': 'One small thing: it should read Fiona McAllister, capital A, you have Mcallister. Otherwise it\'s '
                     'all correct.',
        'callback_wanted': 'Email please, I\'ll forward it to the board.',
    },
    'expect': expect_filed('vandalism', {
        'reporter_name': 'Fiona McAllister',
        'reporter_email': 'fmcallister.hoa@example.com',
        'reporter_phone': '2035550137',
    }),
})

# ------------------------------------------------------------------ vehicle_burglary
FILED.append({
    'id': 's41-vburg-catamount-road-unlocked-explorer-hockey-bag-and-oakleys',
    'channel': 'sms',
    'note': 'Catamount Road, unlocked car in the driveway: a son\'s hockey bag ($340 of gear) and Oakleys ($210) '
            'taken (amounts in the opening; total 550); no damage; "ct plate 3KD-774"; "parked at 8 last night ... '
            '6:50 this morning" crosses midnight (no days)',
    'opening': [
        'someone went thru my car last night on catamount rd and took my sons hockey bag (like $340 of gear in it) and '
        'my oakleys ($210). car was unlocked, my bad',
    ],
    'answers': {
        'type_confirmed': 'ya car break in i guess, even tho it was unlocked',
        'location': 'in my driveway on catamount road westport',
        'location_confirmed': 'yep catamount',
        'suspect_or_weapon': 'didnt see anybody. no weapon. neighbor said someone was checking car doors up the '
                             'street too',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'parked at 8 last night, noticed at 6:50 this morning when we were leaving for practice',
        'vehicle': 'gray 2017 ford explorer, ct plate 3KD-774',
        'items': 'black hockey bag with skates, helmet, gloves and pads, about $340 total, and oakley sunglasses $210. '
                 'they left the sticks',
        'damage': 'no damage, it was unlocked. glovebox and console dumped out on the seats',
        'narrative': 'Between 8 last night and 6:50 this morning someone went through my unlocked Explorer in my '
                     'driveway on Catamount Road and took my son\'s hockey bag with about $340 of gear and my $210 '
                     'Oakley sunglasses.',
        'reporter_name': 'Brendan Kowalczyk',
        'reporter_email': 'bkowalczyk@example.com',
        'reporter_phone': '203-555-0145',
        'confirmed': 'yes thats all right',
        'callback_wanted': 'text me if u need anything',
    },
    'expect': expect_filed('vehicle_burglary', {
        'reporter_name': 'Brendan Kowalczyk',
        'reporter_email': 'bkowalczyk@example.com',
        'reporter_phone': '2035550145',
        'vehicle_plate': 'CT 3KD-774',
        'total_value': 550,
    }),
})

FILED.append({
    'id': 's41-vburg-davenport-avenue-camera-bag-house-number-fixed-asks-about-glass',
    'channel': 'web',
    'note': 'Davenport Avenue driveway: rear hatch window smashed and a camera bag taken, Canon R8 body $1,499 and lens '
            '$399 (total 1898); corrects the house number 14 -> 41 in prose in the location answer; asks inside the '
            'damage answer whether she may vacuum the glass and get it fixed today; "fine at 10 last night ... 7:20 '
            'this morning" (no days)',
    'opening': [
        'Someone smashed the rear window of my car in my driveway and stole a camera bag off the back seat. This '
        'happened overnight on Davenport Avenue.',
    ],
    'answers': {
        'type_confirmed': 'Yes, a car break-in.',
        'location': 'In my driveway at 14 Davenport Avenue. Sorry, it\'s 41, I always flip it. Westport.',
        'location_confirmed': 'Yes, 41 Davenport Avenue.',
        'suspect_or_weapon': 'No idea who. I didn\'t hear a thing. No weapons that I know of.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'The car was fine at 10 last night when I took the dog out. Found the window smashed at 7:20 '
                       'this morning.',
        'vehicle': 'Black 2022 Mazda CX-5, CT plate 8FJ-317.',
        'items': 'A gray camera bag with a Canon EOS R8 body ($1,499) and a 24-105mm lens ($399).',
        'damage': 'The rear hatch window is completely shattered, glass all over the cargo area. Can I vacuum it out '
                  'and get it fixed today, or do you need photos of it first?',
        'narrative': 'Between 10 last night and 7:20 this morning someone smashed the rear hatch window of my black '
                     'CX-5 in my driveway at 41 Davenport Avenue and took a gray camera bag with a Canon R8 and a '
                     '24-105mm lens.',
        'reporter_name': 'Imogen Fielding',
        'reporter_email': 'imogen.fielding@example.com',
        'reporter_phone': '203-555-0164',
        'confirmed': 'Yes, that\'s correct.',
        'callback_wanted': 'A phone call is best, I\'m home all day.',
    },
    'expect': expect_filed('vehicle_burglary', {
        'reporter_name': 'Imogen Fielding',
        'reporter_email': 'imogen.fielding@example.com',
        'reporter_phone': '2035550164',
        'vehicle_plate': 'CT 8FJ-317',
        'total_value': 1898,
    }),
})

FILED.append({
    'id': 's41-vburg-riverview-road-chinese-student-handbag-day-fixed-at-summary',
    'channel': 'web',
    'note': 'non-native writer (Mandarin speaker), a graduate student visiting a friend on Riverview Road: door lock '
            'punched and a $145 Longchamp bag with $200 cash and her passport taken (total 345); "plate is New York '
            'KTR-4471"; "Last night ... 8 ... 10:30", fixed at the summary to the night before (days 2, no time)',
    'opening': [
        'Hello, somebody broke the lock of my car door and took my handbag from inside. My car was parked on Riverview '
        'Road near my friend\'s house. I am very worry because my passport was in the bag.',
    ],
    'answers': {
        'type_confirmed': 'Yes, somebody break into my car.',
        'location': 'Riverview Road in Westport, on the street in front of my friend house.',
        'location_confirmed': 'Yes, Riverview Road.',
        'suspect_or_weapon': 'I do not see anyone. No weapon.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'Last night. I park at 8 in the evening, and at 10:30 I come out and see the door is open a '
                       'little and the lock is broken.',
        'vehicle': 'Blue Nissan Sentra 2018, plate is New York KTR-4471, because I study in New York before.',
        'items': 'Black Longchamp handbag ($145) with my wallet, $200 cash, my Chinese passport and my student ID.',
        'damage': 'The lock on the driver door is broken, look like someone push a screwdriver in it. The key cannot '
                  'turn now.',
        'narrative': 'I parked my blue Sentra on Riverview Road at 8 pm and at 10:30 pm found the driver door lock '
                     'broken and the door open. My black Longchamp handbag with my wallet, $200 cash, passport and '
                     'student ID was gone.',
        'reporter_name': 'Xinyi Zhao',
        'reporter_email': 'xinyi.zhao@example.com',
        'reporter_phone': '475-555-0112',
        'confirmed': 'Sorry, one mistake: it was not last night, it was the night before, two days ago. In English I '
                     'mix these words. Everything else is right.',
        'callback_wanted': 'Email please.',
    },
    'expect': expect_filed('vehicle_burglary', {
        'reporter_name': 'Xinyi Zhao',
        'reporter_email': 'xinyi.zhao@example.com',
        'reporter_phone': '4755550112',
        'vehicle_plate': 'NY KTR-4471',
        'total_value': 345,
        'occurred_days_ago': 2,
    }),
})

# ------------------------------------------------------------------ vehicle_tampering
FILED.append({
    'id': 's41-vtamp-woodside-avenue-opens-without-describing-trunk-pried',
    'channel': 'web',
    'note': 'opens without describing anything ("my insurance agent told me to get one on file"); '
            '`answers.incident_type` holds the description: pry marks on the trunk lid, nobody got in, nothing '
            'missing; place trap "woodside avenue, the westport one, 06880 not the norwalk woodside ave"; "around 7 '
            'last night ... 8:30 this morning" (no days)',
    'opening': [
        'hi is this where i can make a report? my insurance agent told me to get one on file',
    ],
    'answers': {
        'incident_type': 'someone tried to pry open the trunk of my car last night, theres dents and scrapes all along '
                         'the edge of the trunk lid but they didnt get in and nothing is missing',
        'type_confirmed': 'yeah tampering i guess, since they never got in',
        'location': 'woodside avenue, the westport one, 06880 not the norwalk woodside ave. car was on the street in '
                    'front of my apartment',
        'location_confirmed': 'yes westport',
        'suspect_or_weapon': 'no idea who, never saw anyone. no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'parked it around 7 last night, saw the marks at 8:30 this morning',
        'vehicle': 'white 2015 honda civic, ct plate 5MR-062',
        'damage': 'pry marks and small dents along the top edge of the trunk lid and around the lock, paint chipped in '
                  '3 spots. trunk still opens and closes ok',
        'narrative': 'Between 7 last night and 8:30 this morning someone tried to pry open the trunk of my white Civic '
                     'parked on Woodside Avenue. The lid is dented and chipped around the edge and the lock, but they '
                     'did not get in and nothing is missing.',
        'reporter_name': 'Jasmine Oyelaran',
        'reporter_email': 'jas.oyelaran@example.com',
        'reporter_phone': '475-555-0161',
        'confirmed': 'thats right thank u',
        'callback_wanted': 'email is easiest for me',
    },
    '_no_place': True,
    '_no_time': True,
    'expect': expect_filed('vehicle_tampering', {
        'reporter_name': 'Jasmine Oyelaran',
        'reporter_email': 'jas.oyelaran@example.com',
        'reporter_phone': '4755550161',
        'vehicle_plate': 'CT 5MR-062',
    }, describes='false'),
})

FILED.append({
    'id': 's41-vtamp-sachem-trail-catalytic-converter-half-cut-street-fixed-at-summary',
    'channel': 'sms',
    'note': 'pickup owner: "my truck sounds like a harley now", someone sawed partway through the pipe at the catalytic '
            'converter and gave up; at suspect_or_weapon asks whether to get the neighbour\'s Ring video first '
            '(interjection); "a light under my truck at 3:14 this morning" (days 0, 03:14); at the summary fixes '
            'Sachem Road -> Sachem Trail',
    'opening': [
        'my truck sounds like a harley now. looked underneath and someone sawed partway thru the pipe next to the '
        'catalytic converter, they didnt finish the job. its still hanging there',
    ],
    'answers': {
        'type_confirmed': 'yeah thats tampering right? they didnt get it',
        'location': 'my driveway on sachem rd in westport',
        'location_confirmed': 'ya thats my driveway',
        'suspect_or_weapon': 'didnt see anyone, camera might have. no weapons',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'neighbors camera shows a light moving under my truck at 3:14 this morning',
        'vehicle': '2012 toyota tacoma, black, ct plate 7CW-559',
        'damage': 'exhaust pipe cut about halfway thru right before the catalytic converter, saw marks on the heat '
                  'shield too. loud as hell now',
        'narrative': 'At about 3:14 this morning someone crawled under my black Tacoma in my driveway and sawed halfway '
                     'through the exhaust pipe in front of the catalytic converter, then left it. The truck is very '
                     'loud now.',
        'reporter_name': 'Cody Halvorsen',
        'reporter_email': 'codyh@example.com',
        'reporter_phone': '203-555-0179',
        'confirmed': 'one thing its sachem trail not sachem road, my bad. rest is right',
        'callback_wanted': 'call me whenever',
    },
    'interjections': [
        {'at': 'suspect_or_weapon',
         'text': 'my neighbor has a ring cam pointed at my driveway, should i get that video to u before i answer '
                 'this?'},
    ],
    '_no_place': True,
    '_no_time': True,
    'expect': expect_filed('vehicle_tampering', {
        'reporter_name': 'Cody Halvorsen',
        'reporter_email': 'codyh@example.com',
        'reporter_phone': '2035550179',
        'vehicle_plate': 'CT 7CW-559',
        'occurred_days_ago': 0,
        'occurred_time': '03:14',
    }),
})

FILED.append({
    'id': 's41-vtamp-post-road-east-turkish-pizzeria-battery-cables-near-connector',
    'channel': 'web',
    'note': 'non-native writer (Turkish speaker), pizza shop on Post Road East "near where the road goes to Sherwood '
            'Island ... not in the park" (place trap, in town): delivery car\'s hood opened and battery cables '
            'pulled; asks inside the vehicle answer whether it matters that the car is registered to his brother; '
            '"leave at 11 last night ... 9:30" (no days); name with a dotless i "Mehmet Aydın"',
    'opening': [
        'Hello, I have pizza shop on Post Road East, near where the road goes to Sherwood Island, but my shop is on '
        'Post Road, not in the park. Last night somebody open the hood of my delivery car behind the shop and pull '
        'off the battery cables, this morning the car not start.',
    ],
    'answers': {
        'type_confirmed': 'Yes, somebody touch my car, tampering.',
        'location': 'Behind my shop on Post Road East, Westport, the small parking behind the building. Near the '
                    'Sherwood Island Connector but on Post Road.',
        'location_confirmed': 'Yes this place, behind the shop.',
        'suspect_or_weapon': 'I don\'t know who, nobody see. No weapon.',
        'known_suspect': 'No.',
        'weapon': 'No.',
        'occurred_at': 'I close and leave at 11 last night, in the morning 9:30 I come and the car not start.',
        'vehicle': 'Silver Kia Soul 2016, plate CT 2YB-840. The car is registered to my brother Emre, not me, is this '
                   'a problem for the report?',
        'damage': 'Hood was open, the two battery cables pulled off and one clamp bent. Also the plastic cover of the '
                  'engine is cracked.',
        'narrative': 'Between 11 last night and 9:30 this morning somebody opened the hood of my silver Kia Soul '
                     'parked behind my pizza shop on Post Road East, pulled off both battery cables and cracked the '
                     'engine cover. The car would not start.',
        'reporter_name': 'Mehmet Aydın',
        'reporter_email': 'mehmet.aydin@example.com',
        'reporter_phone': '203-555-0153',
        'confirmed': 'Yes correct, thank you my friend.',
        'callback_wanted': 'Phone call please, in the shop after 11 in the morning.',
    },
    'expect': expect_filed('vehicle_tampering', {
        'reporter_name': 'Mehmet Aydın',
        'reporter_email': 'mehmet.aydin@example.com',
        'reporter_phone': '2035550153',
        'vehicle_plate': 'CT 2YB-840',
    }),
})
