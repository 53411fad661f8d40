"""Sealed set 37: emergency_messages.csv rows (first messages), text -> is_emergency, category.

75 emergencies (8 each for the first five categories, 7 each for the other five) and 75 routine
messages (look-alikes and things that are over). Hand-written.
"""

EMERGENCY = {
    'fire': [
        'not sure who to tell but the mulch bed along the side of the CVS on the post road is smoking and now '
        'theres little flames, people are just walking past it',
        'my dryer smells like burning and theres smoke coming out the back vent, the laundry room is getting hazy. '
        'should i just unplug it and wait?',
        'the hood over the pizza oven at our restaurant caught and the suppression thing didnt go off, flames are '
        'going up into the vent',
        'hi um there is a fire in the woods behind the houses on Stony Brook Road, I can see orange through the '
        'trees and it is really windy',
        'the neighbors grill flared up on their deck and now the railing and the side of the house are burning, '
        'they are not home',
        'smoke alarm going off in my apartment hallway and the hallway is full of smoke, cant tell where its from, '
        'my kids are in the back bedroom',
        'lightning hit the big oak next to our house on Sachem Trail and the top of it is burning and dropping '
        'sparks on our roof',
        'a boat at the dock on the river is on fire, black smoke everywhere, I think someone was sleeping on it',
    ],
    'just_happened_offender_near': [
        'a guy just ripped my tote bag off my shoulder outside the library and hes walking fast down Jesup Road, '
        'grey sweatshirt, I can still see him',
        'some dude just smashed my car window at compo and grabbed my bag, hes jogging toward the bathhouse with '
        'it right now',
        'an older kid just shoved my daughter off her bike and took it and he is riding it around the block right '
        'now, Woodridge Avenue',
        'a man just punched the cashier at the gas station on Post Road East over a lottery ticket and he is still '
        'sitting in his car at the pump',
        'somebody just grabbed our tip jar off the counter and ran out, hes crouched behind the dumpster out back, '
        'i can see his sneakers',
        'my neighbor just got knocked down by a guy who snatched her purse and he jumped in a red car that is stuck '
        'at the light at Post Road and Wilton Road right now',
        'the guy who just keyed three cars in this lot is standing at the bus shelter smoking like nothing '
        'happened, we all watched him do it',
        'we just watched a teenager cut a lock and take a bike off the rack at the station, hes walking it down '
        'the platform now',
    ],
    'crime_in_progress': [
        'theres someone inside my neighbors house right now, they are in florida till april and I just saw a '
        'flashlight moving around their living room',
        'two guys are cutting the catalytic converter off a car in the lot behind my office right now, I can hear '
        'the saw',
        'someone is trying every car door on our street right now, im watching him on the camera, hes three '
        'driveways down',
        'a guy is pulling copper pipe out of the empty house being redone on Wakeman Road right now, theres a van '
        'backed up to the garage',
        'someone is kicking my front door over and over and I have no idea who it is, I am in the kitchen with '
        'the lights off',
        'a man is going through the mailboxes at our condo with a ring of keys right now, opening them one after '
        'the other',
        'people are breaking into the construction trailer at the school site right now, i heard the door pop and '
        'theres a light moving inside',
        'my doorbell cam shows someone in my garage RIGHT NOW going through the freezer, I am at work 20 min away',
    ],
    'missing_now': [
        'my 10 year old was supposed to walk home from the bus stop 45 minutes ago and he isnt here, his friend '
        'says he got off the bus with him',
        'I cant find my 3 year old at the concert on the Levitt lawn, been looking 10 minutes, pink sundress, '
        'curly hair',
        'my husband has dementia and he drove off in the car about an hour ago, he hasnt driven in a year and he '
        'left his phone here',
        'my 15 year old didnt come home from practice, its been 3 hours and her phone goes straight to voicemail, '
        'she has never done this',
        'my friend went out paddleboarding off the beach at 5 and the sun is going down and we cant see her '
        'anywhere on the water',
        'nobody has heard from my mom since yesterday morning, she lives alone, her car is in the driveway and she '
        'doesnt answer the door or the phone',
        'theres a little boy maybe 4 walking around alone in the grocery store parking lot crying for his mommy, '
        'no grown up anywhere',
        'the 7 year old im babysitting was in the backyard 5 minutes ago and now i cant find him anywhere, ive '
        'checked the whole house',
    ],
    'threat_of_violence': [
        'my upstairs neighbor just told me through the door that he is going to cut me open if I call the landlord '
        'again, I can hear him pacing up there',
        'got a text from a number i dont know saying they know where my kids go to school and theyll be waiting '
        'for them at 3',
        'a man at the bar where I work said he is coming back at closing to burn the place down with us in it, he '
        'left 20 minutes ago',
        'a kid posted a video saying hes going to jump my son after school today and "end him", school gets out '
        'in an hour',
        'my brother in law is drunk and saying he is going to beat my sister when she gets home tonight, she is '
        'driving home now',
        'the contractor I fired just called and said he is coming over with his guys to settle it and I better be '
        'outside when they get here',
        'somebody wrote "you die friday" on my locker and today is friday',
        'my landlord just told me if im not out by tonight hes going to drag me out himself, he did it to the last '
        'tenant',
    ],
    'cannot_call': [
        'i cant talk, my boyfriend is in the next room and he took the sim card out of my phone. im on my ipad. he '
        'hit me this morning',
        'I dont speak, I am nonverbal and I type. My roommate had a seizure and she is still shaking on the floor',
        'texting from the bathroom at a party, a guy wont let me leave the house and took my keys, i cant call or '
        'he will hear me',
        'no cell service down here and the basement door is jammed, I only have wifi, ive been stuck 2 hours and '
        'the water heater is hissing',
        'typing because someone is in the house and if i talk they will hear me, i am under the bed in the guest '
        'room',
        'cant call, hes sitting right next to me in the car and wont let me out, we are parked at the beach and he '
        'says hell hurt me if I scream',
        'my mom fell in the shower and cant get up, shes 84, im in california and i can only hear her on her wifi '
        'camera app calling for help',
    ],
    'medical': [
        'my husband is sweating buckets and says his left arm feels heavy and his jaw hurts, he says its just the '
        'heat, we are on Compo Beach Road',
        'my toddler just drank some of the blue dishwasher liquid and shes coughing a lot',
        'my friend took something at the party and now he wont wake up and hes making a weird snoring sound',
        'my dad just fell down the stairs and hit his head, hes awake but talking nonsense and throwing up',
        'my wife is 36 weeks pregnant and bleeding a lot all of a sudden, there is blood on the kitchen floor',
        'a man just collapsed on the sidewalk on Main Street and everyone is standing around, I dont think he is '
        'breathing',
        'my grandson is diabetic and hes shaking and confused and wont eat anything, his sugar reader says 38',
    ],
    'danger_or_injury': [
        'a car just went off the road into the ditch on Easton Road and flipped over, the wheels are still '
        'spinning',
        'my neighbor was cutting down a tree and it came down on him, his leg is pinned and he is screaming',
        'a horse got loose and is running down the middle of the Post Road in traffic',
        'a guy on an ebike just got hit by a car at North Ave and Cross Highway and hes lying in the road',
        'the gas smell on our street is so strong i can taste it and theres a loud hissing by the meter of the '
        'house next door',
        'a kayaker flipped in the river by the bridge and is hanging onto a piling, the current is pulling him '
        'hard',
        'a big limb just came down on the playground at the school and there were kids under it, one isnt getting '
        'up',
    ],
    'self_harm': [
        'my daughter texted me "i love you, im sorry for everything" and locked herself in the bathroom, she wont '
        'answer and i hear the water running',
        'ive been saving up my pills for a month and i think tonight im going to take them all. i just wanted '
        'someone to know',
        'my coworker just told me hes going to the bridge after work to jump and he gave me his watch',
        'my husband is sitting out in the garage with a rope and says he is tired of everything',
        'my roommate cut herself really deep and says she doesnt want help, theres blood all over the bathroom '
        'floor',
        'i dont want to be alive anymore and im standing at the edge of the platform at greens farms station',
        'my brother texted the whole family goodbye and drove off with our dads hunting rifle',
    ],
    'weapon_present': [
        'theres a man walking up and down the sidewalk on Post Road West with a big knife out, talking to himself',
        'someone just pulled a gun on my son at the skate park and took his shoes, the guy is still hanging '
        'around there',
        'a guy in the parking lot is swinging a bat at people and smashing car mirrors',
        'my neighbor is out in his yard with a shotgun yelling that he will shoot the next car that speeds down '
        'our street',
        'a customer just lifted his shirt to show me a gun and told me to open the register, he is still standing '
        'at the counter',
        'a man with a crossbow is in the woods behind the elementary school and the kids are out at recess',
        'two guys are fighting outside the bar and one of them broke a bottle and is waving it',
    ],
}

