"""Sealed set 43 -- incident_descriptions.csv: first messages, `text,incident_type`.
22 per online type and 24 motor_vehicle_theft. Per label: two by non-native writers, one long,
some misspelled or short but specific, one that corrects itself mid-sentence."""

HPC = 'harassing_phone_call'
DMV = 'damage_to_motor_vehicle'
IDT = 'identity_theft'
LOST = 'lost_property'
THEFT = 'theft'
VAN = 'vandalism'
VBU = 'vehicle_burglary'
VTA = 'vehicle_tampering'
MVT = 'motor_vehicle_theft'

ROWS = [
    # ---------------------------------------------------------------- harassing_phone_call (22)
    ('someone calls the front desk phone at my work every hour asking for a Dwayne and laughs when I say wrong '
     'number', HPC),
    ('my sisters ex keeps calling me from new numbers to ask where she moved, 15 times since last night', HPC),
    ('harasing calls to my cell from a blocked number, they whistle into the phone and hang up', HPC),
    ('a computer voice calls our landline at midnight and reads out our home address, then hangs up', HPC),
    ('I keep getting calls from a man who breathes heavily and asks what color my socks are', HPC),
    ('Since my couch went up for sale online, one number calls ten times a day cursing at me about the price', HPC),
    ('my 14 year old is getting calls from an unknown number where a man asks which school she goes to', HPC),
    ('prank calls every night at dinner, kids giggling and ordering pizzas from us like we\'re a restaurant', HPC),
    ('Every day many times somebody is calling to my telephone and say bad words in Spanish, I am not '
     'understand why', HPC),
    ('Since one week a man telephones my house and sings songs, then he is laughing and closes the phone', HPC),
    ('breathing calls to my landline, 3 a night', HPC),
    ('some1 keeps caling me nonstop and saying my dead husbands name', HPC),
    ('our house phone keeps ringing with hang-ups - actually it\'s the fax line, the one for the home office', HPC),
    ('For the past month, ever since I posted a review of a restaurant online, I have been receiving calls from a '
     'string of out-of-state numbers; the caller never says who he is, he reads my review back to me in a mocking '
     'voice and calls again within minutes if I hang up, sometimes twenty times in an evening, so my kids can\'t '
     'get through to me', HPC),
    ('voicemails every morning that are just someone playing the same sad song on a harmonica', HPC),
    ('a caller keeps asking for my late father and then says vile things about him before hanging up', HPC),
    ('someone is calling the restaurant line fifty times a night so real customers can\'t get through', HPC),
    ('a woman keeps calling my cell claiming she\'s my husband\'s girlfriend, we don\'t know her and it won\'t '
     'stop', HPC),
    ('an unknown number calls at 4 am and plays a recording of a baby crying', HPC),
    ('repeated calls to my landline where someone reads out lottery numbers and hangs up', HPC),
    ('my phone rings every five minutes from spoofed local numbers and nobody\'s ever there, three days now', HPC),
    ('calls come in with caller ID saying MOM but it isn\'t my mom, someone is spoofing her number and moaning',
     HPC),
    # ---------------------------------------------------------------- damage_to_motor_vehicle (22)
    ('someone smashed my rear windshield with a rock in the driveway, nothing inside was touched', DMV),
    ('hit and run in the grocery store lot, my rear quarter panel is crumpled and there\'s blue paint on it', DMV),
    ('my car got scratched with something sharp from headlight to taillight on the driver\'s side', DMV),
    ('somebody dumped a cup of sweet coffee all over my hood and it ate into the clear coat', DMV),
    ('all four tires on my wife\'s car were slashed during the night', DMV),
    ('someone stomped on the hood of my car and dented it, there are boot prints all over it', DMV),
    ('the side mirror on my van was kicked off and is dangling by its wires', DMV),
    ('someone wrote on my car windows with a paint marker that won\'t come off and scratched the door trying to '
     'write on it', DMV),
    ('kids threw snowballs packed with rocks and dented both doors on my car', DMV),
    ('My car is parked on the street and somebody break the front lamp and the mirror, nothing inside is taken',
     DMV),
    ('Someone has made with a key long lines on all the doors of my automobile, also on the trunk', DMV),
    ('sombody dented my hood and craked the windsheild overnite', DMV),
    ('antenna snapped off, both wipers bent straight up', DMV),
    ('someone smashed my headlight - the taillight, I mean, the back left one', DMV),
    ('I parked in the lot behind the bank at about nine this morning, went to two appointments, and when I came '
     'back at noon the whole passenger side of my car had been scraped down to the primer from the front fender '
     'to the rear bumper, as if someone had walked its length with a screwdriver, and the mirror glass on that '
     'side was shattered; nothing was taken and the doors were still locked', DMV),
    ('someone spray painted a smiley face on the tailgate of my truck', DMV),
    ('my windshield has a spiderweb crack from something thrown at it while it was parked', DMV),
    ('someone backed into my parked car at the gym and left, the bumper cover is hanging off', DMV),
    ('someone glued feathers all over my car and the glue pulls the paint off when I peel them', DMV),
    ('somebody slammed their door into mine so hard in the lot that it left a deep crease', DMV),
    ('a rock came down through the sunroof of my car while it was parked on the street', DMV),
    ('my front fender is kicked in and the bumper is cracked, there\'s a sneaker print on it', DMV),
    # ---------------------------------------------------------------- identity_theft (22)
    ('someone filed for a tax refund using my Social Security number', IDT),
    ('a credit card I never applied for showed up in the mail and it was already activated', IDT),
    ('I got a bill from a hospital in Florida for a surgery I never had', IDT),
    ('someone opened a cell phone line in my name and ran up $900', IDT),
    ('my credit report shows two car loans that aren\'t mine', IDT),
    ('someone changed the mailing address on my bank account and ordered new checks', IDT),
    ('somebody used my info to rent an apartment in New Jersey, the landlord called me about late rent', IDT),
    ('a payday loan company says I owe them $1,200 for a loan I never took out', IDT),
    ('Somebody use my name and my number of social security to open account in a bank, I never go to this bank',
     IDT),
    ('I received letter from insurance company for a car which is not my car, someone take my identity', IDT),
    ('identiy theft, someone opened a store card in my name at a furniture place', IDT),
    ('sombody used my drivers licence info to get a phone plan', IDT),
    ('stranger\'s electric account opened under my SSN', IDT),
    ('someone got a credit card using my wife\'s name - sorry, my name, but with my wife\'s birthday', IDT),
    ('I was turned down for a mortgage pre-approval this week because my credit report shows four new accounts '
     'opened in the last two months, a jewelry store card, two credit cards and a personal loan, all with my name '
     'and Social Security number but a mailing address in Georgia I have never lived at, and the total owed is '
     'over eleven thousand dollars', IDT),
    ('my 7 year old\'s Social Security number was used to open a credit card', IDT),
    ('the IRS says I earned wages from a company in Texas I have never worked for', IDT),
    ('someone got a new debit card issued on my account and is pulling cash out in New York', IDT),
    ('my Medicare statement shows equipment billed in my name that I never received', IDT),
    ('someone took out student loans in my name', IDT),
    ('my email and bank passwords were changed and someone applied for a line of credit as me', IDT),
    ('a collections agency keeps calling about a gym membership in Arizona that was opened with my details', IDT),
    # ---------------------------------------------------------------- lost_property (22)
    ('lost my green card somewhere between the train and my car', LOST),
    ('my prescription glasses fell out of my coat pocket on a walk', LOST),
    ('I can\'t find my car keys, I think I dropped them in the snow at the park', LOST),
    ('lost one of my hearing aids at the grocery store', LOST),
    ('my son left his backpack with his retainer in it on the school bus', LOST),
    ('I left my wallet on a bench downtown and when I went back it wasn\'t there, probably just lost', LOST),
    ('lost my wedding band while shoveling the driveway', LOST),
    ('dropped my phone somewhere on the beach walk', LOST),
    ('I lose my bag with my documents in the park, a black bag, I think I forget it on the bench', LOST),
    ('My son has lost the war medal of his grandfather, it was in his pocket at the school', LOST),
    ('lost my walet with my licence and cards somewhere downtown', LOST),
    ('my daugter lost her iphone at the libary', LOST),
    ('lost: gold locket, initials M.R.', LOST),
    ('I lost my laptop - no, my tablet, the laptop is at home - at the coffee shop', LOST),
    ('I am trying to retrace my steps, but I think I lost a small black velvet pouch holding my late mother\'s '
     'pearl earrings and a matching brooch sometime yesterday afternoon between leaving the jeweler downtown where '
     'I had them cleaned, stopping at the post office and walking back to my car, and I would like it on record '
     'in case anyone turns it in', LOST),
    ('my daughter\'s retainer case fell out of the car at school pickup', LOST),
    ('lost an envelope with $300 cash for the babysitter somewhere in the parking lot', LOST),
    ('our dog\'s GPS collar came off in the woods behind the school', LOST),
    ('lost my work ID badge and the building keycard', LOST),
    ('left my camera bag on the roof of the car and drove off', LOST),
    ('lost a diamond stud earring at the holiday concert', LOST),
    ('lost the remote for my insulin pump somewhere in the high school auditorium', LOST),
    # ---------------------------------------------------------------- theft (22)
    ('someone stole the wreath right off our front door', THEFT),
    ('my bike was taken from the rack outside the library', THEFT),
    ('somebody took the patio heater off our deck', THEFT),
    ('packages keep getting stolen off my porch, two this week', THEFT),
    ('our hose reel and the hose were stolen from the side of the house', THEFT),
    ('someone walked into our open garage and took my golf clubs', THEFT),
    ('my kayak was stolen off the rack down by the water', THEFT),
    ('my laptop was stolen off my desk at the coworking space while I was in the bathroom', THEFT),
    ('Someone take my bicycle from the front of my house, it was with the lock but they cut it', THEFT),
    ('Somebody steal from my yard the statue of the Virgin Mary, it was there twenty years', THEFT),
    ('sumbody stole my generater from the shed', THEFT),
    ('packege theft, the box with my meds was taken of the porch', THEFT),
    ('porch rocking chairs, both gone', THEFT),
    ('someone stole my purse from the shopping cart - my tote bag I mean, the purse was inside it though', THEFT),
    ('Sometime over the weekend someone went into the unlocked shed behind our rental cottage and took a chainsaw, '
     'a leaf blower, a string trimmer and two full gas cans, all belonging to the landscaping company I run out of '
     'that property, and since the shed door wasn\'t damaged whoever it was knew it would be open', THEFT),
    ('the copper pipes were pulled out of the house we\'re renovating', THEFT),
    ('someone took the stroller we left on the porch for five minutes', THEFT),
    ('my mailbox was stolen, the whole thing, post and all', THEFT),
    ('firewood keeps disappearing from our stack by the road', THEFT),
    ('someone took the return box we left on the step for pickup', THEFT),
    ('two bags of groceries were taken from the porch before I got home', THEFT),
    ('my wallet was lifted from my purse at the gym while I was on the treadmill', THEFT),
    # ---------------------------------------------------------------- vandalism (22)
    ('someone smashed all the glass in our front storm door', VAN),
    ('graffiti on the back wall of our store', VAN),
    ('our mailbox was smashed with a bat overnight', VAN),
    ('kids knocked over and broke our stone birdbath', VAN),
    ('someone cut the net on our backyard tennis court to pieces', VAN),
    ('our fence was spray painted with curse words', VAN),
    ('someone threw balloons full of paint at the front of our house', VAN),
    ('someone snapped the young trees we just planted along the road', VAN),
    ('Somebody break the window of my shop with a stone in the night, but they not enter and nothing is stolen',
     VAN),
    ('Someone has written ugly words with paint on my garage, also they destroyed my flowers', VAN),
    ('vandelism, someone broke the lights along are walkway', VAN),
    ('some one scratched up our front door and carved there name in it', VAN),
    ('eggs on the house, dried on the siding', VAN),
    ('someone spray painted our garage - sorry, the garden shed, the garage is fine', VAN),
    ('Over the past three nights someone has been coming onto our property and pulling up the newly planted hedge '
     'along the road, and last night they also tore the lattice off the front porch, snapped two porch balusters '
     'and knocked the lid off our stone well, and each morning we find muddy footprints leading back to the '
     'street', VAN),
    ('someone ripped the lights off our front bushes and stomped on the bulbs', VAN),
    ('the playhouse in our backyard had its little windows punched out', VAN),
    ('someone poured bleach on our lawn in the shape of letters', VAN),
    ('a rock was thrown through our kitchen window, nothing was taken', VAN),
    ('our garden gate was ripped off its hinges', VAN),
    ('someone squirted glue into our front door lock', VAN),
    ('someone sawed the top off our flagpole', VAN),
    # ---------------------------------------------------------------- vehicle_burglary (22)
    ('someone broke into my car and took my purse off the seat', VBU),
    ('they smashed the window and stole my work tools out of the truck cab', VBU),
    ('my car was rifled through and my sunglasses and cash were taken', VBU),
    ('car window smashed, my laptop bag taken from the floor behind the seat', VBU),
    ('someone got into my unlocked car and took my wallet from the center console', VBU),
    ('the toolbox in the bed of my pickup was pried open and the tools inside are gone', VBU),
    ('stolen from my car overnight: a stroller and a diaper bag', VBU),
    ('they ripped the stereo right out of my car\'s dashboard', VBU),
    ('Somebody open my car in the night and take my documents and the money from the little box between the '
     'seats', VBU),
    ('My car window is broken and the school bag of my daughter is taken from inside', VBU),
    ('somone went threw my car and stole my air pods and chargers', VBU),
    ('my van got broke into and they took my drill and saw from the back', VBU),
    ('coins and sunglasses gone from my unlocked car', VBU),
    ('someone broke into my car and stole my son\'s hockey bag - his lacrosse bag, sorry, wrong season', VBU),
    ('When I came out to my car in the driveway this morning the rear passenger window was smashed with glass all '
     'over the back seat, and my daughter\'s school backpack with her Chromebook inside, a Bose speaker, an '
     'envelope with about $150 in gift cards and my husband\'s spare reading glasses were gone, while the '
     'registration and owner\'s manual had been dumped on the floor', VBU),
    ('someone went through my car and took the parking permit off the mirror and my jacket', VBU),
    ('they popped my trunk and stole the Christmas presents I had hidden in there', VBU),
    ('my glovebox was emptied and my registration and insurance card are gone', VBU),
    ('someone took my purse out of my car at the gas pump while I was inside paying', VBU),
    ('my truck was entered overnight and my work laptop and hard hat were taken', VBU),
    ('they broke the lock on my delivery van and stole the packages inside', VBU),
    ('someone reached through my cracked window and grabbed my phone off the dash', VBU),
    # ---------------------------------------------------------------- vehicle_tampering (22)
    ('someone yanked on my car door handle so hard it broke, but they never got in', VTA),
    ('my gas cap was off this morning and something was poured into the tank', VTA),
    ('someone let the air out of three tires but didn\'t cut them', VTA),
    ('the wires to my truck\'s backup camera were cut', VTA),
    ('someone smeared mud over my license plate and bent it in half', VTA),
    ('there are pry marks all around my trunk lock, they didn\'t get in', VTA),
    ('someone popped my hood and disconnected the battery', VTA),
    ('my car alarm doesn\'t work anymore, the siren wires under the hood were pulled', VTA),
    ('Somebody try to open my car with something, the lock is scratched and not working now, but nothing inside '
     'is missing', VTA),
    ('In the morning I find the doors of my car open and the seat is moved, but nothing is stolen', VTA),
    ('somone messed with my car, the mirrors are all turned and the seat moved', VTA),
    ('tamperd with my truck, the gas door is bent and the cap is gone', VTA),
    ('valve caps stolen, tires low', VTA),
    ('someone tampered with my car\'s lock - the trunk lock I mean, not the door', VTA),
    ('For the second time this month I found my car in the morning with the driver\'s door unlocked even though '
     'I always lock it, the mirrors folded in, the seat all the way back and the radio on a station I never play, '
     'and nothing has ever been taken, but this time the dome light switch had been set to stay on and the battery '
     'was dead', VTA),
    ('someone stuffed a rag into my exhaust pipe', VTA),
    ('the cover under my dashboard is off and there\'s a little device plugged into the port that isn\'t mine',
     VTA),
    ('there are scratches all around my ignition, like someone tried to start the car', VTA),
    ('my washer fluid was swapped for something that smells like bleach', VTA),
    ('someone cut the strap on my kayak rack and loosened the bolts', VTA),
    ('the fuse box cover under my dash was pulled off and the fuses were moved around', VTA),
    ('someone jammed a coin into my car\'s keyhole so the key won\'t go in', VTA),
    # ---------------------------------------------------------------- motor_vehicle_theft (24)
    ('my car was stolen from the driveway overnight', MVT),
    ('my pickup is gone from the train station lot', MVT),
    ('someone drove off with my landscaping truck, trailer and all', MVT),
    ('my son\'s motorcycle was taken out of our garage', MVT),
    ('our RV is gone from the side yard', MVT),
    ('my car was taken from the gas station while I was inside paying, I left the keys in it', MVT),
    ('stolen car, 2022 Honda Accord, from the street outside my apartment', MVT),
    ('my moped is missing from the rack downtown, plate and all', MVT),
    ('My car is not there anymore in the parking, I leave it last night and this morning it is gone', MVT),
    ('Somebody has stolen my motorbike from the garden, the chain is cut', MVT),
    ('my truck got stoled from my driveway last nite', MVT),
    ('our golf cart was stollen from the garage', MVT),
    ('Jeep gone, both keys still in my pocket', MVT),
    ('my car was stolen - my wife\'s car, I mean, the Subaru, not mine', MVT),
    ('I came out this morning to go to work and my 2019 Toyota Highlander was gone from the driveway, there\'s no '
     'broken glass anywhere, we have both keys in the house, it wasn\'t towed because I called around, and the '
     'app that normally shows where it is stopped updating at 3:12 a.m. somewhere near the highway', MVT),
    ('my snowmobile is gone, trailer too', MVT),
    ('my teenager\'s car was taken from the school lot', MVT),
    ('the company van I drive was stolen from my street', MVT),
    ('my vintage Mustang is missing from the storage garage', MVT),
    ('somebody hotwired my old farm pickup and drove it away', MVT),
    ('my leased BMW vanished from the parking garage', MVT),
    ('my car was stolen while it was warming up in the driveway', MVT),
    ('our four-wheeler was taken from the barn', MVT),
    ('a man jumped into my car at the car wash and drove right off in it', MVT),
]
