# Hand-written first messages for emergency_messages.csv (text,is_emergency,category), sealed set 36.
# 75 emergencies (8 each: fire, just_happened_offender_near, crime_in_progress, missing_now, threat_of_violence;
# 7 each: cannot_call, medical, danger_or_injury, self_harm, weapon_present) and 75 routine look-alikes.

EMERGENCIES = {
    'fire': [
        "there's smoke coming out from under my neighbor's front door on Weathervane Hill, their car is in the "
        "driveway and nobody's answering",
        "my toaster oven caught fire and i threw water on it and now the cabinet above it is burning, i'm outside "
        "with the dog",
        "is it normal for the electrical panel in the basement to buzz and smell like burning plastic? it's hot to "
        "the touch and there's a little bit of smoke",
        "brush fire along the train tracks behind our yard near the Greens Farms station and it's creeping toward "
        "the fences",
        "hate to bug anyone but the chimney on the house across from me is shooting sparks and the roof next to it "
        "looks like it's glowing",
        "kids tossed a firework into the dumpster behind the pizza place and now the whole thing is on fire, flames "
        "higher than the fence, it's right next to the building",
        "my e-bike battery is hissing and smoking in the garage, weird sweet smell, it just popped twice",
        "a car in the Winslow Park lot has flames coming out from under the hood and there's a dog inside it",
    ],
    'just_happened_offender_near': [
        "a guy just ripped the necklace off my neck in the parking lot and he's walking toward Jesup Green, red "
        "jacket, not even running",
        "some dude just punched my husband outside the restaurant on Riverside Ave and now he's standing across the "
        "street smoking like nothing happened",
        "a teenager grabbed my daughter's phone out of her hand at the bus stop and he's sitting on the wall at the "
        "end of the block laughing at us",
        "woman just stole a bag of stuff from my store and shoved my cashier into the rack, she's sitting in a grey "
        "Civic still in our lot",
        "the man who just smashed my car window is walking toward the Saugatuck station with my bag over his "
        "shoulder, I'm following at a distance",
        "a man just exposed himself to my kids at the playground and he's still sitting on the bench by the swings",
        "guy just hit my dad in the face over a parking space at the grocery store and he went inside, he's at the "
        "registers right now",
        "someone ran me off the road on purpose and then got out and kicked my door in, he's parked right behind me "
        "at the light",
    ],
    'crime_in_progress': [
        "there's a van in my neighbor's driveway and two guys are carrying her TV out the front door, she's in "
        "Florida for the winter",
        "I can hear someone trying to pry open my back slider right now. i'm upstairs with the baby",
        "someone is siphoning gas out of the trucks at the construction site across from me right now, they've got "
        "a hose and a bunch of jugs",
        "theres a guy going car to car in the Imperial Ave lot pulling handles, he just got into a white SUV",
        "two people are spray painting the side of the school gym right now, I'm watching them from my car",
        "alarm company says there's motion in the house and the camera shows someone in our kitchen, we're out at "
        "dinner in Greenwich",
        "somebody is untying the boat next to mine at the marina and cranking the engine, I know the owner and it's "
        "not him",
        "someone's loading the new windows, still in their boxes, off the house being built on my road onto a "
        "trailer. nobody works there at this hour",
    ],
    'missing_now': [
        "my son is 8 and he rode his bike to a friend's house 3 blocks away an hour ago and he never got there",
        "my mom has dementia and she's not in the house, the front door was open, she's in her robe and no shoes",
        "can't find my 5 year old on the beach, she was right next to me building a sandcastle 10 minutes ago",
        "my autistic teenager walked out of school and isn't answering his phone, he doesn't know the bus routes at "
        "all",
        "my brother took his kayak out this morning and was due back by noon, it's 4 now and the wind picked up, "
        "his phone goes straight to voicemail",
        "the elderly lady next door I check on every day isn't home and her car is still here. she never goes "
        "anywhere without telling me",
        "my 14yo told her friend she was meeting someone from online at the train station and now she won't "
        "answer any of us",
        "my husband is diabetic and went for a walk 3 hours ago, he's not picking up and he left his glucose kit "
        "on the counter",
    ],
    'threat_of_violence': [
        "my ex just texted that he's on his way over and 'it ends tonight'. he still has a key",
        "a customer just told my employee he's coming back after we close to 'take care of her', and he knows when "
        "she leaves",
        "my roommate said if I'm still here when he gets home he'll break my neck. he gets off work in 20 minutes",
        "kid in my son's group chat just posted a picture of the high school and wrote 'dont come tomorrow'",
        "the neighbor's been yelling that he'll burn my house down with me in it and he's standing at the property "
        "line right now",
        "my son's dealer keeps calling saying he's coming to collect tonight and we'll all be sorry",
        "someone left a note on my car at work saying they know where my kids go to school and they'll grab them "
        "at pickup today",
        "my sister's boyfriend just said on the phone he's driving over to 'finish it' with her, she's staying with "
        "me",
    ],
    'cannot_call': [
        "i can't talk, he's in the next room. he hit me and smashed my phone, i'm on my laptop. please send "
        "someone. Hockanum Road",
        "I'm deaf and my neighbor is lying at the bottom of her stairs, she's not moving. I can't make a voice call",
        "I'm hiding in the hall closet, someone is walking around downstairs. I'm texting because he'd hear me",
        "i'm in a car with a guy who won't let me out, he keeps driving, i'm typing under my coat, we're going east "
        "on the Post Road",
        "no cell service here, my phone only works on wifi, my dad just collapsed and he's breathing weird",
        "I had a stroke last year and can't talk well. my wife fell and hit her head, lots of blood",
        "they took my phone, I'm on my kid's tablet. they're still in the house and they're yelling",
    ],
    'medical': [
        "my husband's face is drooping on one side and he's slurring his words, it started like 10 min ago",
        "my friend took something at a party at my house and now he won't wake up, his lips look blue",
        "I think my 2 year old swallowed one of those little button batteries, she's drooling and crying",
        "my dad has chest pain going down his left arm but he says it's just heartburn and not to make a big deal",
        "a lady just passed out in the checkout line at the pharmacy and she's not responding to anyone",
        "my son got stung by something at practice and now his throat feels tight, his EpiPen is at home",
        "cut my hand really bad on a mandoline slicer and it's bleeding right through the towels",
    ],
    'danger_or_injury': [
        "a tree just came down on the car in front of me on Cross Highway and someone's still inside",
        "there's a little kid standing on the median on the Post Road, cars flying by, no adult anywhere",
        "man fell off a ladder at the house next door, he's on the ground and says he can't move his legs",
        "power line came down on top of a car on Bayberry Lane and the woman inside is trying to climb out",
        "guy on a jet ski just flipped off Saugatuck Shores and he hasn't come back up",
        "a dog walker fell through the ice on the pond at the end of our road and she's hanging onto the edge",
        "a car just went off the road into the river by the bridge and it's sinking",
    ],
    'self_harm': [
        "my friend posted a photo of a bunch of pills on her story and wrote 'bye everyone', she's not answering",
        "I don't want to be here anymore. I have my dad's gun out on the table in front of me",
        "my teenage son left a note and took the car keys, he wrote that he's going to drive into the water",
        "im sitting on the tracks by the station and i dont think im moving when the train comes",
        "my roommate's been giving all her stuff away and just told me she won't need anything after tonight",
        "my husband locked himself in the bathroom and said he's going to cut himself, I can hear him crying",
        "i'm so tired. i took all my sleeping pills about an hour ago and now i'm scared",
    ],
    'weapon_present': [
        "a man is walking up and down our street waving a machete at the cars going by",
        "my neighbor is out in his yard shooting a gun into the air and yelling at nobody",
        "a kid at my son's bus stop just pulled a knife on another kid, they're still standing there",
        "guy in a silver sedan pointed a gun at me at the light and now he's following me",
        "a customer just pulled a knife at my register over a return, he's still in the store",
        "there's a man sitting on a bench in the park with a rifle across his lap watching the playground",
        "my uncle is drunk and got his hunting rifle out of the closet, he's sitting on the porch with it",
    ],
}

