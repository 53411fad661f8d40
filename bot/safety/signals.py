"""The vocabulary of the emergency detector: what danger sounds like when residents type it.

Patterns are written against `text.prepare(text)`: lower case, punctuation
removed, phone spellings expanded ("hes" -> "he is", "rn" -> "right now").
Edit here to teach the detector a new phrasing; emergency.py holds the logic
(clauses, negation, past tense) and tests/bot/test_emergency.py the labelled set.
"""
from __future__ import annotations

CRIME_IN_PROGRESS = "crime_in_progress"
DANGER_OR_INJURY = "danger_or_injury"
WEAPON_PRESENT = "weapon_present"
FIRE = "fire"
MEDICAL = "medical"
THREAT_OF_VIOLENCE = "threat_of_violence"
SELF_HARM = "self_harm"


PERSON = (r"(?:he|she|they|someone|somebody|some one|some (?:guy|dude|kid|kids|man|woman|people|person|teens?)|"
          r"(?:a|the|this|that|two|three|some) (?:guy|guys|dude|dudes|man|men|woman|women|lady|person|people|kid|kids|boy|boys|"
          r"girl|girls|teen|teens|teenagers|intruder|burglar|thief|thieves|stranger|strangers|group)|guy|dude|man|woman|people|"
          r"kids|intruder|burglar|thief|stranger|my (?:ex|neighbor|neighbour|husband|wife|boyfriend|girlfriend|son|daughter|"
          r"dad|father|mom|mother|brother|sister|roommate|landlord))")
WEAPON = (r"(?:gun|guns|handgun|pistol|rifle|shotgun|firearm|revolver|knife|knives|blade|machete|weapon|weapons|"
          r"baseball bat|bat|crowbar|hammer|axe|taser|sword|razor)")
CRIME_VERB_ING = (r"(?:smashing|breaking|stealing|taking|siphoning|running (?:away|down|off|toward|at)|driving (?:off|away)|spray painting|painting|vandalizing|keying|slashing|"
                  r"robbing|looting|prowling|climbing|jimmying|prying|trying|walking around|going through|rummaging|"
                  r"checking (?:car )?doors|pulling on|hitting|beating|attacking|fighting|shoving|punching|kicking|"
                  r"stabbing|shooting|following|chasing|stalking|banging|pounding|lurking|hiding|loading|carrying)")

PILLS = r"(?:pills|meds|medication|medications|tablets|sleeping pills|tylenol|advil|oxy|oxycodone|xanax|ambien|painkillers|opioids|insulin)"

