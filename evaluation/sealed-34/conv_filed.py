# sealed-34: the 26 filed conversations, written by hand.
# Each scenario: id, note, opening (list), answers (dict), optional interjections, expect (built by build.py
# from `exp`). Record values follow the conventions in README.md (conversation assumed at 14:00 local).

NO = 'No.'


def rec(name, email, phone, plate=None, total=None, days=None, time=None):
    r = {'reporter_name': name, 'reporter_email': email, 'reporter_phone': phone}
    if plate is not None:
        r['vehicle_plate'] = plate
    if total is not None:
        r['total_value'] = total
    if days is not None:
        r['occurred_days_ago'] = days
    if time is not None:
        r['occurred_time'] = time
    return r


FILED = [
    # ------------------------------------------------------------------ harassing_phone_call (3)
    dict(
        id='s34-hpc-music-laughter-turkey-hill-widow-phone-question',
        note='older formal writer, a 78-year-old widow on Turkey Hill Road South: every evening loud music then '
             'laughter from 203-555-0127; "murdering what little peace I have" is a figure of speech; asks whether '
             'she must give her number since it is the harassed line (interjection at reporter_phone), then gives '
             '203-555-0158; "last evening at 6:20" (days 1, 18:20)',
        opening=[
            'Good afternoon. I wish to report a series of telephone calls to my home on Turkey Hill Road South. '
            'Each evening, at about the dinner hour, the telephone rings and when I answer there is very loud music, '
            'then somebody laughs, and then the line goes dead. I am a widow of 78 and I confess these calls are '
            'murdering what little peace I have left.',
        ],
        answers=dict(
            type_confirmed='Yes, that is correct. Harassing telephone calls.',
            location='My home on Turkey Hill Road South, in Westport. I have lived here since 1971.',
            location_confirmed='That is right.',
            suspect_or_weapon='I have not the faintest idea who is behind it, and there has been no weapon of any '
                              'kind. It is only the telephone.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='The most recent call came last evening at 6:20, while I was setting the table.',
            caller_number='The little screen on my telephone shows 203-555-0127 every single time.',
            call_pattern='It began about a fortnight ago. One call nearly every evening between six and seven '
                         "o'clock, occasionally two. Music for perhaps half a minute, then laughter, then nothing.",
            narrative='For about two weeks I have received a telephone call almost every evening between 6 and 7 pm '
                      'from 203-555-0127. When I answer, loud music plays for about thirty seconds, someone laughs, '
                      'and the caller hangs up. The most recent call was yesterday evening at 6:20. I do not know '
                      'who is calling and I would very much like it to stop.',
            reporter_name='Eleanor Hartley',
            reporter_email='My grandson set one up for me: eleanor.hartley@example.com',
            reporter_phone='203-555-0158. It is the house line; I do not own a mobile telephone.',
            confirmed='Yes, that is all correct. Please submit it.',
            callback_wanted='No, an e-mail will do. My grandson will read it to me if need be.',
        ),
        interjections=[dict(at='reporter_phone',
                            text='Must I give my telephone number? It is the very line that is being harassed, and '
                                 'I would rather not invite yet more calls on it.')],
        exp=dict(incident_type='harassing_phone_call',
                 record=rec('Eleanor Hartley', 'eleanor.hartley@example.com', '2035550158', days=1, time='18:20')),
    ),
    dict(
        id='s34-hpc-portuguese-insults-saugatuck-ave-name-and-email-fix',
        note='non-native writer working at a restaurant on Saugatuck Avenue ("near the highway 95 but ... on the '
             'street, not on highway"): 8-10 calls a day with obscene insults in Portuguese from 475-555-0193; '
             '"today morning 9:40" (days 0, 09:40); at the summary fixes two things in one message: surname '
             'Morais -> Moraes and the e-mail thais.morais@ -> thais.moraes@example.com',
        opening=[
            'hello, i need make report. a man call my cellphone many many times every day, he say bad words in '
            'portuguese, very dirty words about me and my family. i dont know him. i work in restaurant on saugatuck '
            'avenue westport',
        ],
        answers=dict(
            type_confirmed='yes, is phone calls harassment',
            location='Saugatuck Avenue in Westport, the restaurant near the train station. Is near the highway 95 '
                     'but the restaurant is on the street, not on highway',
            location_confirmed='yes correct',
            suspect_or_weapon='no i dont know who is. no weapon, only the phone calls',
            known_suspect=NO,
            weapon=NO,
            occurred_at='today morning 9:40 the last one, when i was going to work',
            caller_number='always same number 475-555-0193',
            call_pattern='start maybe 5 days ago. 8, 10 times in a day, morning and night. i answer and he say the '
                         'bad words, then he hang up. if i not answer he leave voice message with the same',
            narrative='For 5 days a man call my cellphone 8 or 10 times every day from 475-555-0193. He speak '
                      'portuguese and say very dirty words about me and my family, and he leave voice messages '
                      'also. I dont know who he is. Last call today 9:40 in the morning. Now I am afraid to answer '
                      'my phone at work.',
            reporter_name='Thais Morais',
            reporter_email='thais.morais@example.com',
            reporter_phone='475-555-0112',
            confirmed='2 things wrong, sorry the phone change my name. my last name is MORAES with E (not Morais), '
                      'and the email also is thais.moraes@example.com with E. rest is ok',
            callback_wanted='no, email only please, i cant talk at work',
        ),
        exp=dict(incident_type='harassing_phone_call',
                 record=rec('Thais Moraes', 'thais.moraes@example.com', '4755550112', days=0, time='09:40')),
    ),
    dict(
        id='s34-hpc-hangups-grandma-compo-hill-heart-attack-lookalike',
        note='granddaughter who lives in Stamford filing for her 86-year-old grandmother on Compo Hill Avenue: '
             '10-15 silent hang-up calls a day from UNKNOWN; "going to give her a heart attack ... (she\'s fine)" '
             'is a look-alike; "yesterday at 4:15 in the afternoon" (days 1, 16:15); phone "203-555-0189 (my cell)"',
        opening=[
            "hi, filing this for my grandma (86) who lives on Compo Hill Ave. her landline rings like 15x a day and "
            "nobody's there, just a click. it's going to give her a heart attack one of these days lol (she's fine, "
            "just really rattled)",
        ],
        answers=dict(
            type_confirmed='yes harassing calls',
            location="Compo Hill Avenue, Westport - grandma's house. I don't live there, I'm in Stamford, I'm just "
                     "helping her with the form",
            location_confirmed="yes that's her house",
            suspect_or_weapon='no idea who it is, and no, nothing like that, just calls',
            known_suspect=NO,
            weapon=NO,
            occurred_at='the last one she wrote down was yesterday at 4:15 in the afternoon',
            caller_number='her caller ID just says UNKNOWN, no number ever',
            call_pattern="started about a month ago. 10-15 calls a day, any time from 7am to 11pm. she picks up, "
                         "there's silence or a click, then it hangs up. she's started unplugging the phone at night",
            narrative='For about a month my grandmother\'s landline on Compo Hill Avenue has been getting 10 to 15 '
                      'hang-up calls a day from an unknown number, between 7am and 11pm. When she answers there is '
                      'silence or a click and the line disconnects. The last one was yesterday at 4:15pm. She is 86 '
                      'and lives alone and the calls are upsetting her. I am filing for her.',
            reporter_name="Brianna Kowalczyk - I'm the granddaughter",
            reporter_email='bri.kowalczyk@example.com',
            reporter_phone="203-555-0189 (my cell, grandma doesn't text)",
            confirmed='yep all good, send',
            callback_wanted="a call would be nice honestly, she'd feel better knowing someone real saw it. my number "
                            "is fine",
        ),
        exp=dict(incident_type='harassing_phone_call',
                 record=rec('Brianna Kowalczyk', 'bri.kowalczyk@example.com', '2035550189', days=1, time='16:15')),
    ),
    # ------------------------------------------------------------------ damage_to_motor_vehicle (3)
    dict(
        id='s34-dmv-hit-imperial-commuter-lot-surname-fix',
        note='navy Honda hit in the Imperial Avenue commuter lot, white paint, no note; a $2,300 body-shop estimate '
             '(not counted, no total_value); "Yesterday between 8:15 in the morning and 6:40 at night" (days 1, '
             'range); at the summary corrects her surname Gallager -> Gallagher, spelled out',
        opening=[
            'Someone hit my car in the Imperial Avenue commuter lot yesterday and just drove off. Big dent and scrape '
            'on the rear passenger door with white paint rubbed into my navy Honda. No note, nothing.',
        ],
        answers=dict(
            type_confirmed='Yes, damage to my car.',
            location='The commuter lot on Imperial Avenue in Westport, the big one by the river. I was in the middle '
                     'row.',
            location_confirmed='Yes',
            suspect_or_weapon="No, I didn't see who did it and there's no note. No weapons, it was a parked car "
                              "getting hit.",
            known_suspect=NO,
            weapon=NO,
            occurred_at='Yesterday between 8:15 in the morning and 6:40 at night, while I was at work in the city',
            vehicle='Navy blue 2019 Honda Accord, CT plate 3FD-772',
            damage='Rear passenger door pushed in about the size of a dinner plate, long scrape with white paint in '
                   'it. The body shop says around $2,300 to fix.',
            narrative='I parked my navy 2019 Honda Accord in the Imperial Avenue commuter lot at 8:15am yesterday. '
                      'When I came back at 6:40pm the rear passenger door was dented and scraped, with white paint '
                      'transfer. No note was left and I do not know who did it. The body shop estimate is about '
                      '$2,300.',
            reporter_name='Siobhan Gallager',
            reporter_email='siobhan.gallagher@example.com',
            reporter_phone='203-555-0131',
            confirmed="One fix - my last name is misspelled, it's Gallagher with an H: G-A-L-L-A-G-H-E-R. Everything "
                      "else is right.",
            callback_wanted='No call needed',
        ),
        exp=dict(incident_type='damage_to_motor_vehicle',
                 record=rec('Siobhan Gallagher', 'siobhan.gallagher@example.com', '2035550131',
                            plate='CT 3FD-772', days=1)),
    ),
    dict(
        id='s34-dmv-keyed-wakeman-town-farm-cross-highway-vin-question',
        note='RAV4 keyed along the whole driver side at Wakeman Town Farm on Cross Highway ("the road, not a highway '
             'lol"); "like somebody attacked" it is a look-alike; asks inside the vehicle answer whether the VIN is '
             'needed, then gives the plate CT 6KL-349; "This morning, between 9 and 11:30" (days 0, range)',
        opening=[
            'My SUV got keyed while I was at a volunteer thing at Wakeman Town Farm this morning. Like somebody '
            'attacked the whole driver side, door to bumper. Cross Highway, Westport (the road, not a highway lol).',
        ],
        answers=dict(
            type_confirmed='yep, damage to my car',
            location='Wakeman Town Farm on Cross Highway, Westport. The gravel lot out front',
            location_confirmed='correct',
            suspect_or_weapon='no clue who, lots of cars in and out. nobody threatened anybody, no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='This morning, between 9 and 11:30',
            vehicle="do you need the VIN or is the plate enough? it's a gray 2021 Toyota RAV4, plate CT 6KL-349. "
                    "VIN is on my insurance card at home if you need it",
            damage='one long key scratch down to the metal, from the driver door all the way to the back bumper, '
                   'plus a couple of short ones around the fuel door',
            narrative='This morning between 9 and 11:30 my gray Toyota RAV4 was parked in the lot at Wakeman Town '
                      'Farm on Cross Highway while I volunteered. When I came out there was a long key scratch down '
                      'to the metal along the whole driver side, from the front door to the rear bumper, and short '
                      'scratches near the fuel door. I did not see who did it.',
            reporter_name='Dev Raghunathan',
            reporter_email='dev.raghunathan@example.com',
            reporter_phone='475-555-0166',
            confirmed='yes perfect',
            callback_wanted='no thanks',
        ),
        exp=dict(incident_type='damage_to_motor_vehicle',
                 record=rec('Dev Raghunathan', 'dev.raghunathan@example.com', '4755550166',
                            plate='CT 6KL-349', days=0)),
    ),
    dict(
        id='s34-dmv-mirror-riverside-ave-night-worker-time-question',
        note='non-native night worker: driver mirror kicked off a Sentra parked on Riverside Avenue near Saugatuck '
             'Elementary ("Not Riverside in Norwalk"); the opening gives no time; asks whether the exact time is '
             'needed (interjection at occurred_at), then "last night at 10:30 ... this morning 7:15" (range across '
             'midnight: no days, no time); plate "Connecticut 2RM-518"; phone "203 555 0102"',
        opening=[
            'Hello. Somebody broke the mirror of my car, the mirror on driver side, it is hanging by wires. Car was '
            'park on Riverside Avenue in Westport, close to the Saugatuck school.',
        ],
        answers=dict(
            type_confirmed='Yes damage of car',
            location='Riverside Avenue, Westport. Not Riverside in Norwalk. Near Saugatuck Elementary, on the street '
                     'in front of my apartment.',
            location_confirmed='yes this one',
            suspect_or_weapon="I don't see nobody. No weapon.",
            known_suspect=NO,
            weapon=NO,
            occurred_at='I park the car last night at 10:30 and I find it broken this morning 7:15 when I come home '
                        'from work',
            vehicle='Nissan Sentra 2016, silver, plate Connecticut 2RM-518',
            damage='Driver mirror broken, glass is out and the cover is crack, it hang by the wires only. Also small '
                   'dent in the door under mirror, like someone kick it.',
            narrative='Last night at 10:30 I park my silver Nissan Sentra on Riverside Avenue near Saugatuck '
                      'Elementary. This morning at 7:15 the driver mirror was broken and hanging by wires and the '
                      'door have small dent like a kick. I dont know who did this.',
            reporter_name='Duc Nguyen',
            reporter_email='duc.nguyen@example.com',
            reporter_phone='203 555 0102',
            confirmed='yes is correct, thank you',
            callback_wanted='no need call, I sleep in the day',
        ),
        interjections=[dict(at='occurred_at',
                            text="You need exactly time? I work in the night, I don't know when it happen")],
        exp=dict(incident_type='damage_to_motor_vehicle',
                 record=rec('Duc Nguyen', 'duc.nguyen@example.com', '2035550102', plate='CT 2RM-518')),
    ),
    # ------------------------------------------------------------------ identity_theft (3)
    dict(
        id='s34-idt-two-cards-beachside-ave-account-numbers-question',
        note='older formal writer on Beachside Avenue ("not far from the entrance to Sherwood Island, but nothing '
             'happened in the park"): a Capital One Visa with $1,260 and a Best Buy card with $2,489 opened in her '
             'name, both in the first message (total 3749); asks inside the accounts answer whether account numbers '
             'are wanted; "on Wednesday" (weekday only: no days); phone "(203) 555-0118"',
        opening=[
            'Good afternoon. I discovered this week that two credit cards were opened in my name without my '
            'knowledge: a Capital One Visa with $1,260 already charged on it, and a Best Buy store card with $2,489 '
            'in purchases. I have never set foot in a Best Buy. I live on Beachside Avenue in Westport.',
        ],
        answers=dict(
            type_confirmed='Yes, identity theft, I believe that is the proper term.',
            location='My home on Beachside Avenue, Westport. We are not far from the entrance to Sherwood Island, but '
                     'nothing happened in the park; the statements came to my house.',
            location_confirmed='Yes, Beachside Avenue, that is correct.',
            suspect_or_weapon='I have no idea who has done this. No weapons, certainly.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='I found out on Wednesday, when the Best Buy statement arrived in the post.',
            accounts='Shall I include the account numbers? The Capital One card ends in 4471 and has $1,260 of '
                     'charges; the Best Buy card ends in 0938 and has $2,489. Both were opened last month, according '
                     'to my credit report.',
            narrative='On Wednesday I received a statement for a Best Buy store card I never applied for, showing '
                      '$2,489 in purchases. When I checked my credit report I found a Capital One Visa, also opened '
                      'last month without my knowledge, with $1,260 in charges. I did not open or authorize either '
                      'account. I have notified both companies and placed a fraud alert.',
            reporter_name='Margaret Ellison-Shaw',
            reporter_email='m.ellisonshaw@example.com',
            reporter_phone='(203) 555-0118',
            confirmed='Yes, that is accurate. Thank you kindly.',
            callback_wanted='A telephone call would be appreciated, as I am not entirely at ease with computers.',
        ),
        exp=dict(incident_type='identity_theft',
                 record=rec('Margaret Ellison-Shaw', 'm.ellisonshaw@example.com', '2035550118', total=3749)),
    ),
    dict(
        id='s34-idt-tax-return-sasco-creek-irs-question',
        note='a tax return filed under his SSN, found when his e-file was rejected and the IRS 5071C letter came; '
             'Sasco Creek Road ("right by the Fairfield line but ... the Westport side"); no amounts; "yesterday '
             'afternoon" (days 1, no time); asks whether the report goes to the IRS automatically (interjection at '
             'confirmed), then confirms',
        opening=[
            'got a letter from the IRS saying a return was already filed under my SSN, and my e-file bounced for the '
            "same reason. I haven't filed anything yet this year. so someone filed one as me. I'm on Sasco Creek Rd",
        ],
        answers=dict(
            type_confirmed='yes, identity theft',
            location="Sasco Creek Road in Westport. it's right by the Fairfield line but our house is on the Westport "
                     "side, we pay Westport taxes",
            location_confirmed='yes, Sasco Creek',
            suspect_or_weapon='nope, no idea who, no weapon obviously',
            known_suspect=NO,
            weapon=NO,
            occurred_at='I found out yesterday afternoon when the IRS letter came',
            accounts="just my federal tax return / SSN. the letter is a 5071C, they want me to verify my identity. no "
                     "bank accounts touched that I know of",
            narrative='Yesterday I received a letter from the IRS (5071C) saying a tax return had already been filed '
                      'under my Social Security number, and my own e-filed return was rejected for the same reason. '
                      'I have not filed this year and did not authorize anyone to file for me. I do not know who did '
                      'it.',
            reporter_name='Marcus Oyelaran',
            reporter_email='marcus.oyelaran@example.com',
            reporter_phone='203-555-0177',
            confirmed="got it, thanks. then yes, everything's right, file it",
            callback_wanted="email's fine",
        ),
        interjections=[dict(at='confirmed',
                            text='before I hit yes - does this go to the IRS automatically or do I have to send it '
                                 'to them myself?')],
        exp=dict(incident_type='identity_theft',
                 record=rec('Marcus Oyelaran', 'marcus.oyelaran@example.com', '2035550177', days=1)),
    ),
    dict(
        id='s34-idt-opens-without-description-tmobile-norwalk-ave-email-fix',
        note='opens without describing anything ("the phone company fraud dept says I need a police report # ... how '
             'do I start?"); `answers.incident_type` holds the description (a T-Mobile account with two lines and two '
             'financed iPhones; collections say $2,380 owed, total 2380); Norwalk Avenue "it says Norwalk, but it\'s '
             'a street in Westport"; "the day before yesterday around lunch" (days 2, no time); corrects her e-mail in '
             'prose keishaab@ -> keisha.abernathy@example.com',
        opening=[
            "hey so the phone company's fraud dept says I need a police report # before they'll close anything. how "
            "do I start?",
        ],
        answers=dict(
            incident_type="someone opened a T-Mobile account in my name, 2 lines + 2 iPhones, I only found out when a "
                          "collections agency called me. I've never had T-Mobile in my life",
            type_confirmed='yeah identity theft i guess',
            location="Norwalk Avenue, Westport. I know, it says Norwalk, but it's a street in Westport, zip 06880",
            location_confirmed='yes thats it',
            suspect_or_weapon="no clue who. no weapons lol it's all online",
            known_suspect=NO,
            weapon=NO,
            occurred_at='collections called me the day before yesterday around lunch',
            accounts='T-Mobile account, 2 lines, 2 iPhones financed on it. collections says $2,380 owed',
            narrative='The day before yesterday a collection agency called me about $2,380 owed on a T-Mobile '
                      'account. I have never had T-Mobile. Someone opened an account in my name with two lines and '
                      'two financed iPhones. I did not authorize it and I do not know who did.',
            reporter_name='Keisha Abernathy',
            reporter_email="keishaab@example.com - wait no that's my old school one, use keisha.abernathy@example.com",
            reporter_phone='203-555-0109',
            confirmed='yes thats right',
            callback_wanted='no',
        ),
        exp=dict(incident_type='identity_theft', first_message_describes='false',
                 record=rec('Keisha Abernathy', 'keisha.abernathy@example.com', '2035550109', total=2380, days=2)),
    ),
    # ------------------------------------------------------------------ lost_property (4)
    dict(
        id='s34-lost-airpods-fitbit-greens-farms-road-amount-fix',
        note='runner lost AirPods Pro ($249) and a Fitbit ($149) on Greens Farms Road, both priced in the first '
             'message; "this morning, I ran from 6:45 to about 7:30" (days 0, range); at the summary corrects the '
             'Fitbit to $179 (total 428)',
        opening=[
            'lost my airpods pro ($249) and my fitbit charge ($149) on a run this morning \U0001F629 somewhere on greens '
            'farms rd between morningside dr s and the church. the fitbit band snapped i think and the airpods were '
            'in the same pocket',
        ],
        answers=dict(
            type_confirmed='yes lost property',
            location='Greens Farms Road, Westport, between Morningside Drive South and the church. maybe on the '
                     'sidewalk or the grass',
            location_confirmed='yup',
            suspect_or_weapon='no its not stolen i just lost them. no weapons lol',
            known_suspect=NO,
            weapon=NO,
            occurred_at='this morning, I ran from 6:45 to about 7:30',
            items='AirPods Pro 2nd gen in a white case with a green silicone cover - $249, and a black Fitbit Charge '
                  '6 - $149',
            narrative='This morning between 6:45 and 7:30 I went running on Greens Farms Road between Morningside '
                      'Drive South and the church. When I got home my AirPods Pro (white case, green cover, $249) and '
                      'my black Fitbit Charge 6 ($149) were gone from my pocket. I think they fell out when the band '
                      'snapped.',
            reporter_name='Tessa Lindqvist',
            reporter_email='tessa.lindqvist@example.com',
            reporter_phone='475-555-0124',
            confirmed='oh wait the fitbit was $179 not $149, i just checked the order. airpods $249 is right',
            callback_wanted='no thx',
        ),
        exp=dict(incident_type='lost_property',
                 record=rec('Tessa Lindqvist', 'tessa.lindqvist@example.com', '4755550124', total=428, days=0)),
    ),
    dict(
        id='s34-lost-hearing-aids-playhouse-daughter-phone-fix',
        note='daughter filing for her 83-year-old father: both hearing aids ($3,200 the pair, in the first message) '
             'lost at the Westport Country Playhouse; "completely lost without them" is a look-alike; "Last night '
             'during the play, roughly 8 to 10:15" (days 1, range); corrects the phone in prose 203-555-0142 (Dad\'s '
             'landline) -> 203-555-0146',
        opening=[
            "Hello, I'm writing for my father, who is 83. He lost both of his hearing aids ($3,200 for the pair, not "
            "covered by insurance) at the Westport Country Playhouse last night. He's completely lost without them, "
            "poor man.",
        ],
        answers=dict(
            type_confirmed='Yes, lost property',
            location='The Westport Country Playhouse in Westport. He thinks he took them out in the theater during '
                     'the second act because they were whistling, and put them in his coat pocket or on the armrest.',
            location_confirmed='Yes, the Playhouse',
            suspect_or_weapon='No, nobody took them, he just lost them. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Last night during the play, roughly 8 to 10:15',
            items='Two Phonak hearing aids, beige, behind-the-ear style, maybe in a small gray case. $3,200 for the '
                  'pair.',
            narrative='Last night my father attended a play at the Westport Country Playhouse from about 8 to '
                      '10:15pm. He took out both hearing aids during the second act and later realized he no longer '
                      'had them. They are beige behind-the-ear Phonak hearing aids, possibly in a small gray case, '
                      'worth $3,200 for the pair. He already asked at the box office.',
            reporter_name='Rachel Klein (his daughter). Dad is Harold Klein.',
            reporter_email='rachel.klein@example.com',
            reporter_phone="203-555-0142 - no, sorry, that's Dad's landline. Mine is 203-555-0146",
            confirmed="Yes, that's correct, thank you.",
            callback_wanted='Yes, please call me if they turn up.',
        ),
        exp=dict(incident_type='lost_property',
                 record=rec('Rachel Klein', 'rachel.klein@example.com', '2035550146', total=3200, days=1)),
    ),
    dict(
        id='s34-lost-keys-winslow-park-dog-walk-key-question',
        note='non-native writer lost a Toyota key and three house keys on a ring with a ceramic whale while walking '
             'the dog in Winslow Park; asks inside the items answer whether a description is wanted; no amounts; '
             '"Today morning, I walk from 8 until 9" (days 0, range)',
        opening=[
            'Hi. I lose my keys in Winslow Park when I walk my dog. The Toyota car key and 3 house keys on ring. I '
            'look 2 hours but I can not find.',
        ],
        answers=dict(
            type_confirmed='yes lost keys',
            location='Winslow Park, Westport, in the big field for dogs and the path near the parking',
            location_confirmed='yes Winslow Park',
            suspect_or_weapon='No, nobody steal, I drop them I think. No weapon.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Today morning, I walk from 8 until 9',
            items='You need how it look? Toyota key black with remote, 3 house keys silver, on a ring with small blue '
                  'ceramic whale from Jeju island. No money value, only keys.',
            narrative='Today from 8 to 9 in the morning I walk my dog in Winslow Park. When I come back to the car my '
                      'keys are missing: Toyota key with remote and 3 house keys on a ring with a small blue ceramic '
                      'whale. I search 2 hours in the field and the path but not find. My neighbor drive me home.',
            reporter_name='Ji-ho Park',
            reporter_email='jiho.park@example.com',
            reporter_phone='203-555-0153',
            confirmed='Yes correct. Thank you very much',
            callback_wanted='Yes please call if somebody find',
        ),
        exp=dict(incident_type='lost_property',
                 record=rec('Ji-ho Park', 'jiho.park@example.com', '2035550153', days=0)),
    ),
    dict(
        id='s34-lost-violin-long-lots-norwalk-family',
        note='a family that lives in Norwalk ("this happened at the school in Westport"): a 3/4 Eastman violin ($850, '
             'in the first message) probably left on the bench outside the gym at Long Lots Elementary on Hyde Lane; "maybe '
             'someone took it home by mistake" stays lost property; "Yesterday at 6:40 pm" (days 1, 18:40)',
        opening=[
            "My daughter's violin has been missing since the concert at Long Lots Elementary yesterday - a 3/4 size "
            "Eastman, we paid $850 for it. We think we left it on the bench by the gym doors in the pickup chaos, and "
            "when we went back for it after dinner it wasn't there. We live in Norwalk but she goes to Long Lots.",
        ],
        answers=dict(
            type_confirmed='Lost property I think - we left it on the bench, so maybe someone took it home by mistake',
            location='Long Lots Elementary, Hyde Lane, Westport. The bench outside the gym doors. We live in Norwalk '
                     'but this happened at the school in Westport.',
            location_confirmed="Yes that's the school",
            suspect_or_weapon='No idea, no suspect. No weapon, it was a school concert!',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Yesterday at 6:40 pm, right when the concert let out',
            items='3/4 size Eastman violin in a black hard case with a pink name tag that says LUCIA, bow and rosin '
                  'inside. $850.',
            narrative='Yesterday at 6:40pm after the concert at Long Lots Elementary we left my daughter\'s violin on '
                      'the bench outside the gym doors during pickup. When we went back for it later it was gone. It '
                      'is a 3/4 Eastman violin in a black hard case with a pink LUCIA name tag, worth $850. The school office '
                      'has not found it.',
            reporter_name='Paola Restrepo',
            reporter_email='paola.restrepo@example.com',
            reporter_phone='203-555-0185',
            confirmed='Yes, all correct.',
            callback_wanted="Please call if it's found!",
        ),
        exp=dict(incident_type='lost_property',
                 record=rec('Paola Restrepo', 'paola.restrepo@example.com', '2035550185', total=850, days=1,
                            time='18:40')),
    ),
    # ------------------------------------------------------------------ theft (3)
    dict(
        id='s34-theft-outboard-compo-mill-cove-prices-in-opening',
        note='a $2,100 Yamaha outboard and an $80 fuel tank taken off a skiff at a dock on Compo Mill Cove, both '
             'priced in the first message (total 2180); "I\'m dying here" is a look-alike; "Between 9 last night '
             '... and 6:30 this morning" (range across midnight: no days, no time)',
        opening=[
            "Somebody unbolted the 9.9 Yamaha outboard off my skiff at the dock on Compo Mill Cove overnight - $2,100 "
            "motor - and took the red 6 gallon gas tank too ($80). Boat's still there, motor gone. I'm dying here, I "
            "just had it serviced.",
        ],
        answers=dict(
            type_confirmed='Yes theft',
            location="Compo Mill Cove, Westport - the private dock behind the houses, my skiff's tied at the end",
            location_confirmed='yep',
            suspect_or_weapon="Didn't see anyone, no idea. No weapons.",
            known_suspect=NO,
            weapon=NO,
            occurred_at='Between 9 last night, when I checked the lines, and 6:30 this morning',
            items='Yamaha 9.9 hp four-stroke outboard, gray, serial is on my bill of sale, $2,100. Red 6 gal plastic '
                  'fuel tank with the hose, $80.',
            narrative='Between 9pm last night and 6:30am today someone removed the Yamaha 9.9 hp outboard from my '
                      'skiff tied at the dock on Compo Mill Cove and took the red 6 gallon fuel tank and hose. The '
                      'motor was clamped and bolted on. Motor $2,100, tank $80. The skiff itself was not damaged.',
            reporter_name='Gus Pappadakis',
            reporter_email='gus.pappadakis@example.com',
            reporter_phone='203-555-0137',
            confirmed='Correct. Go ahead',
            callback_wanted='Call me if it turns up',
        ),
        exp=dict(incident_type='theft',
                 record=rec('Gus Pappadakis', 'gus.pappadakis@example.com', '2035550137', total=2180)),
    ),
    dict(
        id='s34-theft-bronze-heron-planters-kirock-place-street-fix',
        note='older formal writer: a bronze heron appraised at $1,100 and two cast-stone planters at $90 apiece '
             'taken from her front walk (total 1280, amounts only in the items answer); corrects the street in prose '
             '"Kensington Place -- forgive me, I mean Kirock Place"; "Between 10 o\'clock last night and 7 this '
             'morning" (no days, no time)',
        opening=[
            'I wish to report the theft of a bronze heron sculpture and two cast-stone planters from the front walk '
            'of my home. They were there when I retired for the night and gone this morning. I am quite beside '
            'myself.',
        ],
        answers=dict(
            type_confirmed='Yes, a theft.',
            location='My home on Kensington Place - forgive me, I mean Kirock Place. My late husband kept his office '
                     'on Kensington and my fingers still type it. Kirock Place, Westport.',
            location_confirmed='Kirock Place. Yes.',
            suspect_or_weapon='I have no notion who took them, and no, there were no weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at="Between 10 o'clock last night and 7 this morning.",
            items='A bronze heron, about three feet tall, a gift from my husband; the appraisal valued it at $1,100. '
                  'And two grey cast-stone planters with boxwoods in them, $90 apiece.',
            narrative='Between 10 pm last night and 7 am today a three-foot bronze heron sculpture (appraised at '
                      '$1,100) and two grey cast-stone planters with boxwoods ($90 each) were taken from the front '
                      'walk of my home on Kirock Place. They are heavy, so it must have taken some effort. I saw and '
                      'heard nothing.',
            reporter_name='Dorothea Vance',
            reporter_email='dorothea.vance@example.com',
            reporter_phone='203-555-0104',
            confirmed='Yes, that is all in order. Thank you.',
            callback_wanted='Yes, I should like a call.',
        ),
        exp=dict(incident_type='theft',
                 record=rec('Dorothea Vance', 'dorothea.vance@example.com', '2035550104', total=1280)),
    ),
    dict(
        id='s34-theft-golf-bag-curb-old-hill-terse',
        note='annoyed, very terse writer: golf bag with 14 clubs and a rangefinder, "about $1,700 all in" (total '
             '1700), taken from the end of his driveway on Old Hill Road in 10 minutes; "today 12:10 ish" (days 0, '
             'approximate: no time); phone "203 555 0115"',
        opening=['golf bag gone from end of my driveway. 10 min. unreal'],
        answers=dict(
            type_confirmed='theft yes',
            location='Old Hill Rd westport',
            location_confirmed='yep thats it',
            suspect_or_weapon='didnt see anyone. no',
            known_suspect=NO,
            weapon=NO,
            occurred_at='today 12:10 ish',
            items='TaylorMade bag, black/red, 14 clubs, rangefinder in the pocket. about $1,700 all in',
            narrative='Put my golf bag at the end of the driveway around 12:10 to load it, went back inside for my '
                      'keys for about 10 minutes, came out and it was gone. Black/red TaylorMade bag, 14 clubs, '
                      'rangefinder. About $1,700.',
            reporter_name='Brent Okafor',
            reporter_email='brent.okafor@example.com',
            reporter_phone='203 555 0115',
            confirmed='fine',
            callback_wanted='no need',
        ),
        exp=dict(incident_type='theft',
                 record=rec('Brent Okafor', 'brent.okafor@example.com', '2035550115', total=1700, days=0)),
    ),
    # ------------------------------------------------------------------ vandalism (4)
    dict(
        id='s34-vand-memorial-cherry-tree-birdbath-sue-terrace-massacre',
        note='"a massacre in my front yard" and "so angry I\'m shaking" are look-alikes: a memorial cherry tree '
             'snapped and a birdbath cracked on Sue Terrace; a car with loud music heard around midnight is not a '
             'known suspect; "fine at 10:30 last night and I found it at 6 this morning" (no days, no time)',
        opening=[
            "It's a massacre in my front yard. Someone snapped the cherry tree we planted for my mom's memorial clean "
            "in half and knocked our concrete birdbath over so the bowl cracked in two. Sue Terrace in Westport. I'm "
            "so angry I'm shaking.",
        ],
        answers=dict(
            type_confirmed='Yes vandalism',
            location='Sue Terrace, Westport. Front lawn by the mailbox',
            location_confirmed='yes, Sue Terrace',
            suspect_or_weapon="No idea who. We heard a car with loud music go by around midnight but didn't see "
                              "anything. No weapons that I know of.",
            known_suspect=NO,
            weapon=NO,
            occurred_at='Overnight - it was fine at 10:30 last night and I found it at 6 this morning',
            damage='young Kwanzan cherry tree snapped off about 3 feet up, the birdbath bowl cracked in two, and the '
                   'stakes and the little memorial plaque pulled out and thrown in the street',
            narrative='Between 10:30 last night and 6 this morning someone snapped the young cherry tree on our front '
                      'lawn on Sue Terrace, which we planted in memory of my mother, knocked over our concrete '
                      'birdbath and cracked the bowl, and threw the stakes and the memorial plaque into the street. '
                      'We did not see who did it.',
            reporter_name='Colleen Durant',
            reporter_email='colleen.durant@example.com',
            reporter_phone='203-555-0128',
            confirmed="yes that's all of it",
            callback_wanted='a call would be nice',
        ),
        exp=dict(incident_type='vandalism',
                 record=rec('Colleen Durant', 'colleen.durant@example.com', '2035550128')),
    ),
    dict(
        id='s34-vand-graffiti-stone-wall-fairfield-avenue-westport',
        note='place trap: Fairfield Avenue "a street in WESTPORT ... not the town of Fairfield"; black spray-paint '
             'tags on a fieldstone wall; a $600 mason quote is not counted; "Sometime yesterday ... 8am ... 5:30pm" '
             '(days 1, range)',
        opening=[
            "Graffiti on our stone wall, black spray paint tags about 8 feet long. We're on Fairfield Avenue - which "
            "is a street in WESTPORT, before anyone asks, not the town of Fairfield \U0001F644",
        ],
        answers=dict(
            type_confirmed='yes, vandalism / graffiti',
            location='Fairfield Avenue, Westport CT 06880. The wall along the sidewalk in front of our house',
            location_confirmed='correct, Fairfield Ave in Westport',
            suspect_or_weapon='Nope, no idea who, no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at="Sometime yesterday - it wasn't there when I left at 8am and it was there when I got home at "
                        "5:30pm",
            damage="Three black spray-paint tags, letters I can't read, about 8 ft across the front of the fieldstone "
                   "wall, and one more on the stone pillar at the driveway. Mason says cleaning stone is about $600",
            narrative='Yesterday between 8am and 5:30pm someone spray-painted three black tags, about 8 feet across, '
                      'on the fieldstone wall in front of our house on Fairfield Avenue in Westport, plus one on the '
                      'driveway pillar. We did not see who did it.',
            reporter_name='Hank Lowery',
            reporter_email='hank.lowery@example.com',
            reporter_phone='475-555-0170',
            confirmed='\U0001F44D yes',
            callback_wanted='no, email works',
        ),
        exp=dict(incident_type='vandalism',
                 record=rec('Hank Lowery', 'hank.lowery@example.com', '4755550170', days=1)),
    ),
    dict(
        id='s34-vand-paint-balloons-mural-bridge-street-manager-name-question',
        note='gift-shop manager (the owner is out of the country): red paint balloons on the mural behind a shop on '
             'Bridge Street, "dripping down like blood" is a look-alike; a $1,200 repair estimate is not counted; '
             '"Between closing at 6 on Sunday and ... 9:30 this morning" (no days, no time); asks whether the report '
             'should be in his name or the shop\'s (interjection at reporter_name), then gives his own',
        opening=[
            "Hi, I manage a little gift shop on Bridge Street. Someone threw balloons full of red paint at the mural "
            "on our back wall, it's dripping down like blood and it's all over the walkway. The kids who painted it "
            "are going to be crushed.",
        ],
        answers=dict(
            type_confirmed="Yes, it's vandalism",
            location='Bridge Street, Westport - the back wall of the shop, facing the little parking area',
            location_confirmed='Yes, Bridge Street',
            suspect_or_weapon="Nobody saw anything. We don't have a camera back there. No weapons.",
            known_suspect=NO,
            weapon=NO,
            occurred_at='Between closing at 6 on Sunday and when I opened at 9:30 this morning',
            damage='About a dozen red paint splats over the mural, the bottom of the wall and the brick walkway. The '
                   'painter says probably $1,200 to redo the mural',
            narrative='Between 6pm Sunday and 9:30 this morning someone threw balloons filled with red paint at the '
                      'mural on the back wall of our shop on Bridge Street. About a dozen splats cover the mural, the '
                      'wall and the brick walkway. Nobody saw it happen and there is no camera in the back.',
            reporter_name='OK, mine then. Jonah Whitcombe',
            reporter_email='jonah.whitcombe@example.com',
            reporter_phone='203-555-0161',
            confirmed="Yes, that's right",
            callback_wanted="No, email is fine. I'll forward it to the owner",
        ),
        interjections=[dict(at='reporter_name',
                            text="Should that be my name or the shop's? I'm only the manager, the owner is out of the "
                                 "country")],
        exp=dict(incident_type='vandalism',
                 record=rec('Jonah Whitcombe', 'jonah.whitcombe@example.com', '2035550161')),
    ),
    dict(
        id='s34-vand-weedkiller-word-lawn-marion-road-time-fix',
        note='"someone POISONED my lawn" is a look-alike (weed killer sprayed in the shape of a rude word), Marion '
             'Road; a hooded figure with a sprayer bottle on camera is no known suspect and no weapon; "camera says '
             'last night at 11:20", corrected at the summary to 11:02 (days 1, 23:02); phone "203.555.0133"',
        opening=[
            "someone POISONED my lawn. like sprayed weed killer in the shape of a rude word so now there's a giant "
            "dead brown word in the grass facing the street. Marion Road. my kids can read it \U0001F926\u200d\u2640\ufe0f",
        ],
        answers=dict(
            type_confirmed='yes, vandalism i guess?',
            location='Marion Road, Westport, front lawn',
            location_confirmed='yep marion rd',
            suspect_or_weapon="camera just shows someone in a hoodie with a sprayer, can't see the face at all. no "
                              "idea who. no weapon, just the sprayer bottle",
            known_suspect=NO,
            weapon=NO,
            occurred_at='camera says last night at 11:20',
            damage='big dead patch in the shape of a 4 letter word, maybe 10 feet long, right in the middle of the '
                   'front lawn. landscaper says that whole section has to be re-sodded',
            narrative='Last night at 11:20 our camera recorded someone in a hoodie spraying our front lawn on Marion '
                      'Road with a sprayer. Now there is a dead brown four-letter word about 10 feet long in the '
                      'grass facing the street. We do not know who it was.',
            reporter_name='Amara Whitfield',
            reporter_email='amara.whitfield@example.com',
            reporter_phone='203.555.0133',
            confirmed='one thing - the time is 11:02 not 11:20, I misread the camera. otherwise good',
            callback_wanted='no email is good',
        ),
        exp=dict(incident_type='vandalism',
                 record=rec('Amara Whitfield', 'amara.whitfield@example.com', '2035550133', days=1, time='23:02')),
    ),
    # ------------------------------------------------------------------ vehicle_burglary (3)
    dict(
        id='s34-vb-saugatuck-station-lot-by-ramp-bose-cash',
        note='commuter\'s window smashed at the Saugatuck station lot "right up against the I-95 on-ramp - in the '
             'lot, I mean, not on the ramp"; $329 Bose headphones and a gym bag with $60 cash in the first message '
             '(total 389; the $410 window quote is not counted); "Yesterday, I parked at 7:05 in the morning and got '
             'back around 7:10 at night" (days 1, range)',
        opening=[
            'Commuter here. Came back on the evening train last night and my passenger window was smashed - they took '
            'my Bose QC headphones ($329) and my gym bag that had $60 cash in the side pocket. Saugatuck station lot.',
        ],
        answers=dict(
            type_confirmed='Yes, car break-in',
            location='Saugatuck train station, Westport. The lot right up against the I-95 on-ramp - in the lot, I '
                     'mean, not on the ramp. Row by the fence.',
            location_confirmed='yes, the station lot',
            suspect_or_weapon='No idea who, nobody around when I got there. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Yesterday, I parked at 7:05 in the morning and got back around 7:10 at night',
            vehicle='Black 2020 Subaru Outback, CT plate 8WL-204',
            items='Bose QuietComfort headphones in a gray case - $329. Blue Nike gym bag with sneakers, clothes and '
                  '$60 cash in the side pocket.',
            damage='Front passenger window smashed out, glass all over the seat. Safelite quoted $410',
            narrative='Yesterday I parked my black Subaru Outback in the Saugatuck station lot at 7:05am. When I got '
                      'back around 7:10pm the front passenger window was smashed and my Bose QuietComfort '
                      'headphones ($329) and blue Nike gym bag with $60 cash were gone. I did not see who did it.',
            reporter_name='Owen Castellano',
            reporter_email='owen.castellano@example.com',
            reporter_phone='203-555-0149',
            confirmed='Yes, looks right',
            callback_wanted='No thanks, e-mail is fine',
        ),
        exp=dict(incident_type='vehicle_burglary',
                 record=rec('Owen Castellano', 'owen.castellano@example.com', '2035550149', plate='CT 8WL-204',
                            total=389, days=1)),
    ),
    dict(
        id='s34-vb-unlocked-jeep-driveway-charcoal-hill-street-fix',
        note='teen SMS writer: "my car got raided last night lol", unlocked Jeep rummaged in the driveway; $180 '
             'Ray-Bans, a garage opener and "like $12 in quarters" (total 192); nothing broken; "11:15 last night '
             '... 7:20 this morning" (no days, no time); at the summary fixes the street Clapboard Hill Road -> '
             'Charcoal Hill Road',
        opening=[
            'my car got raided last night lol. left it unlocked in the driveway (i know i know) and this morning the '
            'glovebox + console were dumped all over the seats. my ray bans are gone ($180) and the garage door '
            'opener',
        ],
        answers=dict(
            type_confirmed='yeah car break in i guess, it wasnt locked tho',
            location='clapboard hill rd westport, our driveway',
            location_confirmed='ya',
            suspect_or_weapon='no idea who. no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='got home at like 11:15 last night, saw it at 7:20 this morning',
            vehicle='white 2015 jeep cherokee, ct plate 4BX-613',
            items='ray ban aviators $180, the garage door opener (clicker thing), and like $12 in quarters from the '
                  'cupholder',
            damage='nothing broken, it was unlocked. just a mess',
            narrative='I left my white Jeep Cherokee unlocked in our driveway at about 11:15 last night. At 7:20 this '
                      'morning the glovebox and console were dumped out and my Ray-Ban aviators ($180), the garage '
                      'door opener and about $12 in quarters were gone. Nothing was broken.',
            reporter_name='Liam Tran',
            reporter_email='liam.tran@example.com',
            reporter_phone='475-555-0108',
            confirmed='wait the street is wrong its charcoal hill rd not clapboard hill, i mixed them up lol. rest is '
                      'good',
            callback_wanted='nah',
        ),
        exp=dict(incident_type='vehicle_burglary',
                 record=rec('Liam Tran', 'liam.tran@example.com', '4755550108', plate='CT 4BX-613', total=192)),
    ),
    dict(
        id='s34-vb-work-van-westfair-drive-tools-serial-question',
        note='non-native carpenter: rear lock of his Transit punched on Westfair Drive overnight, a $420 DeWalt set '
             'and a $310 Milwaukee saw taken, both priced in the first message (total 730); asks inside the items '
             'answer whether serial numbers are needed; "5 o\'clock yesterday evening ... today 7 in morning" (no '
             'days, no time); plate "Connecticut 7CV-881"',
        opening=[
            'Hello. My work van was broke into in the night on Westfair Drive, they make the lock on back door broken '
            'and take DeWalt drill set ($420) and Milwaukee saw ($310). I am carpenter, I need this tools for work '
            'today.',
        ],
        answers=dict(
            type_confirmed='yes, break in to van',
            location='Westfair Drive in Westport, I park the van on the street next to the building where I work '
                     'this week',
            location_confirmed='yes Westfair',
            suspect_or_weapon="No, I don't see who. No weapon.",
            known_suspect=NO,
            weapon=NO,
            occurred_at="I leave van at 5 o'clock yesterday evening and come back today 7 in morning",
            vehicle='Ford Transit van white 2017, plate Connecticut 7CV-881',
            items='You need serial number also? I have only for the saw, is on the box at home. DeWalt 20V drill and '
                  'impact driver set in yellow case, $420. Milwaukee M18 circular saw, red, $310.',
            damage='Lock on back door is punched, now the door not close good',
            narrative='Yesterday at 5 in the evening I park my white Ford Transit on Westfair Drive. Today at 7 in '
                      'the morning the lock on the back door was punched and my DeWalt drill and impact set ($420) '
                      'and Milwaukee M18 circular saw ($310) was gone. I dont know who.',
            reporter_name='Tomasz Wieczorek',
            reporter_email='tomasz.wieczorek@example.com',
            reporter_phone='203-555-0168',
            confirmed='Yes, is correct',
            callback_wanted='yes please call me',
        ),
        exp=dict(incident_type='vehicle_burglary',
                 record=rec('Tomasz Wieczorek', 'tomasz.wieczorek@example.com', '2035550168', plate='CT 7CV-881',
                            total=730)),
    ),
    # ------------------------------------------------------------------ vehicle_tampering (3)
    dict(
        id='s34-vt-catalytic-saw-cuts-cavalry-road-time-prose-fix',
        note='"someone tried to saw my car in half last night (laughing emoji) ok not really": fresh saw cuts beside the '
             'catalytic converter of a Prius on Cavalry Road, not removed; corrects the time in prose "3:14 this '
             'morning - no wait, 3:41" (days 0, 03:41)',
        opening=[
            'pretty sure someone tried to saw my car in half last night \U0001F602 ok not really, but someone tried to cut '
            'the catalytic converter off my Prius - there are fresh saw cuts on the pipe on both sides but they '
            "didn't finish. Cavalry Road.",
        ],
        answers=dict(
            type_confirmed="yes that one, tampering",
            location='Cavalry Road, Westport, car was in the driveway',
            location_confirmed="yep, that's right",
            suspect_or_weapon='No idea who, the camera only caught the sound, not a person. No weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='the driveway cam picked up a grinding sound at 3:14 this morning - no wait, 3:41, I read it '
                        'backwards',
            vehicle='silver 2012 Toyota Prius, CT plate 5NH-927',
            damage="two saw cuts into the exhaust pipe on each side of the catalytic converter, one about halfway "
                   "through. mechanic says the pipe needs replacing, car sounds like a motorcycle now",
            narrative='At 3:41 this morning our driveway camera on Cavalry Road recorded a grinding sound. In the '
                      'morning I found two fresh saw cuts in the exhaust pipe on each side of the catalytic converter '
                      'of my silver Prius. The converter is still there. No person is visible on the video.',
            reporter_name='Ruth Coleman',
            reporter_email='ruth.coleman@example.com',
            reporter_phone='203-555-0174',
            confirmed="yep that's right",
            callback_wanted='nope',
        ),
        exp=dict(incident_type='vehicle_tampering',
                 record=rec('Ruth Coleman', 'ruth.coleman@example.com', '2035550174', plate='CT 5NH-927', days=0,
                            time='03:41')),
    ),
    dict(
        id='s34-vt-battery-cables-newtown-turnpike-two-fixes',
        note='older formal writer: hood opened and both battery cables taken off his Grand Marquis parked on Newtown '
             'Turnpike ("the road, you understand, not the Connecticut Turnpike", near the Weston line); at the '
             'summary fixes two things in one message: the day (yesterday -> the day before yesterday, days 2) and '
             'the phone (0134 -> 0143, 2035550143)',
        opening=[
            'Good day. I should like to report that someone has been interfering with my automobile. The hood was '
            'opened while it was parked on the street outside my house on Newtown Turnpike and both battery cables '
            'were taken off, so that it would not start. Nothing was taken as far as I can tell.',
        ],
        answers=dict(
            type_confirmed='Yes, tampering is the word for it.',
            location='Newtown Turnpike, Westport. That is the road, you understand, not the Connecticut Turnpike. My '
                     'house is near the Weston line but on the Westport side.',
            location_confirmed='Quite right.',
            suspect_or_weapon='I have no idea who would do such a thing. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Yesterday morning, when I went out to the car. It had been perfectly fine the evening '
                        'before.',
            vehicle='A 2008 Mercury Grand Marquis, champagne colour, Connecticut plate 2GT-450.',
            damage='No damage as such; the hood latch is a little bent and both battery cables had been '
                   'disconnected. My neighbour reconnected them for me.',
            narrative='When I went out to my car, parked on the street outside my house on Newtown Turnpike, it would '
                      'not start. The hood had been opened and both battery cables taken off the battery. The hood '
                      'latch is slightly bent. Nothing was taken. I do not know who did it.',
            reporter_name='Walter Brzezinski',
            reporter_email='walter.brzezinski@example.com',
            reporter_phone='203-555-0134',
            confirmed='Two corrections, if you please. It was the day before yesterday, not yesterday; I have lost '
                      'track of my days. And my telephone number ends in 0143, not 0134. Otherwise it is correct.',
            callback_wanted='Yes, a telephone call, please.',
        ),
        exp=dict(incident_type='vehicle_tampering',
                 record=rec('Walter Brzezinski', 'walter.brzezinski@example.com', '2035550143', plate='CT 2GT-450',
                            days=2)),
    ),
    dict(
        id='s34-vt-pried-lock-burying-hill-beach-suspect-question',
        note='driver door lock pried and bent at the Burying Hill Beach lot ("the little town beach, not Sherwood '
             'Island"), nothing taken, nobody got in; plate "New York plate 9PD-136" (NY 9PD-136); asks whether the other people in the lot count as suspects '
             '(interjection at suspect_or_weapon), then no idea, no weapons; "Today between 10:45 and 12:30" (days '
             '0, range)',
        opening=[
            "Someone tried to get into my car at Burying Hill Beach earlier today - the lock is all scratched up and "
            "bent and the key won't turn anymore. They didn't get in, nothing's missing.",
        ],
        answers=dict(
            type_confirmed='yes, someone messing with the car',
            location='Burying Hill Beach, Westport, the beach lot off Beachside Ave. Not Sherwood Island, the little '
                     'town beach',
            location_confirmed='yes, Burying Hill',
            suspect_or_weapon='ok then no, no idea who did it, and no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Today between 10:45 and 12:30 while I was walking on the beach',
            vehicle='green 2018 Kia Soul, New York plate 9PD-136 - I only moved here a few months ago',
            damage='Driver door lock scratched and bent in, pry marks on the door edge and chipped paint. Key won\'t '
                   'turn anymore, I had to get in through the passenger side',
            narrative='Today between 10:45 and 12:30 my green Kia Soul was parked in the Burying Hill Beach lot while '
                      'I walked on the beach. When I came back the driver door lock was scratched and bent with pry '
                      'marks around it and the key no longer turns. Nothing was taken and the car was not opened.',
            reporter_name='Nadia Farouk',
            reporter_email='nadia.farouk@example.com',
            reporter_phone='475-555-0181',
            confirmed='yes correct, send please',
            callback_wanted='no thank you',
        ),
        interjections=[dict(at='suspect_or_weapon',
                            text="hmm there were other people in the lot the whole time, but I didn't see anybody near "
                                 "my car. does that count as a suspect?")],
        exp=dict(incident_type='vehicle_tampering',
                 record=rec('Nadia Farouk', 'nadia.farouk@example.com', '4755550181', plate='NY 9PD-136', days=0)),
    ),
]
