"""Sealed-45 incident_descriptions.csv rows: (text, incident_type).
22 per online type and 24 motor_vehicle_theft. Per label: two by non-native writers, one long,
one that corrects itself mid-sentence, some misspelled, some short but specific."""

HPC = [
    'someone calls my cell every night at exactly 9:45 and just hums a lullaby until I hang up',
    'a man keeps phoning our landline asking for "Tina" and gets nastier each time I say no Tina lives here',
    'Since Thanksgiving a caller has been ringing the house at 6 am and hanging up the second anyone answers',
    'harasing fone calls from the same 475 number like 20 times a day',
    'sum1 keeps calling my daughters phone n breathing real heavy then laughs',
    'repeated calls to my business line from a blocked number, the caller screams obscenities and hangs up',
    'Somebody keeps calling my mother pretending to be my late father. She\'s 90. It\'s cruel.',
    'I\'m getting calls all night from different numbers, always the same man saying "I see you"',
    'calls to my work phone every 10 min, just static',
    'my ex-coworker\'s friend? no idea - a stranger calls my desk line and reads my home address back to me',
    'Persistent hang-up calls to our home phone, maybe 12 a day for two weeks now, mostly during dinner',
    'someone keeps prank calling our restaurant ordering 30 pizzas to fake addresses and cursing at the staff',
    'A caller with a voice changer has left five voicemails mocking my son\'s stutter',
    'phone calls from an unknown number that play a recording of a dog growling, four or five a day',
    'stranger calls my teenage son\'s phone late at night asking what he\'s wearing',
    'Calls to our landline - sorry, I mean to my husband\'s cell, not the landline - from a man who just whispers '
    'numbers',
    'I keep gettin calls from a privat number, no one talks, just a clock ticking',
    'debt collector calls 15 times a day about a debt that isn\'t mine and screams at my kids when they answer',
    'Recibo llamadas de un número desconocido todas las noches, un hombre dice groserías y cuelga',
    'Je reçois des appels anonymes tous les jours à l\'heure du déjeuner, personne ne parle',
    'For about three weeks now, somebody has been calling our home line between 2 and 4 in the morning. When my wife '
    'picks up there is music playing, usually the same old jazz record, and then after a minute or so a man says '
    '"goodnight" and disconnects. We\'ve changed nothing, we don\'t know anyone who would do this, the number comes '
    'up blocked every time, and now neither of us can sleep through the night.',
    'silent calls to my cell every time I get home, like the caller knows when I walk in',
]

DMV = [
    'someone scratched a curse word into the driver door of my Volvo overnight',
    'my side mirror got smashed off while I was parked on the street, just hanging by the wires',
    'Somebody sat on the hood of my car and left two big dents, there\'s a footprint on the windshield',
    'windshield cracked - looks like somebody threw a rock at it in my driveway',
    'sumone poored bleach all over my car, the paint is bubbling',
    'came back to my car in the lot and the rear bumper is crumpled, no note',
    'both my wiper arms bent straight up and snapped, happened overnight',
    'paintball splatters all down the passenger side of my car and two of them chipped the paint',
    'someone threw gravel at my car from the road and pitted the whole hood',
    'somebody glued a hundred stickers all over my windows and they took the tint with them when I peeled them off',
    'kids threw a shopping cart into the side of my car, long dent on the rear quarter',
    'A golf ball came flying over from who knows where and cracked my sunroof... no wait, it was a rock, the guy at '
    'the shop found it',
    'My antenna is snapped off and there\'s a long scratch down the hood, overnight in the driveway',
    'headlights on my truck both smashed, glass on the ground, nothing else',
    'Somebody keyed the word LIAR across the trunk of my car',
    'my car door was dented by someone kicking it, the shoe print is still on the panel',
    'Mi carro tiene la puerta rayada con una llave y el espejo roto, pasó anoche en la calle',
    'Qualcuno ha rotto il lunotto posteriore della mia auto con un sasso durante la notte',
    'rear windshield on my hatchback completely shattered, found a brick in the back seat',
    'somebody clipped my parked car on the street overnight and didnt stop, bumper hanging off',
    'I parked outside my friend\'s place for her kid\'s birthday and when I came out three hours later the whole '
    'driver\'s side was streaked with what looks like dried ketchup and mustard, and under it the paint is scratched '
    'in swirls like someone scrubbed it with a rough sponge or sand - the body shop says the clear coat is ruined on '
    'both doors and the front fender.',
    'tires slashed on my work van - sorry, not slashed, punctured with nails in the sidewall, all three on one side',
]

