"""sealed-44: first messages for emergency detection (hand-written). Rows: (text, is_emergency, category)."""

EMERGENCY = {
    'fire': [
        'the extension cord under my daughters bed is melted n the carpet around it is smoking, we\'re on Janson Drive',
        'Leaves piled against the neighbor\'s garage on Blind Brook Road caught from their fire pit and now the garage '
        'trim is burning. They\'re not home.',
        'Is it bad that the space heater in my office tipped over and the rug under it is glowing? lots of smoke, Post '
        'Road East, second floor',
        'My neighbor\'s car is on fire in their driveway on Partrick Road, flames coming out of the wheel well, it\'s '
        'parked right up against the house',
        'There\'s smoke coming out from under the eaves of the empty house next door on Sea Spray Road and an orange '
        'light moving behind the attic window',
        'The firewood stacked on our back deck caught from the chimenea and the deck boards are burning toward the '
        'sliding door. Cricket Lane.',
        'I think the dishwasher is on fire?? thick black smoke pouring out the bottom and a popping noise, I flipped the '
        'breaker but it\'s still smoking',
        'Brush is burning along the bank of the Saugatuck River near the Levitt Pavilion and the wind is pushing it '
        'toward the trees',
    ],
    'just_happened_offender_near': [
        'Two guys just grabbed a woman\'s purse in the Imperial Avenue lot and ran off on foot, I can still see them at '
        'the far end, one in a yellow jacket',
        'somebody smashed my window while I was paying inside at the gas station on Post Road West and took my bag, '
        'he\'s walking away behind the building right now',
        'A kid on a scooter just snatched my phone right out of my hand outside the library and he\'s doing laps '
        'around the parking lot laughing at me',
        'My neighbor just caught a man walking out of our garage with my chainsaw, he dropped it and is heading fast '
        'down Riverview Road in a green hat',
        'a man just shoplifted from my shop and shoved my employee into the shelf on the way out, hes standing at the '
        'bus stop across the street',
        'just watched a guy take packages off 3 porches on Stony Brook Road, he\'s putting them in a silver hatchback '
        'at the corner as I type',
        'The man who keyed my car five minutes ago is still standing at the end of my driveway on Harborview Road '
        'staring at the house',
        'Ajuda, a man just take my cash bag from the front seat of my cleaning van and run into the trees behind '
        'Whitney Glen Drive, I still see his red hat',
    ],
    'crime_in_progress': [
        'Somebody is prying at the back door of the pharmacy next to my office, I can hear the metal bending as I type',
        'there are 2 people in my neighbors backyard on Lost Ledge Road with flashlights going through the shed and the '
        'neighbors are in Florida for the winter',
        'A man in a reflective vest is sawing the catalytic converter off a car in the Greens Farms station lot right '
        'now, he\'s lying underneath it',
        'My doorbell camera app shows a stranger standing in my front hall right now. I\'m at work in Stamford, the '
        'house is on Otter Trail',
        'someone is sitting in my car in the driveway rn going thru the glovebox, dome light on, i can see him from '
        'the upstairs window',
        'A group of teenagers is spray painting the side of Coleytown Elementary this minute, 65 Easton Road, they '
        'brought a ladder',
        'Somebody\'s breaking into the construction trailer on our street, they\'ve got the door half off its hinges, '
        'Richmondville Avenue',
        'The man renting our basement room is carrying my TV and my mother\'s jewelry box out to his car while I watch '
        'from the window',
    ],
    'missing_now': [
        'My 5 year old was in the yard two minutes ago, now the gate is open and I can\'t find him anywhere, Hyatt Lane',
        'We can\'t find my 79-year-old mother, she has dementia and walked out while I was in the shower, she\'s only '
        'in a nightgown',
        'My son is autistic and doesn\'t speak, he ran off at Compo Beach about 10 minutes ago and he is drawn to water',
        'Our 14yo got into a black car with an older guy after school, her friend said she looked scared, now her phone '
        'goes straight to voicemail',
        'My husband took his insulin and went for a run two hours ago, he\'s never out more than 45 minutes and he '
        'isn\'t answering',
        'lost my 3 year old inside the Westport Library, he was by the picture books a minute ago, staff are looking '
        'too',
        'my brother has Down syndrome and was supposed to get off at Saugatuck station, he texted "i dont know where i '
        'am" and now his phone is dead',
        'the 8 year old I babysit went sledding on the hill behind the house on Stoneboat Road 40 minutes ago and '
        'hasn\'t come back, her sled is at the bottom by itself',
    ],
    'threat_of_violence': [
        'My ex just texted that he\'s on his way over with his friends to "teach me a lesson" and he\'s five minutes '
        'away',
        'Our neighbor is at our fence screaming he\'ll kill our dog and then us, and now he\'s climbing over it',
        'a guy at the gas pump said he\'s going to follow me home and beat me, he\'s right behind me now in a gray truck',
        'My son\'s classmate posted that he\'s bringing something to school tomorrow to "make them all pay" and the '
        'kids are all sharing it',
        'The landlord\'s brother is banging on our door saying if we\'re not gone tonight he\'ll drag us out by the '
        'hair',
        'my roommate is drunk and keeps saying he\'ll smash my face in, he\'s blocking the apartment door so i cant '
        'leave',
        'A customer I refused to serve is waiting in the parking lot saying he\'ll hurt me when I come out, my shift '
        'ends in 10 minutes',
        'My daughter\'s boyfriend just called saying he\'ll burn our house down with her inside, he says he\'s already '
        'on his way',
    ],
    'cannot_call': [
        'cant call. my husband took my phone n hes screaming, im on my ipad locked in the bathroom. Fraser Lane',
        'I am deaf and can only text. My neighbor is lying on the sidewalk on Florian Court and not moving',
        'please only text back. someone is walking around outside my bedroom window trying the screens, i dont want '
        'him to hear me',
        'im hiding in the stock room at work, a man came in yelling and wont leave, i cant make any noise',
        'My voice is gone after throat surgery so I can\'t speak on the phone. My wife passed out in the kitchen and '
        'won\'t wake up',
        'texting from under my desk, there\'s a man in our office lobby shouting that he\'s looking for his ex-wife who '
        'works here',
        'i only have wifi no cell service. my grandpa fell down the stairs n his arm is bent the wrong way n hes crying',
    ],
    'medical': [
        'My dad is clutching his chest and sweating, he says it\'s just heartburn but his face has gone gray',
        'our baby is 4 months old and her lips look blue, she\'s breathing really fast',
        'my friend took something at a party and now hes shaking and wont respond, his eyes keep rolling back',
        'I\'m 38 weeks pregnant, my water just broke and I can see the cord',
        'My husband ate a cookie with walnuts in it, he\'s allergic, his face is swelling up and he\'s wheezing',
        'My grandmother is having a seizure on the kitchen floor and it\'s been going for five minutes',
        'Mi esposo se cortó la mano, he cut his hand with the table saw in the garage and the blood won\'t stop',
    ],
    'danger_or_injury': [
        'A tree just came down across Roseville Road onto a car and there\'s someone still inside it',
        'Power line down in the road in front of my house on Twin Circle Drive, it\'s sparking and kids are walking '
        'toward it',
        'A jogger slipped on the ice on Hillspoint Road and hit his head hard, he\'s bleeding and keeps asking where he '
        'is',
        'my husband fell off the roof putting up christmas lights and says he cant feel his legs',
        'A car just skidded off the road into the river by the Levitt and it\'s sinking, someone is banging on the '
        'window',
        'it smells really strongly of gas through our whole house and the kids are getting headaches and dizzy',
        'The scaffolding on the house being built next door just collapsed and one of the workers is pinned under it',
    ],
    'self_harm': [
        'I took the whole bottle of my sleeping pills about 20 minutes ago. I don\'t know why I\'m telling you this',
        'my son locked himself in the garage with the car running and he won\'t answer me',
        'My girlfriend just texted "I\'m sorry for everything, take care of Lulu" and she won\'t pick up, she lives on '
        'Woody Lane',
        'im on a bridge over the saugatuck river and i keep thinking about climbing over the rail',
        'My dad has been giving away his tools all week and today he said he bought a rope, he\'s in the barn and won\'t '
        'come out',
        'i cut my wrists, theres a lot more blood than i thought there would be',
        'my mom texted goodbye to everyone in the family chat and her car isnt in the driveway, she\'s not picking up',
    ],
    'weapon_present': [
        'A man in the Town Hall parking lot is waving a knife and yelling at people getting out of their cars',
        'My neighbor is on his porch pointing a shotgun at the kids who were throwing snowballs at his house',
        'guy at the bar pulled out a gun and set it on the counter, says nobody\'s leaving',
        'There\'s a man standing at the end of our driveway on Sniffen Road holding a hatchet and staring at our '
        'windows',
        'my stepfather has his hunting rifle out and is loading it, hes drunk and screaming at my mom',
        'someone just fired two shots near the Greens Farms station platform, people are running everywhere',
        'A teenager just pulled a box cutter on our cashier at the convenience store on Post Road East',
    ],
}

