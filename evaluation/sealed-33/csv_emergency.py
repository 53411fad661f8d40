"""Sealed set 33 -- first messages for emergency_messages.csv: (text, is_emergency, category).
75 emergencies (8 each: fire, just_happened_offender_near, crime_in_progress, missing_now,
threat_of_violence; 7 each: cannot_call, medical, danger_or_injury, self_harm, weapon_present) and
75 routine look-alikes."""

EMERGENCY = {
    'fire': [
        'not trying to overreact but the dryer vent outside is pouring black smoke and the laundry room door is '
        'hot when I touch it. I\'m out in the driveway',
        'the neighbors\' fire pit tipped over and the leaves along the fence are burning toward their deck, '
        'nobody is home over there',
        'is it normal for an outlet to crackle? there\'s a brown scorch mark spreading around it and it smells '
        'like melting plastic',
        'my car is smoking under the hood in the Compo Beach lot and now there are little flames by the front '
        'tire',
        'was going to report kids with fireworks by the woods on Cardinal Lane but the brush is actually on fire '
        'now and it\'s creeping uphill',
        'sorry if wrong place, the chimney next door is shooting sparks onto their roof and there\'s an orange '
        'glow in the gutter',
        'toaster oven caught fire, I threw a towel on it and now the cabinet above it is smoking. kids are '
        'outside',
        'lightning hit the big oak in our yard a few minutes ago and now smoke is coming out of our attic vent',
    ],
    'just_happened_offender_near': [
        'someone just yanked my purse off my shoulder on the Saugatuck station platform and he\'s walking toward '
        'the parking lot, black jacket, not even running',
        'a kid just ripped the side mirror off my car and he\'s still standing at the end of the street laughing '
        'with his friends',
        'a man just punched my husband in the parking lot over a spot and now he\'s sitting in his truck two '
        'spaces away',
        'the guy who keyed my car two minutes ago is in line at the coffee place right now, I can see him '
        'through the window',
        'I think the guy who just grabbed my package is the one going door to door on the next street over, same '
        'orange hat',
        'someone smashed my window on Compo Beach Road and he\'s walking down the beach with my duffel, I can '
        'still see him',
        'my son just got shoved off his bike and his phone taken, the two older boys are still hanging around '
        'the basketball court',
        'a woman just walked out of my shop with three sweaters she didn\'t pay for and she\'s loading them into '
        'a white car out front',
    ],
    'crime_in_progress': [
        'there\'s a guy in a hoodie trying every car door on our street right now, he just got into the one two '
        'houses down',
        'I can hear someone moving around downstairs and I\'m the only one home, the back door was locked',
        'two men are loading the construction equipment from the site next door into a box truck, the crew left '
        'an hour ago',
        'probably nothing but someone has been prying at a window of the empty house across the street for five '
        'minutes',
        'my doorbell cam shows someone inside my garage right now, I\'m at work and the door is halfway up',
        'someone is spray painting the wall at Staples as I type this, on the North Avenue side',
        'there\'s a man siphoning gas out of the landscaper\'s trucks parked on our street right now, with a '
        'hose',
        'a guy is going through my neighbor\'s mailbox and stuffing envelopes in his coat, she\'s away in '
        'Florida',
    ],
    'missing_now': [
        'my 7 yr old walked to his friend\'s house 3 doors down 40 min ago and never got there. nobody has seen '
        'him',
        'my mom has Alzheimer\'s and she walked out the front door while I was in the shower, her coat is still '
        'on the hook and it\'s freezing',
        'not sure if this counts but my 13 year old was supposed to be dropped off at noon and her phone '
        'location has been off since 11',
        'we\'re at Compo Beach and my 5 year old was right next to me building a sandcastle, I looked at my phone '
        'for a second and now I can\'t find her',
        'my dad had a stroke last year and gets confused, he took the car to the barber at 9 and the barber says '
        'he never showed and he\'s not answering',
        'the 16 year old I\'m fostering didn\'t get off the school bus and her phone is off, she has never done '
        'this',
        'one of our memory care residents is not in the building, the door alarm went off 15 minutes ago and '
        'we\'ve searched every room',
        'my nonverbal son slipped out the back gate, he\'s drawn to water and we live near the river',
    ],
    'threat_of_violence': [
        'my neighbor came to my door and said next time he sees my son on his lawn he\'ll break his legs, and '
        'now he\'s waiting at the end of my driveway',
        'my daughter\'s ex just DMed her that he knows which class she\'s in and he\'s "coming to see her '
        'today"',
        'guy I sold a couch to on Marketplace keeps texting that he\'s outside and he\'ll make me pay if I don\'t '
        'refund him. there\'s a car idling out front',
        'my roommate said he\'s going to kill me when he gets home from his shift and he\'s hurt me before. he '
        'gets off at 3',
        'someone posted in the town Facebook group that they\'re going to shoot up the Levitt concert tonight',
        'my ex just texted a picture of my car in the Staples lot and wrote "nice car, be a shame if you were '
        'in it"',
        'the man my mother owes money to just called and said he\'s on his way over to "collect one way or '
        'another"',
        'not sure this is serious but a customer said he\'d come back and burn the shop down with us in it. he '
        'left 10 minutes ago',
    ],
    'cannot_call': [
        'cant talk. someone is in the house. im under the bed. Saugatuck Avenue',
        'I\'m deaf and can\'t use the phone, there\'s a car on its side on our road and a person is hanging out '
        'of the window',
        'please don\'t call, he\'s in the next room and he checks my phone. he hit me this morning and says '
        'tonight will be worse',
        'my phone only works on wifi and the wifi keeps cutting out, my father is unconscious on the floor and I '
        'can\'t get a call through',
        'I can\'t speak after my throat surgery so I\'m texting - my wife fainted in the kitchen and hit her '
        'head, there\'s blood',
        'I\'m at a friend\'s and her boyfriend took all our phones, I\'m on her old tablet, he\'s drunk and '
        'blocking the door',
        'typing cuz I have a bad stutter and freeze on calls. a man is lying face down in the road on Greens '
        'Farms Road and cars are going around him',
    ],
    'medical': [
        'my friend took something at a party and now she won\'t wake up, she\'s breathing weird, kind of like '
        'snoring',
        'my grandpa\'s speech went all slurry a few minutes ago and his arm is just hanging, he says let\'s wait '
        'and see',
        'my son got stung by a bee and he says his throat feels tight and his face is puffing up',
        'a jogger collapsed on the path at Longshore, a man is doing CPR and told me to get help',
        'my wife is 34 weeks pregnant and bleeding a lot, we\'re in the car in the driveway',
        'I think my husband is having a seizure, he\'s been shaking on the floor for about 4 minutes',
        'an old lady slipped on the ice outside the library and can\'t get up, she says it\'s her hip and she\'s '
        'shaking from the cold',
    ],
    'danger_or_injury': [
        'a big branch came down on a car on Post Road West and someone is still sitting inside, not moving',
        'a manhole cover is missing on our street and a kid\'s bike wheel just went in, the kid is hurt',
        'there\'s a downed power line lying across the sidewalk and it\'s buzzing, kids are walking home from '
        'the bus stop',
        'two loose dogs are attacking a woman on the beach path, she\'s on the ground',
        'someone fell off the seawall at Compo and is in the water, he\'s not swimming well at all',
        'the ladder collapsed and the painter next door fell off the roof, he\'s lying on the driveway',
        'the car in front of me just hit a cyclist on Easton Road, the cyclist isn\'t moving',
    ],
    'self_harm': [
        'my roommate locked herself in the bathroom and said she\'s not coming out alive this time. she\'s done '
        'it before',
        'my dad texted me "I\'m sorry for everything, take care of mom" and he\'s not picking up and his truck is '
        'gone',
        'I wrote letters to my kids and put them on the kitchen table. I think tonight\'s the night. I just '
        'wanted someone to know',
        'my student emailed that she won\'t be in class because she "won\'t be around anymore", she\'s been '
        'cutting',
        'my brother is standing on the edge of the parking garage roof and won\'t come down, he keeps saying '
        'nobody would miss him',
        'I don\'t really have anything to report. I\'ve been saving my pills for a month and I have enough now',
        'my 14 yo googled how many tylenol is too many and now she\'s asleep and I can\'t wake her properly',
    ],
    'weapon_present': [
        'a guy at the gas station is waving a handgun around and yelling at the attendant',
        'my neighbor\'s son is in the street with a baseball bat smashing car windows and screaming at people',
        'a man at the bus stop has a big kitchen knife tucked in his belt and he\'s following kids toward the '
        'school',
        'two guys fighting outside the bar and one just pulled out a box cutter',
        'there\'s a man sitting in a parked car with a rifle across his lap at the end of the Coleytown '
        'Elementary driveway',
        'my uncle just got his shotgun out and is loading it, says he\'s going to "deal with" the guy next door',
        'a teenager is pointing what looks like a real pistol at people from a car window at the light on Main '
        'Street',
    ],
}