IDT = [
    'someone opened a car loan in my name at a dealership in Texas',
    'the post office forwarded all my mail to an address I\'ve never heard of, I didn\'t request it',
    'I got a medical bill for an ER visit in Florida I never made, they used my insurance',
    'Someone used my SSN to open a utility account in another state',
    'my bank account was taken over, they changed my password and my phone number and sent money out',
    'identiy theft, sumone got a credit card in my name n maxed it',
    'my phone suddenly had no service and my bank accounts were drained, carrier says someone swapped my SIM',
    'Got a letter approving a personal loan I never applied for',
    'a payday loan company says I owe $1,200 on a loan I never took out',
    'Someone is collecting my Social Security benefits - they changed my direct deposit',
    'fraudulent apartment lease signed with my name and ID in New Jersey',
    'someone opened a gym membership and a credit card in my mom\'s name, she\'s in a nursing home',
    'someone filed taxes using my info and got my refund',
    'my credit report shows three accounts I never opened, two cards and a line of credit',
    'somebody used my info to lease a car - sorry, not a lease, a financed motorcycle - in Pennsylvania',
    'my son is 9 and he already has a credit card account in his name, how',
    'I was told I\'m enrolled in a health plan in another state that I never signed up for',
    'Alguien abrió una cuenta de banco con mi nombre y mi número de seguro social',
    'Qualcuno ha usato i miei dati per aprire un conto telefonico, mi arrivano le bollette',
    'identidy theft - someone opened a paypal with my name',
    'Someone started an online business account using my name and my EIN, and now the IRS thinks I owe payroll '
    'taxes on employees I\'ve never had. I found out when a letter came saying I\'d missed quarterly filings, and '
    'the address on file for the business is a mailbox store in Arizona. I never authorized any of it and I want it '
    'on record before I contact the IRS again.',
    'my credit union called about a car loan application under my name, I never applied',
]

LOST = [
    'lost my hearing aid somewhere between the pharmacy and my car',
    'I lost a small gold cross on a thin chain, it was my confirmation gift',
    'my son lost his retainer case at school, it was in a blue pouch',
    'lost my wallet w my license, 2 credit cards n my kid\'s school photo',
    'left my laptop bag on a bench downtown and it\'s gone when I went back',
    'lost my car keys on my morning walk, Toyota fob with a red keychain',
    'I misplaced my passport somewhere between home and the bank',
    'lost my prescription glasses, black frames, in the parking lot',
    'My daughter lost her stuffed rabbit, it\'s gray and one ear is stitched',
    'lost airpods pro case at the playground',
    'I lost my dog\'s collar with the tags, it slipped off on a walk',
    'lost a pearl earring - no, both pearl earrings, they were in a little pouch - at the holiday concert',
    'lost my insulin pump remote, black, looks like a phone',
    'misplacd my work id badge, i think it fell out at the gas station',
    'Lost a green wool scarf and leather gloves at the holiday market',
    'Ho perso il portafoglio con la carta d\'identità e due carte di credito',
    'Perdi meu celular no estacionamento do supermercado, capa azul',
    'lost my grandpa\'s military medal, it was in my jacket pocket',
    'i lost my kindle... wait, my ipad mini, purple case',
    'lost a folder of tax papers with my SSN on them, very worried',
    'I took my grandson to see the lights on Saturday evening and somewhere between the car, the hot chocolate stand '
    'and the carousel I lost my wallet. It\'s brown leather, folded, and has my license, my Medicare card, a '
    'photo of my late wife and about sixty dollars in it. I went back the next morning and asked at every booth '
    'but nobody had turned it in.',
    'lost a ring of keys with a yellow foam float that says BOAT',
]

