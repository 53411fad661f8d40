"""Hand-written rows for emergency_messages.csv (text, is_emergency, category): 75 emergencies, 75 routine."""

EMERGENCY_ROWS = [
    # fire (8)
    ("theres orange light flickering in the attic vent of the empty house next door on Fraser Lane and smoke coming "
     "out under the roof edge, nobody lives there right now", 1, "fire"),
    ("my space heater tipped over behind the couch and the rug is smoldering, i poured water on it but it keeps "
     "smoking and the smell is awful, is that ok now?", 1, "fire"),
    ("The icicle lights on the porch next door started popping and now the porch railing itself is burning, flames "
     "about a foot high. They're not home. Maple Avenue North", 1, "fire"),
    ("dumpster behind the shops on main street is on fire, flames higher than the fence and it's pushed right up "
     "against the back wall of the building", 1, "fire"),
    ("Hello, my chimney is making a roaring sound like a freight train and sparks are shooting out the top onto the "
     "shingles. Should I just wait for it to burn itself out?", 1, "fire"),
    ("the leaf pile they were burning across the street on Hillspoint Road got away from them, the hedge is going up "
     "now and its creeping toward their garage", 1, "fire"),
    ("theres smoke pouring out of the engine of a parked SUV in the library lot, nobody in it, and its wedged "
     "between two other cars", 1, "fire"),
    ("my teenage son was charging his vape on the bed and now the comforter has a black hole in it and flames, i "
     "threw a pillow on it, smoke alarm going nuts", 1, "fire"),
    # just_happened_offender_near (8)
    ("a kid just grabbed the tip jar off the counter at my coffee cart and ran behind the shops, hes crouched by the "
     "dumpsters back there, i can see his sneakers", 1, "just_happened_offender_near"),
    ("lady snatched my phone right out of my hand on the Saugatuck station platform two minutes ago and now shes "
     "standing at the far end waiting for the train like nothing happened", 1, "just_happened_offender_near"),
    ("a man just shoved my mom down in the grocery store lot and took her purse, hes sitting in a black sedan at the "
     "far end of the lot with the engine running", 1, "just_happened_offender_near"),
    ("some guy just smashed the window of the car next to mine on Church Lane and grabbed a bag, hes walking toward "
     "the river with it right now, gray beanie, green jacket", 1, "just_happened_offender_near"),
    ("two teenagers just ran out of my store with a case of beer and threw a bottle at my clerk's head, they're sitting "
     "in the little park across the street drinking it", 1, "just_happened_offender_near"),
    ("the porch pirate is still on our street!! he just took a box off number 14 and now hes walking up the next "
     "driveway with a big empty tote bag", 1, "just_happened_offender_near"),
    ("Someone just backed into my parked car hard enough to move it and ran off on foot, his car is still sitting "
     "there with the door open and he's hiding behind the hedge at the corner", 1, "just_happened_offender_near"),
    ("guy just lifted the generator off the back of my trailer while i was inside the hardware store, hes loading it "
     "into a white van at the end of this lot RIGHT NOW", 1, "just_happened_offender_near"),
    # crime_in_progress (8)
    ("Someone is in my detached garage right now, I can see a flashlight moving through the window and I hear my "
     "tool chest drawers sliding open. I'm in the kitchen with the lights off.", 1, "crime_in_progress"),
    ("people are sawing the catalytic converter off a car in the lot behind the pharmacy right this second, i can "
     "hear the saw and see sparks under it", 1, "crime_in_progress"),
    ("hi, the camera app is showing two people going through my car in the driveway on Ivy Knoll right now, one is "
     "sitting in the front seat with the dome light on", 1, "crime_in_progress"),
    ("two men are carrying things out of my neighbors' house and the family is in Florida all month, the back door is "
     "wide open and they have a truck backed up to it", 1, "crime_in_progress"),
    ("someone's trying to get in my back door, the handle keeps turning and theres scraping at the lock, im upstairs "
     "with my daughter", 1, "crime_in_progress"),
    ("a guy is going car to car down the second level of the garage pulling on door handles, he just got into a red "
     "hatchback and he's sitting in it", 1, "crime_in_progress"),
    ("the boutique next to mine on Post Road West has its front glass smashed in and I can see someone inside with a "
     "phone light stuffing coats into a bag", 1, "crime_in_progress"),
    ("there's a man climbing in the side window of the empty rental on Sea Spray Road, he's halfway in right now with "
     "one leg hanging out", 1, "crime_in_progress"),
    # missing_now (8)
    ("my 13 yr old didnt come home off the bus, shes always in by 3:10 and its almost 5, her phone goes straight to "
     "voicemail and none of her friends have seen her", 1, "missing_now"),
    ("my sister has down syndrome and got off at the wrong bus stop an hour ago, shes 22 but cant find her way home "
     "alone and her phone is off", 1, "missing_now"),
    ("I can't find my 3 year old anywhere in the house and the slider to the backyard is open, the pool cover is half "
     "off", 1, "missing_now"),
    ("my autistic son bolted out of the store onto the Post Road and I can't find him, he's 9 and doesn't answer to "
     "his name, gray hoodie with a dinosaur on it", 1, "missing_now"),
    ("my little girl was on the slide at Winslow Park a minute ago and now shes gone, shes 4, pink puffer jacket, i've "
     "run the whole playground twice", 1, "missing_now"),
    ("my husband went out kayaking off Compo this morning and said he'd be back by noon, it's 3 now and he's not "
     "answering, the water is like 40 degrees", 1, "missing_now"),
    ("my dad is 79 and drove to the pharmacy four hours ago and never came back, hes not answering, he gets confused "
     "once it's dark and it's getting dark", 1, "missing_now"),
    ("the sitter took both our kids to the library at 10 and nobody has answered her phone or come home since, the "
     "library says they left before lunch", 1, "missing_now"),
    # threat_of_violence (8)
    ("my roommate's ex just texted me 'tell her to come out or i'm coming in to get her, i'm outside' and there's a "
     "car idling at our curb with the lights off", 1, "threat_of_violence"),
    ("a customer I refused a refund said he'd be back after work to 'settle it' with me and my staff, he said he knows "
     "we lock up at 6", 1, "threat_of_violence"),
    ("my neighbor screamed that he'll beat my son half to death if he catches him on his lawn again, and he's standing "
     "in his yard right now staring at our house with his fists balled up", 1, "threat_of_violence"),
    ("Someone put a note in our mailbox saying they know which school our daughter goes to and that one day she won't "
     "come home", 1, "threat_of_violence"),
    ("my brother in law is drunk and says he's coming over to 'finish' my husband tonight, he lives 5 min away and he "
     "just left the bar", 1, "threat_of_violence"),
    ("a dad in my son's team group chat just posted that he's going to 'put the coach in the hospital' at practice "
     "tonight, practice starts in an hour", 1, "threat_of_violence"),
    ("my ex keeps texting that he's parked down the street and that I'll regret changing the locks. there's a "
     "protective order, he's not supposed to be within 100 feet of me", 1, "threat_of_violence"),
    ("a man at the gas station said he'd follow me home and teach me a lesson, and now his headlights have been right "
     "behind me for three turns", 1, "threat_of_violence"),
    # cannot_call (7)
    ("cant talk, someone is downstairs in the house, im under the bed texting this. Lyndale Park, the yellow house", 1,
     "cannot_call"),
    ("please send someone to Tiffany Lane, my dad is yelling and throwing plates and he took my phone, im on my tablet "
     "in the closet", 1, "cannot_call"),
    ("i cant speak since my stroke last year, my wife collapsed on the kitchen floor and wont wake up, i can only type",
     1, "cannot_call"),
    ("he's in the next room and if he hears me on the phone it'll get worse. can you send someone without calling back? "
     "Marilane, second house on the left", 1, "cannot_call"),
    ("im deaf and someone is banging on my front door and trying the windows, i can see his shadow on the blinds, i "
     "cant call you", 1, "cannot_call"),
    ("im in a group home and staff took our phones at 9, my roommate is having a seizure and wont stop shaking, this "
     "tablet is the only thing i can use", 1, "cannot_call"),
    ("typing bc i cant let him hear me. my boyfriend locked us in the apartment on Clinton Avenue, hid the keys and "
     "hes punching holes in the walls", 1, "cannot_call"),
    # medical (7)
    ("my wife just slid off her chair at dinner and her lips are going blue, her breathing sounds like snoring, i dont "
     "know what to do", 1, "medical"),
    ("my husband caught his hand in the table saw and there's blood everywhere, I've got a towel on it but it's "
     "soaking straight through", 1, "medical"),
    ("my daughter just ate a cookie at a party that had walnuts in it, her lips are puffing up and she's coughing, we "
     "don't have her epipen with us", 1, "medical"),
    ("my grandson swallowed one of those flat button batteries from the remote about ten minutes ago, he seems totally "
     "fine but i read that's bad", 1, "medical"),
    ("my friend took something at the party and now he's shaking and his eyes are rolling back, we're at a house on "
     "Bauer Place", 1, "medical"),
    ("my newborn has been breathing really fast and kind of grunting and her lips look a little purple, she's two "
     "weeks old", 1, "medical"),
    ("my dad is diabetic and he's sweaty and confused and slurring his words, he keeps pushing away the juice I give "
     "him", 1, "medical"),
    # danger_or_injury (7)
    ("a big limb came down on the power line and the wire is lying across Harborview Road sparking, kids are about to "
     "walk home from the bus", 1, "danger_or_injury"),
    ("a car just slid off the road into the pond on Old Hill Road, I can only see the roof, I don't know if anyone's "
     "inside", 1, "danger_or_injury"),
    ("my neighbor fell off his roof hanging Christmas lights, he's lying on the driveway moaning and won't let us move "
     "him", 1, "danger_or_injury"),
    ("the tree crew next door just dropped a huge section of trunk on one of their own guys, he's pinned under it "
     "and screaming", 1, "danger_or_injury"),
    ("a cyclist just got hit by a car on Compo Road North, he's lying in the road not getting up and the car kept "
     "going", 1, "danger_or_injury"),
    ("the whole block smells like rotten eggs, really strong, and the road crew left a hole in the street on Lincoln "
     "Street and went home", 1, "danger_or_injury"),
    ("theres a man slumped over the wheel of a car idling in the middle of Weston Road, no hazards on, he doesnt move "
     "when i knock on the glass", 1, "danger_or_injury"),
    # self_harm (7)
    ("my roommate left a note that just says sorry for everything, took her car keys and texted me a picture of the "
     "bridge", 1, "self_harm"),
    ("i dont see the point anymore. ive got the pills counted out on the kitchen table, i just wanted somebody to "
     "know", 1, "self_harm"),
    ("my 15 yo has been cutting and tonight he said he won't be here for christmas, now he's locked in the bathroom "
     "and won't answer", 1, "self_harm"),
    ("My husband lost his job and told me he was 'going to the garage to end it', the garage door is shut and I can "
     "hear the car running", 1, "self_harm"),
    ("my best friend posted goodbye messages to everyone an hour ago and isnt picking up, she lives alone on Shadbush "
     "Lane", 1, "self_harm"),
    ("im standing on the bridge over the river downtown and i keep thinking about just stepping off. its so cold up "
     "here", 1, "self_harm"),
    ("sorry if this is the wrong place. my mom keeps saying we'd all be better off without her, she's been drinking "
     "and she has grandpa's old revolver out on her lap", 1, "self_harm"),
    # weapon_present (7)
    ("a man in line at the bagel place just lifted his jacket to show a gun in his waistband and told the cashier to "
     "hurry up", 1, "weapon_present"),
    ("guy walking down Compo Road South waving a big kitchen knife and screaming at the cars going by", 1,
     "weapon_present"),
    ("two guys fighting outside the bar and one just pulled out a knife, people are screaming and backing up", 1,
     "weapon_present"),
    ("a man with a shotgun is walking through the backyards on our street, right past the corner where the kids wait "
     "for the bus", 1, "weapon_present"),
    ("a kid at the skatepark just told my son another boy has a gun in his backpack and is showing it around", 1,
     "weapon_present"),
    ("a man just took a crossbow out of his trunk in the beach lot and is aiming it at the geese with people walking "
     "right past", 1, "weapon_present"),
    ("my tenant is drunk and waving a shotgun on the porch, shouting that nobody is taking his stuff", 1,
     "weapon_present"),
]

