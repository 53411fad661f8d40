"""The screening questions: is there a known suspect, and was a weapon involved?

Online reports require "no known suspects, firearms, or other weapons". These
read the answers, and statements made in passing ("it was my neighbour's kid",
"he had a knife"), without guessing: no signal means we ask.
"""
from __future__ import annotations

import re

from bot.contacts import not_name_words  # the one list of words that are never a person's name
from bot.text import prepare, straighten
from bot.vocabulary import alternation, vocabulary

RELATION = (r"(?:neighbor|neighbors|neighbors kid|neighbors son|neighbors daughter|ex|ex boyfriend|ex girlfriend|ex husband|"
            r"ex wife|boyfriend|girlfriend|bf|gf|ex bf|ex gf|husband|wife|roommate|landlord|tenant|coworker|boss|son|daughter|brother|sister|"
            r"cousin|nephew|niece|friend|contractor|cleaning lady|cleaner|nanny|babysitter|employee|former employee|classmate|"
            r"(?:son|daughter|brother|sister|mother|father) in law|stepson|stepdaughter|stepdad|stepfather|stepmom|stepmother|"
            r"grandson|granddaughter|grandkid|uncle|aunt|roommates bf|roommates boyfriend|roommates gf|roommates girlfriend|"
            r"handyman|housekeeper|caregiver|dog walker|part timer|part time guy|worker|laborer|labourer|helper|cashier|"
            r"crew guy|former worker|old worker)")
HARASSING = (r"(?:keeps?|kept|has been|have been|is|was|keep|will not stop|wont stop|started|been) (?:calling|texting|harassing|following|messaging|bothering)"
             # "my neighbor is calling 911 for me now": someone helping, not the caller reported
             r"(?! (?:911|nine one one|the police|the cops|police|an ambulance|for me|for us|them for me)\b)")
# Who "it was" when it names a person ("i know it was him", "im sure it was the neighbors kid"; not "sure it was tuesday").
PERSONISH = (r"(?:him|her|them|my|our|his|their|the (?:\w+ )?(?:kid|kids|guy|guys|man|men|woman|boy|boys|girl|girls|neighbou?r\w*|"
             r"teen\w*|contractor|landlord|tenant|people)|a (?:\w+ )?(?:kid|guy|man|woman|boy|girl|neighbou?r|teen\w*|student|contractor))\b")
# People from outside the family who lived or worked there: named taking things, they are the suspect ("my
# ex-roommate Jordan Pelletier moved out last weekend and took my PS5"). Family members are left out ("my son took my
# car to school and it got keyed").
OUTSIDER = (r"(?:ex|ex boyfriend|ex girlfriend|ex husband|ex wife|roommate|ex roommate|former roommate|landlord|tenant|"
            r"contractor|cleaning lady|cleaner|nanny|babysitter|former employee|handyman|housekeeper|caregiver|dog walker|"
            r"former worker|old worker|house guest|houseguest|subletter|boarder)")
OUTSIDER_TOOK = (rf"\b(?:my|our) (?:former |old )?{OUTSIDER}(?: (?!(?:someone|somebody|some|they|thieves|people|kids|a|an|"
                 rf"anyone|nobody|no one)\b)\w+){{0,8}} (?:took|stole|kept|ran off with|walked off with|left with|"
                 rf"walked out with|moved out with) (?:my|our|all my|all our)\b|"
                 # "my ex boyfriend Jason had a key ... and when he moved his stuff out Saturday he also took my gold bracelet"
                 rf"\b(?:my|our) (?:former |old )?{OUTSIDER}\b[^.!?]{{0,160}}?\b(?:he|she) (?:also |then |even |just )?"
                 rf"(?:took|stole|kept|ran off with|walked off with|left with|walked out with) (?:my|our|all my|all our)\b")
