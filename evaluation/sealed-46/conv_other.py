"""sealed-46: the 34 conversations that are not filed - 12 emergencies, 12 ineligible, 5 cancelled and
5 information questions (hand-written).

Writer-only flags (not written out): _no_place / _no_time (opening names no place / gives no time),
_emergency_where ('opening' or the question key of the interjection), _group (ineligible sub-group).
"""

NO = 'No.'


def expect(outcome, incident_type, location_decision, reason=None, topic=None, emergency_message=None,
           describes='true'):
    return {
        'outcome': outcome,
        'reason': reason,
        'topic': topic,
        'incident_type': incident_type,
        'location_decision': location_decision,
        'emergency_message': emergency_message,
        'first_message_describes': describes,
        'record': None,
    }


# ---------------------------------------------------------------------------------------------- emergencies
E1 = ('hi is this where u report lost stuff? nvm that rn - theres smoke pouring out from under my neighbors garage '
      'door on woodcock ln and their dog is going nuts inside, their car is in the driveway')
E2 = ("I wanted to report harassing phone calls, but the man who has been calling me just said he's parked at the "
      "bottom of my driveway on Minute Man Hill and that he's coming in to 'finish this face to face'. There are "
      'headlights sitting out there right now.')
E3a = "Hi, I'd like to report that somebody let the air out of two of my tires on Riverview Road overnight."
E3b = ("Oh god, sorry - my husband just went out to look at the tires and he's collapsed in the driveway. He isn't "
       'answering me and his lips look grey.')
E4 = ('theres a guy in my car rn in our driveway on stonewall ln going thru the glovebox w his phone flashlight. im '
      'watching from the upstairs window, what do i do')
E5 = ("I was going to report that my son's bike was stolen from our garage on Rockwell Place, but I don't think "
      "there's any point anymore. I'm sitting in my car in the garage with the engine running and the door down. I "
      'just wanted somebody to know about the bike.')
E6 = ("Hold on - there's a man in our side yard RIGHT NOW cutting the lock on the shed with bolt cutters, and he has "
      "a hammer in his belt. I'm inside with my two kids.")
E7 = 'hang on theres smoke coming up the basement stairs now n the smoke alarm just started screaming'
E8 = ("Sorry, I have to stop - my mother's home aide just called, Mom fell in the bathroom at her place and she "
      "isn't moving or answering her. She lives two streets over from me.")
E9 = ('Sorry, wait - Dad is sitting next to me and he just started slurring his words, and the left side of his mouth '
      "is drooping. He can't lift his left arm.")
E10 = ('omg hold on. im back out looking n a kid on a bike just got hit by a car right in front of me, hes on the '
       'ground not moving')
E11 = ("Thanks. I don't think I'll need the copy, honestly. I've got my dad's old revolver in my lap and I'm done "
       'with all of it.')
E12 = 'yo the guy is BACK, hes walking up my driveway w a hammer rn, hes looking at my wifes car'

