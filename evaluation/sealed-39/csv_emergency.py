"""sealed-39 emergency_messages.csv: first messages, `text,is_emergency,category` (hand-written).
75 emergencies (8 each: fire, just_happened_offender_near, crime_in_progress, missing_now,
threat_of_violence; 7 each: cannot_call, medical, danger_or_injury, self_harm, weapon_present)
and 75 routine look-alikes and things that are over."""

EMERGENCY = {
    'fire': [
        "theres smoke coming out from under my neighbors back door on Old Road and the smoke alarm inside is "
        "screaming. their car is in the driveway",
        "my dryer started smelling like burning and now actual smoke is coming out of the vent in the laundry "
        "room, i unplugged it but its getting worse",
        "the woods behind the houses on Bermuda Road are burning, small flames but the wind is pushing it toward "
        "the fences",
        "Lightning hit the big oak in our yard on Crooked Mile Road and it's smoldering with little flames up in "
        "the branches, right over the roof",
        "hi, not sure if this is the right place, theres a strong burning plastic smell in our apartment "
        "hallway on Wright Street and it's getting hazy. nobody else seems home",
        "the grill set the deck railing on fire and my husband is throwing pots of water on it but its not going "
        "out",
        "Car pulled over on Hillspoint Rd with smoke pouring out from under the hood and now there are flames, "
        "a woman is still getting her kids out of the back",
        "sparks keep popping out of the outlet behind the couch and the wall around it is warm and black. should "
        "i just wait for an electrician or",
    ],
    'just_happened_offender_near': [
        "a guy just grabbed the tip jar off the counter at the coffee place on Main St and ran out, he's "
        "standing at the bus stop across the street right now",
        "somebody just smashed my car window at the Compo lot and grabbed my bag, he's jogging down the beach "
        "toward the cannons with it. blue hoodie",
        "A man just walked out of my store on Post Road West with two bottles he didn't pay for and he's sitting "
        "in a white car in our lot drinking one of them",
        "kid just snatched my daughters phone out of her hand at the skate park and hes still there on his bike "
        "by the ramps laughing at her",
        "just watched someone take a box off my porch on Hiawatha Lane and now theyre two houses down walking "
        "up the next porch",
        "someone just sideswiped my parked car on Church Lane, got out, looked at it, and is trying to drive off "
        "but hes stuck behind a delivery truck",
        "a man just yanked my grandmother's purse off her arm outside the pharmacy and walked into the alley "
        "behind the stores, I can still see his red cap",
        "guy just dragged a key down every car in our row at the Longshore lot and hes walking back to his "
        "truck now, silver F-150",
    ],
    'crime_in_progress': [
        "someone is trying to get in my front door right now, they keep turning the handle and shoving it. im "
        "upstairs with my kids on Timber Lane",
        "theres a guy in a mask going down my street on Wake Robin Road opening car doors one after another "
        "right now",
        "Two people are loading the copper pipe from the construction site next door into a van. Nobody works "
        "there today, the builder told us so",
        "my doorbell app shows someone inside our garage right this minute and we're on vacation in Maine. the "
        "house is on Sunrise Road",
        "people are breaking open the lockers at the Compo marina right now, i can hear the crowbar. two of them",
        "someone is sawing the catalytic converter off a car in the Imperial Ave lot as we speak, I can hear the "
        "saw from across the lot",
        "There's a man spray painting the wall of Saugatuck Elementary right now, he's still at it",
        "a guy just went in the back door of the shop next to mine on Post Road East, the owner is out to lunch "
        "and I can see him behind the register",
    ],
    'missing_now': [
        "My 8 year old left his friend's house on Evans Court 45 minutes ago to walk home. It's a 5 minute walk. "
        "He's not here and he's not answering his watch",
        "my mom has alzheimers and shes not in the house, the front door is wide open and her coat is still on "
        "the hook. Hickory Hill Road",
        "we cant find our 4 year old at the Levitt Pavilion, she was on our blanket a minute ago, pink dress",
        "my 15 year old didnt come home last night and isnt answering, her phone goes straight to voicemail. "
        "this is NOT like her",
        "my son has autism and doesnt speak, he got out through the back gate and we live right by the river on "
        "Richmondville Ave",
        "my sister went out paddleboarding from Burying Hill an hour ago and I can't see her anymore, it's "
        "getting choppy",
        "my father drove to the grocery store 3 hours ago and never came back, hes 88 and gets mixed up about "
        "where he is",
        "lost my little boy on the Longshore path, hes 6, he was on his scooter just ahead of me and now hes "
        "nowhere",
    ],
    'threat_of_violence': [
        "my ex just texted that if i dont come outside he'll burn the house down with me in it. he's been "
        "drinking all day",
        "a guy I fired from the restaurant last week just called and said he's coming in today to settle it, "
        "and he sounded unhinged",
        "someone posted in the town facebook group that theyre going to shoot up the beach this weekend and "
        "put up a photo of a gun",
        "my neighbor just screamed over the fence that he's going to kill my dog and then me, and he has done "
        "scary stuff before",
        "Voicemail from my sister's husband saying he's on his way here to 'finish this'. She's hiding at my "
        "place on Valley Road",
        "my son got a snapchat from a kid saying he'll stab him after school tomorrow and he posted our address",
        "The man who was screaming at my wife in the parking lot just told us he'd be waiting at our car and "
        "we'd be sorry",
        "my roommate is punching holes in the wall and saying he'll hurt me when he's done. i locked myself in "
        "my room",
    ],
    'cannot_call': [
        "i cant talk, someone is walking around downstairs, im in the closet. pond edge road",
        "I am deaf. My neighbor is lying on her porch and not moving. I can't use a phone. Davenport Avenue",
        "my husband took my phone and smashed it, im on my sons ipad. please send someone he is still yelling. "
        "Treadwell Ave",
        "I have no voice after throat surgery and my dad just fell and hit his head, he's awake but bleeding a "
        "lot. Wakeman Road",
        "no cell service down here and the basement water is up to my knees and rising, all I have is wifi, "
        "kids are upstairs",
        "can u send police pls i cant call he is in the next room and he will hear me",
        "I'm stuck in the walk-in cooler at the restaurant on Main Street, the door won't open from inside and "
        "this chat is the only thing that works",
    ],
    'medical': [
        "my husband's face is drooping on one side and he can't lift his arm, he says he's fine and just wants "
        "to lie down",
        "my 2 year old just bit into one of the dishwasher pods from under the sink, she's coughing and "
        "drooling",
        "an old man in the library just collapsed and isnt breathing right, a lady is doing CPR",
        "I think I'm having an allergic reaction, my throat feels tight and I'm covered in hives after the "
        "shrimp",
        "my mom took her insulin and then skipped lunch, now shes shaking and not answering me properly",
        "my friend took something at a party and now she won't wake up and her breathing is really slow",
        "chest pain for the last half hour, going into my jaw now. i'm alone at home on Dexter Road",
    ],
    'danger_or_injury': [
        "a tree came down across North Ave and took the power lines with it, the wires are sparking on the road "
        "and cars are still going around it",
        "a kid fell off the rocks at the Compo jetty and hes in the water hanging on, the waves keep pushing him "
        "off",
        "guy on a motorcycle just wiped out on Cross Highway and hes not moving",
        "the ice on the Winslow Park pond broke and a dog and the man who went after it are both in the water",
        "our painter fell off his ladder onto the patio, his leg looks broken and he's gone really pale",
        "theres a sinkhole opening up in the middle of Compo Road North and a car's front wheel is stuck in it",
        "whole block smells like rotten eggs on Woodside Ave and there's a hissing sound by my neighbor's gas "
        "meter",
    ],
    'self_harm': [
        "I dont want to be here anymore. I wrote notes for my kids and left them on the kitchen table",
        "my boyfriend just texted me goodbye and says he's at the tracks by the Greens Farms station",
        "my daughter cut herself and it won't stop bleeding, she says she meant to do it",
        "my brother is in his car in the garage with the engine running and the door is locked",
        "i took a whole bottle of tylenol about an hour ago and i think i made a mistake",
        "my friend is standing on the railing of the bridge over the Saugatuck River and won't come down",
        "ive been thinking about ending it all day and i just bought a rope",
    ],
    'weapon_present': [
        "two guys fighting outside the pizza place on the Post Road and one of them just pulled a knife",
        "theres a man walking down Main Street with a rifle over his shoulder, people are ducking into stores",
        "my neighbor is out in his front yard waving a handgun around and yelling at cars",
        "A man in the grocery store lot just pointed a gun at me because I took the spot he wanted. He's still "
        "sitting in his car",
        "a kid at Staples has a knife in his backpack and showed it to my son in the hallway, my son just texted "
        "me",
        "my stepdad is drunk and has a machete, he's outside banging on the door",
        "somebody is swinging a baseball bat at cars in the lot behind the Playhouse and a man is trying to stop "
        "him",
    ],
}