# Said in passing, these name the person who did it.
KNOWN_SUSPECT = re.compile(
    rf"{OUTSIDER_TOOK}|"
    rf"(?<!wish )(?<!if )(?<!wish that )(?<!would )(?<!should )(?<!could )(?<!how do )(?<!how can )(?<!do )(?<!did )(?<!whether )"
    rf"\b(?:i|we) (?:pretty much |basically |all |already )?(?:know|knew|am pretty sure|am sure|think i know|suspect|believe i know) (?:exactly |for sure |for a fact )?(?:who|(?:that )?it was {PERSONISH})|"
    # one person they are sure of: "we're pretty sure its him", "im almost positive it was her"
    rf"\b(?:sure|positive|certain|convinced) (?:that )?(?:it is|its|it s|it was) (?:him|her)\b|"
    # "It's obviously him, Dale Pruitt, I recognize his voice"
    rf"\b(?:it is|its|it s|it was) (?:obviously|clearly|definitely|totally|def|100 percent) (?:him|her)\b|"
    rf"\b(?:i|we) (?:recogni[sz]e|recogni[sz]ed|know|knew) (?:his|her|their) (?:voice|voices|face|faces)\b|"
    # someone they could name: "a kid from his grade was seen riding it", "the teenager 2 houses down from me"
    rf"\b(?:kid|boy|girl|guy|teen|teenager|student|man|woman) (?:from|in) (?:his|her|my|our|their) (?:grade|class|school|team|building|"
    rf"street|work|job|church)\b|\b(?:kid|kids|boy|boys|girl|girls|guy|teen|teens|teenager|man|woman|family|people|son|daughter|twins) (?:\w+ )?(?:\d|two|three|a few|a couple) "
    rf"(?:houses?|doors?) (?:down|up|over)\b|"
    # a suspicion of one person they cannot prove: "his car was in the driveway, but i could not say it was him"
    rf"\b(?:could not|can not|cannot) (?:say|prove|be sure|be certain|swear) (?:for sure |for certain |100 percent )?(?:that )?(?:it was|it is|its) (?:him|her)\b|"
    # a suspicion of someone they know, said in passing: "oh actually, i think it was my neighbour's son"
    rf"\b(?:i|we) (?:\w+ )?(?:think|suspect|believe|bet|guess|am pretty sure|am sure|pretty sure) (?:that )?(?:it was|its|it is|it s) "
    rf"(?:my|our|the) (?:\w+ )?{RELATION}\b(?! (?:dog|dogs|cat|cats|car|house|yard|tree|kids? dog))|"
    rf"\b(?:cam|camera|video|footage|doorbell) (?:shows|showed|caught|recorded|has) (?:my|our|the) (?:\w+ ){{0,2}}{RELATION}\b|"
    # (not "my sister took the kids to see the lights": people taken somewhere)
    rf"\b(?:my|our) (?:former |old |ex )?{RELATION} (?:did it|did this|took(?! (?:the |my |our |her |his )?(?:kids?|children|dog|dogs|"
    rf"us|me|him|her|them|son|daughter|mom|dad|family|baby|grandkids?)\b)|stole|keyed|broke|smashed|is the one|was the one)|"
    # "My neighbor Greg Halloran poured a can of brown paint over our fence": a relation, their name, what they did
    rf"\b(?:my|our) (?:former |old |ex |next door |new )?{RELATION}(?: (?!(?:and|i|we|was|is|had|has|then|who|said|says|saw|"
    rf"thinks|heard|found|told|called|noticed|just|also|always|never)\b)[a-z]+){{1,2}} (?:poured|dumped|threw|spray painted|painted|"
    rf"keyed|slashed|smashed|broke|kicked|cut|dented|scratched|egged|stole|took|ran over|backed into|ripped|tore|wrecked)\b|"
    rf"\b(?:i|we) (?:watched|saw) (?:him|her) (?:do it|do this|do that|doing it|doing this)\b"
    rf"(?!.*\b(?:did not|could not|can not|never) (?:recogni[sz]e|see (?:his|her) face|know who)\b)|"
    rf"\b(?:my|our) (?:former |old |ex )?{RELATION}(?: [a-z]+){{0,2}} {HARASSING}|"  # "my old landlord rick, he keeps calling"
    # "my ex boyfriend he call me all the time many many times every day"
    rf"\b(?:my|our) (?:former |old |ex )?{RELATION}(?: [a-z]+){{0,2}} (?:he |she |they )?(?:call|calls|called|text|texts|texted|"
    rf"message|messages|harass|harasses) (?:me|us)(?: \w+){{0,3}} (?:all the time|constantly|nonstop|non stop|every day|every night|"
    rf"day and night|over and over|again and again|many times|\d+ times)|"
    # someone else's suspicion of a relation, or the relation said outright: "My sister thinks it is my ex-husband Marcus",
    # "it was my ex btw, Darren" (not "it was my neighbor who saw it", "it was my ex s car")
    rf"\b(?:thinks|says|believes|suspects|swears|is sure|is positive) (?:that )?(?:it was|its|it is|it s) (?:my|our) (?:former |old )?{RELATION}\b"
    rf"(?! (?:s|dog|dogs|cat|cats|car|house|yard|tree|who|that)\b)|"
    rf"(?<!think )(?<!thinks )(?<!if )(?<!whether )(?<!say )(?<!prove )\b(?:it was|its|it s) (?:my|our) (?:former |old )?(?:ex|ex boyfriend|ex girlfriend|ex husband|ex wife)\b"
    rf"(?! (?:s|dog|dogs|cat|cats|car|house|yard|tree|who|that)\b)|"
    # a hunch about one person: "so I have a feeling it was him", "i got a funny feeling its my nephew"
    rf"\b(?:have|got|had|get) a (?:\w+ )?(?:feeling|hunch|suspicion) (?:that )?(?:it was|its|it s|it is) (?:him|her|my \w+)\b|"
    # who alone had the key: "only person w a key was my roommates bf Derek"
    rf"\bonly (?:person|one|people) (?:w|with|who had|that had|who has) (?:a |the )?(?:key|keys|code|access)\b(?: \w+){{0,3}} (?:was|is|are|were) (?:my|our|the)\b|"
    # "i think it was my neighbor", "i suspect the roommate took it"; not "the door was open i think, my son forgot to close it"
    rf"\b(?:i|we) (?:think|suspect|believe) (?:it was |that it was |that )(?:my|our|the) {RELATION}|"
    rf"\b(?:i|we) (?:suspect|believe) (?:my|our|the) {RELATION}|"
    rf"\b(?:i|we) think (?:my|our|the) {RELATION} (?:took|stole|did|broke|smashed|keyed|slashed|egged|is behind|was behind|"
    rf"has been|keeps|is the one|was the one|is doing|is calling|has it|had it)\b|"
    rf"\b(?:pretty|fairly|almost|quite|\d+(?: ?percent| ?%)?) sure (?:it is |it was |its |that it was |that )?(?:my|our|the) (?:\w+ ){{0,2}}{RELATION}\b|"
    # "honestly i have a feeling it was my roommates boyfriend", "my gut says its the ex's new girlfriend"
    rf"\b(?:i have a (?:feeling|hunch)|i got a (?:feeling|hunch)|my gut (?:says|tells me)|i bet|i reckon) (?:that )?(?:it is |it was |its )?"
    rf"(?:my|our|the) (?:\w+ ){{0,2}}{RELATION}\b|"
    rf"\b(?:probably|prob|definitely|def|obviously|likely|bet it was|bet its) (?:it was |its |it is )?(?:my|our|the) (?:\w+s )?(?:former |old |ex )?{RELATION}\b(?! (?:car|house|yard|driveway|phone|number|who (?:found|noticed|saw|told|called|heard)))|"
    rf"\b(?:think|suspect|believe|bet|sure) (?:it was|its|it is|that it was) (?:this|that|these|those) (?:kid|kids|guy|guys|girl|girls|"
    rf"boy|boys|man|men|woman|teen|teens|teenager|teenagers|dude|dudes|lady)\b|"
    # "i think he took it" of someone known; not of a stranger told before ("a guy bumped into me hard ... i think he stole it")
    rf"^(?!.*\b(?:a|some|this|random) (?:guy|man|woman|kid|person|dude|stranger|lady)\b)(?!.*\b(?:someone|somebody|stranger)\b)"
    rf".*\b(?:i|we) (?:\w+ )?(?:think|suspect|believe|know) (?:he|she|they) (?:took|stole|did|broke|smashed|keyed) (?:it|them|this)\b|"
    rf"\bthe (?:\w+ )?(?:kid|guy|man|woman|girl|boy|teenager|teen|boys|kids) (?:from|down|across|next door|who lives|that lives)|"
    # "def the dude in 3B": someone placed by where they live
    rf"\b(?:def|definitely|prob|probably|pretty sure its|its|it was|bet its) (?:the )?(?:dude|guy|kid|lady|woman|man|neighbou?r) "
    rf"(?:in|from|at) (?:apt |apartment |unit |#)?\d{{1,4}}[a-z]?\b|\bi have (?:his|her|their) (?:name|plate|address)|"
    rf"\b(?:he|she|they) (?:lives?|live) (?:next door|down the street|across the street|on my street)|"
    # "She knows his name", "my son knows who took it": the one it happened to can name them
    rf"\b(?:he|she|they|my (?:son|daughter|kid|wife|husband|neighbou?r)) (?:knows?|know) (?:his|her|their|the (?:kid|boy|girl|guy)s?) name\b|"
    rf"\b(?:he|she|they|my (?:son|daughter|kid|wife|husband|neighbou?r)) (?:knows?|know) (?:exactly |for sure )?who (?:took|did|stole|broke|keyed|smashed)\b|"
    rf"\bi (?:got|have|took down|wrote down|took a (?:picture|photo) of) (?:his|her|their|the other (?:driver s|drivers|car s|cars)) "
    rf"(?:plate|license plate|tag|plate number)")
