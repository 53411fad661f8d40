"""Sealed-45 emergency_messages.csv rows: (text, is_emergency, category).
75 emergencies (fire 8, just_happened_offender_near 8, crime_in_progress 8, missing_now 8,
threat_of_violence 8, cannot_call 7, medical 7, danger_or_injury 7, self_harm 7, weapon_present 7)
and 75 routine look-alikes."""

FIRE = [
    'there\'s black smoke pouring out from under the hood of the car in my neighbor\'s garage on Keyser Road, the '
    'garage door is up and now I can see actual flames',
    'not sure who handles this but the compost heap behind our house on Timber Lane is smoking and now the fence '
    'boards right next to it have caught',
    'My son\'s phone charger on the couch just popped and the cushion is smoldering - we poured water on it but it '
    'keeps coming back and the room is filling with smoke',
    'can I report something weird? the transformer on the pole outside our house on Greenbrier Road just blew with '
    'a bang and the branches touching it are burning',
    'the dryer in our basement smells like something burning and theres smoke puffing out of the vent on the side '
    'of the house, Reimer Road, kids are upstairs',
    'I see flames on the roof of a detached garage two houses down from me on Iris Lane, nobody seems to be home but '
    'their car is in the driveway',
    'la cocina de mi vecina en Maplewood Avenue está echando humo negro por la ventana y ella es mayor y no abre la '
    'puerta',
    'is it normal for an outlet in my bedroom to be black and crackling? smells like melted plastic and the wall '
    'around it is hot to touch',
]

OFFENDER_NEAR = [
    'A guy just yanked the tip jar off the counter at the coffee shop where I work and he\'s speed-walking toward '
    'the river, gray hoodie, I can still see him',
    'someone just grabbed my grocery bags out of my cart while I was loading the trunk and ran behind the building, '
    'he\'s crouched by the dumpsters right now',
    'the man who just took my son\'s scooter at Longshore is pushing it toward the parking lot, blue beanie, we\'re '
    'following him at a distance',
    'a woman just lifted the wallet out of my mom\'s purse at the next table in the cafe, she\'s sitting in a gray '
    'minivan in the lot and hasn\'t driven off yet',
    'two teenagers just smashed my car window in the Longshore lot and took my bag, they\'re walking toward the golf '
    'course laughing',
    'my neighbor just chased a guy out of her garage on Pin Oak Court, he dropped her golf bag and is hiding in the '
    'hedges at the corner',
    'Guy just pulled a catalytic converter off a van at the repair shop next to my office and threw it in his trunk, '
    'he\'s sitting at the red light right now, black Altima',
    'Um homem acabou de roubar a minha bicicleta na frente da loja e está pedalando pela Compo Road South agora, '
    'camiseta amarela',
]

IN_PROGRESS = [
    'there\'s a man in our backyard on Bonnie Brook Road going through the shed with a headlamp on, I\'m watching '
    'him from the kitchen window',
    'someone is inside the empty house next door on Hermit Lane right now, a flashlight keeps moving around upstairs '
    'and the owners are in Florida till March',
    'two guys are loading the mowers off a landscaper\'s trailer on our street into a box truck and the landscaper '
    'isn\'t anywhere around, Side Hill Road',
    'My doorbell cam is showing someone walking around my living room this second and I\'m at work, the front door '
    'is wide open, Abbotts Lane',
    'somebody is going car to car in the lot at our condo on Harvest Commons pulling on every handle, he\'s on the '
    'fourth car now',
    'Just got home to find my back door kicked in and a car idling in my driveway with nobody in it. I\'m standing '
    'out on the street, Kensington Place',
    'hay dos hombres tratando de abrir la puerta del garaje de mi vecino con una palanca ahora mismo, en Crow Hollow '
    'Lane',
    'Three kids are spray painting the side of the station house at Saugatuck Railroad Station right now, they\'re '
    'still at it',
]