ROUTINE = [
    "someone keyed my car at work sometime last week, no idea who, just need a report for insurance",
    "my daughter's bike was stolen from outside the library on Saturday, it was locked to the rack",
    "I've been getting scam calls pretending to be the IRS all month, annoying but they never threaten anything",
    "our mailbox got knocked flat sometime overnight, probably the plow, post is snapped",
    "i'm DYING, someone stole the giant inflatable turkey right off our lawn lol",
    "I about had a stroke when I opened the credit card bill, there's $1,900 in charges I didn't make",
    "found an old rusty knife in the woods behind my house while clearing brush, looks like it's been there for "
    "years, what should I do with it",
    "our shed was broken into sometime back in August and we only just noticed the chainsaw is gone",
    "my car battery is dead dead and the dome light was on, I think someone was in the car last week",
    "fire sale on my identity apparently, someone opened three store cards in my name",
    "somebody stole the copper gutter downspouts off our garage while we were away last month",
    "our nanny got fired for stealing and now I found out she also took my grandmother's ring, she moved to "
    "Florida in the spring",
    "heads up I'm not in danger, just want to report that my license plate was stolen off my car",
    "someone tried to kill our Wi-Fi by cutting the cable box line on the side of the house, it's been fixed",
    "murder scene at my house: a raccoon got into the trash and there's garbage everywhere. kidding. but someone "
    "tipped our cans into the street on purpose, again",
    "a nail gun was taken out of the back of my truck at a job site Tuesday",
    "help!!! I lost my wedding ring at the beach, I know it's probably gone",
    "the glue gun, the sewing machine and a box of fabric were stolen from the church craft room last weekend",
    "i'm being attacked by spam texts saying I owe tolls, like 20 a day",
    "somebody shot out my porch light with a BB gun a couple of weeks ago, just noticed the pellet",
    "I got a bomb of a phone bill - someone added 4 lines to my account that I never asked for",
    "our garden statue got decapitated over the weekend, the head is in the bushes",
    "my son's bike got jacked from the train station racks sometime yesterday",
    "I think my dryer was making a burning smell last month, anyway that's not why I'm writing, someone stole "
    "our recycling bins",
    "a guy scammed my mom out of $800 on a fake roof repair in June, he's long gone",
    "my car window was smashed at the beach lot last weekend, they didn't take anything",
    "someone broke the lock on our pool gate sometime this week",
    "my ex-roommate keeps texting me memes at 3am, not threatening, just weird. can I make it stop",
    "911 isn't what I need, just want to report someone stole the solar lights along our walkway",
    "the kids next door shot a paintball at my garage door and it's still purple",
    "I'm bleeding money, someone has been using my Netflix and Amazon logins and ordering stuff",
    "my daughter's airpods got stolen out of her locker at school last week",
    "emergency!!!! my fantasy team got robbed by the commissioner. (sorry, my husband made me type this. real "
    "report: someone took our grill cover)",
    "i found a pocketknife and a wallet in the road while walking my dog, no one around, where do I bring them",
    "we came home from vacation and the back door lock was scratched up, nothing missing, this was 10 days ago",
    "a man called my grandma pretending to be her grandson in jail, she hung up on him, no money sent",
    "my kid got his phone taken at a sleepover and the other family won't help, this was a month ago",
    "the electric company says someone tampered with our meter, they already replaced it",
    "somebody threw eggs at my car on Halloween, paint is damaged now",
    "just noticed my catalytic converter was cut off, car's been sitting in the driveway since we got back",
    "a drone keeps flying over our backyard, it's gone now but it bugs me",
    "someone scratched a swastika into the stall door at the beach bathroom, saw it yesterday, it's disgusting "
    "but nobody's there",
    "our daughter's car got hit by a shopping cart in the wind, just a ding, no one around",
    "i'm shaking, someone withdrew $600 from my checking at an ATM in Bridgeport last Friday",
    "not an emergency - lost my keys somewhere downtown yesterday afternoon",
    "someone smashed all the pumpkins on our stoop last night, kids probably",
    "there was a hunting rifle in my late father's closet, I want to turn it in, it's not loaded",
    "my phone got stolen at the gym last week while I was on the treadmill",
    "scared the life out of me: my smoke alarm went off at 3am, turns out just a dead battery. also while I'm "
    "here, somebody stole my outdoor speaker",
    "a man in a truck has been dumping leaves at the end of our street, happened again this morning, he left",
    "someone keeps calling my work line and hanging up, has been going on a couple of weeks",
    "I got punched in the gut when I saw my tax refund was already claimed by someone else",
    "someone let the air out of my bike tires in the garage at the condo, third time this month",
    "my car was dinged in the Trader Joe's lot an hour ago, no note, I'm home now",
    "the neighbor's fireworks scorched my fence last July 4th and they won't pay",
    "my elderly dad gave his bank info to a fake Medicare caller last week, the bank froze everything",
    "a bunch of political signs were ripped out of my lawn overnight",
    "my husband's wedding band is missing, we think it went down the drain at the gym or got lost at the pool",
    "I'm going to kill whoever took the Little Free Library box off the post at the end of our driveway",
    "someone graffitied a tag on the back of our restaurant dumpster enclosure, probably over the weekend",
    "our gate code was posted online and now delivery people keep walking into the back yard, no one's been "
    "hurt",
    "my bike seat was stolen right off the bike at the train station, who does that",
    "someone tried to open a Verizon account in my name, Verizon caught it and blocked it",
    "got a letter from the DMV about a car registered in my name that I've never owned",
    "I was robbed blind at that parking garage, $45 for 2 hours. lol jk. but someone did take my bike helmet "
    "from my car",
    "my purse was stolen from a shopping cart two weeks ago, I only now got around to reporting it",
    "a landscaping crew ran over our sprinkler heads and left, it's been a few days",
    "I woke up to a flat tire with a nail in it, probably nothing but we've had weird stuff going on",
    "a teenager set off the car alarms on our street as a prank, all quiet now",
    "somebody stole the wreath off our front door, again",
    "my credit card was skimmed at a gas station, the bank already refunded it but they want a police report",
    "I think someone went through my unlocked car overnight, the glovebox was open, nothing seems missing",
    "our daughter's ex keeps liking all her old photos and messaging her friends, he lives in California now",
    "a guy at the dog park said my dog was dead meat if it came near his again. that was last month, haven't "
    "seen him since",
    "I want to report a lost passport, I need the report for the new application",
]
