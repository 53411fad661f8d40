"""sealed-44: the 26 conversations that end with a filed report (hand-written).

Keys starting with '_' are writer's flags checked by build.py and not written out:
  _no_place     the opening names no place (an interjection may sit at `location`)
  _no_time      the opening gives no time (an interjection may sit at `occurred_at`)
  _total_parts  the amounts that add up to record.total_value
"""


def _expect(incident_type, record, describes=True):
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


NO = 'No.'

FILED = [
    # ------------------------------------------------------------------ harassing_phone_call (3)
    {
        'id': 's44-hpc-beachside-avenue-grandson-for-grandmother-fake-medicare-caller',
        'channel': 'web',
        'note': 'a grandson writes for his 84-year-old grandmother on Beachside Avenue (Greens Farms): a man claiming to be '
                'from Medicare calls her landline eight to ten times a day for her card number; the record is the '
                'grandson\'s name and cell; "this morning at 8:20" (days 0, 08:20)',
        'opening': [
            'Hello, I\'m writing on behalf of my grandmother, who is 84 and lives alone on Beachside Avenue in Greens '
            'Farms. For about nine days a man has been phoning her landline up to ten times a day, claiming to be from '
            'Medicare and demanding her card number. She hangs up on him every time, but now she is afraid to pick up '
            'even when I call.',
        ],
        'answers': {
            'type_confirmed': 'Harassing phone calls, yes. She hasn\'t given him a thing, so it\'s the calls '
                              'themselves we want on record.',
            'location': 'Her house on Beachside Avenue, Westport 06880. The calls come in on the landline there.',
            'location_confirmed': 'Beachside Avenue in Greens Farms is correct - that\'s Grandma\'s house.',
            'suspect_or_weapon': 'None of us has any idea who he is. He reads from a script and the name he gives '
                                 'never checks out. There\'s no weapon in any of this, it\'s all over the phone.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The latest one was this morning at 8:20. I was there unloading her groceries and heard '
                           'it ring.',
            'caller_number': 'It shows 475-555-0194 most of the time, and twice it came up as Private.',
            'call_pattern': 'Nine days now, eight to ten calls a day, the first around 8 and the last around '
                            'dinnertime. He gets ruder every time she hangs up on him.',
            'narrative': 'For nine days a man has called my grandmother\'s landline on Beachside Avenue eight to ten '
                         'times a day, saying he is from Medicare and demanding her Medicare card number. She has '
                         'never given him any information. The calls mostly come from 475-555-0194, sometimes from a '
                         'private number. His identity is unknown to the family.',
            'reporter_name': 'Tobias Lindqvist - I\'m her grandson. Her name is Ingrid Lindqvist if you need it.',
            'reporter_email': 'tobias.lindqvist@example.com is where I read everything',
            'reporter_phone': 'Please use my cell, 203-555-0107, not her landline.',
            'confirmed': 'That summary of Grandma\'s Medicare calls is accurate, go ahead and submit it.',
            'callback_wanted': 'A call to my cell is fine, but please don\'t ring her landline - she won\'t pick up '
                               'anymore.',
        },
        'expect': _expect('harassing_phone_call', {
            'reporter_name': 'Tobias Lindqvist',
            'reporter_email': 'tobias.lindqvist@example.com',
            'reporter_phone': '2035550107',
            'occurred_days_ago': 0,
            'occurred_time': '08:20',
        }),
    },
    {
        'id': 's44-hpc-norwalk-avenue-midnight-polka-calls-time-fixed-at-summary',
        'channel': 'sms',
        'note': 'young writer, slang and abbreviations, renting on Norwalk Avenue (a Westport street named after the '
                'neighbouring city): five nights of calls from 475-555-0173 that play polka music; "last nite at '
                '11:18" corrected at the summary to 11:48 (days 1, 23:48)',
        'opening': [
            'some random # keeps calling me at like midnight n just plays loud polka music when i pick up?? been 5 '
            'nights straight. im on norwalk ave, the westport one lol',
        ],
        'answers': {
            'type_confirmed': 'ya harassing calls, the polka ones',
            'location': 'norwalk avenue westport ct 06880, i rent the apt over somebodys garage',
            'location_confirmed': 'yep norwalk ave in westport, not norwalk the city',
            'suspect_or_weapon': 'no clue who it is tbh. nobody threatened me w anything, its literally just polka',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last nite at 11:18, right when i was falling asleep',
            'caller_number': '475-555-0173 every single time, no voicemail ever',
            'call_pattern': '5 nights in a row, 2 or 3 calls a nite between 11 and 1am. accordion blasts for like 30 '
                            'sec then click',
            'narrative': 'For five nights in a row an unknown number, 475-555-0173, has called my cell two or three '
                         'times a night between 11 PM and 1 AM. When I answer, loud polka music plays for about 30 '
                         'seconds and then the caller hangs up. I dont know who it is.',
            'reporter_name': 'Kayla Brandt',
            'reporter_email': 'kaylabrandt.ct@example.com',
            'reporter_phone': 'my cell 203-555-0115, same one the polka guy calls',
            'confirmed': 'almost, the last call was 11:48 last nite not 11:18, i just checked my call log',
            'callback_wanted': 'text pls, i cant pick up calls during my shifts at the restaurant',
        },
        'expect': _expect('harassing_phone_call', {
            'reporter_name': 'Kayla Brandt',
            'reporter_email': 'kaylabrandt.ct@example.com',
            'reporter_phone': '2035550115',
            'occurred_days_ago': 1,
            'occurred_time': '23:48',
        }),
    },
    {
        'id': 's44-hpc-newtown-turnpike-retired-bookbinder-robot-reads-address-asks-about-phone',
        'channel': 'web',
        'note': 'elderly formal writer, a retired bookbinder on Newtown Turnpike ("the Westport portion, not the Weston '
                'end"; Weston has a Newtown Turnpike too): a computer voice reads out his address and hangs up; at '
                'reporter_phone he asks whether the pestered house line will do since he has no mobile '
                '(interjection); "yesterday evening at 6:40" (days 1, 18:40)',
        'opening': [
            'Good day. I wish to report a string of unsettling telephone calls to my home on Newtown Turnpike - the '
            'Westport portion, not the Weston end. A computer voice reads out my full address, pauses, and rings off. '
            'This has happened eleven times in the past week.',
        ],
        'answers': {
            'type_confirmed': 'Yes, harassing telephone calls describes it adequately.',
            'location': 'My house is on Newtown Turnpike in Westport, 06880, a short way below the Weston line.',
            'location_confirmed': 'That is correct: Newtown Turnpike, on the Westport side of the line.',
            'suspect_or_weapon': 'I have no notion who is behind it. I live quietly and mend old books. Nobody has '
                                 'threatened me with anything beyond that voice.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The most recent was yesterday evening at 6:40, just as I sat down to supper.',
            'caller_number': 'A different number each time, though all begin with 203-555-01. The last one was '
                             '203-555-0139.',
            'call_pattern': 'Eleven calls across seven days, one or two per day, always in the evening. The voice '
                            'recites my address and then there is silence until the line drops.',
            'narrative': 'Over the past seven days I have received eleven automated telephone calls at my home on '
                         'Newtown Turnpike. A computerized voice reads my full street address aloud, pauses, and '
                         'disconnects. The numbers vary; the most recent was 203-555-0139. The person behind it is '
                         'unknown to me.',
            'reporter_name': 'Bartholomew Quayle',
            'reporter_email': 'b.quayle.bindery@example.com',
            'reporter_phone': 'Then put down 203-555-0161, the house line. I answer it myself between nine and '
                              'five.',
            'confirmed': 'I have read it through twice; it is a faithful account of those calls. Please submit it.',
            'callback_wanted': 'A telephone call is quite acceptable. I confess I do not open my e-mail every day.',
        },
        'interjections': [
            {'at': 'reporter_phone',
             'text': 'I do not own a mobile telephone. Will the house line serve, even though it is the very line '
                     'being pestered?'},
        ],
        'expect': _expect('harassing_phone_call', {
            'reporter_name': 'Bartholomew Quayle',
            'reporter_email': 'b.quayle.bindery@example.com',
            'reporter_phone': '2035550161',
            'occurred_days_ago': 1,
            'occurred_time': '18:40',
        }),
    },
    # ------------------------------------------------------------------ damage_to_motor_vehicle (3)
    {
        'id': 's44-dmv-greens-farms-station-lot-quarter-panel-hit-asks-about-photos',
        'channel': 'web',
        'note': 'commuter at the Greens Farms railroad station lot: a parked Outback hit and left, a $2,100 body-shop '
                'quote in the opening (repair, not counted); at confirmed she asks how to send her photos '
                '(interjection); "between 7:05 this morning ... and 12:30" (days 0, no time)',
        'opening': [
            'Someone backed into my car at the Greens Farms railroad station lot today and just drove off. The rear '
            'quarter panel on the driver\'s side is pushed in and the body shop wants $2,100 to fix it. No note '
            'under the wiper, nothing.',
        ],
        'answers': {
            'type_confirmed': 'Damage to my car, yes - somebody hit it while it sat parked and took off.',
            'location': 'The commuter parking lot at the Greens Farms railroad station in Westport.',
            'location_confirmed': 'Right, the Greens Farms station lot. I was in the second row from the platform.',
            'suspect_or_weapon': 'Whoever hit it didn\'t stick around. No one left a name and I didn\'t see it happen. '
                                 'Obviously no weapons, it was a car bumping a car.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 7:05 this morning, when I parked for the train, and 12:30 when I came back early '
                           'for a dentist appointment.',
            'vehicle': 'Silver 2021 Subaru Outback, Connecticut plate 6LW-382.',
            'damage': 'Driver\'s side rear quarter panel caved in about the size of a dinner plate, white paint '
                      'transfer in the dent, and the taillight housing cracked.',
            'narrative': 'I parked my silver Subaru Outback in the Greens Farms railroad station lot at 7:05 this '
                         'morning. When I returned at 12:30 the driver\'s side rear quarter panel was dented in with '
                         'white paint transfer and the taillight housing was cracked. No note was left and I did not '
                         'see who did it.',
            'reporter_name': 'Priya Venkataraman',
            'reporter_email': 'priya.venkat@example.com',
            'reporter_phone': '475-555-0112 is my mobile',
            'confirmed': 'The summary matches the Outback damage and the times. Please submit it.',
            'callback_wanted': 'Email is best, I\'m on trains half the day with bad signal.',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Before I say yes - I took six photos of the dent and the white paint in it. Can I attach them '
                     'here somehow, or should I email them to someone once I have the case number?'},
        ],
        'expect': _expect('damage_to_motor_vehicle', {
            'reporter_name': 'Priya Venkataraman',
            'reporter_email': 'priya.venkat@example.com',
            'reporter_phone': '4755550112',
            'vehicle_plate': 'CT 6LW-382',
            'occurred_days_ago': 0,
        }),
    },
    {
        'id': 's44-dmv-kings-highway-north-polish-contractor-keyed-van-name-spelled-at-summary',
        'channel': 'sms',
        'note': 'non-native writer (Polish speaker), a contractor on Kings Highway North ("not kings highway in '
                'fairfield"): his work van keyed along the whole passenger side; typed his first name Wojciek and '
                'spells it out at the summary (Wojciech Zielinski); "I park at 5:30 yesterday evening ... in morning '
                'at 6:15" (crosses midnight: no days, no time)',
        'opening': [
            'hello, somebody make long scratch with key on my work van, all the side from front door to back. it is '
            'parked on kings highway north in westport, not kings highway in fairfield',
        ],
        'answers': {
            'type_confirmed': 'yes damage on the van, the long key scratch',
            'location': 'Kings Highway North, Westport. van is in front of my house on the street',
            'location_confirmed': 'yes correct, Kings Highway North westport',
            'suspect_or_weapon': 'I dont know who. nobody see, no camera on the street. no weapon, only somebody with '
                                 'a key i think',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I park at 5:30 yesterday evening after work, in morning at 6:15 I see the scratch',
            'vehicle': 'white Ford Transit 2019, plate CT 2HV-647, my company name on the side',
            'damage': 'one long scratch deep to the metal, passenger side, from front door to the back doors, also '
                      'across my logo. painter say all the side must be painted',
            'narrative': 'I parked my white Ford Transit work van on Kings Highway North at 5:30 yesterday evening. '
                         'At 6:15 this morning I found one long deep scratch along the whole passenger side, from the '
                         'front door to the back doors, through my company logo. Nobody saw who made it.',
            'reporter_name': 'Wojciek Zielinski',
            'reporter_email': 'wzielinski.remont@example.com',
            'reporter_phone': '203-555-0176',
            'confirmed': 'my name I type wrong, Wojciek. correct is W-O-J-C-I-E-C-H, Wojciech Zielinski. the rest is '
                         'good',
            'callback_wanted': 'text message please, on the job site is very loud',
        },
        'expect': _expect('damage_to_motor_vehicle', {
            'reporter_name': 'Wojciech Zielinski',
            'reporter_email': 'wzielinski.remont@example.com',
            'reporter_phone': '2035550176',
            'vehicle_plate': 'CT 2HV-647',
        }),
    },
    {
        'id': 's44-dmv-weston-road-mirror-and-boot-dent-asks-about-estimate-in-damage-answer',
        'channel': 'web',
        'note': 'a father on Weston Road (Route 57, a Westport road named after the next town): passenger mirror '
                'snapped off and a boot-print dent in the door overnight; asks inside the damage answer whether he '
                'needs a body-shop estimate first; "between about 10 last night ... and 6:45 this morning" (no days)',
        'opening': [
            'Our car was in the driveway on Weston Road overnight and this morning the passenger mirror was hanging '
            'by its wires and the door under it had a big dent, like someone kicked it. We\'re in Westport - Weston '
            'Road runs through town here, I know the name is confusing.',
        ],
        'answers': {
            'type_confirmed': 'Yes, damage to our car. Nothing was taken from inside it.',
            'location': 'Our driveway on Weston Road in Westport, 06880. The car was about fifteen feet back from '
                        'the street.',
            'location_confirmed': 'Yes, Weston Road, Westport - the driveway at our house.',
            'suspect_or_weapon': 'No idea who. We didn\'t hear a thing. No weapon that I know of - it looks like a '
                                 'boot print on the door.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between about 10 last night, when my son parked it, and 6:45 this morning when I went out '
                           'to warm it up.',
            'vehicle': 'Black 2018 Honda CR-V, Connecticut plate 9FD-153.',
            'damage': 'Passenger side mirror snapped off its mount and dangling by the wires, and a dent in the front '
                      'passenger door with a partial boot print in the road salt. Should I get a body shop estimate '
                      'before this goes in, or can that come later?',
            'narrative': 'Our black Honda CR-V was parked in our driveway on Weston Road. Between about 10 PM and '
                         '6:45 AM someone broke the passenger side mirror off its mount, leaving it hanging by its '
                         'wires, and dented the front passenger door. There is a partial boot print on the door. We '
                         'did not see or hear who did it.',
            'reporter_name': 'Gregory Tillman',
            'reporter_email': 'greg.tillman@example.com',
            'reporter_phone': '(203) 555-0124, my cell',
            'confirmed': 'Mirror, door and boot print are all described correctly. Submit it please.',
            'callback_wanted': 'Either works. If you call and I miss it, leave a voicemail and I\'ll ring back.',
        },
        'expect': _expect('damage_to_motor_vehicle', {
            'reporter_name': 'Gregory Tillman',
            'reporter_email': 'greg.tillman@example.com',
            'reporter_phone': '2035550124',
            'vehicle_plate': 'CT 9FD-153',
        }),
    },
    # ------------------------------------------------------------------ identity_theft (3)
    {
        'id': 's44-idt-green-acre-lane-son-for-greek-mother-two-store-cards-asks-about-bank',
        'channel': 'web',
        'note': 'a son writes for his Greek-speaking mother on Green Acre Lane (Fairfield has one too): two store '
                'cards opened in her name, $3,480 and $615 in the opening; at confirmed he asks whether the bank will '
                'take the case number (interjection); the record is the son\'s name and cell; "The first bill ... '
                'came in the mail yesterday" (days 1)',
        'opening': [
            'I\'m helping my mother, who doesn\'t read English well. Someone opened two store credit cards in her '
            'name: one ran up $3,480 at an electronics website and the other $615 at a furniture store. She has never '
            'shopped at either one. She lives with us on Green Acre Lane in Westport.',
        ],
        'answers': {
            'type_confirmed': 'Identity theft, yes. Those accounts were opened by someone using her details.',
            'location': 'Green Acre Lane, Westport 06880. I know Fairfield has a Green Acre Lane too; this is the '
                        'street on our side of the line.',
            'location_confirmed': 'Correct, Green Acre Lane in Westport is where she lives and gets her mail.',
            'suspect_or_weapon': 'We have no idea who did it. Nobody in the family, and no one has contacted her. No '
                                 'weapons, it all happened online.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The first bill, for the electronics card, came in the mail yesterday. That\'s when we '
                           'found out.',
            'accounts': 'Two store credit cards opened in her name without her knowledge: one with $3,480 charged at '
                        'an electronics website, one with $615 at a furniture store. The bills say both were opened '
                        'within the last month.',
            'narrative': 'Yesterday my mother received a bill for a store credit card she never opened. We then found '
                         'a second card in her name. One has $3,480 in charges at an electronics website and the other '
                         '$615 at a furniture store. She did not open these accounts or make these purchases and does '
                         'not know who did.',
            'reporter_name': 'Nikolaos Papadakis. My mother is Eleni Papadakis; the accounts are in her name.',
            'reporter_email': 'nick.papadakis@example.com',
            'reporter_phone': '475-555-0168 is my cell. She prefers that I handle the calls.',
            'confirmed': 'That is right in every detail, both cards and both amounts. Please go ahead.',
            'callback_wanted': 'Call me rather than her, please. She gets anxious on the phone in English.',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'One thing first - the bank behind the electronics card says it needs a police report. Will they '
                     'accept the case number from this, or does it have to be something signed by an officer?'},
        ],
        'expect': _expect('identity_theft', {
            'reporter_name': 'Nikolaos Papadakis',
            'reporter_email': 'nick.papadakis@example.com',
            'reporter_phone': '4755550168',
            'total_value': 4095,
            'occurred_days_ago': 1,
        }),
        '_total_parts': [3480, 615],
    },
    {
        'id': 's44-idt-sasco-creek-road-unemployment-claim-asks-which-date-email-underscore',
        'channel': 'web',
        'note': 'an employed woman on Sasco Creek Road ("not Sasco Hill, that one\'s over in Fairfield"): HR says an '
                'unemployment claim was filed with her SSN; the opening gives no time and at occurred_at she asks '
                'which date we want (interjection); asks about a credit freeze inside the accounts answer; fixes her '
                'e-mail in prose (d_okafor@example.com); "HR called me this morning around 10" (days 0, no time)',
        'opening': [
            'My employer\'s HR office called to say someone filed an unemployment claim using my name and Social '
            'Security number, but I haven\'t lost my job. I live on Sasco Creek Road in Westport - not Sasco Hill, '
            'that one\'s over in Fairfield.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft. Someone is using my SSN to claim benefits.',
            'location': 'Sasco Creek Road, Westport, 06880.',
            'location_confirmed': 'Yes, that\'s my address on Sasco Creek Road in Westport.',
            'suspect_or_weapon': 'I don\'t know who it could be. No one I know would have my Social. Nothing '
                                 'involving weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'HR called me this morning around 10. The claim itself was filed sometime before that, I '
                           'don\'t have the date.',
            'accounts': 'An unemployment benefits claim filed with the state labor department in my name and SSN. HR '
                        'gave me a claim reference, and no payments have come to me. Do I also need to freeze my '
                        'credit with the three bureaus, or is that a separate thing?',
            'narrative': 'This morning my employer\'s HR department told me that an unemployment benefits claim had '
                         'been filed with the state using my name and Social Security number. I am still employed and '
                         'did not file any claim. Whoever filed it is a stranger to me.',
            'reporter_name': 'Danielle Okafor',
            'reporter_email': 'd.okafor@example.com - sorry, it\'s an underscore, not a dot: d_okafor@example.com',
            'reporter_phone': '203-555-0109',
            'confirmed': 'Everything about the unemployment claim is right. Send it.',
            'callback_wanted': 'Email me. I\'m in meetings most afternoons and can\'t take calls.',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': 'Do you want the day HR phoned me, or the day the claim was filed? I only know the first one.'},
        ],
        'expect': _expect('identity_theft', {
            'reporter_name': 'Danielle Okafor',
            'reporter_email': 'd_okafor@example.com',
            'reporter_phone': '2035550109',
            'occurred_days_ago': 0,
        }),
        '_no_time': True,
    },
    {
        'id': 's44-idt-saugatuck-avenue-bank-app-takeover-1250-transfer',
        'channel': 'sms',
        'note': 'young writer, slang, on Saugatuck Avenue "not the norwalk saugatuck ave" (Norwalk has one too): '
                'someone got into his bank app and sent $1,250 (in the opening); "yesterday 4:17pm" (days 1, 16:17)',
        'opening': [
            'some1 got into my bank app n sent $1,250 to an account i never heard of. i didnt do it. bank locked '
            'everything. im on saugatuck ave westport side',
        ],
        'answers': {
            'type_confirmed': 'yes identity theft, they logged in as me',
            'location': 'saugatuck avenue, westport 06880. not the norwalk saugatuck ave',
            'location_confirmed': 'ya thats me, saugatuck ave in westport',
            'suspect_or_weapon': 'no idea who. i got a sketchy text w a link last week maybe thats how. no weapons '
                                 'nothing',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'yesterday 4:17pm, thats the time on the transfer',
            'accounts': 'my checking acct, one transfer out for $1,250 to an account i dont know, plus they changed '
                        'the email on my login',
            'narrative': 'Yesterday at 4:17 PM someone logged into my bank app and transferred $1,250 from my '
                         'checking account to an account I do not know. They also changed the e-mail on my login. I '
                         'did not make the transfer. The bank has locked the account.',
            'reporter_name': 'Jaylen Morrow',
            'reporter_email': 'jaylen.morrow22@example.com',
            'reporter_phone': '475 555 0103',
            'confirmed': 'ya all good, the 1250 and the 4:17 r right',
            'callback_wanted': 'text me, i dont pick up numbers i dont know lol',
        },
        'expect': _expect('identity_theft', {
            'reporter_name': 'Jaylen Morrow',
            'reporter_email': 'jaylen.morrow22@example.com',
            'reporter_phone': '4755550103',
            'total_value': 1250,
            'occurred_days_ago': 1,
            'occurred_time': '16:17',
        }),
        '_total_parts': [1250],
    },
    # ------------------------------------------------------------------ lost_property (4)
    {
        'id': 's44-lost-town-hall-myrtle-avenue-vietnamese-nurse-stethoscope-asks-which-name',
        'channel': 'web',
        'note': 'non-native writer (Vietnamese speaker), a nurse who lost a $190 stethoscope (in the opening) at Town '
                'Hall, 110 Myrtle Avenue, or its parking lot; at reporter_name she asks whether to use her passport '
                'name Nguyen Thi Lan or Lan Nguyen (interjection); "Yesterday around 11" (days 1, no time)',
        'opening': [
            'Hello, I lose my stethoscope in a small black bag, Littmann brand, it cost $190. I think I leave it at '
            'Town Hall yesterday when I go to pay my car tax, or maybe in the parking.',
        ],
        'answers': {
            'type_confirmed': 'Yes, lost property. Nobody steal it, I just lose it.',
            'location': 'Town Hall, 110 Myrtle Avenue, Westport. Inside by the tax window or outside in the parking '
                        'lot.',
            'location_confirmed': 'Yes, Town Hall on Myrtle Avenue is right.',
            'suspect_or_weapon': 'No, nobody take it, I lose it by myself. There is no weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday around 11 in the morning. I notice at 3 when I go to my shift at the hospital.',
            'items': 'Littmann stethoscope, burgundy color, in a small black zip bag, $190. My hospital name tag is '
                     'clipped on the bag too.',
            'narrative': 'Yesterday around 11 AM I went to Westport Town Hall on Myrtle Avenue. I think I left my '
                         'burgundy Littmann stethoscope, in a small black zip bag with my hospital name tag, inside or '
                         'in the parking lot. I noticed it was missing at 3 PM. It is worth $190.',
            'reporter_name': 'Lan Nguyen',
            'reporter_email': 'lan.nguyen.rn@example.com',
            'reporter_phone': '475-555-0146',
            'confirmed': 'Yes it is all correct about my stethoscope, cảm ơn.',
            'callback_wanted': 'Email please, on the ward I am not allowed to pick up my phone.',
        },
        'interjections': [
            {'at': 'reporter_name',
             'text': 'Which name I should write? My passport say Nguyen Thi Lan but at work and at my bank everybody '
                     'use Lan Nguyen.'},
        ],
        'expect': _expect('lost_property', {
            'reporter_name': 'Lan Nguyen',
            'reporter_email': 'lan.nguyen.rn@example.com',
            'reporter_phone': '4755550146',
            'total_value': 190,
            'occurred_days_ago': 1,
        }),
        '_total_parts': [190],
    },
    {
        'id': 's44-lost-winslow-park-loop-charm-bracelet-asks-about-route-day-fixed-at-summary',
        'channel': 'web',
        'note': 'a widow who lost her late mother\'s charm bracelet (appraised at $850, in the opening) on a dog walk; '
                'the opening names no place and at location she asks whether the route will do (interjection): '
                'Winslow Park down to Main Street; "Two days ago ... about 3" moved to three days ago at the summary '
                '(days 3, no time)',
        'opening': [
            'I lost my gold charm bracelet while walking the dog. It was my late mother\'s and it was appraised at '
            '$850 for our insurance. The clasp must have finally given way.',
        ],
        'answers': {
            'type_confirmed': 'Lost property, yes - I don\'t believe anyone took it, that clasp was weak.',
            'location': 'Winslow Park in Westport, and the sidewalks from the park down to Main Street and back.',
            'location_confirmed': 'Yes, Winslow Park and that walk into downtown Westport.',
            'suspect_or_weapon': 'No one took it, I\'m sure it just slipped off my wrist. No weapons, nothing of the '
                                 'sort.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Two days ago, on our afternoon walk, at about 3 o\'clock.',
            'items': 'Gold charm bracelet with seven charms, including a tiny sailboat and a letter R. Appraised at '
                     '$850.',
            'narrative': 'Two days ago around 3 PM I walked my dog from Winslow Park to downtown Main Street and back. '
                         'When I got home my gold charm bracelet, with seven charms including a small sailboat and the '
                         'letter R, was gone. The clasp was weak and it must have fallen off. It is appraised at $850.',
            'reporter_name': 'Rosalind Achterberg',
            'reporter_email': 'roz.achterberg@example.com',
            'reporter_phone': '203-555-0181',
            'confirmed': 'One fix: it was three days ago, not two - it was the afternoon of the first snow, I remember '
                         'drying the dog\'s paws. The rest is right.',
            'callback_wanted': 'A phone call would be lovely if anyone turns it in.',
        },
        'interjections': [
            {'at': 'location',
             'text': 'Honestly it could have dropped anywhere on our loop from Winslow Park into town and back. Is it '
                     'all right to give you the route rather than one spot?'},
        ],
        'expect': _expect('lost_property', {
            'reporter_name': 'Rosalind Achterberg',
            'reporter_email': 'roz.achterberg@example.com',
            'reporter_phone': '2035550181',
            'total_value': 850,
            'occurred_days_ago': 3,
        }),
        '_no_place': True,
        '_total_parts': [850],
    },
    {
        'id': 's44-lost-burying-hill-beach-backpack-rain-jacket-removed-at-summary',
        'channel': 'web',
        'note': 'a walker who left a backpack on a bench at Burying Hill Beach; the opening lists a $140 Kindle, a $90 '
                'rain jacket and a $35 thermos; at the summary he takes the jacket off the list (found in his trunk), '
                'so total 175, not 265; "Yesterday between 2:30 and 3:30" (days 1, no time)',
        'opening': [
            'Left my gray backpack on a bench at Burying Hill Beach yesterday afternoon and when I went back for it '
            'an hour later it was gone. Inside: my Kindle ($140), a rain jacket ($90) and a steel thermos ($35). '
            'Maybe somebody turned it in?',
        ],
        'answers': {
            'type_confirmed': 'Lost property - I left it there myself, I\'m hoping someone kind picked it up.',
            'location': 'Burying Hill Beach in Westport, on one of the benches.',
            'location_confirmed': 'Yes, Burying Hill Beach, Westport.',
            'suspect_or_weapon': 'I don\'t suspect anyone in particular. No weapons were involved.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 2:30 and 3:30 in the afternoon.',
            'items': 'Gray backpack holding a Kindle ($140), a navy rain jacket ($90), and a steel thermos with a '
                     'dent in the lid ($35).',
            'narrative': 'Yesterday around 2:30 PM I left my gray backpack on a bench at Burying Hill Beach. When I '
                         'returned about an hour later it was gone. It held a Kindle ($140), a navy rain jacket ($90) '
                         'and a steel thermos ($35).',
            'reporter_name': 'Marcus Feeney',
            'reporter_email': 'mfeeney.walks@example.com',
            'reporter_phone': '475-555-0129',
            'confirmed': 'Please take the rain jacket off the list - I just found it balled up in my trunk. The '
                         'Kindle and the thermos are still missing.',
            'callback_wanted': 'Email is fine for anything about the backpack.',
        },
        'expect': _expect('lost_property', {
            'reporter_name': 'Marcus Feeney',
            'reporter_email': 'mfeeney.walks@example.com',
            'reporter_phone': '4755550129',
            'total_value': 175,
            'occurred_days_ago': 1,
        }),
        '_total_parts': [140, 35],
    },
    {
        'id': 's44-lost-library-jesup-road-teen-wallet-permit-cash-fixed-in-prose',
        'channel': 'sms',
        'note': 'teenager, SMS-style, lost his wallet at the Westport Library, 20 Jesup Road; the opening says "like 80 '
                'bucks", fixed in prose in the items answer to 60; "this morning around 11" (days 0, no time)',
        'opening': [
            'hey i lost my wallet at the library on jesup rd, it had my learners permit n like 80 bucks in it',
        ],
        'answers': {
            'type_confirmed': 'ya lost, i think it slid out of my hoodie pocket',
            'location': 'westport library, 20 jesup rd. by the study tables prob',
            'location_confirmed': 'ye the library in westport on jesup',
            'suspect_or_weapon': 'nah nobody took it i dont think, i just lost it. no weapons lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'this morning around 11, i was there cramming for midterms',
            'items': 'brown leather wallet w my learners permit, school id and cash. i said 80 but nah its 60, i '
                     'spent 20 on lunch yesterday',
            'narrative': 'this morning around 11 i was at the westport library studying and my brown leather wallet '
                         'fell out of my hoodie i think. it had my learners permit, my school id and $60 cash',
            'reporter_name': 'Ethan Szabo',
            'reporter_email': 'ethanszabo07@example.com',
            'reporter_phone': 'its 203 555 0187',
            'confirmed': 'yea thats all my stuff, wallet permit id n the 60',
            'callback_wanted': 'text me if some1 finds it pls',
        },
        'expect': _expect('lost_property', {
            'reporter_name': 'Ethan Szabo',
            'reporter_email': 'ethanszabo07@example.com',
            'reporter_phone': '2035550187',
            'total_value': 60,
            'occurred_days_ago': 0,
        }),
        '_total_parts': [60],
    },
    # ------------------------------------------------------------------ theft (3)
    {
        'id': 's44-theft-harbor-road-adjuster-needs-number-two-paddleboards',
        'channel': 'web',
        'note': 'opens without describing anything (the insurance adjuster needs a report number); '
                '`answers.incident_type` holds the description: two paddleboards taken from a rack beside the garage '
                'on Harbor Road (Fairfield has a Harbor Road too), $1,100 and $950; "between dinner two nights ago ... '
                'and 8 yesterday morning" (crosses midnight: no days)',
        'opening': [
            'My insurance adjuster told me she can\'t move forward without a police report number. Can I get one '
            'through this chat?',
        ],
        'answers': {
            'incident_type': 'Two paddleboards were taken off the rack beside our garage on Harbor Road. The blue one '
                             'was $1,100 and the white one $950. We noticed they were gone yesterday morning.',
            'type_confirmed': 'Theft, yes. The boards sat on an open rack, not locked to anything.',
            'location': 'Harbor Road in Westport - I\'m told Fairfield has a Harbor Road too, but ours is here, '
                        '06880.',
            'location_confirmed': 'Yes, our house on Harbor Road, Westport.',
            'suspect_or_weapon': 'We don\'t know who took them. Nobody on the road saw anything. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Sometime between dinner two nights ago, around 6, and 8 yesterday morning when my husband '
                           'went out to the car.',
            'items': 'A blue 11-foot inflatable paddleboard, $1,100, and a white 10-foot epoxy board, $950. Each had '
                     'a paddle strapped to it.',
            'narrative': 'Two paddleboards were taken from the open rack beside our garage on Harbor Road between '
                         'about 6 PM two days ago and 8 AM yesterday: a blue 11-foot inflatable board ($1,100) and a '
                         'white 10-foot epoxy board ($950), each with a paddle strapped to it. Nobody on the road saw '
                         'them go.',
            'reporter_name': 'Celeste Montgomery-Ruiz',
            'reporter_email': 'celeste.mruiz@example.com',
            'reporter_phone': '203-555-0138',
            'confirmed': 'Both boards and both prices are right. Please submit so I can send the number to the '
                         'adjuster.',
            'callback_wanted': 'Email me the report, please; I\'ll forward it to her myself.',
        },
        'expect': _expect('theft', {
            'reporter_name': 'Celeste Montgomery-Ruiz',
            'reporter_email': 'celeste.mruiz@example.com',
            'reporter_phone': '2035550138',
            'total_value': 2050,
        }, describes=False),
        '_total_parts': [1100, 950],
    },
    {
        'id': 's44-theft-fairfield-avenue-porch-grinder-coffee-box-added-at-summary',
        'channel': 'web',
        'note': 'a homeowner on Fairfield Avenue ("in Westport, not in Fairfield, I promise"): a $329 espresso grinder '
                'taken off the porch (in the opening); at the summary she adds a $48 box of coffee beans, total 377; '
                '"Today between 10:52 ... and about 12" (days 0, no time)',
        'opening': [
            'A package with a $329 espresso grinder was taken off our front porch today. The delivery photo shows it '
            'on the mat at 10:52 and it was gone by noon. We\'re on Fairfield Avenue - in Westport, not in Fairfield, '
            'I promise.',
        ],
        'answers': {
            'type_confirmed': 'Theft, yes - somebody walked off with the grinder box.',
            'location': 'Fairfield Avenue, Westport, CT 06880. The front porch of our house.',
            'location_confirmed': 'Correct: Fairfield Avenue, Westport.',
            'suspect_or_weapon': 'We don\'t know who took it. The doorbell camera battery had died. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today between 10:52, the time on the delivery photo, and about 12 when I got home.',
            'items': 'One box with an espresso grinder, $329, brushed steel, still factory sealed.',
            'narrative': 'Today a package containing a $329 espresso grinder was delivered to our front porch on '
                         'Fairfield Avenue at 10:52, according to the delivery photo. When I got home around noon it '
                         'was gone. Our doorbell camera was not recording.',
            'reporter_name': 'Harriet Lowenthal',
            'reporter_email': 'hlowenthal@example.com',
            'reporter_phone': '+1 475 555 0154',
            'confirmed': 'Please add a second package: the tracking shows a small box of coffee beans, $48, dropped '
                         'off with it, and that\'s missing too. Otherwise it\'s right.',
            'callback_wanted': 'Email works best for me, I\'m hard to reach by phone.',
        },
        'expect': _expect('theft', {
            'reporter_name': 'Harriet Lowenthal',
            'reporter_email': 'hlowenthal@example.com',
            'reporter_phone': '4755550154',
            'total_value': 377,
            'occurred_days_ago': 0,
        }),
        '_total_parts': [329, 48],
    },
    {
        'id': 's44-theft-bayberry-lane-spanish-landscaper-trailer-tools-asks-about-gas-can',
        'channel': 'sms',
        'note': 'non-native writer (Spanish speaker), a landscaper working on Bayberry Lane: a $650 leaf blower and '
                'a $380 trimmer taken from his open trailer (in the opening); asks inside the items answer whether '
                'to list a cheap gas can (no amount); "today between 10 and 11:30" (days 0, no time)',
        'opening': [
            'hola, today somebody take my leaf blower ($650) and my trimmer ($380) from my open trailer while I am '
            'working in the back of a house on Bayberry Lane',
        ],
        'answers': {
            'type_confirmed': 'yes is theft, they take the tools from the trailer',
            'location': 'Bayberry Lane in Westport, the trailer was parked on the street in front of the house I '
                        'work',
            'location_confirmed': 'si, Bayberry Lane Westport',
            'suspect_or_weapon': 'I dont see nobody. I was in the backyard with the noise of the machines. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'today between 10 and 11:30 in the morning',
            'items': 'Stihl backpack blower $650, Echo trimmer $380. The red gas can also they take, is a cheap one, '
                     'I put it or no?',
            'narrative': 'Today between 10 and 11:30 AM my Stihl backpack leaf blower ($650) and Echo string trimmer '
                         '($380) were taken from my open landscaping trailer parked on Bayberry Lane while I worked '
                         'behind the house. I did not see who took them.',
            'reporter_name': 'Efraín Castillo',
            'reporter_email': 'efrain.castillo.landscaping@example.com',
            'reporter_phone': '203-555-0113',
            'confirmed': 'sí, the blower and the trimmer all good, gracias',
            'callback_wanted': 'call me after 5 please, in the day the machines are too loud',
        },
        'expect': _expect('theft', {
            'reporter_name': 'Efraín Castillo',
            'reporter_email': 'efrain.castillo.landscaping@example.com',
            'reporter_phone': '2035550113',
            'total_value': 1030,
            'occurred_days_ago': 0,
        }),
        '_total_parts': [650, 380],
    },
    # ------------------------------------------------------------------ vandalism (4)
    {
        'id': 's44-vand-old-hill-road-stained-glass-sidelight-asks-about-teens-on-bikes',
        'channel': 'web',
        'note': 'a homeowner on Old Hill Road: a rock through the stained glass beside the front door, a $900 '
                'replacement quote in the opening (repair, not counted); at suspect_or_weapon she asks whether '
                'teenagers on bikes seen by a neighbour count as a suspect (interjection); "Between 11 last night ... '
                'and 7 this morning" (no days)',
        'opening': [
            'A rock was thrown through the stained glass panel beside our front door last night. The glass studio '
            'quoted $900 to replace it. We found the rock on the hall rug this morning.',
        ],
        'answers': {
            'type_confirmed': 'Vandalism, yes - nobody came in, they just broke the glass.',
            'location': 'Our house on Old Hill Road, Westport 06880.',
            'location_confirmed': 'Old Hill Road in Westport is right.',
            'suspect_or_weapon': 'We honestly don\'t know who did it, and no one has been named to us. No weapons, '
                                 'just the rock.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 11 last night, when we went up to bed, and 7 this morning.',
            'damage': 'The leaded stained glass sidelight left of the front door is smashed through, about a foot '
                      'across, with a fist-sized rock on the rug inside. The replacement quote is $900.',
            'narrative': 'Between 11 PM last night and 7 AM this morning someone threw a fist-sized rock through the '
                         'stained glass sidelight beside our front door on Old Hill Road. The rock was on the hall '
                         'rug. Nothing was taken and no one entered. Whoever threw it was gone by morning.',
            'reporter_name': 'Philippa Granger',
            'reporter_email': 'pgranger.oldhill@example.com',
            'reporter_phone': '203-555-0166',
            'confirmed': 'The sidelight and the rock are described just right. Go ahead and file it.',
            'callback_wanted': 'Please phone; I only check that e-mail now and then.',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'A woman posted on the neighborhood page that she saw three teenagers on bikes on our road around '
                     'midnight. Nobody knows who they were. Does that count as a suspect?'},
        ],
        'expect': _expect('vandalism', {
            'reporter_name': 'Philippa Granger',
            'reporter_email': 'pgranger.oldhill@example.com',
            'reporter_phone': '2035550166',
        }),
    },
    {
        'id': 's44-vand-post-road-west-yoga-studio-co-owner-graffiti-phone-fixed-at-summary',
        'channel': 'web',
        'note': 'a co-owner writes for her yoga studio on Post Road West: silver graffiti on the back wall, rear door '
                'and meter cover; typed 203-555-0125 and fixes it at the summary to 0152; "Yesterday between 6 PM ... '
                'and 8:30 PM" (days 1, no time)',
        'opening': [
            'I co-own a small yoga studio on Post Road West and someone spray-painted big silver tags across our back '
            'wall and the rear door yesterday evening. Nobody was inside when it happened.',
        ],
        'answers': {
            'type_confirmed': 'Vandalism - graffiti on the building, nothing stolen.',
            'location': 'Post Road West in Westport, the back of our studio facing the rear parking area.',
            'location_confirmed': 'Yes, Post Road West, Westport.',
            'suspect_or_weapon': 'We don\'t know who did it. No weapons as far as anyone knows.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 6 PM, when our last class let out, and 8:30 PM when my partner drove past '
                           'and saw it.',
            'damage': 'Silver spray-paint tags about six feet wide across the back wall, more tags on the steel rear '
                      'door and on the electric meter cover.',
            'narrative': 'Yesterday between 6:00 and 8:30 PM someone spray-painted large silver tags across the back '
                         'wall, rear steel door and electric meter cover of our yoga studio on Post Road West. The '
                         'studio was empty. No one saw the painter.',
            'reporter_name': 'Deepa Raman, co-owner of the studio',
            'reporter_email': 'deepa.raman.studio@example.com',
            'reporter_phone': '203-555-0125',
            'confirmed': 'The phone number is flipped - it ends in 0152, not 0125. So 203-555-0152. Everything else '
                         'is right.',
            'callback_wanted': 'Call the cell any time before 9 PM, I teach the early classes.',
        },
        'expect': _expect('vandalism', {
            'reporter_name': 'Deepa Raman',
            'reporter_email': 'deepa.raman.studio@example.com',
            'reporter_phone': '2035550152',
            'occurred_days_ago': 1,
        }),
    },
    {
        'id': 's44-vand-birchwood-lane-solar-lights-and-mailbox-street-fixed-in-prose',
        'channel': 'sms',
        'note': 'young writer, SMS-style: six solar path lights stomped and the mailbox post pulled out; gives '
                'Beechwood Lane and fixes it in prose to Birchwood Lane (both are Westport streets); "fine at 10 ... '
                'wrecked at 7 this am" (no days)',
        'opening': [
            'sum1 stomped all 6 of our solar path lights n yanked the mailbox post right out of the ground last nite',
        ],
        'answers': {
            'type_confirmed': 'ya vandalism, they just wrecked stuff didnt take anything',
            'location': 'beechwood ln westport. wait no birchwood lane, i always mix em up, theres both in town',
            'location_confirmed': 'birchwood lane westport yes',
            'suspect_or_weapon': 'no idea who did it, didnt hear nothin. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'sometime last nite, everything was fine at 10 when i took the trash out, wrecked at 7 this '
                           'am',
            'damage': '6 solar lights along the driveway stomped flat n the mailbox post pulled out, mailbox dented '
                      'n tossed in the bushes',
            'narrative': 'sometime between 10pm last night and 7am today someone stomped all 6 solar path lights along '
                         'our driveway on birchwood lane and pulled our mailbox post out of the ground. the dented '
                         'mailbox was in the bushes. dont know who',
            'reporter_name': 'Brandon Kessler',
            'reporter_email': 'bkessler.99@example.com',
            'reporter_phone': '475-555-0170',
            'confirmed': 'ya thats it, lights n mailbox on birchwood, send it',
            'callback_wanted': 'txt is better, i never answer calls at work',
        },
        'expect': _expect('vandalism', {
            'reporter_name': 'Brandon Kessler',
            'reporter_email': 'bkessler.99@example.com',
            'reporter_phone': '4755550170',
        }),
    },
    {
        'id': 's44-vand-owenoke-park-older-couple-long-account-wreath-birdbath-door',
        'channel': 'web',
        'note': 'older writer, one very long opening message, a couple in Owenoke Park for forty-one years: wreath '
                'torn off the gate, concrete birdbath broken, rude drawings on the front door while they were at a '
                'holiday concert; record name from "Margaret (Peggy) Thistlewood"; "Yesterday between one ... and ten '
                'past four" (days 1, no time)',
        'opening': [
            'Good afternoon. I\'m 79 and not much for computers, so please bear with me if this runs long. My husband '
            'and I have lived in Owenoke Park for forty-one years and we have never once had a problem of this kind. '
            'Yesterday afternoon we went to our granddaughter\'s holiday concert, and when we came home a little '
            'after four o\'clock, the big wreath my husband hangs on the garden gate every December had been torn '
            'down and trampled into the gravel, the concrete birdbath in the front bed had been tipped over and broken '
            'clean in two, and someone had used what looks like red lipstick or a crayon to draw rude pictures all over '
            'our white front door. Nothing seems to have been taken and the house was still locked. My husband wanted '
            'to just clean it up and forget it, but our son insisted we make a report, so here I am.',
        ],
        'answers': {
            'type_confirmed': 'Yes, vandalism. It appears they only wanted to break and deface things.',
            'location': 'Our home in Owenoke Park, Westport, 06880.',
            'location_confirmed': 'That\'s right, Owenoke Park in Westport.',
            'suspect_or_weapon': 'I couldn\'t say who would do such a thing. No one has threatened us and I saw no '
                                 'weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between one o\'clock, when we left for the concert, and ten past four when we '
                           'came back.',
            'damage': 'The wreath torn off the gate and stepped on, the concrete birdbath tipped over and cracked in '
                      'two, and rude drawings in red, lipstick or crayon perhaps, across the front door.',
            'narrative': 'Yesterday between 1:00 and 4:10 PM, while we were at our granddaughter\'s concert, someone '
                         'tore the wreath off our garden gate and trampled it, tipped over and broke our concrete '
                         'birdbath, and drew rude pictures in red on our white front door at our home in Owenoke Park. '
                         'Nothing was taken. Not one of our neighbors saw who did it.',
            'reporter_name': 'Margaret (Peggy) Thistlewood',
            'reporter_email': 'My son set one up for me: peggy.thistlewood@example.com',
            'reporter_phone': 'Our house telephone, 203-555-0140.',
            'confirmed': 'My son read it over my shoulder and we both agree it\'s correct. Thank you kindly.',
            'callback_wanted': 'A telephone call in the daytime, please. We rarely look at the e-mail.',
        },
        'expect': _expect('vandalism', {
            'reporter_name': 'Margaret Thistlewood',
            'reporter_email': 'peggy.thistlewood@example.com',
            'reporter_phone': '2035550140',
            'occurred_days_ago': 1,
        }),
    },
    # ------------------------------------------------------------------ vehicle_burglary (3)
    {
        'id': 's44-vbur-saugatuck-station-lot-laptop-bag-plate-digits-fixed-at-summary',
        'channel': 'web',
        'note': 'a commuter at the Saugatuck railroad station lot: rear window smashed, laptop bag with a MacBook '
                '"about $1,600" and $75 cash taken (in the opening); typed plate 7KT-419 and fixes it at the summary '
                'to 7KT-491; "parked at 7:10 this morning and found it at 1:15" (days 0, no time)',
        'opening': [
            'Someone smashed the rear window of my car at the Saugatuck railroad station lot and took my laptop bag - '
            'a MacBook Pro worth about $1,600 and $75 in cash in the front pocket. I\'d left it on the back seat, '
            'stupidly.',
        ],
        'answers': {
            'type_confirmed': 'Car break-in, yes. Window smashed and the bag taken.',
            'location': 'The commuter lot at Saugatuck railroad station, Westport.',
            'location_confirmed': 'Yes, the Saugatuck station lot in Westport.',
            'suspect_or_weapon': 'No idea who. None of the other commuters I asked saw anything. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I parked at 7:10 this morning and found it at 1:15 when I came back off an early train.',
            'vehicle': 'Gray 2020 Mazda CX-5, CT plate 7KT-419.',
            'items': 'Black laptop bag containing a MacBook Pro (about $1,600) and $75 cash in the front pocket, plus '
                     'my work badge.',
            'damage': 'Rear passenger-side window shattered, glass all over the back seat and the floor mats.',
            'narrative': 'I parked my gray Mazda CX-5 at the Saugatuck railroad station lot at 7:10 this morning. At '
                         '1:15 PM I found the rear passenger-side window smashed and my laptop bag, with a MacBook Pro '
                         'worth about $1,600, $75 cash and my work badge, taken from the back seat. No one in the lot '
                         'saw it happen.',
            'reporter_name': 'Oliver Pemberton',
            'reporter_email': 'oliver.pemberton@example.com',
            'reporter_phone': '203-555-0193',
            'confirmed': 'The plate\'s wrong - it\'s 7KT-491, I flipped the last two digits. The rest is fine.',
            'callback_wanted': 'Email, please. I\'ll be on the phone with the glass people all afternoon.',
        },
        'expect': _expect('vehicle_burglary', {
            'reporter_name': 'Oliver Pemberton',
            'reporter_email': 'oliver.pemberton@example.com',
            'reporter_phone': '2035550193',
            'vehicle_plate': 'CT 7KT-491',
            'total_value': 1675,
            'occurred_days_ago': 0,
        }),
        '_total_parts': [1600, 75],
    },
    {
        'id': 's44-vbur-long-lots-elementary-filipino-nanny-family-suv-ipad-and-purse',
        'channel': 'sms',
        'note': 'non-native writer (Tagalog speaker), a nanny who writes about the family SUV she drives, broken into '
                'at Long Lots Elementary, 13 Hyde Lane, during a class party: the children\'s $329 iPad and her purse '
                'with $120 (in the opening); the record is the nanny\'s name and cell; "Today from 10:30 to about '
                '11:45" (days 0, no time)',
        'opening': [
            'Hi po, I am the nanny for a family in Westport. While I was inside Long Lots Elementary for the kids\' '
            'class party, somebody broke the window of the family\'s SUV and took the children\'s iPad ($329) and my '
            'purse with $120 cash.',
        ],
        'answers': {
            'type_confirmed': 'Yes, car break-in po. They broke the window and took the things inside.',
            'location': 'Long Lots Elementary School, 13 Hyde Lane, Westport. In the parking lot by the side door.',
            'location_confirmed': 'Yes that\'s right, Long Lots Elementary on Hyde Lane.',
            'suspect_or_weapon': 'I did not see anybody. The other moms also did not see. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today from 10:30 to about 11:45 in the morning, while I was inside at the party.',
            'vehicle': 'White Toyota Highlander 2022, Connecticut plate 5PA-736. It is owned by Mr. and Mrs. Whitcomb, '
                       'I drive it for the kids.',
            'items': 'The children\'s iPad in a green rubber case ($329) and my brown purse with $120 cash, my ID and '
                     'my bank card.',
            'damage': 'Back left window is broken, glass on the car seats of the kids.',
            'narrative': 'Today between 10:30 and 11:45 AM, while I was inside Long Lots Elementary for a class party, '
                         'someone broke the rear left window of the white Toyota Highlander I drive for the family and '
                         'took the children\'s iPad ($329) and my purse with $120 cash, my ID and bank card. I did not '
                         'see who did it.',
            'reporter_name': 'Marites Dizon, the nanny. The car belongs to Daniel and Claire Whitcomb.',
            'reporter_email': 'marites.dizon@example.com',
            'reporter_phone': '475-555-0157, my cell. Mrs. Whitcomb knows I am reporting.',
            'confirmed': 'Yes po, the iPad and my purse and the window are all correct. Salamat po.',
            'callback_wanted': 'Text is best, I am with the kids the whole day.',
        },
        'expect': _expect('vehicle_burglary', {
            'reporter_name': 'Marites Dizon',
            'reporter_email': 'marites.dizon@example.com',
            'reporter_phone': '4755550157',
            'vehicle_plate': 'CT 5PA-736',
            'total_value': 449,
            'occurred_days_ago': 0,
        }),
        '_total_parts': [329, 120],
    },
    {
        'id': 's44-vbur-coleytown-road-unlocked-pickup-boots-and-drill-slang',
        'channel': 'sms',
        'note': 'young tradesman, slang, on Coleytown Road: his unlocked pickup gone through overnight, work boots $180 '
                'and a drill kit $249 (prices only in the items answer); "parked it like 9 last nite, noticed at 6 '
                'this am" (no days)',
        'opening': [
            'yo some1 got in my truck last nite on coleytown rd, took my work boots n my drill kit. truck was '
            'unlocked my bad',
        ],
        'answers': {
            'type_confirmed': 'ye car break in i guess, the truck was unlocked tho',
            'location': 'coleytown road westport, truck was in my driveway',
            'location_confirmed': 'ya coleytown rd westport, the truck sits in the driveway',
            'suspect_or_weapon': 'dunno who. no cams on my house. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'parked it like 9 last nite, noticed at 6 this am when i went to leave for work',
            'vehicle': 'black 2017 chevy silverado ct plate 3DN-592',
            'items': 'timberland pro work boots $180 n a dewalt drill n impact kit $249',
            'damage': 'no damage, it was unlocked. glovebox dumped out all over the floor',
            'narrative': 'between 9pm last night and 6am today some1 went in my unlocked silverado in my driveway on '
                         'coleytown rd and took my work boots ($180) and dewalt drill kit ($249). glovebox was dumped '
                         'out',
            'reporter_name': 'Dominic Salerno',
            'reporter_email': 'dom.salerno.jobsite@example.com',
            'reporter_phone': '203 555 0111',
            'confirmed': 'ya boots n drill kit thats everything, submit it',
            'callback_wanted': 'text me im on a jobsite till 4',
        },
        'expect': _expect('vehicle_burglary', {
            'reporter_name': 'Dominic Salerno',
            'reporter_email': 'dom.salerno.jobsite@example.com',
            'reporter_phone': '2035550111',
            'vehicle_plate': 'CT 3DN-592',
            'total_value': 429,
        }),
        '_total_parts': [180, 249],
    },
    # ------------------------------------------------------------------ vehicle_tampering (3)
    {
        'id': 's44-vtam-imperial-avenue-lot-pry-marks-asks-if-screwdriver-is-weapon',
        'channel': 'web',
        'note': 'a commuter at the Imperial Avenue commuter lot: fresh pry marks around the driver\'s door lock and a '
                'loose handle, nothing taken; at suspect_or_weapon he asks whether a screwdriver counts as a weapon '
                '(interjection); "Yesterday between 8 in the morning and 6:50 at night" (days 1, no time)',
        'opening': [
            'My car sat in the Imperial Avenue commuter lot all day yesterday and when I got back the driver\'s door '
            'lock had fresh pry marks around it and the handle was loose. Nothing\'s missing - I think they couldn\'t '
            'get in.',
        ],
        'answers': {
            'type_confirmed': 'Tampering, I\'d call it. They tried to get in but didn\'t manage.',
            'location': 'The Imperial Avenue commuter lot in Westport, near the back row.',
            'location_confirmed': 'Yes, the Imperial Avenue lot, where I leave the Jetta on weekdays.',
            'suspect_or_weapon': 'No idea who did it, no witnesses. Nobody was threatened and no weapon was seen; it '
                                 'was only marks on the lock.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 8 in the morning and 6:50 at night, when my train got in.',
            'vehicle': 'Red 2016 Volkswagen Jetta, CT plate 8RB-264.',
            'damage': 'Scratches and gouges around the driver\'s door lock cylinder, and the handle is loose and '
                      'wobbles. The door still locks.',
            'narrative': 'Yesterday between 8 AM and 6:50 PM my red Jetta was parked in the Imperial Avenue commuter '
                         'lot. When I returned, the driver\'s door lock had fresh pry marks and the handle was loose, '
                         'as if someone tried to force it. Nothing was taken. There were no witnesses.',
            'reporter_name': 'Samuel Whitford',
            'reporter_email': 'sam.whitford@example.com',
            'reporter_phone': '(475) 555-0136',
            'confirmed': 'The Jetta, the lock and the loose handle are all as I described. Please file it.',
            'callback_wanted': 'Email works; I can\'t take calls at my desk.',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'The marks look like someone jammed a flathead screwdriver in there. Does a screwdriver count as '
                     'a weapon for this form? Nobody was around when it happened.'},
        ],
        'expect': _expect('vehicle_tampering', {
            'reporter_name': 'Samuel Whitford',
            'reporter_email': 'sam.whitford@example.com',
            'reporter_phone': '4755550136',
            'vehicle_plate': 'CT 8RB-264',
            'occurred_days_ago': 1,
        }),
    },
    {
        'id': 's44-vtam-high-street-ukrainian-writer-powder-in-gas-tank-day-fixed-in-prose',
        'channel': 'sms',
        'note': 'non-native writer (Ukrainian speaker) on High Street ("not the High Street of Fairfield"): the gas '
                'cap opened and white powder around the filler; fixes the day in prose ("Two days ago in evening - '
                'no, wait, it was yesterday evening"); "Between 7 ... and 10" (days 1, no time)',
        'opening': [
            'Good day. Somebody open my gas cap and put something in the tank, there is white powder around the '
            'opening and on the paint. I park on High Street in Westport, not the High Street of Fairfield.',
        ],
        'answers': {
            'type_confirmed': 'Yes, somebody touch my car, tampering. I did not drive it yet, I am afraid to start '
                              'it.',
            'location': 'High Street, Westport. The car stand on the street near my apartment.',
            'location_confirmed': 'Yes, High Street in Westport, by my apartment.',
            'suspect_or_weapon': 'Who did it, I cannot say. I have no problem with anybody here. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Two days ago in evening - no, wait, it was yesterday evening, my husband had the late '
                           'shift that day. Between 7 in the evening and 10 when he came home and saw.',
            'vehicle': 'Blue Hyundai Elantra 2015, plate CT 4VM-817.',
            'damage': 'Gas door open, cap loose, white powder like sugar around the filler and on the paint below. '
                      'Mechanic will check the tank tomorrow.',
            'narrative': 'Yesterday between 7 and 10 PM someone opened the gas cap of my blue Hyundai Elantra parked '
                         'on High Street and put white powder, maybe sugar, into the tank. There is powder around the '
                         'filler and on the paint. I have not driven the car. Who did this I cannot say.',
            'reporter_name': 'Oksana Hrytsenko',
            'reporter_email': 'oksana.hrytsenko@example.com',
            'reporter_phone': '475-555-0190',
            'confirmed': 'Everything is correct about the tank and the powder, дякую.',
            'callback_wanted': 'Call please, my writing in English is slow.',
        },
        'expect': _expect('vehicle_tampering', {
            'reporter_name': 'Oksana Hrytsenko',
            'reporter_email': 'oksana.hrytsenko@example.com',
            'reporter_phone': '4755550190',
            'vehicle_plate': 'CT 4VM-817',
            'occurred_days_ago': 1,
        }),
    },
    {
        'id': 's44-vtam-clapboard-hill-road-sand-in-oil-filler-name-fixed-in-prose',
        'channel': 'web',
        'note': 'a homeowner on Clapboard Hill Road: hood popped on his unlocked 4Runner, oil cap gone and sand in the '
                'oil filler, nothing taken; gives "Rob Castellano - well, Roberto Castellano" (record Roberto '
                'Castellano); "Between 11 last night ... and 7:20 this morning" (no days)',
        'opening': [
            'This morning the hood of my car was popped open in the driveway, the oil filler cap was gone and there\'s '
            'sand or grit in the filler neck. The car was unlocked, so they must have pulled the hood release. '
            'Nothing is missing from inside. Clapboard Hill Road, Westport.',
        ],
        'answers': {
            'type_confirmed': 'Vehicle tampering, yes - they messed with the engine but took nothing.',
            'location': 'My driveway on Clapboard Hill Road, Westport 06880.',
            'location_confirmed': 'Clapboard Hill Road is correct, that\'s where the 4Runner sits.',
            'suspect_or_weapon': 'Not a clue who would mess with an old 4Runner. No weapons, nobody seen.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 11 last night when I pulled in and 7:20 this morning.',
            'vehicle': 'Green 2012 Toyota 4Runner, Connecticut plate 1WJ-358.',
            'damage': 'Hood unlatched and propped, oil filler cap missing, gritty sand in the oil filler neck. I '
                      'haven\'t started it; a tow to the garage is booked for tomorrow.',
            'narrative': 'Between 11 PM last night and 7:20 AM this morning someone opened my unlocked green Toyota '
                         '4Runner in my driveway on Clapboard Hill Road, popped the hood, removed the oil filler cap '
                         'and put sand into the oil filler. Nothing was taken from the car. Nobody saw anyone near it.',
            'reporter_name': 'Rob Castellano - well, Roberto Castellano, that\'s what\'s on my license.',
            'reporter_email': 'rcastellano.4runner@example.com',
            'reporter_phone': '203-555-0102',
            'confirmed': 'All correct on the 4Runner and the missing oil cap. Go ahead.',
            'callback_wanted': 'Phone is fine, afternoons are best for me.',
        },
        'expect': _expect('vehicle_tampering', {
            'reporter_name': 'Roberto Castellano',
            'reporter_email': 'rcastellano.4runner@example.com',
            'reporter_phone': '2035550102',
            'vehicle_plate': 'CT 1WJ-358',
        }),
    },
]