# Signals that stay live after the fact: only "weeks/months/years ago" closes them.
LIVE_SIGNALS: dict[str, list[str]] = {
    # Shots heard seconds or minutes ago are still a shooting; last night's are a report.
    WEAPON_PRESENT: [
        r"(?:heard|hear|hearing) (?:\w+ )?(?:gun ?shots?|gunfire|shots)\b(?!.*\b(?:last night|yesterday|earlier|this morning|hours? ago|days? ago|the other)\b)",
    ],
    # Someone found in that state now needs an ambulance, even though "found" reads as past.
    MEDICAL: [
        r"found (?:a|an|the|my|some|this) (?:\w+ ){0,6}(?:unconscious|unresponsive|not breathing|passed out|not moving)\b(?!.*\b(?:yesterday|last|ago|earlier)\b)",
    ],
    SELF_HARM: [
        r"kill(?:ing)? myself", r"\bsuicid", r"end (?:my life|it all|my own life)", r"\b(?:want|going|ready|about) to end it\b",
        r"\bend it (?:tonight|today|now)\b", r"want to die", r"(?:do not|dont) want to (?:live|be alive|be here|wake up)",
        r"(?:hurt|cut|cutting|harm|harming) myself", r"(?:use|using|do|doing) it on myself", r"no reason to live",
        r"better off (?:dead|without me)", rf"(?:took|taken|swallowed|ate|take|taking|swallow) (?:a bunch of|too many|all (?:my|the|of my)|a lot of|a handful of|a (?:whole |full |entire )?bottle of|the whole bottle of|my|some) (?:\w+ )?{PILLS}",
        r"(?:swallowed|took|ate|drank) (?:a|the) (?:whole |full |entire )?bottle", rf"(?:have|got|holding) (?:a |the |my )?(?:bottle of )?{PILLS} (?:right )?(?:here|in front of me|ready|in my hand)",
        r"(?:no|not see the|do not see the|do not see any|lost the|there is no) point (?:of|in) (?:living|life|going on|being alive|anything)",
        r"(?:life|living) is (?:not|no longer) worth", r"not worth living", r"(?:give|giving|gave) up on (?:life|living|everything)",
        r"want to disappear forever", r"(?:tired|sick) of (?:living|being alive)",
        r"\bjump off\b", r"if i (?:died|was dead|were dead|was gone)", r"wish i (?:was|were) dead", r"i have a plan",
        r"(?:have|got) the pills", r"pills in front of me", r"what is the point", r"i am done with (?:life|everything|it all)",
        r"(?:garage|car) with the (?:car|engine) running", r"(?:do not|dont) want to be here anymore",
        r"end(?:ing)? it all", r"ending (?:my life|it)\b", r"thinking (?:about|of) (?:ending|killing|hurting)",
        # Indirect: farewells, plans, being a burden, not being there tomorrow.
        r"\b(?:can not|cant) (?:do this|go on|keep (?:going|living)|take (?:it|this)) any ?more\b", r"want (?:it all|everything|the pain) to (?:stop|end)",
        r"(?:said|saying|say|texted|sent|wrote|posted) (?:my |a |\w+ )?goodbyes?\b|\bgoodbye (?:to|message|note|letter|post|thing)\b|\bthanks for everything and goodbye",
        r"\b(?:last|final) (?:message|text|goodbye)\b", r"\btell (?:my|her|his) (?:mom|mother|dad|father|kids|family|wife|husband) i love",
        r"\b(?:the|a|my) rope\b", r"(?:wrote|left|writing) (?:letters|a letter|notes|a note) (?:for|to) (?:everybody|everyone|my)",
        r"left a note (?:that says|saying)", r"(?:do not|dont) look for me", r"\b(?:will not|wont|not going to|am not going to) (?:be (?:here|around|alive)|need (?:it|them|any of it|anything))",
        r"\bwhere i am going\b", r"(?:tonight|today) is (?:the night|the day|it)\b", r"\bthink tonight is it\b",
        r"\b(?:i am|im) ending it\b", r"made up my mind", r"(?:i am|im|feel like) (?:nothing but )?a burden", r"(?:better|relieved) (?:off )?(?:without|if i)",
        r"(?:nobody|no one) would (?:even )?(?:notice|care|miss me)", r"disappear(?:ing)? forever", r"not wake up (?:ever|again)",
        r"(?:gave|giving) away (?:my|all my|most of my) (?:stuff|things|dog|cat|belongings)", r"nothing left to (?:take care of|live for)",
        r"(?:myself|my (?:arm|arms|wrist|wrists|legs?|skin|head)) on purpose", r"(?:banging|hitting|cutting|burning) my (?:head|arm|arms|wrist|wrists|legs?)",
        r"pills? counted", r"pile of pills",
        r"(?:i am|im|standing|sitting|climbing|climbed|he is|she is|hes|shes|someone is|a \w+ is) (?:up )?(?:on|onto|over|at the edge of|on the edge of|on the outside of) (?:the|a) (?:railroad |train )?(?:bridge|overpass|ledge|roof|railing|top level)",
        r"kill (?:himself|herself|themselves)|end (?:his|her|their) (?:own )?life|(?:he|she|they) (?:wants?|want) to die",
        r"(?:drive|driving|crash|crashing) (?:my car )?(?:off|into) (?:the|a) (?:bridge|tree|wall|river|water)", r"wants? to die\b",
        r"(?:how|exactly how) (?:i am|im) going to do it", r"everything is ready", r"wont need it after", r"\bimplement my plan\b",
        # From the second development corpus: how indirect it gets.
        r"\b(?:kms|kys|unalive)\b", r"(?:will not|not going to|do not think i will|do not think ill|dont think ill) be (?:here|around|alive|a problem|anyones problem|a burden)",
        r"(?:nothing|none of it|it) (?:matters|does not matter|doesnt matter) (?:any ?more|after|now)\b|nothing matters\b", r"(?:once|when|after|if) (?:i am|im) (?:gone|dead)",
        r"(?:never|not) wake up\b", r"bleed out|how deep (?:do|does|should)|how many (?:of my )?(?:\w+ )?pills|enough (?:\w+ )?pills|antifreeze|make it look like an accident",
        r"(?:no|any) way out\b", r"\b(?:i am|im) (?:just )?so done\b|done with (?:all of )?(?:it|everything|life)\b",
        r"(?:disappear|not exist|sleep|be gone|rest|stop)\w* (?:\w+ ){0,3}(?:permanently|forever|for good)|the permanent kind",
        r"\bcut again\b|(?:hurting|hurt|harming) myself", r"(?:walk|walking|go|going|swim|swimming) (?:out )?into the (?:sound|water|ocean|river|lake|sea|waves)",
        r"not (?:planning|going) to (?:walk|come|swim) back|not coming back\b", r"\bnoose\b|(?:cord|rope) is (?:already )?tied|tied to the (?:beam|rafter|railing)",
        r"whoever finds me|(?:do not|dont) (?:bother )?(?:sending|send) anyone|already took (?:them|it|the pills)|took everything in the bottle",
        r"(?:will not|wont) hear from me again|sorry for wasting|read it after|make sure my (?:cat|dog|kids?|children|pets?) (?:gets?|is|are)\b|(?:will not|wont) be able to\.?$",
        r"(?:world|everyone|everybody|my family|they) would be (?:better|lighter|happier|fine) without me|waste of space|(?:removing|remove|fix|fixing) (?:the problem|that|it) tonight",
        r"(?:pain|noise|voices?) (?:will|to) stop (?:soon|permanently|for good)|want the (?:noise|pain|voices?) (?:in my head )?to stop",
        r"\b(?:i have|ive|i) decided\b", r"it ends tonight", r"(?:join|be with) (?:her|him|them) soon", r"giving (?:my )?(?:things|stuff) away|who gets my stuff",
        r"my passwords? to|(?:can not|cant) do this another day", r"staring at (?:them|the pills|my pills)", r"see you never", r"a last one\b|my last (?:night|day)",
        r"thank you for everything.*(?:phone|off|answer)|(?:phone|answer).*thank you for everything",
        # From the held-out set's misses (now development data): a plan made, being missed, a last report.
        r"(?:nobody|no one) (?:will|is going to|is gonna) (?:even )?(?:notice|care|miss me)", r"made (?:my|the) plan|have my plan",
        r"last (?:thing|message|report|text) (?:i|ill|i will|i am going to) (?:ever )?(?:report|say|write|send|post|do)\b",
    ],
    THREAT_OF_VIOLENCE: [
        r"threat(?:en|ens|ened|ening)?\w* (?:to |that (?:he|she|they) (?:will|would|is going to|are going to) )?(?:kill|hurt|shoot|stab|beat|murder|harm|burn|come|blow up)",
        r"(?:will|would|going to|is coming to|coming to) (?:\w+ ){0,4}(?:kill|shoot|stab|hurt|murder|beat|burn|finish it|finish me|get me|come for me|shoot up|blow up|break (?:my|your|his|her) \w+)",
        r"\b(?:stab|shoot|kill|hurt|beat) (?:me|us)\b", r"death threats?", r"bomb threat", r"\bbomb\b", r"\bthreatening (?:me|us|my)\b",
        r"you are (?:dead|next|going to die)", r"\byour dead\b", r"it will be you", r"burn (?:my|your|the|our|his|her) \w+ down",
        r"(?:violating|violated|broke) (?:a |the |my |his |her )?(?:restraining|protective) order", r"on (?:his|her|their) way (?:here|over)",
        r"\bblow(?:ing)? up\b", r"you (?:die|will die)\b", r"see you soon", r"i know where you live", r"(?:until|by|before) midnight",
        r"(?:your|you and your) (?:family|house|kids) (?:burns|will burn|are dead|will die|is next)", r"run (?:me|you|us) over", r"shoot everyone",
        r"jump me\b", r"\bexplosives?\b|will go off", r"not leaving until", r"says? nobody is leaving",
        r"(?:you will|youll|he will|hell|you are going to|youre going to) regret", r"(?:photo|picture|pic|pictures|photos) of (?:my|our|me|the) (?:kids|children|son|daughter|house|front door|door|car|window|room)|pictures of me",
        r"(?:your|my|his|her) last (?:night|day)\b|last thing (?:you|i|he|she) (?:will )?(?:ever )?do", r"accidents happen", r"(?:none|neither|no one) of us will make it", r"(?:i|we) can see (?:you|your)",
        r"(?:will|ll|is|be) waiting (?:for|in|outside|at|when)", r"(?:someone|a man|somebody|they) will (?:visit|come (?:for|tonight|by))", r"walks? home alone",
        r"tick tock", r"(?:will not|wont) protect you", r"(?:mailed|sent|left|gave) (?:me |us )?a bullet|bullet with (?:my|your|our|his|her) name", r"(?:going to|gonna|will) handle (?:him|her|them|our|my)", r"(?:end|finish) me\b",
        r"look out (?:your|the) window", r"(?:do not|dont|does not|doesnt) deserve to (?:live|see)", r"see (?:who is|whos) laughing", r"stops? breathing",
        r"which room", r"jump (?:him|her|them|my)", r"collect from (?:me|you)", r"find out what happens", r"(?:lights|light) (?:to )?go (?:off|out)",
        r"snitches", r"(?:will not|wont) be (?:picking|coming home|working here)", r"one eye open", r"hospital bed", r"see you at (?:pickup|school|work|home)",
        r"will be over tonight|it will be over", r"(?:my|your|her|his) address .*\bsoon\b|\bsee you soon\b",
    ],
    DANGER_OR_INJURY: [
        r"\bkidnap", r"\babduct", r"(?:took|grabbed|pulled|dragged|forced) (?:a|the|my|his|her|this) (?:kid|child|girl|boy|baby|woman|daughter|son|toddler) (?:into|in)\b",
        r"(?:kid|child|son|daughter|baby|toddler|grandson|granddaughter) (?:\w+ ){0,2}missing", r"(?:person|someone|somebody|man|woman|kid|child|people) (?:is |are )?in the water",
        r"\bdrowning\b", r"about to jump", r"held against (?:my|her|his|their|our) will", r"\bhostage\b",
    ],
}