ROUTINE = [
    'someone stole my political yard sign again, third one this month. annoying but not an emergency',
    'my car got dinged in the grocery store lot sometime yesterday, no note of course',
    'I am dying of embarrassment, I left my laptop on the train last night and it is probably gone',
    'got a call saying I won a free cruise and they needed my card for the port fees, I hung up, just letting '
    'you know',
    'lost my wedding ring at the beach last week, heartbroken but I know its a long shot',
    'my catalytic converter was cut off sometime over the weekend while the car sat at the train station',
    'somebody spray painted a tag on the back of our fence, noticed it this morning',
    'a guy keeps calling saying hes from microsoft and my computer has a virus, i hang up every time',
    'my sons bike was taken from our front yard yesterday afternoon',
    'found an old hunting knife in a box in my late uncles attic, how do I get rid of it properly',
    'my mailbox got knocked over again, pretty sure it was the plow, nothing urgent',
    'someone used my card number to buy gift cards in Texas, the bank already reversed it',
    'the car next to me swung their door into mine and left a dent, they are long gone',
    'I am so mad I could explode, somebody took the flowers out of the planter at my mothers grave',
    'my phone died and I lost it somewhere between the library and the post office',
    'there has been a car parked in front of my house for two weeks, not abandoned exactly, just strange',
    'my garage was broken into while we were away last month, we only just figured it out',
    'somebody egged my car on halloween, can I still report that',
    'my sons phone was stolen out of the locker room at the Y last week',
    'got a text saying my package was on hold and clicked the link like an idiot, what do I do now',
    'my ex keeps texting me, nothing threatening, just annoying, is that something I can report',
    'the kids next door broke my window with a baseball and their dad said he would pay, do I need a report',
    'a deer ran into my car on Cross Highway last night, the car is dented, deer ran off, Im fine',
    'someone stole the paddle out of my kayak on the rack at the beach',
    'the drone i was flying went down somewhere in the marsh and i cant find it',
    'my wallet was stolen at the gym on Monday, I already cancelled everything',
    'my facebook got hacked and someone is messaging my friends asking for money',
    'heard fireworks last night around midnight, just wondering if thats even legal here',
    'theres a shopping cart sitting in the river by the bridge, kind of an eyesore',
    'somebody left a bag of dog poop in my mailbox. gross but whatever',
    'i sold all my guns last year, do i need to tell you guys something about my permit',
    'my neighbors rooster goes off at 4 am every day, is there a noise ordinance',
    'I think our sitter may have taken $200 out of my dresser drawer but I am really not sure',
    'weird one, my car got a parking ticket in Stamford while it was stolen last month, who do I talk to',
    'my front license plate is gone off the car, noticed today, no clue when',
    'someone keeps dumping their grass clippings along the edge of my property',
    'thought it was a bullet hole but it is just a pebble chip in my windshield lol, can I still report the '
    'damage',
    'we had a break-in last year and the insurance company wants a copy of the report',
    'my credit report shows an address in Florida that I never lived at',
    'somebody took the copper gutters off my garage sometime over the winter, just noticed',
    'got shot... with a nerf dart by the kids next door lol. but they did break my porch light',
    'my daughters car got scratched in the high school lot sometime this week',
    'someone made a fake instagram for my business and is posting weird stuff on it',
    'lost a gold earring somewhere on Main Street yesterday',
    'my tenant moved out and took the washer and dryer that belong to the apartment',
    'the sprinkler heads on the field got broken again, the town should know',
    'lost my dogs tag with my phone number on it, dog is fine',
    'somebody took the kids ride-on car off our front porch, they are devastated',
    'someone cut the lock on my storage unit and took some old furniture, last time I was there was in March',
    'kind of freaking out because my social security card is missing, i think i lost it in the move',
    'the car wash guy scratched my hood and denied it, its done, I just want it written down',
    'a guy came to the door yesterday selling solar panels and was kind of pushy, he left when I said no',
    'my dad got scammed out of $3,000 in gift cards last month by someone pretending to be my nephew',
    'my sons backpack was stolen off the bus, it had his retainer and a library book in it',
    'found a wallet on the sidewalk with $40 in it, how do I turn it in',
    'my car was towed from a private lot and I think it was illegal',
    'somebody hit the pole of our basketball hoop and bent it, sometime over the weekend',
    'someone keeps taking my newspaper off the driveway every sunday',
    'there is broken glass all over the playground from last night, nobody there now, just a mess',
    'got a voicemail saying theres a warrant for my arrest unless I pay, thats a scam right?',
    'my checking account got hit for $480 at a gas station in Ohio, the bank is refunding it',
    'my camera shows someone walked up my driveway at 3am two nights ago, looked around and left',
    'the neighbors cat keeps going after my chickens lol probably not a police thing',
    'theres a dead raccoon in the road on our street, who picks that up',
    'a golf ball from the course cracked my kids bedroom window last night, nobody hurt',
    'my rental car got scratched in the hotel lot and the rental company wants a police report',
    'been getting hang-up calls from a 212 number for about a week, probably a robocaller',
    'my scooter was taken from outside the coffee shop this morning, I left it unlocked for 5 minutes',
    'my emergency lol is that I left my passport in an uber yesterday',
    'in shock, my neighbor cut down the tree on our property line while I was at work. its done, hes not '
    'around',
    'a guy in a ski mask came to my door last night... it was my brother pranking me. but he broke the storm '
    'door handle',
    'someone wrote rude words in chalk on our sidewalk, the rain will wash it off but still',
    'the bomb threat at my kids school was two weeks ago, is there a report the school can share with parents',
    'my son got bullied on the bus last month and the school isnt doing anything, how do I file something',
    'somebody stole the christmas lights right off our front bushes',
]
