"""Sealed-45: the 26 conversations that end in a filed online report.

Writer flags (keys starting with "_") are read by build.py and never written out:
  _no_place     the opening names no place (a `location` interjection is allowed)
  _no_time      the opening gives no time (an `occurred_at` interjection is allowed)
  _total_parts  the amounts that make up expect.record.total_value
"""

NO = 'No.'


def filed(incident_type, record, describes='true'):
    return {
        'outcome': 'filed',
        'reason': None,
        'topic': None,
        'incident_type': incident_type,
        'location_decision': 'in_town',
        'emergency_message': None,
        'first_message_describes': describes,
        'record': record,
    }


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
    # ------------------------------------------------------------------ harassing_phone_call
    dict(
        id='s45-hpc-salem-road-piano-teacher-caller-replays-her-own-greeting',
        channel='web',
        note=('a piano teacher on Salem Road (Weston and Wilton each have a Salem Road too): an unknown caller rings '
              'the studio line during lessons and plays her own voicemail greeting back, then laughs; at confirmed '
              'she asks whether the caller will learn who reported him (interjection); "today at 1:05 in the '
              'afternoon" (days 0, 13:05)'),
        opening=[
            'Hello - I teach piano from my home on Salem Road (the Westport one; I gather Weston and Wilton each '
            'have a Salem Road as well). For two weeks someone has been ringing my studio line in the middle of '
            'lessons, and when I answer he plays a recording of my own voicemail greeting back to me, laughs, and '
            'hangs up. The parents of my students have started to notice and frankly it is rattling me.',
        ],
        answers=dict(
            type_confirmed='Yes, harassing phone calls is right. Apart from the calls nothing else has happened.',
            location='My house on Salem Road, Westport CT 06880. The studio is the front room and the line rings there.',
            location_confirmed='Correct - Salem Road here in Westport, not the Weston or the Wilton one.',
            suspect_or_weapon=('I genuinely cannot think who would do this. Nobody has threatened me and there is no '
                               'weapon - it is only the recording and that laugh.'),
            known_suspect=NO,
            weapon=NO,
            occurred_at='The latest call was today at 1:05 in the afternoon, halfway through a ten-year-old\'s lesson.',
            caller_number='Usually 203-555-0179. Twice the screen just said Unknown Caller.',
            call_pattern=('About two weeks now, one or two calls a day, nearly always between 3:30 and 6 when I teach. '
                          'Today\'s early one was the exception.'),
            narrative=('For about two weeks an unidentified caller has phoned my piano studio line on Salem Road once '
                       'or twice a day, almost always while I am teaching. When I pick up he plays my own voicemail '
                       'greeting back to me, laughs and disconnects. Most calls come from 203-555-0179, two from an '
                       'unknown number.'),
            reporter_name='Celeste Marchetti',
            reporter_email='celeste.marchetti.piano@example.com',
            reporter_phone='My mobile is 475-555-0126; please avoid the studio line.',
            confirmed='Every line of that summary about the greeting calls is accurate. Please submit it.',
            callback_wanted='E-mail suits me best; I cannot pick up while a pupil is at the piano.',
        ),
        interjections=[dict(at='confirmed', text=(
            'Before I press submit - will the caller be told that I am the one who reported this? Whoever it is '
            'plainly knows my teaching schedule.'))],
        expect=filed('harassing_phone_call', rec('Celeste Marchetti', 'celeste.marchetti.piano@example.com',
                                                 '4755550126', days=0, time='13:05')),
    ),
    dict(
        id='s45-hpc-webb-road-korean-student-laughing-caller-after-midnight-fixed-in-prose',
        channel='sms',
        note=('a Korean graduate student renting on Webb Road ("not webb road fairfield"): a man calls from a private '
              'number between 1 and 4 am, says her full name and laughs; she first writes "yesterday 3:12" and '
              'corrects it in prose to today 3:12 am, after midnight (days 0, 03:12)'),
        opening=[
            'hello. i get many call from a man who say my full name and laugh, every night, very late. i live webb rd '
            'westport (not webb road fairfield, my friend confuse this also)',
        ],
        answers=dict(
            type_confirmed='yes the harass calls. he never say other thing, only my name and the laughing',
            location='webb road, westport 06880. i rent the basement room in a family house',
            location_confirmed='yes webb rd in westport is correct',
            suspect_or_weapon='i dont know him. the voice i never hear before. he dont threaten, no weapon, only calling',
            known_suspect=NO,
            weapon=NO,
            occurred_at='last call was yesterday 3:12 at night. ah sorry, it is today 3:12 am, after midnight, not yesterday',
            caller_number='always private number, no number show on screen',
            call_pattern=('6 nights now. 2 or 3 time each night between 1 and 4 am. i put phone on silent but he leave '
                          'voicemail with only laughing'),
            narrative=('For six nights an unknown man calls my cell from a private number two or three times between '
                       '1 and 4 am. He says my full name, laughs and hangs up. Sometimes he leaves a voicemail of only '
                       'laughing. His voice is a stranger to me.'),
            reporter_name='Ji-woo Park',
            reporter_email='jiwoo.park.ct@example.com',
            reporter_phone='203 555 0148',
            confirmed='yes this summary of laughing calls is right, please send it',
            callback_wanted='please email me, my english on the phone is not so good',
        ),
        expect=filed('harassing_phone_call', rec('Ji-woo Park', 'jiwoo.park.ct@example.com', '2035550148',
                                                 days=0, time='03:12')),
    ),
    dict(
        id='s45-hpc-westfair-drive-caller-reads-minivan-plate-email-fixed-at-summary',
        channel='web',
        note=('a father on Westfair Drive (a Westport street whose name sounds like Westport plus Fairfield): a flat '
              'voice phones the landline at dinner and reads the family minivan\'s plate aloud; e-mail typed as '
              'holly.reyes and fixed at the summary to hollis.reyes; "yesterday at 6:35 pm" (days 1, 18:35)'),
        opening=[
            'For about a week our landline on Westfair Drive has been getting calls at dinnertime where a man slowly '
            'reads our minivan\'s license plate out loud and then hangs up. My wife and kids are spooked. Westfair '
            'Drive is in Westport, by the way - people keep assuming it\'s in Fairfield.',
        ],
        answers=dict(
            type_confirmed='Right, harassing calls. Nobody has come by the house or done anything else, it\'s only the calls.',
            location='Westfair Drive, Westport 06880 - that\'s where the landline rings.',
            location_confirmed='Yes, Westfair Drive in Westport, not anywhere in Fairfield.',
            suspect_or_weapon=('No idea who it is. We aren\'t feuding with anybody I can think of, and no weapon has '
                               'come up at all.'),
            known_suspect=NO,
            weapon=NO,
            occurred_at='The last one was yesterday at 6:35 pm, just as we sat down to eat.',
            caller_number='Caller ID shows 475-555-0183 every single time.',
            call_pattern=('Seven calls in seven days, one each evening between 6 and 7. Same monotone voice, reads the '
                          'plate twice, then the line goes dead.'),
            narrative=('Every evening for the past week, between 6 and 7 pm, a man has called our landline on Westfair '
                       'Drive from 475-555-0183 and slowly read our minivan\'s license plate number aloud twice before '
                       'hanging up. He says nothing else. We have no idea who he is.'),
            reporter_name='Hollis Reyes',
            reporter_email='holly.reyes@example.com',
            reporter_phone='203-555-0172',
            confirmed=('One fix: the e-mail is hollis.reyes@example.com - I typed holly out of habit, that\'s what my '
                       'wife calls me. The rest of it is right.'),
            callback_wanted='A call is fine, evenings after 7.',
        ),
        expect=filed('harassing_phone_call', rec('Hollis Reyes', 'hollis.reyes@example.com', '2035550172',
                                                 days=1, time='18:35')),
    ),
    # ------------------------------------------------------------------ damage_to_motor_vehicle
    dict(
        id='s45-dmv-greens-farms-elementary-odyssey-sliding-door-asks-about-school-cameras',
        channel='web',
        note=('a parent\'s Odyssey scraped and dented in the Greens Farms Elementary lot (17 Morningside Drive South) '
              'during the book fair; a $1,450 body-shop quote is repair and not counted; at confirmed she asks '
              'whether the department will ask the school for its camera footage (interjection); "Today, between '
              '8:50 ... and about 10:15" (days 0)'),
        opening=[
            'Our Honda Odyssey got a long scrape and a dent down the passenger sliding door while it was parked in '
            'the lot at Greens Farms Elementary (17 Morningside Dr S) this morning during the book fair. No note on '
            'the windshield, nothing. The body shop already quoted $1,450 to fix it.',
        ],
        answers=dict(
            type_confirmed='Yes, damage to my car - nothing was taken from inside.',
            location='The parking lot at Greens Farms Elementary School, 17 Morningside Drive South, Westport.',
            location_confirmed='That\'s right, the Greens Farms Elementary lot on Morningside Drive South.',
            suspect_or_weapon=('I have no clue who did it - I was inside volunteering at the book fair and nobody saw '
                               'it happen. No weapons, it\'s a scrape and a dent.'),
            known_suspect=NO,
            weapon=NO,
            occurred_at='Today, between 8:50 when I parked and about 10:15 when I walked back out.',
            vehicle='2019 Honda Odyssey, silver, Connecticut plate 2TN-604',
            damage=('A scrape roughly three feet long across the passenger sliding door with a fist-sized dent in the '
                    'middle of it, and some white paint transfer. The shop quoted $1,450.'),
            narrative=('While I was volunteering at the book fair this morning, my silver Odyssey was hit in the Greens '
                       'Farms Elementary parking lot. The passenger sliding door has a three-foot scrape with a dent '
                       'and white paint on it. Whoever did it left without a note and I did not see it happen.'),
            reporter_name='Tamsin Holloway',
            reporter_email='tamsin.holloway@example.com',
            reporter_phone='(203) 555-0164',
            confirmed='The summary of the Odyssey\'s sliding door is correct, go ahead.',
            callback_wanted='E-mail, please - school pickup makes phone calls tricky.',
        ),
        interjections=[dict(at='confirmed', text=(
            'Quick question before I confirm - the school has cameras pointed at the lot. Will somebody from the '
            'department ask them for the footage, or should I go to the front office myself?'))],
        expect=filed('damage_to_motor_vehicle', rec('Tamsin Holloway', 'tamsin.holloway@example.com', '2035550164',
                                                    plate='CT 2TN-604', days=0)),
    ),
    dict(
        id='s45-dmv-cranbury-road-jetta-rear-ended-on-lawn-plate-state-fixed-to-ny',
        channel='sms',
        note=('a young driver on Cranbury Road ("norwalk has a cranbury rd too, this is ours"): someone drove across '
              'the lawn into the back of his parked Jetta; he gives "plate CT JKV-4521" and corrects at the summary '
              'that the car is his dad\'s, registered in New York (NY JKV-4521); "like 10:30 last nite" to "6:45 this '
              'morning" crosses midnight (no day)'),
        opening=[
            'sum1 drove thru our front lawn last nite n smashed into the back of my jetta where it was parked by the '
            'garage then just took off?? ruts everywhere. cranbury rd westport, i know norwalk has a cranbury rd too, '
            'this is ours',
        ],
        answers=dict(
            type_confirmed='yea damage to the car, the lawn is whatever honestly',
            location='cranbury road westport 06880, our driveway next to the garage',
            location_confirmed='yep cranbury rd in westport not norwalk',
            suspect_or_weapon='no idea who, didnt hear a thing. no weapon obv lol it was a car',
            known_suspect=NO,
            weapon=NO,
            occurred_at='parked it like 10:30 last nite, saw the damage when i left for work at 6:45 this morning',
            vehicle='2016 vw jetta, gray, plate CT JKV-4521',
            damage='rear bumper pushed in n cracked, left taillight smashed, trunk wont shut all the way',
            narrative=('sometime overnight somebody drove across our front lawn on cranbury rd and hit the back of my '
                       'jetta parked by the garage, then left. bumper cracked, taillight smashed, trunk doesnt close. '
                       'tire ruts all over the grass. didnt see or hear who'),
            reporter_name='Eli Brandvold',
            reporter_email='eli.brandvold@example.com',
            reporter_phone='475-555-0191',
            confirmed=('1 thing, the plate isnt CT its new york, its my dads car n hes got it registered in ny. '
                       'NY JKV-4521. rest is right'),
            callback_wanted='txt me, i work til 5',
        ),
        expect=filed('damage_to_motor_vehicle', rec('Eli Brandvold', 'eli.brandvold@example.com', '4755550191',
                                                    plate='NY JKV-4521')),
    ),
    dict(
        id='s45-dmv-longshore-club-park-buick-bumper-white-paint-formal-widow',
        channel='web',
        note=('an 81-year-old writing formally: her Buick was struck in the lot at Longshore Club Park (Compo Road '
              'South) during her tennis clinic; she herself says she means the town park, not Sherwood Island; name '
              'given as "Mrs. Adelaide Fenwick"; "This morning between 9:30 ... and a quarter past eleven" (days 0)'),
        opening=[
            'Good afternoon. While I was at my tennis clinic at Longshore Club Park this morning, somebody struck the '
            'front of my Buick in the parking area and drove off without leaving so much as a note. There is white '
            'paint on my bumper. I should add that I mean the town\'s park at Longshore, on Compo Road South, and '
            'not the state park at Sherwood Island.',
        ],
        answers=dict(
            type_confirmed='Yes, damage to my motor car. Nothing was taken from it.',
            location='Longshore Club Park, Compo Road South, Westport - in the main parking area.',
            location_confirmed='Correct, Longshore Club Park on Compo Road South.',
            suspect_or_weapon=('I saw no one, and the young man at the gate saw nothing either. There is certainly no '
                               'question of a weapon.'),
            known_suspect=NO,
            weapon=NO,
            occurred_at='This morning, between 9:30, when I parked, and a quarter past eleven.',
            vehicle='A 2021 Buick Envision, dark blue, Connecticut plate 6HC-275.',
            damage=('The front bumper is pushed in on the driver\'s side with a long streak of white paint across it, '
                    'and the left fog lamp is cracked.'),
            narrative=('I parked my Buick at Longshore Club Park at 9:30 this morning for my tennis clinic. When I came '
                       'back at about 11:15 the front bumper was pushed in on the driver\'s side with white paint on it '
                       'and the fog lamp cracked. No note was left and I did not see who was responsible.'),
            reporter_name='Mrs. Adelaide Fenwick',
            reporter_email='adelaide.fenwick@example.com (I read it each evening)',
            reporter_phone='My home telephone is 203-555-0133.',
            confirmed='Yes, that is a faithful account of what happened to my Buick. Thank you.',
            callback_wanted='A telephone call would suit me far better than an e-mail.',
        ),
        expect=filed('damage_to_motor_vehicle', rec('Adelaide Fenwick', 'adelaide.fenwick@example.com', '2035550133',
                                                    plate='CT 6HC-275', days=0)),
    ),
    # ------------------------------------------------------------------ identity_theft
    dict(
        id='s45-idt-old-mill-road-two-financed-iphones-bill-arrived-yesterday',
        channel='web',
        note=('a man on Old Mill Road (Weston and Fairfield also have one): a wireless account with two financed iPhones '
              'at $1,099 each opened in his name, named with priced up front (total 2198); "The bill '
              'came in yesterday\'s mail" (days 1)'),
        opening=[
            'Someone opened a wireless account in my name and financed two iPhones at $1,099 each. I found out when '
            'the carrier\'s first bill showed up at my house on Old Mill Road yesterday. For the record that\'s Old '
            'Mill Road in Westport - I know Weston and Fairfield both have one.',
        ],
        answers=dict(
            type_confirmed='Identity theft, yes. Nobody touched my actual bank accounts.',
            location='Old Mill Road, Westport, CT 06880 - my home, where the bill was delivered.',
            location_confirmed='Yes, Old Mill Road in Westport.',
            suspect_or_weapon=('I have no idea who did it; the phones were shipped to an address out of state. No '
                               'weapon, obviously - it\'s all paperwork.'),
            known_suspect=NO,
            weapon=NO,
            occurred_at=('The bill came in yesterday\'s mail. I don\'t know exactly when the account itself was set '
                         'up.'),
            accounts=('One wireless account with two new lines and two financed iPhones, $1,099 each, so $2,198 in '
                      'all. The carrier\'s fraud department has frozen it and opened a case. My real phone plan is '
                      'with a different company and wasn\'t touched.'),
            narrative=('Yesterday I received a bill at my home on Old Mill Road for a wireless account I never opened. '
                       'Someone used my name to open two lines and finance two iPhones at $1,099 each, shipped to an '
                       'out-of-state address. The carrier has frozen the account and opened a fraud case.'),
            reporter_name='Gregory Achterberg',
            reporter_email='g.achterberg@example.com',
            reporter_phone='203-555-0119',
            confirmed='That\'s right - two iPhones, $2,198, bill arrived yesterday. Submit it.',
            callback_wanted='E-mail is fine for me.',
        ),
        _total_parts=[1099, 1099],
        expect=filed('identity_theft', rec('Gregory Achterberg', 'g.achterberg@example.com', '2035550119',
                                           total=2198, days=1)),
    ),
    dict(
        id='s45-idt-treadwell-avenue-haitian-nurse-card-charges-asks-which-number',
        channel='sms',
        note=('a Haitian night-shift nurse on Treadwell Avenue ("not Treadwell Lane, that one is Weston"): a credit card '
              'opened in her name with $1,870 of charges and a $300 cash advance, amounts only in the accounts answer '
              '(total 2170); at reporter_phone she asks which number is better since she sleeps days (interjection); '
              '"this morning around 7" (days 0)'),
        opening=[
            'Bonjour, somebody open a credit card with my name and my social, I never ask for this card. I see it on '
            'my credit report this morning. I live on Treadwell Ave in Westport (not Treadwell Lane, that one is Weston)',
        ],
        answers=dict(
            type_confirmed='yes identity theft, this is it',
            location='Treadwell Avenue, Westport CT 06880, apartment 2',
            location_confirmed='oui, Treadwell Avenue in Westport',
            suspect_or_weapon='I dont know who do this. Nobody threaten me, no weapon, nothing of this',
            known_suspect=NO,
            weapon=NO,
            occurred_at='I see it this morning around 7 on the credit app, when I come home from my shift',
            accounts=('One Visa card from a bank I never use. $1,870 charges in electronic stores and one cash advance '
                      'of $300. The bank close the card now.'),
            narrative=('This morning I saw on my credit report a Visa card I never opened. Somebody used my name and '
                       'social security number. There are $1,870 in charges at electronics stores and a $300 cash '
                       'advance. The bank closed the card and says I will not pay.'),
            reporter_name='Mireille Jean-Baptiste',
            reporter_email='mireille.jbaptiste@example.com',
            reporter_phone='the cell, 475-555-0117',
            confirmed='c\'est correct, the card with the 1870 and the 300 advance, you can send it',
            callback_wanted='email please, I sleep in the day time',
        ),
        interjections=[dict(at='reporter_phone', text=(
            'Which number is better for you, home or cell? I work the night shift at the hospital and I sleep in the '
            'day, so I dont answer the home phone'))],
        _total_parts=[1870, 300],
        expect=filed('identity_theft', rec('Mireille Jean-Baptiste', 'mireille.jbaptiste@example.com', '4755550117',
                                           total=2170, days=0)),
    ),
    dict(
        id='s45-idt-sturges-highway-widower-card-in-late-wifes-name-death-certificate-question',
        channel='web',
        note=('a widower on Sturges Highway ("the Westport end of it"; Fairfield has a Sturges Highway too): a store '
              'card application approved in his late wife\'s name, no money spent (no total); inside the accounts '
              'answer he asks whether the department needs her death certificate; "two days ago" (days 2)'),
        opening=[
            'My wife, Ruth, passed away in August. Two days ago a letter came to our house on Sturges Highway - the '
            'Westport end of it - thanking her for applying for a store credit card. She obviously did no such thing. '
            'I don\'t know if this is a police matter, but the bank told me to report it.',
        ],
        answers=dict(
            type_confirmed='Identity theft, I suppose - someone is using Ruth\'s name and her information.',
            location='Our home, Sturges Highway, Westport 06880.',
            location_confirmed='Yes, Sturges Highway, before it crosses into Fairfield.',
            suspect_or_weapon='I couldn\'t begin to guess who. There\'s no threat and no weapon, only paperwork.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='The letter arrived two days ago, with the afternoon mail.',
            accounts=('A single store credit card application in Ruth\'s name. The store says it was approved but '
                      'nothing has been charged yet, so no money is lost. Do I need to send you a copy of her death '
                      'certificate, or is that only for the bank?'),
            narrative=('My wife Ruth died in August. Two days ago a letter arrived at our home on Sturges Highway '
                       'thanking her for applying for a store credit card, which was approved. She could not have '
                       'applied. No purchases have been made on it so far.'),
            reporter_name='Harold Vance',
            reporter_email='harold.vance@example.com',
            reporter_phone='203-555-0158, the house phone - I never took to a cell.',
            confirmed='That is right about Ruth\'s card. Thank you for taking care of it.',
            callback_wanted='A phone call, please. I\'m home most days.',
        ),
        expect=filed('identity_theft', rec('Harold Vance', 'harold.vance@example.com', '2035550158', days=2)),
    ),
    # ------------------------------------------------------------------ lost_property
    dict(
        id='s45-lost-wakeman-town-farm-sapphire-ring-asks-if-place-must-be-exact',
        channel='web',
        note=('a volunteer lost her $4,200 sapphire engagement ring yesterday (amount in the first message; total '
              '4200); no place in the opening, and at location she asks whether one exact place is needed '
              '(interjection) before settling on Wakeman Town Farm; "Yesterday afternoon, sometime between 1 and 4" '
              '(days 1)'),
        opening=[
            'I lost my engagement ring yesterday - an oval sapphire with two small diamonds, appraised at $4,200. I '
            'only noticed when I got home and I\'ve torn the car apart looking. I feel sick about it.',
        ],
        answers=dict(
            type_confirmed='Yes, lost property - I don\'t think anybody took it, I think it slid off my finger.',
            location=('Wakeman Town Farm in Westport - I was volunteering there and my hands were cold and wet most of '
                      'the afternoon, so that\'s the likeliest spot.'),
            location_confirmed='Yes, Wakeman Town Farm.',
            suspect_or_weapon='No suspect - nobody took it, I\'m nearly certain I lost it. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Yesterday afternoon, sometime between 1 and 4.',
            items=('One engagement ring: oval blue sapphire with a small diamond on each side, platinum band, size 5. '
                   'Appraised at $4,200 last spring.'),
            narrative=('Yesterday afternoon between about 1 and 4 I lost my engagement ring while volunteering at '
                       'Wakeman Town Farm. It is an oval sapphire with a small diamond on each side in a platinum '
                       'band, appraised at $4,200. I noticed it missing when I got home.'),
            reporter_name='Sofia Lindgren',
            reporter_email='sofia.lindgren@example.com',
            reporter_phone='475-555-0145',
            confirmed='Yes, the sapphire ring and the farm - all correct.',
            callback_wanted='E-mail is fine, but please phone me if anyone hands it in!',
        ),
        interjections=[dict(at='location', text=(
            'Does it have to be one exact place? I went to the farm, then the post office, then the grocery store - '
            'I honestly can\'t say where it came off.'))],
        _no_place=True,
        _total_parts=[4200],
        expect=filed('lost_property', rec('Sofia Lindgren', 'sofia.lindgren@example.com', '4755550145',
                                          total=4200, days=1)),
    ),
    dict(
        id='s45-lost-valley-road-daughter-for-father-pouch-opens-with-question-phone-fixed',
        channel='web',
        note=('a daughter types for her father, who lost a pouch with his green card, Medicare card and his late '
              'brother\'s $650 watch on his walk along Valley Road (Norwalk and Fairfield have a Valley Road too); the '
              'opening only asks whether this is the place (first_message_describes false, answers.incident_type '
              'describes it); phone 203-555-0167 fixed at the summary to 0176; record is the daughter; "he left at '
              '7:30 and was back by 8:15" yesterday (days 1)'),
        opening=[
            'Hi, my dad asked me to do this for him because he doesn\'t use computers - is this where we can make a '
            'police report?',
        ],
        answers=dict(
            incident_type=('He lost a small brown leather pouch on his walk yesterday morning. It had his green card, '
                           'his Medicare card and my late uncle\'s gold watch inside.'),
            type_confirmed='Yes, lost property. Nobody stole it - he thinks it slipped out of his coat pocket.',
            location=('Somewhere along Valley Road in Westport, on his usual walk from the house and back, about a '
                      'mile. He wants me to say it\'s the Westport Valley Road - he\'s heard Norwalk and Fairfield '
                      'have one too.'),
            location_confirmed='Yes, Valley Road in Westport.',
            suspect_or_weapon='No one, he just dropped it. No weapon or anything like that.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Yesterday morning - he left at 7:30 and was back by 8:15.',
            items=('Brown leather zip pouch. Inside: his green card, his Medicare card, and a gold Seiko watch that '
                   'belonged to my uncle, appraised at $650 a few years ago.'),
            narrative=('Yesterday morning between 7:30 and 8:15 my father lost a small brown leather pouch while '
                       'walking on Valley Road in Westport. It held his green card, his Medicare card and a gold '
                       'Seiko watch appraised at $650. He believes it fell from his coat pocket.'),
            reporter_name='Aisha Rahman. It\'s my father\'s pouch - his name is Abdul Rahman.',
            reporter_email='aisha.rahman@example.com',
            reporter_phone='203-555-0167',
            confirmed='Only the phone number: it\'s 203-555-0176, I swapped the last two digits. Everything else is right.',
            callback_wanted='Please call me rather than him - his English is limited.',
        ),
        _total_parts=[650],
        expect=filed('lost_property', rec('Aisha Rahman', 'aisha.rahman@example.com', '2035550176',
                                          total=650, days=1), describes='false'),
    ),
    dict(
        id='s45-lost-nassau-road-dog-walk-wallet-cash-in-words-street-fixed-in-prose',
        channel='sms',
        note=('text-speak: a wallet dropped while walking the dog with "two hundred forty bucks" in it (amount in words '
              'in the first message; total 240); no place in the opening; at location he writes Bermuda Rd and '
              'corrects in prose to Nassau Rd (both Westport streets); "this morning like 7 to 7:40" (days 0)'),
        opening=[
            'lost my wallet this morning walkin my dog, had my license, 2 cards n two hundred forty bucks cash in it. ugh',
        ],
        answers=dict(
            type_confirmed='ya lost property, dont think any1 took it',
            location=('bermuda rd in westport, the whole loop. wait no nassau rd, bermuda is where my cousin lives lol. '
                      'nassau rd'),
            location_confirmed='nassau rd westport yea',
            suspect_or_weapon='nah no suspect i prob just dropped it picking up after the dog. no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='this morning like 7 to 7:40',
            items='black leather wallet, my ct license, debit card n credit card (froze both already), $240 cash',
            narrative=('this morning between about 7 and 7:40 i lost my black wallet walking my dog on nassau rd. it '
                       'had my license, 2 cards and $240 cash. i think it fell out of my jacket'),
            reporter_name='Tyrell Banks',
            reporter_email='tbanks203@example.com',
            reporter_phone='203.555.0129',
            confirmed='yep wallet n the 240 cash on nassau, all good send it',
            callback_wanted='txt pls, i dont pick up unknown numbers',
        ),
        _no_place=True,
        _total_parts=[240],
        expect=filed('lost_property', rec('Tyrell Banks', 'tbanks203@example.com', '2035550129', total=240, days=0)),
    ),
    dict(
        id='s45-lost-police-hq-lobby-turkish-passport-name-order-fixed-at-summary',
        channel='web',
        note=('a Turkish engineer thinks he left his passport in the lobby of police headquarters, 50 Jesup Road, at a '
              'fingerprinting appointment; he gives "Yilmaz Kerem" and at the summary asks for first name Kerem, '
              'surname Yilmaz; phone "+1 203 555 0131"; "three days ago, around 10 in the morning" (days 3)'),
        opening=[
            'Hello, I lost my Turkish passport three days ago. I think I left it in the lobby of your police station '
            'on Jesup Road when I came for my fingerprint appointment, around 10 in the morning. Nobody called me, so '
            'maybe somebody took it or it is just lost.',
        ],
        answers=dict(
            type_confirmed='Yes, lost property. I do not say somebody steal it, I am not sure.',
            location='Westport Police headquarters, 50 Jesup Road, the main lobby. Maybe also the sidewalk outside.',
            location_confirmed='Yes, 50 Jesup Road, Westport.',
            suspect_or_weapon='No, there is no suspect, I think I lose it myself. No weapon.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Three days ago, around 10 in the morning, right at my appointment time.',
            items=('Turkish passport, dark red cover, with my US visa inside. Also a clear plastic folder with my '
                   'fingerprint card.'),
            narrative=('Three days ago around 10 am I came to the police headquarters on Jesup Road for a fingerprint '
                       'appointment. I believe I left my Turkish passport and a plastic folder with my fingerprint card '
                       'in the lobby or on the sidewalk outside. Nobody has contacted me.'),
            reporter_name='Yilmaz Kerem',
            reporter_email='kerem.yilmaz@example.com',
            reporter_phone='+1 203 555 0131',
            confirmed=('Please, my name is in wrong order: first name Kerem, surname Yilmaz - so Kerem Yilmaz. In '
                       'Turkey we sometimes write the surname first, sorry. Everything else is correct.'),
            callback_wanted='Email is good, and phone also if somebody finds the passport.',
        ),
        expect=filed('lost_property', rec('Kerem Yilmaz', 'kerem.yilmaz@example.com', '2035550131', days=3)),
    ),
    # ------------------------------------------------------------------ theft
    dict(
        id='s45-theft-staples-high-school-ebike-battery-mother-for-son-serial-question',
        channel='web',
        note=('a mother writes for her 16-year-old: a $780 e-bike battery taken off his bike at the rack outside '
              'Staples High School on North Avenue (amount in the first message; total 780); inside the items answer '
              'she asks whether the serial number is needed; "Today, between about 7:20 ... and 12:45" (days 0)'),
        opening=[
            'My son\'s e-bike battery was stolen right off his bike at the rack outside Staples High School today - '
            'it\'s a $780 battery and the bike is useless without it. He\'s 16, so I\'m doing the report for him.',
        ],
        answers=dict(
            type_confirmed='Yes, a theft. The bike itself is still locked there, only the battery is gone.',
            location='The bike rack outside Staples High School, North Avenue, Westport.',
            location_confirmed='Correct - the bike rack at Staples on North Avenue.',
            suspect_or_weapon='No idea who took it, none of his friends noticed anything. No weapons involved.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Today, between about 7:20 this morning when he locked up and 12:45 when he came out at lunch.',
            items=('One e-bike battery, 48V, black, $780 - I have the receipt from last spring. Do you need the serial '
                   'number? It\'s printed on the receipt, I can type it in if that helps.'),
            narrative=('My son locked his e-bike at the rack outside Staples High School at about 7:20 this morning. '
                       'When he came out at 12:45 the battery had been removed. It is a black 48V battery that cost '
                       '$780. Nobody saw who took it.'),
            reporter_name='Lorraine DeSantis (mother of Matteo DeSantis)',
            reporter_email='lorraine.desantis@example.com',
            reporter_phone='203-555-0185',
            confirmed='Yes, the battery and the lunch-break timing are right. Submit, please.',
            callback_wanted='Either one works, I\'m home after 3.',
        ),
        _total_parts=[780],
        expect=filed('theft', rec('Lorraine DeSantis', 'lorraine.desantis@example.com', '2035550185',
                                  total=780, days=0)),
    ),
    dict(
        id='s45-theft-shorehaven-road-bronze-heron-and-urns-price-fixed-at-summary',
        channel='web',
        note=('a retired woman on Shorehaven Road (Norwalk has a Shorehaven Road too): a $2,300 bronze heron and two '
              'cast-iron urns "$350 each" taken from the front garden (priced up front); at the summary '
              'she corrects the urns to $325 each (total 2950, not 3000); 9:30 last night to 6:30 this morning crosses '
              'midnight (no day)'),
        opening=[
            'Somebody walked off with the bronze heron from our front garden on Shorehaven Road overnight - a '
            'sculpture my husband gave me, $2,300 - and the two cast-iron urns beside the front step, $350 each. '
            'Shorehaven Road in Westport, I mean; I\'m aware Norwalk has one too.',
        ],
        answers=dict(
            type_confirmed='Yes, a theft - the heron and both urns are simply gone.',
            location='Our front garden, Shorehaven Road, Westport 06880.',
            location_confirmed='Correct, Shorehaven Road in Westport.',
            suspect_or_weapon='No, I haven\'t a clue who. No weapons that I know of - we slept right through it.',
            known_suspect=NO,
            weapon=NO,
            occurred_at=('Overnight. The heron was there when I drew the curtains at 9:30 last night, and gone when I '
                         'let the dog out at 6:30 this morning.'),
            items='A bronze heron sculpture about four feet tall, $2,300. Two black cast-iron garden urns, $350 each.',
            narrative=('Between 9:30 last night and 6:30 this morning someone took a four-foot bronze heron sculpture '
                       'and two cast-iron urns from our front garden on Shorehaven Road. We heard nothing. The heron '
                       'cost $2,300 and the urns $350 each.'),
            reporter_name='Maureen Gallagher',
            reporter_email='maureen.gallagher@example.com',
            reporter_phone='203-555-0138',
            confirmed='Nearly - I checked the invoice and the urns were $325 each, not $350. The heron was $2,300.',
            callback_wanted='Telephone, please - I\'m hopeless with e-mail attachments.',
        ),
        _total_parts=[2300, 325, 325],
        expect=filed('theft', rec('Maureen Gallagher', 'maureen.gallagher@example.com', '2035550138', total=2950)),
    ),
    dict(
        id='s45-theft-hickory-hill-road-telescope-from-open-studio-asks-about-vague-window',
        channel='web',
        note=('a $1,400 telescope taken from an unlocked studio on Hickory Hill Road (Wilton has one too); the tripod, '
              '$260, given only when asked for items (total 1660); no time in the opening, and at occurred_at he asks '
              'whether a window of several days is enough (interjection); "between three days ago ... and this '
              'morning" (no day)'),
        opening=[
            'Someone took my Celestron telescope ($1,400) and its tripod out of the detached studio behind my house on '
            'Hickory Hill Road. The studio isn\'t locked - my fault, I know. This is Hickory Hill Road in Westport, '
            'not the one in Wilton.',
        ],
        answers=dict(
            type_confirmed='Theft, yes - the scope and its tripod walked out of the studio.',
            location='The studio behind my house, Hickory Hill Road, Westport 06880.',
            location_confirmed='Yes, Hickory Hill Road, Westport.',
            suspect_or_weapon='I don\'t know who it could be. No one was threatened and no weapon played any part.',
            known_suspect=NO,
            weapon=NO,
            occurred_at=('Let\'s say between three days ago, the last night I used it, and this morning, when I '
                         'noticed the empty corner.'),
            items='Celestron 8-inch telescope, $1,400. The heavy tripod that goes with it, $260. Nothing else is missing.',
            narrative=('Sometime between three days ago and this morning someone entered the unlocked studio behind my '
                       'house on Hickory Hill Road and took my Celestron 8-inch telescope ($1,400) and its tripod '
                       '($260). Nothing else was disturbed.'),
            reporter_name='Ansel Whitaker',
            reporter_email='ansel.whitaker@example.com',
            reporter_phone='475-555-0108',
            confirmed='Correct - telescope $1,400 and tripod $260, from the studio.',
            callback_wanted='E-mail is best, I\'m rarely near the house phone.',
        ),
        interjections=[dict(at='occurred_at', text=(
            'I really can\'t pin it to a day. Is it still worth filing if all I can give you is a window of a few '
            'days?'))],
        _no_time=True,
        _total_parts=[1400, 260],
        expect=filed('theft', rec('Ansel Whitaker', 'ansel.whitaker@example.com', '4755550108', total=1660)),
    ),
    # ------------------------------------------------------------------ vandalism
    dict(
        id='s45-vand-country-road-lawn-donuts-boxwoods-phone-changed-at-summary',
        channel='sms',
        note=('lawn torn up by a car doing donuts, two boxwoods flattened and a stone post cracked on Country Road '
              '(Fairfield has a Country Road too); a $1,200 landscaping estimate is repair (no total); at the summary '
              'he swaps his house number 203-555-0193 for his work cell 475-555-0139; "last nite around 11:30" '
              '(days 1, approximate so no time)'),
        opening=[
            'some idiot did donuts all over my front lawn last nite, tore up the grass, flattened 2 boxwoods n cracked '
            'the stone post by the mailbox. country rd westport. fairfield has a country rd too but this is westport',
        ],
        answers=dict(
            type_confirmed='ya vandalism, the lawn n the post',
            location='country road, westport ct 06880, my front yard',
            location_confirmed='yup country rd westport',
            suspect_or_weapon='nope no clue who. heard tires squealing but never saw the car. no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='last nite around 11:30, thats when i heard it',
            damage=('deep muddy ruts across the whole front lawn, 2 boxwoods flattened, stone post by the mailbox '
                    'cracked in half. landscaper says like $1,200 to redo it'),
            narrative=('around 11:30 last night someone drove onto my front lawn on country road and did donuts. the '
                       'lawn is rutted, two boxwoods are flattened and the stone post by the mailbox is cracked. i '
                       'heard it but didnt see the car'),
            reporter_name='Dwayne Pettiford',
            reporter_email='dpettiford@example.com',
            reporter_phone='203-555-0193',
            confirmed=('all good except my number, use 475-555-0139 thats my work cell, the 0193 one is the house n '
                       'nobody picks up'),
            callback_wanted='call the work cell',
        ),
        expect=filed('vandalism', rec('Dwayne Pettiford', 'dpettiford@example.com', '4755550139', days=1)),
    ),
    dict(
        id='s45-vand-oak-street-little-free-library-rumoured-bus-stop-kids-email-fixed-in-prose',
        channel='web',
        note=('the family\'s Little Free Library wrecked on Oak Street (Norwalk has an Oak Street); a neighbour\'s '
              'guess about "kids from the bus stop" identifies nobody, so no known suspect; e-mail corrected in prose '
              'from an old work address to ngozi.adeyemi.home@example.com; 4:50 yesterday to 7:15 this morning '
              'crosses midnight (no day)'),
        opening=[
            'The Little Free Library box in front of our house on Oak Street got wrecked - the door torn off its '
            'hinges, the books dumped in a puddle and the post kicked crooked. We built it with our kids. Oak Street, '
            'Westport (not the Oak Street over in Norwalk).',
        ],
        answers=dict(
            type_confirmed='Vandalism, yes - the little library box, nothing stolen.',
            location='In front of our house, Oak Street, Westport 06880.',
            location_confirmed='Yes, Oak Street in Westport.',
            suspect_or_weapon=('Nobody saw who did it. A neighbour muttered that it\'s "probably kids from the bus '
                               'stop", but she didn\'t see anyone either, so honestly we don\'t know. No weapons.'),
            known_suspect=NO,
            weapon=NO,
            occurred_at='My neighbour says it was fine at 4:50 yesterday afternoon; I found it wrecked at 7:15 this morning.',
            damage=('The plexiglass door ripped off with one hinge snapped, the post leaning badly, and about thirty '
                    'books ruined by the rain.'),
            narrative=('Between 4:50 pm yesterday and 7:15 this morning someone damaged the Little Free Library in '
                       'front of our house on Oak Street. The door was torn off, the post pushed over at an angle and '
                       'about thirty books were thrown into a puddle. Nobody saw it happen.'),
            reporter_name='Ngozi Adeyemi',
            reporter_email=('n.adeyemi@example.com - no, sorry, that\'s my old work one. Use '
                            'ngozi.adeyemi.home@example.com'),
            reporter_phone='475-555-0162',
            confirmed='Yes, that\'s what happened to the little library. Please file it.',
            callback_wanted='Email, thanks - evenings here are chaos with three kids.',
        ),
        expect=filed('vandalism', rec('Ngozi Adeyemi', 'ngozi.adeyemi.home@example.com', '4755550162')),
    ),
    dict(
        id='s45-vand-sylvan-road-north-dental-office-glued-locks-opens-with-question-asks-whose-name',
        channel='web',
        note=('a dental office manager opens only with a question about how to start a report for the insurer '
              '(first_message_describes false; answers.incident_type: glue in both door locks and an X scratched in '
              'the glass, Sylvan Road North); the $540 locksmith bill is repair (no total); at reporter_name she asks '
              'whether to use her name or the practice\'s (interjection); 6:10 pm yesterday to 7:30 this morning '
              'crosses midnight (no day)'),
        opening=[
            'Hi - I\'m the office manager at a dental practice and our insurance company says they need a police '
            'report number before they\'ll even look at the claim. How do I start one here?',
        ],
        answers=dict(
            incident_type=('Someone squeezed glue into both locks on our front door and scratched a big X into the '
                           'glass panel next to it. We had to call a locksmith just to get in this morning.'),
            type_confirmed='Vandalism, yes. Nothing was taken - they never got inside.',
            location='Our office on Sylvan Road North, Westport 06880, at the front entrance.',
            location_confirmed='Yes, Sylvan Road North.',
            suspect_or_weapon='We have no idea who. No threats, no weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Between 6:10 pm yesterday, when I locked up, and 7:30 this morning.',
            damage=('Both door locks filled with hardened glue - the locksmith drilled them out and replaced them for '
                    '$540 - and an X about a foot across scratched into the glass panel beside the door.'),
            narrative=('Between 6:10 pm yesterday and 7:30 this morning someone glued both locks of our dental '
                       'office\'s front door on Sylvan Road North and scratched a large X into the glass panel next to '
                       'it. A locksmith had to drill and replace the locks. Nothing was taken.'),
            reporter_name='Carla Mendes',
            reporter_email='carla.mendes@example.com',
            reporter_phone='203-555-0121, the office line',
            confirmed='Correct, that covers the locks and the glass.',
            callback_wanted='Call the office during business hours, please.',
        ),
        interjections=[dict(at='reporter_name', text=(
            'Should this be under my name or the practice\'s name? The practice belongs to Dr. Liang - I just run '
            'the office.'))],
        expect=filed('vandalism', rec('Carla Mendes', 'carla.mendes@example.com', '2035550121'), describes='false'),
    ),
    dict(
        id='s45-vand-winding-lane-cut-christmas-lights-headless-reindeer-name-fixed-in-prose',
        channel='sms',
        note=('christmas light strands cut and a light-up reindeer beheaded on Winding Lane (Norwalk has a Winding '
              'Lane); name first given as "jax reyes-whitfield", then in prose as Jackson Reyes-Whitfield; "night '
              'before last", 10 pm to morning, crosses midnight (no day)'),
        opening=[
            'sum1 cut the wires on all our xmas lights along the driveway n ripped the head off the light-up reindeer '
            'lol not funny. winding ln westport (theres a winding ln in norwalk too i think, this is westport)',
        ],
        answers=dict(
            type_confirmed='yup vandalism, the lights n the reindeer',
            location='winding lane westport 06880, front yard n driveway',
            location_confirmed='winding ln westport, correct',
            suspect_or_weapon='no idea who did it. no weapons, they prob just yanked everything',
            known_suspect=NO,
            weapon=NO,
            occurred_at='night before last, lights were on at 10 when we went to bed n dead in the morning',
            damage='4 strands of lights cut in like 10 spots, the reindeer head ripped off n the stake bent, timer box smashed',
            narrative=('overnight two nights ago somebody cut our christmas lights along the driveway on winding lane '
                       'in about ten places, pulled the head off our light-up reindeer and smashed the timer box'),
            reporter_name='jax reyes-whitfield. wait u prob need my real name, its Jackson Reyes-Whitfield',
            reporter_email='jaxrw@example.com',
            reporter_phone='203-555-0144',
            confirmed='ya thats right, the lights n the reindeer. send',
            callback_wanted='text pls, cant pick up at hockey practice',
        ),
        expect=filed('vandalism', rec('Jackson Reyes-Whitfield', 'jaxrw@example.com', '2035550144')),
    ),
    # ------------------------------------------------------------------ vehicle_burglary
    dict(
        id='s45-vb-coleytown-middle-school-laptop-bag-switch-added-at-summary',
        channel='web',
        note=('rear window smashed and a laptop bag taken at Coleytown Middle School, 255 North Avenue, during a '
              'basketball game; "about $1,100" laptop and $60 cash in the first message; at the summary a $300 '
              'Nintendo Switch is added (total 1460, not 1160); "Today between 9:15 and 11:40" (days 0)'),
        opening=[
            'Someone broke my rear window and grabbed my laptop bag off the back seat while I was at my daughter\'s '
            'basketball game at Coleytown Middle School this morning. Dell laptop, about $1,100, and $60 cash in the '
            'front pocket.',
        ],
        answers=dict(
            type_confirmed='Yes - a car break-in with things stolen.',
            location='The parking lot at Coleytown Middle School, 255 North Avenue, Westport.',
            location_confirmed='Correct, Coleytown Middle, 255 North Ave.',
            suspect_or_weapon='No clue who, the lot was half empty and nobody I asked saw anything. No weapons.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='Today between 9:15 and 11:40, while the game was on.',
            vehicle='2020 Toyota Highlander, black, CT plate 9JR-447',
            items='Black laptop bag with a Dell XPS laptop, about $1,100, and $60 cash in the front pocket.',
            damage='Rear passenger-side window smashed out, glass all over the seat.',
            narrative=('Between 9:15 and 11:40 this morning, while I was at a basketball game at Coleytown Middle '
                       'School, someone smashed the rear passenger window of my Highlander and took my laptop bag '
                       'with a Dell laptop and $60 cash. No one saw it happen.'),
            reporter_name='Raymond Oduya',
            reporter_email='raymond.oduya@example.com',
            reporter_phone='475-555-0172',
            confirmed='Please add one thing - my son\'s Nintendo Switch was in the same bag, worth about $300. Otherwise correct.',
            callback_wanted='Either is fine, my cell is always in my pocket.',
        ),
        _total_parts=[1100, 60, 300],
        expect=filed('vehicle_burglary', rec('Raymond Oduya', 'raymond.oduya@example.com', '4755550172',
                                             plate='CT 9JR-447', total=1460, days=0)),
    ),
    dict(
        id='s45-vb-woodside-avenue-russian-drone-from-unlocked-outback-asks-if-multitool-counts',
        channel='sms',
        note=('a Russian-speaking writer\'s $1,300 drone taken from his unlocked Outback on Woodside Avenue (Norwalk and '
              'Fairfield have a Woodside Avenue; amount in the first message; total 1300); at suspect_or_weapon he '
              'asks whether his own untouched multitool in the glovebox counts as a weapon (interjection; it was not '
              'involved); "yesterday evening, i park at 6 and at 9:30" (days 1)'),
        opening=[
            'good afternoon. from my car on woodside ave somebody take my drone in the case, DJI, cost $1300. car was '
            'not locked, my mistake. it is woodside avenue westport, not norwalk',
        ],
        answers=dict(
            type_confirmed='yes, stealing of the drone from inside the car',
            location='woodside avenue, westport 06880, on the street in front of my house',
            location_confirmed='yes woodside ave in westport',
            suspect_or_weapon='i dont know who. nobody was hurt and they dont use any weapon.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='yesterday evening, i park at 6 and at 9:30 i go to the car and drone is gone',
            vehicle='subaru outback 2018 green, plate CT 3KW-710',
            items='DJI Mavic drone in gray case with 2 batteries, $1300',
            damage='no damage, the car was open',
            narrative=('yesterday between 6 and 9:30 pm someone opened my unlocked subaru on woodside avenue and took '
                       'my DJI drone in its gray case with two batteries, value $1300. nothing is broken'),
            reporter_name='Dmitri Volkov',
            reporter_email='dvolkov@example.com',
            reporter_phone='475 555 0115',
            confirmed='yes correct, the drone 1300 from the outback',
            callback_wanted='sms please, on the phone my english is slow',
        ),
        interjections=[dict(at='suspect_or_weapon', text=(
            'one question. in my glovebox is my leatherman tool, they dont take it and dont use it. it counts like '
            'weapon for this form or no?'))],
        _total_parts=[1300],
        expect=filed('vehicle_burglary', rec('Dmitri Volkov', 'dvolkov@example.com', '4755550115',
                                             plate='CT 3KW-710', total=1300, days=1)),
    ),
    dict(
        id='s45-vb-bayberry-ridge-road-wife-for-husbands-audi-golf-clubs',
        channel='web',
        note=('a wife reports for her travelling husband: Titleist clubs ($1,850) and a rangefinder ($300) taken from '
              'the trunk of his Audi on Bayberry Ridge Road (not Bayberry Lane, not Fairfield\'s Bayberry Road; '
              'priced up front; total 2150); the car is registered to him but the record is her; 8 last '
              'night to 6:50 this morning crosses midnight (no day)'),
        opening=[
            'My husband\'s Audi was broken into in our driveway on Bayberry Ridge Road overnight - they took his '
            'Titleist golf clubs ($1,850) and a laser rangefinder ($300) out of the trunk. I\'m filing because he\'s '
            'travelling. It\'s Bayberry Ridge Road, not Bayberry Lane, and definitely not the Bayberry Road in '
            'Fairfield.',
        ],
        answers=dict(
            type_confirmed='Yes, a break-in to the car with things stolen.',
            location='Our driveway, Bayberry Ridge Road, Westport 06880.',
            location_confirmed='Yes - Bayberry Ridge Road, Westport.',
            suspect_or_weapon='We don\'t know who did it. Everyone was asleep; there\'s no weapon involved.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='He parked at about 8 last night and I found the trunk open at 6:50 this morning.',
            vehicle='2022 Audi Q5, white, Connecticut plate 5DF-863. It\'s registered to my husband, Erik Strand.',
            items='Titleist golf clubs in a navy stand bag, $1,850, and a Bushnell laser rangefinder, $300.',
            damage='The trunk lock is punched in and won\'t latch. No broken glass.',
            narrative=('Between about 8 last night and 6:50 this morning someone forced the trunk lock of my husband\'s '
                       'white Audi Q5 in our driveway on Bayberry Ridge Road and took his Titleist golf clubs ($1,850) '
                       'and a Bushnell rangefinder ($300).'),
            reporter_name='Pamela Strand',
            reporter_email='pamela.strand@example.com',
            reporter_phone='203-555-0151',
            confirmed='Yes - the clubs, the rangefinder and the trunk lock. Please submit.',
            callback_wanted='E-mail is easiest for me.',
        ),
        _total_parts=[1850, 300],
        expect=filed('vehicle_burglary', rec('Pamela Strand', 'pamela.strand@example.com', '2035550151',
                                             plate='CT 5DF-863', total=2150)),
    ),
    # ------------------------------------------------------------------ vehicle_tampering
    dict(
        id='s45-vt-spruce-street-rear-plate-swapped-for-nj-plate-own-plate-fixed-in-prose',
        channel='web',
        note=('on Spruce Street (Fairfield has a Spruce Street) the rear plate of a Mazda was swapped for a New Jersey '
              'plate; his own plate "8MD-224 - sorry, 8MD-244" is corrected in prose and the record keeps his own '
              'plate, not the NJ one; inside the damage answer he asks whether he may drive it; 11 last night to 7:40 '
              'this morning crosses midnight (no day)'),
        opening=[
            'This is a weird one: I went out to my car on Spruce Street this morning and the rear license plate '
            'isn\'t mine anymore - someone swapped it for a New Jersey plate. My front plate is still there. (Spruce '
            'Street in Westport, not the Fairfield one.)',
        ],
        answers=dict(
            type_confirmed='I guess vehicle tampering fits best - nothing else in the car was touched.',
            location='Spruce Street, Westport 06880, parked on the street in front of my building.',
            location_confirmed='Yes, Spruce Street in Westport.',
            suspect_or_weapon='I have no idea who did it. No weapons or anything like that.',
            known_suspect=NO,
            weapon=NO,
            occurred_at='From about 11 pm, when I parked, until 7:40 this morning.',
            vehicle='2017 Mazda 3, red, CT plate 8MD-224 - sorry, 8MD-244, I always flip those',
            damage=('My rear CT plate is gone and a New Jersey plate, D47-LTR, is screwed on in its place with my own '
                    'screws. No other damage. Can I legally drive it like this, or should I leave it parked until I '
                    'hear back?'),
            narrative=('Between 11 pm and 7:40 am someone removed the rear Connecticut plate from my red Mazda 3 on '
                       'Spruce Street and put a New Jersey plate, D47-LTR, in its place. The front plate was left. '
                       'Nothing else was touched.'),
            reporter_name='Oren Katz',
            reporter_email='oren.katz@example.com',
            reporter_phone='203-555-0109',
            confirmed='Yes, my plate swapped for the Jersey one - that\'s correct.',
            callback_wanted='Call me, I\'m working from home.',
        ),
        expect=filed('vehicle_tampering', rec('Oren Katz', 'oren.katz@example.com', '2035550109',
                                              plate='CT 8MD-244')),
    ),
    dict(
        id='s45-vt-sachem-trail-airtag-taped-in-bumper-asks-what-to-do-with-it',
        channel='sms',
        note=('a young woman finds an AirTag taped inside her rear bumper on Sachem Trail (Weston has a Sachem Road); '
              'no suspect ("im not dating anyone"); at suspect_or_weapon she asks whether to keep or throw away the '
              'tag (interjection); "today around 11" (days 0)'),
        opening=[
            'found an airtag taped up inside my rear bumper today when i was cleaning out the car?? not mine, nobody '
            'in my family even has one. i live on sachem trail. kinda creeped out ngl',
        ],
        answers=dict(
            type_confirmed='vehicle tampering i guess?? nothing stolen or broken',
            location='sachem trail, westport 06880, my driveway. not sachem rd in weston lol my uber driver went there once',
            location_confirmed='sachem trail westport yes',
            suspect_or_weapon='i honestly dont know who. im not dating anyone, no exes whod do this. no weapons',
            known_suspect=NO,
            weapon=NO,
            occurred_at='found it today around 11 while i was vacuuming the car',
            vehicle='white honda crv 2020, plate CT 1PL-592',
            damage='no damage, just the airtag wrapped in black electrical tape stuck up behind the rear bumper',
            narrative=('today around 11 i found an apple airtag wrapped in black tape and stuck inside the rear bumper '
                       'of my crv in my driveway on sachem trail. it isnt mine or my familys. i dont know who put it '
                       'there'),
            reporter_name='Bree Callahan',
            reporter_email='breecallahan@example.com',
            reporter_phone='475-555-0186',
            confirmed='yes thats all right, the airtag thing. submit',
            callback_wanted='text me pls',
        ),
        interjections=[dict(at='suspect_or_weapon', text=(
            'wait should i throw the airtag away or keep it for u guys? its in a ziploc on my counter rn'))],
        expect=filed('vehicle_tampering', rec('Bree Callahan', 'breecallahan@example.com', '4755550186',
                                              plate='CT 1PL-592', days=0)),
    ),
    dict(
        id='s45-vt-ellery-lane-prius-converter-half-cut-time-fixed-at-summary',
        channel='sms',
        note=('someone sawed halfway through the exhaust by the catalytic converter of a Prius in a driveway on Ellery '
              'Lane and quit; "no weapons, only a battery saw" on the camera; "this morning at 4:30" fixed at the '
              'summary to 3:40 am (days 0, 03:40)'),
        opening=[
            'someone tried to cut the catalytic converter off my prius in my driveway early this morning, got halfway '
            'thru the pipe n gave up. car sounds like a tank now. ellery ln',
        ],
        answers=dict(
            type_confirmed='yeah tampering, they didnt actually get it',
            location='ellery lane westport 06880, in the driveway',
            location_confirmed='ellery ln, yep',
            suspect_or_weapon='no idea who, camera only shows a hoodie from behind. no weapons, just a battery saw on the pipe',
            known_suspect=NO,
            weapon=NO,
            occurred_at='this morning at 4:30, thats the time on the camera clip',
            vehicle='2013 toyota prius silver ct plate 6VR-138',
            damage='exhaust pipe cut like halfway thru right next to the converter, super loud when it starts',
            narrative=('early this morning someone in a hoodie crawled under my prius in my driveway on ellery lane and '
                       'cut halfway through the pipe next to the catalytic converter before leaving. the converter is '
                       'still there but the car is really loud now'),
            reporter_name='Leon Marsh',
            reporter_email='leon.marsh@example.com',
            reporter_phone='203-555-0127',
            confirmed='almost - it was 3:40 am not 4:30, i read the wrong clip. rest is good',
            callback_wanted='text me, i work nights at the warehouse',
        ),
        expect=filed('vehicle_tampering', rec('Leon Marsh', 'leon.marsh@example.com', '2035550127',
                                              plate='CT 6VR-138', days=0, time='03:40')),
    ),
]