# Signals whose parts fall into different clauses ("went kayaking at 2 and was supposed to be back
# by 4. its almost dark"), matched against the whole message; any past time or denial closes them.
MESSAGE_SIGNALS: dict[str, list[str]] = {
    DANGER_OR_INJURY: [
        r"(?:kayak|paddl|canoe|boat|sail|swim|surf|fish)\w*\b.*\b(?:supposed to be back|(?:not|never) (?:came|come) back|(?:is not|isnt|not) back|overdue)\b",
    ],
}

IMMEDIATE = r"(?:right now|as we speak|this second|this minute|at this moment|happening now)"

SIGNALS: dict[str, list[str]] = {
    WEAPON_PRESENT: [
        rf"(?:has|have|got|holding|pointing|pointed|waving|brandishing|carrying|pulled|pulled out|with|armed with|swinging|showing|showing off|flashing) (?:a |an |his |her |their |the )?(?:\w+ )?{WEAPON}\b",
        r"\bshots fired\b", r"\bgunshots?\b", r"\bshots\b", r"\bshooting\b", r"(?:been|got|was|is|just) shot\b",
        r"\bshot (?:at|him|her|me|someone|somebody|them|us)\b", rf"\b{WEAPON}\b", r"\barmed\b", r"got stabbed|been stabbed",
    ],
    MEDICAL: [
        r"not breathing", r"(?:can not|could not|hard to|trouble|struggling to|tell if (?:he|she|they) (?:is|are)) breath", r"chest (?:pains?|hurts|is hurting)",
        r"heart attack", r"\boverdos(?:e|ing)\b", r"\bseizures?\b", r"\bstroke\b", r"\bunresponsive\b", r"\bunconscious\b",
        r"passed out", r"\bcollapsed\b", r"\bchoking\b", r"allergic reaction", r"\banaphyla", r"\bambulance\b",
        r"turning blue", r"\bfainted\b", r"face (?:is )?drooping", r"slurring", r"can not (?:talk|speak) right",
        r"asthma attack", r"inhaler (?:is not|isnt|not) working", r"arm (?:is )?numb", r"(?:will not|wont|can not) wake up",
        r"throwing up", r"\bvomiting\b", r"confused and sweating", r"can not stand", r"\bdiabetic\b.*\b(?:confused|shaking|sweating|passed)",
        # Signs described in everyday words.
        r"(?:lips|face|fingertips|fingers|skin) (?:are |is |look |looks |turning |went )?(?:blue|purple|grey|gray|pale grey)", r"went (?:pale|grey|gray|blue)",
        r"not (?:responding|making sense)|(?:will not|wont|does not|doesnt|can not) (?:respond|wake|answer me|stay awake)|(?:can not|could not) wake (?:him|her|them)",
        r"(?:barely|not|slow|slowly|super slow|weird) breathing|breathing (?:super |really |very )?(?:slow|weird|funny|shallow)|gasping|wheezing|(?:can not|cant) catch (?:my|his|her) breath",
        r"throat (?:is )?(?:closing|swelling|tight)|(?:face|tongue|lips|throat|eyes) (?:is |are )?(?:swelling|swollen|feel huge)|\bhives\b|\bepi ?pen\b",
        r"\bslurr|\bdroop|words (?:are )?(?:coming out )?(?:all )?jumbled|(?:can not|cant) (?:lift|move) (?:his|her|my) (?:right |left )?(?:arm|leg)|worst headache",
        r"\bjerking\b|foaming at the mouth|eyes (?:rolled|rolling)|\bseizing\b|convuls", r"shaking all over",
        r"\bspurting\b|soaked (?:through|with blood)|(?:wont|will not|can not) stop (?:the )?bleeding|\bbleeding (?:a lot|badly|everywhere)",
        r"(?:bent|twisted) the wrong way|bone (?:is )?(?:sticking|poking) out", r"blacking out|keep passing out|(?:he|she) passed out",
        r"\bpupils\b", r"nodding out", r"\bfentanyl\b|\bheroin\b|narcan", r"face down in", r"(?:slumped|collapsed) (?:over|on)",
        r"elephant (?:is )?(?:sitting )?on (?:my|his|her) chest|(?:clutching|holding) (?:his|her|my) chest|pain (?:shooting )?(?:down|in) (?:my|his|her) (?:left )?arm",
        r"(?:puking|throwing up) and dizzy|dizzy and (?:puking|throwing up)", r"ice cold", r"got into the (?:bleach|pills|medicine|cleaning)",
        r"ate (?:a bunch of|some of) (?:my|his|her|the) (?:\w+ )?pills", r"asking (?:me )?the same question", r"keeps? (?:asking|repeating) (?:the same|what day)",
        r"(?:fell|fallen) (?:down|off|from) .*(?:not moving|can not get up|head|unconscious|bleeding)", r"hit (?:my|his|her) head",
        r"(?:grandpa|grandma|grandfather|grandmother|mom|dad|mother|father|husband|wife|he|she|son|daughter|man|woman|guy|lady|someone|somebody|neighbou?r) (?:just )?(?:fell|collapsed) (?:over|down)\b",
        r"(?:is not|isnt) (?:answering|responding to) (?:me|us)\b",
    ],
    FIRE: [
        r"\bon fire\b", r"(?:a|the|big|huge|house|brush|car|kitchen|grease|electrical|building|garage|there is a|there is) fire\b",
        r"\bfire (?:in|at|on|outside|next door|spreading|everywhere|upstairs|downstairs|across|is)\b", r"caught fire",
        r"catching(?: fire)?\b", r"set (?:a )?fire", r"\bflames?\b", r"\bsmoke\b", r"\bsmoking\b", r"\bburning\b",
        r"gas leak", r"smell(?:s|ing)? (?:like |of )?gas", r"gas smell", r"\bexplo(?:sion|ded)\b", r"carbon monoxide",
        r"\bfire alarm\b", r"power lines? (?:is |are )?down", r"wires? (?:is |are )?down", r"\bsparking\b", r"\bsparks\b",
    ],
    DANGER_OR_INJURY: [
        r"(?:is|am|are|got|been|was just|were just|just got) (?:badly |seriously |really )?(?:hurt|injured|stabbed|beaten|bleeding|trapped|stuck|hit by|robbed|mugged|attacked|assaulted|carjacked|jumped)",
        r"\bbleeding\b", r"\bblood\b",
        r"(?<!can you )(?<!could you )(?<!would you )(?<!you )\b(?:help|save) (?:me|us|her|him)\b(?! (?:with|to|understand|figure|file|fill|report|out|find|know|please i do not|i do not|how|get))",
        r"\bhelp\b(?: \w+){0,2} (?:now|hurry|quick|asap|immediately)\b", r"\bi am scared\b",
        r"(?:hitting|beating|choking|strangling|hurting|kicking|punching|attacking|stabbing|shoving|pushing) (?:me|her|him|us|my|them|someone)",
        r"\b(?:shoved|pushed|punched|slapped|attacked|jumped|hit|choked|grabbed) (?:me|her|him|us|my (?:wife|husband|son|daughter|kid|child|mom|mother|dad|father|friend|brother|sister|girlfriend|boyfriend|neighbor|neighbour))\b",
        r"(?:getting|being) (?:beaten|hit|attacked|jumped|mugged|robbed|stabbed|hurt|held)", r"hit (?:a|the) (?:pedestrian|kid|child|person|man|woman|cyclist|biker|jogger)",
        r"drunk (?:and )?driv|driving drunk|drunk driver|driving (?:into things|erratically|recklessly|on the sidewalk)",
        r"in danger|not safe|unsafe|scared for my life|afraid for my life|fear for my life",
        r"(?:fight|fighting|brawl) (?:outside|going on|in the street|right now)", r"(?:child|kid|baby|toddler|little \w+) (?:\w+ ){0,3}alone",
        r"(?:child|kid|baby|toddler) (?:is )?(?:missing|locked in)", r"hit by a car", r"\bhostage\b",
        r"(?:screaming|crying|yelling|calling) for help", r"\bnot moving\b", r"lying (?:in|on) the (?:road|street|ground|floor|sidewalk)",
        r"hiding (?:in|from|under)", r"(?:i am|we are) hiding", r"(?:can not|could not) get up", r"wandered (?:off|away)",
        r"on the ice|through the ice", r"\bcracked\b.*\bice\b|\bice\b.*\bcracked\b", r"things crashing", r"\bin danger\b",
        r"(?:locked|trapped|stuck|pinned|wedged) (?:in|under|between|inside)", r"(?:will not|wont|not) let (?:me|her|him|us|anyone) (?:leave|go|out)",
        r"restraining order|protective order", r"(?:following|followed|tailing) me|made \w+ turns", r"\bswerving\b", r"screaming (?:inside|for|and)",
        r"(?:can not|cant) find (?:my|our) (?:\d+ (?:yr|year) old|son|daughter|kid|child|toddler|baby|little)|\blost my (?:son|daughter|kid|child|toddler)\b",
        r"(?:can not|could not) find (?:him|her) anywhere",
        r"(?:dementia|alzheimers).*(?:walked|got|wandered) out|(?:walked|got|wandered) out.*(?:dementia|alzheimers)",
        r"(?:baby|child|kid|toddler|dog) (?:\w+ ){0,3}(?:left )?(?:alone )?in (?:a|the) (?:hot )?car|(?:baby|toddler|child) (?:\w+ ){0,4}left on the",
        r"in the middle of the (?:road|street|highway|intersection)", r"rotten egg|smells? like (?:gas|rotten eggs)|\breeks\b",
        r"(?:pulled|swept|dragged) out by the (?:current|tide|waves)|head bobbing|(?:is not|isnt|not) coming back up|went under",
        r"upside down", r"(?:bit|bitten|attacking|mauling) .*(?:still|growling)", r"by (?:herself|himself|themselves)|nobody around|no adult",
        r"(?:high|drunk|wasted) and (?:going crazy|violent|punching|swinging|attacking)", r"throwing things", r"punching (?:holes|walls)",
        r"(?:trench|dirt|ceiling|roof|tunnel|ground|snow) (?:\w+ )?caved in|caved in on (?:him|her|them|top)|buried (?:under|in)", r"(?:knocked|shoved|pushed) (?:her|him|his grandmother|her grandmother|an old \w+) down",
        r"(?:went|drove) up on the sidewalk", r"\bhit some (?:kids|people)\b", r"bloody (?:face|nose|head)", r"\bbrawling\b",
        r"(?:been|is|was) on the (?:floor|ground) (?:a while|for|since)", r"(?:can not|cant) (?:move|lift) (?:her|him|my)",
    ],
    CRIME_IN_PROGRESS: [
        rf"{PERSON} (?:is|are) (?:still |now |currently )?(?:here|there|outside|inside|nearby|around|close by|in (?:my|the|our)|at (?:my|the|our)|on (?:my|the|our)|hiding|lurking|waiting|standing|walking around|back|coming back|coming in|coming)",
        rf"there (?:is|are) {PERSON} (?:\w+ )?(?:outside|inside|in|at|on|by|near|under|looking|walking|standing|hiding)",
        r"\b(?:intruder|intruders|prowler|prowlers)\b", r"being (?:stolen|broken into|vandalized|damaged|keyed|taken|towed away by)",
        rf"(?:{PERSON}|fight|fighting|robbery|break in|burglary|stealing|breaking).*{IMMEDIATE}", rf"{IMMEDIATE}.*{PERSON}",
        rf"{PERSON} (?:is |are )?(?:\w+ )?{CRIME_VERB_ING}", rf"there (?:is|are) {PERSON} {CRIME_VERB_ING}",
        r"(?:is|are) (?:still )?(?:breaking|trying to break|trying to get|getting|forcing (?:their|his|her|the) way|climbing) (?:in|into)",
        rf"{PERSON} (?:is|are) (?:robbing|stealing|taking|attacking|kidnapping|grabbing|following|chasing|stalking)\b",
        r"(?:is|are|am|being) (?:being )?(?:robbed|followed|chased|kidnapped|attacked|mugged)\b",
        r"(?:dog|dogs|pit ?bull|coyote|coyotes|bear|animal) (?:is |are )?(?:attacking|biting|mauling|chasing|going after)",
        r"break ?in (?:in progress|happening|right now|now)", r"in progress", r"happening (?:right )?now",
        rf"{PERSON} (?:is )?(?:in|inside) (?:my|the|our) (?:house|home|apartment|garage|basement|room|bedroom|yard|car|backyard|truck)",
        r"(?:trying|try) to (?:break in|get in|open (?:my|the) (?:door|window|car)|kick (?:in )?(?:my|the) door)",
        r"(?:kicking|banging|pounding) (?:in |on )?(?:my|the|our) (?:door|window)", r"(?:he|she|they|someone|somebody) just (?:broke|got) in",
        r"(?:i |we )?(?:can )?(?:see|hear|watching|seeing|hearing) (?:someone|somebody|some \w+|a (?:guy|man|woman|person|kid)|people|the (?:guy|man|person)|him|her|them)\b",
        r"following me", r"call 911", r"(?:call|send|need|get) (?:the )?(?:police|cops|911|help|an officer|someone|officers|an ambulance) (?:\w+ ){0,3}(?:now|right now|asap|immediately|quick|hurry|fast|here)\b",
        r"(?:this|it) is an emergency", r"\bemergency\b(?! (?:line|number|room|contact|brake|lane|kit|exit))",
        r"forcing (?:himself|herself)|\brap(?:e|ing)\b|\bgroping\b|(?:he|she) (?:will not|wont) stop", r"trying to start (?:my|the|a) car|hot ?wiring",
        r"(?:jiggling|rattling|trying) (?:my|the) (?:front |back )?(?:door|handle|knob|lock)", r"(?:someone|somebody) (?:just )?(?:came|got|kicked) (?:in\b(?! ?to)|their door|the door)",
        r"(?:kicked|kicking) (?:in )?(?:the|their|my|our) door", r"ringing the (?:door ?bell|bell) (?:nonstop|over and over)", r"went around (?:the )?back",
        r"crawling under (?:my|the) car", r"jumped the counter|grabbing (?:cash|money) from", r"(?:drags|dragging|dragged|pulling|pulls) (?:him|her|a kid|a child|a girl|a boy|a woman) (?:to|into|toward)",
        r"pouring (?:gas|gasoline|lighter fluid)", r"locked (?:himself|herself|themselves) in",
    ],
}

