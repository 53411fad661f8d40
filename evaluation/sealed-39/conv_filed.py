"""sealed-39: the 26 `filed` conversations (hand-written), plus the small helper used by
conv_other.py to build a scenario dict in the fixed key order."""

ANSWER_ORDER = [
    'incident_type', 'type_confirmed', 'location', 'location_confirmed', 'suspect_or_weapon',
    'known_suspect', 'weapon', 'occurred_at', 'caller_number', 'call_pattern', 'accounts',
    'vehicle', 'items', 'damage', 'narrative', 'reporter_name', 'reporter_email',
    'reporter_phone', 'confirmed', 'callback_wanted',
]
RECORD_ORDER = ['reporter_name', 'reporter_email', 'reporter_phone', 'vehicle_plate',
                'total_value', 'occurred_days_ago', 'occurred_time']

NO = 'No.'  # the fixed answer-key value for known_suspect / weapon when the resident says no


def scn(id, channel, note, opening, answers, outcome, incident_type, *, reason=None, topic=None,
        location_decision='in_town', emergency_message=None, describes=True, record=None,
        interjections=None, after_end=None):
    if isinstance(opening, str):
        opening = [opening]
    ordered = {k: answers[k] for k in ANSWER_ORDER if k in answers}
    extra = set(answers) - set(ANSWER_ORDER)
    if extra:
        raise ValueError('%s: unknown answer keys %s' % (id, sorted(extra)))
    if list(ordered) != list(answers):
        raise ValueError('%s: answer keys out of order: %s' % (id, list(answers)))
    d = {'id': id, 'channel': channel, 'note': note, 'opening': opening, 'answers': ordered}
    if interjections:
        d['interjections'] = [{'at': at, 'text': text} for at, text in interjections]
    if after_end:
        d['after_end'] = list(after_end)
    rec = None
    if record is not None:
        rec = {k: record[k] for k in RECORD_ORDER if k in record}
        if set(record) - set(RECORD_ORDER):
            raise ValueError('%s: unknown record keys' % id)
    d['expect'] = {
        'outcome': outcome,
        'reason': reason,
        'topic': topic,
        'incident_type': incident_type,
        'location_decision': location_decision,
        'emergency_message': emergency_message,
        'first_message_describes': 'true' if describes else 'false',
        'record': rec,
    }
    return d


def filed(id, channel, note, opening, answers, incident_type, record, **kw):
    answers = dict(answers)
    answers.setdefault('known_suspect', NO)
    answers.setdefault('weapon', NO)
    # keep canonical order
    answers = {k: answers[k] for k in ANSWER_ORDER if k in answers}
    return scn(id, channel, note, opening, answers, 'filed', incident_type, record=record, **kw)


