"""Non-filed scenarios (34) for sealed-38: 12 emergency, 12 ineligible, 5 cancelled, 5 information."""

NO = 'No.'


def scen(sid, note, opening, answers, outcome, itype, locdec, reason=None, topic=None, emergency=None,
         interjections=None, after_end=None, describes='true'):
    s = {'id': 's38-' + sid, 'channel': 'web', 'note': note, 'opening': opening, 'answers': answers}
    if interjections:
        s['interjections'] = [{'at': a, 'text': t} for a, t in interjections]
    if after_end:
        s['after_end'] = after_end
    s['expect'] = {
        'outcome': outcome, 'reason': reason, 'topic': topic, 'incident_type': itype,
        'location_decision': locdec, 'emergency_message': emergency, 'first_message_describes': describes,
        'record': None,
    }
    return s


# ------------------------------------------------------------------ emergencies in the opening (5)
E_CAR_FIRE = ("omg wait the car two spots over just started smoking under the hood and now theres actual flames,"
              " an old man is still sitting in the drivers seat. lot behind the stores on post road east")
E_LADDER = ("I want to report that someone knocked our mailbox over on Bradley Lane, but also my neighbor is"
            " lying at the bottom of his ladder in his driveway and he is not answering me, there is blood by"
            " his head")
E_ROCKS = ("the same kids who smashed our pumpkins last week are back RIGHT NOW throwing rocks at the house next"
           " door, i can hear glass breaking. i was going to report the pumpkins but this is happening now."
           " crescent park road")
E_CHEST = ("Hello I want report lost bag at the beach. Also my husband now have very strong pain in the chest"
           " and his left arm, he is sweating a lot, he say is nothing and dont call anybody. What I do?")
E_IN_CAR = ("hes still out there. hes inside my car RIGHT NOW going through the glovebox, i can see him from the"
            " upstairs window. dogwood lane")

# ------------------------------------------------------------------ emergencies mid-way (7)
M_GAS = ("hold on. there's a really strong gas smell in the basement all of a sudden and the co detector just"
         " started beeping. the kids are upstairs")
M_ARM = ("sorry sorry my son just fell off the trampoline and his arm is bent the wrong way, he's screaming, I"
         " have to go")
M_HANDLES = ("Wait - there's a guy going down the street right now pulling on car door handles, grey hoodie, he"
             " just got into my neighbor's SUV")
M_SWEATER = ("he just called again. he said 'nice green sweater'. I AM wearing a green sweater. he can see me"
             " right now, the living room curtains are open")
M_GIRL = ("forget the car. my daughter was right next to the cart a second ago and now i cant see her anywhere,"
          " shes 4, pink jacket")
M_SMOKE = ("Wait please. Smoke is coming from under the door of my neighbor apartment and the alarm is ringing,"
           " nobody open the door when I knock")
M_PILLS = ("honestly i dont even care about the bike anymore. everything is bad. my moms sleeping pills are right"
           " here and im thinking about taking all of them tonight")

