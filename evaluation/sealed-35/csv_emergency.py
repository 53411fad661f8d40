"""sealed-35: emergency_messages.csv rows (hand-written). 75 emergencies, 75 routine look-alikes."""

# (text, category) -- is_emergency=1
EMERGENCIES = [
    # fire (8)
    ("the outlet behind our fridge is making popping sounds and i can see an orange glow back there, the kitchen "
     "smells like melted plastic", "fire"),
    ("hey so the dryer vent outside is pouring black smoke and the laundry room is really hot, is that normal or",
     "fire"),
    ("burning smell coming through the wall of my condo, the unit next door doesn't answer and the wall is hot to "
     "touch", "fire"),
    ("Our neighbours' garage on Ellery Lane has smoke coming out from under the door, they're at work and I can "
     "hear popping inside", "fire"),
    ("the grill on our deck caught the railing, my husband is throwing buckets of water on it but it's climbing "
     "up the siding", "fire"),
    ("Sorry to message instead of calling -- the transformer on the pole in front of our house has flames "
     "coming out of it and sparks are landing in the hedge", "fire"),
    ("my kid's power bank swelled up and started smoking so we threw it out the window, now the mulch under the "
     "window is burning", "fire"),
    ("there's a boat on fire at the docks by Saugatuck, flames are almost touching the boat next to it", "fire"),
    # just_happened_offender_near (8)
    ("a guy just grabbed my purse off my shoulder on Main Street and he's walking fast toward the lot behind the "
     "stores, grey hoodie, I can still see him", "just_happened_offender_near"),
    ("man just punched the cashier at the deli and walked out, now he's sitting on the bench outside eating a "
     "sandwich like nothing happened", "just_happened_offender_near"),
    ("a lady took my phone off the counter at the coffee place like 2 min ago and she's still standing at the "
     "bus stop across the street", "just_happened_offender_near"),
    ("the kids who just smashed my neighbor's car windows are hanging out at the end of the cul-de-sac laughing "
     "about it", "just_happened_offender_near"),
    ("the guy who just shoplifted from my store and shoved my employee into the shelf is smoking in the lot next "
     "door, I can see him from the register", "just_happened_offender_near"),
    ("I got slapped across the face in the Post Road East parking lot after I honked at a man. he's sitting in "
     "his truck two rows over", "just_happened_offender_near"),
    ("An old man just got knocked down by someone who grabbed his wallet outside the library. The guy is "
     "jogging down Jesup Road with a red backpack, not even fast", "just_happened_offender_near"),
    ("someone just backed into my kid on his bike in the Compo lot and he's trying to pull out now. my son's "
     "crying but talking. white jeep", "just_happened_offender_near"),
    # crime_in_progress (8)
    ("there are 2 guys with a flatbed loading my neighbor's jet ski off its trailer right now and the family is "
     "away in Maine", "crime_in_progress"),
    ("someone is in my car in the driveway RIGHT NOW going through the glovebox, the dome light is on, I'm "
     "watching from upstairs", "crime_in_progress"),
    ("I'm on the platform at Greens Farms station and a man is going down the row of parked cars pulling on "
     "every door handle", "crime_in_progress"),
    ("I can hear someone walking around in our attic. Nobody else is home. I'm in the bedroom with the door "
     "locked", "crime_in_progress"),
    ("guy with a backpack is under a car in the commuter lot cutting something off it, I can hear the saw from "
     "here", "crime_in_progress"),
    ("there's a flashlight moving room to room in the empty house for sale next to us and I heard a window "
     "break maybe 5 minutes ago", "crime_in_progress"),
    ("a pickup just backed up to the construction site on our street and two guys are throwing copper pipe in "
     "the bed, the crew left hours ago", "crime_in_progress"),
    ("my ring cam is showing a man inside my garage right this second and I'm at work in Stamford, what do I "
     "do", "crime_in_progress"),
    # missing_now (8)
    ("my mom has alzheimer's and she walked out while I was in the shower, she's in her nightgown and it's "
     "freezing out", "missing_now"),
    ("We can't find our 6 year old at Compo Beach. He was by the cannons 10 minutes ago and now he's just not "
     "there", "missing_now"),
    ("my 12 yr old was supposed to be home from the bus an hour ago, his phone goes straight to voicemail and "
     "his friends haven't seen him", "missing_now"),
    ("our son is nonverbal and he slipped out during the birthday party, we've checked every room and the whole "
     "yard", "missing_now"),
    ("my husband went for a run 4 hours ago, usually he's back in 45 minutes, he has a heart condition and he "
     "doesn't answer", "missing_now"),
    ("one of the residents at our group home walked off this morning and hasn't come back, she has an "
     "intellectual disability and can't tell people her address", "missing_now"),
    ("my 13 yr old daughter left a note that she's meeting someone she met on a game, he said he'd pick her up "
     "at the end of the street", "missing_now"),
    ("my dad took his little boat out at 6 this morning, said back by noon, it's 3 now, fog rolled in and his "
     "phone is off", "missing_now"),
    # threat_of_violence (8)
    ("my neighbor said if my dog barks one more time he'll come over tonight and 'handle' both of us. he's "
     "standing at the fence staring at the house right now", "threat_of_violence"),
    ("an employee we fired yesterday just called the front desk and said he's on his way in to 'make everyone "
     "pay'", "threat_of_violence"),
    ("someone wrote on my daughter's locker that they're going to hurt her after school today and she walks "
     "home alone", "threat_of_violence"),
    ("my landlord just texted 'you'll be carried out of there tonight one way or another' and he has a key to "
     "my apartment", "threat_of_violence"),
    ("the man I've been chatting with online just sent me my home address and said 'see you in 20 minutes, "
     "leave the door unlocked'", "threat_of_violence"),
    ("my brother called me drunk saying he's coming over to beat my husband senseless, he lives 10 min away and "
     "he's getting in his car", "threat_of_violence"),
    ("a man in line at the pharmacy is screaming that he'll kill the pharmacist if she doesn't give him his "
     "pills", "threat_of_violence"),
    ("my son's getting voice messages from some older kids saying they'll jump him at the skate park tonight "
     "and bring friends, and he still wants to go", "threat_of_violence"),
    # cannot_call (7)
    ("can't talk. someone broke in downstairs and I'm under the bed upstairs. he'll hear me. Stony Point Road",
     "cannot_call"),
    ("I stutter really bad when I panic so I'm typing -- my husband fell in the shower and his head is bleeding a lot, he's awake but he "
     "doesn't know what day it is", "cannot_call"),
    ("my husband is drunk and hurting me, he took my phone, I'm on the ipad in the bathroom. please send "
     "someone. he's in the kitchen", "cannot_call"),
    ("I have no voice after throat surgery so I can't phone. my neighbour is lying face down in her yard and "
     "not moving", "cannot_call"),
    ("calls won't go through on my phone, only wifi works. my friend took something at this party and we can't "
     "wake her up", "cannot_call"),
    ("I'm in a car with a guy who picked me up and he won't let me out, he's driving the wrong way, I can only "
     "type", "cannot_call"),
    ("typing on the laptop bc the landline's dead and there's no cell signal out here. my mom is breathing "
     "really strange and won't answer me", "cannot_call"),
    # medical (7)
    ("my son got stung by a bee and now his lips are puffing up and he's wheezing", "medical"),
    ("the lady next to me at the bus stop just fell over and she's shaking all over", "medical"),
    ("Grandpa says his chest feels tight and he's all clammy, but he says it's just indigestion and not to make "
     "a fuss", "medical"),
    ("my friend hit her head falling off her skateboard and now she keeps asking the same question over and "
     "over", "medical"),
    ("baby has a really high fever and she's gone all floppy and won't wake up properly", "medical"),
    ("my wife says she has the worst headache of her life, it came on all of a sudden and now she's throwing "
     "up", "medical"),
    ("a man passed out in the heat at the farmers market, someone's fanning him but he's not responding",
     "medical"),
    # danger_or_injury (7)
    ("a tree came down across Long Lots Road and the wires are lying on it, sparking", "danger_or_injury"),
    ("a little boy just got hit by a car on Main Street in front of the toy store and he's lying in the road",
     "danger_or_injury"),
    ("the ice on the pond cracked and a dog fell through, now a man is crawling out on the ice to get it",
     "danger_or_injury"),
    ("a car flipped onto its side at the corner of the Post Road and there's someone still inside it",
     "danger_or_injury"),
    ("there's a cyclist down on Hillspoint Road, his leg is bleeding a ton and he isn't getting up",
     "danger_or_injury"),
    ("a section of scaffolding fell off the building next to my office and a worker is pinned under it",
     "danger_or_injury"),
    ("the water's up to the front step with the storm and my elderly neighbor is still inside, she can barely "
     "walk", "danger_or_injury"),
    # self_harm (7)
    ("my roommate just texted 'sorry for everything' and turned off her phone, she's been saying she wants to "
     "disappear", "self_harm"),
    ("I've been saving up my pills. I think tonight's the night. I just wanted someone to know.", "self_harm"),
    ("my brother posted a pic of the train tracks at Saugatuck and wrote 'see you on the other side'",
     "self_harm"),
    ("my teenage son locked himself in the bathroom and says he has a razor and he's done", "self_harm"),
    ("my dad sold his boat for a dollar, called everyone to say goodbye and just drove off with his hunting "
     "rifle", "self_harm"),
    ("honestly I don't see the point in filing anything, I won't be around next week. I've made up my mind",
     "self_harm"),
    ("my friend says she swallowed a whole bottle of tylenol an hour ago, now she's sorry but says she feels "
     "fine", "self_harm"),
    # weapon_present (7)
    ("a guy in the park just pulled a knife on my friend over a dog leash and he's still standing there",
     "weapon_present"),
    ("the customer who's been yelling at us just lifted his shirt and showed my cashier a gun in his waistband",
     "weapon_present"),
    ("two teens in the school parking lot and one of them has a pistol out, showing it off to the others",
     "weapon_present"),
    ("my neighbor is walking up and down the street with a sword yelling at the cars", "weapon_present"),
    ("a man pointed a rifle out of his car window at me at the light and now he's driving right behind me",
     "weapon_present"),
    ("man at the gas station is holding a box cutter to the attendant's face", "weapon_present"),
    ("there's a man on the lawn at the Levitt with a gun in his hand and people are running", "weapon_present"),
]