EMERGENCIES = [
    {
        'id': 's46-emg-woodcock-lane-smoke-under-neighbours-garage-door',
        'channel': 'sms',
        'note': 'starts as a lost-item question and turns straight away to smoke pouring from under a neighbour\'s '
                'garage door on Woodcock Lane, the dog inside and the car in the driveway (fire, in the opening)',
        '_emergency_where': 'opening',
        'opening': [E1],
        'answers': {},
        'after_end': [
            'ok im banging on their front door, nobody is answering',
            'i can see orange thru the little windows on the garage door now',
        ],
        'expect': expect('emergency', None, None, emergency_message=E1),
    },
    {
        'id': 's46-emg-minute-man-hill-harassing-caller-parked-at-driveway',
        'channel': 'web',
        'note': 'a harassing-calls report on Minute Man Hill that is already an emergency: the caller says he is parked '
                'at the bottom of her driveway and coming in (threat, in the opening)',
        '_emergency_where': 'opening',
        'opening': [E2],
        'answers': {},
        'after_end': [
            "He's out of the car. I've locked the front door and I'm in the pantry.",
            'I can hear him rattling the side door handle',
        ],
        'expect': expect('emergency', None, None, emergency_message=E2),
    },
    {
        'id': 's46-emg-riverview-road-flat-tires-then-husband-collapses',
        'channel': 'web',
        'note': 'a tyre-deflation report on Riverview Road (Norwalk has a Riverview Drive) whose second opening message '
                'is the emergency: the husband collapsed on the driveway, grey lips, not answering (medical)',
        '_emergency_where': 'opening',
        'opening': [E3a, E3b],
        'answers': {},
        'after_end': [
            "He's breathing but it sounds awful, like gurgling",
            'our neighbour is running over with her phone',
        ],
        'expect': expect('emergency', None, None, emergency_message=E3b),
    },
    {
        'id': 's46-emg-stonewall-lane-man-in-car-going-through-glovebox',
        'channel': 'sms',
        'note': 'a vehicle burglary still happening: a man in the car in the driveway on Stonewall Lane with a phone '
                'flashlight, watched from upstairs (crime in progress, in the opening)',
        '_emergency_where': 'opening',
        'opening': [E4],
        'answers': {},
        'after_end': [
            'he just got out n is trying my husbands truck now',
            'tall, black puffer jacket, backpack, walking toward the street',
        ],
        'expect': expect('emergency', None, None, emergency_message=E4),
    },
    {
        'id': 's46-emg-rockwell-place-stolen-bike-engine-running-in-closed-garage',
        'channel': 'web',
        'note': 'a parent who meant to report a son\'s stolen bike on Rockwell Place is sitting in the car in the closed '
                'garage with the engine running (self-harm, in the opening)',
        '_emergency_where': 'opening',
        'opening': [E5],
        'answers': {},
        'after_end': [
            "I don't know why I'm still typing to you",
            'my phone says 8 percent',
        ],
        'expect': expect('emergency', None, None, emergency_message=E5),
    },
    {
        'id': 's46-emg-rockyfield-road-teak-benches-then-man-with-bolt-cutters',
        'channel': 'web',
        'note': 'two teak benches dragged out of a side yard on Rockyfield Road; when asked about suspects she sees a man '
                'cutting the shed lock right now with a hammer in his belt while she is inside with her kids (interjection)',
        '_emergency_where': 'suspect_or_weapon',
        'opening': [
            'Two teak garden benches were taken from our side yard on Rockyfield Road - dragged across the lawn, you '
            'can see the grooves in the grass.',
        ],
        'answers': {
            'type_confirmed': 'Yes, theft - the two benches, nothing else as far as I can tell.',
            'location': 'Rockyfield Road, Westport 06880, the side yard by the hedge.',
            'location_confirmed': 'Yes, Rockyfield Road, Westport.',
            'suspect_or_weapon': "No, nobody I know, and I didn't see any weapon before.",
        },
        'interjections': [{'at': 'suspect_or_weapon', 'text': E6}],
        'after_end': [
            "He's got the shed open and now he's looking at the house",
            "We're in the upstairs bathroom with the door locked",
        ],
        'expect': expect('emergency', 'theft', 'in_town', emergency_message=E6),
    },
    {
        'id': 's46-emg-spicer-road-smashed-basement-windows-then-smoke',
        'channel': 'sms',
        'note': 'two basement windows smashed on Spicer Road; at reporter_phone smoke comes up the basement stairs and '
                'the alarm goes off (fire, interjection)',
        '_emergency_where': 'reporter_phone',
        'opening': [
            'kids smashed 2 of our basement windows last nite on spicer rd, glass all over the laundry room floor',
        ],
        'answers': {
            'type_confirmed': 'ya vandalism, nothing missing',
            'location': 'spicer road westport 06880',
            'location_confirmed': 'yep spicer rd westport',
            'suspect_or_weapon': 'didnt see who, no weapons, just heard laughing n running around 11',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'around 11:10 last nite',
            'damage': '2 basement window panes smashed, one frame cracked. glass everywhere by the washer',
            'narrative': 'Around 11:10 last night someone smashed two basement windows at our house on Spicer Road. '
                         'We heard laughing and people running. Glass is all over the laundry room. Nothing was taken.',
            'reporter_name': 'Bao Tran',
            'reporter_email': 'bao.tran.spicer@example.com',
            'reporter_phone': '203-555-0189',
        },
        'interjections': [{'at': 'reporter_phone', 'text': E7}],
        'after_end': [
            "we're all out on the lawn, dog too",
            'i can see flames thru the broken window by the dryer',
        ],
        'expect': expect('emergency', 'vandalism', 'in_town', emergency_message=E7),
    },
    {
        'id': 's46-emg-wake-robin-road-breathing-calls-then-mother-falls',
        'channel': 'web',
        'note': 'breathing calls to a landline on Wake Robin Road; at reporter_name her mother\'s aide calls: the mother '
                'fell two streets away and is not moving (medical, interjection)',
        '_emergency_where': 'reporter_name',
        'opening': [
            'Someone keeps calling our landline on Wake Robin Road from a blocked number and just breathing - eight or '
            'ten times a day for the past week.',
        ],
        'answers': {
            'type_confirmed': 'Yes, harassing phone calls - breathing and then nothing.',
            'location': 'Wake Robin Road, Westport 06880.',
            'location_confirmed': 'Yes, Wake Robin Road in Westport.',
            'suspect_or_weapon': 'I have no idea who it is. No threats, no weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The last one was at 12:40 today, just before lunch.',
            'caller_number': 'Blocked every time, the display just says Private.',
            'call_pattern': 'About a week, eight to ten calls a day, mostly mid-morning and again around dinner.',
            'narrative': 'For about a week our landline has rung eight to ten times a day from a blocked number. When '
                         'we answer, someone breathes and says nothing, then hangs up. The most recent was at 12:40 '
                         'today.',
            'reporter_name': 'Miriam Castellanos',
        },
        'interjections': [{'at': 'reporter_name', 'text': E8}],
        'after_end': [
            "I'm getting in the car now",
            "The aide says there's blood on the tiles by her head",
        ],
        'expect': expect('emergency', 'harassing_phone_call', 'in_town', emergency_message=E8),
    },
    {
        'id': 's46-emg-woods-grove-road-fathers-store-card-then-stroke-signs',
        'channel': 'web',
        'note': 'a store card opened in a father\'s name; no place is named in the first message, and at location the father beside '
                'her starts slurring, his mouth drooping and his left arm weak (medical, interjection; location '
                'decision null)',
        '_emergency_where': 'location',
        '_no_place': True,
        'opening': [
            "Hi, someone opened a store credit card in my father's name and charged a television and a sound bar to "
            'it. I handle his bills for him.',
        ],
        'answers': {
            'type_confirmed': "Yes, identity theft - it's my dad's identity, not mine.",
            'location': "His house on Woods Grove Road, Westport. I'm there with him now.",
        },
        'interjections': [{'at': 'location', 'text': E9}],
        'after_end': [
            "He keeps trying to say something but it's just sounds",
            "I've got him lying on the couch, should I give him an aspirin",
        ],
        'expect': expect('emergency', 'identity_theft', None, emergency_message=E9),
    },
    {
        'id': 's46-emg-owenoke-park-lost-keys-then-boy-on-bike-hit-by-car',
        'channel': 'sms',
        'note': 'house keys and a garage remote lost on a dog walk along Owenoke Park; back out searching, at '
                'suspect_or_weapon she sees a boy on a bike hit by a car in front of her (injury, interjection)',
        '_emergency_where': 'suspect_or_weapon',
        'opening': [
            'lost my house keys n garage clicker on a green carabiner somewhere on owenoke park this morning, walking '
            'the dog',
        ],
        'answers': {
            'type_confirmed': 'yes lost property, keys + garage remote',
            'location': 'owenoke park westport, somewhere between my house n the end of the street',
            'location_confirmed': 'ya owenoke park in westport',
            'suspect_or_weapon': 'no suspect no weapon, i just dropped them somewhere',
        },
        'interjections': [{'at': 'suspect_or_weapon', 'text': E10}],
        'after_end': [
            'the driver stopped, shes sitting on the curb crying',
            'hes bleeding from his ear, im not moving him',
        ],
        'expect': expect('emergency', 'lost_property', 'in_town', emergency_message=E10),
    },
    {
        'id': 's46-emg-partrick-road-backed-into-car-then-revolver-in-lap',
        'channel': 'web',
        'note': 'a parked Accord backed into on Partrick Road (Norwalk has a Partrick Road too); every answer is given, '
                'and at confirmed he says he will not need the copy, his father\'s revolver is in his lap (self-harm, '
                'interjection)',
        '_emergency_where': 'confirmed',
        'opening': [
            'Someone backed into my parked car at the end of my driveway on Partrick Road and just drove off - the '
            'rear quarter panel is crushed and the tail light is in pieces.',
        ],
        'answers': {
            'type_confirmed': "Yes, damage to my car. It was parked, I wasn't in it.",
            'location': 'Partrick Road, Westport 06880, end of the driveway.',
            'location_confirmed': "Yes, Partrick Road in Westport (there's one in Norwalk too, this is ours).",
            'suspect_or_weapon': "No, I didn't see who did it. No weapon.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 2 and 5 in the afternoon, while I was at work.',
            'vehicle': 'Black 2016 Honda Accord, CT plate 5JH-271.',
            'damage': 'Left rear quarter panel caved in, tail light smashed, bits of red plastic all over the road.',
            'narrative': 'Yesterday between 2 and 5 pm, while I was at work, someone backed into my black Honda Accord '
                         'parked at the end of my driveway on Partrick Road and left. The left rear quarter panel is '
                         'crushed and the tail light is broken.',
            'reporter_name': 'Nolan Ashby',
            'reporter_email': 'nolan.ashby@example.com',
            'reporter_phone': '203-555-0182',
            'confirmed': "Yes, that's what happened to the Accord.",
        },
        'interjections': [{'at': 'confirmed', 'text': E11}],
        'after_end': [
            "I'm sorry for wasting your time",
            "my sister keeps calling, I'm not picking up",
        ],
        'expect': expect('emergency', 'damage_to_motor_vehicle', 'in_town', emergency_message=E11),
    },
    {
        'id': 's46-emg-tamarac-road-car-break-in-then-man-back-with-hammer',
        'channel': 'sms',
        'note': 'a car window smashed and a laptop bag taken on Tamarac Road; no time is given in the first message, and at '
                'occurred_at the man is back walking up the driveway with a hammer (offender near, interjection)',
        '_emergency_where': 'occurred_at',
        '_no_time': True,
        'opening': [
            'some1 broke into my car on tamarac rd n took my work laptop bag, back window is smashed to pieces',
        ],
        'answers': {
            'type_confirmed': 'ya car break in, the laptop bag is gone',
            'location': 'tamarac road westport 06880, parked on the street out front',
            'location_confirmed': 'ya tamarac rd westport',
            'suspect_or_weapon': 'didnt see any1, no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'sometime between 1 and 6:30 this morning i think',
        },
        'interjections': [{'at': 'occurred_at', 'text': E12}],
        'after_end': [
            'hes smashing her windshield',
            'ok hes running toward the woods behind the houses w something under his arm',
        ],
        'expect': expect('emergency', 'vehicle_burglary', 'in_town', emergency_message=E12),
    },
]

