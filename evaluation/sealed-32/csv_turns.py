# turns.csv rows for sealed-32: (asked, text, intent, topic).
WHERE_ANSWER = [
  # Westport-side stresses of street names also found in neighbouring towns
  "Beechwood Lane - the Westport one, not the Beechwood in Fairfield",
  "Country Road in Westport. I know Fairfield has a Country Road too, this is ours",
  "Green Acre Lane, Westport side",
  "High Street in Westport, right by downtown, not Fairfield's High St",
  "robert lane, westport ct 06880",
  "Woody Lane here in town, off the Post Road",
  "Salem Road - Westport, not the Salem Rd up in Weston or Wilton",
  "Tiffany Lane in Westport (not the Weston one)",
  "Soundview Drive, Westport, not Easton",
  "Riverside Avenue by the Saugatuck bridge, Westport, not Norwalk",
  "Newtown Tpke in Westport, south of the parkway - on the street, not the parkway",
  "Beachside Ave near Burying Hill, I'm close to 95 but I was home, not on the highway",
  # places
  "Winslow Park, the lot by the dog park entrance",
  "at Wakeman Town Farm during the kids' class",
  "Long Lots Elementary on Hyde Lane, pickup line",
  "outside Saugatuck Elementary on Riverside Ave",
  "Coleytown Middle School, the field by the tennis courts",
  "the Westport Country Playhouse parking lot",
  "in the lot at the police station on Jesup Road, funny enough",
  "the Imperial Avenue commuter lot, second row",
  "the Saugatuck station lot on the Riverside side - in the lot, nowhere near the on-ramp",
  "Owenoke Park, by the little beach",
  "Morningside Drive South by the school fence",
  "Sylvan Road North, first house on the right",
  "Greens Farms Road, pulled over in front of the church",
  "Lyons Plains Road, by the farm stand",
  # prose corrections of a street
  "Hyde Lane - no sorry, Hyatt Lane, they're right next to each other in my head",
  "Bayberry Lane... wait, Bayberry Ridge Road, sorry",
  "Compo Road North - argh, SOUTH, the part by the beach",
  "Long Lots Road, I mean Long Lots Lane, the little one",
  # vague answers
  "at work",
  "somewhere downtown, I was walking around",
  "by the water",
  "outside the pizza place",
  "my apartment, that's all I want to say",
  # will not give a house number
  "Juniper Road. I'd rather not give the house number, just the street",
  "my street is Hitchcock Road, no number please, I don't want it in a report",
  # eight outside town or in excluded areas, said without a question
  "Sherwood Island, in the lot by the boat launch",
  "Merritt Parkway northbound, right after the Weston Road on-ramp, on the shoulder",
  "the I-95 southbound on-ramp at exit 17",
  "I-95 northbound at the exit 18 off-ramp, stopped at the bottom",
  "Westport Avenue in Norwalk, by the car wash",
  "Redding Road in Fairfield",
  "Kettle Creek Road, that's in Weston",
  "Ridgefield Road in Wilton, near the center",
]

WHERE_QUESTION = [
  # other_town 10
  ("it was in Fairfield actually, right over the line by the Southport station. can you still take it?", 'other_town'),
  ("the store is in Norwalk but I live in Westport, does that matter?", 'other_town'),
  ("it happened at my office in Stamford, can Westport do the report since I live here?", 'other_town'),
  ("we were at my in-laws in Weston when it happened, is that you guys?", 'other_town'),
  ("does it have to be Westport? it was the Trader Joe's lot in Fairfield", 'other_town'),
  ("it was in Easton at a friend's barn, who do I report to?", 'other_town'),
  ("Wilton, at the gym on Danbury Road. do you cover Wilton?", 'other_town'),
  ("my kid's college dorm in New Haven, can I file it here for him?", 'other_town'),
  ("it happened in Bridgeport but I'm a Westport resident, can I still do it online?", 'other_town'),
  ("the hotel in Greenwich where we stayed, can I report that here or do I call them?", 'other_town'),
  # state_police 8
  ("it was on the Merritt, is that you guys or the state police?", 'state_police'),
  ("on I-95 near exit 17, who handles that?", 'state_police'),
  ("at Sherwood Island, do you take those or is it the park police?", 'state_police'),
  ("it was in the rest stop on 95, which police is that?", 'state_police'),
  ("the exit 18 ramp, does that count as Westport?", 'state_police'),
  ("on the Merritt by the Wilton Road exit - do I call the troopers?", 'state_police'),
  ("the beach at Sherwood Island State Park, who do I report it to then?", 'state_police'),
  ("someone threw something at my car from an overpass over 95, can Westport take that?", 'state_police'),
  # anonymous 4
  ("do I have to give my address? I'd rather stay anonymous", 'anonymous'),
  ("can I leave out where I live? I'm scared the person will find out", 'anonymous'),
  ("is there a way to report without my name and address attached?", 'anonymous'),
  ("if I tell you the street will the neighbors know it was me who reported?", 'anonymous'),
  # animal_control 3
  ("it's at the same spot where a loose dog keeps lunging at people, who handles the dog?", 'animal_control'),
  ("before I answer - there's an injured swan by the dock right where this happened, who do I call for that?", 'animal_control'),
  ("the neighbor's dog bit my kid there last week too, is that animal control or you?", 'animal_control'),
]

