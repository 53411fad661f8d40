# Hand-written filed conversations for sealed set 36.
# Each entry: id, note, opening (list), answers (ordered dict), optional interjections,
# incident_type, record (expected record fields), first_message_describes.

NO = 'No.'


def filed(id, note, opening, answers, incident_type, record, interjections=None, describes='true'):
    return {
        'id': 's36-' + id,
        'note': note,
        'opening': opening,
        'answers': answers,
        'interjections': interjections or [],
        'incident_type': incident_type,
        'record': record,
        'describes': describes,
    }


FILED = [
    # ------------------------------------------------------------------ harassing_phone_call
    filed(
        'hpc-grooming-shop-riverside-ave-barking-caller-asks-about-blocking',
        'dog-grooming shop owner on Riverside Avenue ("here in Westport ... not the Riverside in Norwalk"): a man '
        'calls the shop line from 203-555-0193 8-10 times a day and barks, laughs, hangs up; asks whether she may '
        'block the number (interjection at confirmed), then confirms; "today at 11:40" (days 0, 11:40); the shop '
        'line is her contact number (2035550127)',
        ['hi so for like 2 weeks someone keeps calling my grooming shop and when we pick up he just barks. like '
         'BARKS. then laughs and hangs up. 8-10x a day sometimes. funny the first time, not the 40th'],
        {
            'type_confirmed': 'yep harassing calls, thats the one',
            'location': 'the shop is on Riverside Ave, here in Westport on the Saugatuck side, not the Riverside in '
                        'Norwalk (google maps mixes them up constantly)',
            'location_confirmed': 'correct thats the shop',
            'suspect_or_weapon': 'no idea who. a guy, sounds young-ish. no weapons obviously its phone calls lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'most recent was today at 11:40, right in the middle of bathing a standard poodle',
            'caller_number': 'shows up as 203-555-0193 every single time. i googled it, nothing comes up',
            'call_pattern': 'started 2 wks ago. weekdays, during business hours, 8 to 10 calls a day. always the '
                            'barking then laughing then click',
            'narrative': 'For about two weeks a man has been calling my dog grooming shop on Riverside Avenue from '
                         '203-555-0193, 8 to 10 times a day during business hours. When we answer he barks like a '
                         'dog, laughs and hangs up. It ties up our only line so real customers cant get through. '
                         'Most recent call was today at 11:40.',
            'reporter_name': 'Tasha Brennan, I own the place',
            'reporter_email': 'wetnoses.tasha@example.com',
            'reporter_phone': 'shop line is fine, 203-555-0127',
            'confirmed': 'ok good to know, ill leave it alone then. yes all correct, submit',
            'callback_wanted': 'nah email is fine',
        },
        'harassing_phone_call',
        {'reporter_name': 'Tasha Brennan', 'reporter_email': 'wetnoses.tasha@example.com',
         'reporter_phone': '2035550127', 'occurred_days_ago': 0, 'occurred_time': '11:40'},
        interjections=[{'at': 'confirmed',
                        'text': 'quick q before i say yes - can i just block the number myself or does that mess '
                                'up whatever you guys do with it?'}],
    ),
    filed(
        'hpc-mother-for-teen-daughter-hyde-lane-email-fix-at-summary',
        'mother files for her 15-year-old daughter on Hyde Lane (by Long Lots Elementary): a man from 475-555-0190 '
        'whispers the girl\'s name and breathes, about 9 calls in 10 days; "last night at 10:48" (days 1, 22:48); '
        'typed kgallo@example.com, at the summary corrects it to kgallo22@example.com',
        ["My 15 yr old daughter keeps getting calls from a number she doesn't know, a man whispers her name and "
         "then just breathes. She's afraid to pick up her phone now. I'm her mom, am I allowed to report this for "
         "her?"],
        {
            'type_confirmed': "Yes, harassing phone calls is right",
            'location': "We live on Hyde Lane, right near Long Lots Elementary",
            'location_confirmed': 'Yes, Hyde Lane in Westport',
            'suspect_or_weapon': "No, we have no idea who it is, she doesn't recognize the voice at all. Nothing "
                                 "about weapons, it's only calls.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The most recent one was last night at 10:48, she came into our bedroom right after',
            'caller_number': "475-555-0190, it's always that number",
            'call_pattern': "About 9 calls over the last 10 days, always at night between 9:30 and 11. He "
                            "whispers 'Ava' once or twice and then just breathes until she hangs up.",
            'narrative': "Over the last 10 days my 15-year-old daughter Ava has received about 9 calls on her cell "
                         "from 475-555-0190, always between 9:30 and 11 at night. A man whispers her name and then "
                         "breathes without saying anything else. We don't know who it is. The most recent call was "
                         "last night at 10:48.",
            'reporter_name': 'Karen Gallo (mom). My daughter is Ava Gallo, 15',
            'reporter_email': 'kgallo@example.com',
            'reporter_phone': '203-555-0146',
            'confirmed': "The email is wrong, it's kgallo22@example.com - the 22 matters, plain kgallo is somebody "
                         "else. Everything else looks good.",
            'callback_wanted': "Yes please, I'd appreciate a call",
        },
        'harassing_phone_call',
        {'reporter_name': 'Karen Gallo', 'reporter_email': 'kgallo22@example.com',
         'reporter_phone': '2035550146', 'occurred_days_ago': 1, 'occurred_time': '22:48'},
    ),
    filed(
        'hpc-brazilian-nanny-norwalk-avenue-phone-fix-in-prose',
        'non-native writer (Portuguese speaker), a nanny on Norwalk Avenue ("a street in Westport, not Norwalk '
        'city"): a man calls her cell from 203-555-0188 at night insulting her accent; "Yesterday in night, 22:15" '
        '(days 1, 22:15); gives 203-555-0113 then corrects it in prose to 203-555-0131',
        ['Hello, I want report calls. A man call my cellphone many times in the night, he say bad words about my '
         'accent and about Brazil and he laugh. I work as nanny, I need the phone on for the family. I dont know '
         'what to do'],
        {
            'type_confirmed': 'Yes is the harassing calls',
            'location': 'I live on Norwalk Avenue. Is a street in Westport, not the Norwalk city, I know is '
                        'confusing',
            'location_confirmed': 'Yes, correct',
            'suspect_or_weapon': 'I dont know him. I never see him. No weapon, only the phone',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday in night, 22:15 was the last',
            'caller_number': 'The number is 203-555-0188',
            'call_pattern': 'Start maybe one week ago. Every night 3 or 4 times, from 9 until 11 in the night. '
                            'Always same number',
            'narrative': 'Since one week a man call my cellphone every night 3 or 4 times from 203-555-0188. He '
                         'say bad words about my accent and my country and he laugh, then hang up. I dont know who '
                         'is. The last call was yesterday 22:15.',
            'reporter_name': 'Luciana Ferreira',
            'reporter_email': 'lu.ferreira@example.com',
            'reporter_phone': '203-555-0113, no sorry this is wrong, is 203-555-0131. I change the numbers always',
            'confirmed': 'Yes everything is right, thank you so much',
            'callback_wanted': 'Email is better, in the day I am working with the kids',
        },
        'harassing_phone_call',
        {'reporter_name': 'Luciana Ferreira', 'reporter_email': 'lu.ferreira@example.com',
         'reporter_phone': '2035550131', 'occurred_days_ago': 1, 'occurred_time': '22:15'},
    ),
    # ------------------------------------------------------------------ damage_to_motor_vehicle
    filed(
        'dmv-imperial-ave-commuter-lot-door-plate-fix-at-summary',
        'rear door caved in at the Imperial Avenue commuter lot while he was in the city; "Parked at 7:10 this '
        'morning, got back at 1:30" (range, days 0, no time); plate given as BN 60417, corrected at the summary to '
        'BN 60471 (CT BN 60471); "(203) 555-0152"',
        ['Took an early train back from the city and found the rear passenger door of my car caved in at the '
         'Imperial Ave commuter lot. No note, obviously.'],
        {
            'type_confirmed': 'Yes, damage to my car',
            'location': "Imperial Avenue commuter lot, the one along the river. Not the train station lot.",
            'location_confirmed': 'Yep',
            'suspect_or_weapon': "No idea, I wasn't there. No witnesses that I know of",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Parked at 7:10 this morning, got back at 1:30',
            'vehicle': 'Grey 2019 Subaru Outback, CT plate BN 60417',
            'damage': 'Big dent in the rear passenger door, paint scraped down to the metal, some white paint '
                      'transfer on it. Looks like someone backed into it.',
            'narrative': 'I parked my Subaru at the Imperial Avenue commuter lot at 7:10 this morning and when I '
                         'came back at 1:30 the rear passenger door was dented in with white paint transfer. No '
                         'note was left and I have no idea who did it.',
            'reporter_name': 'Derek Holm',
            'reporter_email': 'dholm@example.com',
            'reporter_phone': '(203) 555-0152',
            'confirmed': "Plate's off - it's BN 60471, the 1 goes last. Everything else is correct",
            'callback_wanted': 'No thanks',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Derek Holm', 'reporter_email': 'dholm@example.com', 'reporter_phone': '2035550152',
         'occurred_days_ago': 0, 'vehicle_plate': 'CT BN 60471'},
    ),
    filed(
        'dmv-church-lane-lot-bumper-asks-about-estimate',
        'parked car backed into in the lot behind the Church Lane shops; asks inside the damage answer whether the '
        '$2,300 body-shop estimate is needed (a repair estimate: no total_value); "Yesterday between 12 and 1:15" '
        '(days 1, no time); plate "CT AF 22918"',
        ['Someone backed into my parked car in the lot behind the Church Lane shops yesterday and just drove off. '
         'Front bumper cracked and the headlight is hanging out'],
        {
            'type_confirmed': 'yes thats it',
            'location': 'The lot behind the stores on Church Lane, downtown',
            'location_confirmed': "that's right",
            'suspect_or_weapon': 'No. Nobody saw it happen, I asked in two of the stores',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday between 12 and 1:15, I was at lunch',
            'vehicle': 'Black 2021 VW Tiguan, CT AF 22918',
            'damage': 'Do you need the repair estimate for this? The body shop quoted $2,300. Anyway: front bumper '
                      'cracked on the driver side, left headlight knocked loose and hanging by the wires, scrape '
                      'marks up to the wheel well.',
            'narrative': 'Yesterday between 12 and 1:15 my parked Tiguan was hit in the lot behind the Church Lane '
                         'stores. The front bumper is cracked and the left headlight is hanging loose. The driver '
                         'left without leaving a note and nobody in the stores saw it.',
            'reporter_name': 'Meredith Cole',
            'reporter_email': 'meredith.cole@example.com',
            'reporter_phone': '203 555 0164',
            'confirmed': "Yes, that's all correct.",
            'callback_wanted': 'Not needed, thank you',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Meredith Cole', 'reporter_email': 'meredith.cole@example.com',
         'reporter_phone': '2035550164', 'occurred_days_ago': 1, 'vehicle_plate': 'CT AF 22918'},
    ),
    filed(
        'dmv-winslow-park-mirror-tboned-plate-fix-in-prose',
        'look-alike "some genius T-boned my side mirror" at Winslow Park while walking the dog; "this morning, I '
        'parked at 8:20 and got back a little before 9:30" (days 0, no time); gives the old plate CT 4KL-882 then '
        'corrects in prose to CT 7RW-115',
        ['some genius T-boned my side mirror at Winslow Park while i was walking the dog. mirror dangling, door '
         'scratched. morning ruined'],
        {
            'type_confirmed': 'yes damage to the car',
            'location': 'Winslow Park, the lot by the dog park entrance off the Post Road',
            'location_confirmed': 'yup',
            'suspect_or_weapon': 'nope, lot was basically empty when I pulled in. no weapons lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'this morning, I parked at 8:20 and got back a little before 9:30',
            'vehicle': "white 2022 Toyota RAV4, plate is CT 4KL-882, hold on, that's the old one we turned in last "
                       "month. New plate is CT 7RW-115",
            'damage': "driver's side mirror snapped off the mount, hanging by the wire, long scratch along the "
                      "front door",
            'narrative': "This morning between 8:20 and about 9:30 my RAV4 was parked at the Winslow Park lot "
                         "while I walked my dog. When I came back the driver's side mirror was snapped and hanging "
                         "and the front door was scratched. No note.",
            'reporter_name': 'Jamal Whitaker',
            'reporter_email': 'jwhitaker@example.com',
            'reporter_phone': '475-555-0117',
            'confirmed': 'looks good, send',
            'callback_wanted': 'no need',
        },
        'damage_to_motor_vehicle',
        {'reporter_name': 'Jamal Whitaker', 'reporter_email': 'jwhitaker@example.com',
         'reporter_phone': '4755550117', 'occurred_days_ago': 0, 'vehicle_plate': 'CT 7RW-115'},
    ),
    # ------------------------------------------------------------------ identity_theft
    filed(
        'idt-opens-without-describing-hr-unemployment-claim-bolton-lane',
        'opens without describing anything ("my HR dept says i need to file a police report"); the incident_type '
        'answer describes an unemployment claim filed in his name with the state labor department although he works '
        'full time; "HR emailed me Monday" (weekday only: no days, no time); Bolton Lane',
        ["my HR dept says i need to 'file a police report' and send them the number. idk what that even involves. "
         "how do i start"],
        {
            'incident_type': "HR got a letter from the state labor dept saying I filed for unemployment. I didn't, "
                             "I work there full time lol. So someone used my name and social I guess",
            'type_confirmed': 'yes identity theft sounds right',
            'location': 'at home, Bolton Lane, westport',
            'location_confirmed': 'yes thats my address',
            'suspect_or_weapon': 'no clue who. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'HR emailed me Monday about it, the letter was dated the week before',
            'accounts': "CT Dept of Labor unemployment claim in my name, which I never filed. HR said the claim "
                        "was filed around 2 weeks ago. Don't know if any money got paid out on it",
            'narrative': "My employer's HR department received a letter from the CT Department of Labor about an "
                         "unemployment claim in my name. I never filed a claim and I am employed full time, so "
                         "someone used my name and SSN. I don't know who or whether any benefits were paid.",
            'reporter_name': 'Connor Pruitt',
            'reporter_email': 'cpruitt@example.com',
            'reporter_phone': '203-555-0123',
            'confirmed': 'yep thats it',
            'callback_wanted': 'email pls',
        },
        'identity_theft',
        {'reporter_name': 'Connor Pruitt', 'reporter_email': 'cpruitt@example.com', 'reporter_phone': '2035550123'},
        describes='false',
    ),
    filed(
        'idt-tmobile-iphones-best-buy-card-name-fix-at-summary',
        'opening already gives the amounts: a T-Mobile account with two iPhones at $1,099 each and a Best Buy card '
        'with $640 on it (total 2838); Turkey Hill Road South; "yesterday at 9:05 in the morning" (days 1, 09:05); '
        'typed her name "Shivonne" (autocorrect), corrects it at the summary to Siobhan',
        ['Someone opened a T-Mobile account in my name and got two iPhone 16 Pros at $1,099 each, AND a Best Buy '
         'credit card with $640 already on it. I only found out because T-Mobile texted me a welcome message'],
        {
            'type_confirmed': 'Yes, identity theft',
            'location': 'I live on Turkey Hill Road South',
            'location_confirmed': 'Correct',
            'suspect_or_weapon': 'No idea who did this. No weapons or anything like that.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The welcome text came yesterday at 9:05 in the morning',
            'accounts': '1) T-Mobile: new account with 2 lines and two iPhone 16 Pros, $1,099 each. 2) Best Buy '
                        'Visa card opened last week, $640 charged on it. I called both and froze my credit with all '
                        'three bureaus.',
            'narrative': 'Yesterday at 9:05 am I got a welcome text from T-Mobile for an account I never opened. '
                         'Someone opened it in my name with two lines and two iPhones ($1,099 each). I then found a '
                         'Best Buy Visa card opened in my name with $640 in charges. I have frozen my credit.',
            'reporter_name': 'Shivonne Kearney',
            'reporter_email': 'siobhan.kearney@example.com',
            'reporter_phone': '203-555-0139',
            'confirmed': "My first name is spelled wrong, autocorrect got me - it's Siobhan, S-I-O-B-H-A-N. Rest "
                         "is fine.",
            'callback_wanted': 'No callback needed',
        },
        'identity_theft',
        {'reporter_name': 'Siobhan Kearney', 'reporter_email': 'siobhan.kearney@example.com',
         'reporter_phone': '2035550139', 'occurred_days_ago': 1, 'occurred_time': '09:05', 'total_value': 2838},
    ),
    filed(
        'idt-older-man-newtown-turnpike-asks-about-account-numbers',
        'formal 83-year-old on Newtown Turnpike ("at the Westport end, not Weston"); asks inside the accounts '
        'answer whether the account numbers are needed, then gives a Capital One card with $2,750 of charges and a '
        'declined Discover application (no amount); "the day before yesterday" (days 2, no time); "My house phone: '
        '203-555-0109"',
        ['Good afternoon. I am writing to report that a credit card was opened in my name without my knowledge. I '
         'am 83 years of age and my daughter has helped me locate this website.'],
        {
            'type_confirmed': 'Yes, that is correct.',
            'location': 'I reside on Newtown Turnpike, at the Westport end, not in Weston.',
            'location_confirmed': 'That is my address, yes.',
            'suspect_or_weapon': 'I have no idea who is responsible. There were no weapons of any kind.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The statement arrived in the post the day before yesterday.',
            'accounts': 'Do you require the account numbers? I have them on the letters in front of me. There is a '
                        'Capital One Venture card which I never applied for, with $2,750 in charges at electronics '
                        'stores in New Jersey, and a letter from Discover saying my application was declined, which '
                        'I also never made.',
            'narrative': 'The day before yesterday I received a statement for a Capital One Venture card that I '
                         'never applied for, showing $2,750 in charges at electronics stores in New Jersey. I also '
                         'received a letter from Discover declining an application I did not make.',
            'reporter_name': 'Harold Whitcombe',
            'reporter_email': 'h.whitcombe@example.com (my daughter set this up for me)',
            'reporter_phone': 'My house phone: 203-555-0109.',
            'confirmed': 'Very good. That is all correct, you may send it.',
            'callback_wanted': 'A telephone call would be appreciated, yes.',
        },
        'identity_theft',
        {'reporter_name': 'Harold Whitcombe', 'reporter_email': 'h.whitcombe@example.com',
         'reporter_phone': '2035550109', 'occurred_days_ago': 2, 'total_value': 2750},
    ),
    # ------------------------------------------------------------------ lost_property
    filed(
        'lp-burying-hill-garmin-airpods-asks-about-serials',
        'opening gives prices: a Garmin watch $450 and AirPods Pro $249 lost at Burying Hill Beach (total 699); '
        'place trap "Westport town beach, not Sherwood Island next door"; asks about serial numbers inside the '
        'items answer; "yesterday around 5" (days 1, approximate: no time)',
        ['lost my garmin watch ($450) and airpods pro ($249) at burying hill beach yday. pretty sure they fell out '
         'of my tote somewhere between the jetty and the car'],
        {
            'type_confirmed': 'ya lost property',
            'location': "Burying Hill Beach, the little one off Beachside Ave. Westport town beach, not Sherwood "
                        "Island next door",
            'location_confirmed': 'yes',
            'suspect_or_weapon': 'no suspect, i just lost them lol',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'yesterday around 5, I was there from like 4 to 6',
            'items': 'do u want serial numbers? i have the garmin box somewhere. anyway: Garmin Forerunner 265, '
                     'black band, $450. AirPods Pro 2 in a white case with a tiny blue star sticker, $249',
            'narrative': 'Yesterday afternoon at Burying Hill Beach my Garmin Forerunner 265 and AirPods Pro 2 '
                         'fell out of my tote bag somewhere between the jetty and the parking lot. I went back and '
                         'looked but could not find them.',
            'reporter_name': 'Tyler Brandt',
            'reporter_email': 'tbrandt.runs@example.com',
            'reporter_phone': '203-555-0158',
            'confirmed': 'yup all good',
            'callback_wanted': 'no thx',
        },
        'lost_property',
        {'reporter_name': 'Tyler Brandt', 'reporter_email': 'tbrandt.runs@example.com',
         'reporter_phone': '2035550158', 'occurred_days_ago': 1, 'total_value': 699},
    ),
    filed(
        'lp-playhouse-hearing-aids-asks-if-landline-ok',
        'wife reports her husband\'s hearing aids ($5,800 the pair) lost at the Westport Country Playhouse matinee '
        '"the day before yesterday" (days 2, range: no time); asks whether a house phone without a cell is all right '
        '(interjection at reporter_phone), then gives it; the report is in her own name',
        ["My husband lost both of his hearing aids at the Westport Country Playhouse the day before yesterday, at "
         "the matinee. We've called the box office but they haven't turned up."],
        {
            'type_confirmed': 'Yes, lost property.',
            'location': 'The Westport Country Playhouse, off the Post Road. Inside the theater, row K I believe.',
            'location_confirmed': 'Yes, the Playhouse.',
            'suspect_or_weapon': 'No, nothing like that. We think they slipped out of his jacket pocket when he took '
                                 'it off.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The day before yesterday, the 2 o\'clock matinee, so between 2 and about 4:30.',
            'items': 'A pair of Phonak hearing aids, beige, in a small grey zip case. They cost us $5,800 for the '
                     'pair and insurance covered almost none of it.',
            'narrative': "At the 2 pm matinee at the Westport Country Playhouse the day before yesterday, my "
                         "husband's pair of Phonak hearing aids in a grey zip case went missing, probably from his "
                         "jacket pocket. The box office has not found them.",
            'reporter_name': "Elaine Rosenthal. I'm his wife, he is Martin Rosenthal.",
            'reporter_email': 'elaine.rosenthal@example.com',
            'reporter_phone': '203-555-0170, that is the house',
            'confirmed': 'Yes, that is everything. Thank you.',
            'callback_wanted': 'Yes, please call the house.',
        },
        'lost_property',
        {'reporter_name': 'Elaine Rosenthal', 'reporter_email': 'elaine.rosenthal@example.com',
         'reporter_phone': '2035550170', 'occurred_days_ago': 2, 'total_value': 5800},
        interjections=[{'at': 'reporter_phone',
                        'text': 'Is it all right if I only give our house phone? Neither of us has a cell phone, we '
                                'never saw the need.'}],
    ),
    filed(
        'lp-chinese-writer-compo-shopping-center-bus-stop-amount-fix-at-summary',
        'non-native writer (Chinese speaker): backpack with a MacBook Air "about 1200 dollar" and $35 cash left at '
        'the bus stop on Post Road East by the Compo Shopping Center sign; "Today, I wait the bus at 8:10 ... I '
        'notice in the class at 9" (days 0, range); at the summary corrects the MacBook to $1,050 (total 1085)',
        ['Hello I lost my backpack at bus stop, inside is my MacBook Air (about 1200 dollar) and 35 dollar cash '
         'and my school ID. I am so worry'],
        {
            'type_confirmed': 'Yes I lost it',
            'location': 'The bus stop on Post Road East, near the big sign of Compo Shopping Center',
            'location_confirmed': 'Yes this one',
            'suspect_or_weapon': 'No suspect, I think I forget it on the bench when the bus come',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Today, I wait the bus at 8:10 in morning and I notice in the class at 9',
            'items': 'Backpack is dark green Herschel. Inside: MacBook Air 13 inch silver, around 1200 dollar. '
                     'Small red wallet with 35 dollar cash. School ID card and library card',
            'narrative': 'This morning I wait the bus on Post Road East near Compo Shopping Center and I forget my '
                         'green backpack on the bench. Inside is my MacBook Air, wallet with 35 dollar and my ID '
                         'card. When I go back it is not there.',
            'reporter_name': 'Meiling Zhou',
            'reporter_email': 'meiling.zhou@example.com',
            'reporter_phone': '475-555-0126',
            'confirmed': 'Sorry one mistake. MacBook is 1050 dollar not 1200, my husband check the receipt. Other '
                         'is correct',
            'callback_wanted': 'Email please',
        },
        'lost_property',
        {'reporter_name': 'Meiling Zhou', 'reporter_email': 'meiling.zhou@example.com',
         'reporter_phone': '4755550126', 'occurred_days_ago': 0, 'total_value': 1085},
    ),
    filed(
        'lp-wakeman-town-farm-kids-documents-place-fix-in-prose',
        'look-alike "I\'m a dead man walking" (his wife does not know yet): a folder with the kids\' birth '
        'certificates and social security cards (no values); names Long Lots Elementary then corrects in prose to '
        'Wakeman Town Farm on Cross Highway ("the Westport one, Fairfield has a Cross Hwy too"); "Saturday, between '
        '11 and 1" (weekday only: no days, no time)',
        ["I'm a dead man walking. Lost a folder with both kids' birth certificates and social security cards that I "
         "was bringing to their passport appointment. Wife doesn't know yet"],
        {
            'type_confirmed': 'lost property, yeah',
            'location': "At Long Lots Elementary - no wait, that's just where I dropped the kids. It was Wakeman Town "
                        "Farm, on Cross Highway. The Westport one, I know Fairfield has a Cross Hwy too",
            'location_confirmed': 'yes Wakeman',
            'suspect_or_weapon': "no, I'm the only suspect, I put it down somewhere. no weapons",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Saturday, between 11 and 1, at the pumpkin thing',
            'items': 'Blue plastic folder with a snap. Inside: birth certificates for Owen (9) and Lily (6), both '
                     'their social security cards, and a printed DS-11 form for each kid',
            'narrative': 'On Saturday between 11 and 1 I lost a blue snap folder at the Wakeman Town Farm pumpkin '
                         'event. It has both my kids\' birth certificates and social security cards and their '
                         'passport forms. The farm has not found it.',
            'reporter_name': 'Brian Tierney',
            'reporter_email': 'brian.tierney@example.com',
            'reporter_phone': '203-555-0194',
            'confirmed': 'yep correct, send it',
            'callback_wanted': "no, I'll check email",
        },
        'lost_property',
        {'reporter_name': 'Brian Tierney', 'reporter_email': 'brian.tierney@example.com',
         'reporter_phone': '2035550194'},
    ),
    # ------------------------------------------------------------------ theft
    filed(
        'theft-saugatuck-ave-renovation-garage-tools',
        'look-alike "They cleaned me out": a contractor\'s DeWalt kit $600 and Milwaukee impact $229 taken from an '
        'open garage of a house under renovation on Saugatuck Avenue "down by the Exit 17 area, but it\'s the house '
        'itself, nothing to do with the highway" (total 829); "My guys left at 4:30 yesterday and I found it open '
        'at 7 this morning" (crosses midnight: no days, no time)',
        ["They cleaned me out. I'm a contractor redoing a house on Saugatuck Ave and somebody walked into the open "
         "garage and took my DeWalt combo kit ($600) and a Milwaukee impact driver ($229)"],
        {
            'type_confirmed': 'Yeah theft',
            'location': "Saugatuck Avenue, down by the Exit 17 area, but it's the house itself, the garage, nothing "
                        "to do with the highway",
            'location_confirmed': 'Yes that address',
            'suspect_or_weapon': "Don't know who. Homeowners are out of the country. No weapons",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'My guys left at 4:30 yesterday and I found it open at 7 this morning',
            'items': 'DeWalt 20V combo kit (drill, impact, circ saw, 2 batteries) in the yellow bag, $600. '
                     'Milwaukee M18 impact driver, red, $229. All engraved RSC on the housing.',
            'narrative': 'Sometime between 4:30 yesterday afternoon and 7 this morning someone took my DeWalt combo '
                         'kit and Milwaukee impact driver from the garage of the house I am renovating on '
                         'Saugatuck Avenue. The garage door had been left open. The tools are engraved RSC.',
            'reporter_name': 'Roberto Santos, R. Santos Construction',
            'reporter_email': 'rsantosbuild@example.com',
            'reporter_phone': '203-555-0145',
            'confirmed': 'All good',
            'callback_wanted': 'Sure, a call is fine',
        },
        'theft',
        {'reporter_name': 'Roberto Santos', 'reporter_email': 'rsantosbuild@example.com',
         'reporter_phone': '2035550145', 'total_value': 829},
    ),
    filed(
        'theft-juniper-road-porch-packages-asks-about-exact-day',
        'opening gives prices but no time: a Vitamix ($549) and kids\' sneakers ("like $90") gone from the porch '
        'on Juniper Road after a two-week vacation (total 639); asks whether an exact day is needed (interjection at '
        'occurred_at), then: the neighbour saw the boxes yesterday morning and they were gone at 6 pm yesterday '
        '(days 1, range: no time)',
        ['Back from vacation and the two boxes that were sitting on our porch are gone, a Vitamix ($549) and a box '
         'of kids sneakers (like $90). Juniper Road.'],
        {
            'type_confirmed': 'yes stolen',
            'location': 'Juniper Road in Westport, our front porch',
            'location_confirmed': 'yep our porch',
            'suspect_or_weapon': 'no idea. cameras were unplugged for the trip. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'ok so my neighbor Pam says the boxes were still on the porch yesterday morning and they '
                           'were gone when she walked by at 6 pm yesterday',
            'items': 'Vitamix 5200 blender, $549. Box with 2 pairs of Nike kids sneakers, about $90.',
            'narrative': 'While we were away two delivered packages were taken from our front porch on Juniper '
                         'Road: a Vitamix 5200 blender and a box with two pairs of kids sneakers. Our neighbor saw '
                         'them there yesterday morning and they were gone by 6 pm yesterday.',
            'reporter_name': 'Allison Greer',
            'reporter_email': 'allison.greer@example.com',
            'reporter_phone': '203-555-0161',
            'confirmed': 'yes correct',
            'callback_wanted': 'no thank you',
        },
        'theft',
        {'reporter_name': 'Allison Greer', 'reporter_email': 'allison.greer@example.com',
         'reporter_phone': '2035550161', 'occurred_days_ago': 1, 'total_value': 639},
        interjections=[{'at': 'occurred_at',
                        'text': 'do u need an exact day?? we were away 2 weeks and the camera was unplugged so i '
                                'honestly have no idea when'}],
    ),
    filed(
        'theft-italian-deli-bridge-street-lemon-tree-pots',
        'non-native writer (Italian speaker), deli owner on Bridge Street: two terracotta pots with lemon trees at '
        '$180 each taken from in front of the door (total 360); "Last night I close at 9 they are there. This '
        'morning 6:15 when I open, no more" (crosses midnight: no days, no time)',
        ['Hello, I have a small deli on Bridge Street and somebody steal my two big terracotta pots with the lemon '
         'trees from in front of the door, 180 dollar each. They are very heavy, need 2 person minimum'],
        {
            'type_confirmed': 'Yes, is theft',
            'location': 'Bridge Street, near the little bridge in Saugatuck. In Westport',
            'location_confirmed': 'Yes is my deli',
            'suspect_or_weapon': 'I dont know who. No weapon',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Last night I close at 9 they are there. This morning 6:15 when I open, no more',
            'items': 'Two terracotta pots, big, about 60 cm, each one with a Meyer lemon tree inside. 180 dollar '
                     'each, I have the receipt from the nursery',
            'narrative': 'Two big terracotta pots with lemon trees were in front of my deli on Bridge Street. At 9 '
                         'last night when I close they are there, this morning at 6:15 they are gone. They are very '
                         'heavy so I think minimum two people and a car.',
            'reporter_name': 'Giuseppe Ferrante',
            'reporter_email': 'giuseppe.ferrante@example.com',
            'reporter_phone': '203-555-0176',
            'confirmed': 'Yes is all right, grazie',
            'callback_wanted': 'Not necessary',
        },
        'theft',
        {'reporter_name': 'Giuseppe Ferrante', 'reporter_email': 'giuseppe.ferrante@example.com',
         'reporter_phone': '2035550176', 'total_value': 360},
    ),
    # ------------------------------------------------------------------ vandalism
    filed(
        'vand-charcoal-hill-road-fence-carved-asks-about-sanding',
        'look-alike "my brand new cedar fence got absolutely butchered": initials and curse words carved into six '
        'boards on Charcoal Hill Road; asks inside the damage answer whether to sand it off now; "Sat night, '
        'sometime after 11" (weekday only: no days, no time)',
        ['my brand new cedar fence got absolutely butchered. someone carved initials and a bunch of garbage into '
         'like 6 boards. we JUST paid for this fence'],
        {
            'type_confirmed': 'yes vandalism',
            'location': 'Charcoal Hill Road, the front section along the road',
            'location_confirmed': 'thats right',
            'suspect_or_weapon': "no clue. probably kids but I don't know any names. no weapons",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Sat night, sometime after 11. it was fine when we got home',
            'damage': "Should I sand it off now or leave it so someone can come look? Anyway - 'JT + MK' and some "
                      "curse words carved into 6 boards on the road side, pretty deep in spots. Fence went in 3 "
                      "weeks ago.",
            'narrative': 'Saturday night sometime after 11 someone carved initials (JT + MK) and curse words into six '
                         'boards of our new cedar fence along Charcoal Hill Road. The fence was installed three '
                         'weeks ago.',
            'reporter_name': 'Lauren Mackey',
            'reporter_email': 'lauren.mackey@example.com',
            'reporter_phone': '203-555-0182',
            'confirmed': 'correct, go ahead',
            'callback_wanted': 'no',
        },
        'vandalism',
        {'reporter_name': 'Lauren Mackey', 'reporter_email': 'lauren.mackey@example.com',
         'reporter_phone': '2035550182'},
    ),
    filed(
        'vand-crescent-road-rock-through-sidelight-day-fix-at-summary',
        'renter on Crescent Road whose landlord wants a report: a rock thrown through the glass panel beside the '
        'front door; said "last night around 11:30", at the summary corrects it to "the night before. Two nights '
        'ago, around the same time" (days 2, approximate: no time)',
        ['Someone threw a rock through the glass panel next to my front door. I rent, and my landlord told me to '
         'file a police report for her insurance. The rock is still sitting on the hallway floor'],
        {
            'type_confirmed': "Yes that's right",
            'location': 'Crescent Road, the ground floor apartment in the white house',
            'location_confirmed': "Yes, that's my place",
            'suspect_or_weapon': 'No idea. I was asleep and heard the crash. No weapons that I know of, just a rock',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'last night around 11:30',
            'damage': "The narrow glass panel to the left of the front door is shattered, glass all over the "
                      "hallway. I've taped cardboard over the hole.",
            'narrative': 'Around 11:30 at night someone threw a rock through the narrow glass panel next to the '
                         'front door of my apartment on Crescent Road. I heard the crash but did not see anyone. '
                         'The rock was on the hallway floor.',
            'reporter_name': 'Nadia Haddad',
            'reporter_email': 'nadia.haddad@example.com',
            'reporter_phone': '475-555-0143',
            'confirmed': "One thing - it wasn't last night, it was the night before. Two nights ago, around the same "
                         "time. I've been waiting on the landlord to call me back. The rest is right.",
            'callback_wanted': 'Email is fine',
        },
        'vandalism',
        {'reporter_name': 'Nadia Haddad', 'reporter_email': 'nadia.haddad@example.com',
         'reporter_phone': '4755550143', 'occurred_days_ago': 2},
    ),
    filed(
        'vand-greek-bookshop-church-lane-etched-window',
        'non-native writer (Greek speaker), children\'s bookshop on Church Lane: letters scratched into the front '
        'window; "Yesterday I lock at 6 in the evening it was ok. This morning at 9 I see it" (crosses midnight: no '
        'days, no time); no amount stated',
        ['Hello. Someone scratch with something sharp the big front window of my children book store on Church '
         'Lane. Big letters, like a tag. This glass is special and expensive'],
        {
            'type_confirmed': 'Yes, is vandalism I think',
            'location': 'Church Lane, downtown Westport, my shop',
            'location_confirmed': 'Yes it is',
            'suspect_or_weapon': 'I dont know who did. No weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday I lock at 6 in the evening it was ok. This morning at 9 I see it',
            'damage': "Front window, left side, about 1 meter of scratched letters, maybe 'KRZ' or similar. Cannot "
                      "clean, the glass man says must change all the window.",
            'narrative': 'Between 6 pm yesterday when I lock and 9 this morning somebody scratch big letters into '
                         'the front window of my bookstore on Church Lane. The glass cannot be repaired, must be '
                         'replaced.',
            'reporter_name': 'Eleni Papadakis',
            'reporter_email': 'eleni.papadakis@example.com',
            'reporter_phone': '203-555-0115',
            'confirmed': 'Yes correct, efharisto',
            'callback_wanted': 'Yes please call me',
        },
        'vandalism',
        {'reporter_name': 'Eleni Papadakis', 'reporter_email': 'eleni.papadakis@example.com',
         'reporter_phone': '2035550115'},
    ),
    filed(
        'vand-beachside-avenue-red-paint-garage-doors',
        'look-alike "Looked like a crime scene ... almost had a heart attack": red paint splashed over white garage '
        'doors on Beachside Avenue ("Greens Farms side of Westport, past Burying Hill"); "The dog went nuts at 5:50 '
        'this morning" (days 0, 05:50)',
        ['Looked like a crime scene out there this morning, I almost had a heart attack. Someone splashed a whole '
         'can of red paint across our white garage doors and down the driveway'],
        {
            'type_confirmed': "Yes, vandalism I'd say",
            'location': 'Beachside Avenue, the Greens Farms side of Westport, our house is a bit past Burying Hill',
            'location_confirmed': 'Yes that is us',
            'suspect_or_weapon': "No one we know of. No weapons, it's paint",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'The dog went nuts at 5:50 this morning and I heard a clang, that must have been it',
            'damage': 'Both garage doors covered in red paint, a big splash, and a trail of it down the driveway. '
                      'The empty can was left by the mailbox.',
            'narrative': 'At about 5:50 this morning our dog started barking and I heard a clang. Later we found red '
                         'paint splashed across both white garage doors and down the driveway of our house on '
                         'Beachside Avenue, with the empty can by the mailbox.',
            'reporter_name': 'Caroline Ashby',
            'reporter_email': 'caroline.ashby@example.com',
            'reporter_phone': '203-555-0198',
            'confirmed': 'All correct, please file it',
            'callback_wanted': 'No, thank you',
        },
        'vandalism',
        {'reporter_name': 'Caroline Ashby', 'reporter_email': 'caroline.ashby@example.com',
         'reporter_phone': '2035550198', 'occurred_days_ago': 0, 'occurred_time': '05:50'},
    ),
    # ------------------------------------------------------------------ vehicle_burglary
    filed(
        'vb-coleytown-middle-lot-ipad-airpods-asks-if-name-public',
        'opening gives prices: an iPad (~$330) and AirPods ($180) taken through a smashed window in the Coleytown '
        'Middle School lot on North Ave during a soccer game (total 510; the gym clothes have no value); "today, '
        'game was 10 to 11:45" (days 0, range); asks whether her name will be public (interjection at '
        'reporter_name), then gives it; "ct plate 5YT-206"',
        ["car got broken into during my son's soccer game at Coleytown Middle, back window smashed. they took my "
         "iPad (~$330) and my gym bag with AirPods in it, like $180 for the AirPods"],
        {
            'type_confirmed': 'yes car break in',
            'location': 'Coleytown Middle School lot on North Ave, the lower lot by the fields',
            'location_confirmed': 'yes lower lot',
            'suspect_or_weapon': 'no one saw anything, everyone was watching the game. no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'today, the game was 10 to 11:45',
            'vehicle': 'blue Kia Telluride, ct plate 5YT-206',
            'items': 'grey iPad Air in a black case ~$330, Nike gym bag with AirPods (2nd gen) in it $180, and my '
                     'gym clothes',
            'damage': 'rear passenger window smashed, glass all over the back seat',
            'narrative': "During my son's soccer game today between 10 and 11:45 someone smashed the rear passenger "
                         "window of my Kia in the lower lot at Coleytown Middle School and took my iPad and my gym "
                         "bag with AirPods inside.",
            'reporter_name': "ok. it's Jill Marchetti",
            'reporter_email': 'jill.marchetti@example.com',
            'reporter_phone': '203-555-0133',
            'confirmed': 'all correct',
            'callback_wanted': 'no call needed',
        },
        'vehicle_burglary',
        {'reporter_name': 'Jill Marchetti', 'reporter_email': 'jill.marchetti@example.com',
         'reporter_phone': '2035550133', 'occurred_days_ago': 0, 'vehicle_plate': 'CT 5YT-206', 'total_value': 510},
        interjections=[{'at': 'reporter_name',
                        'text': "wait is my name going to be public? my mother reads the police blotter in the paper "
                                "like it's scripture lol"}],
    ),
    filed(
        'vb-davenport-avenue-pickup-toolbox-plate-state-fix-at-summary',
        'toolbox in a pickup bed pried open overnight in a driveway on Davenport Avenue; "Milwaukee drill kit, a '
        'laser level ... Maybe $1,500 all together" (total 1500); "Parked it at 10 last night, saw it at 6:15 this '
        'morning" (crosses midnight); plate given as CT JKT-4412, corrected at the summary to NY (NY JKT-4412)',
        ['Somebody pried open the toolbox in the bed of my pickup overnight and took pretty much everything in it. '
         'Driveway on Davenport Avenue.'],
        {
            'type_confirmed': "Yes, that's what happened",
            'location': 'Davenport Ave, in my own driveway',
            'location_confirmed': 'Correct, Davenport',
            'suspect_or_weapon': "No clue who. Didn't see or hear a thing, no weapons",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Parked it at 10 last night, saw it at 6:15 this morning',
            'vehicle': '2018 Ford F-150, silver, plate CT JKT-4412',
            'items': 'Milwaukee drill kit, a laser level, a bag of hand tools and a couple of extension cords. Maybe '
                     '$1,500 all together',
            'damage': 'Lock on the toolbox pried off, lid bent up at the corner',
            'narrative': 'Overnight, between 10 pm and 6:15 am, someone pried open the locked toolbox in the bed of '
                         'my F-150 in my driveway on Davenport Avenue and took my Milwaukee drill kit, laser level, '
                         'hand tools and extension cords.',
            'reporter_name': 'Sean Dwyer',
            'reporter_email': 'sdwyer.carpentry@example.com',
            'reporter_phone': '203-555-0166',
            'confirmed': "The plate isn't CT, it's NY - we moved from Rye last year and I never switched it. NY "
                         "JKT-4412. Everything else is right.",
            'callback_wanted': "No, email's fine",
        },
        'vehicle_burglary',
        {'reporter_name': 'Sean Dwyer', 'reporter_email': 'sdwyer.carpentry@example.com',
         'reporter_phone': '2035550166', 'vehicle_plate': 'NY JKT-4412', 'total_value': 1500},
    ),
    filed(
        'vb-otter-trail-jeep-soft-top-gutted-name-fix-in-prose',
        'look-alike "my jeep got gutted like a fish": soft top sliced, Ray-Bans $160 and about $25 in quarters '
        'taken on Otter Trail (total 185); "I parked around 10:30 pm, it was sliced when I went to work at 6:45" '
        '(crosses midnight); "Mass plate 8XP-361" (MA 8XP-361); the son typed his own name first, corrected in prose '
        'to Victor Morales',
        ['my jeep got gutted like a fish last night. they sliced the soft top and went through everything. took my '
         'Ray-Bans and all the quarters'],
        {
            'type_confirmed': 'yeah break in',
            'location': 'otter trail, parked on the street in front of the house',
            'location_confirmed': 'yes otter trail',
            'suspect_or_weapon': "nobody saw anything. they cut the top with something but no weapons that I know of",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I parked around 10:30 pm, it was sliced when I went to work at 6:45',
            'vehicle': '2016 Jeep Wrangler, black, Mass plate 8XP-361',
            'items': 'Ray-Ban Wayfarers $160 and about $25 in quarters from the cupholder',
            'damage': 'soft top sliced about 2 feet on the driver side, glovebox and console dumped out on the seats',
            'narrative': 'Overnight someone sliced the soft top of my Jeep Wrangler parked in front of my house on '
                         'Otter Trail, went through the glovebox and console, and took my Ray-Ban sunglasses and '
                         'about $25 in quarters.',
            'reporter_name': "Kevin Morales - sorry that's my son, he's next to me typing over my shoulder. I'm "
                             "Victor Morales, the jeep is mine",
            'reporter_email': 'vmorales@example.com',
            'reporter_phone': '203-555-0104',
            'confirmed': 'ok yes',
            'callback_wanted': 'nope',
        },
        'vehicle_burglary',
        {'reporter_name': 'Victor Morales', 'reporter_email': 'vmorales@example.com', 'reporter_phone': '2035550104',
         'vehicle_plate': 'MA 8XP-361', 'total_value': 185},
    ),
    # ------------------------------------------------------------------ vehicle_tampering
    filed(
        'vt-sasco-creek-road-doors-open-asks-about-guessing-kids',
        'all four doors found open and the glovebox dumped, nothing missing; place trap "Sasco Creek Road, '
        'Westport - NOT Sasco Beach, that\'s Fairfield"; asks whether to say she thinks it was kids (interjection at '
        'suspect_or_weapon), then says she does not know who; "between midnight and 6 this morning" (days 0, range)',
        ["Found all 4 doors of my car unlocked and open this morning, glovebox dumped on the seat. Nothing missing "
         "that I can tell but it's creepy"],
        {
            'type_confirmed': 'yes tampering I guess, since nothing was taken',
            'location': "Sasco Creek Road, Westport - NOT Sasco Beach, that's Fairfield",
            'location_confirmed': 'yes, sasco creek rd',
            'suspect_or_weapon': "no, I don't know who did it. no weapons.",
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'between midnight and 6 this morning, we got home from a party at midnight and it was fine',
            'vehicle': 'Red Mazda CX-5, CT 2DM-774',
            'damage': 'no real damage, just everything opened and rummaged. passenger door was left open all night '
                      'so the battery was nearly dead',
            'narrative': 'Between midnight and 6 this morning someone opened all four doors of my Mazda parked at '
                         'our house on Sasco Creek Road and dumped the glovebox onto the seat. Nothing seems to be '
                         'missing and nothing is broken.',
            'reporter_name': 'Rachel Okafor',
            'reporter_email': 'rachel.okafor@example.com',
            'reporter_phone': '203-555-0151',
            'confirmed': 'yes please submit',
            'callback_wanted': 'email only please',
        },
        'vehicle_tampering',
        {'reporter_name': 'Rachel Okafor', 'reporter_email': 'rachel.okafor@example.com',
         'reporter_phone': '2035550151', 'occurred_days_ago': 0, 'vehicle_plate': 'CT 2DM-774'},
        interjections=[{'at': 'suspect_or_weapon',
                        'text': "do I have to say if I *think* it was kids? there's been stuff on the neighborhood "
                                "facebook group but I don't actually know anything"}],
    ),
    filed(
        'vt-fairfield-avenue-tires-let-down-phone-fix-at-summary',
        'look-alike "All four of my tires were murdered last night": air let out of all four tyres, valve caps gone, '
        'on Fairfield Avenue ("a street in Westport, I know, confusing"); "I heard hissing at 10:40 last night" (days '
        '1, 22:40); phone given as 203-555-0157, corrected at the summary to 203-555-0175',
        ["All four of my tires were murdered last night - someone let the air out of every single one and took the "
         "valve caps. Car's sitting on its rims in front of my house"],
        {
            'type_confirmed': 'yes, tampering',
            'location': "Fairfield Avenue. It's a street here in Westport, I know, confusing",
            'location_confirmed': "yes that's it",
            'suspect_or_weapon': 'no idea who, no weapons',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'I heard hissing at 10:40 last night and thought it was the radiator lol',
            'vehicle': '2020 Toyota Camry, grey, CT plate 6BN-221',
            'damage': "all 4 tires flat, valve caps missing, no cuts I can see. tire guy says they just let the air "
                      "out",
            'narrative': 'At about 10:40 last night someone let the air out of all four tires of my Camry parked in '
                         'front of my house on Fairfield Avenue and took the valve caps. No cuts, just deflated.',
            'reporter_name': 'Marcus Bell',
            'reporter_email': 'marcus.bell@example.com',
            'reporter_phone': '203-555-0157',
            'confirmed': "Phone is wrong, it's 203-555-0175, I flipped the last 2 digits. Rest is fine",
            'callback_wanted': 'no thanks, email',
        },
        'vehicle_tampering',
        {'reporter_name': 'Marcus Bell', 'reporter_email': 'marcus.bell@example.com', 'reporter_phone': '2035550175',
         'occurred_days_ago': 1, 'occurred_time': '22:40', 'vehicle_plate': 'CT 6BN-221'},
    ),
    filed(
        'vt-japanese-writer-bluewater-lane-door-lock-forced',
        'non-native writer (Japanese speaker) on Bluewater Lane: the driver-door lock forced with a screwdriver, '
        'nothing taken; "Yesterday evening about 7 o\'clock" (days 1, approximate: no time); "CT plate 3WX-508"',
        ['Excuse me. Someone tried to open my car by force. The key hole on driver door is broken, I think they '
         'used a screwdriver. Nothing is taken because they could not open it.'],
        {
            'type_confirmed': 'Yes, I think so. Tampering.',
            'location': 'Bluewater Lane, in front of my house in Westport',
            'location_confirmed': 'Yes, it is correct',
            'suspect_or_weapon': 'I do not know the person. I did not see any weapon.',
            'known_suspect': NO,
            'weapon': NO,
            'occurred_at': 'Yesterday evening about 7 o\'clock, I heard a noise outside',
            'vehicle': 'Lexus RX, silver color, CT plate 3WX-508',
            'damage': 'Driver door key cylinder is broken and scratched around it, the door cannot lock with key now',
            'narrative': 'Yesterday evening around 7 I heard a noise. Later I found the key cylinder of the driver '
                         'door of my Lexus broken and scratched, like someone used a screwdriver. They could not '
                         'open the door and nothing is missing.',
            'reporter_name': 'Haruka Sato',
            'reporter_email': 'haruka.sato@example.com',
            'reporter_phone': '203-555-0181',
            'confirmed': 'Yes, everything is correct. Thank you very much.',
            'callback_wanted': 'E-mail is fine, thank you',
        },
        'vehicle_tampering',
        {'reporter_name': 'Haruka Sato', 'reporter_email': 'haruka.sato@example.com', 'reporter_phone': '2035550181',
         'occurred_days_ago': 1, 'vehicle_plate': 'CT 3WX-508'},
    ),
]
