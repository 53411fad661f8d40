"""sealed-41: first messages for emergency_messages.csv (hand-written).

EMERGENCY_ROWS: category -> messages with is_emergency=1.
ROUTINE_ROWS: messages with is_emergency=0, category routine (look-alikes and things that are over).
"""

EMERGENCY_ROWS = {
    'fire': [
        'theres black smoke pouring out of the dryer vent on the side of my neighbors house on Quarter Mile Road and '
        'nobody is answering the door',
        'um the christmas tree in the front window across the street just went up in flames, i can see it from my '
        'porch and their cars are in the driveway',
        'my sons e-bike battery is hissing and smoking in the garage, it popped twice. what do i do',
        'Grease fire in my kitchen. I put the lid on the pan but the cabinet above it is smoking and the alarm won\'t '
        'stop',
        'the woodpile stacked against the garage next door is burning, flames are up to the gutters, Longview Road',
        'Sparks and a burning smell coming out of the outlet behind our couch, the wall around it is hot and turning '
        'brown',
        'a car stopped on Kings Highway North has flames coming out from under the front, the driver is still trying '
        'to get a baby seat out of the back',
        'is it normal for the transformer box on our lawn to be smoking and popping? theres a small fire in the mulch '
        'around it now',
    ],
    'just_happened_offender_near': [
        'a guy just yanked my purse off my shoulder in the lot behind the stores on Post Road East and hes jogging '
        'toward the bank, red jacket',
        'the man who just walked out of the hardware store with a chainsaw without paying is loading it into a silver '
        'minivan in the lot right now',
        'A man just punched my husband in the face at the gas station on Post Road West over a pump and he\'s still '
        'sitting in his truck at pump 4',
        'my bike just got cut off the rack outside the coffee shop and the guy is riding it down wilton road, i can '
        'still see him',
        'The man who grabbed my phone off the cafe table is now standing at the bus shelter across the street like '
        'nothing happened',
        'three teens just threw a bottle through my moms car window and are now sitting on the stone wall at the end '
        'of Compo Mill Cove laughing about it',
        'a pickup just sideswiped my parked car on kings hwy north and pulled into the gas station a block up, the '
        'driver is still sitting in it',
        'someone just reached into my car at the drive thru and took my wallet off the seat, hes walking away behind '
        'the building right now, gray beanie',
    ],
    'crime_in_progress': [
        'theres somebody in my neighbors backyard with a flashlight going up to the windows, they are away in florida '
        'and their alarm is going off, Woodcock Lane',
        'I can hear glass breaking right now at the empty house for sale next to mine on Bermuda Road',
        'two guys are carrying copper pipe out of the construction house on Saviano Lane into a van as we speak',
        'someone is trying to pry my back door open right now, i can hear the scraping, im in the upstairs closet',
        'I\'m watching on my camera app as someone carries our TV out the front door. I\'m at work in Stamford. We live '
        'on Hale Street',
        'a man is smashing car windows one after another along Davis Lane, I\'ve heard four so far and he\'s still '
        'going',
        'somebody is siphoning gas out of the trucks in our company yard on post road west right now, i can see him '
        'from the office window',
        'a guy broke the glass door of the liquor store across from my apartment and he\'s inside right now, the alarm '
        'is ringing',
    ],
    'missing_now': [
        'my daughter is 8, she was riding her bike in the cul de sac on Joann Circle 15 minutes ago and now the bike '
        'is lying on the grass and shes nowhere',
        'My husband has Alzheimer\'s and he took the car keys, the car is gone. He hasn\'t driven in two years. We live '
        'on Scherer Court',
        'My 6 year old was right next to me in the crowd at the tree lighting downtown and now I can\'t find him, '
        'green hat, blue coat',
        'our au pair took the baby out in the stroller 3 hours ago for a short walk and her phone goes straight to '
        'voicemail',
        'my teenage son is diabetic, he went for a run at 6 this morning and still isnt back, he didnt take his phone',
        'my dad walked out on the mud flats at low tide to dig clams and now the water is coming in fast and we cant '
        'see him anymore',
        'my sisters 2 year old slipped out while everyone was in the kitchen, the front door was wide open, we '
        'searched the whole yard already',
        'there is a little boy maybe 4 walking alone along Greens Farms Road with no coat. I stopped my car, he says he '
        'doesn\'t know where mommy is',
    ],
    'threat_of_violence': [
        'my neighbor said if my dog barks one more time he\'ll come over and shoot it and then me. he has guns, i\'ve '
        'seen them',
        'my ex\'s new boyfriend just messaged me "you\'re dead when I find you tonight" and he knows where I work',
        'a coworker told me he\'s bringing "something" to the office tomorrow to teach everyone a lesson and he was '
        'dead serious',
        'someone left a note on my windshield that says "I know where your kids go to school. next time it won\'t be '
        'the tires"',
        'my landlord screamed that he\'ll break every bone in my body if i\'m not out by tonight and he has a key to my '
        'apartment',
        'the guy from a road rage thing followed me home and is now parked at the end of my street on Terra Nova '
        'Circle, he yelled that he\'d wait for me',
        'my daughter got a snapchat from a classmate saying hes going to "shoot up" staples tomorrow, she sent me the '
        'screenshot',
        'My brother is drunk and says he\'s coming over to burn my house down with me in it. He\'s about 10 minutes '
        'away',
    ],
    'cannot_call': [
        'im hiding in my closet, someone broke in downstairs, i cant talk he will hear me. Cricket Lane',
        'my husband is hitting me and took my phone, im on the ipad in the bathroom. please send someone to Valley Road',
        'I am deaf. My roommate is choking at the table and turning blue, I can\'t call. We are on Danbury Avenue',
        'i can only text. my boyfriend has a knife and is in the kitchen, im locked in the bedroom',
        'no calling on this phone only wifi, my mom passed out in the driveway and wont wake up, Marion Road',
        'I\'m on the train and a man keeps following me from car to car whispering what he\'ll do to me. I can\'t make a '
        'call, he\'s sitting right behind me',
        'please help im texting because hes in the next room. he said if i call anyone he\'ll kill the dog and then me',
    ],
    'medical': [
        'my husband just dropped his coffee mug, his right arm won\'t work and his words are coming out all scrambled',
        'the lady ahead of me in line at the post office just fainted and hit her head on the counter, she isnt waking '
        'up',
        'my toddler bit into one of the dishwasher pods, hes coughing and drooling a lot',
        'i ate something with shrimp at lunch and my throat is closing up, i used my epipen but its getting worse',
        'My father is 80 and has been throwing up blood for the last hour, he\'s very pale and cold',
        'our baby is 5 weeks old, she has a fever of 104 and she\'s floppy and won\'t feed',
        'my friend took something at a party and now hes unresponsive and his breathing sounds like snoring, we cant '
        'wake him',
    ],
    'danger_or_injury': [
        'the landscapers just hit a gas line on Woods Grove Road, theres a loud hissing and it stinks like rotten eggs, '
        'they are just standing around',
        'A power line came down across North Ridge Road and it\'s sparking on the wet pavement. The school bus comes '
        'up this road any minute',
        'my neighbor fell off his ladder hanging christmas lights and hes lying on the driveway not moving',
        'two kids just fell through the ice on the pond behind Cob Drive, one of them is hanging onto the edge',
        'a car just hit a jogger on greens farms rd right in front of me, shes lying in the road',
        'half of the big oak came down on our house and the ceiling in the kids room is cracked and creaking, we are '
        'all outside',
        'water is pouring out under my elderly neighbor\'s front door and I can hear her calling for help but it\'s '
        'locked',
    ],
    'self_harm': [
        'my roommate has been giving away all her stuff this week and just texted me "thanks for everything, take care '
        'of the cat"',
        'i took a whole bottle of my sleeping pills like 20 minutes ago. i dont even know why im telling you',
        'My dad posted a long apology to the whole family on Facebook and now his phone is off. He keeps a gun at home',
        'my boyfriend said hes going to drive off the end of the causeway at saugatuck island and then he hung up on me',
        'im standing by the tracks at the station and the next train is due in a few minutes. i just wanted someone to '
        'know',
        'my 16 year old wrote in her journal that today is the day and shes locked in her room and wont answer',
        'I\'m fine, I just wanted someone official to know where to find my dog after I\'m gone',
    ],
    'weapon_present': [
        'a guy in line at the pharmacy just pulled a knife on the cashier',
        'there\'s a man waving a machete around the parking lot of the grocery store on Post Road West yelling at '
        'people',
        'my neighbor is standing in his front yard on Otter Trail shooting a rifle into the air, i\'ve heard at least 6 '
        'shots',
        'somebody in the lot behind the pizza place has a gun out and is pointing it at a guy on his knees',
        'a kid at the bus stop on Hyatt Lane just showed my son a handgun in his backpack and told him its loaded',
        'A man is walking down the middle of Post Road East carrying a long gun and people are running into the '
        'stores',
        'my son\'s friend\'s dad is drunk and waving a hunting knife at the sleepover. I got my son out but the other '
        'kids are still there on Sue Terrace',
    ],
}

