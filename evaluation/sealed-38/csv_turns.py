"""turns.csv rows for sealed-38: (asked, text, intent, topic)."""

WHERE_ANSWER = [
    # Westport-side stresses of names shared with neighbouring towns
    "Beechwood Lane, the Westport one - I know Fairfield has one too",
    "country road. westport country road, not fairfield",
    "Fairfield Avenue. Yes it's in Westport, funny I know",
    "green acre lane in westport 06880",
    "High Street, downtown Westport, not the High St over in Fairfield",
    "Robert Lane, Westport side",
    "woody lane, westport. my tax bill says westport so",
    "Salem Road, the Westport part near the Weston line",
    "Tiffany Lane in Westport, not Weston",
    "Newtown Turnpike, the Westport part of it",
    "soundview drive, westport (not easton)",
    "Norwalk Avenue. In Westport. The street is named after Norwalk, that's all",
    # in-town places
    "the Burying Hill Beach lot, by the rocks at the far end",
    "compo beach by the skate park",
    "the dog area at Winslow Park, up the hill from the Post Road",
    "outside the Westport Country Playhouse on Powers Court",
    "pickup line at Long Lots Elementary on Hyde Lane",
    "the front lawn of Town Hall on Myrtle Ave",
    "Saugatuck station, the westbound side by the stairs",
    "the boat ramp lot at Longshore",
    "Coleytown Middle School, 255 North Ave, the back field",
    "on the sidewalk in front of the Westport Library, Jesup Road",
    "Harborview Road, Westport",
    "Grays Farm Road, near the end of it",
    "our condo on Sandy Hill Terrace, building 2",
    "Turtleback Lane, westport",
    # prose corrections of a street
    "Bayberry Lane - sorry, Bayberry Ridge Road, the little one off it",
    "compo hill ave, no wait compo mill cove. they always get me",
    "Janson Drive... no, Janson Court, the cul de sac",
    "Stony Point Road - I mean Stony Point West, the other end",
    "maple grove avenue sorry MAPLEWOOD avenue",
    # vague answers
    "by the river downtown, near the bridge",
    "in the lot by the big grocery store on the post road",
    "at my friend's house off north ave, i don't know the street name",
    "somewhere on my walk, between the library and home",
    # will not give a house number
    "Deerwood Lane. I'd rather not give the house number if that's ok",
    "rockyfield road, thats all im putting online",
    # outside town / excluded areas, stated without a question
    "the state beach, sherwood island, by the big lawn near the connector",
    "on the shoulder of 95 north just past the saugatuck exit",
    "merritt parkway southbound, right before the wilton road exit",
    "the exit 18 off ramp from 95, at the bottom by the light",
    "Stew Leonard's parking lot in Norwalk",
    "at the Southport train station, the one in Fairfield",
    # more in-town
    "Ferry Lane East, near the water",
    "Hitchcock Road, across from the big red barn",
]

WHERE_QUESTION = {
    'other_town': [
        "is Saugatuck its own town or is that you guys?",
        "Lyons Plains Road - is that Westport or Weston? the mail says Weston but the taxes say Westport",
        "is Southport part of Westport?",
        "I live in Westport but it happened at the Wilton Y, can you still take it?",
        "we're on the Norwalk end of Riverside Ave, how do i know which town it is?",
        "does Westport go all the way up to the Weston reservoir?",
        "is Sasco Beach yours or Fairfield's?",
        "my address says Westport 06880 but my street is technically Weston, which one do I use?",
        "it was at the Fairfield Trader Joe's, but I'm a Westport resident, does that work?",
        "Cranbury Road - that's Norwalk, right? or does part of it count as Westport?",
    ],
    'state_police': [
        "it was in the lot at Sherwood Island, is that you or the state?",
        "the service plaza on the merritt, is that westport police?",
        "does the exit 17 ramp count as Westport or is that state police?",
        "the post road is route 1, is that a state road thing?",
        "it happened on the Sherwood Island Connector, right by the park entrance, is that you?",
        "on 95 between the two Westport exits, who handles that?",
        "it was on the bridge where the road goes over the merritt, is that the parkway or the town?",
        "route 57 where it meets the merritt, is that state or town?",
    ],
    'anonymous': [
        "do i have to give my name for this?",
        "can I report where it happened without putting my address on file?",
        "I don't want my neighbors knowing I reported this, will they see my name?",
        "is this anonymous? I just want to say where it was",
    ],
    'animal_control': [
        "there's a goose with a broken wing in the lot where it happened, who do I tell?",
        "a coyote has been hanging around the yard where this happened, is that you or animal control?",
        "there's a dead deer on the side of the road there too, who picks that up?",
    ],
}

