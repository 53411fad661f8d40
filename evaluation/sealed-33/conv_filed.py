"""Sealed set 33 -- the 26 `filed` conversations, written by hand.

Each scenario is a dict in the order the YAML file shows it. `expect.record` holds the values the
filed report must carry (after any correction). Conversations are assumed at 14:00 on the day of
the run.
"""

NO = 'No.'


def filed(sid, note, opening, answers, itype, record, interjections=None, describes='true'):
    s = {'id': sid, 'channel': 'web', 'note': note, 'opening': opening, 'answers': answers}
    if interjections:
        s['interjections'] = interjections
    s['expect'] = {
        'outcome': 'filed', 'reason': None, 'topic': None, 'incident_type': itype,
        'location_decision': 'in_town', 'emergency_message': None,
        'first_message_describes': describes, 'record': record,
    }
    return s


SCENARIOS = [
    # ------------------------------------------------------------------ harassing_phone_call (3)
    filed(
        's33-hpc-breathing-bluewater-sms-suspect-question',
        'young SMS-style writer at her parents\' house on Bluewater Lane: breathing calls from No Caller ID '
        'every night; "its killing me" is a figure of speech; asks what counts as a suspect (interjection at '
        'suspect_or_weapon), then says no clue, no weapon; last call 2:47 this morning (days 0, 02:47); phone '
        '"475 555 0151"',
        ['some1 keeps calling me from no caller id at like 2-3am and just breathes into the phone. been a whole '
         'week. im on bluewater ln westport and honestly its killing me, i cant sleep'],
        {
            'type_confirmed': 'ya harassing calls',
            'location': 'Bluewater Lane, Westport. its my parents house, i live in the room over the garage',
            'location_confirmed': 'yep thats it',
            'suspect_or_weapon': 'ok then no clue who it is. and no weapon, its literally just breathing on the '
                                 'phone lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last one was 2:47 this morning, i screenshotted the call log',
            'caller_number': 'always says No Caller ID, theres never a number',
            'call_pattern': 'every night since last week, 2 or 3 calls between like 2 and 3:30am. i pick up, '
                            'breathing for 20 sec, then they hang up',
            'narrative': 'For a week someone calls my cell every night from No Caller ID, 2 or 3 times between 2 '
                         'and 3:30am. When I answer they just breathe for about 20 seconds and hang up. Last call '
                         'was 2:47 this morning. I cant sleep and I have exams.',
            'reporter_name': 'Jaylen Ortiz',
            'reporter_email': 'jaylen.ortiz@example.com',
            'reporter_phone': '475 555 0151',
            'confirmed': 'looks good send it',
            'callback_wanted': 'nah email is fine',
        },
        'harassing_phone_call',
        {'reporter_name': 'Jaylen Ortiz', 'reporter_email': 'jaylen.ortiz@example.com',
         'reporter_phone': '4755550151', 'occurred_days_ago': 0, 'occurred_time': '02:47'},
        interjections=[{'at': 'suspect_or_weapon',
                        'text': 'wait what counts as a suspect?? like do i have to guess who it might be'}],
    ),
    filed(
        's33-hpc-boutique-main-street-numbers-question',
        'boutique owner on Main Street ("Westport\'s Main Street downtown, not the one in Fairfield"): a man '
        'calls the shop asking for her by first name and says sexual things; asks inside the caller_number '
        'answer whether all numbers are needed (646-555-0182, 917-555-0139); "yesterday ... about 5:55" (days 1, '
        'no time: approximate); phone "(203) 555-0164, that\'s my cell"',
        ['Hi, I own a small boutique on Main Street - Westport\'s Main Street downtown, not the one in Fairfield. '
         'A man keeps calling the shop phone, asks for me by my first name and then says disgusting sexual '
         'things. My staff are starting to dread picking up.'],
        {
            'type_confirmed': 'Yes, harassing phone calls to the store.',
            'location': 'The shop on Main Street in downtown Westport. The calls come to the landline at the '
                        'register.',
            'location_confirmed': 'Correct, Main Street.',
            'suspect_or_weapon': 'I don\'t know who he is. Nobody has come in or threatened us with anything, '
                                 'it\'s only the calls.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday, right around closing, so about 5:55.',
            'caller_number': 'Do you need all of them? The main one is 646-555-0182 but he has also called '
                             'twice from 917-555-0139.',
            'call_pattern': 'It started about three weeks ago. Two to four calls a week, always near opening or '
                            'closing. He asks for Marisol, and when he gets me he says vulgar sexual things for '
                            'ten seconds and hangs up.',
            'narrative': 'For about three weeks a man has been calling my shop on Main Street two to four times '
                         'a week from 646-555-0182 and 917-555-0139. He asks for me by first name and then makes '
                         'sexual comments before hanging up. The last call was yesterday around closing. My '
                         'employees are upset and afraid to answer the phone.',
            'reporter_name': 'Marisol Ekwueme',
            'reporter_email': 'marisol.ekwueme@example.com',
            'reporter_phone': '(203) 555-0164, that\'s my cell, not the shop',
            'confirmed': 'Yes, that\'s all accurate, please file it.',
            'callback_wanted': 'A call would be nice if someone has advice for my staff.',
        },
        'harassing_phone_call',
        {'reporter_name': 'Marisol Ekwueme', 'reporter_email': 'marisol.ekwueme@example.com',
         'reporter_phone': '2035550164', 'occurred_days_ago': 1},
    ),
    filed(
        's33-hpc-medicare-calls-mother-kings-highway-phone-fix',
        'son filing for his 91-year-old mother on Kings Highway North ("the street, not a highway"): a man '
        'claiming to be from Medicare calls and curses at her; this morning at 10:12 (days 0, 10:12); at the '
        'summary corrects his transposed phone 203-555-0161 -> 203-555-0116 (2035550116)',
        ['Good afternoon. I am writing on behalf of my mother, who is 91 and lives alone on Kings Highway North '
         '(the street in Westport, I should say, not a highway). For about ten days a man has been telephoning '
         'her repeatedly, claiming to be from "Medicare", and when she refuses to give her details he curses at '
         'her and rings back within minutes.'],
        {
            'type_confirmed': 'Yes, harassing telephone calls.',
            'location': 'Her house on Kings Highway North, Westport. The calls come to her landline.',
            'location_confirmed': 'That is right.',
            'suspect_or_weapon': 'We have no idea who he is. No weapon of any kind, he has never come to the '
                                 'house.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The most recent call was this morning at 10:12. She wrote the time on her notepad.',
            'caller_number': 'It shows as "Unavailable" on her telephone; she never sees a number.',
            'call_pattern': 'Six to ten calls a day, mostly between 9 in the morning and 1 in the afternoon. He '
                            'says he is from Medicare, asks for her Social Security number, and when she hangs up '
                            'he rings back and swears at her.',
            'narrative': 'For about ten days a man has been calling my 91-year-old mother\'s landline six to ten '
                         'times a day from an unavailable number. He claims to be from Medicare and asks for her '
                         'Social Security number; when she refuses he curses at her and calls back. The latest '
                         'call was this morning at 10:12. She is frightened to answer her own telephone.',
            'reporter_name': 'Bernard Achterberg',
            'reporter_email': 'b.achterberg@example.com',
            'reporter_phone': '203-555-0161',
            'confirmed': 'One error: my telephone number is 203-555-0116, not 0161. I transposed the digits. '
                         'Otherwise it is accurate.',
            'callback_wanted': 'Yes, please telephone me rather than my mother.',
        },
        'harassing_phone_call',
        {'reporter_name': 'Bernard Achterberg', 'reporter_email': 'b.achterberg@example.com',
         'reporter_phone': '2035550116', 'occurred_days_ago': 0, 'occurred_time': '10:12'},
    ),
    # ------------------------------------------------------------------ damage_to_motor_vehicle (3)
    filed(
        's33-dmv-longshore-sledgehammer-dent-plate-fix',
        'dent "like someone took a sledgehammer to it" in the Longshore Club Park lot; today between 11:30 and '
        '1:15 (days 0, no time); $1,400 body-shop quote is not a value taken; at the summary corrects plate '
        '4MN-218 -> 4MN-281 (CT 4MN-281)',
        ['came back to my car in the Longshore lot and the back door looks like someone took a sledgehammer to '
         'it. huge dent, white paint on it. no note obviously'],
        {
            'type_confirmed': 'Yes, damage to my car.',
            'location': 'The main parking lot at Longshore Club Park, off Compo Road South.',
            'location_confirmed': 'yes, Longshore',
            'suspect_or_weapon': 'No idea who. Nobody around when I got back and nobody saw anything.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today, between 11:30 and 1:15 while I was out on the golf course.',
            'vehicle': 'Silver 2019 Subaru Outback, CT plate 4MN-218.',
            'damage': 'Rear passenger door pushed in about the size of a dinner plate, white paint transfer, and '
                      'the door sticks when you open it. Body shop quoted $1,400 from the photos.',
            'narrative': 'I parked my Outback in the main Longshore lot at 11:30 and went golfing. When I came '
                         'back at 1:15 the rear passenger door had a large dent with white paint in it. No note '
                         'was left and nobody saw who did it.',
            'reporter_name': 'Gwen Halloran',
            'reporter_email': 'g.halloran@example.com',
            'reporter_phone': '203-555-0129',
            'confirmed': 'Plate\'s wrong - it\'s 4MN-281, I flipped the last two. Everything else is right.',
            'callback_wanted': 'no need',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Gwen Halloran', 'reporter_email': 'g.halloran@example.com',
         'reporter_phone': '2035550129', 'occurred_days_ago': 0, 'vehicle_plate': 'CT 4MN-281'},
    ),
    filed(
        's33-dmv-evergreen-parkway-mirror-email-prose',
        'mirror and door hit overnight on Evergreen Parkway ("a street in Westport btw, NOT the Merritt lol"); '
        'between 11 last night and 7 this morning (no days, no time: crosses midnight); corrects his e-mail in '
        'prose while answering (tmarchetti@ -> theo.m@example.com); CT 8TY-554',
        ['My car got hit while parked in front of my house on Evergreen Parkway overnight. Evergreen Parkway is '
         'a street in Westport btw, NOT the Merritt lol. Driver side mirror hanging by the wires and a scrape '
         'down the door.'],
        {
            'type_confirmed': 'yes damage to the car',
            'location': 'Evergreen Parkway, Westport, parked on the street in front of my house',
            'location_confirmed': 'correct',
            'suspect_or_weapon': 'No idea, whoever it was just kept going. No weapons, it\'s a car lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Sometime between 11 last night and 7 this morning.',
            'vehicle': 'Black 2016 Honda Accord, CT 8TY-554.',
            'damage': 'Driver side mirror smashed and hanging by the wires, long scrape along the driver door with '
                      'a bit of red paint in it.',
            'narrative': 'My Accord was parked on the street in front of my house on Evergreen Parkway overnight. '
                         'In the morning the driver mirror was smashed and the driver door scraped, with red paint '
                         'in the scrape. Nobody left a note.',
            'reporter_name': 'Theo Marchetti',
            'reporter_email': 'tmarchetti@example.com - no sorry that\'s my old one, use theo.m@example.com',
            'reporter_phone': '203-555-0108',
            'confirmed': 'yep good',
            'callback_wanted': 'email is fine',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Theo Marchetti', 'reporter_email': 'theo.m@example.com',
         'reporter_phone': '2035550108', 'vehicle_plate': 'CT 8TY-554'},
    ),
    filed(
        's33-dmv-greens-farms-station-nonnative-name-fix',
        'non-native writer: door dent in the Greens Farms train station lot ("near the highway 95 but inside '
        'the parking, not on the highway or the ramp"); yesterday, parked 7:10 am to 6:30 pm (days 1, no time); '
        'at the summary corrects his own misspelt first name Wojciek -> Wojciech; CT 3KX-907',
        ['Hello. My car is damage in the parking of Greens Farms train station. Somebody open his door very '
         'strong into my car, big dent and the paint is gone. I park there every day for the train.'],
        {
            'type_confirmed': 'Yes, is damage of my car.',
            'location': 'Greens Farms train station parking in Westport. It is near the highway 95 but my car '
                        'was inside the parking, not on the highway or the ramp.',
            'location_confirmed': 'yes this',
            'suspect_or_weapon': 'I don\'t know who. Nobody there when I come back. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday. I park at 7:10 in the morning and I come back at 6:30 in the evening.',
            'vehicle': 'Toyota Corolla, grey, 2015. Plate CT 3KX-907.',
            'damage': 'Big dent in passenger door in front, and the paint is gone, you see the metal. Small '
                      'scratch also on the mirror.',
            'narrative': 'Yesterday I park my Corolla at Greens Farms station at 7:10 and take the train. When I '
                         'come back at 6:30 in evening there is big dent in the front passenger door with no '
                         'paint, like somebody open car door very hard. No note.',
            'reporter_name': 'Wojciek Nowicki',
            'reporter_email': 'w.nowicki@example.com',
            'reporter_phone': '475-555-0122',
            'confirmed': 'My name is wrong, I write it bad. Correct is Wojciech, W-O-J-C-I-E-C-H. Rest is ok.',
            'callback_wanted': 'Email is ok for me',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Wojciech Nowicki', 'reporter_email': 'w.nowicki@example.com',
         'reporter_phone': '4755550122', 'occurred_days_ago': 1, 'vehicle_plate': 'CT 3KX-907'},
    ),
    # ------------------------------------------------------------------ identity_theft (3)
    filed(
        's33-idt-verizon-affirm-sycamore-email-fix',
        'first message gives accounts with amounts (Verizon account with two iPhones $2,398, Affirm loan '
        '$1,500); "I nearly had a heart attack" is a figure of speech; Sycamore Drive; found out the day before '
        'yesterday (days 2, no time); at the summary corrects her e-mail hosei@ -> h.osei@example.com; total '
        '3898',
        ['I nearly had a heart attack opening my mail. Someone opened a Verizon account in my name and got two '
         'iPhones - $2,398 on the bill - and took out a $1,500 Affirm loan, also in my name. I have never used '
         'Affirm in my life.'],
        {
            'type_confirmed': 'Yes, identity theft.',
            'location': 'I live on Sycamore Drive in Westport, that\'s where all the letters came.',
            'location_confirmed': 'Yes, Sycamore Drive.',
            'suspect_or_weapon': 'I have no idea who did it. No weapons, it\'s all paperwork.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I found out the day before yesterday when the Verizon bill came.',
            'accounts': 'A Verizon Wireless account opened in my name with two iPhones, $2,398. An Affirm loan '
                        'for $1,500 for something from an online electronics store. My own bank and cards look '
                        'fine so far.',
            'narrative': 'The day before yesterday I received a Verizon bill for an account I never opened, with '
                         'two iPhones totalling $2,398. I then found an Affirm loan for $1,500 in my name. I did '
                         'not open either account and do not know who did.',
            'reporter_name': 'Harriet Osei',
            'reporter_email': 'hosei@example.com',
            'reporter_phone': '203-555-0190',
            'confirmed': 'The e-mail should be h.osei@example.com, with a dot after the h. Sorry. The rest is '
                         'right.',
            'callback_wanted': 'A call is fine if a detective needs more.',
        },
        'identity_theft',
        {'reporter_name': 'Harriet Osei', 'reporter_email': 'h.osei@example.com',
         'reporter_phone': '2035550190', 'occurred_days_ago': 2, 'total_value': 3898},
    ),
    filed(
        's33-idt-citibank-card-hillandale-forward-question',
        'older formal writer on Hillandale Road: a Citibank card opened in her name ($874 balance) and a change '
        'of address on her post; letter arrived "on Friday" (weekday only: no days, no time); asks at the '
        'summary whether she may forward the e-mail to Citibank (interjection at confirmed), then confirms; '
        'total 874',
        ['Good day. I wish to report that a Citibank credit card has been opened in my name without my knowledge, '
         'and that someone filed a change of address so that my post went elsewhere. I live on Hillandale '
         'Road.'],
        {
            'type_confirmed': 'Yes, identity theft is the correct term.',
            'location': 'My home, Hillandale Road, Westport.',
            'location_confirmed': 'Yes, that is my address.',
            'suspect_or_weapon': 'I have not the faintest idea who is responsible, and there was certainly no '
                                 'weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The letter from Citibank arrived on Friday. My post had stopped coming about a week '
                           'before that.',
            'accounts': 'A Citibank credit card I never applied for, with a balance of $874 in purchases from an '
                        'electronics website. Separately, a change of address was filed with the Post Office '
                        'sending my mail to an address in Ohio.',
            'narrative': 'My post stopped arriving, and on Friday a letter from Citibank came about a credit card '
                         'I never applied for, which has $874 of purchases on it. Someone had also filed a change '
                         'of address so that my mail went to Ohio. I have reported the card to Citibank and '
                         'restored my address with the Post Office.',
            'reporter_name': 'Eleanor Whitcombe',
            'reporter_email': 'e.whitcombe@example.com',
            'reporter_phone': '203-555-0111',
            'confirmed': 'Thank you. Yes, it is accurate; you may submit it.',
            'callback_wanted': 'The e-mail is sufficient, thank you.',
        },
        'identity_theft',
        {'reporter_name': 'Eleanor Whitcombe', 'reporter_email': 'e.whitcombe@example.com',
         'reporter_phone': '2035550111', 'total_value': 874},
        interjections=[{'at': 'confirmed',
                        'text': 'Before I agree: once I receive your e-mail, may I forward it to Citibank\'s fraud '
                                'department myself, or must they request it from the police?'}],
    ),
    filed(
        's33-idt-paycheck-diverted-crooked-mile-account-question',
        'first message gives the amount: a $2,140 paycheck diverted after someone e-mailed HR as him and changed '
        'the direct deposit; works from home on Crooked Mile Road; asks inside the accounts answer whether the '
        'full account number is needed; "Yesterday was payday" (days 1, no time); total 2140',
        ['my $2,140 paycheck went into somebody else\'s bank account. someone emailed our HR pretending to be me '
         'and changed my direct deposit. HR says it\'s identity theft and I should report it where I live '
         '(Crooked Mile Road)'],
        {
            'type_confirmed': 'yes identity theft i guess',
            'location': 'Crooked Mile Road in Westport, I work remotely from home',
            'location_confirmed': 'yep crooked mile rd',
            'suspect_or_weapon': 'no idea who, the email came from a gmail address with my name in it. no '
                                 'weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday was payday, that\'s when it went to the wrong account',
            'accounts': 'Do you need the full account number it went to? HR only gave me the last four, 3381, '
                        'at some online bank. It was my paycheck, $2,140 after taxes. Nothing else touched as far '
                        'as I know.',
            'narrative': 'Someone e-mailed my employer\'s HR department from a Gmail address using my name and '
                         'asked to change my direct deposit. HR made the change and yesterday my paycheck of '
                         '$2,140 went to an account ending 3381 that is not mine.',
            'reporter_name': 'Rafael Quintanilla',
            'reporter_email': 'rquintanilla@example.com',
            'reporter_phone': '203-555-0153',
            'confirmed': 'yes submit',
            'callback_wanted': 'email please',
        },
        'identity_theft',
        {'reporter_name': 'Rafael Quintanilla', 'reporter_email': 'rquintanilla@example.com',
         'reporter_phone': '2035550153', 'occurred_days_ago': 1, 'total_value': 2140},
    ),
    # ------------------------------------------------------------------ lost_property (3)
    filed(
        's33-lost-son-glasses-kindle-library-name-question',
        'mother files for her 15-year-old; first message gives items with prices (glasses $380, Kindle $140) '
        'lost between the Westport Library and the Levitt Pavilion; yesterday between 3 and 5:30 (days 1, no '
        'time); asks at the name question whether it should be in her son\'s name (interjection at '
        'reporter_name), then gives her own; total 520',
        ['My 15-year-old lost his prescription glasses ($380) and his Kindle ($140) somewhere between the '
         'Westport Library and the Levitt Pavilion yesterday afternoon. Our insurance wants a report number for '
         'the glasses.'],
        {
            'type_confirmed': 'Yes, lost property.',
            'location': 'Between the Westport Library on Jesup Road and the Levitt Pavilion. He walked that way '
                        'with friends.',
            'location_confirmed': 'Yes, that route.',
            'suspect_or_weapon': 'No, we think they just fell out of his backpack pocket. Nobody took them as '
                                 'far as we know.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 3 and 5:30 in the afternoon.',
            'items': 'Black rectangular prescription glasses in a blue hard case ($380), and a Kindle Paperwhite '
                     'in a green cover ($140).',
            'narrative': 'Yesterday afternoon my son walked from the Westport Library to the Levitt Pavilion. '
                         'Somewhere on the way his glasses case and Kindle fell out of the front pocket of his '
                         'backpack. We went back and looked but did not find them.',
            'reporter_name': 'Nadia Farouk',
            'reporter_email': 'nadia.farouk@example.com',
            'reporter_phone': '475-555-0137',
            'confirmed': 'Yes, that\'s correct.',
            'callback_wanted': 'No call needed.',
        },
        'lost_property',
        {'reporter_name': 'Nadia Farouk', 'reporter_email': 'nadia.farouk@example.com',
         'reporter_phone': '4755550137', 'occurred_days_ago': 1, 'total_value': 520},
        interjections=[{'at': 'reporter_name',
                        'text': 'Should this be in my son\'s name since he\'s the one who lost them? He\'s 15.'}],
    ),
    filed(
        's33-lost-navy-ring-compo-lives-in-fairfield',
        'widow lost her late husband\'s Navy ring from a chain; the opening names no place; asks at the location '
        'question whether we want where she lives (Fairfield) or where she lost it (interjection at location), '
        'then gives Compo Beach (in town); the day before yesterday, afternoon (days 2, no time); no value '
        'stated; phone "203.555.0172"',
        ['Hello. I have lost my late husband\'s ring, which I wear on a chain around my neck. The chain must '
         'have broken, because when I got home it was gone.'],
        {
            'type_confirmed': 'Yes, it is lost, not stolen.',
            'location': 'At Compo Beach, in Westport. I walked from the parking lot along the water and back.',
            'location_confirmed': 'Yes, Compo Beach.',
            'suspect_or_weapon': 'Oh no, nobody took it, I\'m sure it just slipped off.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The day before yesterday, in the afternoon.',
            'items': 'A man\'s gold ring with a blue stone and the U.S. Navy crest, engraved inside "R.T. 1968", '
                     'on a thin gold chain. It means more to me than any amount of money.',
            'narrative': 'The day before yesterday I walked at Compo Beach wearing my late husband\'s Navy ring on '
                         'a gold chain. When I got home the chain was broken and the ring was gone. I went back '
                         'and searched along the walk but could not find it.',
            'reporter_name': 'Rosalind Tate',
            'reporter_email': 'r.tate@example.com',
            'reporter_phone': '203.555.0172',
            'confirmed': 'That\'s it exactly. Thank you.',
            'callback_wanted': 'If someone turns it in, please call me.',
        },
        'lost_property',
        {'reporter_name': 'Rosalind Tate', 'reporter_email': 'r.tate@example.com',
         'reporter_phone': '2035550172', 'occurred_days_ago': 2},
        interjections=[{'at': 'location',
                        'text': 'Do you want where I live or where I lost it? I moved to Fairfield last year, but '
                                'I lost it in Westport.'}],
    ),
    filed(
        's33-lost-passport-greencard-post-road-west-phone-prose',
        'non-native writer lost a Brazilian passport and green card in a pouch on Post Road West; "Today about '
        '12:30" (days 0, no time: approximate); corrects his phone in prose while answering (203-555-0147 -> '
        '203-555-0174); no value stated',
        ['hello i lost my passport (Brazil) and my green card, they were in small black pouch, i think it fall '
         'from my bag on Post Road West today'],
        {
            'type_confirmed': 'yes lost',
            'location': 'Post Road West, Westport. i walk from the bus stop to my job at the restaurant, maybe 10 '
                        'minutes walk',
            'location_confirmed': 'yes this is the street',
            'suspect_or_weapon': 'no, nobody steal, i think it fall. no weapon nothing',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today about 12:30 when i go to work',
            'items': 'Brazilian passport, my green card (permanent resident card), in small black pouch with '
                     'zipper. Also my work badge was inside.',
            'narrative': 'Today around 12:30 I walk on Post Road West from the bus to my work. When I arrive the '
                         'small black pouch with my passport, green card and work badge is not in my bag. I go '
                         'back and look but I dont find.',
            'reporter_name': 'Thiago Albuquerque',
            'reporter_email': 'thiago.alb@example.com',
            'reporter_phone': '203-555-0147, sorry no, that is old number. new is 203-555-0174',
            'confirmed': 'yes ok',
            'callback_wanted': 'yes please call if somebody find it',
        },
        'lost_property',
        {'reporter_name': 'Thiago Albuquerque', 'reporter_email': 'thiago.alb@example.com',
         'reporter_phone': '2035550174', 'occurred_days_ago': 0},
    ),
    # ------------------------------------------------------------------ theft (4)
    filed(
        's33-theft-porch-blender-vitamins-whitney-glen-remove-item',
        'first message gives items with prices (Ninja blender $189, vitamins $64) taken from the front step on '
        'Whitney Glen Drive; today, delivered 11:42, gone at 1:30 (days 0, no time); at the summary removes the '
        'vitamins (delivered to the neighbour by mistake); total 189',
        ['Porch pirate struck AGAIN \U0001F644 Two Amazon boxes taken off my front step today: a Ninja blender '
         '($189) and a box of vitamins ($64).'],
        {
            'type_confirmed': 'Yep, theft.',
            'location': 'My front step, Whitney Glen Drive in Westport.',
            'location_confirmed': "yes that's me",
            'suspect_or_weapon': 'No idea who, my doorbell cam has been broken since the summer (of course). No '
                                 'weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today. The delivery photo says 11:42 and they were gone when I got home at 1:30.',
            'items': 'Ninja blender, $189, and a box of vitamins and supplements, $64. Both in Amazon boxes.',
            'narrative': 'Amazon delivered two boxes to my front step at 11:42 today, a blender and a box of '
                         'vitamins. When I got home at 1:30 both were gone. My doorbell camera is broken so there '
                         'is no video.',
            'reporter_name': 'Cheryl Dunleavy',
            'reporter_email': 'cheryl.dunleavy@example.com',
            'reporter_phone': '475-555-0110',
            'confirmed': 'Take the vitamins off - my neighbor just texted, they were delivered to her by mistake '
                         '\U0001F643 So just the blender.',
            'callback_wanted': 'no thanks',
        },
        'theft',
        {'reporter_name': 'Cheryl Dunleavy', 'reporter_email': 'cheryl.dunleavy@example.com',
         'reporter_phone': '4755550110', 'occurred_days_ago': 0, 'total_value': 189},
    ),
    filed(
        's33-theft-copper-downspouts-harbor-road-for-owner',
        'property manager files for an owner overseas; first message gives the value (roughly $1,600 of copper '
        'downspouts and gutter) taken from a house on Harbor Road; between Friday evening and Monday 8 am (no '
        'days, no time); phone "203 555 0166"; total 1600',
        ['I manage a property on Harbor Road for an owner who is overseas. Someone has removed all of the copper '
         'downspouts and a section of copper gutter from the house - roughly $1,600 worth of copper per the '
         'invoice from when they were installed.'],
        {
            'type_confirmed': 'Yes, a theft.',
            'location': 'The house on Harbor Road, Westport, which I manage for the owner.',
            'location_confirmed': 'Correct, Harbor Road.',
            'suspect_or_weapon': 'No suspects that I know of. The house is empty during the week. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between Friday evening, when my crew left, and Monday at 8 am when they came back.',
            'items': 'Four copper downspouts and about twelve feet of copper gutter from the back of the house. '
                     'The install invoice puts the copper at about $1,600.',
            'narrative': 'My maintenance crew left the Harbor Road house on Friday evening with everything in '
                         'place. When they returned on Monday morning all four copper downspouts and a section of '
                         'copper gutter at the back had been removed. The owner lives abroad and has asked me to '
                         'report it.',
            'reporter_name': 'Gideon Falkenrath',
            'reporter_email': 'gfalkenrath@example.com',
            'reporter_phone': '203 555 0166',
            'confirmed': 'Yes, that is accurate.',
            'callback_wanted': 'Please e-mail; I will forward it to the owner.',
        },
        'theft',
        {'reporter_name': 'Gideon Falkenrath', 'reporter_email': 'gfalkenrath@example.com',
         'reporter_phone': '2035550166', 'total_value': 1600},
    ),
    filed(
        's33-theft-son-bike-staples-price-prose',
        'father files for his son: a bike taken from the rack at Staples High School (North Avenue), cut cable '
        'lock left behind; "a crime against teenagers haha"; today between 7:35 and 1:50 (days 0, no time); '
        'corrects the price in prose while answering ($640 -> $460); total 460',
        ['My son\'s bike got stolen from the rack at Staples High School today. He locked it with a cable lock '
         'and the lock was cut and just left on the ground. He\'s devastated, it\'s basically a crime against '
         'teenagers haha'],
        {
            'type_confirmed': 'Yes, theft.',
            'location': 'The bike rack at Staples High School on North Avenue, by the gym doors.',
            'location_confirmed': 'Yes, Staples.',
            'suspect_or_weapon': 'Nope, nobody saw anything. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today, sometime between 7:35 this morning and 1:50 this afternoon.',
            'items': 'A blue Trek hybrid bike, $640 - sorry, $460, I\'m looking at the receipt now. They cut the '
                     'cable lock but left it there.',
            'narrative': 'My son locked his blue Trek hybrid to the rack at Staples at 7:35 this morning. At 1:50 '
                         'he found the cable lock cut and lying on the ground and the bike gone. Nobody he asked '
                         'saw anything.',
            'reporter_name': 'Marcus Oyelaran',
            'reporter_email': 'm.oyelaran@example.com',
            'reporter_phone': '203-555-0185',
            'confirmed': "yes that's all correct",
            'callback_wanted': 'no need to call',
        },
        'theft',
        {'reporter_name': 'Marcus Oyelaran', 'reporter_email': 'm.oyelaran@example.com',
         'reporter_phone': '2035550185', 'occurred_days_ago': 0, 'total_value': 460},
    ),
    filed(
        's33-theft-kayak-island-way-date-question',
        'kayak and two paddles taken from beside the house on Island Way ("nothing to do with Sherwood Island"); '
        'the opening gives no time; asks whether to use the date noticed or the probable date (interjection at '
        'occurred_at), then gives "between last Saturday morning ... and yesterday at 4pm" (no days, no time); '
        'kayak about $900 and two paddles at $60; total 1020',
        ['Our yellow kayak and two paddles are gone from the rack beside our house on Island Way. That\'s a '
         'street in Westport, nothing to do with Sherwood Island, before you ask!'],
        {
            'type_confirmed': 'Yes, stolen.',
            'location': 'Island Way, Westport. The rack is beside the house, you can see it from the road.',
            'location_confirmed': 'Yes, Island Way.',
            'suspect_or_weapon': 'No idea who. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between last Saturday morning, when we left, and yesterday at 4pm when we got back.',
            'items': 'A yellow Old Town kayak, about $900, and two paddles at $60 each.',
            'narrative': 'We left for a trip last Saturday morning with the kayak and both paddles on the rack '
                         'beside the house. When we got home yesterday afternoon the kayak and paddles were gone. '
                         'The rack was not damaged.',
            'reporter_name': 'Solveig Brandt',
            'reporter_email': 'solveig.brandt@example.com',
            'reporter_phone': '203-555-0199',
            'confirmed': 'Yes, that\'s correct, please submit.',
            'callback_wanted': 'Email only please.',
        },
        'theft',
        {'reporter_name': 'Solveig Brandt', 'reporter_email': 'solveig.brandt@example.com',
         'reporter_phone': '2035550199', 'total_value': 1020},
        interjections=[{'at': 'occurred_at',
                        'text': 'Should I use the date I noticed or when it probably happened? We were away nine '
                                'days so I genuinely can\'t say.'}],
    ),
    # ------------------------------------------------------------------ vandalism (3)
    filed(
        's33-vand-no-description-landlord-richmondville',
        'opens without describing anything (the landlord wants a report before he does anything); '
        'answers.incident_type: red spray paint on the building\'s back door and a smashed light, Richmondville '
        'Avenue; 10 last night to 7:15 this morning (no days, no time); $500 repair estimate not counted',
        ['Is this where I do the report thing? My landlord says I have to file one before he\'ll do anything'],
        {
            'incident_type': 'Somebody spray painted big red letters (can\'t even read them) across the back door '
                             'of our building and smashed the light over the door. Glass all over the steps.',
            'type_confirmed': 'yes vandalism',
            'location': 'Richmondville Avenue, Westport. Back door of the building, I\'m in unit 3',
            'location_confirmed': 'yes thats the building',
            'suspect_or_weapon': 'no idea who. no weapons that I know of',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'It wasn\'t there when I took the trash out at 10 last night and it was there when I '
                           'left for work at 7:15 this morning',
            'damage': 'Red spray paint across the whole back door and part of the siding, and the light fixture '
                      'over the door smashed. Landlord says new fixture and repainting will be around $500.',
            'narrative': 'When I took the trash out at 10 last night the back door was fine. At 7:15 this '
                         'morning it was covered in red spray paint, some on the siding too, and the light over '
                         'the door was smashed with glass on the steps.',
            'reporter_name': 'DeShawn Pryor',
            'reporter_email': 'dpryor@example.com',
            'reporter_phone': '475-555-0145',
            'confirmed': 'yes thats right',
            'callback_wanted': 'email, I work nights',
        },
        'vandalism',
        {'reporter_name': 'DeShawn Pryor', 'reporter_email': 'dpryor@example.com',
         'reporter_phone': '4755550145'},
        describes='false',
    ),
    filed(
        's33-vand-inflatables-sturges-highway-sign-question',
        'Christmas inflatables stomped, "looks like a crime scene"; Sturges Highway "the Westport end, not '
        'Fairfield"; camera shows two hooded kids, faces hidden, only a phone light; last night at 11:50 (days '
        '1, 23:50); asks inside the damage answer whether the sign counts',
        ['Someone destroyed our Christmas inflatables last night - the Santa is stomped flat, both reindeer have '
         'their antlers ripped off, and the yard honestly looks like a crime scene. We\'re on Sturges Highway, '
         'the Westport end, not Fairfield.'],
        {
            'type_confirmed': 'Yes, vandalism.',
            'location': 'Our front yard on Sturges Highway in Westport.',
            'location_confirmed': 'Yes, Sturges Highway.',
            'suspect_or_weapon': 'The doorbell camera shows two kids in hoodies, faces hidden, no idea who they '
                                 'are. Nothing in their hands except a phone flashlight.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last night at 11:50, that\'s the time stamp on the camera.',
            'damage': 'Does the light-up sign count too, or only the big pieces? Anyway: the 8-foot Santa is '
                      'punctured and flat, both reindeer have broken antlers and bent frames, and the "Merry '
                      'Christmas" sign is snapped in half.',
            'narrative': 'At 11:50 last night our doorbell camera recorded two people in hoodies in our front '
                         'yard. This morning the inflatable Santa was punctured and flattened, both light-up '
                         'reindeer were broken and the Merry Christmas sign was snapped.',
            'reporter_name': 'Paulette Greaves',
            'reporter_email': 'pgreaves@example.com',
            'reporter_phone': '203-555-0114',
            'confirmed': 'Correct, go ahead.',
            'callback_wanted': 'No thanks.',
        },
        'vandalism',
        {'reporter_name': 'Paulette Greaves', 'reporter_email': 'pgreaves@example.com',
         'reporter_phone': '2035550114', 'occurred_days_ago': 1, 'occurred_time': '23:50'},
    ),
    filed(
        's33-vand-bleach-word-lawn-cockenoe-time-prose',
        'a rude word burned into the lawn with bleach on Cockenoe Drive; "I feel like I\'m being targeted but '
        'I have no idea by whom" (no known suspect); corrects the camera time in prose while answering (4:10 -> '
        '4:50 this morning; days 0, 04:50)',
        ['Someone poured bleach or weed killer on our front lawn in big letters overnight. It\'s a rude word. I '
         'feel like I\'m being targeted but I honestly have no idea by whom.'],
        {
            'type_confirmed': 'Yes, vandalism please.',
            'location': 'Cockenoe Drive, Westport, our front lawn facing the street.',
            'location_confirmed': 'Yes, Cockenoe Drive.',
            'suspect_or_weapon': 'I don\'t know who did it and I can\'t think of anyone who would have a reason. '
                                 'No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The camera shows someone at 4:10 this morning - no, 4:50, I misread it. 4:50.',
            'damage': 'A four-letter word burned into the lawn, each letter about six feet tall. The grass is dead '
                      'and brown in the shape of the letters.',
            'narrative': 'At 4:50 this morning our camera shows a figure walking back and forth on our front '
                         'lawn. By mid-morning a four-letter word had appeared in dead brown grass, each letter '
                         'about six feet tall, from bleach or weed killer.',
            'reporter_name': 'Imogen Castellanos',
            'reporter_email': 'imogen.c@example.com',
            'reporter_phone': '203-555-0131',
            'confirmed': "yes, that's what happened",
            'callback_wanted': 'A call would be good, I\'d like to know if anyone else on the street reported '
                               'this.',
        },
        'vandalism',
        {'reporter_name': 'Imogen Castellanos', 'reporter_email': 'imogen.c@example.com',
         'reporter_phone': '2035550131', 'occurred_days_ago': 0, 'occurred_time': '04:50'},
    ),
    # ------------------------------------------------------------------ vehicle_tampering (3)
    filed(
        's33-tamp-handles-wilton-road-day-fix',
        'door handles scratched and the driver lock jammed in a driveway on Wilton Road ("the Westport part, '
        'down past the Merritt, not on it"); answer "Yesterday morning ... 5:12"; at the summary corrects the '
        'day: "it wasn\'t yesterday, it was THIS morning at 5:12" (days 0, 05:12); CT 2PL-906',
        ['someone tried to get into my car in my driveway - all 4 door handles scratched up and the driver\'s '
         'lock is jammed now. I\'m on Wilton Road, the Westport part, down past the Merritt, not on it'],
        {
            'type_confirmed': 'yes tampering',
            'location': 'my driveway on Wilton Road in Westport, south of the Merritt Parkway',
            'location_confirmed': 'yep',
            'suspect_or_weapon': 'didn\'t see anyone. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday morning, the car alarm chirped at 5:12 and I saw the scratches when I left '
                           'for work',
            'vehicle': 'white 2020 Jeep Cherokee, CT 2PL-906',
            'damage': 'scratches around all four door handles like someone used a screwdriver, and the driver '
                      'door lock won\'t turn with the key anymore',
            'narrative': 'My car alarm chirped at 5:12 in the morning. When I went out to leave for work all four '
                         'door handles had fresh scratches and the driver door lock is jammed. Nothing was '
                         'taken, they didn\'t get in.',
            'reporter_name': 'Kenji Roth',
            'reporter_email': 'kenji.roth@example.com',
            'reporter_phone': '475-555-0102',
            'confirmed': 'wait it wasn\'t yesterday, it was THIS morning at 5:12. long week. rest is ok',
            'callback_wanted': 'no',
        },
        'vehicle_tampering',
        {'reporter_name': 'Kenji Roth', 'reporter_email': 'kenji.roth@example.com',
         'reporter_phone': '4755550102', 'occurred_days_ago': 0, 'occurred_time': '05:12',
         'vehicle_plate': 'CT 2PL-906'},
    ),
    filed(
        's33-tamp-father-buick-hillspoint-whose-car-question',
        'daughter files for her 82-year-old father: hood popped, battery cable pulled, passenger lock punched '
        'on Hillspoint Road; the day before yesterday, 4 pm to 8:15 pm (days 2, no time); asks inside the '
        'vehicle answer whether it matters that it is his car; CT 5JD-118',
        ['I\'m filing for my father (82), his car was messed with in his driveway on Hillspoint Road. The hood '
         'was popped, a battery cable pulled off, and the passenger door lock is busted. Nothing taken as far as '
         'we can tell.'],
        {
            'type_confirmed': 'Yes, tampering.',
            'location': 'His driveway on Hillspoint Road in Westport.',
            'location_confirmed': 'Yes, Hillspoint Road.',
            'suspect_or_weapon': 'He didn\'t see anybody and neither did the neighbors. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The day before yesterday. He parked at 4 in the afternoon and went out at 8:15 that '
                           'evening and it wouldn\'t start.',
            'vehicle': 'Does it matter that it\'s his car and not mine? It\'s his 2008 Buick LaCrosse, tan, CT '
                       'plate 5JD-118.',
            'damage': 'Hood latch forced, negative battery cable yanked off, passenger door lock cylinder punched '
                      'in.',
            'narrative': 'My father parked in his driveway at 4 pm the day before yesterday. At 8:15 that evening '
                         'the car would not start; the hood had been forced open, the battery cable pulled off '
                         'and the passenger lock punched in. Nothing seems to be missing.',
            'reporter_name': 'Lorraine Mancuso',
            'reporter_email': 'lmancuso@example.com',
            'reporter_phone': '203-555-0177',
            'confirmed': 'Yes, all correct.',
            'callback_wanted': 'Please call me, not him.',
        },
        'vehicle_tampering',
        {'reporter_name': 'Lorraine Mancuso', 'reporter_email': 'lmancuso@example.com',
         'reporter_phone': '2035550177', 'occurred_days_ago': 2, 'vehicle_plate': 'CT 5JD-118'},
    ),
    filed(
        's33-tamp-sugar-tank-weston-road-nj-plate',
        'sugar in the gas tank on Weston Road ("Westport, the street, not the town of Weston"); "could\'ve '
        'killed the engine" is about the car; last night between 8 and 10:30 (days 1, no time); New Jersey '
        'plate (NJ D47-KLM)',
        ['pretty sure someone put sugar in my gas tank?? gas door was pried open, cap on the ground, white '
         'crystals on the paint. mechanic says it could\'ve killed the engine. parked on Weston Road - Westport, '
         'the street, not the town of Weston'],
        {
            'type_confirmed': 'yeah tampering',
            'location': 'Weston Road in Westport, parked on the street outside my friend\'s house',
            'location_confirmed': 'yep weston road westport',
            'suspect_or_weapon': 'no idea who, didn\'t see anyone. no weapon',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last night between 8 and 10:30 while I was inside at my friend\'s',
            'vehicle': 'blue 2017 Mazda 3, New Jersey plate D47-KLM, I just moved here',
            'damage': 'gas door bent from being pried, cap left on the ground, sugar crystals around the filler. '
                      'mechanic is draining the tank, engine seems ok for now',
            'narrative': 'Last night I parked on Weston Road and was inside my friend\'s house from 8 to 10:30. '
                         'When I came out the gas door was pried open and the cap was on the ground with white '
                         'crystals around it. My mechanic confirmed sugar in the tank.',
            'reporter_name': 'Priyanka Deshmukh',
            'reporter_email': 'priyanka.d@example.com',
            'reporter_phone': '475-555-0158',
            'confirmed': 'all good',
            'callback_wanted': 'email',
        },
        'vehicle_tampering',
        {'reporter_name': 'Priyanka Deshmukh', 'reporter_email': 'priyanka.d@example.com',
         'reporter_phone': '4755550158', 'occurred_days_ago': 1, 'vehicle_plate': 'NJ D47-KLM'},
    ),
    # ------------------------------------------------------------------ vehicle_burglary (4)
    filed(
        's33-vb-tacoma-compo-camera-cash-cut-finger',
        'first message gives items with prices (Canon camera $1,150, $220 cash) taken from a Tacoma at the '
        'Compo Beach lot; "blood all over the seat" is his own small cut from the glass, bandaged; today '
        'between 10:20 and 11:45 (days 0, no time); $380 window not counted; CT 6RB-472; total 1370',
        ['Someone smashed my Tacoma\'s window at the Compo Beach lot and took my Canon camera ($1,150) and $220 '
         'cash from the console. There\'s blood all over the seat - it\'s mine, I cut my finger cleaning up the '
         'glass, I\'m fine, bandaid on.'],
        {
            'type_confirmed': 'Yes, a break-in.',
            'location': 'Compo Beach parking lot, Westport, the far end away from the entrance.',
            'location_confirmed': 'yes, Compo',
            'suspect_or_weapon': 'Didn\'t see anyone, lot was pretty empty. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today between 10:20 and 11:45 while I was walking the beach.',
            'vehicle': 'Gray 2018 Toyota Tacoma, CT 6RB-472.',
            'items': 'Canon camera with a lens in a black bag, $1,150. $220 cash from the center console.',
            'damage': 'Rear slider window on the cab smashed. Glass place says $380 to replace.',
            'narrative': 'I parked at the far end of the Compo Beach lot at 10:20 and walked the beach. At 11:45 '
                         'the rear cab window was smashed and my camera bag and the cash in the console were '
                         'gone.',
            'reporter_name': 'Anders Lindgren',
            'reporter_email': 'alindgren@example.com',
            'reporter_phone': '203-555-0125',
            'confirmed': 'Yes, that covers it',
            'callback_wanted': 'No call needed, thanks',
        },
        'vehicle_burglary',
        {'reporter_name': 'Anders Lindgren', 'reporter_email': 'alindgren@example.com',
         'reporter_phone': '2035550125', 'occurred_days_ago': 0, 'vehicle_plate': 'CT 6RB-472',
         'total_value': 1370},
    ),
    filed(
        's33-vb-levitt-laptop-unlocked-nonnative',
        'non-native writer; first message gives items with prices (company laptop $1,800, headphones $45) taken '
        'from her unlocked car in the lot by the Levitt Pavilion during a concert; last night between 7:30 and '
        '9:45 (days 1, no time); no damage; CT 7HD-330; total 1845',
        ['Hello, somebody take from my car my work laptop, the company say is $1,800, and my gym bag with '
         'headphones of $45. The car was in parking near Levitt Pavilion for the concert. I forget to lock it, '
         'my mistake.'],
        {
            'type_confirmed': 'Yes, is from inside the car.',
            'location': 'Parking lot by Levitt Pavilion, downtown Westport, near the river.',
            'location_confirmed': 'yes, this place',
            'suspect_or_weapon': 'I don\'t see nobody. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last night, during the concert, between 7:30 and 9:45.',
            'vehicle': 'Nissan Rogue 2021, red, plate CT 7HD-330',
            'items': 'Dell laptop of my company ($1,800 they say), black gym bag with Sony headphones ($45), also '
                     'my gym shoes.',
            'damage': 'No damage, the car was open.',
            'narrative': 'Last night I park near Levitt Pavilion at 7:30 for the concert and I forget to lock. When '
                         'I come back at 9:45 my work laptop and gym bag with headphones are not in the car.',
            'reporter_name': 'Lucía Fernández Ortega',
            'reporter_email': 'lucia.fo@example.com',
            'reporter_phone': '203-555-0193',
            'confirmed': 'Yes is correct',
            'callback_wanted': 'Email please, my English on phone is not so good',
        },
        'vehicle_burglary',
        {'reporter_name': 'Lucía Fernández Ortega', 'reporter_email': 'lucia.fo@example.com',
         'reporter_phone': '2035550193', 'occurred_days_ago': 1, 'vehicle_plate': 'CT 7HD-330',
         'total_value': 1845},
    ),
    filed(
        's33-vb-woodside-avenue-not-norwalk-sunglasses',
        'rear window smashed on Woodside Avenue ("Westport one, I know there\'s a Woodside in Norwalk too"); '
        'sunglasses, registration and a charger, no values stated (no total_value); between 10 last night and '
        '6:30 this morning (no days, no time); CT 9CN-215',
        ['car broken into on Woodside Avenue. Westport one, I know there\'s a Woodside in Norwalk too. rear '
         'window smashed, glovebox dumped, sunglasses and my registration gone'],
        {
            'type_confirmed': 'yes car break in',
            'location': 'Woodside Avenue in Westport, parked on the street in front of my place',
            'location_confirmed': 'ya',
            'suspect_or_weapon': 'didnt see anybody. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'between 10 last night and 6:30 this morning',
            'vehicle': 'green 2012 VW Golf, CT 9CN-215',
            'items': 'Oakley sunglasses, the registration and insurance card from the glovebox, a phone charger',
            'damage': 'rear passenger window smashed out',
            'narrative': 'Parked my Golf on Woodside Avenue at 10 last night. At 6:30 this morning the rear '
                         'passenger window was smashed, the glovebox was emptied on the seat and my sunglasses, '
                         'registration, insurance card and charger were gone.',
            'reporter_name': 'Callum Reyes-Whitaker',
            'reporter_email': 'callum.rw@example.com',
            'reporter_phone': '203-555-0106',
            'confirmed': 'yup',
            'callback_wanted': 'nope',
        },
        'vehicle_burglary',
        {'reporter_name': 'Callum Reyes-Whitaker', 'reporter_email': 'callum.rw@example.com',
         'reporter_phone': '2035550106', 'vehicle_plate': 'CT 9CN-215'},
    ),
    filed(
        's33-vb-town-hall-briefcase-formal',
        'older formal writer: quarter window broken and briefcase taken in the Town Hall lot on Myrtle Avenue; '
        'yesterday between 1:30 and 3:15 (days 1, no time); briefcase "worth about $250" counts, the '
        'irreplaceable rosary has no amount; "Connecticut registration 1WV-638" (CT 1WV-638); total 250',
        ['I should like to report that my automobile was broken into while parked in the lot at Town Hall on '
         'Myrtle Avenue yesterday afternoon. The rear quarter window was broken and my briefcase taken from the '
         'back seat.'],
        {
            'type_confirmed': 'That is correct.',
            'location': 'The Town Hall parking lot, 110 Myrtle Avenue, Westport.',
            'location_confirmed': 'Yes, the Town Hall lot.',
            'suspect_or_weapon': 'I saw no one, and I know of no suspect. No weapons, so far as I am aware.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday, between 1:30 and 3:15 in the afternoon, while I attended a hearing.',
            'vehicle': 'A dark blue 2014 Lexus ES, Connecticut registration 1WV-638.',
            'items': 'A brown leather briefcase worth about $250, containing my reading glasses, a folder of tax '
                     'papers and my late wife\'s rosary, which is irreplaceable.',
            'damage': 'The small rear quarter window on the driver\'s side was shattered.',
            'narrative': 'Yesterday I parked at Town Hall at 1:30 and attended a hearing. On my return at 3:15 the '
                         'rear quarter window was shattered and my briefcase was missing from the back seat.',
            'reporter_name': 'Cornelius Vandermeer',
            'reporter_email': 'c.vandermeer@example.com',
            'reporter_phone': '203-555-0184',
            'confirmed': 'I have read it carefully and it is correct.',
            'callback_wanted': 'I would appreciate a telephone call.',
        },
        'vehicle_burglary',
        {'reporter_name': 'Cornelius Vandermeer', 'reporter_email': 'c.vandermeer@example.com',
         'reporter_phone': '2035550184', 'occurred_days_ago': 1, 'vehicle_plate': 'CT 1WV-638',
         'total_value': 250},
    ),
]
