"""Sealed set 43 -- the 26 conversations that end in a filed report.

Each scenario is a dict. Keys starting with '_' are writer's flags for build.py and are not
written out: `_no_place` / `_no_time` mark an opening that names no place / gives no time (only
then may an interjection sit at `location` / `occurred_at`); `_total_parts` lists the dollar
amounts that add up to `record.total_value` (each must appear in the resident's messages).
"""

NO = 'No.'


def filed(incident_type, record, describes=True):
    return {
        'outcome': 'filed',
        'reason': None,
        'topic': None,
        'incident_type': incident_type,
        'location_decision': 'in_town',
        'emergency_message': None,
        'first_message_describes': 'true' if describes else 'false',
        'record': record,
    }


FILED = [
    # ------------------------------------------------------------------ harassing_phone_call
    {
        'id': 's43-hpc-gorham-avenue-haitian-home-aide-car-debt-caller-asks-if-suspect',
        'channel': 'sms',
        'note': 'non-native writer (Haitian Creole speaker), a home health aide on Gorham Avenue: a man calls from '
                '203-555-0163 six or seven times a day saying she owes him for a Honda she never bought; at '
                'suspect_or_weapon she asks whether a caller who knows her name counts as a known suspect '
                '(interjection); "today at 11:15" (days 0, 11:15)',
        'opening': [
            'bonjou, a man keep calling me from 203-555-0163 say i owe him money for a car, i never buy no car '
            'from nobody. he call 6, 7 times every day and he yell my name. today at 11:15 he call again while '
            'i am with my client',
        ],
        'answers': {
            'type_confirmed': 'yes that is it, the calls about the car i never buy',
            'location': 'I live on Gorham Avenue in Westport, the yellow house with the ramp',
            'location_confirmed': 'Gorham Avenue yes, in Westport',
            'suspect_or_weapon': 'I never see him. I do not know him, he only know my name. No gun no nothing, '
                                 'only his big mouth',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today 11:15 in the morning was the last one. My client hear it too, she is 88 and '
                           'she get scared',
            'caller_number': '203-555-0163 every time. He leave message to call him back about the Honda',
            'call_pattern': 'It start five days ago. 6 or 7 calls each day, morning and evening, even when I '
                            'am at church',
            'narrative': 'For five days a man calls me from 203-555-0163 six or seven times a day. He says I '
                         'owe him money for a Honda car. I never bought any car. He shouts my name and leaves '
                         'messages. I do not know who he is.',
            'reporter_name': 'Nadège Toussaint',
            'reporter_email': 'nadege.toussaint@example.com',
            'reporter_phone': 'my cell is 475-555-0127',
            'confirmed': 'yes everything there is good, mèsi anpil',
            'callback_wanted': 'text me please, when I am with my client I cannot answer the phone',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'He know my full name and he say it every time. If he know me, that mean I have to say I '
                     'know the suspect? I never see his face in my life'},
        ],
        'expect': filed('harassing_phone_call', {
            'reporter_name': 'Nadège Toussaint',
            'reporter_email': 'nadege.toussaint@example.com',
            'reporter_phone': '4755550127',
            'occurred_days_ago': 0,
            'occurred_time': '11:15',
        }),
    },
    {
        'id': 's43-hpc-hitchcock-road-retired-pharmacist-5am-silent-landline-email-reversed-at-summary',
        'channel': 'web',
        'note': 'elderly formal writer, a retired pharmacist on Hitchcock Road: two weeks of calls at 5 a.m. with a '
                'television in the background and a click, number withheld; "at 5:05 yesterday morning" (days 1, '
                '05:05); typed his e-mail surname first and fixes it at the summary (warren.ashby@example.com)',
        'opening': [
            'Good afternoon. For roughly two weeks our landline on Hitchcock Road has been ringing at five in the '
            'morning. Nobody speaks; I hear a television in the background and then a click. My wife has started '
            'sleeping with earplugs, which is hardly a solution.',
        ],
        'answers': {
            'type_confirmed': 'Harassing calls is a fair description. Tiresome calls, at the very least.',
            'location': 'Our home on Hitchcock Road, Westport 06880.',
            'location_confirmed': 'Correct, Hitchcock Road is where the landline rings.',
            'suspect_or_weapon': 'I cannot think of anyone who would bother. Retired pharmacists do not make '
                                 'many enemies. No weapons of any sort.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'This morning, for once, it did not ring. The latest was at 5:05 yesterday morning; I wrote it '
                           'on the pad by the phone.',
            'caller_number': 'The display reads No Caller ID. The phone company says they cannot trace it '
                             'without a police case number.',
            'call_pattern': 'Fourteen or fifteen calls in all, one each morning, always between 5:00 and 5:10. '
                            'Television noise, then the click.',
            'narrative': 'For about two weeks our home landline has rung once each morning between 5:00 and 5:10. '
                         'No one speaks; a television can be heard in the background before the caller hangs '
                         'up. The number is withheld. We do not know who is calling.',
            'reporter_name': 'Warren Ashby',
            'reporter_email': 'ashby.warren@example.com',
            'reporter_phone': 'The landline is 203-555-0118; the morning calls come in on it as well.',
            'confirmed': 'The e-mail is backwards. It should read warren.ashby@example.com, first name first. '
                         'Otherwise accurate.',
            'callback_wanted': 'E-mail suits me. If you must telephone, after nine in the morning, please.',
        },
        'expect': filed('harassing_phone_call', {
            'reporter_name': 'Warren Ashby',
            'reporter_email': 'warren.ashby@example.com',
            'reporter_phone': '2035550118',
            'occurred_days_ago': 1,
            'occurred_time': '05:05',
        }),
    },
    {
        'id': 's43-hpc-sylvan-road-north-air-horn-calls-slang-time-fixed-in-prose',
        'channel': 'sms',
        'note': 'young writer, slang and abbreviations, at his parents\' house on Sylvan Road North: about 40 calls '
                'in three days from 475-555-0188 that blast an air horn; fixes the time in prose "1:05 today - no '
                'wait 1:50" (days 0, 13:50)',
        'opening': [
            'yo some1 keeps calling me from 475-555-0188 n just blasts an air horn in my ear. like 40 calls in 3 '
            'days. it was funny the 1st time, not anymore',
        ],
        'answers': {
            'type_confirmed': 'ya harassing calls, the air horn guy',
            'location': 'im at my parents place on sylvan rd north, westport',
            'location_confirmed': 'yep sylvan road north, my parents house',
            'suspect_or_weapon': 'no clue who. not my boys, i asked all of them. no weapons lol its an air horn',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last 1 was at 1:05 today - no wait 1:50, like 10 min before i started this',
            'caller_number': '475-555-0188 always. tried calling back, goes straight to a robot voicemail',
            'call_pattern': '3 days now, like 12-15 a day, even at 2 and 3 am. always the horn then it hangs up',
            'narrative': 'For three days someone has called my cell from 475-555-0188 about 12 to 15 times a day, '
                         'day and night. When I pick up they blast an air horn and hang up. I don\'t know who it '
                         'is.',
            'reporter_name': 'Dashawn Mercer',
            'reporter_email': 'dmercer.audio@example.com',
            'reporter_phone': 'same cell they keep blowing up, 203 555 0191',
            'confirmed': 'looks good, air horn guy n all, send it',
            'callback_wanted': 'txt only, im not picking up unknown numbers for a while',
        },
        'expect': filed('harassing_phone_call', {
            'reporter_name': 'Dashawn Mercer',
            'reporter_email': 'dmercer.audio@example.com',
            'reporter_phone': '2035550191',
            'occurred_days_ago': 0,
            'occurred_time': '13:50',
        }),
    },
    # ------------------------------------------------------------------ damage_to_motor_vehicle
    {
        'id': 's43-dmv-playhouse-lot-powers-court-matinee-hit-and-run-asks-about-insurance',
        'channel': 'web',
        'note': 'older couple at a matinee at the Westport Country Playhouse (Powers Court): rear bumper of their '
                'Subaru pushed in and taillight cracked, no note; a $1,350 body-shop quote (a repair figure, no '
                'total_value); "Connecticut plate 3RW-775" (CT 3RW-775); "Yesterday, sometime between 2 and 4:45" '
                '(days 1, no time); at confirmed asks whether the insurer gets the report automatically '
                '(interjection)',
        'opening': [
            'We went to the matinee at the Westport Country Playhouse yesterday and came out to find the rear '
            'bumper of our Subaru pushed in and the taillight cracked. No note on the windshield. The body shop '
            'looked at it this morning and quoted $1,350.',
        ],
        'answers': {
            'type_confirmed': 'Yes, damage to the car. Somebody backed into it and simply drove off.',
            'location': 'The Playhouse parking lot off Powers Court in Westport, in the row closest to the road.',
            'location_confirmed': 'Yes, the Playhouse lot on Powers Court.',
            'suspect_or_weapon': 'We have no idea who did it. Nobody saw anything that we know of, and certainly '
                                 'there were no weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday, sometime between 2 and 4:45 while we were inside watching the play.',
            'vehicle': 'A silver 2019 Subaru Outback, Connecticut plate 3RW-775.',
            'damage': 'Rear bumper pushed in on the driver\'s side, the left taillight cracked, and a white paint '
                      'scuff about a foot long.',
            'narrative': 'While we attended the matinee at the Westport Country Playhouse yesterday afternoon, '
                         'someone struck the rear of our parked Subaru Outback and left without leaving a note. '
                         'The bumper is pushed in, the left taillight is cracked and there is white paint '
                         'transfer on it.',
            'reporter_name': 'Ruth Abernathy',
            'reporter_email': 'ruth.abernathy@example.com',
            'reporter_phone': '(203) 555-0135, my cell',
            'confirmed': 'Everything about the Subaru and the Playhouse lot reads correctly.',
            'callback_wanted': 'An e-mail with the report number is all we need.',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Before I say yes, will our insurance company get this report from you, or do I have to '
                     'forward it to them myself?'},
        ],
        'expect': filed('damage_to_motor_vehicle', {
            'reporter_name': 'Ruth Abernathy',
            'reporter_email': 'ruth.abernathy@example.com',
            'reporter_phone': '2035550135',
            'vehicle_plate': 'CT 3RW-775',
            'occurred_days_ago': 1,
        }),
    },
    {
        'id': 's43-dmv-staples-student-lot-x-carved-in-hood-moms-plate-fixed-in-prose',
        'channel': 'sms',
        'note': 'Staples High School senior, lowercase texting: a big X carved into the hood of her Jetta in the '
                'student lot off North Avenue; gives her mother\'s plate first and fixes it in prose "9JD 314 - wait '
                'no thats my moms car. mine is CT 6PX-802" (CT 6PX-802); "parked at 7:20 this morning, found it at '
                '1:30" (days 0, range so no time)',
        'opening': [
            'someone carved a giant X into the hood of my car in the staples student lot today. like deep, down '
            'to the metal. just saw it when i came out',
        ],
        'answers': {
            'type_confirmed': 'yea damage to my car, the X on the hood',
            'location': 'Staples High School, the student lot off North Ave in westport',
            'location_confirmed': 'ya the staples student lot',
            'suspect_or_weapon': 'idk who, i dont have beef with anyone. no weapons, prob a key or smth',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'parked at 7:20 this morning, found it at 1:30 when i left early for the dentist',
            'vehicle': 'black 2014 jetta, plate is 9JD 314 - wait no thats my moms car. mine is CT 6PX-802',
            'damage': 'big X across the whole hood, both lines like 2 feet long, down to bare metal in spots. '
                      'also a small scratch on the drivers door',
            'narrative': 'I parked my black Jetta in the Staples student lot at 7:20 this morning. When I came out '
                         'at 1:30 someone had carved a big X into the hood down to the metal and scratched the '
                         'driver door. I don\'t know who did it.',
            'reporter_name': 'Kiara Doyle',
            'reporter_email': 'kiara.doyle06@example.com',
            'reporter_phone': 'my cell 475 555 0133',
            'confirmed': 'yes thats all right, the jetta and the X',
            'callback_wanted': 'text pls. my mom wants the copy too so email is good',
        },
        'expect': filed('damage_to_motor_vehicle', {
            'reporter_name': 'Kiara Doyle',
            'reporter_email': 'kiara.doyle06@example.com',
            'reporter_phone': '4755550133',
            'vehicle_plate': 'CT 6PX-802',
            'occurred_days_ago': 0,
        }),
    },
    {
        'id': 's43-dmv-old-mill-road-portuguese-machinist-brake-fluid-on-1967-mustang-plate-fixed-at-summary',
        'channel': 'web',
        'note': 'non-native writer (Portuguese speaker), a retired machinist on Old Mill Road ("Not the Old Mill '
                'Road of Fairfield or of Weston"): brake fluid poured over the hood and roof of his restored 1967 '
                'Mustang, paint "coming off like skin after the sun"; typed plate 1GR-556 and fixes it at the '
                'summary to 1GR-565 (CT 1GR-565); "At 10 I close the curtains ... at 7 in the morning" (crosses '
                'midnight, no days)',
        'opening': [
            'Good day. Somebody poured what my son says is brake fluid all over the hood and the roof of my 1967 '
            'Mustang parked by my house on Old Mill Road. The paint is bubbling and coming off like skin after '
            'the sun. I restored this car for eleven years.',
        ],
        'answers': {
            'type_confirmed': 'Yes, it is the damage on my car, the Mustang.',
            'location': 'Old Mill Road here in Westport. Not the Old Mill Road of Fairfield or of Weston, my '
                        'cousin already confused this.',
            'location_confirmed': 'Yes, Old Mill Road, Westport. The car was in front of the garage, not inside.',
            'suspect_or_weapon': 'I do not know who. I have no problems with the neighbours, we grill sardines '
                                 'together in summer. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last night. At 10 I close the curtains and the car was good, at 7 in the morning my '
                           'son sees it.',
            'vehicle': 'Ford Mustang 1967, red, Connecticut plate 1GR-556, the classic plate.',
            'damage': 'Hood and roof, the paint is blistered and falling off in big pieces, maybe half of the '
                      'hood. Also drops on the rubber around the windshield.',
            'narrative': 'Last night somebody poured brake fluid on the hood and roof of my red 1967 Mustang '
                         'parked in front of my garage on Old Mill Road. The paint blistered and is falling off. '
                         'I do not know who did it.',
            'reporter_name': 'Fernando Costa',
            'reporter_email': 'fcosta.mustang67@example.com',
            'reporter_phone': '203-555-0124',
            'confirmed': 'One thing is not right: the plate is 1GR-565, the five comes before the six. The rest '
                         'is correct.',
            'callback_wanted': 'Telephone is better for me, English on the phone I understand more than writing.',
        },
        'expect': filed('damage_to_motor_vehicle', {
            'reporter_name': 'Fernando Costa',
            'reporter_email': 'fcosta.mustang67@example.com',
            'reporter_phone': '2035550124',
            'vehicle_plate': 'CT 1GR-565',
        }),
    },
    # ------------------------------------------------------------------ identity_theft
    {
        'id': 's43-idt-compo-hill-avenue-illustrator-irs-return-filed-in-her-name-asks-about-irs',
        'channel': 'web',
        'note': 'freelance illustrator on Compo Hill Avenue: an IRS letter asks her to verify a tax return she never '
                'filed, refund routed to a bank she does not use; asks inside the accounts answer whether she '
                'should call the IRS herself; "The letter came two days ago" (days 2, no time); no amounts',
        'opening': [
            'A letter from the IRS came asking me to verify a tax return I never filed, with a refund going to a '
            'bank I have never heard of. Somebody is pretending to be me and I honestly don\'t know where to start.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft. Someone used my Social Security number on a tax return.',
            'location': 'I live on Compo Hill Avenue in Westport, that\'s where the letter came.',
            'location_confirmed': 'Yes, Compo Hill Avenue is my address.',
            'suspect_or_weapon': 'No idea at all. My wallet has never been stolen that I know of. No weapons '
                                 'involved, it\'s all paperwork.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The letter came two days ago. I don\'t know when they actually filed it.',
            'accounts': 'The IRS tax return in my name, with the refund sent to an account at a bank called '
                        'Horizon Direct that isn\'t mine. Nothing else so far that I can see; I\'m pulling my '
                        'credit report tonight. Should I also call the IRS myself, or does your report go to them?',
            'narrative': 'Two days ago I received a letter from the IRS asking me to verify a tax return I did not '
                         'file. The return used my name and Social Security number and the refund was directed to '
                         'a Horizon Direct bank account that is not mine. I do not know who did this.',
            'reporter_name': 'Oona Lindqvist',
            'reporter_email': 'oona.draws@example.com',
            'reporter_phone': '+1 203 555 0126',
            'confirmed': 'Read it through, the IRS letter and the Horizon Direct account are both in there. Good.',
            'callback_wanted': 'Email please, I\'m often on video calls with clients.',
        },
        'expect': filed('identity_theft', {
            'reporter_name': 'Oona Lindqvist',
            'reporter_email': 'oona.draws@example.com',
            'reporter_phone': '2035550126',
            'occurred_days_ago': 2,
        }),
    },
    {
        'id': 's43-idt-berndale-drive-engineer-home-depot-card-and-texas-xfinity-surname-fixed-at-summary',
        'channel': 'sms',
        'note': 'engineer on Berndale Drive (Nigerian English): a Home Depot card with $4,870 of charges and an '
                'Xfinity account in Texas with a $312 bill, both in the opening (total 5182); typed his surname '
                '"Okonko" and fixes it at the summary ("Emeka Okonkwo"); "this morning, about 9" (days 0, '
                'approximate so no time)',
        'opening': [
            'Good day. Someone opened a Home Depot credit card in my name and spent $4,870, and also an Xfinity '
            'internet account in Texas with a bill of $312. I got the collection letters this morning. I have '
            'never been to Texas in my life.',
        ],
        'answers': {
            'type_confirmed': 'Correct, it is identity theft. Neither of the two accounts is mine.',
            'location': 'My house is on Berndale Drive, Westport.',
            'location_confirmed': 'Yes please, Berndale Drive',
            'suspect_or_weapon': 'I have no suspect. Maybe from the data breach last year, I got a letter about '
                                 'it. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I opened the letters this morning, about 9. The card was opened maybe in October, I '
                           'am not sure.',
            'accounts': 'Home Depot consumer credit card, $4,870 in charges. Xfinity internet in Houston, Texas, '
                        '$312 unpaid. Both opened with my name and my Social.',
            'narrative': 'This morning I received collection letters for a Home Depot credit card with $4,870 in '
                         'charges and an Xfinity internet account in Houston, Texas with $312 unpaid. I did not '
                         'open either account. I do not know who did.',
            'reporter_name': 'Emeka Okonko',
            'reporter_email': 'emeka.okonkwo@example.com',
            'reporter_phone': '4755550159',
            'confirmed': 'The name is wrong by one letter, it is Emeka Okonkwo, with W. O-K-O-N-K-W-O. The rest '
                         'is fine.',
            'callback_wanted': 'SMS is fine, or the email, I check both at lunch',
        },
        '_total_parts': [4870, 312],
        'expect': filed('identity_theft', {
            'reporter_name': 'Emeka Okonkwo',
            'reporter_email': 'emeka.okonkwo@example.com',
            'reporter_phone': '4755550159',
            'total_value': 5182,
            'occurred_days_ago': 0,
        }),
    },
    {
        'id': 's43-idt-punch-bowl-drive-daughter-for-91-year-old-father-pension-deposit-redirected',
        'channel': 'web',
        'note': 'a daughter writing for her 91-year-old father on Punch Bowl Drive: his $2,146 monthly pension '
                'deposit was redirected after someone phoned the pension office with his details (total 2146); at '
                'reporter_name asks whose name goes in (interjection); the record is the writer, "Gail Sorensen, '
                'I\'m his daughter"; "three days ago" (days 3)',
        'opening': [
            'I\'m writing for my father, who is 91 and lives on his own on Punch Bowl Drive. His pension payment '
            'of $2,146 didn\'t arrive this month. The pension office says someone called last month with his '
            'details and changed the direct deposit to a different bank account.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft. Someone pretended to be Dad on the phone to the pension office.',
            'location': 'His house on Punch Bowl Drive, Westport.',
            'location_confirmed': 'Right, Dad\'s house on Punch Bowl Drive.',
            'suspect_or_weapon': 'We don\'t know who. He doesn\'t remember giving anyone his information, but he '
                                 'does pick up every call. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The payment should have come in three days ago and didn\'t. The pension office says '
                           'the change was phoned in last month.',
            'accounts': 'His company pension: the monthly deposit of $2,146 went to an account at Crestline '
                        'Savings that isn\'t his. The pension office has frozen any further changes.',
            'narrative': 'My father\'s monthly pension deposit of $2,146 was due three days ago and did not '
                         'arrive. The pension office says someone phoned last month with his personal details and '
                         'changed the direct deposit to a Crestline Savings account that is not his. We do not '
                         'know who did it.',
            'reporter_name': 'Gail Sorensen, I\'m his daughter. His name is Arthur Sorensen.',
            'reporter_email': 'gail.sorensen@example.com',
            'reporter_phone': 'My cell is 203-555-0144. Dad\'s hearing is poor, so please call me.',
            'confirmed': 'All correct, and thank you for keeping this simple for him.',
            'callback_wanted': 'Call me, not Dad, any weekday.',
        },
        'interjections': [
            {'at': 'reporter_name',
             'text': 'Whose name goes here, mine or Dad\'s? It\'s his money but I\'m the one handling all of this '
                     'for him.'},
        ],
        '_total_parts': [2146],
        'expect': filed('identity_theft', {
            'reporter_name': 'Gail Sorensen',
            'reporter_email': 'gail.sorensen@example.com',
            'reporter_phone': '2035550144',
            'total_value': 2146,
            'occurred_days_ago': 3,
        }),
    },
    # ------------------------------------------------------------------ lost_property
    {
        'id': 's43-lost-longshore-loop-grandfathers-signet-ring-1400-email-fixed-in-prose',
        'channel': 'sms',
        'note': 'a man who lost his grandfather\'s gold signet ring (appraised $1,400, in the opening) walking the '
                'loop at Longshore Club Park on Compo Road South; gives an old work e-mail and fixes it in prose '
                '("no wait that one is my old job, use rafa.quintero.ct@example.com"); "this morning between about '
                '8 and 9" (days 0, no time)',
        'opening': [
            'lost my grandfathers gold signet ring somewhere at longshore, walking the loop by the water this '
            'morning. its got a Q engraved on top. appraised at $1,400 last year for insurance',
        ],
        'answers': {
            'type_confirmed': 'yes lost property, the signet ring',
            'location': 'Longshore Club Park on Compo Road South. Walked from the parking lot out along the water '
                        'and back past the tennis courts',
            'location_confirmed': 'right, Longshore, the whole walking loop',
            'suspect_or_weapon': 'nobody took it, it was loose bc my fingers shrink in the cold. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'this morning between about 8 and 9, noticed it gone at 9:15 back in the car',
            'items': 'gold signet ring, mens, flat top engraved with a Q, appraised $1,400',
            'narrative': 'This morning between about 8 and 9 I walked the loop at Longshore and lost my '
                         'grandfather\'s gold signet ring with a Q engraved on it. I noticed at 9:15 in the car. '
                         'It was loose on my finger.',
            'reporter_name': 'Rafael Quintero',
            'reporter_email': 'rquintero@example.com - no wait that one is my old job, use '
                              'rafa.quintero.ct@example.com',
            'reporter_phone': '475.555.0131',
            'confirmed': 'ring, longshore, this morning, all good',
            'callback_wanted': 'text if someone turns it in please!!',
        },
        '_total_parts': [1400],
        'expect': filed('lost_property', {
            'reporter_name': 'Rafael Quintero',
            'reporter_email': 'rafa.quintero.ct@example.com',
            'reporter_phone': '4755550131',
            'total_value': 1400,
            'occurred_days_ago': 0,
        }),
    },
    {
        'id': 's43-lost-coleytown-middle-mother-for-son-chromebook-opens-without-describing',
        'channel': 'web',
        'note': 'a mother writing for her son: opens without describing anything ("The middle school told my son '
                'he needs a police report before they\'ll issue him a replacement Chromebook"; answers.incident_type '
                'holds the description, first_message_describes false); lost at Coleytown Middle School, 255 North '
                'Avenue; no price given; "Yesterday afternoon between 3:10 and about 4:30" (days 1); at confirmed '
                'asks whether the school can get the report directly (interjection); record is the mother',
        'opening': [
            'The middle school told my son he needs a police report before they\'ll issue him a replacement '
            'Chromebook. How do we go about that?',
        ],
        'answers': {
            'incident_type': 'He lost it. It was in his backpack at basketball practice yesterday and when he got '
                             'home it was gone. The front pocket zipper is broken, so we think it slid out.',
            'type_confirmed': 'Lost property sounds right, nobody took it as far as we know.',
            'location': 'Coleytown Middle School, 255 North Avenue. He thinks somewhere between the gym and the '
                        'late bus loop.',
            'location_confirmed': 'Yes, Coleytown Middle, 255 North Ave.',
            'suspect_or_weapon': 'No suspects and nothing like that, he\'s twelve and he just lost it.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday afternoon between 3:10 and about 4:30, from practice to the late bus.',
            'items': 'A school-issued Chromebook, gray, asset tag CMS-21488 on the bottom, in a blue sleeve with a '
                     'hockey sticker. The school didn\'t tell us a price.',
            'narrative': 'My son lost his school-issued Chromebook (asset tag CMS-21488, blue sleeve) yesterday '
                         'afternoon at Coleytown Middle School between basketball practice and the late bus. The '
                         'front pocket of his backpack has a broken zipper and we think it slid out.',
            'reporter_name': 'Dana Whitlock, his mother. He\'s Owen.',
            'reporter_email': 'dana.whitlock@example.com',
            'reporter_phone': '203-555-0137',
            'confirmed': 'That\'s all accurate, Owen read it over my shoulder and agrees.',
            'callback_wanted': 'Email is perfect, I\'ll forward it to the school office.',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Can the school get the report straight from you, or do I print it out and bring it to the '
                     'front office?'},
        ],
        'expect': filed('lost_property', {
            'reporter_name': 'Dana Whitlock',
            'reporter_email': 'dana.whitlock@example.com',
            'reporter_phone': '2035550137',
            'occurred_days_ago': 1,
        }, describes=False),
    },
    {
        'id': 's43-lost-greens-farms-elementary-chinese-grandmother-jade-bangle-day-fixed-at-summary',
        'channel': 'sms',
        'note': 'non-native writer (Mandarin speaker), a grandmother who lost her mother\'s jade bangle ("about 600 '
                'dollars", in the opening) at the book fair at Greens Farms Elementary, 17 Morningside Drive South; '
                'said "Yesterday afternoon ... around 3" and fixes it at the summary ("Book fair was two days ago") '
                '(days 2, approximate so no time; total 600)',
        'opening': [
            'Hello. I lose my jade bracelet at the book fair at Greens Farms school. Green color, my mother give '
            'it to me. Value about 600 dollars. I am very sad.',
        ],
        'answers': {
            'type_confirmed': 'Yes, I lose it, nobody steal it',
            'location': 'Greens Farms Elementary School, 17 Morningside Drive South. In the library room where '
                        'they sell the books',
            'location_confirmed': 'Yes this school, Greens Farms Elementary',
            'suspect_or_weapon': 'No suspect, I think it fall off when I pick up books for my grandson. No weapon',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday afternoon when I pick up my grandson, around 3',
            'items': 'Jade bangle, light green, one small white cloud inside the stone, about 600 dollars',
            'narrative': 'At the book fair at Greens Farms Elementary School I lost my light green jade bangle '
                         'from my mother. I think it fell off when I picked up books for my grandson.',
            'reporter_name': 'Meilin Zhou',
            'reporter_email': 'meilin.zhou52@example.com',
            'reporter_phone': '475-555-0166',
            'confirmed': 'Sorry, the day is wrong. Book fair was two days ago, not yesterday. Yesterday I stay '
                         'home with a cold. Other things correct',
            'callback_wanted': 'Text message please, my English reading is better than listening',
        },
        '_total_parts': [600],
        'expect': filed('lost_property', {
            'reporter_name': 'Meilin Zhou',
            'reporter_email': 'meilin.zhou52@example.com',
            'reporter_phone': '4755550166',
            'total_value': 600,
            'occurred_days_ago': 2,
        }),
    },
    {
        'id': 's43-lost-compo-beach-british-hobbyist-drone-flew-off-asks-which-place-no-place-in-opening',
        'channel': 'web',
        'note': 'British writer whose $759 drone lost signal and never came back (amount in the opening, total 759); '
                'the opening names no place and at location he asks whether we want where he stood or where it came '
                'down (interjection); flew from the Compo Beach lot, last GPS point over Compo Mill Cove; "Yesterday '
                'at 3:42 in the afternoon" (days 1, 15:42)',
        '_no_place': True,
        'opening': [
            'Hello, I\'d like to report a lost drone. My DJI Mini lost signal on its way back yesterday and never '
            'came home. It cost me $759 and it has my name and phone number on a label.',
        ],
        'answers': {
            'type_confirmed': 'Lost property, yes. I doubt anyone pinched it; it simply flew off on the wind.',
            'location': 'I was flying from the Compo Beach car park, out over the jetty, and the last GPS point '
                        'was over the houses by Compo Mill Cove.',
            'location_confirmed': 'That\'s it, Compo Beach and the Compo Mill Cove area.',
            'suspect_or_weapon': 'No suspects. The wind took it. No weapons, obviously.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday at 3:42 in the afternoon, that\'s when the app shows the signal dropped.',
            'items': 'DJI Mini drone, grey, with a label on the battery saying If found please call and my '
                     'number. $759 new.',
            'narrative': 'Yesterday afternoon I flew my DJI Mini drone from the Compo Beach car park. At 3:42 it '
                         'lost signal on the return flight; the last GPS point was over the houses by Compo Mill '
                         'Cove. It has a label with my name and number.',
            'reporter_name': 'Graham Pellow',
            'reporter_email': 'graham.pellow@example.com',
            'reporter_phone': '475 555 0148',
            'confirmed': 'Lovely, that\'s all correct. Fingers crossed it turns up on somebody\'s roof.',
            'callback_wanted': 'A ring is fine, any time during the day.',
        },
        'interjections': [
            {'at': 'location',
             'text': 'Quick question first: do you want where I was standing or where it came down? They\'re a '
                     'fair way apart.'},
        ],
        '_total_parts': [759],
        'expect': filed('lost_property', {
            'reporter_name': 'Graham Pellow',
            'reporter_email': 'graham.pellow@example.com',
            'reporter_phone': '4755550148',
            'total_value': 759,
            'occurred_days_ago': 1,
            'occurred_time': '15:42',
        }),
    },
    # ------------------------------------------------------------------ theft
    {
        'id': 's43-theft-cranbury-road-snow-blower-from-open-garage-gas-can-added-at-summary',
        'channel': 'web',
        'note': 'a Toro snow blower ($1,149, in the opening) taken from an open garage on Cranbury Road ("not '
                'Cranbury Road in Norwalk"); at the summary adds the gas can and ice melt, "about $35 for both" '
                '(total 1184); "Between about 7:30 last night ... and 6:15 this morning" (crosses midnight, no days)',
        'opening': [
            'Our Toro snow blower was taken out of our open garage on Cranbury Road sometime last night. We bought '
            'it two winters ago for $1,149. We left the door up by mistake after carrying in groceries.',
        ],
        'answers': {
            'type_confirmed': 'Theft, yes, the snow blower out of the garage.',
            'location': 'Cranbury Road in Westport. I know Norwalk has a Cranbury Road as well, but ours is the '
                        'Westport one.',
            'location_confirmed': 'Yes, Cranbury Road, the garage on the left side of the house.',
            'suspect_or_weapon': 'We didn\'t see anyone and the neighbours didn\'t either. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between about 7:30 last night when we came home and 6:15 this morning when my husband '
                           'went out to the car.',
            'items': 'Toro two-stage snow blower, red, 24 inch, $1,149.',
            'narrative': 'Last night we accidentally left our garage door open on Cranbury Road. Between about '
                         '7:30 p.m. and 6:15 this morning someone took our red Toro two-stage snow blower. We did '
                         'not see anyone.',
            'reporter_name': 'Colleen Marchetti',
            'reporter_email': 'colleen.marchetti@example.com',
            'reporter_phone': '(203) 555-0156',
            'confirmed': 'Please add the red gas can and the bag of ice melt that were next to it, about $35 for '
                         'both. The snow blower part is right.',
            'callback_wanted': 'Either email or a phone call is fine with me.',
        },
        '_total_parts': [1149, 35],
        'expect': filed('theft', {
            'reporter_name': 'Colleen Marchetti',
            'reporter_email': 'colleen.marchetti@example.com',
            'reporter_phone': '2035550156',
            'total_value': 1184,
        }),
    },
    {
        'id': 's43-theft-pheasant-lane-little-free-library-box-unscrewed-long-narrative',
        'channel': 'sms',
        'note': 'a mother on Pheasant Lane whose hand-built little free library box (about 35 children\'s books) was '
                'unscrewed from its post; no amounts ("no idea what its worth"); a very long narrative; "yesterday '
                'between 10am and 3pm" (days 1, range so no time)',
        'opening': [
            'someone stole our little free library!! the whole wooden box, unscrewed off the post at the end of '
            'our driveway on pheasant lane. who steals free books',
        ],
        'answers': {
            'type_confirmed': 'theft yes, the book box',
            'location': 'Pheasant Lane, Westport, at the end of our driveway next to the mailbox',
            'location_confirmed': 'ya pheasant lane, end of the driveway',
            'suspect_or_weapon': 'no idea who. the post is still there w the screws in the grass. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'yesterday between 10am and 3pm, we were both at work and the kids were at school',
            'items': 'the little free library box, hand built by my husband, red with a glass door and a shingled '
                     'roof, and maybe 35 books inside, mostly kids books. no idea what its worth, he made it',
            'narrative': 'So my husband built this little free library box three summers ago when our youngest '
                         'was learning to read, red paint, a little glass door from an old cabinet, real cedar '
                         'shingles on the roof, and it has been at the end of our driveway on Pheasant Lane ever '
                         'since. Kids from the whole street use it, people leave notes in the books, the school '
                         'bus driver even drops off paperbacks. Yesterday sometime between 10 in the morning and 3 '
                         'in the afternoon while we were at work someone unscrewed the whole box from the post and '
                         'took it, with about 35 books inside, mostly picture books and early chapter books. The '
                         'four screws were left in the grass. Nobody on the street saw anything and we have no '
                         'idea who would do it. Honestly the kids are more upset than about anything else this '
                         'year.',
            'reporter_name': 'Becca Osei',
            'reporter_email': 'becca.osei@example.com',
            'reporter_phone': '203-555-0170',
            'confirmed': 'perfect, thats the book box exactly',
            'callback_wanted': 'text me, and if it turns up on someones lawn lmk!!',
        },
        'expect': filed('theft', {
            'reporter_name': 'Becca Osei',
            'reporter_email': 'becca.osei@example.com',
            'reporter_phone': '2035550170',
            'occurred_days_ago': 1,
        }),
    },
    {
        'id': 's43-theft-bermuda-road-guatemalan-painter-sprayer-and-ladders-price-fixed-in-prose',
        'channel': 'web',
        'note': 'non-native writer (Spanish speaker), a house painter whose Graco sprayer ($1,899) and two ladders '
                '("$240 each", in the opening) were taken from the side porch of a job site on Bermuda Road; '
                'fixes the ladder prices in prose ("only the tall one is $240, the small one was $165") (total '
                '2304); "Between 4:30 yesterday afternoon ... and 7 this morning" (crosses midnight, no days)',
        'opening': [
            'Buenas tardes. I am a painter, I work at a house on Bermuda Road. Somebody take from the job site my '
            'Graco paint sprayer, $1,899, and two ladders, $240 each. The owners are away, nobody live there now.',
        ],
        'answers': {
            'type_confirmed': 'Yes, is theft, they take my tools',
            'location': 'Bermuda Road, Westport. The house in renovation, I leave the tools on the side porch',
            'location_confirmed': 'Yes, Bermuda Road, the side porch of the house',
            'suspect_or_weapon': 'I don\'t know who. The other workers were not there, only me this week. No '
                                 'weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 4:30 yesterday afternoon when I go home and 7 this morning when I arrive.',
            'items': 'Graco sprayer, $1,899. The ladders, $240 each - no, sorry, only the tall one is $240, the '
                     'small one was $165.',
            'narrative': 'I left my Graco paint sprayer and two ladders on the side porch of the house I am '
                         'painting on Bermuda Road at 4:30 yesterday. When I arrived at 7 this morning they were '
                         'gone. I do not know who took them.',
            'reporter_name': 'Edwin Ajanel',
            'reporter_email': 'ajanel.painting@example.com',
            'reporter_phone': '475-555-0123',
            'confirmed': 'Yes, the sprayer and the two ladders, is correct. Gracias.',
            'callback_wanted': 'Call me after 5, in the day I am spraying and I cannot hear',
        },
        '_total_parts': [1899, 240, 165],
        'expect': filed('theft', {
            'reporter_name': 'Edwin Ajanel',
            'reporter_email': 'ajanel.painting@example.com',
            'reporter_phone': '4755550123',
            'total_value': 2304,
        }),
    },
    # ------------------------------------------------------------------ vehicle_burglary
    {
        'id': 's43-vbu-saugatuck-elementary-lot-window-smashed-during-clinic-asks-about-key-tag',
        'channel': 'sms',
        'note': 'a father whose rear window was smashed in the Saugatuck Elementary lot (170 Riverside Ave) during '
                'his kid\'s before-school basketball clinic; AirPods Pro ($249) and $40 cash (in the opening, total 289); asks '
                'inside the items answer whether to list a plastic gym key tag; "ct plate 5NB-218" (CT 5NB-218); '
                '"today 7 to 8:30, the before-school clinic" (days 0, range so no time)',
        'opening': [
            'smashed my back window in the saugatuck elementary lot while my kid was at bball clinic. took my gym '
            'bag w airpods pro ($249) and 40 bucks cash',
        ],
        'answers': {
            'type_confirmed': 'ya car break in, window smashed',
            'location': 'Saugatuck Elementary, 170 Riverside Ave, the lot by the gym doors',
            'location_confirmed': 'yes the saugatuck el lot by the gym',
            'suspect_or_weapon': 'didnt see any1. no weapon. nobody in the lot saw either',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'today 7 to 8:30, the before-school clinic',
            'vehicle': 'gray 2017 honda pilot, ct plate 5NB-218',
            'items': 'black nike gym bag, airpods pro $249, $40 cash, and a gym key tag thing - do i even list '
                     'that, its just plastic?',
            'damage': 'rear passenger window smashed, glass all over the 3rd row',
            'narrative': 'This morning from 7 to 8:30 my Honda Pilot was parked at Saugatuck Elementary during my '
                         'son\'s before-school basketball clinic. Someone smashed the rear passenger window and took my black '
                         'Nike gym bag with AirPods Pro and $40 cash.',
            'reporter_name': 'Tyler Brandt',
            'reporter_email': 'tbrandt.hoops@example.com',
            'reporter_phone': '203 555 0182',
            'confirmed': 'ya thats it, window + gym bag',
            'callback_wanted': 'text works best, im at the gym w the kids most evenings',
        },
        '_total_parts': [249, 40],
        'expect': filed('vehicle_burglary', {
            'reporter_name': 'Tyler Brandt',
            'reporter_email': 'tbrandt.hoops@example.com',
            'reporter_phone': '2035550182',
            'vehicle_plate': 'CT 5NB-218',
            'total_value': 289,
            'occurred_days_ago': 0,
        }),
    },
    {
        'id': 's43-vbu-woodside-avenue-unlocked-rav4-oakleys-and-opener-camera-time-fixed-at-summary',
        'channel': 'web',
        'note': 'unlocked RAV4 gone through in a driveway on Woodside Avenue ("Norwalk has a Woodside Ave as well; '
                'ours is Westport 06880"): prescription Oakleys ($210, in the opening, total 210) and a garage door '
                'opener (no amount); porch camera time 5:15 fixed at the summary to 5:45 (days 0, 05:45); "plate '
                'CT 8KD-412"',
        'opening': [
            'Someone went through my unlocked car in the driveway early this morning and took my Oakley '
            'prescription sunglasses, $210, and the garage door opener clipped to the visor. The dog barked before '
            'dawn and I assumed it was a deer.',
        ],
        'answers': {
            'type_confirmed': 'Yes, a vehicle break-in, though it wasn\'t locked so nothing was broken.',
            'location': 'Woodside Avenue in Westport. I gather Norwalk has a Woodside Ave as well; ours is '
                        'Westport 06880.',
            'location_confirmed': 'Correct, Woodside Avenue, Westport, in our driveway.',
            'suspect_or_weapon': 'I never saw anyone; the camera only caught a shadow. No weapons that I know of.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'At 5:15 this morning. The barking set off the porch camera and the clip is stamped '
                           '5:15.',
            'vehicle': 'Gray 2020 Toyota RAV4, plate CT 8KD-412.',
            'items': 'Oakley prescription sunglasses in a black case, $210. A Genie garage door opener.',
            'damage': 'No damage, it was unlocked. The glovebox was left hanging open.',
            'narrative': 'Early this morning someone opened my unlocked Toyota RAV4 in our driveway on Woodside '
                         'Avenue and took my Oakley prescription sunglasses and the garage door opener. The porch '
                         'camera caught only a shadow. Nothing was broken.',
            'reporter_name': 'Marguerite Osterhout',
            'reporter_email': 'm.osterhout@example.com',
            'reporter_phone': '203-555-0195',
            'confirmed': 'The time is off: the camera says 5:45, not 5:15. I read it wrong earlier. The rest is '
                         'fine.',
            'callback_wanted': 'Email, please. I\'ve already reprogrammed the garage door.',
        },
        '_total_parts': [210],
        'expect': filed('vehicle_burglary', {
            'reporter_name': 'Marguerite Osterhout',
            'reporter_email': 'm.osterhout@example.com',
            'reporter_phone': '2035550195',
            'vehicle_plate': 'CT 8KD-412',
            'total_value': 210,
            'occurred_days_ago': 0,
            'occurred_time': '05:45',
        }),
    },
    {
        'id': 's43-vbu-church-lane-lot-daughters-rental-cello-rear-window-smashed-serial-number-at-confirm',
        'channel': 'web',
        'note': 'a mother whose daughter\'s rental cello ($3,200, in the opening, total 3200) was taken from the back '
                'seat in the lot behind the Church Lane shops after the rear window was smashed; "Connecticut plate '
                '2TZ-905" (CT 2TZ-905); "Yesterday between 5:40 and 6:30 in the evening" (days 1); at confirmed '
                'asks whether the serial number she just found can still go in (interjection)',
        'opening': [
            'My daughter\'s cello was stolen out of the back seat of my car in the lot behind the shops on Church '
            'Lane. They broke the rear window to get it. It\'s a rental from the music store, valued at $3,200, and '
            'she has a recital soon.',
        ],
        'answers': {
            'type_confirmed': 'Yes, a break-in to the car and the cello taken.',
            'location': 'The parking lot behind the Church Lane shops, downtown Westport. I was near the back wall.',
            'location_confirmed': 'Yes, behind the Church Lane shops.',
            'suspect_or_weapon': 'I didn\'t see anyone. There were a lot of people around doing their shopping. '
                                 'No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 5:40 and 6:30 in the evening, while we had dinner.',
            'vehicle': 'Blue Honda CR-V, 2018, Connecticut plate 2TZ-905.',
            'items': 'A full-size cello in a hard black case with a pink name tag saying ISHA, and the bow inside. '
                     'Rental value $3,200.',
            'damage': 'Rear window on the driver\'s side smashed.',
            'narrative': 'Yesterday between 5:40 and 6:30 p.m. my Honda CR-V was parked behind the Church Lane '
                         'shops. Someone smashed the rear driver-side window and took my daughter\'s rental cello '
                         'in a black hard case with a pink ISHA name tag.',
            'reporter_name': 'Anjali Deshpande',
            'reporter_email': 'anjali.deshpande@example.com',
            'reporter_phone': '475-555-0105',
            'confirmed': 'Cello, bow and the window, yes, that is all correct.',
            'callback_wanted': 'Please email me the case number; the rental store is asking for it.',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Before I confirm: I just found the serial number on the rental contract, CL-44712. Can that '
                     'still go in?'},
        ],
        '_total_parts': [3200],
        'expect': filed('vehicle_burglary', {
            'reporter_name': 'Anjali Deshpande',
            'reporter_email': 'anjali.deshpande@example.com',
            'reporter_phone': '4755550105',
            'vehicle_plate': 'CT 2TZ-905',
            'total_value': 3200,
            'occurred_days_ago': 1,
        }),
    },
    # ------------------------------------------------------------------ vehicle_tampering
    {
        'id': 's43-vta-bradley-lane-all-four-tires-let-down-street-fixed-in-prose',
        'channel': 'sms',
        'note': 'young man whose four tires were let down and valve caps taken overnight, tires not cut; names his '
                'own street and fixes it in prose ("bolton lane. wait no, i stayed at my girlfriends, car was on '
                'bradley lane all night"); "ct plate 4ZC-630" (CT 4ZC-630); "parked at 11:30 last night, flat at 7 '
                'this morning" (crosses midnight, no days)',
        'opening': [
            'someone let the air out of all 4 of my tires overnight and took the valve caps. tires arent cut or '
            'anything, just flat. had to call triple A before work',
        ],
        'answers': {
            'type_confirmed': 'yeah tampering i guess, nothings actually broken',
            'location': 'bolton lane. wait no, i stayed at my girlfriends, car was on bradley lane all night',
            'location_confirmed': 'bradley lane, westport, in front of her house',
            'suspect_or_weapon': 'no clue who. no weapons. her street is usually dead quiet',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'parked at 11:30 last night, flat at 7 this morning',
            'vehicle': 'white 2016 civic, ct plate 4ZC-630',
            'damage': 'all 4 tires flat, valve caps gone, no cuts. aaa pumped them up and theyre holding',
            'narrative': 'I parked my white Civic on Bradley Lane at 11:30 last night. At 7 this morning all four '
                         'tires were flat and the valve caps were gone. The tires were not cut and held air after '
                         'AAA filled them.',
            'reporter_name': 'Marcus Bell',
            'reporter_email': 'marcusbell.ct@example.com',
            'reporter_phone': '2035550184',
            'confirmed': 'yep thats right, bradley lane not bolton',
            'callback_wanted': 'text, i work nights at the warehouse',
        },
        'expect': filed('vehicle_tampering', {
            'reporter_name': 'Marcus Bell',
            'reporter_email': 'marcusbell.ct@example.com',
            'reporter_phone': '2035550184',
            'vehicle_plate': 'CT 4ZC-630',
        }),
    },
    {
        'id': 's43-vta-greenbrier-road-korean-writer-glovebox-emptied-nothing-missing-asks-which-night',
        'channel': 'web',
        'note': 'non-native writer (Korean speaker) on Greenbrier Road: both front doors open and the glovebox '
                'papers spread on the seat, nothing missing; the opening gives no time and at occurred_at he asks '
                'whether it matters that he does not know which night (interjection); "three days ago, about 5 in '
                'the afternoon ... this morning at 8" (range, no days); "Connecticut plate 7YH-248" (CT 7YH-248)',
        '_no_time': True,
        'opening': [
            'Hello. My car is in the driveway on Greenbrier Road and I find both front doors open and everything '
            'from the glove box on the seat, the papers, the manual, all spread out. But nothing is missing, I '
            'check two times.',
        ],
        'answers': {
            'type_confirmed': 'Yes, I think tampering, because they take nothing.',
            'location': 'Greenbrier Road, Westport, in my driveway next to the garage.',
            'location_confirmed': 'Yes, Greenbrier Road, my driveway.',
            'suspect_or_weapon': 'I don\'t know who. No weapon, I did not see any person.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The last time I drove it was three days ago, about 5 in the afternoon, and I found it '
                           'like this this morning at 8.',
            'vehicle': 'Black Kia Sorento 2021, Connecticut plate 7YH-248',
            'damage': 'No damage. Both front doors open, glove box open, papers on the seat. The inside light was '
                      'on all the time so the battery was weak.',
            'narrative': 'Between three days ago and this morning someone opened both front doors of my Kia '
                         'Sorento in my driveway on Greenbrier Road and emptied the glove box onto the seat. '
                         'Nothing is missing and nothing is broken.',
            'reporter_name': 'Ji-hoon Park',
            'reporter_email': 'jihoon.park.wp@example.com',
            'reporter_phone': '(475) 555-0117',
            'confirmed': 'Yes it is correct, nothing missing, only opened and messed.',
            'callback_wanted': 'Email is good for me, I check it every evening after work.',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': 'Is it a problem if I don\'t know which night? I drive this car only on the weekend.'},
        ],
        'expect': filed('vehicle_tampering', {
            'reporter_name': 'Ji-hoon Park',
            'reporter_email': 'jihoon.park.wp@example.com',
            'reporter_phone': '4755550117',
            'vehicle_plate': 'CT 7YH-248',
        }),
    },
    {
        'id': 's43-vta-lyons-plains-road-lug-nuts-loosened-found-at-tire-rotation',
        'channel': 'web',
        'note': 'a careful older man whose mechanic found four lug nuts on the front left wheel of his pickup '
                'loosened by hand, parked on the street on Lyons Plains Road; alarming but over, nobody hurt; '
                '"Connecticut plate 640-KTL" (CT 640-KTL); "Sometime in the last three days" (no days)',
        'opening': [
            'When I took my truck in for a tire rotation this morning, the mechanic showed me that four lug nuts on '
            'the front left wheel had been loosened, two of them almost off. He said that doesn\'t happen on its '
            'own. The truck sits on the street outside my house on Lyons Plains Road.',
        ],
        'answers': {
            'type_confirmed': 'Tampering with the vehicle, yes. Nobody was hurt, I had only driven it around town.',
            'location': 'In front of my house, Lyons Plains Road, Westport.',
            'location_confirmed': 'Lyons Plains Road, yes, parked on the street side.',
            'suspect_or_weapon': 'I can\'t think of anyone who would want to do that to me. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Sometime in the last three days. I had the winter tires put on three days ago and '
                           'they were tight then.',
            'vehicle': 'Green 2015 Ford F-150, Connecticut plate 640-KTL.',
            'damage': 'Four of the five lug nuts on the front left wheel loosened, two nearly off. No other '
                      'damage. The mechanic tightened them all.',
            'narrative': 'This morning during a tire rotation my mechanic found four lug nuts on the front left '
                         'wheel of my Ford F-150 loosened, two nearly off. The truck is parked on the street on '
                         'Lyons Plains Road. The wheels were tight three days ago.',
            'reporter_name': 'Howard Tilghman',
            'reporter_email': 'h.tilghman@example.com',
            'reporter_phone': '203-555-0161',
            'confirmed': 'That\'s an accurate account of the lug nuts, thank you.',
            'callback_wanted': 'A phone call is fine. I\'d like someone to know about this.',
        },
        'expect': filed('vehicle_tampering', {
            'reporter_name': 'Howard Tilghman',
            'reporter_email': 'h.tilghman@example.com',
            'reporter_phone': '2035550161',
            'vehicle_plate': 'CT 640-KTL',
        }),
    },
    # ------------------------------------------------------------------ vandalism
    {
        'id': 's43-van-valley-road-graffiti-on-garage-door-phone-area-code-fixed-at-summary',
        'channel': 'web',
        'note': 'a family on Valley Road ("There is a Valley Road in Fairfield too") whose white garage door was '
                'tagged in silver and black; typed her phone as 475-555-0178 and fixes the area code at the summary '
                '(2035550178); "when I locked up around 11 last night; I spotted it at 6:30 this morning" (crosses midnight, no days)',
        'opening': [
            'Someone spray painted a big tag in silver and black across our white garage door on Valley Road '
            'overnight. It\'s about six feet wide. Our kids are upset and we\'d like it on record before we repaint.',
        ],
        'answers': {
            'type_confirmed': 'Vandalism, the graffiti on the garage door.',
            'location': 'Valley Road in Westport. There is a Valley Road in Fairfield too, but we\'re the Westport '
                        'one.',
            'location_confirmed': 'Yes, Valley Road, Westport.',
            'suspect_or_weapon': 'No idea who. We\'ve never had any trouble on Valley Road before. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'It wasn\'t there when I locked up around 11 last night; I spotted it at 6:30 this morning.',
            'damage': 'Silver and black spray-painted bubble letters about six feet across the garage door and a '
                      'bit on the trim.',
            'narrative': 'Overnight someone spray-painted a six-foot tag in silver and black bubble letters across '
                         'our white garage door and trim on Valley Road. It was not there at 11 last night and we '
                         'saw it at 6:30 this morning.',
            'reporter_name': 'Hannah Feld',
            'reporter_email': 'hannah.feld@example.com',
            'reporter_phone': '475-555-0178',
            'confirmed': 'The phone number should start with 203, not 475: 203-555-0178. Everything else is right.',
            'callback_wanted': 'Email first, please; the kids tend to grab the house phone.',
        },
        'expect': filed('vandalism', {
            'reporter_name': 'Hannah Feld',
            'reporter_email': 'hannah.feld@example.com',
            'reporter_phone': '2035550178',
        }),
    },
    {
        'id': 's43-van-cross-highway-donuts-on-front-lawn-boxwoods-asks-about-photos',
        'channel': 'sms',
        'note': 'a homeowner on Cross Highway ("cross highway in westport, not the fairfield one"): someone did donuts on the front '
                'lawn and crushed four boxwoods; asks inside the damage answer whether we want her photos; "around 1 '
                'this morning" (days 0, approximate so no time)',
        'opening': [
            'some idiot did donuts on our front lawn last night, huge muddy ruts everywhere and they ran over 4 '
            'boxwoods. cross highway in westport, not the fairfield one',
        ],
        'answers': {
            'type_confirmed': 'ya vandalism to the yard',
            'location': 'Cross Highway, Westport. fairfield has a cross highway too so just saying',
            'location_confirmed': 'cross hwy westport yes',
            'suspect_or_weapon': 'didnt see the car, just heard tires spinning. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'around 1 this morning, woke up to an engine revving',
            'damage': '4 big circles of ruts in the front lawn, 4 boxwoods crushed flat, tire marks over the end of '
                      'the driveway. i took pics before it rained, do u want them?',
            'narrative': 'Around 1 this morning someone drove onto our front lawn on Cross Highway and did donuts, '
                         'leaving deep muddy ruts and crushing four boxwoods. We heard the engine but did not see '
                         'the car.',
            'reporter_name': 'Shannon Kilbride',
            'reporter_email': 'shannon.kilbride@example.com',
            'reporter_phone': '203-555-0109',
            'confirmed': 'yes thats everything, lawn + boxwoods',
            'callback_wanted': 'txt me, i check it more than email',
        },
        'expect': filed('vandalism', {
            'reporter_name': 'Shannon Kilbride',
            'reporter_email': 'shannon.kilbride@example.com',
            'reporter_phone': '2035550109',
            'occurred_days_ago': 0,
        }),
    },
    {
        'id': 's43-van-harvest-commons-property-manager-red-paint-on-sign-asks-which-phone',
        'channel': 'web',
        'note': 'a property manager writing for the Harvest Commons condominium association: red paint poured over '
                'the stone entrance sign and the clubhouse steps; at reporter_phone asks whether we want the office '
                'number or his cell (interjection); the record is the writer, "Victor Almeida, property manager", '
                'with his cell; "10:30 last night ... 6 this morning" (crosses midnight, no days)',
        'opening': [
            'I manage the condominium association at Harvest Commons. Overnight someone poured red paint over our '
            'stone entrance sign and down the clubhouse steps. Residents found it this morning and several of them '
            'are quite rattled.',
        ],
        'answers': {
            'type_confirmed': 'Vandalism to the association\'s property, yes.',
            'location': 'Harvest Commons, Westport. The sign is at the entrance and the clubhouse is just inside.',
            'location_confirmed': 'Correct, the Harvest Commons entrance and clubhouse.',
            'suspect_or_weapon': 'No suspects that anyone has mentioned to me. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'A resident walking her dog at 10:30 last night saw nothing; the groundskeeper found it '
                           'at 6 this morning.',
            'damage': 'Red exterior paint over the carved stone sign and poured down five clubhouse steps. The '
                      'empty can was left in the shrubs.',
            'narrative': 'Between 10:30 last night and 6 this morning someone poured red exterior paint over the '
                         'carved stone entrance sign at Harvest Commons and down five steps of the clubhouse. The '
                         'empty can was left in the shrubs.',
            'reporter_name': 'Victor Almeida, property manager for the Harvest Commons association',
            'reporter_email': 'valmeida.pm@example.com',
            'reporter_phone': 'My cell, 203-555-0142. The office line only gets checked twice a week.',
            'confirmed': 'That covers the sign and the steps correctly.',
            'callback_wanted': 'Call my cell, please; I\'ll be on site tomorrow.',
        },
        'interjections': [
            {'at': 'reporter_phone',
             'text': 'Do you want the association office number or my cell? I\'m only in that office two days a '
                     'week.'},
        ],
        'expect': filed('vandalism', {
            'reporter_name': 'Victor Almeida',
            'reporter_email': 'valmeida.pm@example.com',
            'reporter_phone': '2035550142',
        }),
    },
    {
        'id': 's43-van-wilton-road-turkish-cafe-owner-menu-board-glass-kicked-in',
        'channel': 'sms',
        'note': 'non-native writer (Turkish speaker), a cafe owner on Wilton Road: the glass of the sidewalk menu '
                'board smashed, nothing taken; a $480 replacement quote (a repair figure, no total_value); "I close '
                'at 8 last night ... I open at 6:30 this morning" (crosses midnight, no days)',
        'opening': [
            'Hello, I have small cafe on Wilton Road. This morning I find the glass of my menu board outside is '
            'broken, like someone kick it. The sign company say replacement is $480. Nothing taken, only broken.',
        ],
        'answers': {
            'type_confirmed': 'Yes vandalism, only broken, nothing is stolen',
            'location': 'My cafe on Wilton Road, Westport, the board stand on the sidewalk by the door',
            'location_confirmed': 'Yes Wilton Road, in front of the cafe',
            'suspect_or_weapon': 'I don\'t know who. Maybe people walking home at night, I don\'t know. No weapon',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I close at 8 last night, board was ok. I open at 6:30 this morning, broken.',
            'damage': 'The glass front of the standing menu board smashed, the frame bent at one corner. The sign '
                      'company say $480 to replace.',
            'narrative': 'When I closed my cafe on Wilton Road at 8 last night the menu board on the sidewalk was '
                         'fine. At 6:30 this morning the glass was smashed and the frame bent. Nothing was taken.',
            'reporter_name': 'Kerem Aydın',
            'reporter_email': 'kerem.aydin.cafe@example.com',
            'reporter_phone': '475-555-0145',
            'confirmed': 'Yes correct, teşekkürler',
            'callback_wanted': 'Text message please, the cafe is too noisy for the phone',
        },
        'expect': filed('vandalism', {
            'reporter_name': 'Kerem Aydın',
            'reporter_email': 'kerem.aydin.cafe@example.com',
            'reporter_phone': '4755550145',
        }),
    },
]