SUMMARY_ANSWER = [
    "yes that's all right",
    "looks good to me",
    "Correct, please send it.",
    "yep all correct",
    "That's everything, thank you.",
    "yes. submit",
    "all good!",
    "Everything is accurate.",
    "yes yes that's it",
    "perfect thanks",
    "I have checked it twice, it is correct.",
    "good to go",
    "Yes, this is what happened.",
    "ya that's right",
    "confirmed",
    "no changes, go ahead",
    "Yes is correct all",
    "that's right, thank you for your help",
    "sounds right",
    "Yes, that is accurate. Thank you, officer.",
    "yup",
    "ok send",
    "All of it is correct.",
    "yes, exactly what I said",
    "looks fine, submit please",
]

SUMMARY_CORRECTION = [
    "the plate is 4KP-772 not 4KP-727",
    "it's a Massachusetts plate, not CT",
    "thats an S not a 5 in the plate, BS 40211",
    "it was Tuesday night, not Wednesday",
    "the time was 9:30 in the morning, not evening",
    "it happened around 7:45, not 8:45",
    "my name is Erik with a K",
    "last name is Connelly, two L's",
    "email should be p.vasquez@example.com, you have pvasquez",
    "my number is 203-555-0153, not 0135",
    "the area code is 475 not 203",
    "the number that calls me is 203-555-0166, you wrote 0160",
    "the total was $845, not $485",
    "it was $60 in cash, not $600, big difference lol",
    "please add the charger too, it was in the same bag",
    "take the sunglasses off, they were in my other car",
    "the car is silver, not grey",
    "it's a Kia, not a Hyundai",
    "it's an Accord, not a Civic",
    "2019 not 2017",
    "the street is Tamarac Road, not Tamarack Lane",
    "it's apartment 3C, not 3B",
    "it was 6 calls, not 16",
    "it was the back tire only, not both tires",
    "it was the small side window, not the windshield",
    "passenger side, not the drivers side",
    "it was my Chase card, not the Citi one",
    "debit card, not credit",
    "the calls came to my wife's phone, not mine",
    "it was two days ago, not yesterday",
    "please take out the part about my neighbor, I don't know that it was him",
    "use my cell, not the home phone",
    "my last name is Dunne-Okoro with a hyphen",
    "it was the side gate, not the garage door",
    "the blue bike, not the black one. the black one is my sons and its fine",
]

SUMMARY_QUESTION = {
    'copy': [
        "will I get a copy of this by email?",
        "how long until I get the report number?",
        "can you send the copy to my husband too?",
        "my insurance needs the report, is the email copy enough?",
        "do i get a pdf or just an email?",
        "if I find a mistake later can I get a corrected copy?",
        "where will the case number show up?",
    ],
    'anonymous': [
        "will the person who did it see my name on this?",
        "can you leave my name off it?",
        "does my address go in a public record?",
        "can my neighbor find out I filed this?",
    ],
    'records': [
        "how do I get the accident report from last month too?",
        "can I also get a copy of the report my husband filed in the spring?",
        "who do I call for old police records?",
        "I also need a copy of a report from 2023, is that the same place?",
    ],
    'animal_control': [
        "also there's a stray cat that keeps getting into our garage, who handles that?",
        "unrelated but there's a dead skunk in front of our house, who do i call",
    ],
    'state_police': [
        "one more thing, who do I call about a pothole that wrecked my tire on the merritt?",
    ],
    'other_town': [
        "my sister's car got hit in Norwalk the same night, can she report here too?",
        "does this cover my mom's house in Weston or does she call them?",
    ],
}

ROWS = ([('where', t, 'answer', '') for t in WHERE_ANSWER]
        + [('where', t, 'question', k) for k, v in WHERE_QUESTION.items() for t in v]
        + [('summary', t, 'answer', '') for t in SUMMARY_ANSWER]
        + [('summary', t, 'correction', '') for t in SUMMARY_CORRECTION]
        + [('summary', t, 'question', k) for k, v in SUMMARY_QUESTION.items() for t in v])