ROUTINE = [
    "someone egged my car last night, it's all dried on the windshield now",
    "the neighbor kids absolutely massacred my tulips with their soccer ball again lol",
    "got a call from someone saying they were the IRS and I'd be arrested today. I hung up, just want to report it",
    "my bike was stolen from outside the library sometime yesterday",
    "found a broken window in our shed this morning, nothing seems to be missing",
    "somebody cut the catalytic converter off my car overnight, noticed when I started it this morning",
    "a guy on facebook marketplace took $300 from me for concert tickets that never came",
    "my credit card bill has 3 charges i didnt make, i about died when i saw it",
    "somebody dented my car door at the grocery store and drove off, it's just a dent",
    "my mailbox got knocked over again, probably kids, it was like that when I got up",
    "I lost my wallet at the beach two days ago",
    "my car alarm went off at 3am and this morning there were scratches by the lock",
    "like 20 calls a day from an unknown number, it's driving me nuts",
    "my stomach dropped when I saw my car this morning, someone smashed the rear window overnight",
    "I'm so furious I could scream, somebody scratched JERK into my hood",
    "a man called my grandma pretending to be my cousin in jail and she almost sent money but we stopped her",
    "fresh graffiti on the tunnel under the train tracks, just noticed it",
    "someone dumped a couch and a mattress at the end of our road overnight",
    "my kid's bike got taken from the school rack, it was there at 8 and gone at 3",
    "someone took our patio umbrella and two chairs out of the backyard last night",
    "a guy selling cheap driveway sealing door to door took my deposit last week and never came back",
    "my house looks like a bomb went off, my teenager threw a party while we were away and someone took my "
    "watch",
    "smelled smoke earlier but it was just the neighbors fire pit, it's out now, are they even allowed to have "
    "one?",
    "there's a dead deer on the shoulder of Easton Road, not in the lane, just letting someone know",
    "we had a fender bender in a parking lot last week and swapped info, how do I get the report",
    "I think somebody shot my car window with a BB gun overnight, there's a tiny hole and cracks around it",
    "my ex keeps texting me even though i blocked him, no threats, just annoying",
    "the guy at the gas station was super rude and threatened to call the cops on ME lol",
    "I killed it at my presentation today and then came out to find my side mirror smashed",
    "somebody stole my Amazon packages again, third time this month",
    "my identity was stolen, someone opened a credit card with my name on it",
    "neighbors set off fireworks last night and the debris burned a little spot in my lawn, it's out",
    "lost my airpods on the train platform this morning",
    "I'm dying of embarrassment, I left my car unlocked and someone took my gym bag",
    "the lock on my storage unit was cut and my tools are gone, noticed today",
    "a drunk guy was passed out on a bench downtown last night, he left on his own, I just wanted to tell "
    "someone",
    "my heart nearly stopped when I got the fraud alert text but the bank froze the card and nothing went out",
    "someone keeps leaving dog poop bags in my mailbox, this means war",
    "there's been a car parked in front of my house for two days, no idea whose it is",
    "I think somebody tried to open my car door overnight, the handle is scratched, nothing gone",
    "someone bumped my car in the pharmacy lot and left a note with their number, do i need a report for "
    "insurance",
    "all the solar lights along my walk were pulled out and thrown in the street",
    "got a text that my package was stuck in customs and to pay $2.99, I clicked it, ugh. card already "
    "cancelled",
    "my husband's truck got broken into at the train station yesterday, they took his tools",
    "someone swiped the political sign off our lawn again",
    "my phone got stolen at the gym while i was in the shower, im on my friends phone",
    "someone called pretending to be the electric company saying they'd shut off our power in an hour unless "
    "I paid, I hung up",
    "we got back from vacation, the back door was unlocked and some of my jewelry is gone",
    "I almost cried when I saw it, someone ran a key down the whole passenger side at the train station",
    "someone rang our doorbell at 2am but nobody was there when we looked, just want it noted",
    "someone took a bat to our mailbox last night, pieces all over the driveway",
    "a rock from a town mower cracked my windshield at the park, the guy apologized, what do I do",
    "a man came to the door yesterday saying he was from the water department and wanted to come in, I said "
    "no and he left",
    "someone opened a cell phone account in my name and I only found out from a collections letter",
    "lost a gold bracelet somewhere at the farmers market",
    "somebody slashed one of my tires overnight while the car was on the street",
    "kids were drag racing on our street last weekend, it's getting dangerous, can you patrol more",
    "I think my card got skimmed at a gas pump, there are charges from Florida",
    "someone took the license plate off my car, noticed when I went to get gas",
    "got a bunch of prank calls from some kid laughing, its stopped now",
    "my neighbor's branch fell on my car in the storm, who pays for that",
    "I swear I'm going to lose it if one more package disappears off my porch",
    "my bike lock was cut at the train station but the bike is still there, weird",
    "someone threw a brick through my shop window overnight, nobody was inside",
    "the fire alarm in my building went off this morning but the fire dept already came, it was burnt toast",
    "pretty sure someone put sugar in my tank, the car won't start and there was white stuff on the cap",
    "had my wallet pickpocketed at the concert last night",
    "my daughter's car got egged and toilet papered, she thinks it was a senior prank",
    "there's a massive pothole on Cross Highway that keeps wrecking tires",
    "I got scammed on a rental listing, paid a deposit on a house near Compo that was never for rent",
    "lost my son's retainer at the beach lol, it was $500 though",
    "someone broke into our car last night and took the spare key and the registration, the car's still here",
    "my ex took the dog when she moved out, can i report that",
    "a guy was looking into car windows on our street yesterday afternoon, long gone now, just a heads up",
    "my laptop was stolen off my desk at the coworking space, probably yesterday",
]

ROWS = [(t, 1, cat) for cat, texts in EMERGENCY.items() for t in texts] + [(t, 0, 'routine') for t in ROUTINE]