# is_emergency=0, category routine: look-alikes and things that are over
ROUTINE = [
    "someone slaughtered my halloween display, all the skeletons smashed. happened last weekend",
    "I nearly had a heart attack when I opened my card statement: $2,340 in charges I never made",
    "my car looks like it went through a war, someone keyed every single panel while it sat on the street "
    "overnight",
    "the kids down the street have been blowing up my phone with prank calls since Tuesday and I'm losing my "
    "mind",
    "found a lighter shaped like a pistol on the sidewalk, obviously a lighter, do you want it dropped off?",
    "smoke alarm went off but that was just my toast. unrelated, I need to report a lost wallet",
    "someone stole my kid's scooter from the school rack last week, he's devastated",
    "I'm freaking out, my wallet's gone, I think I left it at the beach yesterday",
    "my buddy said he'd 'kill me' in fantasy football lol, anyway my phone got stolen at a bar on Friday",
    "HELP my identity got stolen, someone opened a Verizon account in my name",
    "someone glitter-bombed my car, it's in every crack and vent, I'm going to scream",
    "my package got jacked off the porch yesterday afternoon",
    "fire sale on bikes I guess -- mine got stolen from in front of the pizza place on Tuesday",
    "I'm dying of embarrassment but I lost my passport, somewhere between the gym and home",
    "someone is killing my lawn, driving over the corner of it every night, ruts everywhere",
    "my mailbox got beheaded, the top was lying in the street this morning",
    "got a call from 'Microsoft' saying my computer was infected, I hung up right away. should I still report?",
    "the dog sitter says someone tried the back door 3 weeks ago but they left and nothing was taken",
    "yesterday's storm dropped a branch on my car and dented the roof. not a crime I know, just wondering who to "
    "tell",
    "my grandson says I 'got hacked' because my facebook is posting sunglasses ads. is that a police matter",
    "someone's been stuffing their dog poop bags in our recycling bin for a month",
    "my teen's airpods walked away from the locker room last Thursday",
    "police please!!! someone keyed a swear word into my car door overnight",
    "car alarm went off at 3am but everything looked fine, this morning I see the door handle's scratched",
    "someone drained my PayPal last month, $480 gone, and the bank says I need a report",
    "my ex calls from a new number every week or so, no threats, just hangs up. it's been going on since spring",
    "found one old rusty shell casing on the beach this morning, probably been there forever",
    "my neighbor joked she'd 'kill for my tomatoes' and now every tomato is gone lol. seriously though, someone "
    "took them",
    "can I still report that someone broke into my shed two weeks ago? they only took a leaf blower",
    "my son's phone got stolen at the basketball courts on Saturday, we tracked it to Bridgeport",
    "there's a dead raccoon in the middle of our road, who do I call",
    "the ATM ate my card last week and someone used the number in Ohio yesterday",
    "I've been robbed!!! by the parking meter. took $6 and didn't print anything",
    "someone painted a big red X on the tree in front of my house, is that the town or vandals?",
    "my heart is broken, someone pried the memorial plaque for my mom off the park bench sometime this month",
    "I'm shaking with rage, the guy who rear-ended me last week gave me a fake insurance number",
    "alarm company called, a sensor went off yesterday while we were out, nothing missing, just scratches on the "
    "back door",
    "I lost my dad's army dog tags at Compo over the summer, sentimental value only",
    "found my car door open this morning, everything's there I think, maybe I just forgot to lock it",
    "fraud alert from my bank about a $1 test charge I didn't make, I already froze the card",
    "someone stole the gas cap off my truck lol who even does that",
    "someone called me at work pretending to be from my kid's school and asked for my social, I didn't give it",
    "my car got sideswiped in the lot while I was at yoga this morning, no note",
    "we've been getting heavy-breathing calls every night around 9, for about a week now",
    "toilet paper in every tree on our street, senior prank I assume",
    "my elderly mother got scammed out of $3,000 in gift cards last month. she's fine, it's over, but I want it "
    "reported",
    "my car window was shattered overnight, glass all over the seat, they only took my quarters",
    "is it a crime if someone keeps taking my newspaper? it's every single morning",
    "my tires were all slashed while I slept, found it this morning, the car's sitting on its rims",
    "someone dumped a mattress and a couch in front of our house overnight",
    "my son says a kid 'murdered' him in a video game and now keeps messaging him mean stuff, should I report "
    "that?",
    "I think someone used my social security number to file taxes, the IRS won't take mine",
    "left my laptop on the train and it turned up at the New Haven lost and found, do I still need a report?",
    "someone tried all my car doors last night, handprints on every window and the mirror's folded in",
    "my kid's bike was 'borrowed' out of our garage and dumped in the woods, we found it bent",
    "a firework went off in our mailbox on the 4th, I'm only now getting around to reporting it",
    "I was attacked by my neighbor's rooster this morning lol. anyway, I want to report my stolen bird feeders",
    "someone broke the lock on my storage unit, no idea when, I hadn't been there since the summer",
    "my lawn sign got ripped out and thrown in the pond again",
    "I am in shock. My late husband's coin collection is not in the closet. I last saw it at Christmas.",
    "Emergency!! (not really) somebody stole the Christmas lights right off my bushes",
    "there's a guy in a ski mask crossing our yard in one of my camera clips from last month, nothing happened",
    "i keep getting texts saying i owe tolls, pretty sure it's a scam",
    "someone clipped my mirror while I was parked this morning, nobody hurt, they're long gone",
    "my wallet was stolen out of my gym locker yesterday and they already used my card at a gas station",
    "my car was either towed or stolen... ok it was towed. where do I pay",
    "my daughter's ex keeps calling her from blocked numbers, no threats, just annoying, it's been months",
    "someone took a bat to our mailbox again, third time this year, overnight again",
    "my neighbor stabbed me in the back and told the HOA about my fence. also somebody spray painted the fence",
    "bleeding cash here: someone's been using my Netflix and my Uber account, I changed the passwords",
    "just realized our garage was gone through sometime this past week, both bikes are gone",
    "strangest thing, both front seats are pushed all the way back and the glovebox is open, nothing missing",
    "someone keeps ringing our doorbell and running off, it's driving my husband up the wall",
    "my gun safe is fine, to be clear, but someone stole my fishing rods out of the garage",
    "my car was broken into in the Greens Farms station lot on Monday, they took sunglasses",
]
