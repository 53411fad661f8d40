"""sealed-40: the 34 conversations that do not end in a filed report (hand-written):
12 emergency, 12 ineligible, 5 cancelled, 5 information."""

NO = 'No.'


def conv(sid, channel, note, opening, answers, outcome, itype, loc, reason=None, topic=None, emergency=None,
         describes='true', interjections=None, after_end=None):
    s = {'id': 's40-' + sid, 'channel': channel, 'note': note, 'opening': opening, 'answers': answers}
    if interjections:
        s['interjections'] = [{'at': k, 'text': t} for k, t in interjections]
    if after_end:
        s['after_end'] = after_end
    s['expect'] = {
        'outcome': outcome, 'reason': reason, 'topic': topic, 'incident_type': itype,
        'location_decision': loc, 'emergency_message': emergency, 'first_message_describes': describes,
        'record': None,
    }
    return s


# ---------------------------------------------------------------------------- emergency in the opening (5)
_EO1 = ('There\'s a man slumped over the steering wheel of a running car in the lot behind the Main Street shops. '
        'His lips look kind of blue and he doesn\'t move when I bang on the window. Not sure who even handles '
        'something like this')
_EO2b = ('wait hes still here?? theres a guy inside my neighbors car RIGHT NOW with a flashlight going thru the '
         'glovebox. janson drive')
_EO3 = ('I need to report harassing texts from my ex. He just texted me that he\'s coming over tonight with his '
        'gun to "settle things" and he knows I\'m home alone on Stony Brook Road.')
_EO4 = ('How do I report a lost person? My dad has dementia and he walked out of the house on Long Lots Road about '
        '40 minutes ago in his slippers. We drove around and can\'t find him and it\'s getting dark.')
_EO5b = ('some kids lit the dumpster behind the stores on the post road and now the fire is catching the wood '
         'fence behind it, theres houses right there')

# ---------------------------------------------------------------------------- emergency mid-way (7)
_EM1 = ('wait. the guy is back, hes walking down the row trying car doors and he has a hammer in his hand. hes '
        'like 3 cars away from me')
_EM2 = ('omg he just called again and said nice pajamas. he can SEE me. theres someone standing by the fence in '
        'the backyard')
_EM3 = ('Sorry, I have to stop. My mom just fell down the basement stairs and she isn\'t answering me. There\'s '
        'blood by her head.')
_EM4 = ('hold on. my son just ate a cookie at the neighbors and his lips are swelling up and he\'s wheezing, he\'s '
        'allergic to peanuts and i can\'t find the epipen')
_EM5 = ('I just went out to take a picture of the meter for you and the gas smell is really strong now, and I can '
        'hear it hissing.')
_EM6 = 'hes BACK. the same hoodie guy is on my porch right now trying my front door handle. im upstairs'
_EM7 = ('honestly it doesn\'t matter. nothing does. i\'ve been saving the pills from my surgery and tonight feels '
        'like the night. sorry idk why im telling a police chat this')