# Words that make a clause about the present, so a past-tense verb in it does not close the danger.
PRESENT = (r"\b(?:now|right now|still|currently|at the moment|as we speak|this second|this minute|hurry|asap|immediately|"
           r"quick|please help|just now|again|is back|are back|tonight|come quick|on (?:his|her|their) way)\b"
           r"|\bjust\b(?! (?:want|wanted|need|needed|a|the|to|like|found|noticed|realized|discovered|got back|came back|checked|saw|got home|"
           r"letting|saying|asking|wondering|checking|curious|so you know|in case|reporting|filing|to let))"
           r"|\b(?:is|are|am) \w+ing\b|\bthere is\b|\b(?:has|have) (?:a|an|his|her)\b"
           # Minutes ago is still now: the person may be close by and someone may be hurt.
           r"|\b(?:\d+|a|one|two|few|a few|couple|a couple of) (?:sec|secs|seconds?|min|mins|minutes?) ago\b")
PAST = (r"\b(?:yesterday|last (?:night|week|month|year|weekend|summer|winter|spring|fall|time|tuesday|monday|wednesday|"
        r"thursday|friday|saturday|sunday)|(?:\d+|a|an|one|two|three|few|couple of|several) (?:minutes?|hours?|days?|weeks?|"
        r"months?|years?) ago|ago|earlier|previously|the other day|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday)|overnight|over the weekend|in (?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december)|was|were|had|did|took|stole|stolen|taken|broke|smashed|happened|came|left|used to|found|noticed|"
        r"discovered|went|got away|long gone|are gone|is gone|gone now|drove off|ran off|ran away|missing|damaged|keyed|"
        r"scratched|vandalized|camera|cameras|footage|video|recorded|caught on|want to report|wanted to report|to report)\b")