# Someone they can name, by a first name: "i think jake took it tbh". The word must read as a name (not "someone",
# "kids", "amazon" or "the wind": bot/contacts.py's not-names and the non-person causes below).
NAMED_ONE_DID_IT = re.compile(r"\b(?:i|we) (?:\w+ )?(?:think|suspect|believe|know|bet) (?:that )?([a-z]{3,}) "
                              r"(?:took|stole|did|broke|smashed|keyed|slashed|egged|spray painted|has it|has them)\b(?! (?:not|nothing)\b)")
NOT_SOMEONE = frozenset({"and", "but", "then", "who", "what", "which", "how", "why", "when", "also", "just", "they",
                         "someone", "somebody", "kids", "people", "thieves", "whoever", "nobody", "teens", "teenagers", "guys",
                         "they", "she", "the", "this", "that", "there", "you", "amazon", "ups", "fedex", "usps", "dhl",
                         "mailman", "wind", "storm", "deer", "raccoon", "raccoons", "squirrel", "squirrels", "animal", "animals",
                         "bear", "dog", "cat", "tow", "town", "city", "landscaper", "landscapers", "plow", "snowplow"})


def _named_one_did_it(words: str) -> bool:
    return any(match.group(1) not in NOT_SOMEONE and match.group(1) not in not_name_words()
               for match in NAMED_ONE_DID_IT.finditer(words))


# "his name is Kevin": a name given for someone, a suspect's unless the message is about the person it happened to
# ("Dev Patel, dev@..., 203-555-0142. her name is Asha Patel and her landline is ...": his mother, the victim).
# Someone suspected said as "him" or "her": "so prob him", "pretty sure it was her", "must have been them".
SUSPECTED_PERSON = re.compile(r"\b(?:prob|prolly|probably|pretty sure|must have been|must be|most likely|likely|gotta be|has to be|"
                              r"i bet|i think|i m sure|im sure|i am sure)(?: (?:it was|it s|its|that it was))? (?:him|her|them)\b"
                              r"(?! (?:to|for|about|that|a|the)\b)")