EMERGENCY = [
    conv('emg-open-main-street-lot-man-slumped-blue-lips-running-car', 'web',
         'in the opening: a man slumped over the wheel of a running car behind the Main Street shops, blue lips, '
         'not responding to knocking, "Not sure who even handles something like this" (medical); afterwards says '
         'someone else is on with 9-1-1',
         [_EO1], {}, 'emergency', None, None, emergency=_EO1,
         after_end=['ok a guy from the shop is on with 911 now, im staying with him']),
    conv('emg-open-janson-drive-car-breakin-second-message-still-there', 'sms',
         'in the opening, second message: "hi i want to report a car break in", then the thief is still inside '
         'the neighbour\'s car with a flashlight on Janson Drive (crime in progress)',
         ['hi i want to report a car break in', _EO2b], {}, 'emergency', None, None, emergency=_EO2b,
         after_end=['ok calling now', 'he just ran toward the woods fyi']),
    conv('emg-open-stony-brook-road-ex-coming-tonight-with-gun', 'web',
         'in the opening: "harassing texts from my ex" who just wrote he is coming tonight with his gun to '
         '"settle things" while she is home alone on Stony Brook Road (threat with a weapon)',
         [_EO3], {}, 'emergency', None, None, emergency=_EO3,
         after_end=['Can I still file the harassment report later?']),
    conv('emg-open-long-lots-road-father-with-dementia-walked-off', 'web',
         'in the opening: "How do I report a lost person?": a father with dementia left the house on Long Lots '
         'Road 40 minutes ago in slippers and it is getting dark (missing now)',
         [_EO4], {}, 'emergency', None, None, emergency=_EO4),
    conv('emg-open-post-road-dumpster-fire-catching-fence-second-message', 'sms',
         'in the opening, second message: "is this where i report vandalism", then kids lit a dumpster behind the '
         'stores on the Post Road and it is catching a wooden fence by houses (fire)',
         ['is this where i report vandalism', _EO5b], {}, 'emergency', None, None, emergency=_EO5b,
         after_end=['fire trucks r here now']),
    # ---- mid-way
    conv('emg-mid-saugatuck-avenue-laptop-bag-thief-back-with-hammer', 'web',
         'vehicle burglary in the lot by the restaurants on Saugatuck Avenue (laptop bag taken at lunch); at '
         'suspect_or_weapon the thief is back trying car doors with a hammer three cars away (crime in '
         'progress, weapon)',
         ['My car window got smashed in the lot by the restaurants on Saugatuck Avenue while I was at lunch and '
          'my laptop bag is gone.'],
         {
             'type_confirmed': 'Yes, a break-in.',
             'location': 'The parking lot behind the restaurants on Saugatuck Avenue, near the train station.',
             'location_confirmed': 'Yep, the one behind the restaurants.',
             'suspect_or_weapon': 'I didn\'t see who did it, I was inside eating.',
         },
         'emergency', 'vehicle_burglary', 'in_town', emergency=_EM1,
         interjections=[('suspect_or_weapon', _EM1)],
         after_end=['im in my car with the doors locked, calling 911']),
    conv('emg-mid-timber-lane-whisper-calls-caller-in-backyard', 'sms',
         'harassing calls on Timber Lane, a man whispering her daughter\'s name for three nights; at confirmed '
         'he calls again, says "nice pajamas" and someone is standing by the backyard fence (threat, offender '
         'near)',
         ['keep getting calls from a private number, a man whispering my daughters name then hanging up. 3 nights '
          'now'],
         {
             'type_confirmed': 'ya harassing calls',
             'location': 'timber lane in westport',
             'location_confirmed': 'yes timber ln',
             'suspect_or_weapon': 'no idea who. he never says anything else',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'last one was around 10 last night',
             'caller_number': 'private number, no caller id',
             'call_pattern': '3 nights in a row, 2 or 3 calls each night after 9',
             'narrative': 'For three nights a man has called from a private number after 9 pm, whispered my '
                          'daughter\'s name and hung up.',
             'reporter_name': 'Kristen Albers',
             'reporter_email': 'kalbers@example.com',
             'reporter_phone': '203-555-0113',
             'confirmed': 'yes thats right',
         },
         'emergency', 'harassing_phone_call', 'in_town', emergency=_EM2,
         interjections=[('confirmed', _EM2)]),
    conv('emg-mid-sturges-highway-mothers-ssn-mother-falls-down-stairs', 'web',
         'identity theft for a mother who lives with the writer on Sturges Highway; the opening gives no time; at '
         'occurred_at the mother falls down the basement stairs, does not answer, blood by her head (medical, '
         'injury)',
         ['Someone has been using my mother\'s Social Security number to open store credit cards. I\'m trying to '
          'file for her since she lives with us.'],
         {
             'type_confirmed': 'Yes, identity theft, for my mom.',
             'location': 'We live on Sturges Highway in Westport, a little before the Fairfield line.',
             'location_confirmed': 'Yes, that\'s us.',
             'suspect_or_weapon': 'We have no idea who it is. No weapons, it\'s all on paper.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'The first letter about a Macy\'s card came about a week ago.',
         },
         'emergency', 'identity_theft', 'in_town', emergency=_EM3,
         interjections=[('occurred_at', _EM3)],
         after_end=['The ambulance is here now. I\'ll come back to this another day.']),
    conv('emg-mid-lost-tennis-bracelet-son-peanut-reaction-at-location', 'web',
         'a lost diamond tennis bracelet, the opening names no place; at location her son has eaten a cookie at '
         'the neighbours and has swelling lips and wheezing, no EpiPen to be found (medical)',
         ['I want to report a lost diamond tennis bracelet. I think the clasp broke, it was a gift from my late '
          'mother.'],
         {
             'type_confirmed': 'Yes, lost.',
             'location': 'Probably somewhere between the Westport Library and the bank on the Post Road.',
         },
         'emergency', 'lost_property', None, emergency=_EM4,
         interjections=[('location', _EM4)]),
    conv('emg-mid-stony-point-road-kicked-gas-meter-now-hissing', 'web',
         'vandalism on Stony Point Road: garden statues knocked over and the gas-meter cover kicked in overnight; '
         'at reporter_name she goes out to photograph the meter and it is hissing with a strong gas smell '
         '(danger)',
         ['Someone knocked over my garden statues and kicked in the cover of the gas meter on the side of the '
          'house last night.'],
         {
             'type_confirmed': 'Vandalism, yes.',
             'location': 'Stony Point Road, Westport, the grey shingled house.',
             'location_confirmed': 'That\'s the one.',
             'suspect_or_weapon': 'I didn\'t see anyone, I only found it this morning. No weapons.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'Sometime after midnight, the statues were fine when I went up to bed.',
             'damage': 'Two concrete statues knocked over and one broken in half, and the metal cover on the gas '
                       'meter is bent in.',
             'narrative': 'Overnight someone knocked over two concrete garden statues, breaking one, and kicked in '
                          'the metal cover of the gas meter at my house on Stony Point Road.',
             'reporter_name': 'Audrey Kessler',
         },
         'emergency', 'vandalism', 'in_town', emergency=_EM5,
         interjections=[('reporter_name', _EM5)],
         after_end=['We\'re all out on the street now, the gas company is on the way too.']),
    conv('emg-mid-franklin-street-package-thief-back-at-door', 'sms',
         'package theft on Franklin Street caught on the doorbell camera; at reporter_phone the same man in the '
         'hoodie is back on the porch trying the front door while she is upstairs (crime in progress)',
         ['someone stole 2 packages off my porch this morning, i have him on the doorbell cam. grey hoodie, no idea '
          'who he is'],
         {
             'type_confirmed': 'yeah theft',
             'location': 'franklin st westport, 2nd house from the corner',
             'location_confirmed': 'yup',
             'suspect_or_weapon': 'never seen him before. didnt see any weapon on the video',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'the cam has him at 10:12 this morning',
             'items': 'a box from target with a kids car seat, $180, and a small amazon bag, i think phone cases',
             'narrative': 'At 10:12 this morning a man in a grey hoodie took two packages from my porch on Franklin '
                          'Street. The doorbell camera recorded it.',
             'reporter_name': 'Tasha Greene',
             'reporter_email': 'tashag@example.com',
             'reporter_phone': '475-555-0149',
         },
         'emergency', 'theft', 'in_town', emergency=_EM6,
         interjections=[('reporter_phone', _EM6)]),
    conv('emg-mid-imperial-avenue-bumper-hit-self-harm-at-confirmed', 'web',
         'damage to a motor vehicle in the Imperial Avenue lot, bumper hanging; at confirmed the writer says '
         'nothing matters and she has saved pills from surgery for tonight (self-harm)',
         ['somebody backed into my car in the Imperial Avenue lot and just drove off, the whole bumper is hanging '
          'off'],
         {
             'type_confirmed': 'yes that',
             'location': 'the big commuter lot on imperial ave',
             'location_confirmed': 'yeah the commuter lot',
             'suspect_or_weapon': 'didnt see them',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'this morning sometime between 9 and 11',
             'vehicle': 'silver 2012 corolla, CT 6WB-390',
             'damage': 'rear bumper pulled half off on the left, taillight cracked',
             'narrative': 'Someone backed into my parked Corolla in the Imperial Avenue lot this morning and left. '
                          'The rear bumper is half off and the taillight is cracked.',
             'reporter_name': 'Sarah Lindqvist-Moore',
             'reporter_email': 'slmoore@example.com',
             'reporter_phone': '203-555-0155',
             'confirmed': 'fine',
         },
         'emergency', 'damage_to_motor_vehicle', 'in_town', emergency=_EM7,
         interjections=[('confirmed', _EM7)]),
]

