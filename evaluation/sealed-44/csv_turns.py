"""sealed-44: mid-conversation replies (hand-written). Rows: (asked, text, intent, topic)."""

WHERE_ANSWER = [
    # Westport streets whose names point at another town or also exist next door
    'Fairfield Avenue, here in Westport - yes, Westport has a street called that',
    'norwalk ave in westport, i know how that sounds lol',
    'Weston Road, Westport 06880 - it\'s a Westport road even though it\'s named for the next town',
    'Kings Highway North in Westport, not Fairfield\'s Kings Highway',
    'kings hwy south, westport, the house with the green shutters',
    'Newtown Turnpike, on the Westport side of the Weston line',
    'riverside ave in westport, not the norwalk riverside',
    'Saugatuck Avenue, the Westport stretch of it, nowhere near Norwalk',
    'Beechwood Lane in Westport. I\'ve been told Fairfield has one as well',
    'Harbor Road, the Westport one, not the one over in Fairfield',
    'high st westport ct, not fairfields high st',
    'Soundview Drive in Westport, not the Soundview Drive up in Easton',
    'Tiffany Lane, Westport - I know there\'s a Tiffany Lane in Weston as well',
    'woody ln westport 06880, fairfield has a woody lane too apparently',
    'Robert Lane, Westport, not the Robert Lane in Fairfield',
    'Sasco Creek Road, Westport - not Sasco Hill Road, that\'s Fairfield',
    'Winslow Park in Westport, not Winslow Road up in Weston',
    'the Imperial Avenue commuter lot, not Imperial Drive in Norwalk',
    # in-town landmarks from the geo facts
    'in the Town Hall parking lot, 110 Myrtle Avenue',
    'the bike rack at the Westport Library, 20 Jesup Road',
    'Coleytown Elementary, 65 Easton Road, in the drop-off loop',
    'Long Lots Elementary on Hyde Lane, number 13',
    'the Greens Farms railroad station lot in Westport',
    'the parking area at Burying Hill Beach',
    'Compo Beach Road, close to the beach entrance',
    'Beachside Avenue in Greens Farms',
    'down by the Levitt Pavilion, next to the river',
    'Old Hill Road, in the Old Hill part of town',
    # street fixed in prose
    'Maple Avenue North - no, Maple Avenue South, sorry, south',
    'janson court. oops, janson drive',
    'Crescent Road - sorry, Crescent Park Road',
    'Bauer Place - actually it\'s the Bauer Place Extension',
    'Hyatt Lane - no sorry, Hyde Lane, autocorrect got me',
    # vague
    'the big lot behind the shops downtown, near the river',
    'the dead end where all the mailboxes are lined up in a row',
    'that twisty road near the beach with the stone walls',
    'by the school with the big field, up in the north end of town',
    # will not give a house number
    'Godfrey Lane. I\'d rather not put the house number in a text',
    'mimi lane is all ur getting, no house number sorry',
    # outside town or excluded areas, stated without a question
    'in the parking lot at Sherwood Island State Park',
    'the Merritt southbound, just before exit 21',
    'on the ramp onto I-95 north at exit 18',
    'Staples Road in Easton',
    'westport rd, the wilton one',
    'Southport Terrace, in Southport',
]

WHERE_QUESTION = {
    'other_town': [
        'It happened on Winslow Road in Weston, can I still report it here?',
        'it was at my work in southport, is that close enough to count?',
        'Coley Road in Wilton - does that count? it sounds like Coleytown',
        'My car was at the Norwalk train station. Can I report it here since I live in Westport?',
        'Sherwood Farm Road, that\'s Fairfield, right? Does that matter?',
        'Myrtle Street in Norwalk - is that one yours?',
        'it happened at my daughter\'s dorm in Boston, can Westport police take it since we live here?',
        'Merritt Street - that\'s in Fairfield, isn\'t it? or is it you guys?',
        'my office on Imperial Drive in Norwalk, do you handle that?',
        'sherwood st in norwalk, do u cover that or no',
    ],
    'state_police': [
        'It was on I-95 south right after exit 18, do you handle that?',
        'does a break-in at Sherwood Island count, or is that someone else?',
        'merritt pkwy north near exit 20, the old 41 - is that you or the state police?',
        'the exit 17 off-ramp coming down onto Saugatuck Ave, who handles that?',
        'On 95 south between 18 and 17, in the left lane - can I report it here?',
        'at the sherwood island beach lot, can u take it?',
        'was on the merritt by the weston rd exit, is that westport police?',
        'the ramp from the Sherwood Island Connector onto 95 north, is that yours?',
    ],
    'anonymous': [
        'Do I have to give my exact address? I\'d rather no one knows it was me who reported it',
        'can i just say near the school so the neighbors dont figure out its me?',
        'Will the address I give end up in some public record my neighbor can look up?',
        'If I give you my street, will my name be attached to it in the police log in the paper?',
    ],
    'animal_control': [
        'There\'s a swan with fishing line around its neck on the shore behind our house on Bluewater Lane, who do I '
        'call?',
        'a loose goat is walking down bayberry lane right now, is that you guys?',
        'A bat is flying around our kitchen on Cardinal Lane, do you send someone for that?',
    ],
}