SCENARIOS = [
    # ------------------------------------------------------------ harassing_phone_call (3)
    filed(
        's39-hpc-cranbury-road-night-nurse-blocked-static-calls-phone-fixed-at-summary', 'sms',
        'night-shift nurse on Cranbury Road, lowercase: blocked-number calls with static every morning while '
        'she sleeps; "10:20 this morning" (days 0, 10:20); at the summary corrects her cell from 0124 to 0142',
        'hi so i work nights at the hospital and sleep during the day, and for like 10 days someone keeps '
        'calling my cell from a blocked number right when im finally asleep. no voice just static, or like a tv '
        'on in the background. im losing my mind',
        {
            'type_confirmed': 'yep harassing calls, thats what this is',
            'location': 'at home, cranbury rd in westport. the yellow house near the end',
            'location_confirmed': 'correct thats my street',
            'suspect_or_weapon': "honestly no clue who. nobody's said anything threatening, it's literally just "
                                 'static. no weapons or anything',
            'occurred_at': 'the last one was at 10:20 this morning, woke me up again',
            'caller_number': 'it just says No Caller ID every time',
            'call_pattern': 'every day for about a week and a half, 2-4 times each morning between like 9:30 '
                            'and 11:30. i let them go to voicemail now and its 40 sec of static',
            'narrative': 'For about ten days someone has called my cell from a blocked number two to four '
                         'times every morning while I sleep after my night shifts. Nobody talks, there is only '
                         'static or a TV in the background. Last call 10:20 this morning.',
            'reporter_name': 'Tamsin Alvarez',
            'reporter_email': 'tamsin.rn@example.com',
            'reporter_phone': '475-555-0124',
            'confirmed': 'one thing, my cell is 475-555-0142 not 0124. sorry im running on no sleep. rest is good',
            'callback_wanted': "text is best, i'm asleep most of the day",
        },
        'harassing_phone_call',
        {'reporter_name': 'Tamsin Alvarez', 'reporter_email': 'tamsin.rn@example.com',
         'reporter_phone': '4755550142', 'occurred_days_ago': 0, 'occurred_time': '10:20'},
    ),
    filed(
        's39-hpc-post-road-east-flower-shop-tony-calls-asks-which-phone', 'web',
        'flower-shop owner on Post Road East: 23 calls yesterday to the shop line from 203-555-0147, a man '
        'asking for "Tony" who curses when told there is no Tony; at reporter_phone asks whether to give '
        'the shop or her cell number (interjection), then gives the cell; "yesterday from about 2 until we '
        'closed at 6" (days 1, no time)',
        "Good afternoon. I own a small flower shop on the Post Road East and yesterday our shop phone rang "
        "23 times from the same number. A man keeps asking for 'Tony' and when we tell him there is no Tony "
        "here he curses at us. My young employee ended up in tears. We can't block numbers on our old phone "
        "system.",
        {
            'type_confirmed': 'Yes, that is exactly what it is.',
            'location': 'Our shop is on Post Road East in Westport, in the row of stores near the Playhouse '
                        'side of town.',
            'location_confirmed': "Yes, that's the shop.",
            'suspect_or_weapon': "We have no idea who he is. He's never threatened anyone, just foul "
                                 'language. No weapons, it is all over the phone.',
            'occurred_at': 'Yesterday, from about 2 in the afternoon until we closed at 6.',
            'caller_number': 'The caller ID shows 203-555-0147 every time.',
            'call_pattern': '23 calls in about four hours yesterday, sometimes two minutes apart. Always the '
                            'same man, always asking for Tony, then swearing. He started again this morning, '
                            'three so far.',
            'narrative': "Yesterday afternoon our shop line on Post Road East got 23 calls from 203-555-0147. "
                         "A man asks for 'Tony', and when told there is no Tony he curses at whoever answered. "
                         'It continued this morning.',
            'reporter_name': 'Lorraine Bissett',
            'reporter_email': 'lorraine@example.com',
            'reporter_phone': 'Better use my cell then, 203-555-0156.',
            'confirmed': 'Yes, all correct.',
            'callback_wanted': 'Email is fine, the shop phone is too busy as you can imagine.',
        },
        'harassing_phone_call',
        {'reporter_name': 'Lorraine Bissett', 'reporter_email': 'lorraine@example.com',
         'reporter_phone': '2035550156', 'occurred_days_ago': 1},
        interjections=[('reporter_phone', "Should I give you the shop number or my own cell? The shop line "
                                          "is the one getting the calls but I'm not always there.")],
    ),
    filed(
        's39-hpc-bauer-place-korean-au-pair-name-caller-number-fixed-in-prose', 'web',
        'non-native writer (Korean speaker), an au pair on Bauer Place: night calls from 475-555-0158 where a '
        'man says her name and laughs; in the caller_number answer corrects it in prose to 0185; "Two days ago '
        'in the night, 10:30 exactly" (days 2, 22:30)',
        'Hello, I am au pair from Korea, I live with my host family on Bauer Place. Somebody is calling my '
        'phone in the night from number 475-555-0158, a man, he say my name and then he laugh and hang up. I '
        'dont know how he know my name.',
        {
            'type_confirmed': 'Yes, this one. Calls.',
            'location': 'Bauer Place in Westport, the house of my host family.',
            'location_confirmed': 'Yes correct.',
            'suspect_or_weapon': 'I dont know who is this man. He not say he will hurt me, only my name and '
                                 'laugh. No weapon.',
            'occurred_at': 'Two days ago in the night, 10:30 exactly, I see it in call list.',
            'caller_number': '475-555-0158, ah sorry, is 475-555-0185. I look again at the screen, I write it '
                             'wrong before.',
            'call_pattern': 'First time was one week ago. Maybe 6 or 7 calls now, always after 10 in the night.',
            'narrative': 'For one week a man call my phone at night from 475-555-0185. He say my name, he '
                         'laugh, then he hang up. Six or seven times. Last time two days ago at 10:30 at night.',
            'reporter_name': 'My name is Seo-yeon Kim. Kim is family name.',
            'reporter_email': 'seoyeon.kim.ap@example.com',
            'reporter_phone': '203-555-0111',
            'confirmed': 'Yes this is right, thank you so much.',
            'callback_wanted': 'Email please. My host mom can help me read.',
        },
        'harassing_phone_call',
        {'reporter_name': 'Seo-yeon Kim', 'reporter_email': 'seoyeon.kim.ap@example.com',
         'reporter_phone': '2035550111', 'occurred_days_ago': 2, 'occurred_time': '22:30'},
    ),
    # ------------------------------------------------------------ damage_to_motor_vehicle (3)
    filed(
        's39-dmv-saugatuck-station-mirror-sideswiped-email-fixed-at-summary', 'web',
        'commuter: mirror snapped off and fender scraped in the Saugatuck station lot; "Parked at 6:50 '
        'yesterday morning ... around 7:30 last night" (days 1, no time); plate "CT plate 8MT-304"; the $740 '
        'quote adds nothing; at the summary corrects the e-mail to glindqvist@example.com',
        "I commute out of Saugatuck station and when I got back to my car last night the driver's side "
        'mirror was snapped off and dangling by the wires. There is also a fresh scrape along the front '
        'fender, like someone sideswiped it squeezing into the next spot.',
        {
            'type_confirmed': 'Yes, damage to my car.',
            'location': 'The Saugatuck train station lot, the big one on the New York side, in the row along '
                        'the fence.',
            'location_confirmed': 'Correct, that lot.',
            'suspect_or_weapon': 'No idea who. No note on the windshield and nobody around when I got there. '
                                 'Nothing like a weapon involved.',
            'occurred_at': 'Parked at 6:50 yesterday morning and found it when I got back around 7:30 last '
                           'night.',
            'vehicle': '2020 Subaru Outback, grey, CT plate 8MT-304',
            'damage': "Driver's side mirror broken off (glass and housing), long scrape on the front "
                      "driver's side fender. The dealer quoted $740 for the mirror alone.",
            'narrative': 'My car was parked at the Saugatuck station lot all day yesterday. When I came back '
                         'in the evening the driver side mirror had been knocked off and the front fender was '
                         'scraped. No note was left.',
            'reporter_name': 'Gregory Lindqvist',
            'reporter_email': 'greg.lindqvist@example.com',
            'reporter_phone': '203-555-0112',
            'confirmed': 'Close - the email is glindqvist@example.com, no "greg" and no dot. Rest is right.',
            'callback_wanted': 'No call needed, email is fine.',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Gregory Lindqvist', 'reporter_email': 'glindqvist@example.com',
         'reporter_phone': '2035550112', 'vehicle_plate': 'CT 8MT-304', 'occurred_days_ago': 1},
    ),
    filed(
        's39-dmv-longshore-lot-golf-ball-windshield-teen-dad-will-murder-me', 'sms',
        'teenager, text-speak: a golf ball cracked the windshield of her dad\'s car in the Longshore lot, no '
        'golfer came over; figure of speech "my dad is literally going to murder me"; "like 1:05 today" '
        '(days 0, 13:05); plate "ct plate 4PL-772"',
        'um so a golf ball just cracked my windshield in the longshore parking lot?? like a full spiderweb '
        'crack. nobody came over to say sorry or anything. my dad is literally going to murder me its his car',
        {
            'type_confirmed': 'yes thats the one',
            'location': 'longshore club park, the lot by the tennis courts off compo rd south',
            'location_confirmed': 'yep',
            'suspect_or_weapon': 'no idea who hit it, prob some golfer who didnt want to own up. and no weapons '
                                 'lol its a golf ball',
            'occurred_at': 'like 1:05 today, i heard it hit from the tennis courts',
            'vehicle': 'its my dads 2017 honda accord, black, ct plate 4PL-772',
            'damage': 'windshield cracked on the passenger side, spiderweb like the size of my hand with a '
                      'little chip in the middle where it hit',
            'narrative': 'I parked at Longshore to play tennis. Around 1:05 today I heard a bang and found a '
                         'golf ball next to the car and a big crack in the windshield. Nobody came to say '
                         'they hit it.',
            'reporter_name': 'Maddie Rourke',
            'reporter_email': 'maddie.rourke06@example.com',
            'reporter_phone': '475-555-0131',
            'confirmed': 'yes thats all right',
            'callback_wanted': 'text pls, i dont pick up unknown numbers',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Maddie Rourke', 'reporter_email': 'maddie.rourke06@example.com',
         'reporter_phone': '4755550131', 'vehicle_plate': 'CT 4PL-772', 'occurred_days_ago': 0,
         'occurred_time': '13:05'},
    ),
    filed(
        's39-dmv-post-road-west-supermarket-hit-and-run-colour-fixed-in-prose', 'web',
        'non-native writer (Spanish speaker): parked car hit in a supermarket lot on Post Road West, driver '
        'left without a note; colour corrected in prose inside the vehicle answer ("black... no, is dark '
        'grey"); "Today, I go inside at 10:30 ... come out at 11:15" (days 0, no time); plate "Plate CT 2TB-518"',
        'Hello, somebody hit my car in the parking of the supermarket on Post Road West and go away without '
        'leaving a note. The back door have a big dent and the paint is broken.',
        {
            'type_confirmed': 'Yes, is damage to my car.',
            'location': 'Post Road West, Westport, the parking of the supermarket, near the cart place.',
            'location_confirmed': 'Yes, correct.',
            'suspect_or_weapon': 'I not see who. Nobody stay there. No weapons, nothing like this.',
            'occurred_at': 'Today, I go inside at 10:30 more or less and I come out at 11:15.',
            'vehicle': 'Toyota RAV4 2021, color black... no, is dark grey, my husband always say black but is '
                       'grey. Plate CT 2TB-518',
            'damage': 'The back door on the passenger side, big dent, the paint is scratched to the metal and '
                      'the handle is a little bent.',
            'narrative': 'I park my car at the supermarket on Post Road West this morning. When I come back, '
                         'the back door have a big dent and scratch. The other driver go away without a note.',
            'reporter_name': 'Mariela Gutiérrez',
            'reporter_email': 'mariela.gtz@example.com',
            'reporter_phone': '203-555-0168',
            'confirmed': 'Yes, everything is good.',
            'callback_wanted': 'You can call me, is OK.',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Mariela Gutiérrez', 'reporter_email': 'mariela.gtz@example.com',
         'reporter_phone': '2035550168', 'vehicle_plate': 'CT 2TB-518', 'occurred_days_ago': 0},
    ),
    # ------------------------------------------------------------ identity_theft (3)
    filed(
        's39-idt-old-hill-road-irs-return-filed-asks-about-irs-form', 'web',
        'retired man (70) on Old Hill Road: IRS letter says a return was already filed with his SSN, refund '
        'of $3,412 requested (not his loss, so no total_value); "The letter came in yesterday\'s mail" (days '
        '1); at confirmed asks whether the report number is enough for the IRS form (interjection), then '
        'confirms',
        'I received a letter from the IRS saying my tax return could not be processed because a return had '
        'already been filed using my Social Security number. I have not filed anything yet - my accountant '
        'was going to do it next week. I am 70 years old and frankly bewildered.',
        {
            'type_confirmed': 'Yes, identity theft, I suppose that is the right term.',
            'location': 'My home, Old Hill Road, Westport.',
            'location_confirmed': 'That is correct.',
            'suspect_or_weapon': 'I have no idea who could have done it. No one has contacted me or threatened '
                                 'me in any way.',
            'occurred_at': "The letter came in yesterday's mail, in the afternoon.",
            'accounts': 'Only the IRS so far. The letter says a refund of $3,412 was requested under my '
                        'number. I have checked my bank and my credit cards and nothing else looks wrong. I '
                        'also froze my credit with the three bureaus this morning.',
            'narrative': 'Yesterday I received a letter from the IRS stating that a tax return had already '
                         'been filed with my Social Security number and a refund of $3,412 requested. I did '
                         'not file it and have not authorized anyone to do so.',
            'reporter_name': 'Harold Weintraub',
            'reporter_email': 'hweintraub@example.com',
            'reporter_phone': '(203) 555-0107',
            'confirmed': 'All right. Yes, everything above is correct, please submit it.',
            'callback_wanted': 'A phone call would be appreciated.',
        },
        'identity_theft',
        {'reporter_name': 'Harold Weintraub', 'reporter_email': 'hweintraub@example.com',
         'reporter_phone': '2035550107', 'occurred_days_ago': 1},
        interjections=[('confirmed', 'Before I say yes: will your report number be enough for the IRS '
                                     'identity theft affidavit, or will they need something else from your '
                                     'department?')],
    ),
    filed(
        's39-idt-north-ave-sim-swap-venmo-chase-card-asks-legal-name', 'sms',
        'young woman on North Avenue, text-speak: SIM swap, $640 moved out of Venmo and a Chase card opened '
        'with $1,850 spent, both in the opening (total 2490); at reporter_name asks whether to give her legal '
        'name or "bex" (interjection), then Rebecca Okafor; "around 11 at night two days ago" (days 2, no '
        'time)',
        'someone did a SIM swap on me. my phone lost service two nights ago and by the time i got it back '
        'theyd moved $640 out of my venmo and opened a chase card in my name with $1,850 already spent on it. '
        'pls help idk what im doing',
        {
            'type_confirmed': 'yes identity theft',
            'location': 'north ave, westport. near staples',
            'location_confirmed': 'ya',
            'suspect_or_weapon': 'no idea who, it was all online. nobody threatened me',
            'occurred_at': 'my phone lost service around 11 at night two days ago, thats when it started',
            'accounts': "venmo: $640 sent to someone called jt_deals in 3 payments. chase freedom card opened "
                        "in my name, $1,850 in charges at best buy and some gift card site. and t-mobile "
                        "moved my number to a new sim without asking me",
            'narrative': 'Two nights ago my phone number was moved to another SIM card without my permission. '
                         'Someone then sent $640 from my Venmo and opened a Chase credit card in my name with '
                         '$1,850 in charges.',
            'reporter_name': 'legal is Rebecca Okafor',
            'reporter_email': 'bex.okafor@example.com',
            'reporter_phone': '203-555-0133 (its working again now)',
            'confirmed': 'yep all good',
            'callback_wanted': 'text or email, whatever',
        },
        'identity_theft',
        {'reporter_name': 'Rebecca Okafor', 'reporter_email': 'bex.okafor@example.com',
         'reporter_phone': '2035550133', 'total_value': 2490, 'occurred_days_ago': 2},
        interjections=[('reporter_name', 'do u need my legal name or what i go by? everyone calls me bex')],
    ),
    filed(
        's39-idt-richmondville-avenue-ukrainian-phone-lines-company-fixed-in-prose', 'web',
        'non-native writer (Ukrainian speaker) on Richmondville Avenue: a phone account with two iPhones '
        'opened in his name, $2,340 (total 2340); says Verizon in the opening and corrects to T-Mobile in '
        'prose in the accounts answer; "The email from them come three days ago" (days 3, no time)',
        'Hello. Somebody open phone account in my name at Verizon and buy two iPhones, the bill is $2,340. I '
        'never do this, I have other company. I live in Westport, Richmondville Avenue.',
        {
            'type_confirmed': 'Yes, identity theft.',
            'location': 'Richmondville Avenue, Westport, my apartment.',
            'location_confirmed': 'Yes, this address.',
            'suspect_or_weapon': 'I dont know who is it. Nobody call me or make threat to me.',
            'occurred_at': 'The email from them come three days ago, in the evening.',
            'accounts': 'Account with 2 lines and 2 iPhone 16 - sorry, I look at the letter again, it is '
                        'T-Mobile, not Verizon. Total on the bill $2,340. My real phone company is AT&T.',
            'narrative': 'Somebody open a T-Mobile account with my name and buy two iPhones, $2,340. I never '
                         'open this account. I see the email three days ago.',
            'reporter_name': 'Oleksandr Bondarenko',
            'reporter_email': 'o.bondarenko@example.com',
            'reporter_phone': '475-555-0149',
            'confirmed': 'Yes, is correct now.',
            'callback_wanted': 'Email is better for me.',
        },
        'identity_theft',
        {'reporter_name': 'Oleksandr Bondarenko', 'reporter_email': 'o.bondarenko@example.com',
         'reporter_phone': '4755550149', 'total_value': 2340, 'occurred_days_ago': 3},
    ),
    # ------------------------------------------------------------ lost_property (4)
    filed(
        's39-lost-jesup-road-library-wallet-walk-downtown-widower', 'web',
        'widower, formal: wallet with $220 lost between the Westport Library on Jesup Road and a coffee shop '
        'downtown (total 220; the wallet, cards and photo add nothing); "Between about 6 and 8 yesterday '
        'evening" (days 1, no time)',
        "I seem to have lost my wallet yesterday evening. I was at the Westport Library on Jesup Road for a "
        "talk and then walked along to get a coffee downtown, and somewhere in between it went missing. There "
        "was $220 in cash in it, my driver's license, my Medicare card and two credit cards, which I've "
        "already cancelled.",
        {
            'type_confirmed': 'Yes, lost property.',
            'location': 'Between the library on Jesup Road and the coffee shop on Main Street. I cut across '
                        'the Jesup Green lot.',
            'location_confirmed': 'Yes, that is the route.',
            'suspect_or_weapon': 'Nobody took it that I know of. I believe it slipped out of my coat pocket. '
                                 'Certainly no weapons.',
            'occurred_at': 'Between about 6 and 8 yesterday evening.',
            'items': "Brown leather wallet, quite old. $220 in cash, CT driver's license, Medicare card, a "
                     "Visa and an Amex (both cancelled), and a small photograph of my late wife that I would "
                     "very much like back.",
            'narrative': 'Yesterday evening I walked from the Westport Library to a coffee shop on Main '
                         'Street. When I went to pay my wallet was gone. It held $220 cash, my license, my '
                         'Medicare card, two credit cards and a photo of my wife.',
            'reporter_name': 'Walter Pruitt',
            'reporter_email': 'wpruitt1948@example.com',
            'reporter_phone': '203-555-0119',
            'confirmed': 'Yes, that is all correct. Thank you kindly.',
            'callback_wanted': 'Please do telephone if it turns up.',
        },
        'lost_property',
        {'reporter_name': 'Walter Pruitt', 'reporter_email': 'wpruitt1948@example.com',
         'reporter_phone': '2035550119', 'total_value': 220, 'occurred_days_ago': 1},
    ),
    filed(
        's39-lost-compo-playground-glasses-opening-describes-nothing', 'sms',
        'opens without describing anything ("need one for insurance"); `incident_type` answer: prescription '
        'glasses left on a bench at the Compo Beach playground, $395 (total 395); the opening names no place, '
        'so at location he asks whether the exact spot is needed (interjection); "yesterday around 4:30" (days '
        '1, no time: approximate)',
        'hey is this where i do a police report? need one for insurance',
        {
            'incident_type': 'lost my prescription glasses, pretty sure i left them on a bench at the compo '
                             'beach playground. warby parker, $395 with the lenses',
            'type_confirmed': 'yeah lost',
            'location': 'compo beach, the benches right next to the playground',
            'location_confirmed': 'yup',
            'suspect_or_weapon': 'nah nobody took them i just left them. no weapons',
            'occurred_at': 'yesterday around 4:30 when we were packing up',
            'items': 'black warby parker frames with progressive lenses, in a navy hard case. $395 total',
            'narrative': 'I left my prescription glasses on a bench by the Compo Beach playground yesterday '
                         'afternoon. When I went back this morning they were gone and not at the gate house.',
            'reporter_name': 'Devin Castellano',
            'reporter_email': 'dcastellano@example.com',
            'reporter_phone': '203-555-0174',
            'confirmed': 'looks right',
            'callback_wanted': 'no call needed',
        },
        'lost_property',
        {'reporter_name': 'Devin Castellano', 'reporter_email': 'dcastellano@example.com',
         'reporter_phone': '2035550174', 'total_value': 395, 'occurred_days_ago': 1},
        describes=False,
        interjections=[('location', 'do you need the exact spot? it was somewhere around the playground, or '
                                    'maybe by the bathhouse, i honestly cant remember which')],
    ),
    filed(
        's39-lost-saugatuck-platform-violin-bow-added-at-summary', 'web',
        'mother: her 14-year-old left his violin ($2,800) on the Saugatuck station platform this morning; at '
        'the summary adds the bow ($450) that was in the case (total 3250); "This morning at about 7:38" '
        '(days 0, no time: approximate)',
        "My 14-year-old son left his violin on the platform at Saugatuck station this morning when he got on "
        "the train for a youth orchestra rehearsal. By the time he realized it he was already in Bridgeport. "
        "It is a rent-to-own instrument worth $2,800 and I am sick about it.",
        {
            'type_confirmed': "Yes, it's lost, not stolen as far as we know.",
            'location': 'Saugatuck railroad station, the New York-bound platform, on the bench by the stairs.',
            'location_confirmed': 'Yes, that bench.',
            'suspect_or_weapon': 'No one, he just left it on the bench. Nothing like that.',
            'occurred_at': 'This morning at about 7:38, just before his train came in.',
            'items': 'Violin in a black rectangular Bam case with a Westport Music Center sticker and a name '
                     'tag on the handle (Leo Marchetti). The violin is worth $2,800.',
            'narrative': 'My son set his violin case down on the bench on the New York-bound platform at '
                         'Saugatuck station this morning and got on the train without it. It was gone when '
                         'we went back.',
            'reporter_name': 'Francesca Marchetti',
            'reporter_email': 'fmarchetti@example.com',
            'reporter_phone': '203-555-0138',
            'confirmed': "Almost - please add the bow, it's separate from the violin and it was in the case "
                         "too. Carbon fiber bow, $450.",
            'callback_wanted': 'Yes please call if anyone turns it in.',
        },
        'lost_property',
        {'reporter_name': 'Francesca Marchetti', 'reporter_email': 'fmarchetti@example.com',
         'reporter_phone': '2035550138', 'total_value': 3250, 'occurred_days_ago': 0},
    ),
    filed(
        's39-lost-imperial-avenue-lot-japanese-passport-asks-consulate-in-items', 'web',
        'non-native writer (Japanese speaker): passport and green card in a red pouch lost at the Imperial '
        'Avenue lot (farmers market), no value stated; asks inside the items answer whether the report is '
        'enough for the consulate; "Yesterday, around noon" (days 1, no time)',
        'Excuse me. I lost my passport and my residence card (green card) yesterday. I think at Imperial '
        'Avenue parking lot, at the farmers market. They were in a small pouch, red color.',
        {
            'type_confirmed': 'Yes, lost property, please.',
            'location': 'Imperial Avenue parking lot in Westport, where the farmers market is.',
            'location_confirmed': 'Yes, the market parking.',
            'suspect_or_weapon': 'Nobody, I think I drop it myself. No weapon.',
            'occurred_at': 'Yesterday, around noon. I was at the market from 11 to 12:30.',
            'items': 'Japanese passport, US green card, and the red pouch with a cat design. I think there is '
                     'no money value. For the new passport the consulate ask a police report, is this report '
                     'OK for them?',
            'narrative': 'Yesterday I went to the farmers market at Imperial Avenue. After I come home I see '
                         'my red pouch with passport and green card is not in my bag.',
            'reporter_name': 'Yuki Tanabe',
            'reporter_email': 'yuki.tanabe@example.com',
            'reporter_phone': '203-555-0181',
            'confirmed': 'Yes, it is correct. Thank you very much.',
            'callback_wanted': 'Email, please.',
        },
        'lost_property',
        {'reporter_name': 'Yuki Tanabe', 'reporter_email': 'yuki.tanabe@example.com',
         'reporter_phone': '2035550181', 'occurred_days_ago': 1},
    ),
    # ------------------------------------------------------------ theft (3)
    filed(
        's39-theft-mills-street-porch-mixer-vest-amount-fixed-at-summary', 'web',
        'package thief in a safety vest on the doorbell camera at 11:38 on Mills Street (face not visible); a '
        'KitchenAid mixer "$449" in the opening, corrected to $479 at the summary (total 479); days 0, 11:38',
        'Our package was stolen off the front porch this morning. The doorbell camera shows someone in a '
        'yellow safety vest walk up at 11:38, grab the box and walk off toward the end of Mills Street. It '
        'was a KitchenAid stand mixer, $449.',
        {
            'type_confirmed': 'Yes, theft.',
            'location': 'Our front porch on Mills Street, Westport.',
            'location_confirmed': 'Yes that is right.',
            'suspect_or_weapon': "Can't tell who it is - cap, sunglasses, the vest. Face not visible. No weapon "
                                 "that I could see, he just grabbed it and walked.",
            'occurred_at': '11:38 this morning, going by the camera.',
            'items': 'One KitchenAid Artisan stand mixer, red, still in the Amazon box. $449.',
            'narrative': 'At 11:38 this morning a person in a yellow safety vest took a package with a '
                         'KitchenAid mixer from our porch on Mills Street and walked away. It is on our '
                         'doorbell camera.',
            'reporter_name': 'Janelle Whitcomb',
            'reporter_email': 'janelle.w@example.com',
            'reporter_phone': '203-555-0153',
            'confirmed': 'One fix: it was $479, not $449. Just pulled up the receipt. Everything else is good.',
            'callback_wanted': "Email is fine. I can send the camera clip if anyone wants it.",
        },
        'theft',
        {'reporter_name': 'Janelle Whitcomb', 'reporter_email': 'janelle.w@example.com',
         'reporter_phone': '2035550153', 'total_value': 479, 'occurred_days_ago': 0,
         'occurred_time': '11:38'},
    ),
    filed(
        's39-theft-compo-kayak-rack-cable-cut-asks-if-time-matters', 'sms',
        'young man: kayak taken from the town racks at Compo Beach, cable lock cut; the opening gives no time, '
        'so at occurred_at he asks whether not knowing when matters (interjection), then "2 weeks ago ... this '
        'morning" (no days_ago); $1,100 (total 1100; the ~$25 lock adds nothing)',
        'my kayak got stolen off the town kayak racks at compo. cable lock cut and just lying in the sand. 12ft '
        'old town, green',
        {
            'type_confirmed': 'yes stolen',
            'location': 'compo beach, the kayak racks down at the south end',
            'location_confirmed': 'yea',
            'suspect_or_weapon': 'no idea. nobody saw anything that i know of. no weapons',
            'occurred_at': 'last time i saw it on the rack was 2 weeks ago, found it gone this morning',
            'items': 'old town loon 126, green, 12 ft. paid $1,100 for it. paddle was at home so just the boat. '
                     'the cable lock got cut too but that was like $25 whatever',
            'narrative': 'My green Old Town kayak was taken from my spot on the town kayak racks at Compo '
                         'Beach. The cable lock was cut and left in the sand. I noticed this morning; I last '
                         'saw it two weeks ago.',
            'reporter_name': 'Nate Brisbane',
            'reporter_email': 'natebrisbane@example.com',
            'reporter_phone': '475-555-0127',
            'confirmed': 'ya all of that is right',
            'callback_wanted': 'text me if it shows up',
        },
        'theft',
        {'reporter_name': 'Nate Brisbane', 'reporter_email': 'natebrisbane@example.com',
         'reporter_phone': '4755550127', 'total_value': 1100},
        interjections=[('occurred_at', 'honestly i have no clue when, i only go down every couple weeks. does '
                                       'that matter for the report?')],
    ),
    filed(
        's39-theft-gorham-avenue-job-box-tools-saw-removed-at-summary', 'web',
        'non-native writer (Turkish speaker), a contractor: job box forced at a renovation on Gorham Avenue, '
        'Hilti drill ($1,200) and DeWalt saw ($379) in the opening; at the summary takes the saw out (his '
        'partner has it), total 1200; the broken box lock adds nothing; "We leave at 5 ... come back 7 this '
        'morning" (no days_ago)',
        'Hi, I am contractor, we are doing renovation on a house on Gorham Avenue. In the night someone '
        'open our job box and take the Hilti hammer drill ($1,200) and the DeWalt table saw ($379). The lock '
        'of the box is broken.',
        {
            'type_confirmed': 'Yes, is theft.',
            'location': 'Gorham Avenue, Westport, the house with the dumpster in front, we work there.',
            'location_confirmed': 'Yes this is the place.',
            'suspect_or_weapon': 'No, we dont know who. Nobody see anything, the neighbors also no. No '
                                 'weapons.',
            'occurred_at': 'We leave at 5 in the evening yesterday, we come back 7 this morning.',
            'items': 'Hilti TE 30 hammer drill, red case, $1,200. DeWalt table saw, yellow, $379. The lock '
                     'of the box is broken but it is cheap one.',
            'narrative': 'Between yesterday evening and this morning somebody break the lock on our job box '
                         'at the site on Gorham Avenue and take our tools.',
            'reporter_name': 'Emre Yıldız',
            'reporter_email': 'emre.build@example.com',
            'reporter_phone': '203-555-0191',
            'confirmed': 'Wait please, take out the table saw - my partner just call me, he took it home two '
                         'days ago, it is not stolen. Only the Hilti.',
            'callback_wanted': 'Call is OK, after 4 is better.',
        },
        'theft',
        {'reporter_name': 'Emre Yıldız', 'reporter_email': 'emre.build@example.com',
         'reporter_phone': '2035550191', 'total_value': 1200},
    ),
    # ------------------------------------------------------------ vandalism (4)
    filed(
        's39-vand-post-road-east-across-from-connector-shop-wall-tagged', 'web',
        'shop owner: back wall and dumpster enclosure tagged with spray paint; place trap "across from where '
        'the Sherwood Island Connector starts ... not the park" (in town); figure of speech "Looks like a gang '
        'war broke out back there lol"; "locked up at 8 last night ... 6:30 this morning" (no days_ago); the '
        '$1,500 painter quote adds nothing',
        'Came in this morning to find the whole back wall of my shop tagged with spray paint, big silver and '
        'black letters, plus something drawn on the dumpster enclosure. Looks like a gang war broke out back '
        'there lol. Can I file this here?',
        {
            'type_confirmed': 'Yep, vandalism.',
            'location': 'Post Road East, the little strip of stores across from where the Sherwood Island '
                        'Connector starts. Just the Post Road, not the park.',
            'location_confirmed': "That's it.",
            'suspect_or_weapon': "No idea. Kids maybe, but I didn't see anyone and there's no camera back there. "
                                 "Nothing about weapons.",
            'occurred_at': 'I locked up at 8 last night and found it at 6:30 this morning.',
            'damage': 'Back wall (painted cinder block), about 20 feet of tags in silver and black, plus the '
                      'wooden dumpster enclosure. The painter wants $1,500 to cover it.',
            'narrative': 'Overnight someone spray painted large tags across the back wall of my shop on Post '
                         'Road East and on the wooden dumpster enclosure.',
            'reporter_name': 'Marcus Feld',
            'reporter_email': 'feldcycles@example.com',
            'reporter_phone': '203-555-0114',
            'confirmed': 'Yes, submit it.',
            'callback_wanted': 'Email please.',
        },
        'vandalism',
        {'reporter_name': 'Marcus Feld', 'reporter_email': 'feldcycles@example.com',
         'reporter_phone': '2035550114'},
    ),
    filed(
        's39-vand-roseville-road-lawn-donuts-lamp-post-time-fixed-in-prose', 'sms',
        'lowercase: someone did donuts on the front lawn on Roseville Road, bent the lamp post and flattened '
        'hydrangeas; time corrected in prose ("around 1am.. no wait, the camera says 2:14") (days 0, 02:14)',
        'someone drove onto our front lawn on roseville rd last night and did donuts. tire ruts everywhere, '
        'took out the lamp post at the end of the driveway and half the hydrangeas',
        {
            'type_confirmed': 'yes vandalism',
            'location': 'roseville rd, westport. our front yard',
            'location_confirmed': 'yes thats where',
            'suspect_or_weapon': 'camera only shows headlights, cant see the car or a plate. no clue who. no '
                                 'weapons',
            'occurred_at': 'around 1am.. no wait, the camera says 2:14, so 2:14 this morning',
            'damage': 'lawn torn up with deep ruts, black iron lamp post bent over and the glass smashed, about '
                      '6 hydrangea bushes flattened',
            'narrative': 'At 2:14 this morning a car drove onto our front lawn on Roseville Road and spun '
                         'around, tearing up the grass, knocking over the lamp post and crushing the bushes.',
            'reporter_name': 'Kristen Ambrose',
            'reporter_email': 'kambrose@example.com',
            'reporter_phone': '203-555-0146',
            'confirmed': 'all good on my end',
            'callback_wanted': 'email is good',
        },
        'vandalism',
        {'reporter_name': 'Kristen Ambrose', 'reporter_email': 'kambrose@example.com',
         'reporter_phone': '2035550146', 'occurred_days_ago': 0, 'occurred_time': '02:14'},
    ),
    filed(
        's39-vand-clinton-avenue-vietnamese-fence-kicked-asks-email-only', 'web',
        'non-native writer (Vietnamese speaker): five vinyl fence panels kicked in on Clinton Avenue; at '
        'reporter_phone asks to be contacted by e-mail only because of phone English (interjection), then '
        'gives the number; "Yesterday night ... morning 6 o\'clock" (no days_ago)',
        'Hello, I want to report someone kick and broke my fence. White vinyl fence in front of my house, 5 '
        'panel is broken. I live in Clinton Avenue in Westport.',
        {
            'type_confirmed': 'Yes, vandalism.',
            'location': 'Clinton Avenue, Westport, in front of my house by the street.',
            'location_confirmed': 'Yes, my house.',
            'suspect_or_weapon': 'I dont know who. Maybe young people, I hear loud voice in the night but I not '
                                 'look. No weapon.',
            'occurred_at': 'Yesterday night. I go to sleep 10 o clock it is OK, morning 6 o clock I see it '
                           'broken.',
            'damage': '5 panel of the white vinyl fence, front side near the street, cracked and pushed down. '
                      'Also one post cap is missing.',
            'narrative': 'In the night someone kick my front fence and break 5 panels. I see it in the morning.',
            'reporter_name': 'Thanh Nguyen',
            'reporter_email': 'thanh.nguyen.ct@example.com',
            'reporter_phone': 'OK, the phone is 203-555-0163, but email is better for me please.',
            'confirmed': 'Yes, is right.',
            'callback_wanted': 'Email please, not call.',
        },
        'vandalism',
        {'reporter_name': 'Thanh Nguyen', 'reporter_email': 'thanh.nguyen.ct@example.com',
         'reporter_phone': '2035550163'},
        interjections=[('reporter_phone', 'I have phone, but my English on the phone is not so good. Can the '
                                          'police write to me only, with email?')],
    ),
    filed(
        's39-vand-blue-ribbon-drive-lantern-solar-lights-name-fixed-at-summary', 'sms',
        'gas lantern glass and 14 solar path lights smashed on Blue Ribbon Drive; figure of speech "whoever did '
        'this is dead to me"; "fine when we got home at 11 last night ... 7:30" (no days_ago); typed "Shivon '
        'Daly", at the summary corrects to Siobhan',
        'ugh someone smashed the glass on our gas lantern by the front walk and stomped every single solar '
        'light along the driveway. whoever did this is dead to me. blue ribbon dr',
        {
            'type_confirmed': 'yes vandalism pls',
            'location': 'blue ribbon drive in westport, front walk and driveway',
            'location_confirmed': 'yep thats us',
            'suspect_or_weapon': 'no idea, prob teens? didnt see anyone. no weapons no',
            'occurred_at': 'it was fine when we got home at 11 last night and we saw it this morning at like 7:30',
            'damage': 'gas lantern: 3 of the 4 glass panes broken, copper top dented. 14 solar path lights '
                      'snapped or crushed',
            'narrative': 'Overnight someone broke the glass on the gas lantern by our front walk and crushed '
                         'all 14 solar lights along the driveway.',
            'reporter_name': 'Shivon Daly',
            'reporter_email': 'sdaly.home@example.com',
            'reporter_phone': '203-555-0102',
            'confirmed': 'name is spelled Siobhan, S-I-O-B-H-A-N, autocorrect strikes again. rest is ok',
            'callback_wanted': 'no call thx',
        },
        'vandalism',
        {'reporter_name': 'Siobhan Daly', 'reporter_email': 'sdaly.home@example.com',
         'reporter_phone': '2035550102'},
    ),
    # ------------------------------------------------------------ vehicle_burglary (3)
    filed(
        's39-vb-winslow-park-lot-window-smashed-macbook-asks-repair-in-damage', 'web',
        'dog walker: rear passenger window smashed in the Winslow Park lot, backpack with a MacBook Air '
        '($1,299) taken (total 1299); asks inside the damage answer whether he may get the window fixed today; '
        '"Yesterday evening, parked at 5:40, back at 6:30" (days 1, no time); plate "CT plate 6RD-115"',
        'Someone smashed my rear passenger window in the Winslow Park lot while I was walking the dog and took '
        'my work bag off the back seat. MacBook Air in it ($1,299) plus my badge for work. Rookie move leaving '
        'it visible, I know.',
        {
            'type_confirmed': 'Yes, car break-in.',
            'location': 'Winslow Park, the main lot off the Post Road.',
            'location_confirmed': 'Yes, the Post Road lot.',
            'suspect_or_weapon': "Didn't see anyone, the lot was pretty empty. No weapons involved that I know "
                                 "of.",
            'occurred_at': 'Yesterday evening, parked at 5:40, back at the car at 6:30.',
            'vehicle': '2022 Mazda CX-5, white, CT plate 6RD-115',
            'items': 'Black backpack (old) with a 13-inch MacBook Air ($1,299), the charger, and my work ID '
                     'badge.',
            'damage': 'Rear passenger side window smashed out, glass all over the seat. Is it OK if I get it '
                      'fixed today or does someone need to see it first?',
            'narrative': 'While I walked my dog at Winslow Park yesterday evening someone broke the rear '
                         'passenger window of my car and took my backpack with a MacBook Air and my work badge.',
            'reporter_name': 'Aaron Whitlock',
            'reporter_email': 'awhitlock@example.com',
            'reporter_phone': '203-555-0128',
            'confirmed': 'Yes, that covers it.',
            'callback_wanted': 'Email.',
        },
        'vehicle_burglary',
        {'reporter_name': 'Aaron Whitlock', 'reporter_email': 'awhitlock@example.com',
         'reporter_phone': '2035550128', 'vehicle_plate': 'CT 6RD-115', 'total_value': 1299,
         'occurred_days_ago': 1},
    ),
    filed(
        's39-vb-canterbury-close-unlocked-jeep-sunglasses-brand-fixed-at-summary', 'sms',
        'unlocked Jeep in the driveway on Canterbury Close gone through overnight: sunglasses ($260) and about '
        '$40 in coins (total 300; the garage remote adds nothing); nothing broken; "i wanna scream"; at the '
        'summary says the sunglasses were Maui Jims not Oakleys (same price); plate "ct plate AN 58216"',
        'car was unlocked in our driveway (my bad) and someone went thru everything last night. took my oakleys '
        '($260), like $40 in quarters from the cupholder and the garage door opener. i wanna scream',
        {
            'type_confirmed': 'ya car break in',
            'location': 'canterbury close, westport, in my driveway',
            'location_confirmed': 'ye',
            'suspect_or_weapon': 'nope no idea who, didnt hear anything. no weapons',
            'occurred_at': 'between like midnight and 7am, i got home around 12 and saw it when i left at 7',
            'vehicle': '2015 jeep grand cherokee, silver, ct plate AN 58216',
            'items': 'oakley sunglasses $260, about $40 in coins, garage remote (we already reprogrammed the '
                     'door)',
            'damage': 'nothing broken, it was unlocked. glove box and console dumped all over the seats',
            'narrative': 'Overnight someone opened my unlocked Jeep in the driveway and took my sunglasses, '
                         'about $40 in coins and the garage door opener.',
            'reporter_name': 'Tyler Brandt',
            'reporter_email': 'tbrandt22@example.com',
            'reporter_phone': '475-555-0166',
            'confirmed': 'oh the sunglasses were maui jims not oakleys, same price tho. otherwise good',
            'callback_wanted': 'nah email',
        },
        'vehicle_burglary',
        {'reporter_name': 'Tyler Brandt', 'reporter_email': 'tbrandt22@example.com',
         'reporter_phone': '4755550166', 'vehicle_plate': 'CT AN 58216', 'total_value': 300},
    ),
    filed(
        's39-vb-compo-lot-french-rental-car-handbag-asks-about-passports', 'web',
        'non-native writer (French speaker), a visitor: window of a rental car broken in the Compo Beach lot, '
        'handbag ($180) with $150 cash taken (total 330; the ID and blocked card add nothing); asks inside the '
        'items answer whether to tell the consulate about the passports; "we park at 1 ... come back at 3:20" '
        '(days 1, no time); plate "plate New York LKR-2290"',
        'Bonjour, we are visiting friends in Westport. Yesterday somebody break the window of our rental car '
        'at the Compo Beach parking and take my handbag with my wallet inside.',
        {
            'type_confirmed': 'Yes, this is it.',
            'location': 'Compo Beach, the big parking near the cannons.',
            'location_confirmed': 'Oui, yes, this parking.',
            'suspect_or_weapon': 'We see nobody. No weapon.',
            'occurred_at': 'Yesterday, we park at 1 o clock and we come back at 3:20 in the afternoon.',
            'vehicle': 'It is a rental, Nissan Altima white, plate New York LKR-2290.',
            'items': 'A Longchamp bag, beige, 180 dollars. Inside the wallet with 150 dollars cash, my French '
                     'ID card and one credit card (blocked now). Our passports were in the bag also - must I '
                     'tell somebody else, the consulate?',
            'damage': 'The small back window on the driver side, broken.',
            'narrative': 'Yesterday afternoon at Compo Beach someone break the back window of our rental car '
                         'and take my bag with my wallet, cash, ID card and our passports.',
            'reporter_name': 'Camille Rousseau',
            'reporter_email': 'camille.rousseau@example.com',
            'reporter_phone': 'I use a US number on my friend plan: 203-555-0187',
            'confirmed': 'Yes, all is correct, merci.',
            'callback_wanted': 'Email please, we fly home in five days.',
        },
        'vehicle_burglary',
        {'reporter_name': 'Camille Rousseau', 'reporter_email': 'camille.rousseau@example.com',
         'reporter_phone': '2035550187', 'vehicle_plate': 'NY LKR-2290', 'total_value': 330,
         'occurred_days_ago': 1},
    ),
    # ------------------------------------------------------------ vehicle_tampering (3)
    filed(
        's39-vt-evergreen-parkway-four-tires-deflated-caps-taken', 'web',
        'air let out of all four tires and valve caps taken on Evergreen Parkway, not slashed, second time '
        'this month; "Parked around 9 last night ... 6:15 this morning" (no days_ago); plate "CT plate 3KF-627"',
        "Somebody let the air out of all four tires on my car overnight and took the valve caps. It's parked on "
        "the street in front of my house on Evergreen Parkway. Not slashed, just flat. Second time this month.",
        {
            'type_confirmed': 'Yes, tampering sounds right.',
            'location': 'On the street in front of my house, Evergreen Parkway, Westport.',
            'location_confirmed': 'Correct, right out front.',
            'suspect_or_weapon': "No idea who. No one I've had a problem with. No weapons.",
            'occurred_at': 'Parked around 9 last night, found it at 6:15 this morning when I went to leave for '
                           'work.',
            'vehicle': '2018 Volkswagen Jetta, blue, CT plate 3KF-627',
            'damage': 'All four tires flat, valve caps missing. Had to get a truck out to pump them up. No cuts '
                      'that I can see.',
            'narrative': 'Overnight someone let the air out of all four tires on my car parked in front of my '
                         'house on Evergreen Parkway and took the valve caps. This also happened earlier this '
                         'month.',
            'reporter_name': 'Renata Szabo',
            'reporter_email': 'rszabo@example.com',
            'reporter_phone': '203-555-0159',
            'confirmed': 'Yes, that is accurate.',
            'callback_wanted': 'Email is fine.',
        },
        'vehicle_tampering',
        {'reporter_name': 'Renata Szabo', 'reporter_email': 'rszabo@example.com',
         'reporter_phone': '2035550159', 'vehicle_plate': 'CT 3KF-627'},
    ),
    filed(
        's39-vt-kings-highway-north-hood-popped-battery-asks-about-patrols', 'web',
        'car alarm at 3:12 this morning on Kings Highway North, hood up and battery cables pulled off, nothing '
        'taken (days 0, 03:12); at confirmed asks whether they will come back and about extra patrols '
        '(interjection), then confirms; plate "Connecticut plate 9CX-471"',
        "My car alarm went off at 3:12 this morning. By the time I got outside nobody was there, but the hood "
        "was up and the battery cables had been pulled off. Nothing taken as far as I can tell. I'm on Kings "
        "Highway North.",
        {
            'type_confirmed': 'Yes, tampering.',
            'location': 'Kings Highway North in Westport, in my driveway.',
            'location_confirmed': 'Yes, right.',
            'suspect_or_weapon': "Didn't see anybody. Nobody I know would do this. No weapons.",
            'occurred_at': "3:12 this morning, that's when the alarm started.",
            'vehicle': 'Black 2016 Audi Q5, Connecticut plate 9CX-471',
            'damage': 'Hood latch area scratched up like someone used a screwdriver, both battery cables '
                      'disconnected. I reconnected them and the car runs.',
            'narrative': 'At 3:12 this morning my car alarm went off. I found the hood open and the battery '
                         'cables disconnected, with pry marks near the latch. Nothing was taken.',
            'reporter_name': 'Douglas Farr',
            'reporter_email': 'dougfarr@example.com',
            'reporter_phone': '203-555-0135',
            'confirmed': 'OK, thanks. Yes, everything in the summary is right.',
            'callback_wanted': 'A phone call back would suit me.',
        },
        'vehicle_tampering',
        {'reporter_name': 'Douglas Farr', 'reporter_email': 'dougfarr@example.com',
         'reporter_phone': '2035550135', 'vehicle_plate': 'CT 9CX-471', 'occurred_days_ago': 0,
         'occurred_time': '03:12'},
        interjections=[('confirmed', "Sorry, before I confirm - should I be worried they'll come back tonight? "
                                     "Do you guys ever do extra drive-bys on a street?")],
    ),
    filed(
        's39-vt-sylvan-road-north-hebrew-powder-gas-tank-plate-fixed-in-prose', 'web',
        'non-native writer (Hebrew speaker): fuel door open, cap on the ground and white powder around the '
        'tank opening on Sylvan Road North; plate corrected in prose ("CT 5YH-203, sorry, 5YH-230"); "I park '
        'at 7 ... this morning at 8" (no days_ago)',
        'Hi, I think someone put something in my gas tank. This morning the fuel door was open, the cap was '
        'lying on the ground, and there is white powder like sugar around the opening. I did not start the '
        'car. Sylvan Road North.',
        {
            'type_confirmed': 'Yes, I think tampering is right.',
            'location': 'Sylvan Road North, Westport, parked in front of my house.',
            'location_confirmed': 'Yes, in front of the house.',
            'suspect_or_weapon': "I don't know who. No fights with anyone. No weapon.",
            'occurred_at': 'Yesterday evening I park at 7 and this morning at 8 I find it like this.',
            'vehicle': 'Hyundai Tucson 2020, white, plate CT 5YH-203, sorry, 5YH-230.',
            'damage': "Fuel cap off, powder around the tank opening. The mechanic will check the tank tomorrow, "
                      "I don't know yet if there is damage inside.",
            'narrative': 'Overnight someone opened the fuel door of my car on Sylvan Road North, took off the '
                         'cap and maybe put sugar or something in the tank.',
            'reporter_name': 'Noa Ben-David',
            'reporter_email': 'noa.bendavid@example.com',
            'reporter_phone': '475-555-0172',
            'confirmed': 'Yes, now the plate is correct. Thank you.',
            'callback_wanted': 'You can call or email, both OK.',
        },
        'vehicle_tampering',
        {'reporter_name': 'Noa Ben-David', 'reporter_email': 'noa.bendavid@example.com',
         'reporter_phone': '4755550172', 'vehicle_plate': 'CT 5YH-230'},
    ),
]
