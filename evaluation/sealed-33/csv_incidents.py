"""Sealed set 33 -- first messages for incident_descriptions.csv: label -> texts.
22 each of the eight online types and 24 motor_vehicle_theft. Per label: two by non-native
writers (marked NN), one long (LONG), one self-correction mid-sentence (FIX), some misspelled or a
few words only."""

INCIDENTS = {
    'harassing_phone_call': [
        'someone keeps calling my cell and hanging up the second I answer',
        'prank calls every night at like midnight',
        'harrassment calls from a blocked number',
        'a man calls our house asking for my daughter by name and says creepy things to whoever picks up',
        'heavy breathing calls',
        'getting voicemails full of swearing from a number I don\'t recognize',
        'a robot voice calls 30 times a day saying they\'ll sue me over a loan I never took',
        'somebody call me every day and say bad words, I not know who is',                       # NN
        'many calls to my phone with no voice, only noise, since two weeks',                       # NN
        'my mom\'s landline is getting calls all night - wait no, it\'s her cell, the landline is fine',  # FIX
        # LONG
        'For the past month my landline has been ringing at all hours, mostly between 11 at night and 4 in '
        'the morning. Sometimes there is silence, sometimes music, and twice a man\'s voice said my late '
        'husband\'s name and laughed. The caller ID shows "Private". I am 78 and live alone and I would like '
        'this on file with the police.',
        'nuisance calls',
        'obsene calls at work',
        'a stranger keeps calling and texting me at all hours ever since I put my number on a lost dog flyer',
        'unknown number keeps calling my son\'s phone and just plays creepy laughing',
        'crank caller won\'t stop',
        'my phone rings 50x a day from spoofed local numbers and when i pick up they scream at me',
        'an anonymous caller keeps asking me what color my front door is',
        'phone harrasment',
        'late night hang-up calls to the house phone',
        'someone leaves 4 voicemails a day of just dogs barking lol',
        'a caller claiming to be from the "warrant department" keeps phoning and yelling that I\'ll be arrested',
    ],
    'damage_to_motor_vehicle': [
        'someone dented my car door in a parking lot',
        'hit and run on my parked car overnight',
        'my bumper is cracked and there\'s blue paint on it',
        'side mirror smashed while parked on the street',
        'dammaged car',
        'somebody scraped the whole side of my SUV in the lot',
        'my car was hit while parked at the beach, no note',
        'someone shoved a shopping cart into my car and left a big dent',
        'my car have big scratch and dent, somebody hit it when i was in the store',                # NN
        'somebody break the light in back of my car when it is parked on street',                   # NN
        'someone backed into my car - sorry, into my wife\'s car, mine is fine',                    # FIX
        # LONG
        'I parked my Honda on the street in front of our house last night and this morning the whole rear '
        'quarter panel is caved in, the taillight is broken and there\'s a trail of red plastic bits down the '
        'road. Nobody left a note and none of the neighbors heard anything. My insurance says they need a '
        'police report before they can send an adjuster.',
        'keyed car',
        'a rock was thrown at my windshield while the car was parked',
        'someone kicked in the door panel of my car',
        'my car got hit in the school parking lot during pickup',
        'my truck\'s tailgate got smashed in overnight',
        'damage to my car',
        'dent in my hood, looks like someone sat or jumped on it',
        'somebody threw a bottle at my parked car from a passing car and cracked the windshield',
        'scraches all over my car door',
        'hubcap knocked off and the rim scraped, someone hit the curb side of my car',
    ],
    'identity_theft': [
        'someone opened a credit card in my name',
        'identy theft',
        'I got a bill for a phone line I never opened',
        'a fake unemployment claim was filed under my name',
        'someone used my social security number to get a car loan',
        'my bank account was drained by someone using my debit card info online',
        'somebody open account of bank with my name, I receive letter',                            # NN
        'they use my social number for make a loan, I never ask loan',                             # NN
        'someone filed taxes in my name - actually in my husband\'s name, I just do the paperwork',  # FIX
        # LONG
        'I got a letter from a collection agency about a $3,200 balance on a store credit card I never opened. '
        'When I pulled my credit report there were two other accounts I don\'t recognize, a car insurance '
        'policy and a cell phone plan in Texas. I\'ve frozen my credit with all three bureaus and they told me '
        'I need a police report to dispute the accounts.',
        'stolen identity',
        'my credit report shows a mortgage inquiry I never made',
        'someone changed the address on my bank account and ordered new checks',
        'fraudlent charges on my visa',
        'ID theft report for the credit bureau',
        'somebody took over my phone number and got into my email and my bank',
        'my late father\'s identity is being used to open accounts',
        'medical bills for a surgery I never had at a hospital in Florida',
        'a credit card was opened in my son\'s name and he\'s 12',
        'someone applied for a small business loan with my SSN',
        'fake PayPal account in my name',
        'got an IRS notice for wages from a job I never had',
    ],
    'lost_property': [
        'I lost my wallet',
        'lost my car keys downtown',
        'lost an earring at the beach',
        'left my backpack on a bench at the park and now it\'s gone',
        'lost my kids\' passports',
        'i lose my phone in the street, i dont know where',                                        # NN
        'I have lost a bracelet of gold from my mother, near the shops',                            # NN
        'lost my reading glasses somewhere - actually my sunglasses, the reading ones are on my head',  # FIX
        # LONG
        'My father, who is 86, dropped a manila folder somewhere between the bank and the post office this '
        'morning. It had his original birth certificate, his Navy discharge papers and my mother\'s death '
        'certificate in it. The town clerk told us we should file a lost property report before we request '
        'replacements. He walked the route twice and could not find it.',
        'lost license plate, it must have fallen off',
        'lost my work ID badge',
        'dropped my AirPods case somewhere on Main Street',
        'lost ring',
        'lost a gold chain at the pool',
        'misplaced my purse, I think it fell out in a parking lot',
        'lost wallet w/ license and 2 credit cards',
        'lost a camera bag on the train platform',
        'lost my green card',
        'lost keys',
        'my daughter lost her retainer and her phone at the playground',
        'lost property report for insurance (a watch)',
        'lst my pasport',
    ],
    'theft': [
        'someone stole my bike from the train station',
        'packages stolen from my porch',
        'my generator was taken from the backyard',
        'theft from my garage',
        'my wallet was stolen at the gym',
        'somebody stole the planters off my front steps',
        'someone took my kayak from the beach rack',
        'a thief took my Christmas lights right off the bushes',
        'stollen lawn mower',
        'somebody take my phone from the table in the coffee shop',                               # NN
        'they steal the bicycle of my daughter from the garden',                                   # NN
        'someone stole my purse - well, my wallet out of my purse, the purse is still here',       # FIX
        # LONG
        'While we were away for the long weekend someone went into our unlocked shed and took my husband\'s '
        'chainsaw, a leaf blower, a set of golf clubs and a cooler we\'d filled for a party. The neighbors '
        'didn\'t see anything. I\'d like a report number for our homeowner\'s insurance, which covers the shed '
        'contents.',
        'my mail is being stolen',
        'money taken from my purse at work',
        'stolen snowblower',
        'thieves took the copper pipes from our vacant house',
        'someone walked off with my golf bag at the course',
        'theft',
        'stolen grill from the deck',
        'my dog\'s stroller was taken from outside a store',
        'theift of tools from a construction site',
    ],
    'vandalism': [
        'graffiti on my garage door',
        'someone smashed my mailbox',
        'kids broke the windows in our shed',
        'our fence was spray painted',
        'vandlism to the fence',
        'someone knocked over all our solar lights and stomped on them',
        'eggs thrown at the house',
        'someone carved names into our new deck',
        'somebody break the glass of my front door',                                              # NN
        'they paint bad words on the wall of my house',                                           # NN
        'someone cut down our campaign signs - sorry, not cut, ripped out and torn up',           # FIX
        # LONG
        'Over the weekend someone got into the community garden behind our condo building, pulled up every '
        'tomato plant, smashed the clay pots, tipped over the rain barrel and broke the lock on the tool box. '
        'Nothing seems to have been taken, it\'s just destroyed. Our association board asked me to file a '
        'report since I\'m the garden coordinator.',
        'toilet papered our trees and smashed the pumpkins',
        'someone broke the lamp post in our front yard',
        'my flower beds were torn up on purpose',
        'someone scrached up our front door',
        'property damage at my house',
        'the basketball hoop was bent and the net torn off',
        'rocks thrown through my window',
        'paint balloons thrown at my white house',
        'tagging on the back wall of our store',
        'mailbox baseball again, the post is snapped',
    ],
    'vehicle_burglary': [
        'my car was broken into and my purse was taken',
        'someone smashed my window and took my laptop bag',
        'things stolen from my unlocked car overnight',
        'car break-in at the beach lot',
        'they took my golf clubs out of the trunk',
        'someone went through my truck and took my tools',
        'brokeinto car, took change',
        'somebody break my car window and take my bag',                                          # NN
        'from my car they steal the sunglasses and money, the door was open',                     # NN
        'someone broke into my car - sorry, my van, the work van',                               # FIX
        # LONG
        'This morning I found the back window of my minivan shattered. The kids\' car seats had been pulled '
        'out and the diaper bag, my daughter\'s iPad and about $60 in cash from the cup holder were gone. The '
        'van was in our driveway. Our neighbor says their car was opened too but nothing was taken from '
        'theirs. I need a report for the insurance and for the iPad.',
        'car ransacked',
        'my gym bag was taken out of my jeep, the soft top was unzipped',
        'registration and garage opener stolen out of my car',
        'theft from vehicle',
        'car burglery',
        'my wallet was taken from my car while I was at the park',
        'smash and grab on my car',
        'someone got into my car and took my sunglasses and phone charger',
        'stuff stolen out of car',
        'took my work laptop off the back seat',
        'rifled thru my glovebox and took the registration',
    ],
    'vehicle_tampering': [
        'someone tried to open my car doors',
        'all four tires deflated overnight',
        'someone messed with my car',
        'door handle broken like they tried to get in',
        'gas cap pried open',
        'someone cut the wires under my dashboard',
        'my car\'s steering column was cracked open',
        'somebody try to open my car, the lock is broken now',                                   # NN
        'someone touch my car in the night, the hood is open and wires out',                     # NN
        'somebody stole my license plate - actually it\'s still there, they took out the screws and it\'s '
        'hanging',                                                                              # FIX
        # LONG
        'For the third time this month I came out to find my car unlocked and the glovebox open, but nothing '
        'missing. Today the driver\'s seat was also pushed all the way back and the dome light was left on, so '
        'the battery was dead. I always lock it and the key fob works fine. I\'d like to report it as tampering '
        'because I\'m worried someone has a way to get in.',
        'tampring with car',
        'valve caps taken and tires let down',
        'hood popped and battery disconnected',
        'car tamperd with overnight',
        'someone jammed something into my ignition lock',
        'trunk lock punched',
        'attempted car break in, nothing taken',
        'someone loosened the lug nuts on one of my wheels',
        'my car window was forced partway down',
        'my truck\'s tailgate latch was messed with',
        'door lock jammed w/ glue',
    ],
    'motor_vehicle_theft': [
        'my car was stolen from my driveway',
        'someone stole my truck',
        'my motorcycle is gone',
        'car theft',
        'stolen vehicle',
        'my Jeep was taken overnight, the keys were inside',
        'my car is not where I parked it and it wasn\'t towed',
        'somebody steal my car from the parking',                                               # NN
        'my van is gone, i park in front of my house and in the morning is not there',           # NN
        'my car got stolen - actually my company car, the one with the logo on it',             # FIX
        # LONG
        'I came out this morning and my 2019 Honda Pilot was gone from the driveway. My husband had left the '
        'fob in the cup holder, which I know was stupid. I called the tow companies and the leasing company to '
        'make sure it wasn\'t repossessed, and it wasn\'t. Our doorbell camera shows headlights around 3 am but '
        'nothing else. I need to report the car stolen.',
        'stolen moped',
        'someone drove off in my car while I was paying at the gas station',
        'my dirt bike got stolen out of the garage',
        'car gone from the train station lot',
        'stolen ATV',
        'my Tesla is missing',
        'my daughters car is gone',
        'stolen pickup truck',
        'car stolen overnite',
        'the rental car was stolen from my driveway',
        'my scooter (the gas kind, a Vespa) was stolen',
        'motor vehicle theft',
        'someone stole my work truck with all my tools in it',
    ],
}