SCENARIOS = [
    scen('emg-open-fender-bender-question-then-car-on-fire-man-inside',
         'opens asking how to report a parking-lot fender bender, then a second opening message: the car two'
         ' spots over is on fire with an old man still in the driver\'s seat (lot behind the stores on Post Road'
         ' East)',
         ['hi how do i report a fender bender in a parking lot, nobody left a note', E_CAR_FIRE],
         {}, 'emergency', None, None, emergency=E_CAR_FIRE, after_end=['calling 911 now']),
    scen('emg-open-mailbox-report-neighbor-fallen-from-ladder-bleeding',
         'a knocked-over mailbox on Bradley Lane and, in the same opening message, a neighbour lying at the'
         ' foot of his ladder, not answering, blood by his head',
         [E_LADDER], {}, 'emergency', None, None, emergency=E_LADDER,
         after_end=["my husband is on with 911, I'm going back out to him"]),
    scen('emg-open-pumpkin-vandals-back-throwing-rocks-glass-breaking',
         'wanted to report smashed pumpkins, but the same kids are throwing rocks at the house next door right'
         ' now and glass is breaking (Crescent Park Road): a crime in progress in the opening',
         [E_ROCKS], {}, 'emergency', None, None, emergency=E_ROCKS),
    scen('emg-open-lost-beach-bag-husband-chest-and-arm-pain',
         'non-native writer: wants to report a lost bag, and in the same message her husband has strong chest'
         ' and left-arm pain and is sweating but says not to call anyone',
         [E_CHEST], {}, 'emergency', None, None, emergency=E_CHEST, after_end=['ok I call now 911']),
    scen('emg-open-car-prowler-question-then-he-is-in-my-car-now',
         'opens asking where to report someone stealing from cars, then a second opening message: he is inside'
         ' her car right now going through the glovebox (Dogwood Lane)',
         ['is this where i report someone stealing stuff out of cars', E_IN_CAR],
         {}, 'emergency', None, None, emergency=E_IN_CAR),

    scen('emg-mid-bayberry-lane-shed-windows-gas-smell-co-alarm',
         'potting shed windows smashed on Bayberry Lane; the opening gives no time, and at the time question'
         ' she smells strong gas in the basement and the CO detector is beeping, children upstairs',
         ['Somebody smashed the windows of the potting shed in our back yard on Bayberry Lane and knocked all the'
          ' clay pots off the shelves.'],
         {
             'type_confirmed': 'Yes, vandalism is right.',
             'location': 'Bayberry Lane in Westport, the shed is behind the house',
             'location_confirmed': 'Yes, Bayberry',
             'suspect_or_weapon': "No idea who, we didn't hear anything. No weapons.",
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'Sometime between dinner last night and when I went out at 8 this morning',
         },
         'emergency', 'vandalism', 'in_town', emergency=M_GAS, interjections=[('occurred_at', M_GAS)],
         after_end=["ok we're all outside on the lawn now"]),
    scen('emg-mid-long-lots-road-paypal-credit-son-arm-bent-at-phone',
         'a PayPal credit line opened in her name (Long Lots Road); at the phone question her son falls off the'
         ' trampoline and his arm is bent the wrong way',
         ['Someone opened a PayPal Credit line in my name and bought a bunch of stuff. I only found out because'
          ' PayPal emailed me about a late payment. I live on Long Lots Road.'],
         {
             'type_confirmed': 'yes id theft',
             'location': 'Long Lots Road, Westport',
             'location_confirmed': 'yes thats right',
             'suspect_or_weapon': 'no idea who. no weapons, its all online',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'the email came this morning around 9',
             'accounts': 'PayPal Credit account, opened about 3 weeks ago, not by me. About $1,300 in purchases I'
                         ' never made',
             'narrative': 'Someone opened a PayPal Credit line in my name about 3 weeks ago and made about $1,300'
                          ' in purchases. I found out this morning from a late payment email.',
             'reporter_name': 'Jennifer Sokolowski',
             'reporter_email': 'jsokolowski@example.com',
             'reporter_phone': '203-555-0172',
         },
         'emergency', 'identity_theft', 'in_town', emergency=M_ARM, interjections=[('reporter_phone', M_ARM)],
         after_end=['ambulance is coming, sorry, i will do this later']),
    scen('emg-mid-westfair-drive-car-break-in-prowler-back-trying-doors',
         'car broken into overnight on Westfair Drive; at the suspect question a man in a grey hoodie is trying'
         ' car door handles down the street right now and gets into a neighbour\'s SUV',
         ['My car was broken into last night in my driveway on Westfair Drive, they took my laptop bag and my'
          ' sunglasses.'],
         {
             'type_confirmed': 'Yes, a car break-in, that is the one.',
             'location': 'Westfair Drive, Westport, in my driveway',
             'location_confirmed': 'Correct, Westfair',
             'suspect_or_weapon': "I didn't see who did it last night.",
         },
         'emergency', 'vehicle_burglary', 'in_town', emergency=M_HANDLES,
         interjections=[('suspect_or_weapon', M_HANDLES)], after_end=['calling 911']),
    scen('emg-mid-quintard-place-home-alone-caller-sees-her-sweater-at-summary',
         'calls from a private number all week asking whether she is home alone (Quintard Place); at the summary'
         ' he calls again and describes the sweater she is wearing: he can see her now',
         ["I've been getting calls from a private number all week, a man asking if I'm home alone and then"
          " hanging up. I want to report it."],
         {
             'type_confirmed': 'Yes, harassing calls.',
             'location': 'My house on Quintard Place, Westport',
             'location_confirmed': 'Yes that is my house',
             'suspect_or_weapon': "I don't know who it is, I don't recognize the voice. He hasn't mentioned any"
                                  " weapon.",
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'The last call was at 12:05 today',
             'caller_number': 'It just says Private Number',
             'call_pattern': 'About 3 times a day since last Saturday, always the same question and then he hangs'
                             ' up',
             'narrative': 'Since last Saturday a man has called my home from a private number about three times a'
                          ' day asking if I am home alone and then hanging up. I do not know who he is.',
             'reporter_name': 'Stephanie Moreau',
             'reporter_email': 'smoreau.westport@example.com',
             'reporter_phone': '203-555-0119',
             'confirmed': 'Yes, that all looks right.',
         },
         'emergency', 'harassing_phone_call', 'in_town', emergency=M_SWEATER,
         interjections=[('confirmed', M_SWEATER)],
         after_end=["I'm in the bathroom with the door locked, 911 is on the line"]),
    scen('emg-mid-dented-bumper-no-place-four-year-old-gone-at-location',
         'dented bumper found outside a store, no place in the opening; at the location question her 4-year-old'
         ' is gone from beside the cart (missing now); location_decision null',
         ['found a dent in my back bumper when i came out of the store, no note or anything'],
         {
             'type_confirmed': 'yes car damage',
             'location': 'the parking lot of the grocery store on the post road',
         },
         'emergency', 'damage_to_motor_vehicle', None, emergency=M_GIRL, interjections=[('location', M_GIRL)],
         after_end=['found her!! she was hiding in the car next to ours. still shaking']),
    scen('emg-mid-riverview-road-lost-wallet-smoke-under-neighbors-door',
         'non-native writer: wallet lost walking home from Saugatuck Elementary to Riverview Road; at the name'
         ' question smoke comes from under the neighbour\'s apartment door and the alarm is ringing',
         ['Hello, I lost my wallet when I walk from Saugatuck Elementary school to my home on Riverview Road.'
          ' Today morning after I bring my daughter.'],
         {
             'type_confirmed': 'Yes lost',
             'location': 'Between Saugatuck Elementary and Riverview Road, walking on the sidewalk',
             'location_confirmed': 'Yes this way',
             'suspect_or_weapon': 'Nobody take it, I lose it. No weapon.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'Today morning, 8:15 to 8:40 about',
             'items': 'Red wallet, inside driving license, 2 bank cards and 60 dollar',
             'narrative': 'Today morning I walked from Saugatuck Elementary School to my home on Riverview Road'
                          ' and I lost my red wallet with my license, 2 bank cards and 60 dollars.',
         },
         'emergency', 'lost_property', 'in_town', emergency=M_SMOKE, interjections=[('reporter_name', M_SMOKE)],
         after_end=['My husband call 911, we go outside now']),
    scen('emg-mid-coleytown-middle-bike-teen-pills-at-suspect-question',
         'teenager whose locked bike was taken from the rack at Coleytown Middle School; at the suspect question'
         ' says he has his mother\'s sleeping pills and is thinking of taking them all tonight',
         ['my bike got stolen from the rack at coleytown middle school today, it was locked'],
         {
             'type_confirmed': 'ya theft',
             'location': 'coleytown middle school on north ave, the bike rack by the gym',
             'location_confirmed': 'ya',
             'suspect_or_weapon': 'i dont know who took it, no weapons',
         },
         'emergency', 'theft', 'in_town', emergency=M_PILLS, interjections=[('suspect_or_weapon', M_PILLS)],
         after_end=['ok. my mom is home now, i told her']),

    # ------------------------------------------------------------------ ineligible (2 per reason)
    scen('inel-unsupported-lyons-plains-road-jeep-gone-from-driveway',
         'husband\'s Jeep Wrangler gone from the driveway on Lyons Plains Road, not towed, keys in the house: a'
         ' stolen vehicle (motor_vehicle_theft), not an online type; a few answers in case the assistant confirms'
         ' first',
         ["my husband's Jeep Wrangler is gone from our driveway on Lyons Plains Road. Not towed, we called the"
          " towing places. Keys are in the house. I assume this is the stolen car form?"],
         {
             'type_confirmed': 'yes, a stolen car',
             'location': 'Lyons Plains Road in Westport, our driveway',
             'location_confirmed': "That's right",
         },
         'ineligible', 'motor_vehicle_theft', 'in_town', reason='unsupported_type'),
    scen('inel-unsupported-sea-spray-road-landscapers-blowers-at-630',
         'a neighbour\'s landscaping crew starting leaf blowers at 6:30 a.m. on Sea Spray Road (a noise'
         ' complaint, none of the online types); answers empty',
         ["The landscapers at the house next to us on Sea Spray Road start their leaf blowers at 6:30 in the"
          " morning, three days a week. I'd like to file a complaint, I'm at my wits' end."],
         {}, 'ineligible', None, 'in_town', reason='unsupported_type'),
    scen('inel-outside-town-sono-collection-garage-scraped-doors',
         'car scraped along both doors in a parking garage; at the location question: the SoNo Collection'
         ' garage in Norwalk ("I live in Westport if that matters")',
         ['someone scraped the whole side of my car in a parking garage, white paint all down both doors'],
         {
             'type_confirmed': 'Yup, car damage',
             'location': "The garage at the SoNo Collection mall. That's Norwalk, but I live in Westport if that"
                         " matters.",
         },
         'ineligible', 'damage_to_motor_vehicle', 'outside_town', reason='outside_town'),
    scen('inel-outside-town-southport-beach-phone-lost',
         'phone lost at the beach, writing from an iPad; at the location question: Southport Beach "right over'
         ' the line" (Fairfield)',
         ['lost my phone at the beach yesterday, writing this from my ipad'],
         {
             'type_confirmed': 'yep lost property',
             'location': 'southport beach. its like right over the line from westport so i figured you guys',
         },
         'ineligible', 'lost_property', 'outside_town', reason='outside_town'),
    scen('inel-excluded-sherwood-island-beach-bag-taken-while-swimming',
         'beach bag with a wallet and car keys taken while the family swam; at the location question: Sherwood'
         ' Island, the east beach by the big picnic area',
         ['we went swimming and when we came back someone had taken our beach bag with my wallet and car keys in'
          ' it'],
         {
             'type_confirmed': 'yes theft, someone took it',
             'location': 'at sherwood island, the east beach side, by the big picnic area',
         },
         'ineligible', 'theft', 'excluded_area', reason='excluded_area'),
    scen('inel-excluded-merritt-ramp-wallet-flew-off-roof',
         'wallet left on the car roof; at the location question he saw it fly off on the ramp onto the Merritt'
         ' from Wilton Road (Route 33) going north: a parkway ramp',
         ['I left my wallet on the roof of my car after getting gas and drove off. Idiot move.'],
         {
             'type_confirmed': 'Yeah, lost wallet',
             'location': 'A guy behind me honked and pointed, and I saw it fly off right on the ramp getting onto'
                         ' the Merritt from Wilton Road, going north',
         },
         'ineligible', 'lost_property', 'excluded_area', reason='excluded_area'),
    scen('inel-known-suspect-fraser-lane-ex-cleaner-named-in-opening',
         'mother\'s diamond ring taken from a dresser on Fraser Lane, and the opening names the former cleaner,'
         ' Marta Kowal; a few answers in case the assistant confirms first; known_suspect holds the yes answer',
         ['My former cleaning lady, Marta Kowal, took my mother\'s diamond ring from my dresser on Fraser Lane.'
          ' She was the only one in the house and it disappeared the week she quit.'],
         {
             'type_confirmed': 'Yes, theft.',
             'location': 'Fraser Lane, Westport',
             'location_confirmed': 'Yes.',
             'suspect_or_weapon': 'As I said, it was Marta Kowal. Nobody else had access to the bedroom.',
             'known_suspect': 'Yes. Marta Kowal, she cleaned for us for two years.',
         },
         'ineligible', 'theft', 'in_town', reason='known_suspect'),
    scen('inel-known-suspect-tamarac-road-neighbors-son-smashed-lights',
         'solar garden lights and a birdbath smashed on Tamarac Road; at the suspect question she says she'
         ' watched the neighbour\'s teenage son, Owen Hartley, do it',
         ['Someone smashed all the solar lights along my front walk and knocked my birdbath over. Tamarac Road.'],
         {
             'type_confirmed': 'Yes, it is vandalism.',
             'location': 'Tamarac Road in Westport, my front walk',
             'location_confirmed': 'Correct, Tamarac Road.',
             'suspect_or_weapon': "Yes actually. My neighbor's teenage son, Owen Hartley. I watched him do it from"
                                  " my kitchen window.",
             'known_suspect': 'Yes, it was Owen Hartley from next door.',
         },
         'ineligible', 'vandalism', 'in_town', reason='known_suspect'),
    scen('inel-weapon-sniffen-road-car-prowler-seen-with-knife',
         'car gone through on Sniffen Road; at the suspect question: a neighbour saw the man walking away at'
         ' about 2 a.m. with a big knife in his hand (long gone)',
         ['My car was broken into overnight on Sniffen Road. They took my wallet and some change.'],
         {
             'type_confirmed': 'Yes, car break-in',
             'location': 'Sniffen Road, Westport, parked on the street',
             'location_confirmed': 'Yes, Sniffen.',
             'suspect_or_weapon': "Don't know who it was, but my neighbor saw him walking away around 2 am and"
                                  " says he had a big knife in his hand.",
             'known_suspect': 'No, no idea who he was.',
             'weapon': 'Yes, a knife, according to my neighbor.',
         },
         'ineligible', 'vehicle_burglary', 'in_town', reason='weapon'),
    scen('inel-weapon-birchwood-lane-sons-bike-box-cutter',
         'son\'s bike taken near the house on Birchwood Lane yesterday; at the suspect question: an older'
         ' teenager he did not know showed him a box cutter (he is fine)',
         ["My son's bike was stolen yesterday afternoon near our house on Birchwood Lane."],
         {
             'type_confirmed': 'Theft I guess, yes',
             'location': 'Birchwood Lane, Westport, just down the street from our house',
             'location_confirmed': 'yes that street',
             'suspect_or_weapon': "he says an older teenager he didn't know told him to get off and showed him a"
                                  " box cutter. he's ok, just shaken up. it was yesterday around 4",
             'known_suspect': "No, he'd never seen him before",
             'weapon': 'Yes - a box cutter.',
         },
         'ineligible', 'theft', 'in_town', reason='weapon'),
    scen('inel-officer-regents-park-checks-ordered-asks-officer-at-summary',
         'mailing address changed on his bank account and checks ordered (Regents Park); at the summary he asks'
         ' to talk to an officer in person instead (interjection)',
         ['Somebody changed the mailing address on my checking account and ordered new checks. The bank caught'
          ' it but said I should file a police report.'],
         {
             'type_confirmed': 'Yes, I believe that is identity theft.',
             'location': 'I live on Regents Park in Westport.',
             'location_confirmed': 'That is right.',
             'suspect_or_weapon': 'No idea who. No weapons.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'The bank called me yesterday at 3:30 in the afternoon',
             'accounts': 'My checking account at Webster Bank, address changed to somewhere in Georgia and a box'
                         ' of checks ordered',
             'narrative': 'Someone changed the mailing address on my Webster Bank checking account and ordered'
                          ' checks to be sent there. The bank stopped it and called me yesterday.',
             'reporter_name': 'Robert Castellucci',
             'reporter_email': 'rcastellucci@example.com',
             'reporter_phone': '203-555-0137',
             'confirmed': 'Yes, that is correct.',
         },
         'ineligible', 'identity_theft', 'in_town', reason='officer_requested',
         interjections=[('confirmed', "Actually, I'd rather talk to an officer in person about this. Can someone"
                                      " come by the house?")]),
    scen('inel-officer-nassau-road-mailbox-send-a-cop-at-phone',
         'garage door spray-painted on Nassau Road; at the phone question he refuses to put his details on a'
         ' website and asks for an officer (interjection)',
         ['somebody spray painted a smiley face and some letters on my garage door last night, Nassau Road'],
         {
             'type_confirmed': 'yeah vandalism',
             'location': 'nassau road westport',
             'location_confirmed': 'yep nassau',
             'suspect_or_weapon': 'no idea, no weapons',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'sometime after midnight, it was there when i got up at 6:30',
             'damage': 'yellow spray paint on the garage door, a smiley face and the letters JK or something',
             'narrative': 'Someone spray painted a yellow smiley face and letters on my garage door overnight.',
             'reporter_name': 'Gary Lindgren',
             'reporter_email': 'glindgren@example.com',
             'reporter_phone': '203-555-0188',
         },
         'ineligible', 'vandalism', 'in_town', reason='officer_requested',
         interjections=[('reporter_phone', "you know what, i dont want my info on some website. just send a cop to"
                                           " the house")]),

    # ------------------------------------------------------------------ cancelled (5)
    scen('cancel-compo-volleyball-ring-husband-had-it-at-summary',
         'engagement ring lost at Compo Beach by the volleyball nets; at the summary her husband finds it in his'
         ' golf shorts',
         ['I lost my engagement ring at Compo Beach, I think when I was putting on sunscreen by the volleyball'
          ' nets. I feel sick.'],
         {
             'type_confirmed': 'Yes, lost ring',
             'location': 'Compo Beach, near the volleyball nets',
             'location_confirmed': 'Yes, Compo',
             'suspect_or_weapon': 'No, nobody took it, I lost it. No weapons',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'Today, around 11 this morning',
             'items': 'Platinum engagement ring with a round diamond, size 6',
             'narrative': 'I lost my platinum engagement ring at Compo Beach near the volleyball nets this'
                          ' morning.',
             'reporter_name': 'Allison Fairbanks',
             'reporter_email': 'allie.fairbanks@example.com',
             'reporter_phone': '203-555-0125',
             'confirmed': 'Yes looks right',
         },
         'cancelled', 'lost_property', 'in_town',
         interjections=[('confirmed', "STOP don't send it - my husband just found my ring in the pocket of his"
                                      " golf shorts. so sorry!!")]),
    scen('cancel-sue-terrace-package-found-at-side-door-at-suspect-question',
         'package reported stolen from the porch on Sue Terrace; at the suspect question the tracking updates'
         ' and it is at the side door',
         ['My package says delivered but its not on my porch. Sue Terrace. Pretty sure someone took it.'],
         {
             'type_confirmed': 'yes stolen package',
             'location': 'Sue Terrace, Westport',
             'location_confirmed': 'yes sue terrace',
             'suspect_or_weapon': 'no idea who, no weapons',
         },
         'cancelled', 'theft', 'in_town',
         interjections=[('suspect_or_weapon', "oh wait - tracking just updated, it was left at the side door."
                                              " and... yep, it's there. sorry to waste your time")]),
    scen('cancel-hyatt-lane-card-charges-were-daughters-textbooks-at-name',
         'strange card charges reported as identity theft (Hyatt Lane); at the name question the bank calls'
         ' back: it was her daughter buying college textbooks',
         ['There are charges on my Visa I did not make, about $400 at an online bookstore. I think someone stole'
          ' my identity.'],
         {
             'type_confirmed': 'Yes identity theft',
             'location': 'Hyatt Lane in Westport',
             'location_confirmed': 'Yes, Hyatt Lane is right',
             'suspect_or_weapon': 'I have no idea. No weapons.',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'I saw them on the statement yesterday evening',
             'accounts': 'My Visa card, about $400 at an online bookstore',
             'narrative': 'There are about $400 in charges on my Visa from an online bookstore that I did not'
                          ' make.',
             'reporter_name': 'Linda Marchetti',
         },
         'cancelled', 'identity_theft', 'in_town',
         interjections=[('reporter_name', "The bank just called me back - it was my daughter, she used my card"
                                          " for her college textbooks. Please cancel this, I'll deal with her.")]),
    scen('cancel-seat-and-mirrors-moved-wife-borrowed-car-at-location',
         'seat, mirrors and radio station moved in his car, no place in the opening; at the location question'
         ' his wife texts that she borrowed the car; location_decision null',
         ["someone's been in my car, the seat and mirrors are all moved and the radio is on some country"
          " station i'd never listen to"],
         {
             'type_confirmed': 'yeah tampering',
             'location': 'my driveway on windrush lane',
         },
         'cancelled', 'vehicle_tampering', None,
         interjections=[('location', 'never mind!! my wife just texted, she borrowed my car yesterday while hers'
                                     ' was in the shop. mystery solved')]),
    scen('cancel-hickory-drive-silent-calls-brother-in-law-pocket-dials-at-phone',
         'silent calls 10+ a day from an unknown number (Hickory Drive); at the phone question he realises it is'
         ' his brother-in-law\'s new cell pocket-dialling',
         ["getting a bunch of silent calls from a number I don't know, 10+ a day. Hickory Drive"],
         {
             'type_confirmed': 'yes harassing calls',
             'location': 'Hickory Drive, Westport',
             'location_confirmed': 'yep hickory',
             'suspect_or_weapon': 'no idea who. no threats, no weapons',
             'known_suspect': NO,
             'weapon': NO,
             'occurred_at': 'last one at 1:10 today',
             'caller_number': '475-555-0194',
             'call_pattern': 'started 3 days ago, 10 to 15 a day, nobody ever talks, just rustling',
             'narrative': 'For three days I have gotten 10 to 15 silent calls a day from 475-555-0194.',
             'reporter_name': 'Brian Oyelaran',
             'reporter_email': 'boyelaran@example.com',
             'reporter_phone': '203-555-0141',
         },
         'cancelled', 'harassing_phone_call', 'in_town',
         interjections=[('reporter_phone', "scratch that, just figured it out - it's my brother-in-law's new cell,"
                                           " he keeps butt-dialing me from his jacket. sorry!!")]),

    # ------------------------------------------------------------------ information (5)
    scen('info-state-police-who-handles-sherwood-island-break-ins',
         'question only: if something like a car break-in happens at Sherwood Island, is that Westport police or'
         ' the state police',
         ['quick question - if something happens at Sherwood Island, like a car break-in in the beach lot, do I'
          ' report that to Westport police or the state police?'],
         {}, 'information', None, None, topic='state_police', describes='false'),
    scen('info-records-copy-of-officer-report-august-burglary',
         'question only: how to get a copy of the report an officer wrote after an August break-in, for'
         ' insurance',
         ['How do I get a copy of the report the officer wrote when our house was broken into back in August?'
          ' The insurance company is asking for it.'],
         {}, 'information', None, None, topic='records', describes='false'),
    scen('info-copy-online-report-email-not-arrived',
         'question only: an online report submitted on Friday and no e-mailed copy yet, how long does it take',
         ["I submitted an online report on Friday for a lost wallet and I still haven't gotten my copy by email."
          " How long does that usually take?"],
         {}, 'information', None, None, topic='copy', describes='false'),
    scen('info-other-town-son-car-keyed-weston-high',
         'question only: son\'s car keyed in the student lot at Weston High School, family lives in Westport;'
         ' Westport or Weston',
         ["My son's car got keyed in the student lot at Weston High School. We live in Westport - do we report"
          " that to you or to Weston?"],
         {}, 'information', None, None, topic='other_town', describes='false'),
    scen('info-animal-control-daytime-raccoon-otter-trail',
         'question only: a raccoon walking in circles in the backyard in the middle of the day on Otter Trail,'
         ' who to call',
         ["there's a raccoon walking around in circles in our backyard in the middle of the day, Otter Trail."
          " it's not near anyone. who do i call about that?"],
         {}, 'information', None, None, topic='animal_control', describes='false'),
]