# ---------------------------------------------------------------------------- ineligible (12)
INELIGIBLE = [
    conv('inel-outside-fairfield-gym-locker-wallet', 'web',
         'a Westport resident whose wallet was taken from a gym locker on the Post Road "in Fairfield, maybe half '
         'a mile past the Westport line" (outside_town, at the location question)',
         ['My wallet was stolen out of a locker at my gym on the Post Road this morning, someone popped the lock. '
          'I live in Westport.'],
         {
             'type_confirmed': 'Yes, it was stolen.',
             'location': 'The gym is on the Post Road in Fairfield, maybe half a mile past the Westport line.',
         },
         'ineligible', 'theft', 'outside_town', reason='outside_town'),
    conv('inel-outside-weston-goodhill-road-mailbox-westport-post-office', 'sms',
         'mailbox smashed on Goodhill Road "in weston but we use the westport post office" (outside_town, at the '
         'location question)',
         ['our mailbox got smashed to bits last night, the post is snapped in half'],
         {
             'type_confirmed': 'ya vandalism',
             'location': 'goodhill rd. technically weston but we use the westport post office',
         },
         'ineligible', 'vandalism', 'outside_town', reason='outside_town'),
    conv('inel-sherwood-island-key-fob-lost-in-sand', 'web',
         'a key fob lost in the sand at Sherwood Island State Park, past the east parking lot (excluded_area, at '
         'the location question)',
         ['I lost my car key fob on the beach yesterday and had to get towed home. It\'s a Lexus key, the dealer '
          'wants $420 for a new one.'],
         {
             'type_confirmed': 'Yes, lost property.',
             'location': 'At Sherwood Island, on the sand past the east parking lot. We were set up near the '
                         'lifeguard chair.',
         },
         'ineligible', 'lost_property', 'excluded_area', reason='excluded_area'),
    conv('inel-sherwood-island-main-lot-window-smashed-off-connector', 'sms',
         'a car window smashed at "the beach off the connector", which turns out to be the main lot at Sherwood '
         'Island (excluded_area, at the location question)',
         ['car window smashed at the beach off the connector this morning, they took my gym bag'],
         {
             'type_confirmed': 'yes break in',
             'location': 'sherwood island, the main parking lot by the concession stand',
         },
         'ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
    conv('inel-i95-exit-17-off-ramp-sideswiped-by-car-that-left', 'web',
         'sideswiped by a car that did not stop on the I-95 northbound exit 17 off-ramp onto Saugatuck Avenue '
         '(excluded_area, at the location question)',
         ['A car sideswiped me and didn\'t stop. My whole passenger side is scraped and the mirror is gone.'],
         {
             'type_confirmed': 'Yes, it\'s damage to my car.',
             'location': 'On the exit 17 off-ramp from 95 northbound, the one that comes down onto Saugatuck '
                         'Avenue. Right before the light.',
         },
         'ineligible', 'damage_to_motor_vehicle', 'excluded_area', reason='excluded_area'),
    conv('inel-merritt-shoulder-breakdown-car-broken-into-overnight', 'sms',
         'a car left overnight on the Merritt shoulder after a breakdown near the Wilton Road exit, window smashed '
         'and bag taken (excluded_area, at the location question)',
         ['my car broke down yesterday so i left it overnight and came back and the window was smashed and my bag '
          'was gone'],
         {
             'type_confirmed': 'yes someone broke in',
             'location': 'on the merritt, southbound shoulder right before the wilton rd exit',
         },
         'ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
    conv('inel-known-suspect-opening-ex-husband-curtis-wright-street', 'web',
         'harassing calls from an ex-husband, Curtis Vance, named in the opening, from new numbers each week; a '
         'few answers in case the assistant confirms first; `known_suspect` holds her yes answer (in_town, Wright '
         'Street)',
         ['My ex-husband Curtis Vance keeps calling me from different numbers, he gets a new one every time I '
          'block him. 15-20 calls a day, yelling about the divorce.'],
         {
             'type_confirmed': 'Yes, harassing phone calls.',
             'location': 'Wright Street, Westport.',
             'location_confirmed': 'Yes, I live there.',
             'suspect_or_weapon': 'It\'s Curtis, my ex-husband, I know his voice. He hasn\'t threatened violence, '
                                  'he just won\'t stop.',
             'known_suspect': 'Yes, I know exactly who it is, Curtis Vance.',
         },
         'ineligible', 'harassing_phone_call', 'in_town', reason='known_suspect'),
    conv('inel-known-suspect-at-question-painters-helper-treadwell-avenue', 'web',
         'a gold necklace missing from a dresser on Treadwell Avenue; at the suspect question names the painter\'s '
         'helper, Tyler Boyd, who was alone upstairs (known_suspect)',
         ['A gold necklace is missing from my dresser, it was my grandmother\'s. We\'ve had painters in the house '
          'all week.'],
         {
             'type_confirmed': 'Yes, it was stolen, I\'m sure I didn\'t misplace it.',
             'location': 'Treadwell Avenue in Westport, our house.',
             'location_confirmed': 'Yes, Treadwell.',
             'suspect_or_weapon': 'Honestly I think it was the painter\'s helper, a young guy named Tyler Boyd. He '
                                  'was the only one working upstairs in our bedroom.',
             'known_suspect': 'Yes, Tyler Boyd, the helper. The painting company has his info.',
         },
         'ineligible', 'theft', 'in_town', reason='known_suspect'),
    conv('inel-weapon-spicer-road-fence-tagger-flashed-knife', 'web',
         'a fence spray-painted on Spicer Road; at the suspect question the writer says the tagger flashed a knife '
         'at him before running off an hour ago (weapon; over)',
         ['Someone spray painted the whole length of my fence along Spicer Road this afternoon. I caught him doing '
          'it.'],
         {
             'type_confirmed': 'Yes, vandalism.',
             'location': 'Spicer Road, Westport, the fence along the road side of my property.',
             'location_confirmed': 'Yes, along the road side, that\'s it.',
             'suspect_or_weapon': 'I yelled at him from the porch and he turned around and flipped open a knife at '
                                  'me, then ran toward the Post Road. That was about an hour ago. I don\'t know '
                                  'him.',
             'known_suspect': NO,
             'weapon': 'Yes, a folding knife. He held it up at me.',
         },
         'ineligible', 'vandalism', 'in_town', reason='weapon'),
    conv('inel-weapon-soundview-drive-car-door-tryer-pointed-pistol', 'sms',
         'someone trying car doors on Soundview Drive last night; at the suspect question says the man pointed '
         'what looked like a pistol at the house when the neighbour yelled, then ran (weapon; over)',
         ['guy was messing with my car in the driveway last night, pulled on all the doors and the alarm went off'],
         {
             'type_confirmed': 'yes tampering',
             'location': 'soundview dr westport',
             'location_confirmed': 'correct, soundview',
             'suspect_or_weapon': 'didnt know him. when my neighbor yelled he pointed what looked like a pistol at '
                                  'the house and then ran off down the street',
             'known_suspect': NO,
             'weapon': 'yes it looked like a gun, black, small',
         },
         'ineligible', 'vehicle_tampering', 'in_town', reason='weapon'),
    conv('inel-unsupported-jeep-wrangler-gone-from-clapboard-hill-driveway', 'web',
         'a Jeep Wrangler gone from the driveway on Clapboard Hill Road, "not towed", both keys at home '
         '(`incident_type: motor_vehicle_theft`, unsupported_type; a few answers in case the assistant confirms '
         'first)',
         ['My Jeep Wrangler is gone from my driveway on Clapboard Hill Road. It\'s not towed, I called, and I have '
          'both keys right here in my hand.'],
         {
             'type_confirmed': 'Yes, someone stole my car.',
             'location': 'Our driveway on Clapboard Hill Road, Westport.',
             'location_confirmed': 'Yes, Clapboard Hill.',
         },
         'ineligible', 'motor_vehicle_theft', 'in_town', reason='unsupported_type'),
    conv('inel-unsupported-nassau-road-neighbours-dog-bit-son', 'sms',
         'a neighbour\'s loose dog bit a son on the leg on Nassau Road, "hes ok" (an animal matter, '
         '`incident_type: null`, unsupported_type; `answers: {}`)',
         ['the neighbors dog got loose and bit my sons leg on nassau rd, hes ok just a bite, i want to report it'],
         {},
         'ineligible', None, 'in_town', reason='unsupported_type'),
]

# ---------------------------------------------------------------------------- cancelled (5)
CANCELLED = [
    conv('cxl-library-phone-in-daughters-backpack-at-reporter-name', 'web',
         'a black iPhone lost at the Westport Library; at reporter_name her daughter texts from it: it was in her '
         'backpack (cancel)',
         ['I lost my phone at the Westport Library earlier today, a black iPhone 14 in a clear case with a photo '
          'of my dog behind it.'],
         {
             'type_confirmed': 'Yes, I lost it.',
             'location': 'The Westport Library on Jesup Road, I was in the reading room upstairs.',
             'location_confirmed': 'Yes, the library.',
             'suspect_or_weapon': 'No, nobody took it, I think I just left it somewhere. No weapons.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'This morning between 10 and noon.',
             'items': 'Black iPhone 14, clear case, a picture of my dog tucked behind it.',
             'narrative': 'I lost my black iPhone 14 in the Westport Library this morning between 10 and noon, '
                          'probably in the upstairs reading room.',
             'reporter_name': 'Renata Oliveira',
         },
         'cancelled', 'lost_property', 'in_town',
         interjections=[('reporter_name', 'OMG never mind. My daughter just texted me FROM it, I put it in her '
                                          'backpack this morning. So sorry!!')]),
    conv('cxl-meadow-brook-lane-bumper-dent-husband-mailbox-at-suspect', 'sms',
         'a dent in the rear bumper on Meadow Brook Lane; at suspect_or_weapon her husband admits he backed into '
         'the mailbox post (cancel)',
         ['theres a big dent in my rear bumper that wasnt there yesterday, parked in my own driveway'],
         {
             'type_confirmed': 'yes damage',
             'location': 'meadow brook lane, westport',
             'location_confirmed': 'yes my house',
             'suspect_or_weapon': 'dont know who',
         },
         'cancelled', 'damage_to_motor_vehicle', 'in_town',
         interjections=[('suspect_or_weapon', 'update: my husband just admitted he backed into the mailbox post '
                                              'lol. never mind, not a crime, just a bad driver')]),
    conv('cxl-burr-farms-road-card-charges-son-bought-robux-at-confirmed', 'web',
         'unknown charges on a credit card (identity theft) on Burr Farms Road; at confirmed her 11-year-old turns '
         'red: he bought Robux with her card (cancel)',
         ['There are eleven charges on my Visa this month that I didn\'t make, all small, $9.99 and $19.99, from '
          'some online company.'],
         {
             'type_confirmed': 'Yes, I think it\'s identity theft.',
             'location': 'Burr Farms Road in Westport.',
             'location_confirmed': 'That\'s right.',
             'suspect_or_weapon': 'No idea who. No weapons.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'I saw them on the statement yesterday evening.',
             'accounts': 'My Visa card ending 4471, eleven charges from an online company, about $160 total.',
             'narrative': 'My Visa statement shows eleven small charges I did not make this month from an online '
                          'company, about $160 in total.',
             'reporter_name': 'Heather Lomax',
             'reporter_email': 'hlomax@example.com',
             'reporter_phone': '203-555-0126',
             'confirmed': 'Yes, correct.',
         },
         'cancelled', 'identity_theft', 'in_town',
         interjections=[('confirmed', 'Hold on, I just showed the statement to my 11-year-old and he turned '
                                      'bright red. He\'s been buying Robux with my card. Please don\'t file this, '
                                      'I\'ll deal with him.')]),
    conv('cxl-silent-calls-turn-out-to-be-pharmacy-at-occurred-at', 'web',
         'silent calls from 203-555-0143 (harassing); the opening gives no time; at occurred_at she calls back from '
         'her other phone: it is the pharmacy\'s automated refill line (cancel)',
         ['I keep getting calls from 203-555-0143 and nobody speaks when I answer, there\'s a long pause and then a '
          'click. It\'s making me uneasy.'],
         {
             'type_confirmed': 'Yes, harassing calls.',
             'location': 'At home, on Evergreen Parkway.',
             'location_confirmed': 'Yes, Evergreen Parkway.',
             'suspect_or_weapon': 'I don\'t know who it could be. No weapons.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'The last one was this morning, a little after 9.',
         },
         'cancelled', 'harassing_phone_call', 'in_town',
         interjections=[('occurred_at', 'Oh, for heaven\'s sake. I just called the number back from my other phone '
                                        'and it\'s the pharmacy\'s refill line. My prescription has been ready for '
                                        'a week. Please cancel this.')]),
    conv('cxl-seat-moved-brother-borrowed-car-at-location', 'sms',
         'someone was in the car, seat pushed back and mirrors moved (tampering); the opening names no place; at '
         'location the brother texts that he borrowed it last night (cancel; location_decision null)',
         ['someone was in my car, the seat is pushed all the way back and the mirrors are all messed up'],
         {
             'type_confirmed': 'ya tampering i guess',
             'location': 'in front of my apartment on high st',
         },
         'cancelled', 'vehicle_tampering', None,
         interjections=[('location', 'oh wait nvm my brother borrowed it last night, he just texted sorry. hes 6\'4 '
                                     'lol. cancel')]),
]

# ---------------------------------------------------------------------------- information (5)
INFORMATION = [
    conv('info-anonymous-pumpkins-smashed-on-bridge-street', 'web',
         'asks whether a report needs her name (kids smashing pumpkins on the sidewalk along Bridge Street, not '
         'her property), then whether a named report becomes public (topic anonymous)',
         ['Can I report something without giving my name? I saw some teenagers smashing pumpkins all along the '
          'sidewalk on Bridge Street last night. It\'s not my property, I just don\'t want to be involved.',
          'And if I do give my name, does it end up in some public record?'],
         {}, 'information', None, None, topic='anonymous', describes='false'),
    conv('info-copy-bike-report-five-days-no-email', 'sms',
         'filed an online report for a stolen bike five days ago and has received no e-mail or case number; '
         'checked spam (topic copy)',
         ['filed an online report for my stolen bike like 5 days ago and never got anything back. no email no case '
          'number. did it get lost??',
          'checked spam too btw'],
         {}, 'information', None, None, topic='copy', describes='false'),
    conv('info-records-insurer-wants-last-springs-break-in-report', 'web',
         'an insurer wants a copy of the report an officer took after a house break-in last spring; asks how to '
         'get it and whether there is a charge (topic records)',
         ['My insurance company is asking for a copy of the police report from when our house was broken into last '
          'spring. An officer came out and took it at the time. How do I get a copy?',
          'Is there a charge for that?'],
         {}, 'information', None, None, topic='records', describes='false'),
    conv('info-state-police-truck-tire-merritt-near-weston-road-exit', 'web',
         'a tyre came off a truck on the Merritt near the Weston Road exit and hit the car; asks who to report to '
         '(topic state_police)',
         ['A wheel came off a landscaping truck on the Merritt near the Weston Road exit and bounced into my hood. '
          'Who do I even report that to? The truck kept going.'],
         {}, 'information', None, None, topic='state_police', describes='false'),
    conv('info-animal-control-deer-tangled-in-soccer-net-partrick-road', 'sms',
         'a deer tangled in the soccer net in the backyard on Partrick Road; asks who to call (topic '
         'animal_control)',
         ['theres a deer tangled in the kids soccer net in our backyard on partrick rd, its thrashing around. who '
          'do i call for that? dont want to get kicked'],
         {}, 'information', None, None, topic='animal_control', describes='false'),
]

OTHER = EMERGENCY + INELIGIBLE + CANCELLED + INFORMATION