# Someone the message has just described, whom "him" can be: "an 8th grader named Tyler", "the guy next door".
SOMEONE_DESCRIBED = re.compile(r"\b(?:named|called)\b|\b(?:the|this|that|a|an|some) (?:\w+ )?(?:kid|guy|man|woman|girl|boy|grader|"
                               r"neighbou?r|student|teen|teenager|contractor|worker|roommate|tenant|ex)\b")
NAME_IS = re.compile(r"\b(?:his|her|their) name is\b(?! (?:on|in|written|printed|spelled))")
FOR_SOMEONE = re.compile(r"\b(?:my|our) (?:elderly |old |late )?(?:mom|mother|mum|dad|father|parents?|grandmother|grandfather|grandma|"
                         r"grandpa|aunt|uncle|son|daughter|wife|husband|kid|child|client|patient|mother in law|father in law)s?\b|"
                         r"\b(?:landline|cell|phone|number|email) is\b|\breporting (?:this )?for\b|\bon (?:his|her|their) behalf\b")


# A person named as the one they are sure or suspect did it, by a capitalised name: "im almost positive it was Connor".
SURE_IT_WAS_NAMED = re.compile(r"\b(?:it is|it's|its|it was) (?:probably|prob|likely|most likely|almost certainly) [A-Z][a-z]{2,} [A-Z][a-z]{2,}\b|"
                               # a witness naming them: "my neighbor saw him, it was Tom Reilly", "she says it was Dan Ortiz"
                               r"\b(?:saw (?:him|her|them|who did it)|says|said|swears|told (?:me|us))(?: that)?,? it was "
                               r"(?!(?:Westport|Norwalk|Weston|Wilton|Fairfield|Southport|Saugatuck|Compo|Main|Post|Sherwood|Merritt|Stop|Whole|Trader|Home)\b)"
                               r"[A-Z][a-z]{2,} (?!(?:Road|Street|Avenue|Lane|Beach|Park|Drive|Place|Way|Highway|Parkway|Turnpike|"
                               r"Center|Centre|Station|School|Library|Market|Mall|Plaza|Club|Lot)\b)[A-Z][a-z]{2,}\b|"
                               # "his friend saw Tyler Brennan from his grade hanging around the car"
                               r"\b[A-Z][a-z]{2,} [A-Z][a-z]{2,} from (?:his|her|my|our|their) (?:grade|class|school|team)\b|"
                               r"\b(?:positive|certain|convinced|sure|bet|suspect|believe)\b[^.?!]{0,12}?\b(?:it is|it's|its|it was) "
                               r"(?!I\b|It\b|The\b|A\b|An\b|Not\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                               r"January|February|March|April|May\b|June|July|August|September|October|November|December|"
                               r"Westport|Norwalk|Weston|Wilton|Fairfield|Southport|Saugatuck|Compo|Main|Post)[A-Z][a-z]{2,}\b")


# Words of not knowing: "no idea who", or in answer to the question, "no idea" alone.
NOT_KNOWING = r"(?:no idea|do not know|idk|dunno|did not see|never saw|not sure|no clue|unknown)"
NO_SUSPECT = re.compile(
    rf"\b{NOT_KNOWING} (?:who|whom)\b|"  # not "not sure what you'd call it"
    r"\bhow (?:would|should|could|do|can|am) (?:i|we) (?:supposed to )?know\b|"  # "how would i know who?? isnt that YOUR job"
    r"\b(?:not|no) (?:the )?(?:faintest|slightest|foggiest|least) (?:idea|notion|clue)\b|\bnot a clue\b|"
    r"\b(?:do not|can not|did not|never) recogni[sz]e (?:the|his|her|their) (?:voice|face|number|car)|"
    # "never seen the guy before", "didnt recognize them": a stranger
    r"\b(?:never|not) (?:seen|saw|met) (?:him|her|them|the (?:guy|man|woman|kid|kids|person|people|driver))(?: before)?\b|"
    r"\b(?:do not|did not|could not|can not) recogni[sz]e (?:him|her|them|the (?:guy|man|woman|kid|kids|person|people|driver))\b|"
    r"\b(?:a|some) (?:stranger|random person|random guy)|\bnobody (?:i know|saw)|\bno (?:suspects?|witnesses)\b|"
    r"\b(?:nobody|no one|none of us)(?: \w+){0,3} (?:recogni[sz]es|recogni[sz]ed|knows|knew) (?:him|her|them|who)\b|"
    # "camera shows two people in hoodies, can't tell who they are", "we don't see nobody, we was at lunch"
    r"\b(?:can not|could not|cannot) (?:tell|see|make out|identify|say) (?:you |ya )?(?:who|their faces?|any faces?|the faces?)|"
    # "only saw tail lights", "all i saw was a hoodie": too little seen to know anyone
    r"\b(?:only|just) (?:saw|seen|see|got) (?:the |their |his |some )?(?:tail ?lights?|back of|headlights|a hood|a hoodie|a shadow|a figure)\b|"
    r"\b(?:did not|do not|never|nobody|no one|i not|we not|i no) (?:see|saw|seen) (?:nobody|anybody|anyone|no one|someone|somebody|who)\b|"
    # "I saw no one, and the young man at the gate saw nothing either"
    r"\b(?:i|we) (?:saw|seen|noticed) (?:no one|noone|nobody|no body)\b")