THEFT = [
    'someone stole our inflatable Santa right off the front lawn',
    'my bike was stolen from the rack outside the coffee shop, it was locked',
    'Somebody took the propane tank off our grill on the back deck',
    'stolen: two Adirondack chairs from my front porch',
    'our generator was taken from the side of the house overnight',
    'someone stole my purse off the back of my chair at a restaurant',
    'firewood keeps disappearing from the stack by our driveway',
    'a ladder and a wheelbarrow were stolen from our backyard',
    'they took the kayak off the rack behind our garage',
    'my laptop was stolen off the table at the café while I went to the restroom',
    'sumbody stole my porch planters, the big ceramic ones',
    'stolen package - a tablet, delivered at noon, gone by 2',
    'Some one took my snowblower from the open shed',
    'Someone stole my mail out of the mailbox, including a check',
    'the copper gutters were ripped off my garage and taken',
    'my son\'s hockey bag was stolen from our mudroom - sorry, from the porch, the mudroom was locked',
    'Qualcuno ha rubato la mia bicicletta elettrica dal garage',
    'Roubaram as cadeiras e a mesa do meu quintal ontem à noite',
    'Someone stole the solar lights all along my walkway, like twelve of them',
    'stole my grill cover and the grill tools lol who does that',
    'My wife and I run a small farm stand on the honor system, and for the past month money has been going missing '
    'from the cash box - usually $20 to $40 at a time, always on weekends. This Saturday the whole lockbox was pried '
    'off the table and taken, along with two crates of apples and a jar of honey we were going to donate.',
    'my AirPods got stolen out of my gym locker',
]

VAND = [
    'someone spray painted graffiti on our garage door overnight',
    'our mailbox was smashed to pieces, post and all',
    'somebody threw eggs at my house and smashed two pumpkins on the steps',
    'tags painted all over the fence by the bus stop',
    'vandalisim to my front door, someone carved into the wood',
    'somebody cut my hose and slashed the pool cover',
    'our garden gnomes were smashed and the fountain was knocked over',
    'somebody pulled down all the holiday garland on our fence and stomped it',
    'rocks thrown through two windows of our sunroom',
    'our HOA sign was knocked down and spray painted',
    'somebody keyed - no, carved - their initials into the picnic table on our deck',
    'they ripped the screen door off the hinges and left it on the lawn',
    'someone dumped paint on our driveway, bright red',
    'the windows on my shed were broken',
    'my front lawn had a word burned into it with weed killer',
    'Alguien pintó grafitis en la pared de mi tienda durante la noche',
    'Ktoś zniszczył moje ogrodzenie i pomalował bramę sprayem',
    'sum1 broke the lights on my front steps n kicked my door',
    'The stone lions at the end of our front walk have been knocked off their bases, one head broken off',
    'the tires on my kid\'s swingset were slashed and the slide cracked',
    'Over three nights someone has pulled up the stakes of our invisible dog fence, bent our solar path lights, '
    'scrawled something rude in chalk across the driveway and last night snapped the new cherry tree we planted in '
    'memory of my father-in-law clean in half. Nothing has been taken; it\'s just destruction.',
    'Our backyard play house was spray painted with profanity',
]

VB = [
    'someone broke into my car and took my gym bag',
    'my car window was smashed and my purse was taken from the front seat',
    'sumone broke in2 my truck n took my tools',
    'stolen from my car: garage door opener and registration',
    'someone took my AirPods and loose change from my unlocked car',
    'my laptop was stolen from my trunk, lock was popped',
    'someone rifled through my car and took my sunglasses and a phone charger',
    'car broken into, the stroller in the trunk is gone',
    'my car was broken in to and my kid\'s hockey stick and skates are gone',
    'my wallet was stolen out of my glove box, the car was locked',
    'my golf clubs were stolen out of my trunk at the lot',
    'Someone broke the quarter glass on my SUV and took my camera - sorry, my binoculars, the camera was at home',
    'car was opened overnight and my work badge and parking pass were taken',
    'brken window on my car n my backpack is gone',
    'someone smashed my back window and took a bag of wrapped Christmas presents',
    'my car was entered and the spare key in the console was taken',
    'Alguien rompió la ventana de mi camioneta y se llevó mi mochila con la laptop',
    'Quelqu\'un a forcé ma voiture et volé mon sac de sport et mes lunettes de soleil',
    'Someone took the aftermarket stereo out of my dashboard',
    'someone got into my car and took my handicap placard and my purse',
    'I left my car unlocked in the driveway for one night, which I know was dumb, and this morning the glovebox was '
    'hanging open, papers all over the floor, my emergency cash envelope was gone ($200), my daughter\'s AirPods were '
    'gone from the cupholder, and even the dog\'s leash and treat bag had been taken from the back seat.',
    'breakin to my car, they took my work phone',
]