ROUTINE_ROWS = [
    'my husband will have a fit when he sees the scratch on the new car lol, someone keyed it at the gym '
    'yesterday',
    'This is a disaster, someone swiped my wallet out of my gym bag yesterday and I\'ve spent all day cancelling cards',
    'I\'m dying of embarrassment, I left my laptop on the train platform yesterday and now it\'s gone',
    'my car got absolutely destroyed by eggs last night, it\'s a massacre out there, yolk everywhere',
    'someone blew up my phone with 40 calls last night from the same number, all hang ups',
    'My heart stopped when I saw my car door open this morning, but nothing\'s missing. I think someone just looked '
    'around inside',
    'I found my shed door hanging open this morning and my kayak paddles are gone, whoever did it is long gone',
    'my phone says my stolen airpods are sitting at a house in bridgeport right now, can you guys go get them?',
    'I\'m panicking a little, my credit card just got used in Florida and I\'m sitting in Westport. What do I do?',
    'Somebody slashed my tires overnight, the car has been sitting flat in the driveway since this morning',
    'it looks like a war zone out here, someone knocked over every trash can on the street overnight and took our '
    'recycling bin',
    'my wife will bury me in the backyard, I lost her mother\'s bracelet at the holiday party at Longshore',
    'i smelled smoke earlier but it was just the neighbors burning leaves. anyway my bike was stolen out of the '
    'garage last week',
    'Was that gunshots?? No, I think it was a car backfiring on Post Road. Separately, someone dented my parked car and '
    'left',
    'A guy knocked on my door selling solar panels and got pushy, then left. Just wanted someone to know',
    'Someone called pretending to be my grandson in jail. I hung up and called him, he\'s fine at college',
    'our camera shows someone walking up the driveway at 3am two nights ago, looking in the car windows, then leaving',
    'Somebody put a firecracker in our mailbox over the weekend and blew the little door right off',
    'i almost had a heart attack, the car alarm went off at 4am and the passenger window was down. nothing taken '
    'though',
    'The kid next door threw a football through our garage window. Nobody hurt, his parents said they\'d pay and now '
    'they won\'t',
    'I need a report for my insurance, my catalytic converter was stolen sometime last week while the car sat at the '
    'station',
    'someone spray painted a swear word on the stop sign at the end of our street',
    'There\'s a man who sleeps in his car in the library lot most nights. He\'s never bothered anyone, I\'m just '
    'curious if that\'s allowed',
    'I think I got scammed, I paid $300 for concert tickets on Facebook and they never showed up',
    'I\'m so mad I could scream, the package thief got us again, that\'s the third time this month',
    'i got a text saying my streaming account was suspended, clicked the link and typed in my card. now there are '
    'charges',
    'lol my son says someone "murdered" his snowman, seriously though someone kicked over all our lawn decorations',
    'Is it a crime if someone keeps parking across the end of my driveway?',
    'My elderly father got a call from "the IRS" threatening to arrest him. He hung up, he\'s fine, this was '
    'yesterday',
    'my daughters laptop was stolen out of her locker at school last week, the school said to contact the police',
    'The ATM ate my card and someone tried to use it an hour later. The bank already froze it',
    'Somebody dumped a whole mattress and a pile of trash bags on our lawn overnight',
    'My car was broken into at the beach lot back in the summer and I never reported it. Can I still?',
    'I\'m so angry I\'m vibrating, someone snipped the wires on our whole christmas light display overnight',
    'My blood pressure is through the roof right now. Somebody opened a cell account under my name and ran up $900',
    'lost my keys somewhere downtown and im locked out. no rush, my husband gets home at 6',
    'Heard a loud bang outside around 2 and found our basketball hoop knocked flat this morning, a car must have hit '
    'it and kept going',
    'the smoke detector in the hall keeps chirping and i cant reach it because someone took my ladder from the side '
    'yard lol',
    'my kids found a rusty knife in the woods behind the school while playing, we brought it home. what do we do with '
    'it?',
    'My mother-in-law is going to have my head, I lost the diamond earrings she lent me somewhere downtown',
    'the scam caller said they had my daughter but i called her and shes at work, totally fine. reporting it anyway',
    'It looked like a crime scene, ketchup all over my windshield and the wipers bent straight back. Kids I guess',
    'my car got "broken into" but honestly i think i left it unlocked. just change and sunglasses gone',
    'Someone stole the copper downspouts right off our house last week while we were away',
    'Yesterday a man in a van followed me for a few blocks and then turned off. Probably nothing but it creeped me out',
    'I\'m freaking out a bit, my wallet has been missing since yesterday, I think I left it at the pharmacy counter',
    'someone pulled up all the new bushes we planted along the sidewalk, roots and all',
    'Our neighbor\'s tree fell on our fence in the wind two nights ago, who pays for that?',
    'a drone hovered over our backyard for a while yesterday while my daughter was on the trampoline, kind of creepy',
    'got a voicemail saying theres a warrant for my arrest unless i pay in gift cards, obviously a scam',
    'Somebody let the air out of all four of my tires at the train station lot. Annoying, but they\'re pumped back up',
    'My storage unit on Post Road West was broken into, the lock was cut sometime in the past month',
    'I am furious. My son\'s custom bike was taken from the rack at Staples last week and nobody saw a thing',
    'Woke up to a smashed car window and glass all over the seat, nothing taken and nobody around',
    'someone signed me up for like 50 magazine subscriptions and catalogs, its harassment but also kind of funny',
    'The doorbell camera caught a teenager taking a package yesterday, he rode off on a bike. I don\'t know him',
    'I\'m not hurt but my car is basically totaled, someone hit it parked on the street overnight and took off',
    'there is a car with out of state plates that\'s been parked on our street for a week, could it be stolen?',
    'My ex is spreading lies about me online. I\'m not scared of him, I just want it documented',
    'I think our house cleaner has been taking cash from my wallet, small amounts over a few months',
    'somebody threw a brick through the window of the empty store on main street overnight, i walked past this '
    'morning and saw the glass',
    'Someone shoplifted from my boutique yesterday, I have video, about $400 of sweaters',
    'The alarm company called, our alarm went off at 3am but it was just the cat. Does a false alarm cost anything?',
    'the guy at the car wash scraped the whole side of my car with the brush and the manager is refusing to pay',
    'im losing it, someone has called my work line 12 times today just to breathe. im safe, just done with it',
    'My kid swears a ghost moved his bike, but realistically someone stole it off our porch two nights ago',
    'My nerves are shot. Someone tried to open a bank account in my name, the bank caught it and called me',
    'our hockey coach joked that he\'d kill the ref, anyway my son\'s skates were taken from the rink locker room',
    'the old guy next door shouted at my kids for being loud last week, no threats, it just upset them',
    'I lost my passport, I think it fell out of my bag at the airport. I live here in Westport, do you handle that?',
    'this is killing me, I can\'t find my grandmother\'s ring anywhere, last saw it at the gym locker yesterday',
    'the cops in the next town told me to contact you, my bag was stolen from my car while it was parked at my house',
    'i heard screaming next door but it was their halloween decorations still on a motion sensor. separate thing, '
    'my trash can got stolen',
    'A box truck ran over the corner of our lawn and knocked down the lamp post, then drove off. Nobody hurt',
    'Somebody scratched a smiley face into the paint on my hood, sometime this week at the commuter lot',
]