# In answer to "Do you know who did it?" a bare "no idea" or "not sure" is enough; said in passing it is not
# ("also from number i dont know" is about a number).
NO_SUSPECT_IN_ANSWER = re.compile(rf"^(?:\w+ ){{0,3}}{NOT_KNOWING}\b")
_WEAPONS = vocabulary("weapons")
DANGEROUS = rf"(?:{alternation(_WEAPONS['firearms'] + _WEAPONS['blades'])})"
TOOL = rf"(?:{alternation(_WEAPONS['tools'])})"
LOOK_ALIKES = re.compile(rf"\b(?:{alternation(_WEAPONS['look_alikes'])})\b")
WEAPON = rf"(?:{DANGEROUS}|{TOOL}|weapon|weapons)"
HELD = (r"(?:had|has|have|holding|held|pointed|pointing|pulled|pulled out|showed|waved|waving|brandished|brandishing|"
        r"flicked open|flicked out|flipped open|flipped out|snapped open|"
        r"flashed|flashing|whipped out|whipping out|drew|pulled on (?:me|us|him|her)|raised|raising|"
        r"carrying|carried|armed with|threatened (?:me |us |him |her )?with|came at (?:me|us|him|her) with|swung|swinging)")
# What makes "gun" a tool or a toy ("a paslode nail gun in the bag", "glue gun"): never a weapon by itself.
NOT_A_FIREARM = r"(?<!nerf )(?<!glue )(?<!heat )(?<!nail )(?<!toy )(?<!water )(?<!staple )(?<!spray )(?<!paint )(?<!caulk )(?<!caulking )(?<!grease )(?<!massage )(?<!squirt )(?<!bb )(?<!pellet )(?<!airsoft )(?<!radar )(?<!label )"
HAD_WEAPON = re.compile(
    # A firearm or blade there or used, on anything; any weapon held toward a person.
    # Up to four words between ("had like a big hunting knife"): filler and describing words.
    rf"\b(?:{HELD}|with|w|used|saw|seen|see|noticed|spotted|there was|there were|caught) (?:\w+ ){{0,4}}(?:{NOT_A_FIREARM}{DANGEROUS}|weapon)s?\b|"
    rf"\b{HELD} (?:a |an |his |her |their |the )?(?:\w+ )?{TOOL}\b|"
    # Someone who came at the resident carrying one: "he got out with a metal baseball bat".
    rf"\b(?:got out|jumped out|came out|came over|walked up|ran up|came up|came toward \w+|approached \w+) "
    rf"(?:of (?:the |his |her |their )?\w+ )?with (?:a |an |his |her |their |the )?(?:\w+ ){{0,2}}{TOOL}\b|"
    rf"\b(?:at gunpoint|at knifepoint|shot at|bullet holes?|gunshot|shots fired|armed)\b|"
    # not a thing stabbed ("someone stabbed our inflatable Santa", "stabbed all four tires"): a blade on property is the damage
    rf"\bstabbed\b(?! (?:my|our|the|a|an|his|her|their|all|two|three|four|both) (?:\w+ ){{0,2}}(?:inflatables?|santa|snowman|"
    rf"reindeer|tires?|tyres?|pool|pumpkins?|jack o lanterns?|seats?|upholstery|cushions?|tent|kayak|raft|paddle ?boards?|"
    rf"balls?|decorations?|blow ?ups?|mattress|couch|sofa|bags?|screens?)\b)|"
    # "the back window of my car got shot out", "a pellet hole in the windshield": something fired at it
    rf"\b(?:got|was|were|been|get) shot (?:out|up|through)\b(?!.*\b(?:paint ?balls?|water ?balloons?|eggs?|nerf|snowballs?)\b)|"
    rf"\b(?:bb|pellet|airsoft) (?:gun|guns|rifle|pistol|holes?)\b|"
    # what a gun leaves behind, and the gun named as what was used: "two shell casings in the road", "yes, it was a gun"
    rf"\b(?:shell casings?|casings|spent (?:shells|rounds)|bullets?)\b(?! (?:points?|journals?|lists?|proof|train|chess))|"
    rf"\b(?:it was|it is|its|it s|they used|he used|she used|must have been|had to be|looks like|probably|prob|maybe|likely|i bet|guessing) "
    # ("it's a crossbow bolt", not "its a knife sharpener" or "it was a gun safe": a thing named after one)
    rf"(?:a |an )?(?:\w+ )?{DANGEROUS}\b(?! (?:sharpeners?|safes?|cases?|cabinets?|locks?|racks?|holders?|blocks?|sets?|"
    rf"shows?|shops?|ranges?|stores?|permits?|magazines?))|"
    rf"\b{WEAPON} (?:in|on|tucked in|sticking out of|clipped to|hanging from) (?:his|her|their) (?:waistband|belt|pocket|hand|hip|jacket)")