SUMMARY_ANSWER = [
    'Oui, tout est correct pour le vélo volé, merci beaucoup',
    'Ja, die Angaben zum zerkratzten Auto stimmen alle, danke',
    'Sim, está tudo certo sobre a bolsa roubada, obrigada',
    'Tak, wszystko się zgadza z tym portfelem, dziękuję',
    'はい、自転車の件はすべて正しいです。ありがとうございます',
    'Vâng, thông tin về chiếc điện thoại bị mất đều đúng, cảm ơn',
    'Ναι, όλα σωστά για το αυτοκίνητο, ευχαριστώ',
    'Opo, tama lahat tungkol sa ninakaw na bisikleta, salamat po',
    'כן, כל הפרטים על הגניבה מהרכב נכונים, תודה',
    'Так, усе правильно про розбите вікно, дякую',
    'Igen, minden stimmel a kerítéssel kapcsolatban, köszönöm',
    'Yes, that\'s the whole story of the stolen snowblower, go ahead',
    'yep the ring n the date both right, send it',
    'All of that is accurate about the mailbox and the solar lights, thank you',
    'Correct on every point about the calls from the 475 number',
    'looks good, the kayak, the rack, all of it',
    'That\'s exactly what happened with my wallet at the gym, please file it',
    'yessir thats my truck n my tools, submit',
    'You\'ve got the dented tailgate right. Please send it through',
    'perfect, my stolen identity stuff is all there, thanks',
    'Reads correctly - the paddleboard and the times are right',
    'That summary of my daughter\'s lost retainer is right',
    '100% right about the packages, go for it',
    'Confirmed, the hubcaps and the night they went missing are correct',
    'everything about the keyed car is legit, file it pls',
]

SUMMARY_CORRECTION = [
    'The Tacoma is a 2019, not a 2017, the rest is fine',
    'my ZIP is 06880, you have 06888',
    'It was three bikes, not two - my son\'s was taken too',
    'The car is my wife\'s, registered to her, not to me',
    'I didn\'t see it happen, I only found it afterwards',
    'the scratch is on the driver\'s side of the Civic, not the passenger side',
    'Please add my work number too, 203-555-0171',
    'our house number on Juniper Road is 27, not 72',
    'It\'s a Yeti cooler, not a Coleman',
    'Add my sunglasses to the list, about $150',
    'my sons ski jacket was green not blue',
    'the bike lock was $85, not $58',
    'My last name has a hyphen: Moreau-Patel',
    'Use my home address on Roseville Road, not my office',
    'It was a woman\'s voice on the calls, not a man\'s',
    'Take my husband off the report, he was in Boston that night',
    'only the front wheel of the bike was taken, not both wheels',
    'the flat is the front left tire, not front right',
    'The calls come from a 203 number, not a 475 one',
    'They drained my savings account, not my checking',
    'the card was a credit card, not my debit card',
    'the ring was appraised at $2,350, not $2,530',
    'Apartment 3B in building 2, you left that off',
    'It was my hedge trimmer, not my leaf blower',
    'My plate is a New York plate, not Connecticut, I moved here in the fall',
    'Please add that my passport number was used too',
    'I said sometime after lunch, not 1:00 on the dot',
    'My first name is two words, Mary Beth',
    'Two phones were lost, not one - mine and my son\'s old iPhone',
    'remove the part about the landscaper, he had nothing to do with it',
    'The bike belongs to my daughter, and her email is the one to use: zoe.marchetti@example.com',
    'I left for the bus at 7:25, not 7:52',
    'It happened on Hillspoint Road, not Hillandale Road',
    'It\'s voicemails, he never actually talks live',
    'the bracelet is rose gold, not yellow gold',
]

SUMMARY_QUESTION = {
    'copy': [
        'Will I get a copy of this by email, and how long does that take?',
        'can u send the report to my insurance company directly or do i forward it',
        'How do I get a printed copy of this for my landlord?',
        'Does the case number come right away or after someone reviews it?',
        'If I lose the email with the report, can I get it sent again?',
        'will the copy have the case # on it? my bank needs that',
        'Can my husband get a copy too, at his own email?',
    ],
    'anonymous': [
        'Before I say yes - will the person who did this be able to see my name on the report?',
        'is my phone number going to be on the public version of this?',
        'Can you leave my name off anything the neighbors could see?',
        'Does my address show up if somebody requests this report later?',
    ],
    'records': [
        'Also, where do I call if I need an older report, like the one from our break-in years ago?',
        'Who do I call about getting the accident report from last year while I\'m at it?',
        'Is there a number for the records office? I need an old report for my lawyer',
        'can i pick up a paper copy at the station or do i call records?',
    ],
    'animal_control': [
        'That\'s right, but while I have you, who do I call about a dead swan on the beach behind our house?',
        'looks fine. also theres a hawk with a hurt wing hopping around our yard, is that u?',
    ],
    'other_town': [
        'Looks right. Also my mother\'s car got broken into in Fairfield last week, can I add that here?',
        'Yes. One more thing - my son\'s bike was stolen at his school in Wilton, can this cover that too?',
    ],
    'state_police': [
        'Correct. Also someone threw something at my car on the Merritt yesterday, can I report that here too?',
    ],
}

ROWS = []
for _t in WHERE_ANSWER:
    ROWS.append(('where', _t, 'answer', ''))
for _topic, _texts in WHERE_QUESTION.items():
    for _t in _texts:
        ROWS.append(('where', _t, 'question', _topic))
for _t in SUMMARY_ANSWER:
    ROWS.append(('summary', _t, 'answer', ''))
for _t in SUMMARY_CORRECTION:
    ROWS.append(('summary', _t, 'correction', ''))
for _topic, _texts in SUMMARY_QUESTION.items():
    for _t in _texts:
        ROWS.append(('summary', _t, 'question', _topic))