MISSING = [
    'my 6-year-old didn\'t get off the kindergarten bus at our stop on Joann Circle and the school swears she was on '
    'it',
    'my grandmother has dementia and she called herself a taxi half an hour ago, left, and the taxi company won\'t '
    'tell us where it took her',
    'my son is 11, walked to a friend\'s house on Cooper Lane after lunch and never got there. not answering his '
    'phone, it\'s been an hour and a half',
    'One of our first graders wasn\'t on her bus and isn\'t anywhere in the building, we\'ve checked every room at '
    'Saugatuck Elementary',
    'My wife has Parkinson\'s and went out to get the mail an hour ago and never came back in. Her walker is lying '
    'next to the mailbox',
    'my teenage daughter snuck out last night and still isn\'t home, her location last showed by the water and now '
    'her phone is off',
    'My father is 88 and drove to the pharmacy at 9 this morning. It\'s almost 2 and the pharmacy says he never '
    'showed up',
    'Perdimos a nuestra hija de 3 años en el supermercado, hace diez minutos, lleva un abrigo rosado y botas '
    'blancas',
]

THREAT = [
    'my sister\'s husband just texted her he\'s on his way over with "a surprise" and the last time he hurt her '
    'badly, she\'s hiding at my house on Davenport Avenue',
    'a tenant I just served with an eviction notice is banging on my office door saying he\'ll "make me bleed", '
    'he\'s still out in the hallway',
    'my roommate just punched a hole through the wall and says if i call anyone he\'ll break my neck. im in the '
    'bathroom',
    'a guy from a road rage thing followed me into my own driveway on Manitou Road and he\'s out of his car pounding '
    'on my window screaming he\'ll kill me',
    'someone posted our address in a group chat saying they\'re coming tonight to jump my son, and cars keep slowing '
    'down out front now',
    'my ex is standing on the sidewalk outside our place, there\'s a restraining order, and he just texted "you\'ve '
    'got 5 minutes to come out"',
    'Mi expareja está en la puerta gritando que me va a matar si no le abro, estoy encerrada en el cuarto con mis '
    'dos hijos',
    'the man I just fired is out in our office parking lot on Westfair Drive telling everyone they\'ll "regret it" '
    'and throwing rocks at the windows',
]

CANNOT_CALL = [
    'typing from the bathroom at work. a man came in behind the manager and locked the front door, he\'s shouting at '
    'everyone. i cant make a sound',
    'my phone\'s mic and speaker died when it fell in the sink so I can only type. My mother just collapsed in the '
    'kitchen and her breathing sounds wrong, Marvin Place',
    'my husband took my phone and locked me in the guest room, i\'m on my work laptop. he\'s been drinking and says '
    'he\'s going to hurt me',
    'no tengo saldo en el teléfono, solo wifi. un hombre está golpeando la ventana de mi carro en el estacionamiento '
    'y no me deja salir',
    'I have a speech disability and voice calls don\'t work for me. My roommate had a seizure, hit her head on the '
    'counter and there\'s a lot of blood, Rockland Place',
    'my jaw is wired shut from surgery so i cant talk on the phone. someone is pulling hard on my back door and I\'m '
    'alone, Overlook Road',
    'using my kid\'s tablet, no cell service out here. A man is on our porch banging and yelling that he knows my '
    'wife is inside',
]

MEDICAL = [
    'my dad says it\'s just indigestion but he\'s gray and sweaty and keeps holding his left arm, and he won\'t let me '
    'call anyone',
    'my husband is diabetic and he\'s confused, sweating through his shirt and won\'t drink the juice I\'m giving '
    'him, he just slid off the chair',
    'the baby rolled off the changing table onto the tile and now he\'s really sleepy and has thrown up twice',
    'my mom took her heart pills twice by mistake this morning, double dose, and her pulse is really slow and she\'s '
    'dizzy and pale',
    'my friend fainted in the restaurant bathroom and she\'s 7 months pregnant, she\'s awake now but can\'t stand '
    'and there\'s blood',
    'grandma is choking on her food, we did back blows and it won\'t come out, she\'s going red and can\'t speak',
    'an older man just collapsed at the gas pump next to me, someone is doing CPR, he\'s not breathing on his own',
]

