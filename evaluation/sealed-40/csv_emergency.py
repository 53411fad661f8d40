"""sealed-40: emergency_messages.csv rows (text, is_emergency, category), hand-written.
75 emergencies across ten categories and 75 routine look-alikes / things that are over."""

E = {
    'fire': [
        'smoke is pouring out from under the hood of the car parked next to mine at the saugatuck station and '
        'it smells like burning rubber, nobody is around',
        'My neighbor\'s chimney on Clinton Avenue is throwing sparks onto their roof and I think the shingles '
        'just caught. I don\'t think they\'re home.',
        'theres flames in the brush along the railroad tracks behind franklin st and its spreading toward the '
        'backyards',
        'smoke coming under the door of the apartment above me and their alarm is screaming, nobody answers when '
        'i knock',
        'Not sure if this is the right place but the transformer on the pole on Cross Highway blew and now the '
        'top of the pole is burning',
        'quick q, the cord to my space heater melted and the carpet under it is smoking and theres a flame, do '
        'i call the fire dept for that or',
        'a boat is on fire at the docks out by Saugatuck Shores, black smoke everywhere and someone is yelling '
        'on the next boat',
        'my neighbor was burning leaves on weathervane hill and it got away from him, the woods behind us are '
        'on fire now',
    ],
    'just_happened_offender_near': [
        'a kid just grabbed my phone out of my hand at the levitt and hes running down the river path right now, '
        'red jacket',
        'someone just smashed my window in the Imperial Ave lot and grabbed my bag, he\'s getting into a white '
        'van at the far end of the lot',
        'A woman just swiped the tip jar off the counter of our cafe on Main Street and she is sitting on the '
        'bench outside counting it',
        'Some guy just took my son\'s bike off the rack at Saugatuck Elementary and is riding it up Riverside '
        'Ave, I\'m following him in my car',
        'someone literally just backed into my parked car on church lane and now he\'s trying to squeeze out of '
        'the spot to leave',
        'dude just pickpocketed my wallet on the greens farms platform, hes still standing there waiting for the '
        'train',
        'the man who just keyed my car outside the bank is sitting in his truck two spots over eating a sandwich',
        'a guy just ran out of the pharmacy on the post road with a bunch of stuff he didnt pay for, he\'s '
        'hiding behind the dumpster out back',
    ],
    'crime_in_progress': [
        'someone is in my backyard shed on roseville rd right now, i can hear stuff being moved and the light is '
        'on',
        'Two guys are loading the patio furniture from the closed restaurant on Compo into a pickup truck right '
        'now. At 2 in the morning.',
        'I\'m watching my neighbor\'s camera feed (they asked me to keep an eye on it while they\'re in Florida) '
        'and someone is prying at their back slider this second',
        'theres a guy going car to car behind the library on jesup rd pulling on door handles, he just got into '
        'a blue honda that isnt his',
        'some kids are breaking the windows of the empty house on sunrise rd right now, i keep hearing glass',
        'a man is cutting the locks on the bike rack at the train station right now with huge bolt cutters',
        'my alarm company called about motion in the living room and I\'m looking at the camera and there is a '
        'person in a mask IN my house right now. I\'m at work',
        'somebody is spray painting the side of Town Hall on Myrtle Ave as we speak, I\'m across the street',
    ],
    'missing_now': [
        'my 7 yr old was riding his bike on wild rose rd and now hes not anywhere, its been 30 min and his bike '
        'is lying in the neighbors yard',
        'We can\'t find our daughter at the Compo playground, she\'s 5, pink bathing suit, we\'ve been looking for '
        '15 minutes',
        'My husband took his kayak out from the Longshore launch at 7 this morning and said he\'d be back by '
        '10. It\'s 1:30 and his phone goes straight to voicemail.',
        'our son has autism and didnt come home from school. coleytown middle says he walked out at 2:40 and its '
        'after 5 now',
        'My grandmother wandered off from the senior van while it was parked at the library. She is 84, white '
        'hair, blue cardigan, and she has memory problems.',
        'my 12 year old was supposed to walk home from the bus stop on bayberry ridge road an hour ago and hes '
        'not answering his phone',
        'my friend went swimming off the compo jetty almost an hour ago and we cant see him anywhere, his towel '
        'and phone are still on the rocks',
        'one of my 3 year old twins isnt in the yard, the gate was open, we live on ferry lane east right by the '
        'river',
    ],
    'threat_of_violence': [
        'my brother in law just texted that hes going to come over and beat my husband to death over the money, '
        'he lives 5 min away',
        'A customer I banned from my shop is standing outside yelling that he\'ll wait until I close and "deal '
        'with me".',
        'someone posted in the staples group chat that theyre bringing something tomorrow to make everyone pay',
        'my ex girlfriend\'s new boyfriend is outside my apartment saying he\'s going to break my legs when I come '
        'out',
        'The man I have the restraining order against just messaged that he knows which bus stop the kids use '
        'and he\'ll be there in the morning.',
        'theres a man in the parking lot screaming at my mom that hes going to kill her if she doesnt move her '
        'car',
        'a coworker just called and said hes driving to my house to end this once and for all. he sounded drunk',
        'a kid in my sons class sent him a video of himself holding a knife that says see you at the bus stop '
        'tomorrow',
    ],
    'cannot_call': [
        'i cant call, someone is downstairs and im in the bathroom with the door locked. hyde lane, please send '
        'someone',
        'Texting because I can\'t talk. My husband is drunk and throwing things and he took my phone, I\'m on my '
        'daughter\'s iPad.',
        'I am hard of hearing and can\'t use the phone. My neighbor is lying at the bottom of her porch steps and '
        'she isn\'t moving.',
        'my phone only works on wifi, it wont make calls. theres a man passed out face down in the snow in front '
        'of my house on cob drive',
        'please dont call back he will hear it. he has my car keys and wont let me leave the house. marilane',
        'My daughter is having a seizure, I speak little English, I cannot talk on the phone, Kings Highway '
        'North',
        'the man who has been following me for weeks is in the store right now and im hiding in the back office '
        'on main st, i cant call without him hearing',
    ],
    'medical': [
        'my husband\'s face is drooping on one side and his words are slurred, he keeps saying he\'s fine and '
        'wants to take a nap',
        'a runner just collapsed on the path at longshore and isnt breathing right, a lady is doing cpr',
        'I think my baby swallowed one of those little button batteries, she\'s coughing and drooling',
        'my dad took his insulin and skipped lunch and now hes sweaty and confused and cant tell me what day it is',
        'My wife is 36 weeks pregnant and she\'s bleeding a lot all of a sudden, we\'re on Greens Farms Road',
        'Man on the Saugatuck train platform is holding his chest and just sat down on the ground. He looks grey.',
        'my husband just got the worst headache of his life out of nowhere and says he cant see out of one eye',
    ],
    'danger_or_injury': [
        'a tree came down on a car on north ave and theres someone still in it, the roof is crushed',
        'There\'s a car upside down in the stream off Lyons Plains Road and the wheels are still spinning.',
        'the roofer next door just fell off the second story onto the patio and hes not getting up',
        'a kayaker flipped out by cockenoe island and i dont see him on top of the boat anymore, its just '
        'drifting',
        'our carbon monoxide alarm is going off and my wife and I both have pounding headaches and feel dizzy',
        'A huge branch is hanging by a thread right over the crosswalk at Saugatuck Elementary and the kids are '
        'walking under it for pickup',
        'a guy on a bike just got hit by a car on compo rd south and hes lying in the road bleeding, the driver '
        'stopped',
    ],
    'self_harm': [
        'my roommate locked herself in the bathroom and said shes going to take all her pills. she wont answer '
        'me now',
        'i cant do this anymore. im sitting in my car at compo and im not planning on driving home',
        'My 15 year old posted "goodbye everyone" on his story and he isn\'t home and his phone is off.',
        'my husband texted me a picture of his hunting rifle and said sorry for everything. he\'s home alone',
        'im not safe with myself tonight. the razor is out again',
        'a woman is standing on the outside of the railing on the post road bridge over the river looking down',
        'my sister says she drank bleach an hour ago to make it all stop and now shes throwing up',
    ],
    'weapon_present': [
        'There\'s a man in the lobby of the bank on Post Road East with a gun sticking out of his jacket, yelling '
        'at the teller.',
        'two teenagers are fighting outside the skate park and one of them has a box cutter out',
        'my neighbor is standing in his front yard waving a shotgun at the delivery guy',
        'a guy on bridge st is swinging a golf club at people walking by, he just hit a car',
        'someone just fired a gun in the lot behind the playhouse, i heard 3 pops and people are running',
        'My tenant is threatening me with a kitchen knife in the hallway right now, I ran out to my car.',
        'road rage on wilton rd, the guy got out and hes pointing a gun at the car in front of me',
    ],
}