# A firearm among what was taken ("my pistol that was in the glovebox", "they stole my dads shotgun"): a stolen
# gun is reported to an officer, never online. Not a tool or toy called a gun.
FIREARMS = r"(?:gun|guns|handgun|handguns|pistol|pistols|rifle|rifles|shotgun|shotguns|firearm|firearms|revolver|glock|ar 15)"
# Said anywhere in a report, these are a firearm whatever the verb ("my sig sauer p365 that was locked in the
# glovebox", "does an officer need to come because of the pistol?"); "gun" alone is too often a tool or a toy.
FIREARM_NAMED = re.compile(r"\b(?:pistol|pistols|handgun|handguns|revolver|revolvers|rifle|rifles|shotgun|shotguns|firearm|firearms|"
                           r"glock|sig sauer|smith (?:and|&) wesson|beretta|ruger|p365|ar 15|mossberg|"
                           # a gun by its maker and model ("my old Remington 870"), not a Remington shaver
                           r"remington (?:870|700|1100|11 87|783|7600|model \d+)|winchester (?:model )?\d{2,4}|colt (?:1911|python|ar)|"
                           r"savage (?:axis|\d{2,3})|springfield (?:xd|armory|1911))\b(?! (?:permit|permits|range|class|course|license|licence))")
# A weapon spoken of as a threat: "on one voicemail he was going on about sharpening his knife".
WEAPON_THREAT = re.compile(r"\b(?:sharpen\w*|load\w*|threaten\w* (?:me |us |to \w+ (?:me |us )?)?with|talk\w* about|going on about|said (?:he|she|they) (?:has|had|have|would use)) "
                           r"(?:\w+ ){0,3}(?:knife|knives|gun|guns|blade|machete|pistol|rifle|shotgun)\b")
FIREARM_TAKEN = re.compile(
    rf"\b(?:stole|steal|stolen|took|taken|take|grabbed|missing|gone|also)\b(?:\W+\w+){{0,6}}?\W+{NOT_A_FIREARM}{FIREARMS}\b|"
    rf"\b(?:my|our|his|her|the) (?:\w+ )?{NOT_A_FIREARM}{FIREARMS} (?:was|were|is|are|got|that was|that were|which was)?\s?"
    rf"(?:stolen|taken|missing|gone|in the (?:glove ?box|console|trunk|car|truck|safe))\b|"
    # "my shotgun case was behind the seat, the remington 870 is gone too"
    rf"\b{NOT_A_FIREARM}{FIREARMS}\b(?:\W+\w+){{0,12}}?\W+(?:is|was|are|were|got) (?:also |now )?(?:gone|stolen|taken|missing)\b")
NO_WEAPON = re.compile(rf"\b(?:no|without|never saw (?:a|any)|did not see (?:a|any)|did not have (?:a|any)|"
                       # "no one saw any weapons", "none of us noticed a weapon": nobody saw or had one
                       rf"(?:nobody|no one|noone|none of us|neither of us) (?:had|saw|seen|noticed|spotted|carried|showed|used) (?:a|any)|"
                       rf"no sign of (?:a|any)|not any|not) (?:\w+ )?{WEAPON}\b|\bunarmed\b|\bno weapons?\b|"
                       # "There is certainly no question of a weapon"
                       rf"\b(?:no|never any|never a|not any) (?:question|mention|talk|chance|sign) of (?:a |any )?{WEAPON}\b")
# "Only garden shears, I assume. Nobody was threatened": what did the damage, turned on no one (read only when
# nothing says a weapon was there: "he pulled a knife, nobody was hurt" is a weapon).
ONLY_DAMAGE_DONE = re.compile(r"\b(?:nobody|no one|noone) (?:was|got|were) threatened\b|"
                              r"^(?:\w+ )?(?:only|just) (?:a |an |the |some |my |garden |hedge )?(?:shears|clippers|pruners|loppers|"
                              r"spray paint|paint|a key|key|keys|rocks?|stones?|markers?|sharpies?|eggs?|chalk)\b")


# In answer to "Do you know who did it?", this is enough too ("it was my neighbour's kid").
VICTIM_BEFORE = "".join(f"(?<!{verb} )" for verb in (
    "told", "asked", "ordered", "threatened", "pushed", "shoved", "grabbed", "hit", "punched", "scared", "chased",
    "followed", "robbed", "at", "to", "made", "forced", "cornered", "approached", "stopped", "surrounded"))