DANGER = [
    'the kids\' sled went through the ice on the pond off Pond Edge Road and my nephew is in the water holding onto '
    'the edge',
    'a huge oak limb came down through our roof into my son\'s bedroom and he\'s pinned under the ceiling drywall, I '
    'can hear him crying',
    'our carbon monoxide alarm is going off and my wife and son both have pounding headaches and can barely stay '
    'awake',
    'a guy on a motorcycle just wiped out in front of my house on Stony Point Road, he\'s lying in the road and not '
    'getting up',
    'a construction worker fell into the excavation pit next door on Sycamore Drive, I heard him yell and now he\'s '
    'not answering',
    'A deer just came through the windshield of the car ahead of me on Compo Road North, the driver is covered in '
    'glass and not moving',
    'boy on a dirt bike crashed on the path behind the houses on Terra Nova Circle and his leg is bent the wrong way, '
    'he\'s screaming',
]

SELF_HARM = [
    'I\'ve decided I\'m done. I dropped the dog at my neighbor\'s and left the front door unlocked so whoever finds me '
    'won\'t have to break it',
    'my son is 16 and just texted me "sorry for everything, I love you" - his location shows him sitting on the '
    'railroad tracks by the station',
    'do you do wellness checks? my best friend just sent me a pic of a razor and said she cant do this anymore, she '
    'lives alone on Deerwood Lane',
    'i took my dads gun out of the safe and i\'m in the woods behind our house. i dont want to be here anymore',
    'not sure this counts but my coworker gave away her plants and her cat this week, and today she said she\'s '
    '"going somewhere she won\'t be a burden" and left early',
    'Mi hermano me mandó un audio despidiéndose y dice que se tomó todas las pastillas de mi mamá, vive en Regents '
    'Park',
    'ngl i have the whole bottle of my moms oxy in front of me and i keep thinking about it. i dont want to talk on '
    'the phone',
]

WEAPON = [
    'There\'s a man walking down Saint John Place swinging a machete at parked cars and yelling at people on their '
    'porches',
    'a man in the liquor store line just lifted his shirt to show the clerk a gun in his waistband, he\'s still at '
    'the counter and I\'m hiding in the back aisle',
    'two kids are fighting in the Staples High School parking lot and one of them just pulled out a knife',
    'my neighbor is in his front yard shooting a rifle at crows and the rounds are going toward our house on '
    'Greenbrier Road, my kids are outside',
    'a man with a baseball bat is smashing car windows in the lot outside the grocery store and screaming at a woman '
    'who\'s crying',
    'Mon voisin menace sa femme avec un couteau dans l\'allée, je le vois depuis ma fenêtre en ce moment',
    'guy at the gas station just pulled a pistol on the attendant over the car wash price, he\'s still standing at '
    'pump 4',
]