VT = [
    'someone loosened the lug nuts on my front wheel, the tire was wobbling when I drove',
    'my license plate screws were loosened halfway out',
    'someone let the air out of all my tires overnight',
    'someone unbolted the heat shield under my car and left it lying on the driveway, converter still there',
    'my car hood was popped open and the battery cables disconnected',
    'someone unscrewed my brake light bulbs and left them on the trunk',
    'somebody put a GPS tracker under my car, I found it stuck to the frame',
    'someone plugged some kind of device into the port under my dashboard and left it there',
    'my car was moved to a different spot on the street overnight, nothing missing',
    'my car alarm was disabled somehow and the driver door was left unlocked, nothing taken',
    'somebody pulled the spark plug wires on my old pickup so it wont start',
    'my radiator cap was off and there was dirt dumped in the reservoir',
    'someone tried to pry open the charge port door on my EV',
    'Somebody ripped out the wiring to my trailer hitch',
    'my cargo roof box was forced open, nothing in it was touched',
    'sumone messd with my car, the window is forced down a few inches but nothing gone',
    'someone wedged a plastic bottle behind my front tire, I read thats a trick to get you to stop and get out',
    'Alguien le quitó las tapas de las válvulas a mis llantas y les sacó el aire',
    'Qualcuno ha manomesso la serratura del bagagliaio, non si apre più',
    'someone stuffed rags into my exhaust pipe, the car was chugging',
    'My roof rack bolts were loosened on the driver\'s side - no, on both sides - and the rack almost flew off on the '
    'highway',
    'For the last week I\'ve been finding things wrong with my car every morning: first the mirrors were folded in, '
    'then the seat warmer and the radio were turned all the way up, then the trunk release had been pulled and the '
    'spare tire cover was lifted. Nothing has ever been taken and there\'s no damage, but somebody is clearly getting '
    'into it at night.',
]

MVT = [
    'my car was stolen from my driveway overnight, gray Kia Soul',
    'my motorcycle is gone from the garage, a blue Ducati',
    'someone stole my work van with all my tools inside',
    'our Polaris side-by-side was taken from the barn',
    'stolen: my Vespa, parked outside the apartment',
    'my car got stolen from the valet at the restaurant',
    'my Ford F-150 was stolen from the repair shop lot',
    'my Range Rover was taken from the driveway last night, no broken glass anywhere',
    'sumbody stole my car last nite from the street, Hyundai Elantra',
    'My grandfather\'s Cadillac disappeared from his carport',
    'our landscaping trailer with the mowers on it was stolen off the street',
    'somebody took my Subaru from the vacuum area at the car wash while I was emptying the trash',
    'my Honda Pilot with my kid\'s car seat in it is gone from the parking lot',
    'someone stole our snowmobile trailer and both sleds',
    'my car was stolen - sorry, my son\'s car, the Jetta, I always mix them up',
    'stolen electric motorcycle from the carport, a Zero',
    'my old Corvette was stolen out of the barn, classic 1978',
    'the company pickup truck was taken from our office parking lot',
    'Mi camioneta fue robada frente a mi casa anoche, una Toyota Tacoma gris',
    'Mój samochód został skradziony z parkingu pod domem, czarne audi',
    'my cr was stolen from the train lot, blue mazda',
    'we came out and our RV was gone from the side yard',
    'stolen Prius from the driveway, keys were in the cupholder',
    'I went out this morning to take my daughter to her swim meet and my Lexus was simply not in the driveway anymore. '
    'I checked with the dealer and the bank in case it was repossessed, and it wasn\'t, and my husband didn\'t move '
    'it. The key fob is still on the hook by the door. Our neighbour\'s camera shows headlights pulling out at about '
    '3:15 am.',
]

ROWS = ([(t, 'harassing_phone_call') for t in HPC]
        + [(t, 'damage_to_motor_vehicle') for t in DMV]
        + [(t, 'identity_theft') for t in IDT]
        + [(t, 'lost_property') for t in LOST]
        + [(t, 'theft') for t in THEFT]
        + [(t, 'vandalism') for t in VAND]
        + [(t, 'vehicle_burglary') for t in VB]
        + [(t, 'vehicle_tampering') for t in VT]
        + [(t, 'motor_vehicle_theft') for t in MVT])