# ---------------------------------------------------------------------------------------------- ineligible
INELIGIBLE = [
    {
        'id': 's46-inel-outside-newtown-avenue-norwalk-daughters-bike',
        'channel': 'web',
        'note': 'a daughter\'s bike taken from the rack outside an apartment building; no place is named in the first message, and '
                'the location is Newtown Avenue, which the lease says is Norwalk (Westport has a Newtown Turnpike) '
                '(outside_town, at the location question)',
        '_group': 'outside_town',
        '_no_place': True,
        'opening': [
            "My daughter's bike was stolen from the rack outside our apartment building last night. It was locked with "
            'a cable lock and the cable was cut.',
        ],
        'answers': {
            'type_confirmed': 'Yes, theft of her bike, a purple Trek with a white basket.',
            'location': "Newtown Avenue. Honestly the lease says Norwalk, but everyone on our block calls it Westport "
                        "because we're right near the line.",
        },
        'expect': expect('ineligible', 'theft', 'outside_town', reason='outside_town'),
    },
    {
        'id': 's46-inel-outside-southport-woods-drive-egged-car-at-moms',
        'channel': 'sms',
        'note': 'a car egged and scratched at a mother\'s house on Southport Woods Drive, "southport is basically '
                'westport right?" (Southport is a village of Fairfield) (outside_town, at the location question)',
        '_group': 'outside_town',
        'opening': [
            'my car got egged n someone scratched the hood while it was parked at my moms house last nite, can i '
            'report it here',
        ],
        'answers': {
            'type_confirmed': 'yes damage to my car, eggs + a scratch on the hood',
            'location': 'southport woods dr in southport, at my moms. southport is basically westport right?',
        },
        'expect': expect('ineligible', 'damage_to_motor_vehicle', 'outside_town', reason='outside_town'),
    },
    {
        'id': 's46-inel-sherwood-island-grandmothers-gold-bracelet',
        'channel': 'web',
        'note': 'a grandmother\'s gold bracelet lost on a beach walk; the location answer names Sherwood Island State '
                'Park (excluded_area)',
        '_group': 'sherwood',
        'opening': [
            "I lost my grandmother's gold bracelet on a beach walk this morning. The clasp must have opened - I only "
            'noticed when I got back to the car.',
        ],
        'answers': {
            'type_confirmed': "Yes, lost property. It's a thin gold chain bracelet with a tiny heart charm.",
            'location': 'Sherwood Island State Park - we walked along the shore from the big parking lot and back.',
        },
        'expect': expect('ineligible', 'lost_property', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's46-inel-sherwood-island-tackle-box-from-car-while-fishing',
        'channel': 'sms',
        'note': 'a car lock popped and a tackle box and wallet taken while he fished; "the lot at the end" of the '
                'connector south from the Post Road over 95 - Sherwood Island (excluded_area)',
        '_group': 'sherwood',
        'opening': [
            'car got broken into while i was fishing off the rocks this morning, they popped the lock n took my tackle '
            'box n my wallet from the console',
        ],
        'answers': {
            'type_confirmed': 'ya car break in, tackle box + wallet',
            'location': 'at the state park, u take the connector south from the post road over 95 and its the lot at '
                        'the end. sherwood island',
        },
        'expect': expect('ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's46-inel-merritt-iced-coffee-thrown-at-mirror-near-wilton-road-exit',
        'channel': 'web',
        'note': 'a tailgater throws a full cup of iced coffee that cracks the mirror glass, on the Merritt Parkway '
                'northbound just before the Wilton Road exit (excluded_area)',
        '_group': 'merritt',
        'opening': [
            "A driver who'd been tailgating me threw a full cup of iced coffee at my car as he passed. It hit the side "
            "mirror and cracked the glass, and there's coffee all down the door.",
        ],
        'answers': {
            'type_confirmed': 'Yes, damage to my car - the mirror glass is cracked.',
            'location': 'On the Merritt Parkway northbound, just before the Wilton Road exit.',
        },
        'expect': expect('ineligible', 'damage_to_motor_vehicle', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's46-inel-merritt-shoulder-after-exit-21-gym-bag-taken',
        'channel': 'sms',
        'note': 'a car left on the shoulder with a flat; back with a tow truck, a window is broken and a gym bag and '
                'work boots are gone; "rt 15 south, right after exit 21, the weston rd one" (excluded_area)',
        '_group': 'merritt',
        'opening': [
            'had to leave my car on the shoulder w a flat, came back w the tow truck n someone broke the window n took '
            'my gym bag n my work boots',
        ],
        'answers': {
            'type_confirmed': 'ya break in to the car',
            'location': 'rt 15 south, right after exit 21, the weston rd one. on the shoulder',
        },
        'expect': expect('ineligible', 'vehicle_burglary', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's46-inel-i95-duffel-bag-out-of-pickup-exits-17-to-18',
        'channel': 'web',
        'note': 'a duffel with a work laptop flies out of a pickup bed on I-95 northbound from exit 17 towards 18 '
                '(lost property on the Turnpike, excluded_area)',
        '_group': 'i95',
        'opening': [
            'A duffel bag flew out of the back of my pickup on the highway this morning - I think the strap let go. It '
            'had my work laptop and some clothes in it.',
        ],
        'answers': {
            'type_confirmed': "Yes, it's lost property, nobody took it from me.",
            'location': 'I-95 northbound, somewhere between exit 17 and exit 18. I pulled over at 18 and it was gone.',
        },
        'expect': expect('ineligible', 'lost_property', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's46-inel-i95-exit-18-ramp-cyclist-kicks-door',
        'channel': 'web',
        'note': 'a cyclist kicks a dent into the driver door while she waits at the bottom of the exit 18 ramp off 95 '
                'where it meets the connector (a Turnpike ramp, excluded_area)',
        '_group': 'i95',
        'opening': [
            'While I was stopped at the bottom of the exit ramp, a man on a bicycle kicked my driver door hard enough '
            'to dent it, yelled something and rode off.',
        ],
        'answers': {
            'type_confirmed': 'Yes, damage to the car - a dent in the driver door.',
            'location': 'At the bottom of the exit 18 ramp off 95 northbound, where it meets the connector.',
        },
        'expect': expect('ineligible', 'damage_to_motor_vehicle', 'excluded_area', reason='excluded_area'),
    },
    {
        'id': 's46-inel-known-suspect-woody-lane-former-roommate-credit-card',
        'channel': 'web',
        'note': 'a credit card opened in her name and $2,300 charged, mailed to her old apartment; at the suspect '
                'question she names her former roommate, Colin Brasher; Woody Lane (Fairfield has a Woody Lane too) '
                '(known_suspect)',
        '_group': 'known_suspect',
        'opening': [
            'A credit card I never applied for was opened in my name, and $2,300 has been charged to it. The card was '
            'mailed to the apartment I moved out of in the spring.',
        ],
        'answers': {
            'type_confirmed': 'Yes, identity theft - a card I never opened.',
            'location': 'I live on Woody Lane in Westport now. (Fairfield has a Woody Lane as well, but mine is '
                        'Westport.)',
            'location_confirmed': 'Yes, Woody Lane, Westport 06880.',
            'suspect_or_weapon': 'Honestly, yes. It has to be my old roommate - he had my Social Security number '
                                 'from the lease application and the card went to our old apartment after I left.',
            'known_suspect': 'Yes - Colin Brasher, my former roommate. I can give you his number if that helps.',
        },
        'expect': expect('ineligible', 'identity_theft', 'in_town', reason='known_suspect'),
    },
    {
        'id': 's46-inel-known-suspect-laurel-road-painters-helper-ipad',
        'channel': 'sms',
        'note': 'an iPad missing from a nightstand after the painters left; the helper, let slip in the first '
                'message, is named Dario Pellegrini at the suspect question; Laurel Road (known_suspect)',
        '_group': 'known_suspect',
        'opening': [
            'my ipad went missing after the painters were here, the helper guy was the only one upstairs all day. '
            'laurel rd westport',
        ],
        'answers': {
            'type_confirmed': 'ya theft, my ipad off the nightstand',
            'location': 'laurel road westport 06880',
            'location_confirmed': 'yes laurel rd in westport',
            'suspect_or_weapon': 'ya honestly i think its the helper. he was alone up there n it was gone right after '
                                 'they packed up',
            'known_suspect': 'yes, his name is dario pellegrini, the painting company gave me his last name',
        },
        'expect': expect('ineligible', 'theft', 'in_town', reason='known_suspect'),
    },
    {
        'id': 's46-inel-weapon-dogwood-lane-masked-man-with-hatchet-at-lamp-post',
        'channel': 'web',
        'note': 'a mailbox and lamp post smashed on Dogwood Lane; at the suspect question she relays that a neighbour up '
                'with the baby saw a man in a ski mask hacking at the post with a hatchet (weapon)',
        '_group': 'weapon',
        'opening': [
            'Someone smashed our mailbox and the lamp post at the end of the driveway last night. The glass globe is '
            'in pieces all over the road.',
        ],
        'answers': {
            'type_confirmed': 'Yes, vandalism - the mailbox and the lamp post both.',
            'location': 'Dogwood Lane, Westport 06880, at the end of our driveway.',
            'location_confirmed': 'Yes, Dogwood Lane in Westport.',
            'suspect_or_weapon': "We didn't see him ourselves, but our neighbor across the street was up with the "
                                 'baby and saw a man in a ski mask hacking at the post with a hatchet. She did not '
                                 'recognize him.',
            'known_suspect': NO,
            'weapon': 'Yes - a hatchet, according to our neighbor.',
        },
        'expect': expect('ineligible', 'vandalism', 'in_town', reason='weapon'),
    },
    {
        'id': 's46-inel-weapon-bulkley-avenue-north-box-cutter-bike-grab',
        'channel': 'sms',
        'note': 'a bike grabbed out of an open garage on Bulkley Avenue North yesterday around 4; the man flashed a box '
                'cutter when he yelled, let slip in the first message and confirmed at the weapon question (weapon)',
        '_group': 'weapon',
        'opening': [
            'yesterday around 4 some guy grabbed my bike outta my open garage on bulkley ave north while i was raking. '
            'i yelled n he flashed a box cutter at me n rode off on it. im ok, just want it on record',
        ],
        'answers': {
            'type_confirmed': 'ya theft of my bike, a blue specialized',
            'location': 'bulkley avenue north westport 06880, my garage',
            'location_confirmed': 'yes bulkley ave north, westport',
            'suspect_or_weapon': 'never seen him before. but like i said he had a box cutter, he held it up when i '
                                 'yelled',
            'known_suspect': NO,
            'weapon': 'yes a box cutter, the blade was out',
        },
        'expect': expect('ineligible', 'theft', 'in_town', reason='weapon'),
    },
]

# ---------------------------------------------------------------------------------------------- cancelled
CANCELLED = [
    {
        'id': 's46-cancel-cricket-lane-lost-phone-found-in-freezer',
        'channel': 'web',
        'note': 'a blue iPhone lost on a walk around Cricket Lane; at confirmed her two-year-old opens the freezer and '
                'the phone is next to the peas (cancelled)',
        'opening': [
            "I lost my phone, I think on a walk around the block on Cricket Lane yesterday evening. It's a blue "
            "iPhone 15 in a clear case with my kids' school photos tucked in the back.",
        ],
        'answers': {
            'type_confirmed': 'Yes, lost property - just the phone.',
            'location': 'Cricket Lane, Westport 06880 - the loop around our block.',
            'location_confirmed': 'Yes, Cricket Lane, Westport.',
            'suspect_or_weapon': "Nobody took it, I'm sure I dropped it. No weapon.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday evening between 5:30 and 6:15, on the walk.',
            'items': 'Blue iPhone 15 in a clear case, two school photos tucked inside the case.',
            'narrative': 'Yesterday between 5:30 and 6:15 pm I lost my blue iPhone 15 in a clear case while walking '
                         'around the block on Cricket Lane. I think it fell out of my coat pocket.',
            'reporter_name': 'Rosalind Pemberton',
            'reporter_email': 'rosalind.pemberton@example.com',
            'reporter_phone': "203-555-0122 (my husband's phone, since mine is the lost one)",
            'confirmed': "Yes, that's correct about the phone.",
        },
        'interjections': [
            {'at': 'confirmed',
             'text': "WAIT. Don't send it. My two-year-old just opened the freezer and my phone is in there next to "
                     "the peas. I'm so sorry!"},
        ],
        'expect': expect('cancelled', 'lost_property', 'in_town'),
    },
    {
        'id': 's46-cancel-sniffen-road-ladder-lent-to-neighbours',
        'channel': 'sms',
        'note': 'a 24-foot ladder missing from beside the house on Sniffen Road (Norwalk has a Sniffen Street); at '
                'suspect_or_weapon the husband texts that he lent it to the neighbours (cancelled)',
        'opening': [
            'our extension ladder is gone from the side of the house on sniffen rd, the 24 foot one. it was just '
            'leaning there by the chimney',
        ],
        'answers': {
            'type_confirmed': 'ya theft, just the ladder',
            'location': 'sniffen road westport 06880',
            'location_confirmed': 'sniffen rd westport yes. norwalk has a sniffen st, not that one',
            'suspect_or_weapon': 'not that i know of, no weapon',
        },
        'interjections': [
            {'at': 'suspect_or_weapon',
             'text': 'hang on, my husband just texted that he lent the ladder to the hendersons 2 houses down last '
                     'weekend. never mind!! sorry'},
        ],
        'expect': expect('cancelled', 'theft', 'in_town'),
    },
    {
        'id': 's46-cancel-highland-road-fence-boards-it-was-a-deer',
        'channel': 'web',
        'note': 'three fence boards broken out on Highland Road; no time is given in the first message, and at occurred_at the patio '
                'camera shows a deer went through it at 2 am (cancelled)',
        '_no_time': True,
        'opening': [
            'Three boards of our backyard fence on Highland Road have been broken out and one of the posts is '
            'leaning. I assume some teenagers cut through.',
        ],
        'answers': {
            'type_confirmed': 'Yes, vandalism to the fence.',
            'location': 'Highland Road, Westport 06880, the back fence along the woods.',
            'location_confirmed': 'Yes, Highland Road in Westport. (Not Highland Avenue, which I think is Norwalk.)',
            'suspect_or_weapon': 'No particular suspect, no weapons.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Sometime between 4 yesterday afternoon and 7 this morning.',
        },
        'interjections': [
            {'at': 'occurred_at',
             'text': 'Actually - I just pulled up the camera over the patio to check the time, and it was a deer that '
                     "went through it at 2 am. Let's forget the report, sorry for the bother."},
        ],
        'expect': expect('cancelled', 'vandalism', 'in_town'),
    },
    {
        'id': 's46-cancel-crescent-road-calls-for-rick-will-change-number',
        'channel': 'sms',
        'note': 'nightly calls for a "rick" who does not live there on Crescent Road (Norwalk has a Crescent Street); at '
                'reporter_name he decides to change his number instead of filing (cancelled)',
        'opening': [
            "getting calls every nite from a guy asking for someone named 'rick' who doesnt live here, now hes getting "
            'nasty about it. crescent rd westport',
        ],
        'answers': {
            'type_confirmed': 'ya harassing calls, its just the one guy',
            'location': 'crescent road westport 06880',
            'location_confirmed': 'yes crescent rd, westport',
            'suspect_or_weapon': 'no clue who he is, no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last one was last nite at 10:20',
            'caller_number': '475-555-0170 every time',
            'call_pattern': 'every nite for about 2 weeks, once or twice, always after 9',
            'narrative': 'For about two weeks a man has called my cell once or twice every night after 9 pm from '
                         '475-555-0170 asking for someone named Rick who does not live here. He has started swearing '
                         'at me when I tell him that.',
            'reporter_name': 'Jonah Whitcombe',
        },
        'interjections': [
            {'at': 'reporter_name',
             'text': 'actually u know what, im just gonna change my number n be done w it. dont want a whole report. '
                     'thx tho'},
        ],
        'expect': expect('cancelled', 'harassing_phone_call', 'in_town'),
    },
    {
        'id': 's46-cancel-old-orchard-road-game-credits-were-her-sons',
        'channel': 'web',
        'note': 'four $49.99 game-credit charges on a Visa from Old Orchard Road; at reporter_phone her 14-year-old '
                'confesses (cancelled)',
        'opening': [
            'There are four charges on my credit card for game credits from some online store, $49.99 each, that I '
            "never made. I'm on Old Orchard Road in Westport.",
        ],
        'answers': {
            'type_confirmed': "Yes, I think that's identity theft - someone using my card.",
            'location': 'Old Orchard Road, Westport 06880.',
            'location_confirmed': 'Yes, Old Orchard Road, Westport.',
            'suspect_or_weapon': 'No idea who, no weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The charges are dated yesterday evening, between 7 and 9.',
            'accounts': 'My Visa card - four charges of $49.99 to an online game store.',
            'narrative': 'Four charges of $49.99 each to an online game store appeared on my Visa card yesterday '
                         'evening. I did not make them.',
            'reporter_name': 'Ines Albuquerque',
            'reporter_email': 'ines.albuquerque@example.com',
            'reporter_phone': '203-555-0166',
        },
        'interjections': [
            {'at': 'reporter_phone',
             'text': "Oh no. My 14-year-old just confessed he's the one who bought the game credits on my card. Please "
                     "don't file anything, I'll deal with him myself."},
        ],
        'expect': expect('cancelled', 'identity_theft', 'in_town'),
    },
]

# ---------------------------------------------------------------------------------------------- information
INFORMATION = [
    {
        'id': 's46-info-copy-when-does-bike-report-case-number-arrive',
        'channel': 'sms',
        'note': 'someone who filed a stolen-bike report online last week asks when the copy with the case number '
                'comes (copy)',
        'opening': [
            'filed a report online last week about my bike getting stolen. how long til i get the copy w the case '
            'number? havent seen any email yet',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='copy', describes='false'),
    },
    {
        'id': 's46-info-records-2022-garage-burglary-for-insurance',
        'channel': 'web',
        'note': 'a copy of the report of a 2022 garage burglary for a reopened insurance claim (records)',
        'opening': [
            'Hi - I need a copy of the police report from when our garage was burglarized back in 2022. The insurance '
            'company is reopening the claim. Who do I ask for that?',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='records', describes='false'),
    },
    {
        'id': 's46-info-state-police-eggs-from-overpass-on-95',
        'channel': 'sms',
        'note': 'eggs thrown from an overpass onto a car on 95 near exit 18 - to Westport or to the state police? '
                '(state_police)',
        'opening': [
            'sum1 threw eggs at my car from an overpass while i was driving on 95 near exit 18 this morning. do i '
            'report that to u guys or the state police?',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='state_police', describes='false'),
    },
    {
        'id': 's46-info-other-town-wallet-from-gym-locker-in-wilton',
        'channel': 'sms',
        'note': 'two messages: a wallet stolen from a gym locker in Wilton, can a Westport resident report it here? '
                '(other_town)',
        'opening': [
            'my wallet got stolen out of my locker at the gym in wilton yesterday',
            'can i do the report w u guys since i live in westport or is that a wilton thing',
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='other_town', describes='false'),
    },
    {
        'id': 's46-info-anonymous-wreaths-pulled-off-doors',
        'channel': 'web',
        'note': 'two messages: must an online report carry her real name? wreaths are being pulled off doors along her '
                'street and she does not want the neighbours to know she reported it (anonymous)',
        'opening': [
            'Do I have to put my real name on an online report?',
            'Someone has been pulling the wreaths off the front doors on our street at night and I want to report it, '
            "but I'd rather my neighbours didn't know it was me who did.",
        ],
        'answers': {},
        'expect': expect('information', None, None, topic='anonymous', describes='false'),
    },
]

SCENARIOS = EMERGENCIES + INELIGIBLE + CANCELLED + INFORMATION