ROUTINE = [
    'my blood is boiling - someone keyed a smiley face into my hood sometime yesterday while I was at work',
    'Not an emergency, but I\'m losing my mind: someone keeps stealing the newspaper off my driveway on Ivy Knoll',
    'I\'m beside myself, my grandmother\'s cameo brooch went missing at the holiday party at the community center '
    'last weekend',
    'this will be the death of me - third time this month somebody\'s dumped bags of trash at the end of my '
    'driveway on Rockyfield Road',
    'I could kill whoever smashed my pumpkins, sorry, figure of speech. They\'re all over the walk this morning',
    'honestly I wanted to strangle the guy who dinged my door at the grocery store and drove off, but he\'s long gone',
    'my stomach dropped when I saw my bank statement, three charges from a hotel in Ohio I\'ve never been to',
    'I\'m shaking, somebody used my Social Security number to open a phone account - found out today',
    'I\'m at my wits\' end with the robocalls saying my car warranty is expiring, fifteen a day now',
    'I\'m fuming, someone let the air out of all my bike tires in the rack at the train station',
    'my heart stopped for a second when I couldn\'t find my passport, but I think I left it on the train last week',
    'I panicked a bit this morning - found a bullet casing in the gutter on Wake Robin Road. Old and rusty. Who '
    'should I give it to?',
    'My smart speaker picked up what sounds like glass breaking while we were out yesterday afternoon, but we '
    'checked every window and nothing is broken or missing',
    'found an old hunting knife in a sheath in the leaves at the end of our yard, no idea whose it is, what should I '
    'do with it',
    'my son has a BB gun for target practice in our yard, is that allowed in town? nothing happened, just asking',
    'how do I apply for a temporary pistol permit? I read you\'re taking appointments again',
    'we had a small grease fire on the stove an hour ago, it\'s out, fire department already checked it. while '
    'everyone was outside someone took our patio heater',
    'there was smoke coming from my neighbor\'s chimney and I got worried, but she says it\'s just a new fireplace '
    'and they\'re fine',
    'the smoke detector in the hallway won\'t stop chirping every minute. Is that something you handle?',
    'a tree came down across our back fence during the wind last night, nobody hurt, but the fence is crushed - I '
    'think someone also stole the tarp we put over it',
    'ambulance already came and took my uncle to the hospital this morning, he\'s fine. now I noticed his wallet is '
    'missing from the house',
    'my cat has been missing since yesterday morning, orange tabby named Biscuit, Hale Street. not sure if police '
    'do this',
    'Our daughter was "missing" for 40 minutes but she was at the neighbor\'s playing with their puppy. All good now. '
    'Someone did steal her scooter from our lawn though',
    'teenage son came home two hours after curfew and his bike is gone, says someone took it from the bike rack '
    'downtown',
    'the man who threatened me at the hardware store was three weeks ago and I never reported it, can I still?',
    'Got an email saying I\'ll be arrested unless I pay $2,000 in gift cards for an IRS debt. Obviously a scam but '
    'want it on record',
    'someone emailed me claiming they have embarrassing videos of me and want bitcoin. I know it\'s a scam, they '
    'had an old password of mine',
    'a woman with a clipboard came to the door saying she was doing a census follow-up and asked for all our '
    'birthdates, we didn\'t answer and she left',
    'There was a dead deer on the side of Hickory Drive this morning, just wanted somebody to know - not sure who '
    'picks those up',
    'there\'s a box of really old ammunition in the garage of the house we just bought, how do we get rid of it '
    'safely',
    'my neighbor\'s dog got out and bit our dog last week, both fine, but I want to report it',
    'a delivery driver backed into my mailbox and knocked it over, he left a note with his company\'s number',
    'someone spray painted "class of 27" on the rocks at the end of our road, looks like a senior prank',
    'nearly had a panic attack - thought someone broke in but the window was just open from the wind. nothing '
    'missing. should I report it anyway?',
    'My ex keeps calling from new numbers and hanging up, it\'s been months. Nothing threatening, just exhausting',
    'we found syringes in the grass at the edge of the park while walking the dog, nobody around, what do we do',
    'I\'m devastated, my late father\'s wedding ring slipped off my finger somewhere in the parking lot at Longshore '
    'yesterday',
    'my car got broken into two nights ago on Rockwell Place, they took my sunglasses and a few coins',
    'our outdoor security camera was ripped off the garage overnight, Side Hill Road',
    'someone threw eggs at our front door and the bay window last night, it\'s all dried on now',
    'A burned-out car has been sitting on the side of Lyons Plains Road since last week, no one in it obviously',
    'Someone stole the baby Jesus from our church\'s outdoor nativity scene sometime this week',
    'I think my identity was stolen, someone filed for unemployment in my name - I got the letter today',
    'someone keeps leaving threatening notes about my parking on my windshield, unsigned, nothing violent, just '
    'rude',
    'my husband collapsed last month and the paramedics were great, I just want to thank the officer who came first',
    'someone texted my mom pretending to be me from a new number asking her to send $800 for a phone, she almost '
    'did',
    'my neighbor shot off a flare gun on the beach for new year last year, it\'s nothing now but worried about this '
    'year',
    'our home alarm went off at 3am, we checked, nothing there, alarm company says wind. just want it noted',
    'my teenage daughter lost her phone at the school basketball game on Friday, she\'s sure it\'s in the bleachers',
    'ich glaube, jemand hat gestern mein Fahrrad vor dem Supermarkt gestohlen, es war abgeschlossen',
    'qualcuno ha graffiato la mia macchina nel parcheggio ieri sera, non so chi sia stato',
    'Alguém levou a minha encomenda da porta de casa ontem à tarde, era um presente de Natal',
    '누가 어제 밤에 제 차 사이드미러를 부러뜨렸어요. 누군지 모르겠어요',
    '有人昨天晚上偷了我放在门口的包裹',
    'Кто-то вчера поцарапал мою машину на парковке у работы',
    'my son was in a fender bender in the school lot last week, no one hurt, how do we get the accident report',
    'the screaming next door was their kids playing a video game, I went over and checked, all fine. but while I was '
    'there I saw my missing rake in their yard',
    'I\'m dying inside, my kid\'s $1,500 violin was left on the bench at the bus stop yesterday and it\'s gone',
    'someone broke the glass on the fire alarm box at my building as a prank, no fire, landlord is on it',
    'a pickup with out-of-state plates has been parked on our street for four days, no one comes or goes',
    'the lady at the pharmacy said someone tried to pick up my prescription with my name yesterday',
    'My heart is racing just typing this but it\'s not urgent - a stranger was photographing our house from the '
    'street this morning and drove off',
    'there\'s a swarm of people at the end of Hockanum Road with cameras, turns out it\'s a movie shoot, just '
    'wondering if that\'s allowed',
    'I was in shambles when my wallet was gone, but the bank already cancelled the cards. want a report for the '
    'license',
    'someone\'s been using our trash cans on Quintard Place for their own garbage every week, annoying, not urgent',
    'The "man with a gun" my kids saw in the park was a guy with a metal detector. False alarm, just FYI',
    'Someone called pretending to be from the police department asking for a donation, is that real?',
    'My elderly father fell on Tuesday and is now in rehab, fine, but his car keys are missing from his house',
    'my daughter\'s bike was stolen from the rack at Coleytown Middle School, she\'s upset but it\'s an old bike',
    'We heard a crash outside around midnight and found our mailbox and post knocked flat this morning, tire tracks '
    'in the snow',
    'our backyard shed was broken into sometime over the long weekend, they took a generator and two gas cans',
    'I want to report a scam text pretending to be my bank, it had a link, I didn\'t click it',
    'the fire pit next door has been going all evening and the smoke is coming into our windows, not on fire, just '
    'annoying',
    'a man was yelling at his dog in the parking lot, no one was hurt, he drove off, I just felt uneasy',
    'there\'s a huge crack in my windshield from a rock someone threw at it overnight, no idea who',
]

ROWS = ([(t, 1, 'fire') for t in FIRE]
        + [(t, 1, 'just_happened_offender_near') for t in OFFENDER_NEAR]
        + [(t, 1, 'crime_in_progress') for t in IN_PROGRESS]
        + [(t, 1, 'missing_now') for t in MISSING]
        + [(t, 1, 'threat_of_violence') for t in THREAT]
        + [(t, 1, 'cannot_call') for t in CANNOT_CALL]
        + [(t, 1, 'medical') for t in MEDICAL]
        + [(t, 1, 'danger_or_injury') for t in DANGER]
        + [(t, 1, 'self_harm') for t in SELF_HARM]
        + [(t, 1, 'weapon_present') for t in WEAPON]
        + [(t, 0, 'routine') for t in ROUTINE])
