"""sealed-46: emergency_messages.csv rows (text, is_emergency, category), hand-written.
75 emergencies (fire 8, just_happened_offender_near 8, crime_in_progress 8, missing_now 8, threat_of_violence 8,
cannot_call 7, medical 7, danger_or_injury 7, self_harm 7, weapon_present 7) and 75 routine look-alikes."""

EMERGENCY = {
    'fire': [
        "the christmas lights on the porch railing just popped and now the wreath is burning and it's catching the "
        'shingles, Bauer Place',
        "is it bad if the space heater in my kid's room smells like burning plastic? the cord melted into the rug and "
        "there's a little flame at the plug",
        'smoke pouring out from under the hood of a car parked on Cob Drive, nobody in it, flames under the front now',
        "Our neighbour's chimney is throwing sparks onto their roof and there's a glow in the gutter. They're away. "
        'Mimi Lane.',
        'the woodpile stacked against the back of the house next door is on fire, I can see it from my kitchen on '
        'Punch Bowl Drive',
        'hola, sale humo negro del sótano de la casa de al lado en Fraser Lane y huele a quemado, nadie abre la puerta',
        'quick q - the dishwasher is popping and smoke is coming out the bottom, and the cabinet beside it is hot and '
        'going black',
        "Il y a des flammes dans le garage de mon voisin sur Minard Drive, ça sent l'essence et personne ne répond",
    ],
    'just_happened_offender_near': [
        "a guy just sawed the catalytic converter off my car in my building's lot and he's still sitting in a silver "
        'van two rows over',
        'someone just grabbed my phone off the table at the cafe on main st and ran out, hes standing at the corner '
        'scrolling through it',
        'kids just blew up our mailbox with a big firecracker, they are crouched behind the hedge across Sunrise Road, '
        'I can see their shoes',
        "a woman just walked off with the bags from my cart while I loaded the trunk, she's getting into a red SUV in "
        'the same lot',
        'Guy just smashed my car window and grabbed my bag, he ran into the woods behind Twin Circle Drive, I can still '
        'hear him in there',
        "someone just took my kid's scooter off our front lawn on Saviano Lane, he's pushing it down the road maybe "
        '100 yards away',
        "My neighbor just caught a man going through her car, he shoved her and ran, and now he's hiding behind our "
        'garage on Stoneboat Road',
        'Acabaram de roubar a bolsa da minha mãe no estacionamento e o homem ainda está ali perto do carro azul',
    ],
    'crime_in_progress': [
        'there are two guys loading my neighbors kayaks into a pickup right now and the neighbors are in florida for '
        'the winter, Otter Trail',
        "someone is prying at the back slider of the house behind mine with a screwdriver, it's dark in there and "
        "they're away",
        "I'm watching a man on my doorbell camera try every window of my house on Janson Drive right now, I'm at work",
        'a bunch of teens are kicking in the door of the empty house on Scherer Court, I hear glass going',
        'hey theres someone in our garage rn, the light just went on and i heard the car door, nobody in my family is '
        'out there',
        "two people are siphoning gas out of the trucks at the landscaping yard next to my house, it's 1 am and "
        'they brought a van',
        'Jemand bricht gerade das Auto meines Nachbarn auf, ich sehe ihn vom Fenster aus, Warnock Drive',
        "a man is pulling packages off porches up and down Dexter Road this minute, he's got an armful and a car "
        'waiting with the door open',
    ],
    'missing_now': [
        "my 6 year old was on the swing in the backyard ten minutes ago and now he's gone, the gate is open and we "
        "live right by the water",
        'my dad has alzheimers and walked out in his slippers, its 28 degrees and we cant find him, Marilane',
        'my daughter should have been home from the bus an hour ago, her phone goes to voicemail and the driver says '
        'she got off',
        'We lost our 4-year-old in the crowd at the holiday market downtown, red hat, he was holding my hand a second '
        'ago',
        "my 14 yo son with autism left the house without his phone and he doesn't know his way around, it's getting "
        'dark',
        'mi hija de 8 años no está en su cuarto y la puerta de atrás está abierta, ya buscamos en toda la casa',
        "my elderly neighbor's front door is wide open and she's not in the house, her car is there and her walker is "
        'in the hall',
        'the boy I babysit got off the school bus at the wrong stop and nobody knows where he went, he is 7',
    ],
    'threat_of_violence': [
        "my ex just texted that he's on his way and if I don't open the door he'll break it down, he's ten minutes "
        'out',
        "the neighbor screamed he's going to 'put my dog in the ground' and now he's coming across the lawn with "
        'something in his hand',
        "a contractor I fired says he's coming to my house tonight to 'settle it', he knows where I live on Lyndale "
        'Park',
        "my brother is drunk and keeps saying he'll hurt our dad when he gets home, dad gets home in 20 min",
        'a guy in a truck followed me all the way from the post road and just pulled in behind me in my own driveway '
        "yelling he'll kill me",
        "someone posted in my son's class group chat that he is bringing a gun to school tomorrow",
        "my roommate's boyfriend says if she doesn't come out he'll burn the house down, he's pacing in the yard",
        'Mój sąsiad grozi, że zabije mojego męża, stoi przed naszym domem i krzyczy',
    ],
    'cannot_call': [
        'i cant talk, hes in the next room. please send someone to Sandy Hill Terrace, hes been hitting me',
        'typing bc im hiding in the closet, someone came in thru the back door, i dont want them to hear me',
        "I'm deaf and there's a very strong smell of gas in my apartment, my phone can't do voice calls, please help",
        "no cell service here just wifi, my husband fell down the stairs and isn't moving, Charbeth Lane",
        "my mom won't wake up and she's on the kitchen floor and my baby brother is crying, i'm 10 and i don't know "
        'the number',
        'cant call, he took my phone, im using my daughters ipad, hes right outside the bedroom door',
        'no puedo hablar, mi esposo está borracho y rompiendo cosas, estamos encerrados en el baño',
    ],
    'medical': [
        "my husband says it's just heartburn but he's sweating through his shirt and his left arm hurts, he's 67",
        "my son got into the THC gummies in my purse, he's 4 and very sleepy and won't wake up properly",
        'grandpa slipped in the shower and is bleeding from his head and talking nonsense',
        "my friend is having an allergic reaction, her throat is closing up and she doesn't have her epipen with her",
        "my wife is 36 weeks pregnant and bleeding a lot, we're sitting in the car in the driveway",
        "i think my roommate took something, she's breathing really slow and her lips are going blue",
        'mon père ne respire presque plus et ne répond pas, il est tombé dans la cuisine',
    ],
    'danger_or_injury': [
        'a tree just came down on the power lines across Yankee Hill Road and the wires are sparking on the road, cars '
        'are still driving over them',
        "a man fell off his roof putting up christmas lights next door and he isn't getting up",
        "there's a car upside down in the ditch on Woodridge Avenue and I can hear someone inside it",
        'a loose horse is running down the middle of the post road and cars are swerving all around it',
        'our basement is filling up fast from a burst pipe and the electrical panel is down there, my mom is still '
        'downstairs',
        "a jogger just got clipped by a car in front of my house on Robert Lane, he's awake but his leg is bent "
        'the wrong way',
        "the excavator next door just hit the gas line, it's hissing loud and the smell is everywhere, Silverbrook "
        'Road',
    ],
    'self_harm': [
        'my girlfriend just texted me a photo of her wrists and said goodbye, she lives on Ivy Knoll',
        "I've been saving up my pills and I think tonight is the night. I just wanted to tell someone",
        "my dad locked himself in the garage and says he has a rope in there, he won't open the door",
        "my best friend posted 'see you never' on her story and isn't answering, last week she talked about jumping",
        "I don't want to be here anymore. I'm parked by the water thinking about driving in",
        "my son is 15 and he's out on the roof below his bedroom window saying he's going to jump",
        'minha irmã tomou um monte de remédios e está trancada no quarto, ela disse que não aguenta mais',
    ],
    'weapon_present': [
        'a man is walking down Bowling Lane with a rifle slung over his shoulder, looking in windows',
        'my neighbor came out with a shotgun and is pointing it at the delivery driver',
        'a guy in the grocery store lot has a knife out and is yelling at a woman standing by her car',
        "my son's friend just showed him a handgun from his backpack at our house, they're in the basement right now",
        'the man next door is chopping at my fence with an axe and screaming at my kids',
        "there's a guy at the bus stop on the Post Road waving a pistol around",
        'un uomo con un coltello sta minacciando il commesso del negozio qui accanto',
    ],
}