NAMED_IN_ANSWER = re.compile(
    rf"\b(?:it was|it is|its) (?:my|our|the) (?:former |old |ex )?{RELATION}|"
    # who it was, said alone in a terse answer: "neighbor kid prob", "kid next door. on my cam"
    r"^\W*(?:(?:prob|probably|def|definitely|maybe|pretty sure|i think|im pretty sure|i bet|gotta be|must be|its|it s|it was)\W+)*"
    r"(?:the |a |that |this )?(?:neighbou?rs?(?: s)? (?:kid|kids|son|daughter|boy|girl|teen|teenager)|"
    r"(?:kid|kids|boy|girl|guy|teen|teenager|lady|man|woman) (?:next door|across the street|down the street|upstairs|downstairs))\b|"
    # a relation the offender did something to is the victim: "he told my daughter to hand over the scooter"
    rf"{VICTIM_BEFORE}\b(?:my|our) (?:former |old |ex )?{RELATION}\b"
    # a relation who saw it is a witness: "my son saw him, a grown man in a grey hoodie"
    r"(?! (?:saw|seen|sees|noticed|spotted|heard|found|told|called|caught|yelled|watched|says|said|was there|chased|backed|ran|"
    r"went|tried|stopped|got|and i|and me|showed|shows|sent|"
    # the one it happened to: "my son is ok, he ran inside"
    r"(?:is|was|were|are) (?:ok|okay|fine|safe|alright|all right|unhurt|shaken|scared|upset|not hurt)|"
    # whose camera or house it was: "my neighbor's doorbell cam picked up the sound"
    r"(?:s )?(?:doorbell|camera|cam|cams|ring|video|footage|house|home|yard|driveway|porch|security|dog)|"
    # "my neighbor has a ring cam pointed at my driveway": whose camera it is
    r"(?:has|have|had|got) (?:a |an |the |his |her |their |some )?(?:doorbell|camera|cam|cams|ring|video|footage|security))\b)|"
    # a suspicion about someone by name: "I can't prove it, but yes, I think it's Kyle" (not "I think it was kids")
    r"\b(?:i|we) (?:\w+ )?(?:think|suspect|believe|bet|guess|am pretty sure|am sure) (?:that )?(?:it is|it was|its) "
    r"(?!(?:nothing|fine|over|gone|lost|kids?|teens?|teenagers|random|someone|somebody|some|a|an|the|just|probably|"
    r"last|around|about|at|on|in|from|yesterday|today|tonight|locked|unlocked|stolen|taken|me|mine|not|no|true|right|"
    r"possible|likely|unlikely|hard|fine|ok|okay|related|connected|them|him|her|they|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|morning|afternoon|evening|night|late|early|"
    r"after|before|there|here|open|closed|broken|damaged|parked|still|already|westport|norwalk|weston|wilton|fairfield|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b)[a-z]{3,}\b")


# A pet's or child's name is no suspect's: "orange tabby, her name is Pumpkin".
PET_OR_CHILD = re.compile(r"\b(?:cat|kitten|dog|puppy|pet|bird|parrot|rabbit|tabby|lab|retriever|terrier|daughter|son|kid|baby)\b")


# Who it was, by a family name ("It was the Delgado twins", "cam shows it was the Hendersons' teenage son"): people the resident
# can name. Not "the neighborhood kids" nor "the Amazon guy" (lowercase words, or a company).
FAMILY_NAMED = re.compile(r"\b(?i:it was|it's|its|it is|they were|that was|shows) (?i:it was )?(?i:the) (?!(?:Amazon|UPS|FedEx|USPS|Uber|DoorDash)\b)"
                          r"[A-Z][a-z]{2,}(?:s'|'s|s)? (?:(?:teenage|teen|little|older|younger|oldest|youngest|grown) )?"
                          r"(?:twins|brothers|sisters|kids|kid|boys|boy|girls|girl|family|sons?|daughters?|teens|teenagers)\b|"
                          # "pretty sure it was those kids, the Keller boy and his friends": the family named after a suspicion
                          r"\b(?i:it was|it's|its|pretty sure|sure|positive|bet|suspect|think|probably|prob|definitely)\b[^.?!]{0,40}?,\s*(?i:the|that) "
                          r"(?!(?:Amazon|UPS|FedEx|USPS|Uber|DoorDash|Westport|Norwalk|Weston|Compo|Saugatuck|Staples)\b)[A-Z][a-z]{2,}(?:s'|'s|s)? "
                          r"(?:(?:teenage|teen|little|older|younger|oldest|youngest|grown) )?(?:twins|brothers|sisters|kids|kid|boys|boy|girls|girl|family|"
                          r"sons?|daughters?|teens|teenagers)\b|"
                          # "the Kowalski kid drives them around", "do you want the Kowalski boys address too?": a family's
                          # child said to be with them or to be found at an address
                          r"\b(?i:the) (?!(?:Amazon|UPS|FedEx|USPS|Uber|DoorDash|Westport|Norwalk|Weston|Compo|Saugatuck|Staples)\b)"
                          r"[A-Z][a-z]{2,}(?:s'|'s|s)? (?i:kid|kids|boy|boys|girl|girls|twins|teen|teens|son|sons)(?:'s|s'|s)? "
                          r"(?i:drives?|drove|was with|is with|hangs? out with|lives? at|address|house|place)\b")


# A bare no, then a sentence of its own: the answer is no, whoever the next sentence names.
LEADING_NO = re.compile(r"^\W*(?:no|nope|nah|no sir|no maam)\s*[.!;]\s+\S", re.I)
AS_I_SAID = re.compile(r"^(?:as i (?:wrote|said|mentioned|told you|already said)|like i (?:said|wrote)|i already (?:said|told you))\s+"
                       r"(?:(?:no|nope)\s+)?")