ROUTINE = [
    'my mailbox got murdered again lol, snapped clean off the post sometime last night',
    'someone broke into my car two weeks ago, I\'m only now getting around to reporting it, they took change '
    'and a charger',
    'I\'m freaking out a little, there\'s a $612 charge on my Amex from a hotel in Miami I\'ve never been to',
    'the breathing crank caller is back, 3am again, same as last month',
    'all three of our lawn signs got stolen from the front yard sometime over the weekend',
    'this is a nightmare: someone opened a credit card in my name and ran up $2k, I found out this morning',
    'my wallet is GONE, last saw it at the farmers market yesterday, probably dropped it',
    'some clown knocked over all the trash cans on our street and smashed a pumpkin on my windshield last '
    'night',
    'kids egged my house again, it\'s all dried on now, I just want it documented',
    'my camera caught a guy with a headlamp checking car handles at 2am, my car was locked and he moved on',
    'I was robbed! someone took the $40 from the lemonade stand cash box while my kids ran inside for ice',
    'somebody scratched a giant X into my hood while I was at work yesterday',
    'I think I\'m being hacked, someone took over my Instagram and they\'re messaging my friends for money',
    'heart racing here, I got a letter saying I owe the IRS for a business I never started',
    'lost my grandmother\'s brooch at the Playhouse on Saturday night, it\'s gold with a pearl',
    'someone cut the catalytic converter off our van in the driveway sometime last week, we only noticed when '
    'we started it',
    'a guy keeps calling our office line pretending to be FedEx and asking for the alarm code, we never give it',
    'tires let down again, that\'s 3 weeks in a row, always overnight',
    'it\'s a bloodbath in my garden - every tulip bulb dug up and smashed, the neighbor thinks it was kids',
    'HELP my bike is gone from the rack outside the library, it had a cheap lock, gone when I came out',
    'I am beyond angry: someone dumped motor oil all over my driveway last night',
    'dead tired of this: another fake Amazon call this morning asking me to confirm my card number',
    'the neighbor\'s kids threw a baseball through my garage window, they apologized, I just need a report for '
    'insurance',
    'someone went into my unlocked car and took quarters and my sunglasses, no damage',
    'left my laptop bag on the platform at Greens Farms station this morning and it\'s gone, maybe someone '
    'turned it in?',
    'my son\'s school Chromebook was stolen from his locker last week',
    'found my car door open and the glovebox dumped this morning, I think I forgot to lock it',
    'the tree service cut down the wrong tree on my property, is that a police thing?',
    'there was a shady van parked on our street all day yesterday, it\'s gone now, probably nothing',
    'they shot my car! with eggs. in the Staples lot on Friday',
    'my house got hit by a drive-by... of toilet paper. the whole front tree is wrapped, happened two nights '
    'ago',
    'someone smashed the glass door on the little free library box at the end of our road',
    'getting nasty texts and calls from a number I don\'t know calling me a thief, it\'s been going on for a '
    'month',
    'whoever hit my car in the grocery store lot left a note with a fake number, how do I report that',
    'someone stole my identity AND my tax refund, they filed a return in my name before I did',
    'I dropped my keys down the storm drain on Main Street, can someone get them out?',
    'a pothole ate my tire on the Post Road, the rim is bent, who pays for that',
    'just found the lock cut on my storage unit, looks like my old golf clubs are gone, no idea when',
    'explosion of glitter in my car - some prankster poured a bag of it through my open sunroof at the beach',
    'someone is stealing my newspaper off the driveway every single morning',
    'my son\'s AirPods were taken from the bench at soccer practice last Tuesday',
    'for weeks I\'ve been getting calls where someone plays a recording of a baby crying and then hangs up. '
    'creepy but that\'s all',
    'someone shone a laser pointer at our bedroom window last night for about 10 minutes, then it stopped',
    'lost my passport somewhere between the post office and home, I need a police report for the replacement',
    'I got scammed out of $300 on fake concert tickets, the seller vanished',
    'the gas cap door on my car was pried open overnight, nothing else touched',
    'someone snapped my car antenna off and bent both wipers, the car was in the driveway',
    'I can\'t breathe I\'m laughing so hard - someone stuck googly eyes on every car on our street. harmless '
    'but my wife wants it reported',
    'the neighbor\'s camera caught someone taking our recycling bin a few nights ago',
    'my elderly dad got a call from "Microsoft" and gave them remote access but hung up before paying anything',
    'found a syringe cap and some little baggies in the park bathroom, nobody around, just letting you know',
    'someone cut the cable on my kayak and took it from the town rack sometime this summer, I only just '
    'noticed',
    'last night someone slashed... no, let the air out of my front tires. both of them. nothing else',
    'the dog walker I hired online never gave back my house key and won\'t answer texts, dog is fine',
    'there\'s a dead deer on the side of Greens Farms Road, who do I call?',
    'stolen: one (1) garden gnome, extremely beloved, last seen Tuesday',
    'someone used my Venmo to send $150 to a stranger, I already changed the password',
    'my car window was smashed at the station lot while I was in the city yesterday',
    'my teenage daughter gets prank calls from a blocked number every night at dinner, no threats, just '
    'giggling',
    'the cushions were taken off our boat and the cover was cut, found it like that this morning',
    'somebody tagged the railroad underpass with spray paint, it\'s been there a few days',
    'a man at my door said he was from the water company and wanted to come in, I said no and he left. felt '
    'off',
    'someone rear ended me last night and drove off, I\'m fine, just want a report',
    'my debit card got skimmed at a gas pump, the bank already reversed $480 in charges',
    'lost one gold hoop earring at the Levitt concert last weekend',
    'we came home from vacation and the copper wind chimes and the bird bath were gone from the patio',
    'NOT an emergency!! just my car got keyed while I was parked at the beach',
    'someone set a small fire in the trash can at Compo last night, it\'s out, just a burnt can now',
    'my car alarm went off at 3am and this morning I saw scratches where someone tried to jimmy the lock',
    'I got a package I didn\'t order and now someone keeps calling asking me to ship it to a different address',
    'I\'m shaking, someone took my wallet out of my cart at the store this morning and already used my card',
    'my smoke detector chirped all night, I think the battery is low, is that something you help with?',
    'we smelled smoke earlier but it turned out to be the neighbor\'s wood stove, all good now',
    'my husband "lost" his wedding ring and swears someone stole it from the gym locker room',
    'a guy in a truck threw a coffee cup at my car at a red light last week and sped off, there\'s a dent',
]