ROUTINE = [
    'I\'m so furious I could scream - someone swiped our Christmas wreath off the front door for the second year '
    'running',
    'My heart sank when I saw the long scratch down my new car in the grocery store lot yesterday',
    'This is driving me insane, three weeks of hang-up calls every night right at dinnertime',
    'Someone slashed the neck of our inflatable reindeer overnight, the kids are devastated but it\'s just a '
    'decoration',
    'Not urgent: my wallet went missing from my gym bag sometime last week, cards are already frozen',
    'There\'s a scorch mark on our mailbox where someone held a lighter to it over the weekend, nothing\'s burning now',
    'Our shed burned last month and the fire marshal already finished, now the insurance company wants a police '
    'report number',
    'My son got punched at a party two weeks ago, he\'s completely fine now, do we report that here?',
    'The smoke alarm in the upstairs hallway chirps every 40 seconds, I think it\'s the battery but I can\'t reach it',
    'Someone spray painted a skull on the utility box at the end of our street',
    'A car with out-of-state plates has been parked on our street for two days with nobody in it, probably a visitor '
    'but I wanted to mention it',
    'I clicked a link in a fake delivery text and now my email is sending spam to all my contacts, is that identity '
    'theft?',
    'There\'s blood all over my back seat - my son\'s nosebleed, not a crime lol - but somebody did take my '
    'registration out of the glovebox yesterday',
    'We thought we heard gunshots last night but it was the neighbors\' fireworks. Anyway, our recycling bin is gone '
    'this morning',
    'Somebody has been taking the newspaper off our driveway every morning for a week',
    'A man called saying my nephew crashed a car in Mexico and needed $2,000 wired. I called my nephew, he\'s at home. '
    'Should I report the number?',
    'I\'m in shock, someone opened a cell phone line in my name and the bill came to my house',
    'We came home from a trip to find the side gate kicked in and some garden tools gone from the yard, it happened '
    'while we were away last week',
    'someone threw a brick through my car window last night, nobody\'s around now, the brick is still on the seat',
    'I\'m freaking out a little - two charges in Ohio on my debit card this morning, the bank already cancelled it',
    'There was a small fire in our trash can last night, my husband put it out with the hose and the can is melted. '
    'Do we need a report?',
    'A guy at the hardware store yesterday said he\'d "get me" over a parking spot. Haven\'t seen him since, I just '
    'want it on record',
    'My daughter\'s car isn\'t in the Imperial Avenue lot where she left it, the sign says cars may be towed, how do '
    'we check?',
    'Someone keeps leaving dead roses on my doorstep, no note, it started last month',
    'I\'m dying to know who keeps stuffing their dog bags into our mailbox',
    'My teenage son was "missing" for an hour but he was at his friend\'s with a dead phone, he\'s home now, do I need '
    'to do anything?',
    'There\'s a dead deer on the shoulder of Long Lots Road, it isn\'t blocking traffic',
    'The carbon monoxide alarm went off this morning, the fire department came and said the detector was faulty, all '
    'fine. Can I get something in writing for my landlord?',
    'My kid\'s airsoft gun was stolen out of our garage. It\'s a toy but it looks real, so I thought you should know',
    'A delivery box with my whole set of chef\'s knives in it was taken off our porch',
    'I nearly had a heart attack when I opened the credit card bill, $2,600 in charges I never made',
    'Some kids set off firecrackers in our mailbox last night, the little door is blown off but nothing is burning',
    'There\'s an old rifle in my late father\'s closet and I don\'t want it in the house. How do I turn it in?',
    'Someone keeps using our driveway to turn around at 2am and their headlights light up the whole bedroom',
    'A man knocked yesterday saying he was from the gas company and needed to check the meter inside. I said no and '
    'he left. He had no ID',
    'my ex keeps calling from new numbers even after i blocked him, hes never threatened me, i just want it '
    'documented',
    'My purse was stolen out of my cart at the grocery store yesterday, I already canceled the cards',
    'The bike I reported lost last month just showed up on a resale site, what should I do?',
    'Fender bender in the Saugatuck station lot, nobody hurt, the other driver left a note with her number',
    'Somebody broke into our beach cottage sometime in the last month, we only go on weekends and just found it',
    'A woman has been sitting in a parked car outside the school for an hour, probably waiting for a kid, just letting '
    'someone know',
    'The construction site next door has no fence and my son stepped on a nail there last week, he\'s healing fine. Who '
    'do I tell?',
    'I went to pieces when I saw my daughter\'s bike gone from the rack at school, and it was locked',
    'Someone made a fake profile with my cousin\'s name and photos and is messaging our friends for money',
    'Someone stole the copper gutter right off our garage over the weekend',
    'I found a wallet on the sidewalk on Main Street with $40 and a license in it, where do I bring it?',
    'my car got broken into while I was at work yesterday, window smashed, they took my gym shoes of all things',
    'I cried when I saw the garden beds ripped up and the bird feeders gone, who does that',
    'We got an angry anonymous letter taped to our door two weeks ago about where we park, nothing since',
    'A drunk guy slept on the bench outside our store last night, he\'s gone now but he left bottles all over',
    'My mom\'s hearing aid went missing at the holiday party at the senior center',
    'Some joker zip tied a traffic cone to the roof of my car in the driveway, no damage, just annoying',
    'The neighbor\'s dog got out again and is running loose on our street, nobody\'s hurt',
    'I\'m scared to go online now, someone changed my Amazon password and ordered stuff to an address in Texas',
    'Kids got into our pool house over the weekend and drank some beers, they\'re long gone and nothing\'s broken',
    'Someone plastered bumper stickers all over the back of my car while it was parked near the Levitt',
    'The fire department was at my neighbor\'s last night for a kitchen fire, all out now. Someone stole their patio '
    'furniture during the commotion',
    'I got a letter from the DMV about a car registered in my name that I\'ve never owned',
    'My son\'s phone was stolen from his locker during gym class, he\'s fine, it\'s just the phone',
    'Somebody smashed the side mirror on my parked car and drove off, I heard it from the kitchen twenty minutes ago',
    'Our contractor cashed a deposit check and disappeared two months ago, we want to file a report',
    'my dad paid a fake tech support guy $1,500 by wire transfer, hes fine, just embarrassed',
    'The snowplow took out our mailbox again, is that something you handle?',
    'someone left a note under my wiper that said "nice car" with a smiley face, nothing else happened',
    'My trail camera caught a man walking through our backyard at 4am three nights ago, nothing was taken',
    'Our bonfire got a bit too big last night and scorched the neighbor\'s fence, it\'s out, they want to file '
    'something',
    'My phone was stolen on the train last week and I tracked it to an address in Bridgeport',
    'This is a dumb question but someone took every single lightbulb out of the lamps along our front walk',
    'A loud bang woke me at 3am and this morning my car antenna is snapped off and the mirror folded in',
    'Someone keeps dumping bags of trash at the end of our driveway every few days',
    'My wife\'s engagement ring went missing after the cleaners came, we\'re not accusing anyone, just want a report',
    'A man at the door said he was collecting for a youth hockey team and wanted cash, he left when I asked for a '
    'flyer',
    'I sent $400 on Venmo for concert tickets that never came and now the seller blocked me',
    'Bonjour, quelqu\'un a volé mon vélo devant la bibliothèque hier, it was locked with a chain, no urgence',
    'Mein Auto wurde zerkratzt, yesterday at Compo Beach parking, not urgent, only for the insurance',
]

ROWS = []
for _cat, _texts in EMERGENCY.items():
    for _t in _texts:
        ROWS.append((_t, 1, _cat))
for _t in ROUTINE:
    ROWS.append((_t, 0, 'routine'))