def known_suspect_in(text: str, *, answering: bool = False) -> bool | None:
    """True when the resident says who did it, False when they say they do not know, else None.

    answering: the message answers the suspect question, so naming a relation is enough.
    """
    words = AS_I_SAID.sub("", prepare(text))  # "As I wrote, no, I have no idea": the answer after the reminder
    if PET_OR_CHILD.search(words):
        words = re.sub(r"\b(?:his|her|their) name is \w+", " ", words)
    # "No. My neighbor's doorbell cam picked up ...", "No. Is it worth checking with my neighbors for video?" (a no, then
    # a question: "No. But I think my neighbor Tom did it" still names him)
    said_no = answering and (NO_SUSPECT_IN_ANSWER.search(words) or (LEADING_NO.match(text or "") and "?" in (text or "")))
    if KNOWN_SUSPECT.search(words) or (answering and NAMED_IN_ANSWER.search(words) and not NO_SUSPECT.search(words)
                                       and not said_no):
        return True
    if NAME_IS.search(words) and not FOR_SOMEONE.search(words):
        return True
    if _named_one_did_it(words):
        return True  # "i think jake took it tbh"
    if SUSPECTED_PERSON.search(words) and (answering or SOMEONE_DESCRIBED.search(words)):
        return True  # "my son says an 8th grader named Tyler Marsh kept messing with it last week so prob him"
    if ONLY_ONE_WITH_ACCESS.search(words):
        return True  # "the only person who's been in that shed lately is the landscaper I fired last month, Rick Dunphy"
    if SURE_IT_WAS_NAMED.search(straighten(text or "")) or FAMILY_NAMED.search(straighten(text or "")):
        return True  # "im almost positive it was Connor Walsh", "it was the Delgado twins"
    if NO_SUSPECT.search(words) or (answering and NO_SUSPECT_IN_ANSWER.search(words)):
        return False
    return None


# The one person who could have done it, pointed at: "the only person who has been in that shed lately is the landscaper".
ONLY_ONE_WITH_ACCESS = re.compile(r"\bthe only (?:person|one|people|guy|other person|others) (?:who|that|with)\b(?: \w+){1,10}? "
                                  r"(?:is|was|are|were) (?:the|my|our|his|her|their|a|an|this|that) (?!(?:cleaning|mail|delivery)\b)\w+")


# A tool named, then held toward a person by pronoun: "a bat ... then waved it at me through the window".
TOOL_TURNED_ON_SOMEONE = re.compile(
    rf"\b{TOOL}\b.*\b(?:waved|waving|swung|swinging|pointed|pointing|raised|shook|shaking|brandished) (?:it|that|the thing) "
    r"(?:\w+ )?(?:at|toward|towards|in front of) (?:me|us|him|her|my (?:face|head|wife|husband|son|daughter|kid|kids|window))\b")
# "stole my guns. NAIL guns lol": when the message names a tool or toy gun, a bare "guns" is that.
NOT_A_FIREARM_GUN = re.compile(r"\b(?:nerf|glue|heat|nail|toy|water|staple|spray|paint|caulk|caulking|grease|massage|squirt|radar|label) guns?\b")


# A noise taken for a shot, then told to be something else ("At first we thought it was a gunshot ... It was a rock").
SOUNDED_LIKE_A_SHOT = re.compile(r"\b(?:thought|think|sounded|sounds|sound|seemed|(?:a |the )?(?:bang|noise|pop|boom|crack)s?) (?:it was |like |liked )?(?:a |an )?"
                                 r"(?:gunshot|gun shot|gunshots|gun shots|shot|shots|gun going off)\b|"
                                 # "First I thought someone SHOT at my car ... Nope, looks like somebody went at it with a screwdriver"
                                 r"\b(?:thought|figured) (?:someone|somebody|they|he|she|some kid|kids) (?:had )?(?:shot|fired|was shooting)"
                                 r"(?: at)?\b(?=.{0,120}\b(?:nope|turns out|turned out|looks like|but it was|actually)\b)")


# A gun said to be gone, not one said to be safe ("the rifle in the safe was not touched").
GUN_GONE = re.compile(r"\b(?:stole|stolen|took|taken|grabbed|missing|gone)\b")
GUN_LEFT = re.compile(r"\b(?:not|never|wasnt|werent|was not|were not) (?:touched|taken|stolen|missing|gone)\b")


# A firearm or blade named on its own, as an answer or to point back at it: "i mean the machete?", "a knife".
WEAPON_ALONE = re.compile(rf"^(?:(?:i mean|i meant|what about|well|yes|yeah|yep|um|uh) )?(?:a |an |the |his |her |their |that )?"
                          rf"{NOT_A_FIREARM}{DANGEROUS}s?$")


def weapon_in(text: str) -> bool | None:
    """True when a weapon was involved, False when the resident says none was, else None."""
    words = LOOK_ALIKES.sub(" ", SOUNDED_LIKE_A_SHOT.sub(" ", prepare(text)))  # "had a book club meeting": no club
    firearm_taken = FIREARM_TAKEN.search(words) and not NOT_A_FIREARM_GUN.search(words)
    if firearm_taken and GUN_GONE.search(words) and not GUN_LEFT.search(words):
        return True  # "no nobody had a weapon. oh and ... the remington 870 is gone too": a stolen gun is an officer's
    if NO_WEAPON.search(words):
        return False
    if HAD_WEAPON.search(words) or firearm_taken or FIREARM_NAMED.search(words) or WEAPON_THREAT.search(words) or \
            TOOL_TURNED_ON_SOMEONE.search(words) or WEAPON_ALONE.match(words):
        return True
    if ONLY_DAMAGE_DONE.search(words):
        return False
    return None