ROUTINE = [
    'someone smashed my car window at the train station last week, I just need the report for insurance',
    'my wallet was stolen at the gym a couple days ago, the cards are already cancelled',
    'got a call from someone claiming my grandson was in jail and needed bail, i hung up, just want it on record',
    'There was a guy peeking into car windows on our street yesterday afternoon. He left. Just wanted you to know.',
    'my husband is going to murder me when he sees the dent in his new car lol, somebody hit it in the lot',
    'the kids next door blew up our pumpkins with firecrackers last night, what a mess, nobody got hurt',
    'someone shot out our porch light with a paintball gun sometime overnight',
    'I smelled smoke earlier but it was the neighbor\'s fire pit, all fine. Separate thing: someone keeps '
    'stealing our recycling bins.',
    'my ex keeps texting me memes at 3am, its annoying not scary, can i report that',
    'lost my dog\'s leash and my car keys at Winslow Park this morning',
    'I\'m dead serious, someone stole my garden gnome AGAIN. Third one this year.',
    'we came back from vacation and the shed had been broken into, looks like they took the chainsaw. probably '
    'happened days ago',
    'I need a report number for the catalytic converter that got stolen off my truck last month',
    'my heart is racing, i just found out someone used my credit card at a gas station in texas',
    'a scammer called pretending to be the electric company saying they\'d shut my power off in an hour unless '
    'I paid, I hung up',
    'my son\'s bike got stolen from the rack at Coleytown Middle sometime during the school day',
    'help!! someone egged my car!! its all dried on now',
    'my teenagers car got keyed in the staples lot, the whole side, brutal',
    'a guy has been calling my business line nonstop for a week asking for someone named Raymond',
    'someone stole my political sign off the front lawn again',
    'i lost my passport, pretty sure it was at the library on jesup',
    'somebody rifled through my glovebox last night, nothing taken but the registration papers are everywhere',
    'We got a letter about an unemployment claim in my wife\'s name. She has a job and never filed.',
    'our mailbox got run over overnight, there are tire tracks straight through the flower bed',
    'I could strangle whoever took the package off my stoop, it was my kid\'s birthday present',
    'got a scary looking letter saying I owe the IRS money and must pay in gift cards, obviously fake, should I '
    'report it',
    'my phone was stolen at the levitt concert two nights ago',
    'a drunk guy knocked over our trash cans around midnight and walked off laughing. it\'s morning now, just '
    'want it noted',
    'my bank called about fraud on my checking account and told me to file a police report',
    'found my car door open this morning and the center console dumped out, i dont think anythings missing',
    'someone took the license plate right off the back of my car, noticed it at the gas station',
    'someone slashed my tire in the compo beach lot yesterday, pretty sure it wasnt a nail',
    'lost my wedding ring swimming at the beach, my wife is going to kill me',
    'a woman at the dog park screamed at me over my dog and then left. nobody hurt, should it be on record?',
    'my stomach is in knots, someone opened three cell phone lines in my name',
    'The garage fridge and my husband\'s golf clubs were taken from our garage while we were away last week.',
    'there\'s a dead deer on the side of greens farms road, who do I tell',
    'my car got broken into at the saugatuck station and they took my laptop, this was yesterday',
    'I want to report harassing phone calls from a debt collector who swears at me',
    'Our fence got knocked flat by a car sometime overnight and the driver didn\'t leave a note.',
    'it was a bloodbath at the town meeting lol. anyway someone stole the seat off my bike',
    'What\'s the process for reporting a stolen wallet? It happened at a restaurant on Main Street last '
    'weekend.',
    'somebody threw a rock through my car window while it was parked overnight on church lane, glass '
    'everywhere',
    'i think my neighbors contractor backed into my car yesterday and drove off, there\'s a dent',
    'my kid\'s Nintendo Switch was taken out of his backpack at school',
    'I got robbed! Well, my packages did. Three of them this week.',
    'this is killing me, i cant find my grandmother\'s bracelet and i think i lost it downtown',
    'someone was leaving creepy voicemails on my landline, breathing and music, but it stopped a few days ago',
    'the scanner app said there was a shooting?? oh wait that was bridgeport. anyway I need to report a lost '
    'wallet',
    'a fake caller said he was a Westport officer and wanted gift cards for my son\'s bail, I knew it was a scam '
    'and hung up',
    'someone stuffed a potato up my tailpipe as a prank and the car wouldnt start this morning',
    'I\'m fuming, someone dumped a pile of old tires at the end of my driveway overnight',
    'came home and the front door was unlocked, we walked through the whole house, nothing missing and nobody '
    'there, I probably forgot to lock it',
    'car window smashed this morning in front of my house, they took some change and that\'s it',
    'the smoke detector in my hallway keeps chirping every minute, is that a fire department thing or do I just '
    'change the battery',
    'my daughter\'s ex keeps calling the house phone and hanging up, it\'s been going on for weeks',
    'our outboard motor was taken off the boat at the dock on Compo Mill Cove sometime this week',
    'I got hit by a car - well, my car did, in the Post Road lot while I was in the store',
    'need to report a stolen credit card, the thief bought gas in norwalk twice',
    'someone carved gang looking symbols into the picnic table at winslow park',
    'there was broken glass next to my car this morning, the back window is shattered and my gym bag is gone',
    'My grandmother got a call saying her Social Security number was suspended. She didn\'t give them anything.',
    'i think whoever has been going through our mailbox got our checkbook, a check for $900 cleared that we '
    'never wrote',
    'total nightmare of a morning, my side mirror got knocked off overnight on post road west',
    'someone has been pulling the flowers out of the planters in front of my shop every night this week',
    'My daughter lost her school laptop somewhere between the bus stop and Long Lots Elementary.',
    'I\'m shaking, someone opened a bank account in my name and it\'s overdrawn',
    'there\'s a car that\'s been parked on our street for 3 days with nobody in it, can someone check it out',
    'our camera caught someone trying our car doors at 4 this morning. they didnt get in and they left',
    'we had a break-in at our rental on Spruce Street while it was empty, the new tenant moves in next week',
    'a guy in a pickup yelled at me for walking my dog too slow and then drove off. I\'m fine, just rattled',
    'the hail dented my whole car, do the police need to know for insurance?',
    'I want to report fraud, someone got into my Venmo and sent $300 to a stranger',
    'ugh my blood is boiling, the neighbors kids trampled my entire vegetable garden again',
    'my car got towed from a private lot downtown and I think it was unfair, who do I complain to',
]

ROWS = [(t, 1, cat) for cat, texts in E.items() for t in texts] + [(t, 0, 'routine') for t in ROUTINE]
