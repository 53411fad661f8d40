"""sealed-40: the 26 conversations that end in a filed report (hand-written)."""

NO = 'No.'


def filed(sid, channel, itype, note, opening, answers, record, interjections=None, describes='true'):
    s = {'id': 's40-' + sid, 'channel': channel, 'note': note, 'opening': opening, 'answers': answers}
    if interjections:
        s['interjections'] = [{'at': k, 'text': t} for k, t in interjections]
    s['expect'] = {
        'outcome': 'filed', 'reason': None, 'topic': None, 'incident_type': itype,
        'location_decision': 'in_town', 'emergency_message': None,
        'first_message_describes': describes, 'record': record,
    }
    return s


FILED = [
    # ------------------------------------------------------------------ harassing_phone_call (3)
    filed(
        'hpc-hillspoint-road-hygienist-breathing-calls-email-fixed-at-summary', 'sms', 'harassing_phone_call',
        'dental hygienist in an apartment on Hillspoint Road, lowercase: heavy-breathing calls from 203-555-0172 '
        'between 1 and 2:30 am for five nights; "the last one was 1:47 this morning" (days 0, 01:47); at the '
        'summary fixes her own misspelled e-mail (dperiera -> dpereira)',
        ['hey so someone keeps calling me at like 1 and 2 in the morning from 203-555-0172, just heavy breathing '
         'then they hang up. 5 nights in a row now. i have patients at 7am and im a zombie'],
        {
            'type_confirmed': 'ya harassing calls i guess',
            'location': 'my apt on hillspoint rd, westport. above the garage of the blue house',
            'location_confirmed': 'yes thats my place',
            'suspect_or_weapon': 'no idea who it is, no threats or anything, just breathing. nobody has a weapon '
                                 'its literally phone calls',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'the last one was 1:47 this morning',
            'caller_number': 'same number every time 203-555-0172. i called it back once and got a voicemail box '
                             'thats full',
            'call_pattern': '5 nights in a row, usually 2 calls a night somewhere between 1 and 2:30am. breathing '
                            'for like 10 sec then click',
            'narrative': 'For five nights in a row I get one or two calls a night between 1 and 2:30 am from '
                         '203-555-0172. The caller just breathes into the phone and hangs up. Calling back gets a '
                         'full voicemail box. Latest one at 1:47 this morning.',
            'reporter_name': 'Dana Pereira',
            'reporter_email': 'dperiera@example.com',
            'reporter_phone': 'this one, 203-555-0109',
            'confirmed': 'oops email is dpereira@example.com, i spelled my own name wrong lol. everything else is ok',
            'callback_wanted': 'email pls, i cant pick up at work',
        },
        {'reporter_name': 'Dana Pereira', 'reporter_email': 'dpereira@example.com', 'reporter_phone': '2035550109',
         'occurred_days_ago': 0, 'occurred_time': '01:47'},
    ),
    filed(
        'hpc-saugatuck-avenue-brazilian-housekeeper-immigration-robocalls-asks-about-name', 'web',
        'harassing_phone_call',
        'non-native writer (Portuguese speaker), a house cleaner on Saugatuck Avenue: 6-7 recorded calls a day from '
        '475-555-0119 claiming to be an immigration office that wants gift cards; at reporter_name asks whether '
        'she must give her real name because her papers are in process (interjection), then gives it; "today at '
        '11:40 in the morning" (days 0, 11:40)',
        ['Hello, good afternoon. I am from Brazil and I work cleaning houses. Since 4 days one number call me many '
         'times, 475-555-0119, is a recording that say it is the immigration office and I must pay with gift '
         'cards or they send me away. I pay nothing. But they call 6, 7 times every day and I am very nervous.'],
        {
            'type_confirmed': 'Yes, is this. Calls that harass me.',
            'location': 'I receive the calls in my home, I live on Saugatuck Avenue in Westport, the apartment '
                        'over the little market.',
            'location_confirmed': 'Yes, correct, this is my house.',
            'suspect_or_weapon': 'I don\'t know who is. Only the recording voice, never a person. No weapon, '
                                 'nothing like this.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'It start 4 days ago. The last call was today at 11:40 in the morning, when I was '
                           'working.',
            'caller_number': 'Always the same, 475-555-0119.',
            'call_pattern': 'Every day since 4 days, 6 or 7 times, in the morning and afternoon. When I answer is '
                            'the same recording about immigration and gift cards.',
            'narrative': 'For four days I receive 6 or 7 calls every day from 475-555-0119. A recording says it is '
                         'the immigration office and that I must pay with gift cards or be sent away. I never '
                         'paid. The last call was today at 11:40.',
            'reporter_name': 'Ok, I trust you. Luciana Ferreira Santos',
            'reporter_email': 'lu.ferreira@example.com',
            'reporter_phone': '475-555-0125',
            'confirmed': 'Yes, everything is right, thank you very much.',
            'callback_wanted': 'Email is better please, on the phone my English is not so good.',
        },
        {'reporter_name': 'Luciana Ferreira Santos', 'reporter_email': 'lu.ferreira@example.com',
         'reporter_phone': '4755550125', 'occurred_days_ago': 0, 'occurred_time': '11:40'},
        interjections=[('reporter_name', 'I need to say my real name? My papers are in process and I am afraid '
                                         'this go to immigration.')],
    ),
    filed(
        'hpc-bayberry-lane-retiree-barking-dog-recording-weeks-fixed-in-prose', 'web', 'harassing_phone_call',
        '78-year-old retiree on Bayberry Lane "just north of the Merritt" (his house, not the parkway), formal: '
        'the landline rings at 6:00 every morning from 203-555-0138 and plays a recording of a dog barking; in the '
        'call_pattern answer corrects "three weeks" to two in prose; "This morning at 6:00" (days 0, 06:00)',
        ['Good morning. I am 78 years old and have lived on Bayberry Lane for forty years. For some time now our '
         'landline rings at six o\'clock sharp every morning and when I pick up there is a recording of a dog '
         'barking, and then it hangs up. My wife and I find this very unpleasant and would like it to stop.'],
        {
            'type_confirmed': 'Yes, I suppose that is the proper category for it.',
            'location': 'Our home on Bayberry Lane in Westport, just north of the Merritt.',
            'location_confirmed': 'That is correct, yes.',
            'suspect_or_weapon': 'I have no notion who would do such a thing. There have been no threats and '
                                 'certainly no weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'This morning at 6:00, as always.',
            'caller_number': 'The little screen on the telephone shows 203-555-0138.',
            'call_pattern': 'Every morning at six for three weeks. Wait, my wife reminds me it began the day after '
                            'our granddaughter\'s birthday, so it is two weeks, not three. Once a day, never more.',
            'narrative': 'For two weeks our landline has rung at 6:00 every morning from 203-555-0138. When '
                         'answered it plays a recording of a dog barking and hangs up. The most recent call was '
                         'this morning at 6:00.',
            'reporter_name': 'Harold Pruitt',
            'reporter_email': 'hpruitt@example.com',
            'reporter_phone': 'The landline, 203-555-0104. I do not carry a cellular telephone.',
            'confirmed': 'Yes, that is all in order.',
            'callback_wanted': 'A telephone call would be welcome, though not at six in the morning, please.',
        },
        {'reporter_name': 'Harold Pruitt', 'reporter_email': 'hpruitt@example.com', 'reporter_phone': '2035550104',
         'occurred_days_ago': 0, 'occurred_time': '06:00'},
    ),
    # ------------------------------------------------------------------ damage_to_motor_vehicle (3)
    filed(
        'dmv-compo-beach-lot-teen-moms-subaru-dented-year-fixed-at-summary', 'sms', 'damage_to_motor_vehicle',
        'teenager with her mother\'s Subaru at the Compo Beach lot near the cannons, lowercase: rear door dented '
        'with white paint, no note; "my mom is going to kill me lol"; "today between like 11 and 1:30" (days 0, no '
        'time); at the summary corrects the year 2018 -> 2017; plate CT 7WD-418',
        ['hi um someone hit my moms car while i was at compo today and just LEFT. huge dent in the back door with '
         'white paint on it. my mom is going to kill me lol'],
        {
            'type_confirmed': 'yes like a hit and run i guess? it was parked',
            'location': 'compo beach parking lot, the part closest to the cannons',
            'location_confirmed': 'yep thats where',
            'suspect_or_weapon': 'i didnt see anything, no note on the windshield, nobody around. no weapons lol '
                                 'it was a car',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'today between like 11 and 1:30 while i was on the beach',
            'vehicle': '2018 subaru outback, green, CT plate 7WD-418. its my moms but i drive it',
            'damage': 'big dent in the back passenger door, like the size of a dinner plate, with white paint '
                      'scraped into it',
            'narrative': 'I parked my mom\'s Subaru at the Compo Beach lot near the cannons around 11 today. When I '
                         'came back at 1:30 the back passenger door had a big dent with white paint in it. No '
                         'note and nobody saw anything.',
            'reporter_name': 'Ava Brennan',
            'reporter_email': 'avabrennan06@example.com',
            'reporter_phone': '203-555-0168',
            'confirmed': 'wait its a 2017 not 2018. sorry!! rest is right',
            'callback_wanted': 'just text me',
        },
        {'reporter_name': 'Ava Brennan', 'reporter_email': 'avabrennan06@example.com', 'reporter_phone': '2035550168',
         'vehicle_plate': 'CT 7WD-418', 'occurred_days_ago': 0},
    ),
    filed(
        'dmv-church-lane-italian-mother-sons-volvo-mirror-asks-about-insurance', 'web', 'damage_to_motor_vehicle',
        'non-native writer (Italian speaker) visiting her son: his Volvo left overnight on Church Lane after a dinner '
        'with wine, driver mirror ripped off and hanging by the wires; e-mail and phone are the son\'s; at confirmed '
        'asks whether the insurance needs the paper or only the report number (interjection); "half past seven '
        'yesterday evening ... 9:15 this morning" (no days); plate CT 2HX-905',
        ['Buongiorno, I am visiting my son in Westport for one month. Yesterday evening I park his car on Church '
         'Lane for dinner and I leave it there for the night because we drink wine. This morning the mirror on the '
         'driver side is broken off, it hangs only from the wires.'],
        {
            'type_confirmed': 'Yes, it is damage to the car.',
            'location': 'Church Lane, downtown Westport, in front of the shops near the bank.',
            'location_confirmed': 'Yes, there.',
            'suspect_or_weapon': 'I don\'t see nobody. No weapon. Only the mirror is broken.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I leave the car at half past seven yesterday evening and I come back at 9:15 this '
                           'morning.',
            'vehicle': 'Volvo XC60, grey, 2021, plate CT 2HX-905. The car is of my son, Marco.',
            'damage': 'The mirror of the driver side is broken off and hanging from the cables, the glass of it is '
                      'broken too. Also a small scratch on the door under it.',
            'narrative': 'I parked my son\'s grey Volvo on Church Lane at 7:30 yesterday evening and left it for the '
                         'night. At 9:15 this morning the driver mirror was broken off and hanging by the wires, '
                         'its glass broken, and a small scratch on the door.',
            'reporter_name': 'Giuseppina Rinaldi',
            'reporter_email': 'Please use the email of my son, marco.rinaldi@example.com, I don\'t have email.',
            'reporter_phone': 'Also the phone of my son, 203-555-0183.',
            'confirmed': 'Yes, it is correct, please send it.',
            'callback_wanted': 'Email to my son, grazie.',
        },
        {'reporter_name': 'Giuseppina Rinaldi', 'reporter_email': 'marco.rinaldi@example.com',
         'reporter_phone': '2035550183', 'vehicle_plate': 'CT 2HX-905'},
        interjections=[('confirmed', 'The insurance of my son need the paper, or only the number of the report is '
                                     'enough for them?')],
    ),
    filed(
        'dmv-riverside-avenue-sideswiped-overnight-camera-4-52-massachusetts-plate', 'web', 'damage_to_motor_vehicle',
        'Riverside Avenue resident ("not the one in Norwalk"): Camry parked on the street sideswiped by a dark '
        'pickup seen on a neighbour\'s camera; body-shop quote $1,900 in the opening (a repair, no total_value); '
        '"4:52 this morning" (days 0, 04:52); plate "Massachusetts plate 4TRW19" -> MA 4TRW19',
        ['My car was parked on the street in front of our house on Riverside Avenue overnight and someone '
         'sideswiped it. The whole driver\'s side is scraped from the front fender to the back door. Our '
         'neighbor\'s camera caught it at 4:52 this morning: a dark pickup clipped it and kept going toward the '
         'Post Road. The body shop already quoted $1,900.'],
        {
            'type_confirmed': 'Yes, damage to my car while it was parked.',
            'location': 'Riverside Avenue in Westport, not the one in Norwalk. About halfway between the Post Road '
                        'and Saugatuck Elementary.',
            'location_confirmed': 'Correct, that\'s our street.',
            'suspect_or_weapon': 'No idea who was driving. The video is too grainy to read a plate. Nothing like a '
                                 'weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': '4:52 this morning according to the timestamp on my neighbor\'s camera.',
            'vehicle': '2020 Toyota Camry, blue. Massachusetts plate 4TRW19, I haven\'t switched the registration '
                       'over yet.',
            'damage': 'Long scrape and dents down the entire driver\'s side, front fender to rear door. The mirror '
                      'somehow survived. Estimate is $1,900.',
            'narrative': 'My Camry was parked on Riverside Avenue in front of my house overnight. At 4:52 this '
                         'morning a neighbor\'s camera shows a dark pickup sideswiping it and driving on toward the '
                         'Post Road. The driver\'s side is scraped and dented front to back.',
            'reporter_name': 'Priyanka Desai',
            'reporter_email': 'pdesai.home@example.com',
            'reporter_phone': '475-555-0131',
            'confirmed': 'Looks right to me.',
            'callback_wanted': 'No call needed, the email copy is enough.',
        },
        {'reporter_name': 'Priyanka Desai', 'reporter_email': 'pdesai.home@example.com', 'reporter_phone': '4755550131',
         'vehicle_plate': 'MA 4TRW19', 'occurred_days_ago': 0, 'occurred_time': '04:52'},
    ),
    # ------------------------------------------------------------------ identity_theft (3)
    filed(
        'idt-old-hill-road-retired-teacher-capital-one-verizon-amount-fixed-at-summary', 'web', 'identity_theft',
        'retired teacher on Old Hill Road: a Capital One card with $2,314 and a Verizon account with two phones at '
        '$1,640 in the opening; at the summary corrects the Verizon amount to $1,460 (total 3774); "yesterday '
        'morning ... around 8" (days 1, no time)',
        ['I\'m a retired teacher and I just found out someone opened a Capital One credit card in my name and ran '
         'up $2,314 on it, and also opened a Verizon account with two new phones charged at $1,640. I have never '
         'been a Verizon customer in my life. A credit bureau alert is how I found out.'],
        {
            'type_confirmed': 'Yes, identity theft.',
            'location': 'I live on Old Hill Road in Westport.',
            'location_confirmed': 'Yes, that is my address.',
            'suspect_or_weapon': 'I have no idea who did it, nobody I know. Obviously no weapons involved.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The alert came yesterday morning, I opened it around 8 over my coffee.',
            'accounts': 'Capital One Platinum card, opened about three weeks ago, $2,314 in charges, mostly '
                        'electronics. Verizon wireless account with two iPhones, $1,640. I\'ve called both and '
                        'they flagged them as fraud.',
            'narrative': 'A credit bureau alert yesterday showed a Capital One card opened in my name with $2,314 '
                         'of charges and a Verizon account with two iPhones for $1,640. I never applied for either. '
                         'Both companies have flagged the accounts as fraud.',
            'reporter_name': 'Margaret Oduya',
            'reporter_email': 'moduya@example.com',
            'reporter_phone': '203-555-0115',
            'confirmed': 'One fix: the Verizon amount is $1,460, not $1,640. I transposed the digits. Otherwise '
                         'it is correct.',
            'callback_wanted': 'Yes, I\'d appreciate a call, I have some questions about freezing my credit.',
        },
        {'reporter_name': 'Margaret Oduya', 'reporter_email': 'moduya@example.com', 'reporter_phone': '2035550115',
         'total_value': 3774, 'occurred_days_ago': 1},
    ),
    filed(
        'idt-compo-road-north-unemployment-claim-asks-why-location', 'sms', 'identity_theft',
        'young man, lowercase: someone filed for unemployment in his name while he still works there; the opening '
        'names no place and no time; at location asks why a place matters when it all happened online '
        '(interjection), then gives Compo Road North; "HR emailed me two days ago, in the morning" (days 2, no '
        'time); no amount',
        ['hey my job\'s HR said someone filed for unemployment using my name and ssn?? im literally still working '
         'there. they told me i need a police report'],
        {
            'type_confirmed': 'yeah identity theft',
            'location': 'ok fine, i live on compo rd north in westport',
            'location_confirmed': 'yes sir',
            'suspect_or_weapon': 'no clue who did it. no weapons obv',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'HR emailed me two days ago, in the morning',
            'accounts': 'a CT unemployment claim in my name, i dont know the amount. HR got a notice asking them to '
                        'confirm i was laid off, which i wasnt',
            'narrative': 'Someone filed a Connecticut unemployment claim using my name and social security number. '
                         'My employer\'s HR got the notice and emailed me two days ago. I still work there and '
                         'never filed anything.',
            'reporter_name': 'Jaylen Brooks',
            'reporter_email': 'jaylenb@example.com',
            'reporter_phone': '475-555-0177',
            'confirmed': 'yup all good',
            'callback_wanted': 'nah email works',
        },
        {'reporter_name': 'Jaylen Brooks', 'reporter_email': 'jaylenb@example.com', 'reporter_phone': '4755550177',
         'occurred_days_ago': 2},
        interjections=[('location', 'why do u need where, it all happened online. i have no idea where the guy is')],
    ),
    filed(
        'idt-sasco-creek-road-russian-speaker-mail-rerouted-paypal-best-buy', 'web', 'identity_theft',
        'non-native writer (Russian speaker) on Sasco Creek Road "Westport side, near Fairfield line": a USPS change '
        'of address she never made, then PayPal Credit $780 and a Best Buy card $1,120 in the opening (total '
        '1900); asks inside the accounts answer whether she must take the report to the post office; "three days '
        'ago, evening" (days 3, no time)',
        ['Hello. Somebody change my address at the post office without me and my mail went to other place for two '
         'weeks. Now I see a PayPal Credit account on my name with $780 and a Best Buy credit card with $1,120. I '
         'never open this. I live in Westport.'],
        {
            'type_confirmed': 'Yes, I think this is identity theft.',
            'location': 'Sasco Creek Road, Westport side. It is near the Fairfield line but my address is Westport '
                        '06880.',
            'location_confirmed': 'Yes, this address.',
            'suspect_or_weapon': 'I don\'t know who make this. No weapon of course.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I discover it three days ago, in the evening, when I check my credit report.',
            'accounts': 'PayPal Credit, $780 spent. Best Buy Visa card, $1,120 spent. Also a USPS change of address '
                        'I did not make, now I cancel it. Should I also bring this report to the post office or '
                        'they do it themselves?',
            'narrative': 'Someone filed a USPS change of address for me and my mail went somewhere else for two '
                         'weeks. Then a PayPal Credit account with $780 and a Best Buy card with $1,120 were opened '
                         'in my name. I found it three days ago on my credit report.',
            'reporter_name': 'Tatiana Morozova',
            'reporter_email': 't.morozova@example.com',
            'reporter_phone': '203-555-0152',
            'confirmed': 'Yes, all is right.',
            'callback_wanted': 'Email, please.',
        },
        {'reporter_name': 'Tatiana Morozova', 'reporter_email': 't.morozova@example.com', 'reporter_phone': '2035550152',
         'total_value': 1900, 'occurred_days_ago': 3},
    ),
    # ------------------------------------------------------------------ theft (3)
    filed(
        'theft-kings-highway-south-e-bike-and-lock-off-porch-overnight', 'sms', 'theft',
        'lowercase: a Rad Power e-bike ($1,699) locked to the porch rail and its cut Kryptonite lock ($85) both in '
        'the opening (total 1784); "there at 9:30 last night, gone at 6:45 this morning" (crosses midnight, no '
        'days); "203 555 0146" written with spaces',
        ['my e-bike got stolen off my front porch overnight. rad power bike, $1,699. it was locked to the rail and '
         'they cut the kryptonite lock and took that too ($85)'],
        {
            'type_confirmed': 'yes theft',
            'location': 'kings hwy south westport, the white house with the red door',
            'location_confirmed': 'yes thats us',
            'suspect_or_weapon': 'didnt see anyone. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'it was there at 9:30 last night, gone at 6:45 this morning',
            'items': 'black Rad Power RadCity e-bike with a basket on the back, $1,699. kryptonite u-lock, $85',
            'narrative': 'My black Rad Power e-bike was locked to my front porch rail on Kings Highway South. It was '
                         'there at 9:30 last night and gone at 6:45 this morning, the lock cut and taken too.',
            'reporter_name': 'Owen Tierney',
            'reporter_email': 'otierney@example.com',
            'reporter_phone': '203 555 0146',
            'confirmed': 'correct',
            'callback_wanted': 'no thanks',
        },
        {'reporter_name': 'Owen Tierney', 'reporter_email': 'otierney@example.com', 'reporter_phone': '2035550146',
         'total_value': 1784},
    ),
    filed(
        'theft-beachside-avenue-landscaper-blowers-off-trailer-model-fixed-in-prose', 'web', 'theft',
        'landscaping-crew owner working a property on Beachside Avenue: two leaf blowers taken off the open '
        'trailer; in the items answer corrects "$600 each" in prose (one was the old Echo, $450; total 1050); '
        '"Today between about 12 and 12:40" (days 0, no time)',
        ['I run a small landscaping crew. We were doing a property on Beachside Avenue today and while we were '
         'around back somebody took two leaf blowers right off our open trailer parked on the street.'],
        {
            'type_confirmed': 'Yes, theft.',
            'location': 'Beachside Avenue in Westport, on the street in front of the house we were working at.',
            'location_confirmed': 'Yep, that\'s the spot.',
            'suspect_or_weapon': 'We didn\'t see who it was, we were all behind the house. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today between about 12 and 12:40. When we came back to the trailer they were gone.',
            'items': 'Two Stihl BR 800 backpack blowers, $600 each. Actually no, one was the old Echo, that one is '
                     'more like $450. So one Stihl at $600 and one Echo at $450.',
            'narrative': 'My crew was working a property on Beachside Avenue today. Between about 12 and 12:40 '
                         'someone took a Stihl backpack blower and an Echo backpack blower off our open trailer '
                         'parked on the street.',
            'reporter_name': 'Kevin Dunleavy',
            'reporter_email': 'dunleavylandscaping@example.com',
            'reporter_phone': '203-555-0192',
            'confirmed': 'That\'s it, send it.',
            'callback_wanted': 'Call is fine, leave a message if I don\'t pick up.',
        },
        {'reporter_name': 'Kevin Dunleavy', 'reporter_email': 'dunleavylandscaping@example.com',
         'reporter_phone': '2035550192', 'total_value': 1050, 'occurred_days_ago': 0},
    ),
    filed(
        'theft-compo-hill-avenue-grad-student-packages-opening-describes-nothing', 'web', 'theft',
        'opens without describing anything ("can I file a police report online here? my building manager said I\'d '
        'need one"); `answers.incident_type` holds the description: a Lululemon order $212 and a Dyson Airwrap $599 '
        'taken from the front steps of a small building on Compo Hill Avenue (total 811); "delivered at 1:38 '
        'yesterday afternoon ... home at 6" (days 1, no time)',
        ['hi, can I file a police report online here? my building manager said I\'d need one'],
        {
            'incident_type': 'Two packages were stolen from the front steps of my building. One was a Lululemon '
                             'order ($212) and the other a Dyson Airwrap ($599), both delivered yesterday.',
            'type_confirmed': 'Yes, stolen packages.',
            'location': 'Compo Hill Avenue, Westport. It\'s a small 4-unit building, the packages get left on the '
                        'front steps.',
            'location_confirmed': 'Yes, that\'s correct.',
            'suspect_or_weapon': 'I don\'t know who took them. No weapons that I know of.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'UPS says delivered at 1:38 yesterday afternoon, and when I got home at 6 they weren\'t '
                           'there.',
            'items': 'Lululemon jacket and leggings, $212 together. Dyson Airwrap, $599. Both in brown boxes with '
                     'my name on the label.',
            'narrative': 'UPS delivered two packages to the front steps of my building on Compo Hill Avenue at 1:38 '
                         'yesterday. When I got home at 6 both were gone: a Lululemon order ($212) and a Dyson '
                         'Airwrap ($599).',
            'reporter_name': 'Chloe Vasquez-Lind',
            'reporter_email': 'chloe.vl@example.com',
            'reporter_phone': '475-555-0163',
            'confirmed': 'All good!',
            'callback_wanted': 'No, email is fine for me.',
        },
        {'reporter_name': 'Chloe Vasquez-Lind', 'reporter_email': 'chloe.vl@example.com',
         'reporter_phone': '4755550163', 'total_value': 811, 'occurred_days_ago': 1},
        describes='false',
    ),
    # ------------------------------------------------------------------ vehicle_burglary (3)
    filed(
        'vb-burying-hill-beach-lot-purse-window-asks-if-drivable', 'web', 'vehicle_burglary',
        'beach walker at the Burying Hill Beach lot: passenger window smashed, a Kate Spade bag ($280) with $120 '
        'cash and AirPods ($179) in the opening (total 579; the cancelled cards and licence add nothing); asks '
        'inside the damage answer whether she may drive home with the window like that; "This morning between '
        '8:40 and 9:30" (days 0, no time); plate CT 1MN-776',
        ['I went for a walk on the beach at Burying Hill this morning and came back to find my passenger window '
         'smashed and my purse gone from the floor. It was a Kate Spade bag ($280) with about $120 cash and my '
         'AirPods ($179) in it. I know, I know, I shouldn\'t have left it in the car.'],
        {
            'type_confirmed': 'Yes, my car was broken into.',
            'location': 'The little parking lot at Burying Hill Beach, off Beachside Avenue.',
            'location_confirmed': 'Yes, that lot.',
            'suspect_or_weapon': 'There was nobody around when I got back and I didn\'t see anyone. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'This morning between 8:40 and 9:30 while I was walking.',
            'vehicle': 'White 2022 Mazda CX-5, CT plate 1MN-776.',
            'items': 'Black Kate Spade shoulder bag, $280. About $120 in cash. AirPods Pro, $179. My driver\'s '
                     'license and two credit cards were in the wallet too, the cards are already cancelled.',
            'damage': 'The front passenger window is completely smashed, glass all over the seat. Is it okay if I '
                      'drive it home like this or should I leave it here until someone looks at it?',
            'narrative': 'I parked at the Burying Hill Beach lot this morning and walked on the beach from about '
                         '8:40 to 9:30. When I came back the passenger window was smashed and my bag with cash, '
                         'AirPods, license and cards was gone from the floor.',
            'reporter_name': 'Ingrid Solberg',
            'reporter_email': 'isolberg@example.com',
            'reporter_phone': '203-555-0128',
            'confirmed': 'Yes, that\'s right.',
            'callback_wanted': 'A call would be nice, thank you.',
        },
        {'reporter_name': 'Ingrid Solberg', 'reporter_email': 'isolberg@example.com', 'reporter_phone': '2035550128',
         'vehicle_plate': 'CT 1MN-776', 'total_value': 579, 'occurred_days_ago': 0},
    ),
    filed(
        'vb-turkey-hill-road-south-unlocked-jeep-ipad-added-at-summary', 'sms', 'vehicle_burglary',
        'lowercase: unlocked Jeep in the driveway on Turkey Hill Road South, $160 Ray-Bans and about $15 in coins in '
        'the opening; no damage; at the summary adds his son\'s iPad, $329 (total 504); "around 10:30 last night '
        '... 7 this morning" (no days); plate CT 3RV-662',
        ['somebody went thru my car in the driveway last night, i left it unlocked (i know i know). took my $160 '
         'ray bans and the change from the cupholder, prob $15'],
        {
            'type_confirmed': 'yep thats the one',
            'location': 'turkey hill rd south, in my driveway',
            'location_confirmed': 'correct, westport',
            'suspect_or_weapon': 'nope didnt see anybody, no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'left it around 10:30 last night, noticed the glovebox hanging open at 7 this morning',
            'vehicle': 'grey 2015 jeep grand cherokee ct plate 3RV-662',
            'items': 'ray ban aviators $160, about $15 in quarters and dimes',
            'damage': 'no damage, it was unlocked. they just dumped the glovebox out on the floor',
            'narrative': 'I left my Jeep unlocked in my driveway on Turkey Hill Road South around 10:30 last night. '
                         'At 7 this morning the glovebox was dumped out and my Ray-Bans and cupholder change were '
                         'gone.',
            'reporter_name': 'Nate Kowalczyk',
            'reporter_email': 'natekow@example.com',
            'reporter_phone': '2035550174',
            'confirmed': 'oh wait my sons ipad was in the back seat pocket too and its gone. ipad 9th gen $329. add '
                         'that pls',
            'callback_wanted': 'no need thx',
        },
        {'reporter_name': 'Nate Kowalczyk', 'reporter_email': 'natekow@example.com', 'reporter_phone': '2035550174',
         'vehicle_plate': 'CT 3RV-662', 'total_value': 504},
    ),
    filed(
        'vb-bridge-street-polish-contractor-van-tools-asks-office-number', 'web', 'vehicle_burglary',
        'non-native writer (Polish speaker), a contractor renovating a house on Bridge Street in Saugatuck: van '
        'window broken overnight, a Milwaukee impact set ($429) and a Bosch laser level ($310) in the opening '
        '(total 739); at reporter_phone asks whether he can give the office number (interjection), then gives his '
        'cell; "5:30 yesterday ... in the morning 6:30" (no days); "Plate CT AK 30927"',
        ['Good morning. My work van was broken in last night on Bridge Street where I do a job. They break the back '
         'side window and take my Milwaukee impact set ($429) and the Bosch laser level ($310).'],
        {
            'type_confirmed': 'Yes, this is right, break in to the van.',
            'location': 'Bridge Street, Westport, near the bridge in Saugatuck. The van was on the street in front '
                        'of the house I renovate.',
            'location_confirmed': 'Yes, correct place.',
            'suspect_or_weapon': 'I don\'t see who. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I park the van 5:30 yesterday when I finish, in the morning 6:30 I come and the window '
                           'is broken.',
            'vehicle': 'Ford Transit, white, 2019. Plate CT AK 30927.',
            'items': 'Milwaukee M18 impact driver set $429. Bosch laser level $310.',
            'damage': 'The back side window on passenger side is broken.',
            'narrative': 'I parked my work van on Bridge Street at 5:30 yesterday after work. At 6:30 this morning '
                         'the rear side window was broken and my Milwaukee impact set and Bosch laser level were '
                         'gone.',
            'reporter_name': 'Tomasz Wiśniewski',
            'reporter_email': 'tomasz.builds@example.com',
            'reporter_phone': 'Okay, better my cell, 203-555-0197, I call back when I come down.',
            'confirmed': 'Everything is correct.',
            'callback_wanted': 'Text message is best for me.',
        },
        {'reporter_name': 'Tomasz Wiśniewski', 'reporter_email': 'tomasz.builds@example.com',
         'reporter_phone': '2035550197', 'vehicle_plate': 'CT AK 30927', 'total_value': 739},
        interjections=[('reporter_phone', 'Can I give my office number? On the roof all day I cannot answer the '
                                          'phone.')],
    ),
    # ------------------------------------------------------------------ vehicle_tampering (3)
    filed(
        'vt-greens-farms-station-lot-catalytic-converter-half-cut-asks-about-cameras', 'web', 'vehicle_tampering',
        'commuter at the Greens Farms station lot ("right next to 95 but I mean the parking lot, not the '
        'highway"): someone sawed halfway through the pipe in front of the catalytic converter of a Honda Element; '
        'the $700 repair adds nothing; at confirmed asks whether anyone will check the station cameras '
        '(interjection); "7:05 yesterday morning ... around 7:50 last night" (days 1, no time); plate CT 4GJ-218',
        ['Somebody tried to cut the catalytic converter off my Honda Element while it was parked at the Greens '
         'Farms train station yesterday. They got partway through the pipe and gave up I guess. It sounded like a '
         'race car on the drive home.'],
        {
            'type_confirmed': 'Yes, tampering. They didn\'t actually get it off.',
            'location': 'The Greens Farms station lot, the north side by the tracks. It\'s right next to 95 but I '
                        'mean the parking lot, not the highway.',
            'location_confirmed': 'Yes, the station lot.',
            'suspect_or_weapon': 'I have no idea who. Nobody was around when I got back. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I parked at 7:05 yesterday morning and got back to the car around 7:50 last night.',
            'vehicle': '2009 Honda Element, orange, CT plate 4GJ-218.',
            'damage': 'The exhaust pipe is sawed about halfway through just in front of the converter. The muffler '
                      'shop says about $700 to replace that section.',
            'narrative': 'My Honda Element was parked at the Greens Farms station lot from 7:05 yesterday morning to '
                         'about 7:50 last night. Someone sawed halfway through the exhaust pipe in front of the '
                         'catalytic converter and left it.',
            'reporter_name': 'Marcus Feld',
            'reporter_email': 'mfeld@example.com',
            'reporter_phone': '203-555-0135',
            'confirmed': 'Ok, looks right, go ahead.',
            'callback_wanted': 'Only if someone finds something on the cameras.',
        },
        {'reporter_name': 'Marcus Feld', 'reporter_email': 'mfeld@example.com', 'reporter_phone': '2035550135',
         'vehicle_plate': 'CT 4GJ-218', 'occurred_days_ago': 1},
        interjections=[('confirmed', 'Before I submit: will anyone actually look at the station cameras? I\'d hate '
                                     'for this to just go in a drawer.')],
    ),
    filed(
        'vt-maple-avenue-north-four-tires-deflated-plate-fixed-in-prose', 'sms', 'vehicle_tampering',
        'text-speak ("sum1", "r", "im gonna lose it"): air let out of all four tires and the valve caps taken, '
        'second time this month; the opening names no place; in the vehicle answer corrects the plate in prose '
        '("CT 8TR-551 wait no 8TR-515"); "fine at like 11 last night ... 7:15 this morning" (no days)',
        ['sum1 let the air out of all 4 of my tires last night, the valve caps r gone too. this is the 2nd time this '
         'month, im gonna lose it'],
        {
            'type_confirmed': 'ya tampering',
            'location': 'maple ave north, westport. parked on the street in front of my place',
            'location_confirmed': 'yes thats it',
            'suspect_or_weapon': 'no idea who, no weapons. i didnt see nothing',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'fine at like 11 last night, found them flat at 7:15 this morning',
            'vehicle': 'white honda civic 2016, CT 8TR-551 wait no 8TR-515',
            'damage': 'all 4 tires flat, valve caps missing. tires arent cut, they just let the air out',
            'narrative': 'Someone let the air out of all four tires of my Civic parked on Maple Avenue North and '
                         'took the valve caps, between 11 last night and 7:15 this morning. Second time this '
                         'month.',
            'reporter_name': 'Destiny Harmon',
            'reporter_email': 'destinyh@example.com',
            'reporter_phone': '475-555-0114',
            'confirmed': 'ya thats right',
            'callback_wanted': 'txt me',
        },
        {'reporter_name': 'Destiny Harmon', 'reporter_email': 'destinyh@example.com', 'reporter_phone': '4755550114',
         'vehicle_plate': 'CT 8TR-515'},
    ),
    filed(
        'vt-hockanum-road-german-engineer-door-lock-pried-name-fixed-at-summary', 'web', 'vehicle_tampering',
        'non-native writer (German speaker) on Hockanum Road: scratches around the driver-door lock of a BMW and a '
        'loose handle, the alarm at 3:40 in the night; "3:40 this morning" (days 0, 03:40); at the summary asks '
        'for his first name with the umlaut ("Jurgen" typed -> Jürgen Bauer); plate CT 5ZN-804',
        ['Good day. Last night somebody tried to open my car in front of the house. There are deep scratches around '
         'the lock of the driver door and the handle is loose now. The car alarm woke us at 3:40 in the night.'],
        {
            'type_confirmed': 'Yes, that is correct, tampering with the car.',
            'location': 'Hockanum Road, Westport. The car stands on the driveway.',
            'location_confirmed': 'That is the correct address.',
            'suspect_or_weapon': 'When I looked out of the window nobody was there any more. I do not know who. No '
                                 'weapons seen.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': '3:40 this morning, when the alarm went off.',
            'vehicle': 'BMW 330i, black, year 2020, plate CT 5ZN-804.',
            'damage': 'Deep scratches around the key lock of the driver door, and the door handle is loose and '
                      'wobbles. The door still opens with the key.',
            'narrative': 'At 3:40 this morning the alarm of my BMW in the driveway on Hockanum Road went off. In '
                         'the morning I found deep scratches around the driver door lock and the handle loose.',
            'reporter_name': 'Jurgen Bauer',
            'reporter_email': 'j.bauer@example.com',
            'reporter_phone': '203-555-0189',
            'confirmed': 'Please write my first name with ü: Jürgen. The rest is correct.',
            'callback_wanted': 'Email is sufficient.',
        },
        {'reporter_name': 'Jürgen Bauer', 'reporter_email': 'j.bauer@example.com', 'reporter_phone': '2035550189',
         'vehicle_plate': 'CT 5ZN-804', 'occurred_days_ago': 0, 'occurred_time': '03:40'},
    ),
    # ------------------------------------------------------------------ lost_property (4)
    filed(
        'lp-winslow-park-to-main-street-dog-walker-wallet-asks-about-dmv', 'web', 'lost_property',
        'dog walker who lost his wallet between Winslow Park and Main Street along the Post Road: $140 cash, '
        'licence and cancelled cards (total 140); asks inside the items answer whether the report helps at the '
        'DMV; "Yesterday, maybe 5 or 5:15 in the afternoon" (days 1, no time)',
        ['Hi, I lost my wallet yesterday afternoon somewhere between Winslow Park and Main Street. I was walking '
         'the dog and it must have fallen out of my jacket pocket. I\'ve retraced my steps twice. No luck.'],
        {
            'type_confirmed': 'Lost property, yes.',
            'location': 'Somewhere between the Winslow Park entrance on the Post Road and the shops on Main Street. '
                        'I walked along the Post Road the whole way.',
            'location_confirmed': 'Yes, that\'s the stretch.',
            'suspect_or_weapon': 'No, I don\'t think anyone took it, it just fell out. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday, maybe 5 or 5:15 in the afternoon.',
            'items': 'Brown leather Fossil wallet with $140 in cash, my CT driver\'s license, a Chase debit card and '
                     'an Amex (both cancelled already) and my Costco card. Will this report help me get a '
                     'replacement license at the DMV or do they not care?',
            'narrative': 'Yesterday around 5 pm I walked my dog from Winslow Park along the Post Road to Main Street '
                         'and my brown Fossil wallet fell out of my jacket pocket somewhere on the way. I retraced '
                         'the route twice.',
            'reporter_name': 'Brian Castellano',
            'reporter_email': 'bcastellano@example.com',
            'reporter_phone': '203-555-0108',
            'confirmed': 'Yes, that\'s all of it.',
            'callback_wanted': 'Only if someone turns it in!',
        },
        {'reporter_name': 'Brian Castellano', 'reporter_email': 'bcastellano@example.com',
         'reporter_phone': '2035550108', 'total_value': 140, 'occurred_days_ago': 1},
    ),
    filed(
        'lp-staples-turf-field-teen-airpods-asks-if-parents-get-called', 'sms', 'lost_property',
        '16-year-old, lowercase: AirPods Pro ($249) lost in the bleachers at the Staples turf field during a '
        'lacrosse game (total 249); at reporter_phone asks whether the police call her parents (interjection), '
        'then gives her number; "last night during the game, like 6 to 8" (days 1, no time)',
        ['lost my airpods pro at the staples turf field last night at the lax game. $249 and theyre not even paid '
         'off lol. find my says offline'],
        {
            'type_confirmed': 'yes lost',
            'location': 'staples high school, the turf field on north ave. i think in the bleachers',
            'location_confirmed': 'ya',
            'suspect_or_weapon': 'i think they just fell out of my hoodie pocket, nobody took them. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last night during the game, like 6 to 8',
            'items': 'airpods pro 2nd gen, white case with a pink smiley sticker on it. $249',
            'narrative': 'I lost my AirPods Pro in the bleachers at the Staples turf field during the lacrosse game '
                         'last night between about 6 and 8. The case has a pink smiley sticker. Find My shows them '
                         'offline.',
            'reporter_name': 'Mia Castillo',
            'reporter_email': 'miacastillo.09@example.com',
            'reporter_phone': 'ok its 475-555-0151',
            'confirmed': 'ya looks good',
            'callback_wanted': 'just text if they turn up',
        },
        {'reporter_name': 'Mia Castillo', 'reporter_email': 'miacastillo.09@example.com',
         'reporter_phone': '4755550151', 'total_value': 249, 'occurred_days_ago': 1},
        interjections=[('reporter_phone', 'do you guys call my parents if i put my number? im 16')],
    ),
    filed(
        'lp-levitt-pavilion-lawn-wedding-band-metal-fixed-at-summary', 'web', 'lost_property',
        '60-something husband who lost his wedding band on the Levitt Pavilion lawn during a concert ("I feel '
        'sick about it"); appraised $1,800 (total 1800); at the summary corrects gold -> platinum, same value; '
        '"Two days ago ... between about 7:30 and 10 at night" (days 2, no time)',
        ['I lost my wedding band at the Levitt Pavilion concert two days ago. My fingers were cold and it must have '
         'slipped off while we were sitting on the lawn. My wife is being very understanding but I feel sick about '
         'it.'],
        {
            'type_confirmed': 'Yes, it\'s lost property.',
            'location': 'The Levitt Pavilion on Jesup Road, on the lawn, toward the left side as you face the stage.',
            'location_confirmed': 'That\'s correct.',
            'suspect_or_weapon': 'No one took it. It slipped off my finger. No weapons of any kind.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Two days ago, during the concert, between about 7:30 and 10 at night.',
            'items': 'Gold wedding band, plain, 6mm wide, engraved inside "R & T 1989". Appraised at $1,800 for '
                     'insurance.',
            'narrative': 'Two days ago during the evening concert at the Levitt Pavilion my wedding band slipped off '
                         'my finger while we sat on the lawn, left side facing the stage. It is engraved "R & T '
                         '1989" inside.',
            'reporter_name': 'Thomas Whitcombe',
            'reporter_email': 'twhitcombe@example.com',
            'reporter_phone': '203-555-0117',
            'confirmed': 'One correction: the ring is platinum, not gold. I always get that wrong. Same appraisal, '
                         '$1,800.',
            'callback_wanted': 'Yes please, if anyone finds it.',
        },
        {'reporter_name': 'Thomas Whitcombe', 'reporter_email': 'twhitcombe@example.com',
         'reporter_phone': '2035550117', 'total_value': 1800, 'occurred_days_ago': 2},
    ),
    filed(
        'lp-wakeman-town-farm-daughter-for-father-hearing-aid-ear-fixed-in-prose', 'web', 'lost_property',
        'daughter writing for her 82-year-old father: one Phonak hearing aid ($1,475, in the opening; total 1475) '
        'lost at Wakeman Town Farm by the goat pen; in the items answer corrects right -> left ear in prose; asks '
        'that the call go to her; "Three days ago, late morning" (days 3, no time)',
        ['I\'m writing for my 82-year-old father. He lost one of his hearing aids at Wakeman Town Farm three days '
         'ago when we took the grandkids to see the goats. It\'s a Phonak, $1,475 for the one ear, and his '
         'insurance needs a police report to replace it.'],
        {
            'type_confirmed': 'Yes, lost property is right.',
            'location': 'Wakeman Town Farm on Cross Highway, near the goat pen and the picnic tables.',
            'location_confirmed': 'Yes, the farm.',
            'suspect_or_weapon': 'Nobody took it, it just fell out. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Three days ago, late morning, maybe 10:30 to noon.',
            'items': 'One Phonak hearing aid, beige, the right ear. No wait, it\'s the left one, he\'s wearing the '
                     'right one right now. $1,475.',
            'narrative': 'Three days ago in the late morning my father lost his left Phonak hearing aid at Wakeman '
                         'Town Farm near the goat pen and picnic tables. We searched the area before leaving.',
            'reporter_name': 'Colleen Marsh',
            'reporter_email': 'colleen.marsh@example.com',
            'reporter_phone': '475-555-0136',
            'confirmed': 'Yes, correct, thank you.',
            'callback_wanted': 'Please call me, not my father, he can\'t hear on the phone.',
        },
        {'reporter_name': 'Colleen Marsh', 'reporter_email': 'colleen.marsh@example.com',
         'reporter_phone': '4755550136', 'total_value': 1475, 'occurred_days_ago': 3},
    ),
    # ------------------------------------------------------------------ vandalism (4)
    filed(
        'van-weston-road-garage-door-spray-painted-south-of-merritt', 'sms', 'vandalism',
        'lowercase: a smiley face and a swear word spray-painted on a garage door on Weston Road "the westport '
        'part, just south of the merritt" (his house, not the parkway); the painter\'s $650 adds nothing; "wasnt '
        'there at 10 last night ... 6:40 this morning" (no days)',
        ['someone spray painted my garage door overnight. a big smiley face and a word i wont type here. the '
         'painter wants $650 to redo it ugh'],
        {
            'type_confirmed': 'yes vandalism',
            'location': 'weston rd, the westport part, just south of the merritt. my garage faces the street',
            'location_confirmed': 'yep',
            'suspect_or_weapon': 'no idea who, my camera battery was dead of course. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'it wasnt there at 10 last night when i took the trash out. saw it at 6:40 this morning',
            'damage': 'black spray paint on the white garage door, smiley face and a swear word, about 4 ft wide',
            'narrative': 'Overnight someone spray-painted a smiley face and a swear word in black on my white garage '
                         'door on Weston Road. It was not there at 10 pm and I saw it at 6:40 this morning.',
            'reporter_name': 'Greg Hallman',
            'reporter_email': 'ghallman@example.com',
            'reporter_phone': '203-555-0121',
            'confirmed': 'thats correct',
            'callback_wanted': 'no call needed',
        },
        {'reporter_name': 'Greg Hallman', 'reporter_email': 'ghallman@example.com', 'reporter_phone': '2035550121'},
    ),
    filed(
        'van-main-street-greek-bakery-window-etched-phone-fixed-at-summary', 'web', 'vandalism',
        'non-native writer (Greek speaker), a bakery owner on Main Street: a tag scratched deep into the front '
        'window, the glass company quotes $1,200 (a repair, no total_value); "We close at 7 last night ... 5:30 '
        'this morning" (no days); at the summary corrects the phone 0161 -> 0166',
        ['Good morning, I have the bakery on Main Street. This morning when I come to open I see somebody scratch '
         'big letters in our front window glass, like a tag. Is very deep, I cannot clean it, the whole glass must '
         'be changed.'],
        {
            'type_confirmed': 'Yes, vandalism, this one.',
            'location': 'Main Street in downtown Westport, the bakery, two doors from the corner.',
            'location_confirmed': 'Yes, this is our shop.',
            'suspect_or_weapon': 'I don\'t know who. No camera outside, unfortunately. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'We close at 7 last night. I come at 5:30 this morning and I see it.',
            'damage': 'Letters scratched in the big front window, about one meter long. The glass company say $1,200 '
                      'to replace.',
            'narrative': 'We closed the bakery on Main Street at 7 last night. At 5:30 this morning I found big '
                         'letters scratched deep into the front window like a tag, about one meter long. It cannot '
                         'be cleaned.',
            'reporter_name': 'Eleni Papadakis',
            'reporter_email': 'eleni.bakery@example.com',
            'reporter_phone': '203-555-0161',
            'confirmed': 'Sorry, the phone is 203-555-0166, not 0161. The rest is good.',
            'callback_wanted': 'Yes you can call, after 2 o\'clock is better, the morning is busy.',
        },
        {'reporter_name': 'Eleni Papadakis', 'reporter_email': 'eleni.bakery@example.com',
         'reporter_phone': '2035550166'},
    ),
    filed(
        'van-owenoke-park-lawn-donuts-solar-lights-asks-if-someone-comes', 'web', 'vandalism',
        'homeowner on Owenoke Park: a car did donuts on the front lawn and crushed solar '
        'lights ("looks like a monster truck rally happened out there"); at confirmed asks whether someone will '
        'come to look at the tyre tracks (interjection); "Last night around 11:50" (days 1, approximate, no time)',
        ['Someone drove a car across my front lawn last night, did a couple of donuts, and flattened three of my '
         'solar path lights. It looks like a monster truck rally happened out there.'],
        {
            'type_confirmed': 'Yes, vandalism I\'d say.',
            'location': 'Owenoke Park, here in Westport.',
            'location_confirmed': 'Yes, that\'s my house.',
            'suspect_or_weapon': 'I heard an engine revving but by the time I got to the window they were gone. '
                                 'Couldn\'t even tell the color. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last night around 11:50, that\'s when I heard the engine.',
            'damage': 'Deep tire ruts across the front lawn in two loops, torn-up sod, three solar path lights '
                      'crushed and a sprinkler head snapped off.',
            'narrative': 'Around 11:50 last night I heard an engine revving outside my house on Owenoke Park. This '
                         'morning there were two loops of deep tire ruts in the front lawn, three crushed solar '
                         'lights and a broken sprinkler head.',
            'reporter_name': 'Philippa Grant',
            'reporter_email': 'pgrant@example.com',
            'reporter_phone': '203-555-0178',
            'confirmed': 'Alright, everything is correct. Please submit.',
            'callback_wanted': 'Yes, in case someone wants to see the tracks.',
        },
        {'reporter_name': 'Philippa Grant', 'reporter_email': 'pgrant@example.com', 'reporter_phone': '2035550178',
         'occurred_days_ago': 1},
        interjections=[('confirmed', 'Will someone come out and look at the tire tracks? They\'re pretty clear in '
                                     'the mud.')],
    ),
    filed(
        'van-cavalry-road-house-egged-porch-light-camera-time-fixed-in-prose', 'web', 'vandalism',
        'father on Cavalry Road: house egged and the porch light fixture smashed ($89, a repair, no total_value); '
        'the kids "thought someone was trying to get in" (over, not an emergency); in the occurred_at answer '
        'corrects the camera time 11:15 -> 11:51 in prose (days 1, 23:51)',
        ['Our house got egged last night, dozens of eggs all over the siding and the front door, and they smashed '
         'the porch light fixture. My kids are pretty shaken, they thought someone was trying to get in.'],
        {
            'type_confirmed': 'Vandalism is right.',
            'location': 'Cavalry Road in Westport.',
            'location_confirmed': 'Correct address.',
            'suspect_or_weapon': 'We didn\'t see who. We just heard the thuds and by the time I got downstairs they '
                                 'were gone. No weapons, just eggs.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The Ring camera shows it at 11:15 last night. Sorry, I misread it, it\'s 11:51.',
            'damage': 'Egg all over the white siding and the front door, dried on by now. The glass porch light '
                      'fixture is shattered, about $89 to replace.',
            'narrative': 'At 11:51 last night someone threw dozens of eggs at our house on Cavalry Road, covering '
                         'the siding and front door, and smashed the glass porch light. We heard the thuds but saw '
                         'no one.',
            'reporter_name': 'Sunil Rao',
            'reporter_email': 'srao.family@example.com',
            'reporter_phone': '475-555-0188',
            'confirmed': 'Yes, that\'s everything.',
            'callback_wanted': 'Email is fine, no call.',
        },
        {'reporter_name': 'Sunil Rao', 'reporter_email': 'srao.family@example.com', 'reporter_phone': '4755550188',
         'occurred_days_ago': 1, 'occurred_time': '23:51'},
    ),
]
