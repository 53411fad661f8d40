"""sealed-46: the 26 filed conversations (hand-written).

Keys starting with an underscore are the writer's own flags for build.py's checks and are not written out:
_no_place / _no_time (no place is named in the first message / gives no time), _total_parts (the amounts that make up
record.total_value).
"""

NO = 'No.'


def record(name, email, phone, plate=None, total=None, days=None, time=None):
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


def filed(incident_type, rec, describes='true'):
    return {
        'outcome': 'filed',
        'reason': None,
        'topic': None,
        'incident_type': incident_type,
        'location_decision': 'in_town',
        'emergency_message': None,
        'first_message_describes': describes,
        'record': rec,
    }


SCENARIOS = [
    # ------------------------------------------------------------------ harassing_phone_call
    {
        'id': 's46-hpc-tiffany-lane-caller-asks-for-late-husband',
        'channel': 'web',
        'note': 'a widow of 76 on Tiffany Lane (Weston has a Tiffany Lane as well): each morning at 6:15 a polite man '
                'rings her landline and asks for Harold, her husband who died eleven years ago; at confirmed she wants '
                'to know if the department can block the number (interjection); "this morning at 6:15 sharp" (days 0, 06:15)',
        'opening': [
            'Good afternoon. I live on Tiffany Lane in Westport - yes, I know Weston has a Tiffany Lane too, the post '
            'gets muddled constantly. Every morning this week my landline has rung at a quarter past six and a man asks, '
            'very politely, whether Harold is available. Harold was my husband. He passed away eleven years ago. When I '
            'ask who is calling he simply rings off.',
        ],
        'answers': {
            'type_confirmed': "Yes, it's the telephone calls I'd like on record. Nobody has come to the house or "
                              'anything of that sort.',
            'location': 'Tiffany Lane, Westport 06880. The telephone sits on the kitchen wall.',
            'location_confirmed': "Yes, the Westport one. I've lived on it since 1984.",
            'suspect_or_weapon': "I haven't the faintest notion who he is. He has never threatened me and there's "
                                 'certainly no weapon - only the same courteous question and then the click.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The most recent was this morning at 6:15 sharp, like all the others.',
            'caller_number': 'The little screen shows 203-555-0163. I wrote it on the pad by the phone.',
            'call_pattern': 'Six mornings running now, once each morning at about 6:15. Never in the afternoon or '
                            'at night.',
            'narrative': 'For six mornings in a row a man has telephoned my landline at about 6:15 am from '
                         '203-555-0163 and asked politely whether Harold is available. Harold was my late husband; he '
                         'died eleven years ago. When I ask who is calling he hangs up. It has upset me and I would '
                         'like it recorded.',
            'reporter_name': 'Dorothea Wilcox',
            'reporter_email': 'dwilcox.tiffanyln@example.com',
            'reporter_phone': 'The landline, 203-555-0178 - the very one he rings.',
            'confirmed': 'Thank you. Yes, that is exactly what has been happening with the Harold calls. You may '
                         'send it.',
            'callback_wanted': 'E-mail, please. My granddaughter set it up so the messages appear on my tablet.',
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Before I agree to it - are you able to block that number for me, or is that something I must '
                     'ask the telephone company to do?'},
        ],
        'expect': filed('harassing_phone_call',
                        record('Dorothea Wilcox', 'dwilcox.tiffanyln@example.com', '2035550178', days=0,
                               time='06:15')),
    },
    {
        'id': 's46-hpc-cross-highway-spoofed-own-number-dog-barking',
        'channel': 'sms',
        'note': 'a 24-year-old on Cross Highway (Fairfield has a Cross Highway too) gets calls whose caller ID shows '
                'his own number and plays a barking dog; no time is given in the first message, and at occurred_at he asks which '
                'of some 25 calls is wanted (interjection); "today at 11:52" (days 0, 11:52)',
        '_no_time': True,
        'opening': [
            'yo so some1 keeps calling me n the caller id shows MY OWN number?? when i pick up its a recording of a '
            'dog barking then it hangs up. im on cross hwy in westport (theres a cross hwy in fairfield too but mine '
            'is westport)',
        ],
        'answers': {
            'type_confirmed': 'ya harassing calls thats it. nothing else going on',
            'location': 'cross highway westport 06880, my parents house, i live in the room over the garage',
            'location_confirmed': 'yep westport cross hwy not the fairfield one',
            'suspect_or_weapon': 'no clue who. nobody threatening me, no weapons, its literally a dog barking lmao',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'the latest was today at 11:52, i was on my lunch break at work',
            'caller_number': 'shows my own cell 203-555-0147 which is insane bc thats me',
            'call_pattern': 'started 5 days ago, 4-6 calls a day, random times, twice at like 3am',
            'narrative': "For about five days I've been getting 4 to 6 calls a day where the caller ID shows my own "
                         "number. When I answer it's a recording of a dog barking, then it hangs up. Random times, a "
                         'couple of them in the middle of the night. No idea who is behind it.',
            'reporter_name': 'Dev Malhotra',
            'reporter_email': 'devmalhotra.music@example.com',
            'reporter_phone': 'same one lol 203-555-0147',
            'confirmed': 'ya thats accurate, the barking calls from my own number. send',
            'callback_wanted': 'txt or email pls, i dont answer calls rn for obvious reasons',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': 'wait which call do u want, theres been like 25 of them. the first or the latest?'},
        ],
        'expect': filed('harassing_phone_call',
                        record('Dev Malhotra', 'devmalhotra.music@example.com', '2035550147', days=0,
                               time='11:52')),
    },
    {
        'id': 's46-hpc-harborview-road-fake-medicare-caller-time-fixed-at-summary',
        'channel': 'web',
        'note': 'a daughter writes for her mother of 82 on Harborview Road (one word; Norwalk has a Harbor View '
                'Avenue): a man posing as Medicare wants her Social Security number and swears when refused, up to '
                'nine calls a day; "yesterday at 8:45 am" is put right at the summary as 8:45 pm (days 1, 20:45); the '
                'record is the daughter with her own cell',
        'opening': [
            "I'm writing on behalf of my mother, Michiko Tanaka, who is 82 and lives with us on Harborview Road in "
            'Westport. For about ten days a man has been phoning her cell saying he is from Medicare and needs her '
            'Social Security number. She refuses, and he swears at her and calls right back - sometimes eight or nine '
            "times in an afternoon. She hasn't given him anything.",
        ],
        'answers': {
            'type_confirmed': 'Yes, harassing phone calls. To be clear, no money or information was handed over.',
            'location': 'Harborview Road, Westport, CT 06880. Mom has the downstairs bedroom.',
            'location_confirmed': 'Correct - Harborview Road, written as one word, in Westport. Not Harbor View '
                                  'Avenue, which I believe is Norwalk.',
            'suspect_or_weapon': "We have no idea who the man is. He's foul-mouthed but he hasn't threatened to hurt "
                                 'her, and there are no weapons involved.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The last one was yesterday at 8:45 am, I saw it in her call log.',
            'caller_number': 'Nearly always 475-555-0152, once as No Caller ID.',
            'call_pattern': 'Ten days now. Mostly afternoons and early evenings, anywhere from two to nine calls a '
                            'day.',
            'narrative': "For ten days a man has repeatedly called my 82-year-old mother's cell from 475-555-0152, "
                         'claiming to be from Medicare and demanding her Social Security number. When she refuses he '
                         'curses at her and calls straight back, up to nine times a day. She has not given him any '
                         'information. She lives with us and I am reporting for her.',
            'reporter_name': 'Yuki Tanaka-Rhodes (reporting for my mother, Michiko Tanaka)',
            'reporter_email': 'yuki.tanakarhodes@example.com',
            'reporter_phone': "My cell is (475) 555-0108. Mom's English is fine but she gets flustered on the "
                              'phone.',
            'confirmed': 'Sorry, one fix: the last call was at 8:45 PM yesterday, not in the morning - her phone '
                         'shows 20:45 and I misread it. The rest is right.',
            'callback_wanted': 'Please call me rather than my mother - any weekday after 4.',
        },
        'expect': filed('harassing_phone_call',
                        record('Yuki Tanaka-Rhodes', 'yuki.tanakarhodes@example.com', '4755550108', days=1,
                               time='20:45')),
    },
    # ------------------------------------------------------------------ damage_to_motor_vehicle
    {
        'id': 's46-dmv-beechwood-lane-boot-prints-on-roof-plate-letters-swapped',
        'channel': 'web',
        'note': 'someone walked over the hood and roof of a Forester in a driveway on Beechwood Lane (Fairfield has a '
                'Beechwood Lane as well): two dents, mud, a bent wiper; plate written "Connecticut plate 7XB-302" and '
                'put right at the summary as 7BX-302; the night range crosses midnight (no days, no time)',
        'opening': [
            'Hi, someone walked across the hood and roof of my car overnight - there are muddy boot prints and the '
            'roof is dented in two places. It was parked in my own driveway on Beechwood Lane. Westport, not the '
            'Beechwood Lane in Fairfield.',
        ],
        'answers': {
            'type_confirmed': 'Yes, damage to my car. Nothing was taken out of it, it was locked.',
            'location': 'Beechwood Lane, Westport 06880, in the driveway right by the front steps.',
            'location_confirmed': "Yes. Westport's Beechwood Lane.",
            'suspect_or_weapon': "No. I didn't see anyone and no weapon came into it, only the boots somebody "
                                 'wore.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 11 pm last night, when I locked it, and 6:40 this morning when I went out to '
                           'warm it up.',
            'vehicle': '2020 Subaru Forester, dark gray, Connecticut plate 7XB-302.',
            'damage': 'Two dents in the roof about the size of a fist, scuffs and mud all over the hood, and the '
                      'wiper on the driver side is bent.',
            'narrative': 'Overnight someone climbed onto my parked Subaru Forester in my driveway on Beechwood Lane '
                         'and walked across the hood and roof. There are muddy boot prints, two dents in the roof, '
                         'scuffs on the hood and a bent wiper. Nothing was taken. I saw no one.',
            'reporter_name': 'Tomasz Wieczorek',
            'reporter_email': 't.wieczorek@example.com',
            'reporter_phone': '203-555-0119',
            'confirmed': "Almost - I switched two letters in the plate: it isn't 7XB-302, it's CT 7BX-302. The rest "
                         'about the boot prints is right.',
            'callback_wanted': 'Email, please - I work nights at the hospital lab and sleep in the mornings.',
        },
        'expect': filed('damage_to_motor_vehicle',
                        record('Tomasz Wieczorek', 't.wieczorek@example.com', '2035550119', plate='CT 7BX-302')),
    },
    {
        'id': 's46-dmv-post-road-east-office-lot-mirror-snapped-plate-fixed-in-prose',
        'channel': 'sms',
        'note': 'a commuting accountant finds her Civic\'s mirror snapped off and a long scratch in the lot behind her '
                'office on Post Road East; plate "AK-51920 - sorry typo, its AK-51902" (record CT AK-51902); parked '
                'at 7:10 yesterday morning and found at 9:20 last night (days 1, no time)',
        'opening': [
            'hi so i got back to my car last nite n the drivers side mirror was snapped off n lying under the car, '
            'plus a long scratch down the door. it was in the lot behind my office on post rd east',
        ],
        'answers': {
            'type_confirmed': 'yes damage to my car. nothing stolen from inside',
            'location': 'post road east in westport, the little lot behind the building where i work. same spot '
                        'every day',
            'location_confirmed': 'yep post rd east, westport',
            'suspect_or_weapon': 'no idea, didnt see anybody, no weapon or anything. came back n it was like that',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'parked at 7:10 yesterday morning, found it at 9:20 last nite when i finally left work, '
                           'year-end closing is brutal',
            'vehicle': '2017 honda civic, white. ct plate AK-51920 - sorry typo, its AK-51902',
            'damage': 'mirror housing snapped clean off, wires hanging out, and a scratch from the mirror to the '
                      'back door, like some1 dragged a key or a coin',
            'narrative': 'I parked my white Honda Civic behind my office on Post Road East yesterday morning and '
                         'when I came out last night the driver side mirror was snapped off and lying under the car, '
                         'with a long scratch along the driver side. Nothing was taken. I did not see who did it.',
            'reporter_name': 'Marisol Quintero',
            'reporter_email': 'marisolq.cpa@example.com',
            'reporter_phone': '475-555-0153',
            'confirmed': 'yes thats right, mirror + the scratch. go ahead',
            'callback_wanted': 'email, i basically live at my desk til april lol',
        },
        'expect': filed('damage_to_motor_vehicle',
                        record('Marisol Quintero', 'marisolq.cpa@example.com', '4755550153', plate='CT AK-51902',
                               days=1)),
    },
    {
        'id': 's46-dmv-kings-highway-north-etched-rear-window-deaf-owner-asks-about-calls',
        'channel': 'web',
        'note': 'an obscene word etched with glass-etching cream into the rear window of a CX-5 on Kings Highway North '
                '(Fairfield has its own Kings Highway); the owner is deaf and, at reporter_phone, asks whether someone '
                'will phone her (interjection); the $900 window is a repair and not counted; two nights ago, range '
                'across midnight',
        'opening': [
            "Someone wrote a word on the back window of my car with glass etching cream - it won't wash off, it has "
            'eaten into the glass. The car was in the driveway at my house on Kings Highway North.',
        ],
        'answers': {
            'type_confirmed': "Yes - damage to my car. It's only the rear window that's affected.",
            'location': 'Kings Highway North, Westport, 06880. Parked at the top of the drive, nose in.',
            'location_confirmed': 'Yes, Kings Highway North in Westport. (My sister lives on a Kings Highway in '
                                  "Fairfield, I know it's confusing.)",
            'suspect_or_weapon': 'No suspect I can name and nothing like a weapon. Whoever it was came and went '
                                 'while we slept.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Two nights ago - the glass was clean when I got home at 10 and the word was there at 7 '
                           'the next morning.',
            'vehicle': 'Blue 2019 Mazda CX-5, plate CT 4LM-836.',
            'damage': 'An obscene word about eight inches high etched into the rear glass. The body shop says the '
                      'whole rear window has to be replaced, around $900.',
            'narrative': 'Two nights ago someone used glass etching cream to write an obscene word about eight '
                         'inches tall on the rear window of my Mazda CX-5 while it was parked in my driveway on Kings '
                         'Highway North. The glass is permanently marked and the window must be replaced. I did not '
                         'see or hear anyone.',
            'reporter_name': 'Gwendolyn Achterberg',
            'reporter_email': 'gwen.achterberg@example.com',
            'reporter_phone': '203-555-0172. Texts only, please - as I said, voice calls are no use to me.',
            'confirmed': 'Yes, the etched rear window summary is correct. Submit.',
            'callback_wanted': 'Email or a text message, never a voice call.',
        },
        'interjections': [
            {'at': 'reporter_phone',
             'text': "Before I give a number - will someone try to phone me? I'm deaf, so a voice call won't reach "
                     'me. Text or email works.'},
        ],
        'expect': filed('damage_to_motor_vehicle',
                        record('Gwendolyn Achterberg', 'gwen.achterberg@example.com', '2035550172',
                               plate='CT 4LM-836')),
    },
    # ------------------------------------------------------------------ identity_theft
    {
        'id': 's46-idt-bradley-lane-unemployment-claim-asks-about-credit-freeze',
        'channel': 'web',
        'note': 'a school administrator on Bradley Lane (Weston has a Bradley Road) gets a CT Department of Labor letter '
                'approving an unemployment claim she never filed; in the accounts answer she asks whether she must '
                'also freeze her credit; the letter reached her two days back (days 2); no amounts',
        'opening': [
            'I got a letter from the CT Department of Labor saying my claim for unemployment benefits was approved. '
            "I haven't filed any claim - I've been at the same job for nine years. Someone used my name and Social "
            'Security number. I live on Bradley Lane in Westport (not Bradley Road in Weston).',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft. Someone filed a benefits claim pretending to be me.',
            'location': 'Bradley Lane, Westport CT 06880',
            'location_confirmed': "Yes, that's my address on Bradley Lane.",
            'suspect_or_weapon': 'No suspect whatsoever, and obviously no weapon - it all happened on paper.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The letter came two days ago. It says the claim was filed the week before.',
            'accounts': "An unemployment claim with the CT Department of Labor under my name and SSN, with the "
                        "benefits going to a prepaid debit card I never asked for. I've called the Labor "
                        "Department's fraud line and my employer's HR. Do I also need to freeze my credit with the "
                        'three bureaus, or does this report take care of that?',
            'narrative': 'Two days ago I received a letter from the Connecticut Department of Labor approving an '
                         'unemployment claim filed in my name. I have been employed at the same job for nine years '
                         'and did not file. Someone used my name and Social Security number, and benefits were set '
                         'to go to a prepaid card I never requested. I have alerted the Labor Department and my '
                         'employer.',
            'reporter_name': 'Catriona Bell',
            'reporter_email': 'catriona.bell@example.com',
            'reporter_phone': '203-555-0155 (cell)',
            'confirmed': "That's correct - the fake unemployment claim. Please file it.",
            'callback_wanted': "Email, thank you. I'll be forwarding the case number to the Labor Department.",
        },
        'expect': filed('identity_theft',
                        record('Catriona Bell', 'catriona.bell@example.com', '2035550155', days=2)),
    },
    {
        'id': 's46-idt-green-acre-lane-sim-swap-bank-transfers',
        'channel': 'sms',
        'note': 'a SIM swap on Green Acre Lane (Fairfield has a Green Acre Lane too): the number is ported to a SIM he '
                'never had and two transfers, $1,500 and $900, leave his checking account ("moved 2,400" in the '
                'opening, total 2400); he gives the new number he got since; yesterday afternoon (days 1, no time)',
        '_total_parts': [1500, 900],
        'opening': [
            'some1 hijacked my phone number, carrier says it got ported to a new sim. then they got into my bank app '
            'n moved 2,400 out of checking. im on green acre ln in westport, i know fairfield has one too',
        ],
        'answers': {
            'type_confirmed': 'yes identity theft, they pretended to be me to the phone company + the bank',
            'location': 'green acre lane westport 06880',
            'location_confirmed': 'ya westport green acre, not fairfield',
            'suspect_or_weapon': 'no idea who, it was all online. no weapons obv',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'yesterday afternoon, phone went to no service around 4 n the money was gone by 6',
            'accounts': 'my mobile number (carrier moved it to a sim i dont have), then my checking acct - 2 '
                        'transfers, $1,500 and $900, to an account i never heard of. bank froze everything now',
            'narrative': 'Yesterday afternoon my cell service suddenly stopped. My carrier says my number was ported '
                         'to a new SIM card I never requested. Whoever has it then got into my bank app and made two '
                         "transfers from my checking account, $1,500 and $900, to an account I don't know. The bank "
                         'has frozen my account.',
            'reporter_name': 'Kwame Asante-Bright',
            'reporter_email': 'kwame.ab@example.com',
            'reporter_phone': 'new number since they stole the old one: 475-555-0123',
            'confirmed': 'thats all correct, the sim swap + the 2 transfers. send pls',
            'callback_wanted': 'email, i dont trust my phone rn tbh',
        },
        'expect': filed('identity_theft',
                        record('Kwame Asante-Bright', 'kwame.ab@example.com', '4755550123', total=2400, days=1)),
    },
    {
        'id': 's46-idt-lansdowne-wireless-account-opening-says-nothing-charge-removed-at-summary',
        'channel': 'web',
        'note': 'a retired Swede on Lansdowne (the whole street name, no suffix) opens with "Is this the right place to '
                'report something to the police?" and describes a wireless account opened in his name only when asked; '
                'two phones at $540 and a $95 charge, the $95 taken off at the summary as his wife\'s real order '
                '(total 1080, not 1175); the bill came three days ago (days 3)',
        '_total_parts': [540, 540],
        'opening': [
            'Hello. Is this the right place to report something to the police? I am not sure how this works.',
        ],
        'answers': {
            'incident_type': 'Someone opened a telephone account with a wireless company using my name and my Social '
                             'Security number. They ordered two new phones on it. I only found out when the bill '
                             'came to my house.',
            'type_confirmed': 'Yes, identity theft, I believe that is the correct name for it.',
            'location': 'I live on Lansdowne, in Westport. That is the whole name of the street, there is no Road or '
                        'Lane after it.',
            'location_confirmed': 'Yes, Lansdowne, Westport, 06880.',
            'suspect_or_weapon': 'No, I cannot think of anybody. There was no weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The bill was in my mailbox three days ago.',
            'accounts': 'A wireless account opened in my name. On the bill there are two phones at $540 each and a '
                        '$95 accessories charge. I have called the company and they have marked it as fraud.',
            'narrative': 'Three days ago I received a bill from a wireless company for an account I never opened. '
                         'Someone used my name and Social Security number to open it and ordered two phones at $540 '
                         'each, plus a $95 accessories charge. I have told the company it is fraud.',
            'reporter_name': 'Lennart Sjoberg',
            'reporter_email': 'lennart.sjoberg@example.com',
            'reporter_phone': 'My home telephone, 203-555-0186.',
            'confirmed': 'Please remove the $95 charge. My wife says that was her order of a phone case and charger '
                         'on our real account - I confused the two papers. Only the two phones at $540 are fraud.',
            'callback_wanted': 'By telephone, please. I do not look at e-mail every day.',
        },
        'expect': filed('identity_theft',
                        record('Lennart Sjoberg', 'lennart.sjoberg@example.com', '2035550186', total=1080, days=3),
                        describes='false'),
    },
    # ------------------------------------------------------------------ lost_property
    {
        'id': 's46-lost-playhouse-grandfathers-hearing-aid-phone-switched-at-summary',
        'channel': 'web',
        'note': 'a grandson types for his grandfather, who lost a $2,900 hearing aid at an afternoon show at the Westport Country '
                'Playhouse on Powers Court; the grandfather\'s house phone is switched at the summary to the grandson\'s '
                'cell 475-555-0111 ("he can\'t hear it ring"); yesterday between 1:30 and 4 (days 1)',
        '_total_parts': [2900],
        'opening': [
            "Hi, I'm typing this for my grandfather. He lost one of his hearing aids at the Westport Country Playhouse "
            'yesterday at the afternoon show - the right one, a small beige behind-the-ear one. It cost $2,900 and '
            "his insurance won't cover a new one.",
        ],
        'answers': {
            'type_confirmed': "Yes, lost property. We don't think anyone took it, it probably fell out when he "
                              'pulled his scarf off.',
            'location': 'The Westport Country Playhouse on Powers Court. He was in the middle of row F, on the '
                        'aisle.',
            'location_confirmed': 'Yes, the Playhouse in Westport.',
            'suspect_or_weapon': 'No suspect - it was lost, nobody took it as far as we know. No weapon either.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between about 1:30, when the show started, and 4, when he got home and '
                           'noticed.',
            'items': 'One right-ear hearing aid, beige, behind-the-ear style with a clear tube. His audiologist has '
                     'the serial number. It cost $2,900.',
            'narrative': 'Yesterday afternoon my grandfather lost his right hearing aid, a beige behind-the-ear model '
                         'worth $2,900, during the afternoon show at the Westport Country Playhouse. He noticed it was gone '
                         'when he got home around 4. The box office has not found it.',
            'reporter_name': "Chidi Okafor - I'm his grandson. His name is Bernard Okafor.",
            'reporter_email': 'chidi.okafor@example.com',
            'reporter_phone': "203-555-0165, that's his house phone",
            'confirmed': "One change: please use my cell, 475-555-0111, not his house phone - he can't hear it "
                         'ring, which is kind of the whole problem. Everything else is right.',
            'callback_wanted': "Email to me please, I'll read it out to him.",
        },
        'expect': filed('lost_property',
                        record('Chidi Okafor', 'chidi.okafor@example.com', '4755550111', total=2900, days=1)),
    },
    {
        'id': 's46-lost-main-street-canon-camera-opening-names-no-place',
        'channel': 'sms',
        'note': 'a 19-year-old lost a $1,350 Canon with its lens; no place is named in the first message, and at location she asks '
                'whether to give where she thinks or every place she walked (interjection), then answers Main Street '
                'downtown; today 10:30 to noon (days 0)',
        '_no_place': True,
        '_total_parts': [1350],
        'opening': [
            'hey i lost my camera, a canon with the lens on it, prob like 1350 worth. i had it around my neck and then '
            'i just didnt?? ugh. this was earlier today',
        ],
        'answers': {
            'type_confirmed': 'ya lost property. i dont think any1 stole it, i think the strap clip broke',
            'location': 'best guess main st downtown westport, i was taking pics of the shop windows n the lights '
                        'before i stopped for coffee',
            'location_confirmed': 'yes main street, downtown westport',
            'suspect_or_weapon': 'nope no suspect, no weapon, its just lost',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'today like 10:30 to noon, noticed at noon when i went to take a pic of the big tree',
            'items': 'canon eos r6 w a 24-105 lens, black strap with a little enamel frog pin on it. 1350 for all '
                     'of it',
            'narrative': 'Earlier today, between about 10:30 and noon, I lost my Canon camera with a 24-105 lens '
                         'attached, worth about $1,350, on a black strap with a frog pin. I think it fell somewhere on '
                         'Main Street downtown while I was photographing the shop windows. The strap clip '
                         'probably broke.',
            'reporter_name': 'zadie park-morales',
            'reporter_email': 'zadiepm.photo@example.com',
            'reporter_phone': '475-555-0136',
            'confirmed': 'yes thats it, canon + lens + frog pin. submit',
            'callback_wanted': 'txt me if some1 turns it in pls!!',
        },
        'interjections': [
            {'at': 'location',
             'text': 'idk exactly, i walked all over downtown n back to my car. do i put where i think or every '
                     'place i went?'},
        ],
        'expect': filed('lost_property',
                        record('Zadie Park-Morales', 'zadiepm.photo@example.com', '4755550136', total=1350, days=0)),
    },
    {
        'id': 's46-lost-clapboard-hill-road-cochlear-processor-amount-fixed-in-prose',
        'channel': 'web',
        'note': 'a mother writes for her son of 9, who lost the sound processor of his cochlear implant between the '
                'school bus and the front door on Clapboard Hill Road; the replacement cost is written "$6,800 - no '
                'wait, $8,600" (total 8600); "Yesterday at 3:25 pm" (days 1, 15:25); record is the mother',
        '_total_parts': [8600],
        'opening': [
            'My 9-year-old son Eli lost the sound processor for his cochlear implant - the part that clips behind his '
            'ear - somewhere between the school bus stop and our front door on Clapboard Hill Road. We have walked '
            'the route three times with flashlights.',
        ],
        'answers': {
            'type_confirmed': "Yes, lost property. It's black and about the size of a thumb, with a magnet coil on a "
                              'short cable.',
            'location': 'Clapboard Hill Road, Westport 06880 - the bus drops him more or less at the end of our '
                        'driveway, so it is maybe 200 feet plus the yard.',
            'location_confirmed': 'Yes, Clapboard Hill Road in Westport.',
            'suspect_or_weapon': 'No, nobody took it. He pulls his hat off on the bus and it probably came off with '
                                 'it. No weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday at 3:25 pm, when the bus dropped him off. He walked in the door without it.',
            'items': 'One Cochlear sound processor, black, right side, with the coil and a green dinosaur sticker '
                     'on it. Replacement is $6,800 - no wait, $8,600, I flipped the numbers, the audiologist\'s quote '
                     'says $8,600.',
            'narrative': 'Yesterday at 3:25 pm my son Eli, 9, got off the school bus on Clapboard Hill Road and '
                         'walked home without the sound processor of his cochlear implant. It is black, for the right '
                         'side, with a coil and a dinosaur sticker, and costs $8,600 to replace. We have searched the '
                         'route and the yard several times.',
            'reporter_name': "Hannah Brightwater, Eli's mom",
            'reporter_email': 'hannah.brightwater@example.com',
            'reporter_phone': '203-555-0192',
            'confirmed': 'Yes, all correct, with the $8,600 figure. Thank you for helping with this.',
            'callback_wanted': 'Phone is great if it turns up - call any time, even late.',
        },
        'expect': filed('lost_property',
                        record('Hannah Brightwater', 'hannah.brightwater@example.com', '2035550192', total=8600,
                               days=1, time='15:25')),
    },
    {
        'id': 's46-lost-hillspoint-road-laptop-bag-off-car-roof-day-fixed-at-summary',
        'channel': 'sms',
        'note': 'a laptop bag left on the car roof slides off somewhere on Hillspoint Road, a $1,600 MacBook inside; '
                '"last nite around 9:45" is put right at the summary as the night before last (days 2, no time, '
                'approximate)',
        '_total_parts': [1600],
        'opening': [
            'left my laptop bag on the roof of my car and drove off like an idiot. macbook pro inside, 1600. i think '
            'it slid off on hillspoint rd somewhere, went back and its gone',
        ],
        'answers': {
            'type_confirmed': 'lost property yeah. somebody might have picked it up but i cant say any1 stole it',
            'location': 'hillspoint road, westport. somewhere in the first half mile after i pulled out of my '
                        'driveway',
            'location_confirmed': 'correct, hillspoint rd in westport',
            'suspect_or_weapon': 'no suspects, no weapons. my own dumb fault',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last nite around 9:45, i was heading out to get gas',
            'items': 'gray laptop bag, 14 inch macbook pro inside ($1,600), charger, and a notebook with my name on '
                     'the cover',
            'narrative': 'Last night at about 9:45 I left my gray laptop bag on the roof of my car and drove off '
                         'along Hillspoint Road. It held my 14-inch MacBook Pro worth $1,600, a charger and a '
                         'notebook with my name on it. When I went back it was gone.',
            'reporter_name': 'theo brandt',
            'reporter_email': 'theo.brandt@example.com',
            'reporter_phone': '203 555 0197',
            'confirmed': 'wait it wasnt last nite, it was the night before last. i spent all of yesterday looking '
                         'for it. sorry, rest is right',
            'callback_wanted': 'email or text works, whichever is faster if it turns up',
        },
        'expect': filed('lost_property',
                        record('Theo Brandt', 'theo.brandt@example.com', '2035550197', total=1600, days=2)),
    },
    # ------------------------------------------------------------------ theft
    {
        'id': 's46-theft-sasco-creek-road-generator-husbands-pistol-question',
        'channel': 'web',
        'note': 'a $1,150 generator chained beside the garage on Sasco Creek Road (not Sasco Hill Road in Fairfield) '
                'is taken, the chain cut; at suspect_or_weapon she asks whether her husband\'s licensed pistol locked '
                'in the house safe means answering yes to weapons (interjection); 5 pm yesterday to 8 this morning '
                '(no days)',
        '_total_parts': [1150],
        'opening': [
            "Our portable generator was stolen from beside the garage - it was chained to the downspout and the "
            "chain was cut. $1,150 Honda, bought after the last big storm. We're on Sasco Creek Road in Westport (not "
            'Sasco Hill Road, which is Fairfield).',
        ],
        'answers': {
            'type_confirmed': 'Yes, theft. Just the generator - the chain was cut and left lying on the ground.',
            'location': 'Sasco Creek Road, Westport 06880. It sat on a pad beside the garage, out of sight of the '
                        'street.',
            'location_confirmed': 'Yes, Sasco Creek Road, Westport.',
            'suspect_or_weapon': "No, we didn't see anyone and have no idea who took it. Nobody was threatened and "
                                 'no weapon was used.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Sometime between 5 pm yesterday, when my husband ran it to test it, and 8 this '
                           'morning.',
            'items': 'One red Honda portable generator, $1,150. The cut steel chain was left behind. The serial '
                     'number is on the receipt, which I still have.',
            'narrative': 'Between 5 pm yesterday and 8 am today someone cut the chain securing our red Honda '
                         'portable generator ($1,150) to the downspout beside our garage on Sasco Creek Road and took '
                         'the generator. The cut chain was left on the ground. We did not see or hear anyone.',
            'reporter_name': 'Judith Feldman',
            'reporter_email': 'judith.feldman@example.com',
            'reporter_phone': '203-555-0141',
            'confirmed': 'Yes, that summary about the generator is correct.',
            'callback_wanted': 'Either is fine; email will reach me fastest.',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'Question first: my husband has a licensed pistol locked in a safe in the house. It had nothing '
                     'to do with this, but do I have to say yes to the weapons question because of it?'},
        ],
        'expect': filed('theft',
                        record('Judith Feldman', 'judith.feldman@example.com', '2035550141', total=1150)),
    },
    {
        'id': 's46-theft-mills-street-goalie-bag-from-driveway',
        'channel': 'sms',
        'note': 'a Brazilian father on Mills Street (Easton has a Mills Lane) writes in simple English: his son\'s '
                'goalie bag is taken from beside the car in ten minutes before practice; pads $1,100, skates $450, '
                'helmet $150 (total 1700, "like 1700 dollars" in the opening); this morning around 6:40 (days 0, '
                'approximate)',
        '_total_parts': [1100, 450, 150],
        'opening': [
            'hi, sorry my english. somebody stole my son hockey bag from my driveway, he is goalkeeper so the pads '
            'inside, like 1700 dollars of things. we live mills street westport',
        ],
        'answers': {
            'type_confirmed': 'yes is theft. the bag was next to the car for only some minutes',
            'location': 'mills street, westport 06880, in front the garage',
            'location_confirmed': 'yes mills street westport. not mills lane, that one is easton i think',
            'suspect_or_weapon': 'no i dont see nobody. no weapon. i was inside for take the water bottles',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'today, around 6:40 in the morning, before practice. 10 minutes maximum the bag was '
                           'alone',
            'items': 'big black hockey bag with: goalie pads (1100), skates (450), helmet white with a painted shark '
                     '(150). the name FERREIRA is on the bag',
            'narrative': "This morning around 6:40, before hockey practice, I put my son's goalie bag next to our "
                         'car in the driveway on Mills Street and went inside for about 10 minutes. When I came back '
                         'the bag was gone. Inside were goalie pads ($1,100), skates ($450) and a white helmet '
                         'painted with a shark ($150).',
            'reporter_name': 'Lucas Ferreira',
            'reporter_email': 'lucas.ferreira.br@example.com',
            'reporter_phone': '475 555 0127',
            'confirmed': 'sim, everything right. the bag, pads, skates, helmet. ok send',
            'callback_wanted': 'email better please, on the phone my english is difficult',
        },
        'expect': filed('theft',
                        record('Lucas Ferreira', 'lucas.ferreira.br@example.com', '4755550127', total=1700, days=0)),
    },
    {
        'id': 's46-theft-ferry-lane-east-christmas-tree-off-porch-email-fixed-at-summary',
        'channel': 'web',
        'note': 'a freshly delivered 7-foot Fraser fir ($120) and its stand ($45) vanish from a porch on Ferry Lane '
                'East (total 165, both in the opening); the e-mail is put right at the summary by adding a 2 she left '
                'out; yesterday from 3:30 to 6:15 (days 1)',
        '_total_parts': [120, 45],
        'opening': [
            'This is a little absurd but: someone stole our Christmas tree off the front porch. A 7-foot Fraser fir I '
            'paid $120 for, already in its $45 stand, waiting for us to bring it inside. Ferry Lane East, Westport.',
        ],
        'answers': {
            'type_confirmed': "Yes, theft. Tree and stand both gone, there's a trail of needles down the steps.",
            'location': 'Ferry Lane East, Westport 06880 - the front porch, which you can see from the road.',
            'location_confirmed': 'Yes - Ferry Lane East in Westport, the porch facing the road.',
            'suspect_or_weapon': 'No idea who. No one was confronted and there was no weapon - they just carried it '
                                 'off.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday, between 3:30 when the delivery came and 6:15 when my husband got home.',
            'items': 'A 7-foot Fraser fir, $120, in a green metal tree stand, $45. The netting was still on it.',
            'narrative': 'Yesterday afternoon, sometime after half past three and before 6:15, someone took our newly delivered 7-foot Fraser '
                         'fir ($120) and its green metal stand ($45) from our front porch on Ferry Lane East. A trail '
                         'of needles leads down the steps toward the road.',
            'reporter_name': 'Aurelia Constantinescu',
            'reporter_email': 'aurelia.constantinescu@example.com',
            'reporter_phone': '203-555-0137',
            'confirmed': 'All correct except my e-mail: I left out the 2. It should be '
                         'aurelia.constantinescu2@example.com.',
            'callback_wanted': 'E-mail is perfect (the corrected one!).',
        },
        'expect': filed('theft',
                        record('Aurelia Constantinescu', 'aurelia.constantinescu2@example.com', '2035550137',
                               total=165, days=1)),
    },
    # ------------------------------------------------------------------ vandalism
    {
        'id': 's46-vand-old-hill-road-fieldstone-wall-and-orange-mailbox-asks-about-mason',
        'channel': 'web',
        'note': 'about twelve feet of an antique fieldstone wall pushed over and the mailbox sprayed orange on Old Hill '
                'Road; in the damage answer he asks whether the mason may start before anyone looks at it; the $2,000 '
                'rebuild is a repair, not counted; 10 pm to 6:30 am (no days)',
        'opening': [
            'Good afternoon. Vandals pushed over about twelve feet of the old fieldstone wall along the front of our '
            'property on Old Hill Road and spray-painted the mailbox bright orange. The wall has stood since before '
            "the Civil War, so I'm rather upset.",
        ],
        'answers': {
            'type_confirmed': 'Yes, vandalism. Nothing was stolen.',
            'location': 'Old Hill Road, Westport 06880, along the road frontage.',
            'location_confirmed': 'Correct, Old Hill Road in Westport.',
            'suspect_or_weapon': 'No suspects. There were tire marks on the verge but I saw no one, and no weapon of '
                                 'any kind.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Overnight. The wall was whole at 10 last night when I walked the dog, and I found it '
                           'down at 6:30 when I fetched the newspaper.',
            'damage': 'About twelve feet of dry-laid fieldstone wall pushed into the ditch, and the mailbox and post '
                      'sprayed orange. A mason quoted $2,000 to rebuild the wall. Is it all right if he starts next '
                      'week, or should I leave everything as it is until somebody has looked at it?',
            'narrative': 'Between 10 pm last night and 6:30 am today, someone pushed over roughly twelve feet of the '
                         'antique fieldstone wall at the front of our property on Old Hill Road and spray-painted our '
                         'mailbox and post orange. There are tire marks on the verge. I saw and heard nothing.',
            'reporter_name': 'Whitaker Lowell',
            'reporter_email': 'w.lowell.oldhill@example.com',
            'reporter_phone': '203-555-0128',
            'confirmed': 'Yes, the wall and the mailbox are described accurately. Please proceed.',
            'callback_wanted': "A telephone call would be most welcome; I'm at home most days.",
        },
        'expect': filed('vandalism',
                        record('Whitaker Lowell', 'w.lowell.oldhill@example.com', '2035550128')),
    },
    {
        'id': 's46-vand-sandhopper-trail-rock-through-storm-door-street-fixed-in-prose',
        'channel': 'sms',
        'note': 'a rock through the glass of a storm door; the opening says "sandpiper trail" and the location answer '
                'puts it right as Sandhopper Trail (autocorrect); the crash was heard at 1:15 am, which is today '
                'although the opening says "last nite" (days 0, 01:15)',
        'opening': [
            'sum1 threw a rock thru the glass of our storm door last nite, glass everywhere on the porch. the rock is '
            'still sitting there. we live on sandpiper trail westport',
        ],
        'answers': {
            'type_confirmed': 'ya vandalism, nothing taken that i can tell',
            'location': 'its sandhopper trail not sandpiper, autocorrect got me. westport 06880',
            'location_confirmed': 'yes sandhopper trail in westport',
            'suspect_or_weapon': 'nope didnt see any1, no weapons. just the rock lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'heard a crash at 1:15 am exactly, i checked my phone, thought it was the cat. found it '
                           'this morning',
            'damage': 'lower glass panel of the storm door shattered, the frame is bent a bit. the real door behind '
                      'it is fine',
            'narrative': 'At 1:15 am I heard a crash but thought it was the cat. This morning I found the lower glass '
                         'panel of our storm door on Sandhopper Trail shattered, with a fist-sized rock on the porch. '
                         "Nothing was taken and I didn't see anyone.",
            'reporter_name': 'trinh nguyen',
            'reporter_email': 'trinh.nguyen88@example.com',
            'reporter_phone': '203-555-0143',
            'confirmed': "ya that's right about the storm door, send",
            'callback_wanted': 'email pls, i work at the salon all day n cant pick up',
        },
        'expect': filed('vandalism',
                        record('Trinh Nguyen', 'trinh.nguyen88@example.com', '2035550143', days=0, time='01:15')),
    },
    {
        'id': 's46-vand-hunt-club-lane-superglued-locks-surname-fixed-at-summary',
        'channel': 'web',
        'note': 'superglue in a shed padlock and a garage side-door lock, a smiley face scratched into the mailbox on '
                'Hunt Club Lane; the name typed "Siddharth Venkatraman" is put right at the summary as Venkataraman; '
                'two days ago at noon to 8 this morning (no days)',
        'opening': [
            'Someone filled the padlock on our shed and the keyhole of the garage side door with superglue, and '
            'scratched a smiley face into the paint of our mailbox. Hunt Club Lane, Westport. Took me an hour with a '
            'hacksaw to get into the shed this morning.',
        ],
        'answers': {
            'type_confirmed': 'Yes, this is vandalism - nothing inside the shed was touched.',
            'location': 'Hunt Club Lane, Westport, CT 06880',
            'location_confirmed': 'Confirmed, our house on Hunt Club Lane.',
            'suspect_or_weapon': 'No one in mind, and no weapon - only glue and whatever they scratched the mailbox '
                                 'with.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Sometime between two days ago at noon, the last time I used the shed, and 8 this '
                           'morning.',
            'damage': 'Superglue in the shed padlock (which I had to cut off) and in the lock of the garage side '
                      "door, which now won't turn. A smiley face scratched into the mailbox, down to the metal.",
            'narrative': 'Sometime in the past two days someone filled the padlock on our shed and the lock of our '
                         'garage side door with superglue, and scratched a smiley face into our mailbox down to bare '
                         'metal. I had to cut the padlock off. Nothing was taken.',
            'reporter_name': 'Siddharth Venkatraman',
            'reporter_email': 'sid.venkataraman@example.com',
            'reporter_phone': '475-555-0146',
            'confirmed': "One correction: my surname is Venkataraman, with an 'a' after the 't' - I dropped it when I "
                         'typed my name. The rest is right.',
            'callback_wanted': "Email, please. I'm in meetings most of the day.",
        },
        'expect': filed('vandalism',
                        record('Siddharth Venkataraman', 'sid.venkataraman@example.com', '4755550146')),
    },
    {
        'id': 's46-vand-edgewater-commons-lane-condo-path-lights-opening-says-nothing',
        'channel': 'web',
        'note': 'a condo board secretary opens with "how do I file a report online?" and describes the damage only when '
                'asked: fifteen solar path lights thrown into the pond and a stone birdbath broken on Edgewater Commons '
                'Lane; she reports for the association; 9 pm to 6:30 am (no days)',
        'opening': [
            "Hello, how do I file a report online? I'm on the board of our condo association.",
        ],
        'answers': {
            'incident_type': 'Someone pulled up about fifteen solar path lights along the walkway between our '
                             'buildings and threw them in the pond, and the stone birdbath in the courtyard was tipped '
                             'over and broken in two.',
            'type_confirmed': "Vandalism, yes. I'm reporting it for the association because it's common property.",
            'location': 'Edgewater Commons Lane, Westport - the walkway and courtyard between the units.',
            'location_confirmed': "Yes, that's us, Edgewater Commons Lane.",
            'suspect_or_weapon': 'We have no suspects and no weapons. One owner heard laughing outside late at night '
                                 "but didn't look out.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Overnight - everything was fine at 9 pm when I walked through, and the lights were in '
                           'the pond by 6:30 this morning.',
            'damage': 'Fifteen solar path lights pulled out, most of them thrown in the pond; a stone birdbath broken '
                      'into two pieces. The birdbath was a gift from a former resident.',
            'narrative': 'Overnight someone pulled about fifteen solar path lights out of the walkway between the '
                         'buildings at our condominium on Edgewater Commons Lane and threw most of them into the '
                         'pond. They also tipped over the stone birdbath in the courtyard and broke it in two. I am '
                         'reporting on behalf of the condo association.',
            'reporter_name': 'Patricia Halloran, board secretary',
            'reporter_email': 'trish.halloran@example.com',
            'reporter_phone': '203-555-0159',
            'confirmed': "Yes, that's accurate for the lights and the birdbath. Go ahead and file it.",
            'callback_wanted': 'Email please, so I can forward the case number to the rest of the board.',
        },
        'expect': filed('vandalism',
                        record('Patricia Halloran', 'trish.halloran@example.com', '2035550159'),
                        describes='false'),
    },
    # ------------------------------------------------------------------ vehicle_burglary
    {
        'id': 's46-vburg-west-parish-road-airpods-and-laundry-quarters-moms-car',
        'channel': 'sms',
        'note': 'a window smashed in a driveway on West Parish Road, AirPods ($250) and about $60 in laundry quarters '
                'taken (total 310, both in the opening); at reporter_name he asks whether to put his mother\'s name '
                'since the car is hers (interjection); 11:30 pm to 7:15 am (no days)',
        '_total_parts': [250, 60],
        'opening': [
            'some1 broke my car window in the driveway last nite n took my airpods (250) n like 60 bucks in quarters '
            'i keep for laundry. west parish rd westport',
        ],
        'answers': {
            'type_confirmed': 'yea car break in, they smashed the window to get in',
            'location': 'west parish road westport 06880, in our driveway',
            'location_confirmed': 'ya west parish rd, westport',
            'suspect_or_weapon': 'no clue who did it, no weapons, nobody saw nothin',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'parked it 11:30 last nite, came out at 7:15 n there was glass everywhere',
            'vehicle': '2014 nissan altima silver, CT plate 2WD-519',
            'items': 'airpods pro in the white case, 250. and a ziplock bag w about 60 in quarters',
            'damage': 'back passenger window smashed out, glass all over the back seat',
            'narrative': 'Between 11:30 last night and 7:15 this morning someone smashed the rear passenger window of '
                         'the silver Nissan Altima in our driveway on West Parish Road and took my AirPods Pro ($250) '
                         'and a bag of about $60 in quarters.',
            'reporter_name': 'Jaylen Brooks',
            'reporter_email': 'jaylenbrooks.wp@example.com',
            'reporter_phone': '475-555-0162',
            'confirmed': 'yep all good, send it',
            'callback_wanted': 'text is best, i dont check email much',
        },
        'interjections': [
            {'at': 'reporter_name',
             'text': 'wait its technically my moms car, its in her name. do i put her name or mine since it was my '
                     'stuff'},
        ],
        'expect': filed('vehicle_burglary',
                        record('Jaylen Brooks', 'jaylenbrooks.wp@example.com', '4755550162', plate='CT 2WD-519',
                               total=310)),
    },
    {
        'id': 's46-vburg-catamount-road-carpenters-drills-three-not-two-at-summary',
        'channel': 'web',
        'note': 'an Italian carpenter on Catamount Road: the door lock of his F-150 forced and tools taken; the items '
                'answer lists two drills at $229 and a $310 laser level and asks whether the serial numbers are needed '
                'now; at the summary the drills become three (total 997, not 768); 7 pm to 6 am (no days)',
        '_total_parts': [229, 229, 229, 310],
        'opening': [
            'Good morning, I am carpenter, somebody force the door of my pickup truck this night in front of my house '
            'and they take my tools from the back seat. Catamount Road in Westport.',
        ],
        'answers': {
            'type_confirmed': 'Yes, is break in to the truck. They force the lock of the door.',
            'location': 'Catamount Road, Westport 06880. The truck stay on the street in front of my house because '
                        'the driveway is small.',
            'location_confirmed': 'Yes correct, Catamount Road.',
            'suspect_or_weapon': "No, I don't know who. No weapon, nobody see them.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I park at 7 in the evening yesterday and at 6 this morning I find the door open.',
            'vehicle': 'Ford F-150 2016 red, plate Connecticut 8TC-447.',
            'items': 'Two DeWalt drill cordless, $229 each one, and a laser level Bosch $310. The serial numbers I '
                     'have on the boxes in my basement - you need them now or I can send after?',
            'damage': 'The lock of the driver door is broken, they use a screwdriver I think. The door close but not '
                      'lock.',
            'narrative': 'Between 7 pm yesterday and 6 am today someone forced the driver door lock of my red Ford '
                         'F-150 parked on Catamount Road and took two DeWalt cordless drills ($229 each) and a Bosch '
                         'laser level ($310) from the back seat. The door lock is broken.',
            'reporter_name': 'Anselmo Bianchi',
            'reporter_email': 'anselmo.bianchi.legno@example.com',
            'reporter_phone': '203-555-0113',
            'confirmed': 'Sorry, one thing wrong, is my mistake: the drills are three, not two. Three DeWalt at $229. '
                         'I check the shelf now and the third also is missing.',
            'callback_wanted': 'Telephone is ok, after 5 in the afternoon when I finish work.',
        },
        'expect': filed('vehicle_burglary',
                        record('Anselmo Bianchi', 'anselmo.bianchi.legno@example.com', '2035550113',
                               plate='CT 8TC-447', total=997)),
    },
    {
        'id': 's46-vburg-church-lane-lot-purse-under-seat-name-fixed-in-prose',
        'channel': 'web',
        'note': 'a purse ($420, with $80 cash) taken from under the seat of a RAV4 through a smashed window in the lot '
                'off Church Lane downtown (total 500, both in the opening); she writes "leah goldfarb - actually put '
                'Leah Goldfarb-Osei"; today 10:45 to 12:10 (days 0)',
        '_total_parts': [420, 80],
        'opening': [
            'My car was broken into in the lot behind the shops on Church Lane downtown while I was at the dentist. '
            'They smashed the passenger window and took my purse from under the seat - a $420 leather bag with $80 '
            'cash in it.',
        ],
        'answers': {
            'type_confirmed': 'Yes, a car break-in. The purse is the only thing missing.',
            'location': 'The parking lot off Church Lane in downtown Westport, the row closest to the back doors of '
                        'the shops.',
            'location_confirmed': 'Yes, Church Lane, downtown Westport.',
            'suspect_or_weapon': "I didn't see anyone and don't know who did it. No weapons that I know of.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today, between 10:45 when I parked and 12:10 when I came back.',
            'vehicle': '2021 Toyota RAV4, silver, Connecticut plate 3GF-782.',
            'items': 'A brown leather purse ($420) with my wallet inside: $80 cash, my license and two credit cards '
                     '(already cancelled).',
            'damage': 'Front passenger window shattered, glass on the seat and the floor mat.',
            'narrative': 'Today between 10:45 am and 12:10 pm, while I was at an appointment, someone smashed the '
                         'front passenger window of my silver RAV4 in the lot off Church Lane and took my brown leather '
                         'purse ($420) from under the seat. My wallet with $80 cash, my license and two credit cards '
                         'was inside. I have cancelled the cards.',
            'reporter_name': "leah goldfarb - actually put Leah Goldfarb-Osei, that's my legal name since the wedding "
                             "and it's what's on my license",
            'reporter_email': 'leah.goldfarb.osei@example.com',
            'reporter_phone': '203-555-0195',
            'confirmed': 'Yes, that all looks right. Please submit.',
            'callback_wanted': 'Email - my insurer will want the case number as soon as it exists.',
        },
        'expect': filed('vehicle_burglary',
                        record('Leah Goldfarb-Osei', 'leah.goldfarb.osei@example.com', '2035550195',
                               plate='CT 3GF-782', total=500, days=0)),
    },
    # ------------------------------------------------------------------ vehicle_tampering
    {
        'id': 's46-vtamp-longview-road-hood-popped-engine-cover-asks-about-photos',
        'channel': 'web',
        'note': 'a Golf on Longview Road (Fairfield has a Longview Avenue) found with its hood unlatched, engine-cover '
                'bolts loosened and the washer-fluid cap gone; at confirmed he asks whether photos can be added after '
                'sending (interjection); 9:30 pm to 7:05 am (no days)',
        'opening': [
            'Someone opened the hood of my car overnight - it was popped up an inch this morning. The engine cover '
            'bolts are loose and the cap of the washer fluid tank is gone. I live on Longview Road in Westport.',
        ],
        'answers': {
            'type_confirmed': 'Yes, tampering. Nothing was stolen from inside the car.',
            'location': 'Longview Road, Westport, CT 06880. Parked on the gravel beside the house.',
            'location_confirmed': 'Yes - Longview Road, Westport. Not Longview Avenue in Fairfield.',
            'suspect_or_weapon': 'I have no suspect. Nobody threatened anyone, there was no weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between 9:30 pm last night and 7:05 this morning.',
            'vehicle': 'Gray 2015 Volkswagen Golf, CT plate 9PK-160. The hood release is inside, so they must have '
                       'opened the door - I may have left it unlocked.',
            'damage': "Hood unlatched, four engine cover bolts loosened, washer fluid cap missing. The mechanic "
                      "checked the brake and fuel lines this morning and they're fine.",
            'narrative': 'Between 9:30 pm last night and 7:05 this morning someone opened my gray VW Golf, parked '
                         'beside my house on Longview Road, released the hood, loosened the engine cover bolts and '
                         'removed the washer fluid cap. My mechanic found nothing else wrong. Nothing was taken.',
            'reporter_name': 'Hiroshi Kaneda',
            'reporter_email': 'hkaneda@example.com',
            'reporter_phone': '475-555-0118',
            'confirmed': 'Yes, correct - the hood, the bolts and the missing cap. You can send it.',
            'callback_wanted': "Email, please; I'll attach the mechanic's note if you need it.",
        },
        'interjections': [
            {'at': 'confirmed',
             'text': 'Before I confirm - I took photos of the loosened bolts. Is there a way to add them after I send '
                     'this?'},
        ],
        'expect': filed('vehicle_tampering',
                        record('Hiroshi Kaneda', 'hkaneda@example.com', '4755550118', plate='CT 9PK-160')),
    },
    {
        'id': 's46-vtamp-victoria-lane-deflator-valve-caps-ny-plate-phone-fixed-in-prose',
        'channel': 'sms',
        'note': 'deflator caps put on all four valves of a Jeep Compass on Victoria Lane (Fairfield has a Victoria '
                'Court); the Jeep still has its New York plate since the move (record NY KDW-4418); phone written '
                '"203-555-0174 - no wait thats my old one. 203-555-0149"; three days ago to yesterday morning (no days)',
        'opening': [
            'someone swapped the valve caps on all 4 of my tires with those deflator caps that let the air out '
            'slowly. tire guy found them. all 4 were almost flat by the time i noticed. victoria ln westport',
        ],
        'answers': {
            'type_confirmed': 'ya tampering i guess? nothing broken, just the caps switched',
            'location': 'victoria lane westport 06880, parked in front of our house',
            'location_confirmed': 'yes victoria LANE westport, not victoria ct in fairfield lol',
            'suspect_or_weapon': 'no idea who, no weapons. honestly its just creepy',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'tires were fine 3 days ago when i drove to my aunts. tire light came on yesterday '
                           'morning',
            'vehicle': '2018 jeep compass, black. NY plate KDW-4418, still havent switched it over since the move',
            'damage': '4 deflator caps, tires lost most of their air. shop put normal caps on n refilled, tires seem '
                      'ok. i kept the weird caps in a ziplock',
            'narrative': 'Sometime in the past three days someone replaced the valve caps on all four tires of my '
                         'black Jeep Compass, parked outside our house on Victoria Lane, with deflator caps that '
                         'slowly let the air out. My tire shop found them yesterday. Nothing else was damaged.',
            'reporter_name': 'Brianna Kowalski',
            'reporter_email': 'bree.kowalski@example.com',
            'reporter_phone': '203-555-0174 wait no thats my old one. 203-555-0149',
            'confirmed': 'yep thats right w the deflator caps, submit',
            'callback_wanted': 'txt me pls, i never check email lol',
        },
        'expect': filed('vehicle_tampering',
                        record('Brianna Kowalski', 'bree.kowalski@example.com', '2035550149', plate='NY KDW-4418')),
    },
    {
        'id': 's46-vtamp-marion-road-pried-fuel-door-siphon-hose-opening-gives-no-time',
        'channel': 'web',
        'note': 'the fuel door of a diesel F-250 pried open and a siphon hose left beside it on Marion Road (Norwalk has '
                'a Marion Road too); no time is given in the first message, and at occurred_at he asks whether it matters that he '
                'cannot say if it was before or after midnight (interjection); 8 pm two days ago to 7 yesterday '
                'morning (no days)',
        '_no_time': True,
        'opening': [
            "Someone has been at the fuel door of my truck - it's been pried open, the paint around it is gouged, and "
            "there's a length of clear plastic hose lying on the ground next to the truck. I think they were trying to "
            "siphon the diesel. I'm on Marion Road in Westport (Norwalk also has a Marion Road, so to be clear: "
            'Westport).',
        ],
        'answers': {
            'type_confirmed': 'Yes, vehicle tampering - nothing appears to be gone except maybe some fuel.',
            'location': 'Marion Road, Westport 06880. The truck was parked at the end of the driveway by the road.',
            'location_confirmed': 'Correct, Marion Road in Westport.',
            'suspect_or_weapon': 'Not anybody I could name, and no weapon that I saw.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Between about 8 pm two days ago and 7 yesterday morning - I only drive it every other '
                           'day.',
            'vehicle': '2012 Ford F-250 diesel, white, Connecticut plate 1RZ-938.',
            'damage': 'Fuel door bent outward, paint gouged around it, the locking fuel cap scratched but still on. '
                      'The gauge reads maybe a quarter tank lower than I left it.',
            'narrative': 'Two nights ago someone pried open the fuel door of my white F-250 diesel pickup parked at '
                         'the end of my driveway on Marion Road, gouging the paint. The locking fuel cap held. A '
                         'length of clear plastic hose was left on the ground next to the truck and the tank seems '
                         'lower.',
            'reporter_name': 'Fergus McAllister',
            'reporter_email': 'fergus.mcallister@example.com',
            'reporter_phone': '203-555-0134',
            'confirmed': 'Yes, all correct about the fuel door and the hose. Go ahead.',
            'callback_wanted': 'A phone call is fine, mornings are best for me.',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': "I honestly can't tell you whether this happened before or after midnight. Does that matter for "
                     'the report?'},
        ],
        'expect': filed('vehicle_tampering',
                        record('Fergus McAllister', 'fergus.mcallister@example.com', '2035550134',
                               plate='CT 1RZ-938')),
    },
]