SUMMARY_ANSWER = [
  "Yes, that's accurate.",
  "all good, send it",
  "looks right to me",
  "Yep. Submit.",
  "That is all correct, thank you for your help.",
  "yes, all of it",
  "100%",
  "Correct in every respect.",
  "nothing to change",
  "perfect thx",
  "Yes please file it",
  "sounds right, go ahead and send",
  "ok",
  "Looks fine.",
  "yes that's everything",
  "👍",
  "that's exactly what happened",
  "I have checked it twice, it is correct.",
  "ya go for it",
  "yes is all correct",
  "Fine by me, submit.",
  "yup that's it, thanks",
  "Everything is right.",
  "yes correct, please send me the number",
  "All accurate. Thank you, officer.",
]

SUMMARY_CORRECTION = [
  "plate is 4TK-118 not 4TK-181",
  "it's a Massachusetts plate, not Connecticut",
  "it happened Wednesday, not Thursday",
  "that was PM not AM - 9:30 at night",
  "the time should be 6:45, not 6:15",
  "my last name is spelled Kowalczyk, with a cz",
  "email should be r.okonkwo@example.com, you have it without the dot",
  "phone is 203-555-0190, you have 0109",
  "my area code is 475, not 203",
  "the amount was $86.40, not $68.40",
  "please add my son's bike helmet, $60",
  "take the phone charger off, I found it in my bag",
  "the car is maroon, not red",
  "It's a 2014, not a 2016",
  "it's a Honda Pilot not a Honda Passport",
  "the street is Woody Lane, not Woodside",
  "it was my wife's Visa, not mine - she's the cardholder",
  "it was the Amex, not the Chase card",
  "there were 2 charges, not 3",
  "please take out the part where I said the landscaper might have done it, I don't actually know that",
  "it was yesterday, not today",
  "first name is Siobhan, S-I-O-B-H-A-N",
  "the necklace was $650 and the earrings $200, you swapped them",
  "I said 40 calls but it's more like 14 a week, sorry",
  "plate starts with a zero, not the letter O",
  "the laptop is a Dell, not an HP",
  "Change the location to the driveway, not the street - it was in the driveway",
  "you forgot the cash, there was about $35 in the console too",
  "there was only one window broken, not two",
  "the number they called from was 203-555-0168",
  "my email is wrong, it's @example.com not @exmaple.com",
  "it was two days ago not three",
  "the bike was green, not blue",
  "remove the AirPods, they were in my pocket the whole time",
  "the apartment is 3B not 2B",
]

SUMMARY_QUESTION = [
  # copy 7
  ("will I get a copy of this by email?", 'copy'),
  ("how long until I get the case number?", 'copy'),
  ("can you mail me a printed copy? I don't really use email", 'copy'),
  ("will my insurance company get a copy or do I send it to them?", 'copy'),
  ("can you send the copy to my husband's email as well?", 'copy'),
  ("where will the report number show up once this is sent?", 'copy'),
  ("if I don't get the email can I get the copy some other way?", 'copy'),
  # anonymous 4
  ("before I confirm - will the person who did this be able to see my name?", 'anonymous'),
  ("can you keep my phone number off the report?", 'anonymous'),
  ("is this report public? I don't want my neighbors reading it", 'anonymous'),
  ("does my name have to be on it, or can it be filed anonymously?", 'anonymous'),
  # records 4
  ("how do I get the full report later for my insurance adjuster?", 'records'),
  ("who do I call if I need the officer's notes afterwards?", 'records'),
  ("can I get the report from last year's break-in too while we're at it?", 'records'),
  ("my lawyer will want certified records, who handles that?", 'records'),
  # animal_control 2
  ("unrelated, but who do I call about a dead raccoon on my lawn?", 'animal_control'),
  ("also my neighbor's dog keeps getting out into the road, who handles that?", 'animal_control'),
  # state_police 1
  ("also, my husband had his mirror knocked off on I-95 the same day, can he file here?", 'state_police'),
  # other_town 2
  ("my sister had the same thing happen in Weston, can she use this form?", 'other_town'),
  ("can I add a second thing that happened at my work in Norwalk?", 'other_town'),
]


def rows():
    out = [('where', t, 'answer', '') for t in WHERE_ANSWER]
    out += [('where', t, 'question', tp) for t, tp in WHERE_QUESTION]
    out += [('summary', t, 'answer', '') for t in SUMMARY_ANSWER]
    out += [('summary', t, 'correction', '') for t in SUMMARY_CORRECTION]
    out += [('summary', t, 'question', tp) for t, tp in SUMMARY_QUESTION]
    return out
