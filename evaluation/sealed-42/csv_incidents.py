"""Hand-written rows for incident_descriptions.csv (text, incident_type): 22 per online type, 24 motor_vehicle_theft.

Per label: two non-native writers, one long message, one self-correction mid-sentence, some misspellings and a few
short ones (short but specific).
"""

ROWS = {
    "harassing_phone_call": [
        "some guy calls my cell every night at exactly 11:11 and whispers my middle name and hangs up",
        "a robot-sounding voice keeps calling the landline and saying 'we see you', four days now",
        "my daughter's phone is getting calls from a boy at school who just screams into it, 20 calls today alone",
        "harrassing phone calls to my landscaping business line from the same number all weekend, cursing at whoever "
        "picks up",
        "obscene voicemails on our home phone, a man describing things I won't repeat here",
        "i keep getting calls from a blocked number where someone plays my own voicemail greeting back to me and "
        "laughs",
        "Somebody calls the house at 3 or 4 every morning and when I pick up I hear a TV in the background and nobody "
        "talks",
        "prank calls to our home line - well, my mother-in-law's cell actually - from someone pretending to be a radio DJ "
        "and swearing at her",
        "a telemarketer who curses me out every time I ask to be taken off the list, calls from a new number daily",
        "every day a man call me and speak very bad words about my family, i not know who is him",
        "somebody is calling me many time in the night, nothing to say, only music very loud, then finish",
        "For about three weeks my wife and I have been getting calls on our home line, usually between 6 and 8 in the "
        "evening while we're eating. Different numbers every time but the same area code. The caller asks for "
        "'Denise', and when we say there's no Denise here he laughs and calls right back, sometimes eight or nine "
        "times in a row. We've asked him to stop and tried unplugging the phone, but we need that line for my "
        "mother's medical alert.",
        "callr keeps phoning and asking for my husband then hangs up, my husband passed away last spring",
        "heavy breathing calls to my son's phone every morning right before the school bus comes",
        "text to voice calls at 2 am saying my full name in a robot voice over and over",
        "haressing calls from somebody claiming to be the tax collector, screaming that they'll take my house",
        "someone calls my cell and sings christmas carols in a creepy slow voice, 9 calls in 2 days",
        "dozens of missed calls a day from a number one digit off from mine, when I call back a woman screams at me",
        "a man calls our office front desk asking for me by name and then says disgusting things to the receptionist",
        "phone harassment, my old landlord calls ten times a day from different numbers about a deposit i already "
        "paid",
        "hang up calls to my desk phone at work all afternoon, every afternoon",
        "blocked caller leaves voicemails of just a baby crying, six so far this week",
    ],
    "damage_to_motor_vehicle": [
        "someone sprayed a pink smiley face on the tailgate of my pickup in the Imperial Ave lot",
        "windshield smashed with a landscaping rock in my driveway, nothing inside touched",
        "both rear tires slashed on my wife's minivan in front of our house, the sidewalls cut clean through",
        "somebody carved a heart and two sets of initials into the hood of my brand new Tesla",
        "sliced the canvas top of my Jeep Wrangler, the radio and everything inside is still there",
        "hit and run in the Playhouse lot, my back bumper is cracked and there's red paint scraped into it",
        "somebdy poured bleach on my car's paint and now its all blotchy white",
        "long wavy key line down the passenger doors of the Tahoe",
        "side mirror kicked clean off my Prius while it was parked on Main Street",
        "eggs and shaving cream all over my car overnight, the paint is bubbling where the egg dried",
        "paint stripper dumped on the roof of my BMW, the clear coat is peeling off in sheets",
        "somebody threw a brick through the back window of my hatchback, the brick was still on the seat and nothing "
        "was missing",
        "my car antenna snapped off and both wipers bent straight up in the air",
        "big dent in the roof of my car, actually no it's the hood, looks like somebody jumped up and down on it",
        "somebody make big scratch on my car door with the key, all the side",
        "my car have the headlight broken, someone kick it in the school parking, plastic everywhere",
        "I parked on the street in front of my friend's house on Bauer Place for a holiday party from about 7 to 11 "
        "last night. When I came out the driver side looked like someone had dragged something metal along it from "
        "the headlight to the back door, the mirror glass was cracked, and there was a dent in the front fender with "
        "what looks like a sneaker print. Nothing was taken and the doors were still locked. Nobody at the party saw "
        "anything.",
        "taillight smashed out on my son's car in the Staples student lot",
        "Somebody wrote on my windshield with a paint marker and when I scraped it off the glass was etched",
        "rear quarter panel crunched while I was in the grocery store, no note under the wiper",
        "a kid on a scooter scraped all along my parked car and his dad just walked him away without a word",
        "dents all over the roof of my convertible like someone beat on it with something",
    ],
    "identity_theft": [
        "someone filed for unemployment in my husband's name and his employer got the notice from the state",
        "my credit report shows two new credit cards and an apartment lease in Florida that I never signed",
        "identy theft, somebody opened a cell phone plan in my name with 3 lines",
        "there's an electric account in Bridgeport in my name with $700 past due",
        "letter from the IRS says I owe tax on wages from a warehouse in Nevada I've never worked at",
        "someone changed my address with the post office and my mail is going to a PO box in another state",
        "my elderly mother's social security number was used to take out a personal loan",
        "the bank opened a new checking account in my name that I didn't open, they called to double check",
        "someone is using my name and social to work a job in Texas, my employer got a letter about it",
        "somebody financed a used car in my name, the first payment notice came today",
        "got a hospital bill for a knee surgery at a hospital I've never been to",
        "fraud accounts opened with my late father's information two weeks after his funeral",
        "a storage unit lease in my son's name - I mean my name, my son is only 12 - that we never signed",
        "someone make credit card with my name, I receive letter from the bank but I never ask for it",
        "somebody use my documents and open an account at the phone company, they send me the bill",
        "Last month I started getting mail from banks I don't use, welcome packets and a PIN mailer, and I figured it "
        "was junk. Then yesterday my mortgage broker pulled my credit for a refinance and found four new accounts: two "
        "store cards, a personal loan and a buy-now-pay-later plan, more than $6,000 in total, all opened in the last "
        "six weeks with my social but an address in Stamford I've never lived at. The broker says we can't go ahead "
        "until it's cleared up.",
        "ID theft, a PayPal Credit account and a Klarna plan in my name, $1,100 between them",
        "the credit bureau has an address and phone number for me that I have never had",
        "someone used my info to get a tax refund before I even filed",
        "a payday lender called to confirm a loan application I never made, they had my birthday and my social",
        "my son is 8 and he already has a credit card in his name?",
        "someone got a duplicate drivers license in my name with their picture on it",
    ],
    "lost_property": [
        "lost my wedding band somewhere at Compo Beach during the polar plunge, hands were numb",
        "left my laptop bag on the bench at Greens Farms station and it wasn't there when I went back",
        "lost my wallett downtown on Main St, brown leather, has my license and a library card",
        "my son lost his retainer case and school ID on the walk home from school",
        "can't find my passport, last time I had it was at the library making copies",
        "dropped my car keys somewhere along the beach walk at Compo, Subaru fob and a bottle opener",
        "I lost one of my diamond stud earrings at the Playhouse during the holiday show",
        "lost my work badge and building key card somewhere between home and the train",
        "our daughter left her violin in the auditorium after the school concert and now it's not there",
        "lost a gold cross necklace at the church fair, the chain must have broken",
        "my hearing aid fell out somewhere at the farmers market",
        "lost my green card and social security card, they must have slid out of my folder at Town Hall",
        "my mom's prescription sunglasses - sorry, her reading glasses - left on a bench at Winslow Park",
        "I lose my phone in the taxi from the station, black Samsung with a blue case",
        "i lost my wallet near the Post Road, it is brown with my ID and my bank card from Brazil",
        "My husband and I took the grandkids to see the lights downtown two nights ago. Somewhere between parking on "
        "the street and getting back to the car I lost a small black clutch with my reading glasses, my license, a "
        "Medicare card and about $60 in it. We retraced our steps the next morning, checked with the shops that were "
        "open and looked in the gutter along the whole way, but nobody has turned it in yet.",
        "lost my kid's stuffed bunny at the holiday market, he can't sleep without it, gray with one ear sewn on",
        "lost the front license plate off my car, it must have dropped off on Riverside Ave",
        "lost my Apple Watch on a run along Hillspoint Road, the band clasp keeps popping open",
        "left my camera on a bench at Saugatuck station this morning",
        "lost a whole bag of wrapped christmas presents, I think I set it on the car roof",
        "lost my grandfathers pocket watch at the diner on the post road",
    ],
    "theft": [
        "someone cut the lock and stole my bike from the rack at Saugatuck station",
        "three boxes taken off my porch in one afternoon, UPS says all delivered",
        "stolen pressure washer from the side of the house, the hose is still there",
        "somebody pried the bronze house-number plaque off our front wall",
        "my purse was taken off the back of my chair at a restaurant downtown",
        "someone took my kayak paddles and two life jackets from the dock behind our house",
        "stolen inflatable reindeer and a light-up sleigh from our front lawn",
        "money missing from my wallet after it sat in the gym locker, about $120",
        "sumone stole my grill off the back deck, the whole grill, propane tank and all",
        "someone walked off with my leaf blower while I was up on the ladder in the back",
        "two women filled shopping bags with sweaters at my shop and walked right out",
        "my son's phone was taken out of his backpack at basketball practice",
        "a whole rolling tool chest gone from our garage",
        "someone stole the copper downspouts right off our house",
        "half a cord of firewood gone from beside the barn overnight",
        "my daughter's bike was taken - no, her scooter - from outside the library",
        "someone take my delivery boxes from the door, two boxes, big and small",
        "somebody has steal my garden statue, a stone angel, from the front yard",
        "Our church runs a giving tree in the front vestibule every December where people leave wrapped gifts for "
        "families in need. Sometime between the evening service yesterday and when the sexton opened up this morning "
        "someone came in through the side door, which doesn't latch properly, and took about thirty of the wrapped "
        "presents and the cash box from the table, which had around $200 in donations.",
        "the potted christmas tree at the end of our driveway is gone, pot and all",
        "someone stole the battery off my e-bike while it was locked up downtown",
        "someone walked off with the portable generator we keep by the garage for outages",
    ],
    "vandalism": [
        "someone spray painted curse words on the big rocks at the end of our driveway",
        "smashed pumpkins and our window boxes ripped off and thrown in the street",
        "someone stuffed our mailbox full of wet leaves and dog poop",
        "vandelism to our fence, six boards kicked out",
        "someone broke all the glass in our front storm door with a rock",
        "graffiti across the back wall of my shop on Post Road West",
        "our inflatable Santa was stabbed full of holes",
        "someone threw a can of paint at our garage door",
        "kids smashed every window in our shed",
        "somebody sliced our trampoline net and bent the poles",
        "someone cut down the new cherry tree in our front yard right at the base",
        "spray paint all over the playground equipment at the park by our house",
        "somebody poured motor oil all over our driveway and the front lawn",
        "someone carved their initials into our wooden front door",
        "someone scribbled black marker all over our bay window, or wait, the glass panels on the garage door, the bay "
        "window is fine",
        "somebody break my flower pots and write on my wall with the paint",
        "somebody broken the lamp of my door and the small window also",
        "For the past month someone has been targeting the little free pantry box we put up at the end of our "
        "driveway for neighbors to share food. First the door was yanked off its hinges, then the canned goods were "
        "thrown into the road, and last night someone spray painted the whole thing black and snapped the post so it's "
        "lying in the ditch. We rebuilt it once already and I'd like this on record before we try again.",
        "toilet papered our trees and threw eggs at the house",
        "solar lights ripped out and tossed in the pond",
        "our stone wall knocked apart, stones rolled into the street",
        "our nativity scene figures knocked over and the camel's head broken off",
    ],
    "vehicle_burglary": [
        "someone broke my car window and grabbed my gym bag off the back seat",
        "my unlocked car was rummaged overnight, my sunglasses and the change cup are gone",
        "car broken in at the beach lot, laptop gone from under the seat",
        "golf clubs taken out of my trunk in the Longshore lot",
        "passenger window smashed and my purse taken from the front seat",
        "my work van was broken into and all my tools are gone",
        "from my unlocked car: wallet, iPad, a jar of quarters",
        "somebody got into my car and took my kid's brand new car seat",
        "car burgled, they took the registration and insurance cards out of the glovebox",
        "somebody pried open the trunk and took my camera bag",
        "gym bag, AirPods and a twenty taken from my car",
        "my truck's toolbox - sorry, the cab itself - was forced open and my radar detector taken",
        "someone open my car and take my bag with all the documents",
        "they break the window of my car and take my computer",
        "I drove into the city for a work dinner and parked in the lot by the station at about 5:30. When I came back "
        "after 10 the rear quarter glass on the driver's side was broken out and my carry-on bag was gone from the "
        "cargo area, with my work laptop, a pair of noise-cancelling headphones and a change of clothes in it. They "
        "also went through the center console and took the garage door opener, so I've had the code changed.",
        "smash and grab at the Imperial Ave lot, laptop bag gone",
        "my christmas shopping bags were taken out of my car while I was in the post office",
        "breakin to my car overnight, they took my sunglasses and a handful of quarters",
        "somebody ripped the touchscreen stereo out of the dash of my old Tacoma",
        "lacrosse stick and cleats gone from the back of the suv",
        "my purse was taken from my car at the gas station while I paid inside",
        "someone got into my car in the driveway and took my wallet and the garage opener",
    ],
    "vehicle_tampering": [
        "someone unscrewed my valve caps and let my back tires go flat overnight, the tires themselves are fine",
        "my car door was open this morning and the driver seat moved all the way back, nothing taken",
        "someone tried to get into my car, fresh scratches all around the door lock",
        "someone jammed a toothpick into my key lock and broke it off",
        "hood latch released overnight and the oil cap is missing, nothing else touched",
        "someone has been messing with my gas cap, the little door is pried open",
        "car alarm went off and I found the door handle pulled loose, they never got in",
        "someone tried to hotwire my motorcycle, wires yanked out under the seat",
        "license plate screws loosened like somebody was trying to take my plate",
        "the sunroof on my car was pried partly open, nothing missing inside",
        "someone shoved a potato up my tailpipe",
        "somebody cut the wire to my trailer hitch lights and moved the trailer",
        "we found our car in neutral rolled halfway down the driveway with the parking brake off",
        "both mirrors folded in and the wiper blades turned backwards, someone was messing with it",
        "someone opened my car - no, the truck - and went through the console but nothing is gone",
        "somebody try to open my car, the door is broken a little, nothing they take",
        "somebody touch my car, the door open and the wires under the wheel are out",
        "Twice this week I've come out in the morning to find the rear hatch of my SUV standing open. The first time I "
        "thought I forgot to close it, but last night I checked it before bed, locked it with the fob and even "
        "watched the mirrors fold. This morning it was open again, the cargo cover was pulled back and my emergency "
        "kit was unzipped, but the jumper cables, the flashlight and everything else are still in there.",
        "attemped break in to my van, the sliding door lock is punched",
        "someone sat in my unlocked car overnight and left cigarette butts, nothing stolen",
        "my truck's tailgate lock was drilled out but the tools in the bed are all still there",
        "brake light wires snipped on my car in the school lot",
    ],
    "motor_vehicle_theft": [
        "my car is gone from the driveway, the spare key was in the cupholder",
        "someone stole my son's dirt bike out of the shed, the padlock is cut",
        "my Honda Accord was stolen from the train station lot while I was at work",
        "our landscaping truck was stolen from the yard with the trailer still hitched to it",
        "my moped is gone from the rack downtown, the chain's just lying there",
        "my leased Audi disappeared overnight, the fob was inside the house",
        "my grandfather's classic Mustang was taken out of the garage",
        "car stoln from my driveway last night, white rav4 with a black roof box",
        "my teenage son's car was stolen from the Staples lot during school",
        "someone drove off in my car while it was warming up in the driveway",
        "work van stolen with all the tools still inside",
        "stolen SUV, the spot was empty this morning and the app says it's in New Haven",
        "my red Ducati was stolen from the apartment parking, cover and all",
        "someone rolled my ATV out of the barn, you can see the tire tracks across the field",
        "my Civic - no, the Odyssey, we have both - is missing from the garage",
        "my car is not there, somebody take my car from the street",
        "they steal my car in front my house, every night i park there",
        "On the second night we were home from vacation my husband noticed his pickup wasn't in its usual spot at the "
        "end of our long driveway. We checked with our daughter, who sometimes borrows it, and she hasn't touched it. "
        "The spare key was hidden in a magnetic box under the bumper, which is now gone too, and the neighbor's camera "
        "shows headlights pulling out at 2:18 in the morning.",
        "they stole my pickup from the job site on Clapboard Hill Road",
        "my daughter's Jeep was stolen from the beach lot",
        "the rental car I was driving got stolen from the hotel lot",
        "my camper van is gone from the side yard",
        "the Vespa I keep under the porch is gone, chain cut",
        "my Kia was stolen off the street overnight, there's broken glass where it was parked",
    ],
}