ROUTINE = [
    'this traffic is gonna kill me lol, anyway someone dented my bumper in a parking lot yesterday',
    'I nearly had a heart attack when I saw my car this morning - somebody keyed the whole side overnight',
    'My blood pressure went through the roof when I saw the graffiti on our garage - it happened last weekend',
    'someone pried the brass house numbers off our front door sometime this week, only noticed today',
    'found an old rusty pocketknife in the sand while walking the dog, do I need to hand it in?',
    'we had a small stovetop fire last night, all out, the fire department already checked it. but now the grill '
    'cover is missing from the deck - did someone take it in all the commotion?',
    'a car alarm went off at 2 am on our street, stopped after a few minutes, just want it noted',
    "i'm dead serious, someone has stolen my newspaper five days in a row",
    "my husband is going to kill me, I lost his grandfather's watch somewhere downtown",
    "the smoke detector chirps every minute, how do I get it to stop? there's no fire, just the chirp",
    'someone used my credit card for a $600 purchase in Texas last month, the bank refunded it but I want a report',
    'We came back from vacation and found the shed had been broken into, probably sometime in the last two weeks',
    'got a scam call saying my grandson was in jail and needed bail money, I hung up on them',
    "there's a dead raccoon in the road in front of our house, who do I call about that?",
    "the neighbours' holiday party was loud until 1 am last night, can I make a noise complaint for next time?",
    "my teenager took my car without asking last night, it's back now, can I report that?",
    'someone left an empty rifle case by the dumpster behind my building, what should I do with it?',
    'found some old shell casings in the woods behind our house, probably hunters years ago',
    'i want to report a guy who screamed at me in a parking lot last week, he drove away and I never saw him again',
    'my ex keeps sending me memes at 3am, not threatening, just annoying. is that reportable?',
    'someone hit my mailbox with their car overnight and drove off, the post is snapped in half',
    'My daughter lost her retainer at the holiday concert at school on Thursday',
    "I'm freaking out a little - got an email saying my Amazon account was hacked, but I checked and nothing "
    'happened',
    "our garbage cans keep getting knocked over at night, I think it's raccoons but it could be kids",
    "someone's drone flew over our backyard a few times yesterday, is that legal?",
    "Kids rang our doorbell and ran away about six times last night, classic ding dong ditch",
    "a man going door to door selling solar panels wouldn't leave our porch, he did go eventually",
    'I got a letter saying I owe tolls in Florida, never been there, I think it is a scam',
    'my bike got stolen from outside the pizza place a few days ago',
    "killer deal on a couch on marketplace turned out to be a scam, I'm out a $200 deposit",
    'someone stole my package last Tuesday, I have the doorbell video of it',
    'heard what sounded like gunshots last night around 11 but it was probably fireworks or a truck, everything is '
    'quiet now',
    'my car was towed from a private lot and I think that was unfair, how do I complain?',
    'Someone slashed one of my tires in the lot at work sometime during my shift yesterday',
    'a guy I met online got my bank info and took $1,800 over the past month',
    "my neighbor's tree fell on my fence in the storm last week, do I need a police report for insurance?",
    "someone snapped my car antenna off overnight, the car's in my driveway",
    "I'm so mad I could scream - someone stole the solar lights from my garden again",
    'i found a wallet on the sidewalk with $40 and a license in it, where do i bring it?',
    "there's a knife in the glovebox of the used car I just bought, the previous owner's I guess, what do I do "
    'with it?',
    'my grandmother got a call from someone saying the electric company would cut her power in an hour unless she '
    'paid by gift card, she did not pay',
    'my license plate was taken off my car sometime in the past week',
    "a stranger knocked on our door at 9 pm asking for someone who doesn't live here, he left right away",
    'the kid next door shoots a slingshot at squirrels, can I report that?',
    "I think my neighbor's security camera points straight into my bedroom window, is that legal?",
    'i keep getting calls from unknown numbers, probably spam, but so many of them',
    'my checkbook was stolen from my mailbox and someone cashed two checks last month',
    "my sister's boyfriend borrowed my car two weeks ago and hasn't brought it back, he says next week",
    "There's an old pellet gun my son found in our attic from the previous owners, how do I get rid of it?",
    "hit a deer last night on the way home, I'm fine and the deer ran off, car's dented. do I need a report?",
    'my wallet was stolen at the gym this morning, cards already cancelled',
    "the smoke from my neighbor's fire pit comes into my house every night, can I complain?",
    'Got home to find our front door unlocked, nothing missing, I probably forgot to lock it myself',
    "someone's been leaving mean anonymous notes on my windshield at work for a few weeks",
    'our african grey parrot flew out the door this morning and is sitting in a tall oak somewhere, can you help?',
    'a scammer talked my mom into buying $900 in gift cards last week',
    'is it illegal for my neighbor to shoot a bow and arrow at a target in his backyard? nothing happened, it just '
    'makes me nervous',
    'Mi hanno rubato la bicicletta davanti al supermercato la settimana scorsa',
    'Alguém riscou meu carro no estacionamento ontem à noite, quero fazer um boletim',
    "Quelqu'un a volé mon colis devant ma porte hier, j'ai la vidéo",
    'Jemand hat letzte Woche unsere Gartenzwerge gestohlen',
    'alguien rayó mi carro anoche en la entrada de mi casa, no vi quién fue',
    'Ktoś ukradł mi portfel w sklepie wczoraj, karty już zablokowałam',
    'my heart sank when I saw the catalytic converter was gone from my Prius this morning, happened overnight',
    "I'm literally shaking with anger, someone ran over all the new shrubs along our driveway and drove off",
    'the neighbours\' kid threw a baseball through my window and they offered to pay, do I still need a report?',
    'lost my AirPods on the bus home yesterday, the left one has my initials',
    'someone is using my photos on a fake dating profile',
    'do you need an appointment to get fingerprinted for a new job?',
    'how do I get a copy of the accident report from last Friday?',
    "there's a loose dog trotting around Birchwood Lane, friendly, no collar",
    'I fell asleep with a candle burning and woke up to a scorch mark on the table. it is out and everything is fine, '
    'just embarrassed',
    'someone threw a bag of dog poop into my mailbox overnight, gross',
    'is it normal for a police car to be parked on our street all night? nothing is wrong, just curious',
    'a meter reader was in our backyard this morning without knocking first, is that allowed?',
]

ROWS = [(t, 1, cat) for cat, texts in EMERGENCY.items() for t in texts] + [(t, 0, 'routine') for t in ROUTINE]
