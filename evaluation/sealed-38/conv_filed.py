"""Filed scenarios (26) for sealed-38: 3 per online type, lost_property and vandalism 4 each."""


def filed(sid, note, opening, answers, itype, record, interjections=None, describes='true'):
    s = {'id': 's38-' + sid, 'channel': 'web', 'note': note, 'opening': opening, 'answers': answers}
    if interjections:
        s['interjections'] = [{'at': a, 'text': t} for a, t in interjections]
    s['expect'] = {
        'outcome': 'filed', 'reason': None, 'topic': None, 'incident_type': itype,
        'location_decision': 'in_town', 'emergency_message': None, 'first_message_describes': describes,
        'record': record,
    }
    return s


def rec(name, email, phone, days=None, time=None, plate=None, total=None):
    r = {'reporter_name': name, 'reporter_email': email, 'reporter_phone': phone}
    if days is not None:
        r['occurred_days_ago'] = days
    if time is not None:
        r['occurred_time'] = time
    if plate is not None:
        r['vehicle_plate'] = plate
    if total is not None:
        r['total_value'] = total
    return r


NO = 'No.'

SCENARIOS = [
    # ------------------------------------------------------------ harassing_phone_call
    filed(
        'hpc-widow-hockanum-road-breathing-calls-asks-about-changing-number',
        '81-year-old widow on Hockanum Road, formal: silent breathing calls on the house phone from 203-555-0139,'
        ' eleven so far; asks inside the call_pattern answer whether she should change her number; "9:40 this'
        ' morning" (days 0, 09:40)',
        ['Hello. I am 81 years old and I live alone on Hockanum Road. Since about the middle of last month'
         ' someone rings my house telephone, and when I pick up there is only breathing. No words at all. My'
         ' daughter in Ohio said to write to you on the computer, so here I am.'],
        {
            'type_confirmed': 'Yes dear, the telephone calls.',
            'location': 'My house on Hockanum Road in Westport. I have lived here since 1971.',
            'location_confirmed': 'Yes, that is right.',
            'suspect_or_weapon': 'I have no notion who it could be. Nobody has threatened me and there are no'
                                 ' guns or anything of that sort.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The latest one was at 9:40 this morning while I was having my tea.',
            'caller_number': 'The little screen on the telephone says 203-555-0139.',
            'call_pattern': 'Two or three times a week, mostly in the mornings. Should I get my number changed,'
                            ' or would that make it harder for you to find out who it is? I have counted'
                            ' eleven calls altogether on my kitchen calendar.',
            'narrative': 'For several weeks someone has been calling my home telephone on Hockanum Road from'
                         ' 203-555-0139, two or three times a week, mostly in the mornings. When I answer I'
                         ' hear only breathing and then the line goes dead. There have been eleven calls, the'
                         ' last one at 9:40 this morning.',
            'reporter_name': 'Dorothy Vanderhoef',
            'reporter_email': 'It is dottie.vdh@example.com',
            'reporter_phone': 'My own number is 203-555-0161, that is the house telephone.',
            'confirmed': 'Yes, that is all correct. Thank you for your patience with me.',
            'callback_wanted': 'A telephone call would be lovely, but please let it ring a long while, I am'
                               ' slow getting to it.',
        },
        'harassing_phone_call',
        rec('Dorothy Vanderhoef', 'dottie.vdh@example.com', '2035550161', 0, '09:40'),
    ),
    filed(
        'hpc-greenbrier-road-laughing-caller-time-fixed-at-summary',
        'young man on Greenbrier Road, text-speak: 15 calls since yesterday morning from 475-555-0192, only an'
        ' evil laugh ("about to throw my phone in the river"); gave "11:52 today", at the summary corrects the'
        ' time to 11:25 (days 0, 11:25)',
        ['someone keeps calling my cell and just LAUGHING. like a full evil villain laugh and then hangs up.'
         ' its happened like 15 times since yesterday morning and im about to throw my phone in the river'],
        {
            'type_confirmed': 'yes harassing calls 100%',
            'location': 'im at home on greenbrier rd, westport',
            'location_confirmed': 'ya thats right',
            'suspect_or_weapon': 'no idea who. nobody threatened me or anything, its literally just the laugh',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last one was at 11:52 today, i was on my lunch break',
            'caller_number': '475-555-0192 every single time',
            'call_pattern': 'started yesterday around 9am, 15 calls now, sometimes 2 back to back. always the'
                            ' laugh then click',
            'narrative': 'Since yesterday morning someone has called my cell about 15 times from 475-555-0192.'
                         ' Every time they just laugh really loud and hang up without saying anything. Last'
                         ' call was today on my lunch break.',
            'reporter_name': 'Jaden Morrow',
            'reporter_email': 'jmorrow.dev@example.com',
            'reporter_phone': '203 555 0175',
            'confirmed': 'oh wait the time is wrong, last call was 11:25 not 11:52. typed it backwards lol.'
                         ' everything else is fine',
            'callback_wanted': 'just email pls',
        },
        'harassing_phone_call',
        rec('Jaden Morrow', 'jmorrow.dev@example.com', '2035550175', 0, '11:25'),
    ),
    filed(
        'hpc-saugatuck-avenue-portuguese-insults-asks-about-exact-hour',
        'non-native writer (Portuguese speaker) in an apartment on Saugatuck Avenue: a man calls at night from'
        ' 203-555-0117 and insults her in Portuguese, then laughs; the opening gives no time, so at occurred_at'
        ' she asks whether the exact hour matters (interjection), then "Last night, around 11" (days 1, no'
        ' time: approximate)',
        ['Good afternoon. A man is calling me many times and he speaks very ugly words in Portuguese, bad names'
         ' for me, then he laugh and turn off. I live in apartment on Saugatuck Avenue, Westport.'],
        {
            'type_confirmed': 'Yes is this, the calls.',
            'location': 'Saugatuck Avenue, apartment 2B, Westport 06880',
            'location_confirmed': 'Yes correct.',
            'suspect_or_weapon': 'I dont know who is. He dont say his name. No gun, no knife, only the phone.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': "Last night, around 11 o'clock more or less, was the last one.",
            'caller_number': 'Number is 203-555-0117, always same number',
            'call_pattern': 'Five or six nights now. Every night 2 or 3 calls, all after 10 in the night',
            'narrative': 'A man calls my cell phone in the night from 203-555-0117 and says bad words in'
                         ' Portuguese, then he laughs and hangs up. It happens 2 or 3 times every night for'
                         ' about six nights. I dont know who he is.',
            'reporter_name': 'Luciana Ferreira Santos',
            'reporter_email': 'luciana.fsantos@example.com',
            'reporter_phone': 'My phone is 475-555-0133',
            'confirmed': 'Yes, is all right. Thank you so much',
            'callback_wanted': 'Email please, my English is better in writing',
        },
        'harassing_phone_call',
        rec('Luciana Ferreira Santos', 'luciana.fsantos@example.com', '4755550133', 1),
        interjections=[('occurred_at', "Is a problem if I dont know the exact hour? I erased the list of calls"
                                       " because I was angry")],
    ),
    # ------------------------------------------------------------ damage_to_motor_vehicle
    filed(
        'dmv-imperial-avenue-lot-door-caved-in-plate-fixed-in-prose',
        'commuter at the Imperial Avenue lot: driver door dented with white paint transfer ("looks like someone'
        ' took a sledgehammer to it"); "Parked at 7:10 yesterday morning, came back at 6:30 last night" (days 1,'
        ' no time); plate "2HX-516... no wait, 2HX-561" (CT 2HX-561)',
        ["Came back to my car at the Imperial Ave commuter lot and the whole driver door is caved in. looks like"
         " someone took a sledgehammer to it honestly, but I think it's just somebody who flung their door into"
         " it super hard, theres white paint in the dent"],
        {
            'type_confirmed': 'yes, damage to my car',
            'location': 'Imperial Avenue commuter lot, the row closest to the river',
            'location_confirmed': 'correct, that lot',
            'suspect_or_weapon': 'no idea who, no note on the windshield. no weapons obviously, just a dent',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Parked at 7:10 yesterday morning, came back at 6:30 last night and saw it',
            'vehicle': '2021 Subaru Outback, blue, CT plate 2HX-516... no wait, 2HX-561, I always flip those two',
            'damage': 'Dent in the middle of the driver door about the size of a fist, white paint transfer, door'
                      ' still opens and closes',
            'narrative': 'I parked my Subaru at the Imperial Avenue commuter lot yesterday morning and when I came'
                         ' back in the evening the driver door had a large dent with white paint in it, probably'
                         ' from another car door. No note was left.',
            'reporter_name': 'Greg Halvorsen',
            'reporter_email': 'ghalvorsen@example.com',
            'reporter_phone': '203-555-0112',
            'confirmed': 'looks right, submit',
            'callback_wanted': 'email me the copy, no call needed',
        },
        'damage_to_motor_vehicle',
        rec('Greg Halvorsen', 'ghalvorsen@example.com', '2035550112', 1, plate='CT 2HX-561'),
    ),
    filed(
        'dmv-winslow-park-lot-buick-bumper-phone-fixed-at-summary',
        'older formal writer walking his dog: his Buick backed into at the Winslow Park lot, rear bumper cracked,'
        ' no note; "I heard the crunch at 10:15 this morning" (days 0, 10:15); plate "Connecticut plate'
        ' 781-KWZ"; at the summary corrects his phone from 0148 to 0184',
        ['Good day. Someone backed into my Buick in the parking area at Winslow Park this morning while I was'
         ' walking the dog, and drove off without leaving so much as a note. The rear bumper is cracked clean'
         ' through.'],
        {
            'type_confirmed': 'Yes, that is the one. Damage to my automobile.',
            'location': 'The Winslow Park lot, the entrance off the Post Road.',
            'location_confirmed': 'Yes, that is the place.',
            'suspect_or_weapon': 'I did not see the other car at all, I was down the path with the dog. No'
                                 ' weapons, no.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I heard the crunch at 10:15 this morning. I know because I had just checked my watch.',
            'vehicle': 'A 2016 Buick LaCrosse, silver. Connecticut plate 781-KWZ.',
            'damage': 'The rear bumper is cracked on the left corner and sagging a little, with a smear of red'
                      ' paint on it.',
            'narrative': 'This morning at about 10:15 my parked Buick was struck in the Winslow Park lot while I'
                         ' was walking my dog. The rear bumper is cracked at the left corner and has red paint'
                         ' on it. The other driver left without leaving a note.',
            'reporter_name': 'Walter Pruszynski',
            'reporter_email': 'walt.pruszynski@example.com',
            'reporter_phone': 'My telephone number is 203-555-0148.',
            'confirmed': 'One error. My telephone number ends in 0184, not 0148. Otherwise it is correct.',
            'callback_wanted': 'Yes, please telephone me.',
        },
        'damage_to_motor_vehicle',
        rec('Walter Pruszynski', 'walt.pruszynski@example.com', '2035550184', 0, '10:15', plate='CT 781-KWZ'),
    ),
    filed(
        'dmv-riverside-avenue-mirror-hanging-asks-how-to-know-about-weapon',
        'non-native writer (Mandarin speaker): passenger mirror of his RAV4 broken on Riverside Avenue "in'
        ' Westport ... Not Riverside Avenue of Norwalk"; at the suspect question asks how he could know about a'
        ' weapon (interjection), then says nobody was there; "8 in evening last night, morning 7:20" (crosses'
        ' midnight: no days, no time); plate "CT plate AP 63018"',
        ['Hello, my car side mirror is broken, somebody hit it and go away. The car was park on street in front'
         ' of my house, Riverside Avenue.'],
        {
            'type_confirmed': 'Yes, damage of car.',
            'location': 'Riverside Avenue in Westport, close to Saugatuck Elementary School. Not Riverside Avenue'
                        ' of Norwalk.',
            'location_confirmed': 'Yes, Westport.',
            'suspect_or_weapon': 'I not see anybody, when I come out it is already broken. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I park 8 in evening last night, morning 7:20 I go out and it is broken',
            'vehicle': 'Toyota RAV4, white, 2019, CT plate AP 63018',
            'damage': 'Right side mirror, passenger side, it hang only by the wire, glass is broken',
            'narrative': 'My car was parked on the street in front of my house on Riverside Avenue. In the'
                         ' morning the right mirror was broken and hanging by the wire. I think a car hit it'
                         ' and drove away.',
            'reporter_name': 'Zhang Wei',
            'reporter_email': 'zhangwei.ct@example.com',
            'reporter_phone': '203-555-0127',
            'confirmed': 'Yes correct, thank you',
            'callback_wanted': 'Email is ok',
        },
        'damage_to_motor_vehicle',
        rec('Zhang Wei', 'zhangwei.ct@example.com', '2035550127', plate='CT AP 63018'),
        interjections=[('suspect_or_weapon', 'How can I know if they have weapon? Nobody was there when I see'
                                             ' it')],
    ),
    # ------------------------------------------------------------ identity_theft
    filed(
        'idt-burr-farms-road-discover-card-2215-email-fixed-at-summary',
        'resident of Burr Farms Road: a Discover card opened in her name with $2,215 of charges at Apple and'
        ' Best Buy, given in the opening ("my stomach is in knots"); "The statement came in the mail yesterday'
        ' afternoon" (days 1, no time); total 2215 ($1,489 + $726); at the summary replaces the e-mail with'
        ' mturnbull77@example.com',
        ['Hi - I just got a Discover card statement for a card I never applied for. Someone opened it in my name'
         ' last month and ran up $2,215 at Apple and Best Buy. I already froze my credit. Totally panicking, my'
         ' stomach is in knots.'],
        {
            'type_confirmed': 'Yes, identity theft.',
            'location': 'I live on Burr Farms Road in Westport',
            'location_confirmed': "Yes that's it",
            'suspect_or_weapon': "No clue who did it. No weapons involved, it's all online",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The statement came in the mail yesterday afternoon',
            'accounts': "Discover credit card account ending 4471, opened without my knowledge. Charges: $1,489"
                        " at the Apple online store and $726 at Best Buy. That's the $2,215.",
            'narrative': 'Someone opened a Discover credit card in my name without my knowledge and charged'
                         ' $1,489 at Apple and $726 at Best Buy. I found out when the statement arrived'
                         ' yesterday. I have frozen my credit with the bureaus.',
            'reporter_name': 'Melissa Turnbull',
            'reporter_email': 'melissa.turnbull@example.com',
            'reporter_phone': '203-555-0156',
            'confirmed': 'The email should be mturnbull77@example.com - the other one is my old work account.'
                         ' Rest is right.',
            'callback_wanted': 'Email is fine, thanks',
        },
        'identity_theft',
        rec('Melissa Turnbull', 'mturnbull77@example.com', '2035550156', 1, total=2215),
    ),
    filed(
        'idt-owenoke-park-retiree-unemployment-claim-asks-about-bank-at-summary',
        'retired man of 74 on Owenoke Park: an unemployment claim filed in his name with the CT Department of'
        ' Labor; "The letter arrived two days ago" (days 2, no time); at the summary asks whether he must tell'
        ' his bank himself (interjection), then confirms; no amounts, no total',
        ['I received a letter from the Connecticut Department of Labor about an unemployment claim filed under'
         ' my name. I am 74 and have been retired since 2015, so this is clearly fraudulent. The Labor'
         ' Department told me to file a police report.'],
        {
            'type_confirmed': 'Yes, identity theft is correct.',
            'location': 'My home is on Owenoke Park, Westport.',
            'location_confirmed': 'That is correct.',
            'suspect_or_weapon': 'I have no idea who did this. No weapons, it was done by mail or computer I'
                                 ' suppose.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The letter arrived two days ago.',
            'accounts': 'An unemployment benefits claim with the CT Department of Labor, filed with my name and'
                        ' Social Security number. No money came to me and I do not know whether any was paid'
                        ' out.',
            'narrative': 'Two days ago I received a letter from the Connecticut Department of Labor about an'
                         ' unemployment claim filed in my name. I have been retired since 2015 and did not file'
                         ' any claim. Someone used my name and Social Security number.',
            'reporter_name': 'Harold Beaumont',
            'reporter_email': 'hbeaumont.owenoke@example.com',
            'reporter_phone': '203-555-0163',
            'confirmed': 'Very well. Yes, the summary is accurate, please submit it.',
            'callback_wanted': 'A phone call is preferable.',
        },
        'identity_theft',
        rec('Harold Beaumont', 'hbeaumont.owenoke@example.com', '2035550163', 2),
        interjections=[('confirmed', 'Before I confirm: should I also notify my bank myself, or does the police'
                                     ' department inform them?')],
    ),
    filed(
        'idt-partrick-road-att-lines-two-iphones-corrections-in-prose',
        'non-native writer (Indian English) on "Partrick Road, Westport side, not Partrick Lane of Wilton": an'
        ' AT&T account with two iPhones at 1099 dollars each opened in his name (amounts in the opening, total'
        ' 2198); the accounts answer corrects two things in one message (3 lines not 2, the 14th not the 4th);'
        ' "today morning at 8:42" (days 0, 08:42)',
        ['Hello sir/madam, somebody has opened mobile connection in my name and taken 2 iPhone 15 Pro on'
         ' installment, 1099 dollar each. I came to know because AT&T sent me welcome message. I never did'
         ' this.'],
        {
            'type_confirmed': 'Yes identity theft only',
            'location': 'Partrick Road, Westport side. Not the Partrick Lane of Wilton.',
            'location_confirmed': 'Yes correct address sir',
            'suspect_or_weapon': 'No idea who has done it. No weapon, it is online fraud',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I got the SMS today morning at 8:42',
            'accounts': 'AT&T wireless account with 2 lines - sorry, 3 lines, but phones are 2 only - ordered on'
                        ' 4th of this month, no, 14th. Order number 55810. Two iPhone 15 Pro at 1099 each.',
            'narrative': 'Somebody opened an AT&T wireless account in my name with 3 lines and took 2 iPhone 15'
                         ' Pro on installment, 1099 dollars each. I never applied. I came to know from the'
                         ' AT&T welcome SMS today morning.',
            'reporter_name': 'Rahul Venkataraman',
            'reporter_email': 'rahul.venkat@example.com',
            'reporter_phone': '475-555-0109',
            'confirmed': 'All details are correct, kindly submit',
            'callback_wanted': 'Email is fine, no need of call',
        },
        'identity_theft',
        rec('Rahul Venkataraman', 'rahul.venkat@example.com', '4755550109', 0, '08:42', total=2198),
    ),
    # ------------------------------------------------------------ lost_property
    filed(
        'lost-hard-of-hearing-resident-opens-without-describing-hearing-aids-wakeman-farm',
        'hard-of-hearing woman who cannot use the phone opens without describing anything ("is this where i go'
        ' to make a report?"); answers.incident_type: hearing aids lost at Wakeman Town Farm on Cross Highway;'
        ' "yesterday, from about 3 till 5" (days 1, no time); "$4,800" (total 4800); text-only phone',
        ['hi. im hard of hearing and cant really do phone calls so my niece said to try this. is this where i go'
         ' to make a report?'],
        {
            'incident_type': 'i lost my hearing aids. both of them, in a little grey case. i think at wakeman'
                             ' town farm, i took my grandson to the kids cooking class there',
            'type_confirmed': 'yes lost property',
            'location': 'Wakeman Town Farm on Cross Highway',
            'location_confirmed': 'yes thats it',
            'suspect_or_weapon': 'no nobody took them, i just lost them. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'yesterday, we were there from about 3 till 5',
            'items': 'Phonak hearing aids, a pair, in a grey zip case with my name on a sticker inside. they cost'
                     ' $4,800 and insurance paid nothing',
            'narrative': 'I lost my pair of Phonak hearing aids in a grey zip case at Wakeman Town Farm yesterday'
                         ' afternoon during a kids cooking class. My name is on a sticker inside the case.',
            'reporter_name': 'Rosemary Quinlan',
            'reporter_email': 'rquinlan.knits@example.com',
            'reporter_phone': 'text only please 203-555-0171. i cant hear calls',
            'confirmed': 'yes thats everything. thank you for having this chat thing',
            'callback_wanted': 'email or text only, not a call. i wont hear it',
        },
        'lost_property',
        rec('Rosemary Quinlan', 'rquinlan.knits@example.com', '2035550171', 1, total=4800),
        describes='false',
    ),
    filed(
        'lost-burying-hill-beach-raybans-key-fob-airpods-added-at-summary',
        'teenager, text-speak: prescription Ray-Bans ($310) and her mom\'s Toyota key fob lost at Burying Hill'
        ' Beach ("shes gonna end me lol"); "today between like 12 and 1:30" (days 0, no time); at the summary'
        ' adds white AirPods at $179 (total 489; the fob has no amount)',
        ['lost my prescription raybans ($310 ugh) and my moms toyota key fob at burying hill beach. shes gonna'
         ' end me lol'],
        {
            'type_confirmed': 'yea lost stuff',
            'location': 'burying hill beach, on the sand near the lifeguard stand i think',
            'location_confirmed': 'yep',
            'suspect_or_weapon': 'nah nobody took them i think they fell out of my tote. no weapons lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'today between like 12 and 1:30',
            'items': 'black ray-ban prescription sunglasses in a brown case ($310) and a toyota key fob with a'
                     ' blue rubber cover',
            'narrative': 'I lost my prescription Ray-Ban sunglasses and my moms Toyota key fob on the sand at'
                         ' Burying Hill Beach today around lunchtime. I think they fell out of my tote bag.',
            'reporter_name': 'Ava Castellano',
            'reporter_email': 'avacastellano06@example.com',
            'reporter_phone': '203-555-0190',
            'confirmed': 'wait can u add my airpods too, they were in the same case thing. white airpods, $179.'
                         ' sorry',
            'callback_wanted': 'email pls',
        },
        'lost_property',
        rec('Ava Castellano', 'avacastellano06@example.com', '2035550190', 0, total=489),
    ),
    filed(
        'lost-longshore-path-fathers-pocket-watch-asks-if-told-when-found',
        'older man: his late father\'s gold pocket watch lost on the Longshore walking path ("I could just'
        ' die"); asks inside the items answer whether someone will tell him if it is handed in; "This morning, I'
        ' walked from about 8:30 to 9:15" (days 0, no time); no value stated, no total',
        ['I have lost my late father\'s gold pocket watch at Longshore. I could just die. I had it in my jacket'
         ' pocket on my morning walk and now it is gone.'],
        {
            'type_confirmed': 'Lost property, yes.',
            'location': 'Longshore Club Park, on the walking path between the parking lot and the water.',
            'location_confirmed': "Yes, that's right.",
            'suspect_or_weapon': "No one took it, I'm quite sure it slipped out of my pocket. No weapons.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'This morning, I walked from about 8:30 to 9:15.',
            'items': "A gold Waltham pocket watch on a short chain, engraved 'H.R.M. 1938' on the back. Will"
                     " somebody let me know if it is handed in? It means the world to me.",
            'narrative': 'This morning I lost a gold Waltham pocket watch, engraved H.R.M. 1938, somewhere on the'
                         ' walking path at Longshore Club Park. It belonged to my late father.',
            'reporter_name': 'Martin Ellison',
            'reporter_email': 'martin.ellison41@example.com',
            'reporter_phone': '203-555-0144',
            'confirmed': 'Yes, that is all correct.',
            'callback_wanted': 'Please telephone if anything turns up.',
        },
        'lost_property',
        rec('Martin Ellison', 'martin.ellison41@example.com', '2035550144', 0),
    ),
    filed(
        'lost-church-lane-samsung-phone-euro-dollars-wife-number',
        'non-native writer (German speaker) writing from his laptop because the phone is the lost thing: a'
        ' Samsung Galaxy S24 "about 900 euro - sorry, dollars" lost on Church Lane downtown (total 900; the bank'
        ' card in the case adds nothing); "Today, between 11 and half past 12" (days 0, no time); gives his'
        ' wife\'s number',
        ['Good day, I lost my mobile phone in downtown Westport, on Church Lane. Samsung Galaxy S24, it was about'
         ' 900 euro - sorry, dollars, about 900 dollars. I write from my laptop because the phone is the lost'
         ' thing.'],
        {
            'type_confirmed': 'Yes, lost property, this is right.',
            'location': 'Church Lane, between the shops and the parking, downtown Westport.',
            'location_confirmed': 'Yes, this is correct.',
            'suspect_or_weapon': 'I think nobody stole it, I put it maybe on a bench and forgot. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today, between 11 and half past 12.',
            'items': 'Samsung Galaxy S24, black, in a dark green case with my bank card in the back pocket of the'
                     ' case. About 900 dollars.',
            'narrative': 'Today late morning I lost my black Samsung Galaxy S24 in a dark green case somewhere on'
                         ' Church Lane downtown. My bank card is in the case. I think I left it on a bench.',
            'reporter_name': 'Jürgen Hoffmann',
            'reporter_email': 'j.hoffmann.westport@example.com',
            'reporter_phone': "My phone is the lost one, so please use my wife's: 203-555-0129",
            'confirmed': 'Yes, all is correct. Thank you.',
            'callback_wanted': 'Email please, the phone is lost.',
        },
        'lost_property',
        rec('Jürgen Hoffmann', 'j.hoffmann.westport@example.com', '2035550129', 0, total=900),
    ),
    # ------------------------------------------------------------ theft
    filed(
        'theft-sasco-creek-road-porch-packages-asks-if-hooded-man-counts',
        'porch theft on Sasco Creek Road, amounts in the opening (Dyson $429, dog food $72, total 501); at the'
        ' suspect question asks whether a masked man on the doorbell camera counts as knowing who did it'
        ' (interjection), then says he has no idea who he is; "12:47 today" (days 0, 12:47)',
        ['Two packages were stolen off my front porch on Sasco Creek Road - a Dyson vacuum ($429) and a big bag'
         ' of dog food ($72). The doorbell camera caught someone grabbing them.'],
        {
            'type_confirmed': 'yes theft',
            'location': 'Sasco Creek Road, Westport',
            'location_confirmed': 'yes, the Westport end of Sasco Creek Rd',
            'suspect_or_weapon': 'No, I have no idea who he is, never seen him before. Nothing in his hands except'
                                 ' my boxes.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The camera has him on the porch at 12:47 today',
            'items': 'A Dyson V8 vacuum, $429, and a 30 lb bag of Purina dog food, $72. Both still in the Amazon'
                     ' boxes.',
            'narrative': 'Today at 12:47 my doorbell camera recorded a man in a black hoodie and mask taking two'
                         ' Amazon packages from my front porch on Sasco Creek Road: a Dyson V8 vacuum and a bag'
                         ' of dog food.',
            'reporter_name': 'Kevin Ashworth',
            'reporter_email': 'kashworth@example.com',
            'reporter_phone': '475-555-0115',
            'confirmed': "yes that's accurate",
            'callback_wanted': 'email please, I work nights',
        },
        'theft',
        rec('Kevin Ashworth', 'kashworth@example.com', '4755550115', 0, '12:47', total=501),
        interjections=[('suspect_or_weapon', "The camera shows a guy in a black hoodie with the hood up and a"
                                             " mask, can't see his face. Does that count as knowing who did it?")],
    ),
    filed(
        'theft-maplewood-avenue-cast-iron-urns-amount-fixed-at-summary',
        'two cast iron urns taken from the front steps on Maplewood Avenue, "$640 for the pair" in the opening'
        ' ("I swear I could strangle whoever did this"); "Between 10 last night and 7 this morning" (no days);'
        ' at the summary corrects the amount to $680 with tax (total 680)',
        ['someone stole the two cast iron urns off my front steps on Maplewood Avenue. paid $640 for the pair. I'
         ' swear I could strangle whoever did this, they weigh a ton'],
        {
            'type_confirmed': 'Theft, yes',
            'location': 'Maplewood Avenue, Westport',
            'location_confirmed': "Yep, that's the address",
            'suspect_or_weapon': "Didn't see anyone, no cameras. No weapons that I know of, they just took"
                                 " planters",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 10 last night and 7 this morning',
            'items': 'Two black cast iron urn planters, about 2 feet tall, with boxwoods in them. $640 for the'
                     ' pair.',
            'narrative': 'Overnight someone took two black cast iron urn planters with boxwoods from my front'
                         ' steps on Maplewood Avenue. They are heavy so it was probably more than one person.',
            'reporter_name': 'Denise Carbone',
            'reporter_email': 'dcarbone.home@example.com',
            'reporter_phone': '203-555-0135',
            'confirmed': 'Actually make it $680, I forgot the tax. Everything else is fine.',
            'callback_wanted': 'either is fine',
        },
        'theft',
        rec('Denise Carbone', 'dcarbone.home@example.com', '2035550135', total=680),
    ),
    filed(
        'theft-bridge-street-restaurant-worker-ebike-lock-cut',
        'non-native writer (Italian speaker), restaurant worker: his Specialized e-bike taken from behind the'
        ' restaurant on Bridge Street, lock cut, "I pay 1200 dollar" in the opening (total 1200; the cut lock'
        ' adds nothing); lock cut with a tool, nobody threatened; "Yesterday, I lock it at 4 in the afternoon,'
        ' at 11 in the night ... it was gone" (days 1, no time)',
        ['Buongiorno, somebody has stolen my bicycle behind the restaurant where I work, they cut the lock. Is'
         ' an electric bike Specialized, I pay 1200 dollar. I am very angry, I go to work with it every day.'],
        {
            'type_confirmed': 'Yes, is theft',
            'location': 'On Bridge Street in Westport, in the back of the restaurant by the dumpsters',
            'location_confirmed': 'Yes, Bridge Street',
            'suspect_or_weapon': "I dont know who. They cut the lock with something, but nobody see them, nobody"
                                 " threaten nobody.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday, I lock it at 4 in the afternoon, at 11 in the night when I finish it was'
                           ' gone',
            'items': 'Bike Specialized Turbo Vado, grey, I pay 1200 dollar used. Also the lock, a Kryptonite,'
                     ' is cut in two pieces.',
            'narrative': 'Yesterday I locked my grey Specialized Turbo Vado electric bike behind the restaurant on'
                         ' Bridge Street at 4 pm. When I finished work at 11 pm the lock was cut and the bike'
                         ' was gone.',
            'reporter_name': 'Marco Benedetti',
            'reporter_email': 'marco.benedetti@example.com',
            'reporter_phone': '203-555-0158',
            'confirmed': 'Is good, send',
            'callback_wanted': 'Phone is better for me',
        },
        'theft',
        rec('Marco Benedetti', 'marco.benedetti@example.com', '2035550158', 1, total=1200),
    ),
    # ------------------------------------------------------------ vandalism
    filed(
        'vand-turkey-hill-road-south-paint-balloons-crime-scene',
        'house siding on Turkey Hill Road South splattered with red paint ("looks like a crime scene"), paint'
        ' balloons thrown; "We went to bed around 11:30 and my husband saw it at 6" (no days)',
        ["Woke up and the front of my house looks like a crime scene - red splatter all over the white siding."
         " Turns out it's paint, somebody threw balloons full of paint at it. Turkey Hill Road South."],
        {
            'type_confirmed': 'Yes, vandalism to the house',
            'location': 'Turkey Hill Road South, Westport',
            'location_confirmed': 'Correct, Turkey Hill South',
            'suspect_or_weapon': 'No idea who. Nobody saw anything, there were just burst balloons all over the'
                                 ' lawn. No weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'We went to bed around 11:30 and my husband saw it at 6 when he left for the gym',
            'damage': 'About 20 splats of red paint across the siding and the garage door, and on two of the'
                      ' porch windows',
            'narrative': 'Overnight someone threw paint-filled balloons at the front of our house on Turkey Hill'
                         ' Road South. There are about 20 red paint splatters on the siding, the garage door and'
                         ' two porch windows.',
            'reporter_name': 'Corinne Albrecht',
            'reporter_email': 'corinne.albrecht@example.com',
            'reporter_phone': '203-555-0103',
            'confirmed': 'Yes, submit please',
            'callback_wanted': 'Email is fine, I am in meetings all day',
        },
        'vandalism',
        rec('Corinne Albrecht', 'corinne.albrecht@example.com', '2035550103'),
    ),
    filed(
        'vand-wilton-road-deli-sign-broken-email-fixed-in-prose',
        'non-native writer (Greek speaker) with a small deli on "Wilton Road, in Westport ... not in Wilton'
        ' town": light sign broken and front window scratched ("they kill my sign"); "I close at 9 last night,'
        ' I come to open at 5:30 this morning" (no days); e-mail corrected in prose to papadakis.deli@example.com',
        ['Hello. Somebody they kill my sign of the shop. The big light sign over the door, broken with stones,'
         ' and they scratch the glass of the front window. I have small deli on Wilton Road.'],
        {
            'type_confirmed': 'Yes vandalism',
            'location': 'Wilton Road, in Westport, near the Post Road. Not in Wilton town',
            'location_confirmed': 'Yes this is the shop',
            'suspect_or_weapon': 'I dont know who. Nobody see, no camera outside. Nobody was there when I come.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I close at 9 last night, I come to open at 5:30 this morning and see',
            'damage': 'The light sign over the door is broken, 3 big holes, and the front window has long'
                      ' scratches on the glass',
            'narrative': 'Between closing last night and opening this morning somebody broke the light sign over'
                         ' the door of my deli on Wilton Road with stones and scratched the front window glass.',
            'reporter_name': 'Nikos Papadakis',
            'reporter_email': 'nikos.deli@example.com - no sorry, that is the old one, is papadakis.deli@example.com',
            'reporter_phone': '203-555-0168',
            'confirmed': 'Yes all is correct',
            'callback_wanted': "Phone please, after 3 o'clock",
        },
        'vandalism',
        rec('Nikos Papadakis', 'papadakis.deli@example.com', '2035550168'),
    ),
    filed(
        'vand-compo-hill-avenue-little-free-library-asks-about-house-number',
        'little free library ripped off its post and books thrown in the street ("It\'s a bloodbath out there'
        ' lol"); the opening names no place, so at the location question she asks whether the exact house'
        ' number is needed on a shared driveway (interjection), then Compo Hill Avenue; "fine ... at 9 last'
        ' night ... wrecked at 6:45 this morning" (no days)',
        ["Somebody ripped our little free library off its post and threw the books all over the street. It's a"
         " bloodbath out there lol, paperbacks everywhere. My kids built that thing with their grandpa."],
        {
            'type_confirmed': 'yes vandalism please',
            'location': 'Compo Hill Avenue, Westport, at the end of the shared driveway',
            'location_confirmed': 'yes thats us',
            'suspect_or_weapon': 'no idea, didnt see anyone. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'It was fine when I walked the dog at 9 last night, and it was wrecked at 6:45 this'
                           ' morning',
            'damage': 'The wooden box is cracked in half, the door hinge snapped off and the post is bent over.'
                      ' About 40 books in the road, a lot of them soaked',
            'narrative': 'Overnight someone tore our little free library off its post at the end of our driveway'
                         ' on Compo Hill Avenue, cracked the box and threw about 40 books into the road.',
            'reporter_name': 'Lauren Whitcomb',
            'reporter_email': 'lauren.whitcomb@example.com',
            'reporter_phone': '475-555-0176',
            'confirmed': 'all good, thanks',
            'callback_wanted': 'email, the kids nap in the afternoon',
        },
        'vandalism',
        rec('Lauren Whitcomb', 'lauren.whitcomb@example.com', '4755550176'),
        interjections=[('location', "do you need the exact house number? we're on a shared driveway with two"
                                    " other houses so its kind of confusing")],
    ),
    filed(
        'vand-greens-farms-road-fence-three-corrections-in-one-message',
        'fence slats kicked out and scribbles spray-painted on a fence along Greens Farms Road; the damage'
        ' answer corrects three things in one message (seven slats not six, back gate not front gate, dark blue'
        ' not black); "this morning ... at 7, it was fine yesterday afternoon" (no days)',
        ["Someone kicked a bunch of slats out of our fence along Greens Farms Road and spray painted some"
         " scribble on it. Not gang stuff I don't think, just scribbles."],
        {
            'type_confirmed': 'Yes, vandalism.',
            'location': "Greens Farms Road, Westport. It's the fence along the road in front of our house",
            'location_confirmed': 'yes, correct address',
            'suspect_or_weapon': 'No idea who. No weapons, just vandals',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Saw it this morning when I got the paper at 7, it was fine yesterday afternoon',
            'damage': 'Six slats kicked out - wait, seven, I just counted again - on the front gate, sorry, the'
                      ' back gate by the driveway, and the spray paint is black - no, dark blue, it just looked'
                      ' black in the shade.',
            'narrative': 'Sometime between yesterday afternoon and this morning someone kicked seven slats out of'
                         ' the back gate of our fence on Greens Farms Road and spray painted dark blue scribbles'
                         ' on it.',
            'reporter_name': 'Anthony DiMarco',
            'reporter_email': 'tony.dimarco@example.com',
            'reporter_phone': '203-555-0121',
            'confirmed': 'Yes, correct, go ahead',
            'callback_wanted': 'Call me please',
        },
        'vandalism',
        rec('Anthony DiMarco', 'tony.dimarco@example.com', '2035550121'),
    ),
    # ------------------------------------------------------------ vehicle_burglary
    filed(
        'vb-hillspoint-road-unlocked-civic-gym-bag-asks-about-lease',
        'unlocked car gone through overnight on Hillspoint Road, text-speak: gym bag with AirPods Pro ($249) and'
        ' about $35 in quarters (total 284; the bag has no amount); asks inside the vehicle answer whether a'
        ' lease matters; "parked at like 10:30 last night, noticed at 7:15 this morning" (no days); "ct plate'
        ' 5RW-206"',
        ["my car got gone thru last night on hillspoint rd, they took my gym bag and like $35 in quarters i was"
         " saving for laundry. door was unlocked i know i know"],
        {
            'type_confirmed': 'yeah car break in',
            'location': 'hillspoint rd westport, in front of my apt',
            'location_confirmed': 'yup my place',
            'suspect_or_weapon': 'didnt see anyone, no weapons, probably just someone checking handles',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'parked at like 10:30 last night, noticed at 7:15 this morning',
            'vehicle': '2022 honda civic, grey, ct plate 5RW-206. does it matter that its leased?',
            'items': 'black nike gym bag with my airpods pro inside ($249) plus about $35 in quarters from the'
                     ' cupholder',
            'damage': 'no damage, it was unlocked. glovebox open and stuff thrown around',
            'narrative': 'Overnight someone went through my unlocked Honda Civic on Hillspoint Road and took my'
                         ' gym bag with AirPods Pro inside and about $35 in quarters.',
            'reporter_name': 'Marcus Bellamy',
            'reporter_email': 'mbellamy22@example.com',
            'reporter_phone': '203-555-0131',
            'confirmed': 'yep looks good send it',
            'callback_wanted': 'email works',
        },
        'vehicle_burglary',
        rec('Marcus Bellamy', 'mbellamy22@example.com', '2035550131', plate='CT 5RW-206', total=284),
    ),
    filed(
        'vb-levitt-pavilion-lot-volvo-purse-house-phone-only',
        'older woman: window of her Volvo broken in the lot by the Levitt Pavilion during the concert, purse with'
        ' $180 cash taken (total 180); "Last evening, from about 7 until 9:30" (days 1, no time); at the phone'
        ' question asks whether a house telephone is all right (interjection); "Connecticut plate 1EJ-773"',
        ['During the concert last evening someone broke the window of my car in the lot by the Levitt Pavilion'
         ' and took my purse off the seat. Foolish of me to leave it there, I know.'],
        {
            'type_confirmed': 'Yes, a car break-in.',
            'location': 'The parking lot next to the Levitt Pavilion, by the river.',
            'location_confirmed': 'Yes, that is it.',
            'suspect_or_weapon': "I didn't see anyone. No weapons that I know of.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last evening, from about 7 until 9:30 when the concert ended.',
            'vehicle': 'A 2014 Volvo XC60, dark green, Connecticut plate 1EJ-773.',
            'items': "A brown leather purse with my wallet, $180 in cash, my reading glasses and my driver's"
                     " license.",
            'damage': 'The small rear window on the passenger side is smashed.',
            'narrative': 'Last evening during the concert at the Levitt Pavilion someone smashed the small rear'
                         ' window of my Volvo in the lot next to the pavilion and took my purse with my wallet,'
                         ' $180 in cash, my glasses and my license.',
            'reporter_name': 'Eleanor Whitfield',
            'reporter_email': 'eleanor.whitfield@example.com',
            'reporter_phone': 'The house telephone is 203-555-0152.',
            'confirmed': 'Yes, everything is right.',
            'callback_wanted': 'A call to the house, please.',
        },
        'vehicle_burglary',
        rec('Eleanor Whitfield', 'eleanor.whitfield@example.com', '2035550152', 1, plate='CT 1EJ-773', total=180),
        interjections=[('reporter_phone', 'I only have a house telephone, no cell phone. Is that all right?')],
    ),
    filed(
        'vb-franklin-street-job-site-van-tools-plate-and-price-fixed-at-summary',
        'carpenter\'s work van broken into at a job site on Franklin Street, tools with prices in the opening'
        ' ("tossed like a salad"); "Between 12:15 and 12:50 today" (days 0, no time); at the summary corrects'
        ' two things in one message: plate 3CV-920 not 3CV-902, the meter $390 not $380 (total 549 + 390 = 939)',
        ['My work van got broken into on a job site on Franklin Street - they took my Milwaukee drill/impact kit'
         ' ($549) and a Fluke meter ($380). Van got tossed like a salad, stuff everywhere.'],
        {
            'type_confirmed': 'Vehicle burglary, yeah',
            'location': "Franklin Street, Westport, parked in the driveway of the house we're working on",
            'location_confirmed': 'Yes sir',
            'suspect_or_weapon': 'Nobody saw anything. No weapons, they just punched the side door lock',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 12:15 and 12:50 today while we were at lunch',
            'vehicle': 'White 2018 Ford Transit, CT plate 3CV-902, commercial',
            'items': 'Milwaukee M18 drill and impact driver kit, $549, and a Fluke 117 multimeter, $380',
            'damage': "Side door lock punched out, door won't latch now",
            'narrative': 'Today between 12:15 and 12:50 while my crew was at lunch someone punched the side door'
                         ' lock of my Ford Transit at a job site on Franklin Street and took a Milwaukee drill and'
                         ' impact driver kit and a Fluke multimeter.',
            'reporter_name': 'Shane Kowalczyk',
            'reporter_email': 'shane.k.carpentry@example.com',
            'reporter_phone': '203-555-0114',
            'confirmed': "two things - plate's 3CV-920 not 3CV-902, and the meter was $390 not $380. rest is"
                         " right",
            'callback_wanted': 'Call is fine, I am on job sites all day though',
        },
        'vehicle_burglary',
        rec('Shane Kowalczyk', 'shane.k.carpentry@example.com', '2035550114', 0, plate='CT 3CV-920', total=939),
    ),
    # ------------------------------------------------------------ vehicle_tampering
    filed(
        'vt-cavalry-road-jeep-gone-through-nothing-taken-ny-plates',
        'newcomer from Brooklyn on Cavalry Road: someone went through his Jeep overnight, glovebox and console'
        ' open, nothing taken; "Parked around 10 last night, found it at 7:30 this morning" (no days); "NY'
        ' plates KDW-4471" (NY KDW-4471)',
        ['Somebody was in my car overnight. Glovebox and console open, papers on the floor, seat pushed all the'
         ' way back. Nothing missing as far as I can tell. I moved here from Brooklyn in the summer and this'
         ' never happened to me there.'],
        {
            'type_confirmed': 'Yes, the tampering one.',
            'location': 'In my driveway on Cavalry Road, Westport',
            'location_confirmed': 'Yes, Cavalry Road',
            'suspect_or_weapon': 'No idea who. No weapons, nobody around when I came out',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Parked around 10 last night, found it at 7:30 this morning',
            'vehicle': "Black 2020 Jeep Grand Cherokee, NY plates KDW-4471 (haven't switched them yet)",
            'damage': 'No real damage, I think it was unlocked. Just everything gone through and the seat moved',
            'narrative': 'Overnight someone got into my Jeep in my driveway on Cavalry Road, opened the glovebox'
                         ' and console and threw papers on the floor. Nothing seems to be missing.',
            'reporter_name': 'Daniel Okafor',
            'reporter_email': 'dokafor.bk@example.com',
            'reporter_phone': '475-555-0118',
            'confirmed': 'Looks accurate',
            'callback_wanted': 'Email',
        },
        'vehicle_tampering',
        rec('Daniel Okafor', 'dokafor.bk@example.com', '4755550118', plate='NY KDW-4471'),
    ),
    filed(
        'vt-cooper-lane-spark-plug-wires-name-and-plate-fixed-at-summary',
        'teenage driver on Cooper Lane: hood popped and spark plug wires yanked, car will not start; "started'
        ' fine when i got home at 5 yesterday and this morning at 7 it wouldnt start" (no days); at the summary'
        ' corrects two things in one message: Caitlin with a C, plate 7JD-448 not 7JD-484',
        ['someone popped the hood of my car in our driveway and yanked out the spark plug wires??? car wont'
         ' start. whyyyy'],
        {
            'type_confirmed': 'ya tampering',
            'location': 'cooper lane in westport, our driveway',
            'location_confirmed': 'mhm',
            'suspect_or_weapon': 'no clue who. no weapons. nobody saw anything',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'it started fine when i got home at 5 yesterday and this morning at 7 it wouldnt start',
            'vehicle': '2012 mazda 3, red, ct plate 7JD-484',
            'damage': 'hood was popped and 2 spark plug wires ripped off, one is cracked. no other damage i can'
                      ' see',
            'narrative': 'Between yesterday evening and this morning someone opened the hood of my Mazda in our'
                         ' driveway on Cooper Lane and pulled off two spark plug wires. The car will not start.',
            'reporter_name': 'katelyn brennan',
            'reporter_email': 'kbrennan.05@example.com',
            'reporter_phone': '203-555-0146',
            'confirmed': '2 things - my name is Caitlin with a C, Caitlin Brennan. and the plate is 7JD-448 not'
                         ' 484. sorry',
            'callback_wanted': 'text or email',
        },
        'vehicle_tampering',
        rec('Caitlin Brennan', 'kbrennan.05@example.com', '2035550146', plate='CT 7JD-448'),
    ),
    filed(
        'vt-ludlow-road-driver-lock-pried-asks-how-to-write-name',
        'non-native writer (Arabic speaker) on Ludlow Road: someone tried to open the driver door with a tool,'
        ' the alarm went off, lock broken and scratched, nobody there; "Today morning 6:10" (days 0, 06:10); at'
        ' the name question asks whether to write the name as in the passport (interjection); "CT plate BK'
        ' 20917"',
        ['Salam. Today early morning somebody try to open my car door with a tool, the alarm was ringing. Now the'
         ' lock of driver door is broken and scratches around it. My car is in the street in front of my house'
         ' on Ludlow Road.'],
        {
            'type_confirmed': 'Yes, tampering of car',
            'location': 'Ludlow Road, Westport, in front of my house',
            'location_confirmed': 'Yes, correct',
            'suspect_or_weapon': 'When I look from the window nobody is there. I dont know who, and no weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today morning 6:10, the alarm wake me up',
            'vehicle': 'Nissan Altima 2017, grey, CT plate BK 20917',
            'damage': 'Lock of driver door is broken, the key not turn, and many scratches around the lock',
            'narrative': 'This morning at 6:10 my car alarm went off. Somebody tried to open the driver door of my'
                         ' Nissan on Ludlow Road with a tool. The lock is broken and scratched. Nobody was there'
                         ' when I looked.',
            'reporter_name': 'Mohammed Al-Rashidi',
            'reporter_email': 'm.alrashidi@example.com',
            'reporter_phone': '203-555-0165',
            'confirmed': 'Yes it is correct, thank you brother',
            'callback_wanted': 'Phone call please',
        },
        'vehicle_tampering',
        rec('Mohammed Al-Rashidi', 'm.alrashidi@example.com', '2035550165', 0, '06:10', plate='CT BK 20917'),
        interjections=[('reporter_name', 'My name is long, I write like in the passport or only first and family'
                                         ' name?')],
    ),
]
