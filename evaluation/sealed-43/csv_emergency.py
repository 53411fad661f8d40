"""Sealed set 43 -- emergency_messages.csv: first messages, `text,is_emergency,category`.
75 emergencies (fire 8, just_happened_offender_near 8, crime_in_progress 8, missing_now 8,
threat_of_violence 8, cannot_call 7, medical 7, danger_or_injury 7, self_harm 7, weapon_present 7)
and 75 `routine` look-alikes (figures of speech, things that are over, alarms already explained)."""

E = 1
R = 0

ROWS = [
    # ---------------------------------------------------------------- fire (8)
    ('there is a glow and a crackling sound inside the wall behind our fireplace on Quarter Mile Road and the '
     'paint above the mantel is bubbling', E, 'fire'),
    ('my neighbors shed is on fire, flames coming through the roof, and his propane tank is right up against the '
     'side of it', E, 'fire'),
    ('The shrink-wrapped boat on a trailer in the driveway next door is burning and it\'s parked about three feet '
     'from their garage on Saugatuck Island', E, 'fire'),
    ('the dryer in the basement started popping and now smoke is curling out of the vent outside and there\'s a '
     'hot plastic smell upstairs', E, 'fire'),
    ('Small fire on our Christmas tree, I threw a pot of water on it but the branches up top are still glowing and '
     'the curtain next to it is smoking', E, 'fire'),
    ('flames in the marsh grass along the river behind the restaurants by the bridge, the wind is pushing them '
     'toward the wooden deck', E, 'fire'),
    ('Is it normal for a transformer to shoot sparks? Now the top of the pole is actually burning, on Hermit Lane, '
     'right above a parked car', E, 'fire'),
    ('the outlet in my sons room is black and hot to touch and a thin line of smoke is coming out of the wall '
     'plate, the breaker never tripped', E, 'fire'),
    # ---------------------------------------------------------------- just_happened_offender_near (8)
    ('a guy just grabbed an armful of jackets off the sidewalk sale rack at the ski shop and he\'s stuffing them '
     'into a car parked around the corner', E, 'just_happened_offender_near'),
    ('Someone just took my grocery cart with all my bags in it while I was returning the other cart, a woman, '
     'she\'s loading them into a blue minivan two rows over', E, 'just_happened_offender_near'),
    ('guy just reached into my open window at the light on Riverside and grabbed my phone off the seat, he\'s '
     'cutting through the gas station lot on foot', E, 'just_happened_offender_near'),
    ('a man just punched the cashier at the pizza place and took the register drawer, he\'s standing at the bus '
     'stop out front like nothing happened', E, 'just_happened_offender_near'),
    ('the man who just grabbed the cash box from our bake sale table outside the school ran behind the church, I '
     'can see his red jacket by the dumpster', E, 'just_happened_offender_near'),
    ('My bike was stolen from the rack two minutes ago and I can still see the guy riding it slowly down the '
     'street with his backpack on', E, 'just_happened_offender_near'),
    ('the shoplifter who ran out of the pharmacy shoved my dad to the ground on the way, dad\'s sitting up now, and '
     'the guy is sitting in a gray Jeep in the same lot', E, 'just_happened_offender_near'),
    ('someone just snatched my laptop off the table at the cafe and walked out, he\'s across the street at the '
     'ATM with it under his arm', E, 'just_happened_offender_near'),
    # ---------------------------------------------------------------- crime_in_progress (8)
    ('someone is prying at our sliding door right now, I can hear metal scraping, I\'m upstairs with the baby',
     E, 'crime_in_progress'),
    ('There\'s a man inside the closed dry cleaner on the corner with a flashlight, the front glass is broken and '
     'no alarm is going off', E, 'crime_in_progress'),
    ('two guys in a pickup are loading the new appliances off the porch of the house being built next door, the '
     'crew left at noon', E, 'crime_in_progress'),
    ('somebody is siphoning gas out of the plow trucks in the lot right now, I can see the hose and a row of red '
     'cans', E, 'crime_in_progress'),
    ('my camera app is showing a man in my kitchen opening drawers right now and I\'m at work, the dog is going '
     'crazy at him', E, 'crime_in_progress'),
    ('A man is going mailbox to mailbox down Sue Terrace opening each one and stuffing envelopes into his jacket, '
     'he\'s four houses from me', E, 'crime_in_progress'),
    ('they\'re cutting the lock off the storage building next to my office right now, I hear the grinder and see '
     'sparks under the door', E, 'crime_in_progress'),
    ('someone is sitting in the back seat of my car in the driveway going through the shopping bags, the dome '
     'light is on, I\'m watching from the window', E, 'crime_in_progress'),
    # ---------------------------------------------------------------- missing_now (8)
    ('my 6 year old was in the backyard ten minutes ago, the gate is open and he\'s nowhere on the street',
     E, 'missing_now'),
    ('our 85 year old dad drove off to get the paper an hour ago and isn\'t answering, he hasn\'t driven alone in '
     'a year, gray Buick', E, 'missing_now'),
    ('the sitter says my 11 year old walked to a friend\'s house at noon and the friend\'s mom says she never got '
     'there', E, 'missing_now'),
    ('My daughter with type 1 diabetes stormed out after a fight without her insulin kit, it\'s been two hours and '
     'her phone is off', E, 'missing_now'),
    ('a little boy, maybe 4, is wandering alone near the water at Compo with no coat and there is no grown-up '
     'anywhere around him', E, 'missing_now'),
    ('my mom has dementia and got out of the car at the gas station while I was paying, I can\'t find her '
     'anywhere and she\'s in a pink bathrobe', E, 'missing_now'),
    ('we were sledding and my 9 year old went down the far side of the hill into the woods and hasn\'t come back '
     'up, that was 25 minutes ago', E, 'missing_now'),
    ('my 15 year old left a note saying she\'s running away with a man she met online, her phone goes straight '
     'to voicemail', E, 'missing_now'),
    # ---------------------------------------------------------------- threat_of_violence (8)
    ('my ex just texted that if I don\'t let him see the kids today he\'s coming over to end this for good, and '
     'he\'s twenty minutes away', E, 'threat_of_violence'),
    ('my landlord just told me through the door that if I\'m not out by tonight he\'ll drag me out himself, and '
     'he\'s been drinking all day', E, 'threat_of_violence'),
    ('my upstairs tenant keeps screaming that she\'s going to stab my wife, she\'s pounding on our door right now',
     E, 'threat_of_violence'),
    ('Someone in my son\'s group chat just posted our address and said a bunch of them are coming tonight to jump '
     'him', E, 'threat_of_violence'),
    ('my son\'s former friend posted that he\'s going to shoot up the party my son is having tonight and put our '
     'address in the post', E, 'threat_of_violence'),
    ('the neighbor is at my fence screaming that he\'s going to come over and break my legs, he\'s putting his '
     'boots on', E, 'threat_of_violence'),
    ('a man in a truck has followed my daughter from the bus stop twice this week and just now rolled down his '
     'window and told her to get in or else', E, 'threat_of_violence'),
    ('my sister\'s husband says if she isn\'t home in an hour he\'ll burn her car with her things in it, she\'s '
     'hiding at my place on Davis Lane', E, 'threat_of_violence'),
    # ---------------------------------------------------------------- cannot_call (7)
    ('i can\'t speak, my jaw is wired shut from surgery and someone is banging on my back door trying to get in, '
     'Hiawatha Lane', E, 'cannot_call'),
    ('I\'m on the school bus and the driver is swerving and smells like alcohol, the kids are scared, I can\'t '
     'call without him hearing, bus 14', E, 'cannot_call'),
    ('Please don\'t call, it will ring. A man is walking through our house and I\'m in the attic crawl space with '
     'my son', E, 'cannot_call'),
    ('I\'m deaf and my smoke alarm strobe is flashing and there is smoke in the hallway, I can\'t use a voice '
     'phone', E, 'cannot_call'),
    ('we\'re hiding under the desks, someone is in the lobby yelling and kicking the doors, we can\'t make a '
     'sound, Westfair Drive second floor', E, 'cannot_call'),
    ('I only have wifi, my phone service got cut off, and there\'s a man passed out and bleeding on the sidewalk '
     'outside my window on Riverside', E, 'cannot_call'),
    ('He\'s standing outside the bathroom door, I can only text. Compo Road North, the gray house. He said if I '
     'call anyone he\'ll know', E, 'cannot_call'),
    # ---------------------------------------------------------------- medical (7)
    ('my father in law suddenly can\'t see out of one eye and he\'s throwing up with the worst headache of his '
     'life', E, 'medical'),
    ('my 2 year old got into the dishwasher pods and there\'s blue foam in her mouth and she\'s coughing and '
     'crying', E, 'medical'),
    ('my roommate took something at a party and now she\'s breathing really slowly and I can\'t wake her up',
     E, 'medical'),
    ('my wife is 34 weeks pregnant and bleeding a lot and says the pain won\'t stop', E, 'medical'),
    ('i think my dad is having a heart attack, his chest hurts and he\'s gray and sweaty but he keeps saying not '
     'to make a fuss', E, 'medical'),
    ('a teenager collapsed at basketball practice and isn\'t responding, the coach is doing chest compressions',
     E, 'medical'),
    ('my grandmother fell in the tub and her hip looks twisted, she\'s shivering and can\'t get out of the water',
     E, 'medical'),
    # ---------------------------------------------------------------- danger_or_injury (7)
    ('the ice on the pond off Stony Point Road broke under a dog, and now a man who went out after it is in the '
     'water too', E, 'danger_or_injury'),
    ('a big limb just came down on a car on Spicer Road and there\'s someone inside who isn\'t moving',
     E, 'danger_or_injury'),
    ('my neighbor\'s garage door came down on his legs and won\'t go back up, the opener is jammed and he\'s '
     'yelling for help', E, 'danger_or_injury'),
    ('there\'s a car on its side in the ditch on Cross Highway with the wheels still spinning, I can hear someone '
     'inside', E, 'danger_or_injury'),
    ('a woman slipped on the ice in the commuter lot and hit her head on the curb, she\'s bleeding and not making '
     'sense', E, 'danger_or_injury'),
    ('a pedestrian just got hit by a car in the crosswalk on the Post Road and she\'s lying in the road, the '
     'driver stopped', E, 'danger_or_injury'),
    ('water is pouring into my basement and the electric panel down there is popping and flashing',
     E, 'danger_or_injury'),
    # ---------------------------------------------------------------- self_harm (7)
    ('my friend just sent me a picture of a rope and the words thanks for everything', E, 'self_harm'),
    ('I can\'t do this anymore, I have the car keys and I\'m going to drive into the river tonight', E, 'self_harm'),
    ('my husband just said he\'s going to walk into the Sound tonight and he\'s down at the beach now, he won\'t '
     'answer me', E, 'self_harm'),
    ('i\'m sitting on the railroad tracks by the station and I don\'t want to move', E, 'self_harm'),
    ('My mom left a goodbye letter for each of us and her sleeping pills are gone and so is her car', E, 'self_harm'),
    ('my brother is on the garage roof saying he\'s going to jump and he\'s been drinking since this morning',
     E, 'self_harm'),
    ('I\'ve been saving my pain pills for weeks and I just took all of them, I\'m telling someone because now I\'m '
     'scared', E, 'self_harm'),
    # ---------------------------------------------------------------- weapon_present (7)
    ('a guy in the hardware store parking lot is waving a machete at a woman sitting in her minivan',
     E, 'weapon_present'),
    ('my neighbor is standing on his porch firing a handgun into the air and yelling at the sky', E, 'weapon_present'),
    ('there\'s a teenager showing a pistol to other kids at the bus stop on Long Lots Road, I saw it myself',
     E, 'weapon_present'),
    ('a man with a hunting knife is walking along the Post Road slashing at the store awnings', E, 'weapon_present'),
    ('a customer at the car wash just pulled a pistol on the attendant over a scratch and he\'s still standing '
     'there yelling', E, 'weapon_present'),
    ('my roommate\'s boyfriend has a baseball bat and is smashing up our kitchen, screaming he\'ll kill her',
     E, 'weapon_present'),
    ('a man is walking down Bridge Street with a rifle slung over his back, shouting at the cars going by',
     E, 'weapon_present'),
    # ---------------------------------------------------------------- routine (75)
    ('My teenager backed the car into our own mailbox, so that\'s one disaster, but the real reason I\'m writing '
     'is someone stole the new mailbox flag kit off the porch', R, 'routine'),
    ('I\'m shaking I\'m so angry, somebody took the brass house numbers right off our front door', R, 'routine'),
    ('Someone used my kids\' baseball bat to smash our mailbox overnight, we found the bat in the ditch this '
     'morning', R, 'routine'),
    ('we had a fire in the fire pit last night and this morning the metal cover we leave on it is gone, someone '
     'took it', R, 'routine'),
    ('my smoke detector keeps chirping every 30 seconds which is driving me nuts, anyway I wanted to report '
     'packages going missing', R, 'routine'),
    ('We smelled smoke last week and the fire department already came, it was the neighbor\'s wood stove. Now I '
     'just need to report that someone took our patio chairs', R, 'routine'),
    ('I\'m dead serious, somebody stole a forty pound bag of birdseed off my porch', R, 'routine'),
    ('A caller threatened to cancel my Social Security unless I paid with gift cards. I didn\'t pay, I hung up. '
     'Want to report it', R, 'routine'),
    ('my brother let the dog out and she\'s fine but I could wring his neck, anyway someone took our dog\'s '
     'outdoor bed off the porch', R, 'routine'),
    ('the neighbors fireworks two nights ago left burn marks all over the hood of my car', R, 'routine'),
    ('somebody shot a paintball at our front door yesterday, there\'s a pink splat on it, nobody around now',
     R, 'routine'),
    ('I\'m bleeding money with these fake charges on my debit card, three more showed up today', R, 'routine'),
    ('There was blood on my car door handle this morning, turns out my son cut his finger on the ice scraper. '
     'Anyway the side mirror is cracked from someone hitting it', R, 'routine'),
    ('My heart stopped when I saw the garage door open this morning, but nothing\'s gone except the recycling bin',
     R, 'routine'),
    ('We had a break-in at our shed two weeks ago, they took a chainsaw, I never got around to reporting it',
     R, 'routine'),
    ('a drunk guy stumbled through our yard at 2 am and knocked over the birdbath, he was long gone by the time I '
     'got downstairs', R, 'routine'),
    ('Someone threatened to sue me in a voicemail over a parking spot at the train station, that was three days '
     'ago', R, 'routine'),
    ('my ex keeps texting me memes at 3 in the morning, its annoying not scary, i just want it on record',
     R, 'routine'),
    ('the kids next door were having a nerf war and one of the darts knocked our wreath into the mud, they already '
     'said sorry', R, 'routine'),
    ('I fell for a fake shipping text and typed my card number in, the bank has already frozen the card',
     R, 'routine'),
    ('Someone set off our car alarm around midnight and when I looked out there was nobody, this morning the gas '
     'cap was missing', R, 'routine'),
    ('My elderly mom got a call saying her grandson was in jail and needed bail money, she almost paid but called '
     'me first', R, 'routine'),
    ('my daughter\'s phone was stolen at the skating rink yesterday, she\'s home safe, we just need a report for '
     'the insurance', R, 'routine'),
    ('A deer carcass has been lying by the side of our road since yesterday, it\'s not blocking anything', R, 'routine'),
    ('I\'m freaking out a little because someone used my email to sign me up for 200 newsletters overnight',
     R, 'routine'),
    ('Our mailbox got flattened again, I swear this street is a demolition derby', R, 'routine'),
    ('a guy sat in a running car outside our house for twenty minutes this morning, turned out he was waiting for '
     'the realtor next door', R, 'routine'),
    ('My husband is going to explode when he sees what someone did to the tailgate of his truck', R, 'routine'),
    ('I think someone tried to hack my bank account, I got a login code I didn\'t ask for, nothing was taken',
     R, 'routine'),
    ('A loud bang last night turned out to be a snow plow hitting our stone wall, and the plow didn\'t stop',
     R, 'routine'),
    ('someone took the baby Jesus out of the nativity scene on our lawn, everything else is still there',
     R, 'routine'),
    ('we had an intruder last night, a raccoon came in through the dog door and ate the cat food. separately '
     'someone cut the lock on our shed two nights ago', R, 'routine'),
    ('my son\'s bike got stolen from the train station last month and I just found it listed for sale online',
     R, 'routine'),
    ('There was a suspicious package on my porch but it turned out to be from my aunt. The real issue is someone '
     'took my other package yesterday', R, 'routine'),
    ('Bloody hell, someone nicked the number plate off the back of my car', R, 'routine'),
    ('I\'m in tears because someone stole my grandmother\'s wind chimes off the porch, they can\'t be replaced',
     R, 'routine'),
    ('Someone\'s drone hovered over our backyard for ten minutes yesterday afternoon, it\'s gone now',
     R, 'routine'),
    ('A woman came to the door collecting for the fire department, I gave her $20 and later found out they don\'t '
     'do that', R, 'routine'),
    ('Our security camera caught someone checking car doors on our street at 3 am two nights ago', R, 'routine'),
    ('I got a letter saying I owe tolls in Florida and I\'ve never even been there', R, 'routine'),
    ('Someone keyed the word LOSER into my car door last week, I\'m only now getting around to reporting it',
     R, 'routine'),
    ('My dad thinks someone is stealing his newspaper every morning, he\'s 88 and absolutely furious about it',
     R, 'routine'),
    ('I am going to lose my mind if I get one more call from this number, it\'s like 30 a day', R, 'routine'),
    ('My catalytic converter was cut off sometime over the weekend while the car sat at the commuter lot',
     R, 'routine'),
    ('the house alarm went off while we were away, the neighbor checked and a picture had fallen off the wall',
     R, 'routine'),
    ('kids were throwing snowballs at cars on our street yesterday and one cracked my windshield', R, 'routine'),
    ('Somebody dumped a mattress and two old tires at the end of our driveway overnight', R, 'routine'),
    ('I got scammed out of $800 for a puppy that never existed', R, 'routine'),
    ('found my window smashed in the garage this morning. the garage window, not the car. nothing taken',
     R, 'routine'),
    ('Our neighbor\'s dog got loose and tore through our trash, nobody hurt, just want it documented', R, 'routine'),
    ('I got an email from my own address saying I\'d been hacked and to pay in bitcoin or they\'d release '
     'videos, I don\'t believe a word of it', R, 'routine'),
    ('My mother was at the hospital last night after a fall, she\'s home now, and while we were gone someone took '
     'her rocking chair off the porch', R, 'routine'),
    ('There\'s an abandoned car at the end of our cul-de-sac with a flat tire, it\'s been sitting there a week',
     R, 'routine'),
    ('The guy who stole my leaf blower last week is probably long gone, but I have him on camera', R, 'routine'),
    ('Someone set our recycling bin on fire two nights ago, it burned out on its own and now it\'s just a puddle '
     'of black plastic', R, 'routine'),
    ('my roommate keeps threatening to eat my leftovers lol but seriously someone stole our package', R, 'routine'),
    ('The new security camera next door points straight at my bedroom window and it makes me uneasy',
     R, 'routine'),
    ('Our daughter\'s car got egged in the senior prank and now the egg has dried and won\'t come off',
     R, 'routine'),
    ('There are tire tracks through our flower bed and the concrete rabbit statue is in pieces, this was '
     'yesterday', R, 'routine'),
    ('someone attacked my car with silly string, it\'s all over the windshield and the wipers', R, 'routine'),
    ('I want to report a hit and run from last week, my parked car got sideswiped on the street', R, 'routine'),
    ('the roofer who scammed my dad out of $2,000 left town months ago and his number is disconnected',
     R, 'routine'),
    ('My wallet was taken from an unlocked locker at the gym three days ago, I\'ve already canceled the cards',
     R, 'routine'),
    ('Our block party got shut down for noise, which is fair, but someone walked off with our folding tables',
     R, 'routine'),
    ('We\'re being held hostage by the snow lol, and to top it off someone took our shovel off the porch',
     R, 'routine'),
    ('A man has been sleeping in his car in the church lot every night this week, he seems fine, just letting '
     'someone know', R, 'routine'),
    ('I just got my car back from the shop and there\'s a long scratch that wasn\'t there before', R, 'routine'),
    ('a contractor took a $4,000 deposit for our deck in the spring and never came back', R, 'routine'),
    ('Someone keeps leaving nasty notes about my parking on my windshield, no threats, just rude', R, 'routine'),
    ('they cleaned out my storage unit last month and the facility only told me today', R, 'routine'),
    ('I screamed when I opened the mailbox, a mouse jumped out. Also someone has been taking my mail',
     R, 'routine'),
    ('The flames were huge in the photos my neighbor posted but the fire at the empty lot was out by the time I '
     'woke up, I just want to report the kids I saw there earlier in the week', R, 'routine'),
    ('my car got broken into at the beach lot three days ago while I was walking, they took a bag with my '
     'kid\'s gym clothes', R, 'routine'),
    ('I was hit by a car door in the parking lot yesterday, no injury, but the other driver drove off after '
     'denting my car', R, 'routine'),
    ('Someone sprayed a fire extinguisher all over the inside of our mailbox cluster last night, white powder '
     'everywhere, it has settled now', R, 'routine'),
]