# Explicit past times: anywhere in a message, they date every clause without a present marker.
PAST_TIME = (r"\b(?:yesterday|last (?:night|week|month|year|weekend|summer|winter|spring|fall|monday|tuesday|wednesday|"
             r"thursday|friday|saturday|sunday)|(?:\d+|a|an|one|two|three|few|couple of|several) (?:hours?|days?|weeks?|"
             r"months?|years?) ago|the other day|over the weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
# Something that has been happening for a while ("been stealing packages all month") is a
# pattern to report, not a crime in progress, unless the message also says it is happening now.
HABITUAL = (r"\b(?:all (?:month|week|year|summer|winter|night long)|for (?:weeks|months|days|years|a while)|every (?:day|night|week|morning)|"
            r"lately|over and over again|the past (?:few )?(?:weeks|months|days)|since (?:last|january|february|march|april|may|june|july|"
            r"august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
HABITUAL_CATEGORIES = (CRIME_IN_PROGRESS,)
# Old enough that a threat is no longer live.
OLD = (r"\b(?:last (?:week|month|year|summer|winter|spring|fall)|(?:\d+|a|an|one|two|three|few|couple of|several) "
       r"(?:weeks?|months?|years?) ago|years ago|(?:in|back in) (?:19|20)\d\d|when i was)\b")
NEGATION_BEFORE = r"\b(?:no|not|nobody|no one|none|never|without|neither|nor|nothing|did not|was not|were not|is not|are not|am not)\b(?: \w+){0,3} $"
NEGATED_FACT = (r"\b(?:no one|nobody|none of us|noone) (?:is |was |are |were |got )?(?:hurt|injured|harmed|in danger|home|there)\b"
                r"|\b(?:everyone|everybody|we|i) (?:is|was|are|were|am) (?:safe|fine|ok|okay|alright|all right|unhurt|not hurt|not injured)\b"
                r"|\bno (?:weapons?|guns?|knife|knives|fire|injuries|one hurt|threats?)\b|\bnot an emergency\b|\bno emergency\b|\bnot (?:urgent|suicidal)\b|\bnot a 911\b")
HYPOTHETICAL = (r"\b(?:what if|if (?:someone|somebody|a person|anyone) (?:ever|were|was|has|had)|if i ever|in case|"
                r"should i call 911|when should i call|what (?:do|should) i do if|would i|hypothetically|what counts as)\b")
# A question about a service ("how do i surrender a firearm") names a weapon or fire without one being there.
SERVICE_QUESTION = r"^(?:how|can i|could i|do you|does|do i|is there|are there|where|what|who do|should i|am i allowed|is it legal|need to)\b"
SERVICE_QUESTION_CATEGORIES = (WEAPON_PRESENT, FIRE)
# Figures of speech that contain danger words.
IDIOMS = (r"\b(?:is|are|it is) killing (?:me|it)|killing it|killed it|(?:phone|battery|car battery) (?:is )?(?:dead|died|dying)|"
          r"dying (?:to|of laughter)|fire (?:me |off )?(?:an? )?(?:email|text|message|note)|got fired|fired (?:me|from|him|her)|"
          r"firefighters?|fire (?:department|station|hydrant|marshal|lane|pit|place|works?)|fireplace|fireworks (?:last|on)|"
          r"smoke detector battery|smoking (?:hot|area)|no smoking|gas station|gas prices|gas (?:tank|cap)|shooting "
          r"(?:range|star|photos|pictures|a video)|photo shoot|scared me to death|dead tired|dead end|dead battery|"
          r"bat mitzvah|pistol permits?|gun permits?|(?:is|was) (?:totally |completely )?shot\b(?! (?:at|him|her|me))|is fire\b$|"
          r"(?:boss|teacher|coach|mom|dad) (?:is )?going to kill me if|the shot|flu shot|booster shot|shot glass|a shot of|"
          r"shoot (?:me|us) (?:an? )?(?:email|text|message|note|call)|could kill for|(?:is|was) the bomb|blowing up with|blow up at|"
          r"jumped the gun|murder each other|(?:on|in) the news|smoke detectors?|fire (?:alarm )?(?:inspection|marshal|dept)|gun locks?|emergency alert|"
          r"blowing up (?:my|his|her|our) phone|blow(?:ing)? up (?:balloons|the phone|my phone)|(?:going to|gonna) kill me (?:when|if) (?:he|she|they) (?:finds|find) out")
# Words that may surround a short alarm without changing it ("EMERGENCY PLEASE", "fire fire help").
ALARM_FILLER = {"please", "now", "asap", "hurry", "quick", "right", "help", "omg", "oh", "god", "my"}
SHORT_ALARMS = {"fire": FIRE, "help me": DANGER_OR_INJURY, "help us": DANGER_OR_INJURY, "shots fired": WEAPON_PRESENT,
                "gun": WEAPON_PRESENT, "ambulance": MEDICAL, "emergency": DANGER_OR_INJURY, "911": DANGER_OR_INJURY,
                "help help": DANGER_OR_INJURY, "help now": DANGER_OR_INJURY, "please help": DANGER_OR_INJURY}