ROUTINE_ROWS = [
    "My husband will murder me when he sees I left the garage open again. Anyway, his leaf blower walked out of it "
    "sometime last weekend.",
    "the lights on our front hedge were snipped with scissors overnight, the whole strand is dangling, im so mad i "
    "could spit nails",
    "A man called saying he was from the electric company and we'd be shut off in an hour unless I paid with gift "
    "cards. I hung up on him. Just letting someone know.",
    "got a letter from a collection agency about a gym membership in Texas I never signed up for, I think someone "
    "used my name",
    "someone keyed LOSER into my hood in the Staples lot during the basketball game two nights ago",
    "I lost my reading glasses somewhere on Main Street yesterday, tortoiseshell frames on a beaded chain my "
    "granddaughter made",
    "We heard a huge crash around 9 last night and this morning the grill cover and lawn chairs were all over the "
    "yard. I think it was just the wind, all quiet now, just mentioning it.",
    "somebody smeared pumpkin guts all over my windshield on halloween and the paint under the wiper is still "
    "stained, is it too late to report",
    "The carbon monoxide detector beeped once when I swapped the battery, it's fine now, but while I was down in "
    "the basement I saw someone took the kids' bikes from the bulkhead stairs.",
    "someone keeps prank calling my shop at 2 am asking for 'Mr. Lick', it's wrecking my sleep",
    "a car sat outside our house for twenty minutes last night with its lights off and then drove away, probably an "
    "uber waiting on someone, it was just odd",
    "my ex keeps calling from blocked numbers and just breathing, nothing threatening, just annoying, it's been about "
    "a week",
    "someone smashed the pumpkins on our front steps and pitched them at the door, the porch looks like a pumpkin "
    "bomb went off",
    "my blood is boiling. somebody sprayed a huge tag across the side of my store overnight, bright orange",
    "I'm dying of embarrassment, I left my wallet on the roof of the car and drove off, it's somewhere on Long Lots "
    "Road",
    "a man knocked on my door saying he was from the water company and needed to check the pipes, I didn't let him "
    "in and he left in a car with no logo",
    "my car window was smashed at the beach lot yesterday afternoon and my gym bag is gone, nobody around now",
    "The fire pit next door has been going since dinner and the smoke is blowing right into our bedroom windows. "
    "It's under control, is there a rule about it?",
    "Somebody stole the baby Jesus from the outdoor manger scene at our church again, second year in a row!",
    "kids rang our doorbell and ran off like six times tonight, ding dong ditch, they're long gone, I just want it on "
    "record",
    "my 17 yr old came home two hours late and I was frantic but she's home safe now. anyway someone dinged her car "
    "pretty good in the movie theater lot",
    "My debit card got skimmed at a gas pump, the bank already put the money back, I just need a report number for "
    "them",
    "somebody has been taking our newspaper off the driveway every morning for a week, it's driving me up the wall",
    "I nearly died when I saw the bill, someone used my Amazon login to order $900 worth of stuff shipped to Florida",
    "our inflatable snowman got slashed and now he's lying face down on the lawn like a deflated corpse lol",
    "the guy who used to rent our basement keeps calling and hanging up, it's been going on since he moved out in the "
    "fall",
    "my son lost his brand new iphone at the skate park and now he's grounded for life, can i report it as lost",
    "There was broken glass all over my driveway this morning and the back window of my car is shattered, but nothing "
    "inside was taken",
    "Someone let the air out of all four of my tires at the train station, I'm stranded but fine, AAA is on the way",
    "the door to my shed was pried open and the riding mower is gone, must have been over the long weekend while we "
    "were away",
    "my neighbor's giant inflatable Grinch keeps blowing into my yard every night, I'm going to lose my mind",
    "a window cracked at our house, turns out it was a bird, not a rock. the kids across the street were pelting "
    "cars with snowballs earlier though",
    "I've been getting calls from someone pretending to be my bank and asking for my PIN, I never gave it, about five "
    "times this week",
    "someone tried my car door handle last night, the camera shows a guy in a hood pulling on it and then walking "
    "off down the street",
    "My tenant moved out and took the washer and dryer that belong to me, I have the lease that lists them",
    "there's a deflated birthday balloon tangled in the power line outside our house on Post Road East, not "
    "sparking or anything, just flapping around",
    "I smelled gas for a second by the meter this morning but the gas company already came and tightened something, "
    "all fine now, they said to let you know",
    "my daughter's AirPods were taken out of her gym locker at school, she's upset but totally fine",
    "Somebody took every light off our outdoor tree, the cord is cut off right at the outlet. It's a holiday crime "
    "spree out there.",
    "My husband is going to have a heart attack when he sees the mailbox, I thought it was the plow but there's red "
    "car paint on the post",
    "a text came in saying my package is held at customs and to pay $4.99 through a link, I didn't click it, is that a "
    "scam",
    "some teens were throwing eggs at cars from the footbridge earlier, they've left now but one hit my windshield",
    "i'm pretty sure the kid next door took my weed whacker, i saw one just like it in his garage",
    "my house alarm went off at 3 am and the company called me, turned out a birthday balloon drifted past the motion "
    "sensor",
    "My son's lacrosse bag with all his gear was taken out of the car while we ate at the diner",
    "Our wooden fence was kicked in last night, three boards busted out, looks like someone cut through the yard",
    "I want to strangle whoever keeps stealing my packages, that's the third one this month",
    "A guy sold me a fake Rolex in the train station parking lot for $300, I feel like an idiot, can I report that",
    "my card got declined and the bank says a second card was issued on my account that I never asked for",
    "someone keeps calling my landline at dinnertime and playing circus music, it's bizarre",
    "the man at the gas pump screamed at me because I was taking too long, then he drove off, I'm fine, just rattled",
    "my car got hit in the grocery store lot, there's a big dent in the rear bumper and of course no note",
    "I left my laptop on the train and Metro-North lost and found hasn't turned it up yet",
    "my sister says she'll kill me for losing her scarf at the movies lol. it's gray cashmere if anyone turns it in",
    "Someone dumped a pile of old tires in the woods behind our house overnight, maybe twenty of them",
    "My teenage daughter came home crying because someone keeps texting her nasty messages, nothing threatening, "
    "just mean",
    "i found a wallet on the sidewalk on Main Street with $40 and a license in it, where do i turn it in",
    "my car got towed from a lot downtown and I think the tow company is ripping me off",
    "Got home yesterday after three weeks away and found the side window broken and the TV gone, we already swept "
    "up the glass",
    "the fire alarm at my office went off because someone burned popcorn, we're all back inside now",
    "someone sliced the soft top on my Mini Cooper, I'm losing my marbles over this",
    "i think our nanny has been taking cash out of my dresser drawer, about $500 over the last month",
    "there's a guy who sits in a parked car across the street every morning at 8, probably waiting on a carpool, it "
    "just seems odd",
    "Last night someone went through my unlocked car and took the loose change and a phone charger, nothing else",
    "I locked my keys in the car at Compo Beach, can someone come open it?",
    "my 86 year old father got scammed out of $2,000 last month by someone pretending to be the IRS, he only just "
    "told me",
    "Some idiot ran over our trash cans and dragged one a whole block, it's mangled beyond recognition",
    "someone swiped the campaign sign off our lawn again, third time this year",
    "we came back from skiing and the roof rack was cut and the skis gone, that was up at the lodge in Vermont "
    "though",
    "I'm so stressed I could cry, someone filed a tax return in my name and took my refund",
    "a kid on a scooter clipped my side mirror on the sidewalk and rode off laughing, the mirror is cracked and the "
    "kid is long gone",
    "I jumped a mile when I heard the bang, thought it was a gunshot, turns out a transformer blew down the street. "
    "power is back on now",
    "my cousin is visiting and her car got broken into overnight, they took her whole suitcase",
    "my grandpa says if he catches whoever keeps stealing the candy canes off his walkway he'll string them up by "
    "their toes, he's 91 and uses a walker",
    "Our doorbell camera caught someone peeking in the garage window at 4 am two nights ago and then he wandered "
    "off. Nothing missing that we can tell.",
]
