"""What a resident relies on from the emergency detector, one class of message at a time.

The sentences here are not development messages (test_development_data.py checks that), so
the model cannot have memorised them. How the detector does on the development sets is
printed by `python -m bot.safety.audit --cv`, not asserted here.
"""
from __future__ import annotations

import pytest

from bot.safety.detector import assess, screen


@pytest.mark.parametrize("text, category", [
    ("SOMEBODY IS TRYING TO GET IN THROUGH MY BACK WINDOW", "crime_in_progress"),
    ("theres a guy outside the pharmacy waving a pistol around", "weapon_present"),
    ("smoke is pouring out of the house next door", "fire"),
    ("my dad is having chest pains and his arm is numb", "medical"),
    ("he texted that he is coming over tonight to kill me", "threat_of_violence"),
    ("i have been saving my pills and i think tonight i will take them all", "self_harm"),
    # Danger that sounds past but is not over.
    ("we just heard shots fired down the street maybe a minute ago", "weapon_present"),
    ("a man pointed a gun at my daughter 10 mins ago and he is still at the bus stop", "weapon_present"),
    ("my grandmother collapsed in the kitchen and isnt responding to me", "medical"),
    ("my wife took the canoe out at noon and was supposed to be back by 3. its 6 now and no answer", "danger_or_injury"),
])
def test_present_danger_is_an_emergency_of_the_right_kind(text, category):
    finding = assess(text)
    assert finding.is_emergency and finding.category == category


@pytest.mark.parametrize("text", [
    "somebody grabbed my purse just now, 5 minutes ago, the guy ran off toward the train station",
    "a kid rode off on my bike like 2 min ago",
    "someone just snatched my wallet at the farmers market and hes running toward the parking garage",
    "my laptop was stolen out of my car a few minutes ago and i can still see the guy walking down riverside",
    "a man just took a woman's purse outside the bank, he went behind the library",
])
def test_a_crime_that_just_happened_with_the_offender_near_is_an_emergency(text):
    assert assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "my bike was stolen from the rack at the station sometime yesterday",
    "someone grabbed my purse at the mall last month and ran off, i need a report for the bank",
    "i just noticed my bike is gone, must have happened overnight",
])
def test_a_theft_that_is_over_is_a_report(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "my 16 year old didnt come home last night and she isnt answering her phone",
    "my 4 year old was by the swings and now we cant find her anywhere",
    "my father has dementia and he walked out of the house an hour ago, we cant find him",
    "our 12 year old son never made it home from school and its almost dark",
])
def test_someone_missing_now_is_a_missing_person_emergency(text):
    finding = assess(text)
    assert finding.is_emergency and finding.category == "missing_person"


@pytest.mark.parametrize("text", [
    "my son didnt come home last night but he was found at a friends house this morning",
    "my dog has been missing since tuesday",
    "my wallet went missing at the gym",
    "who do i talk to about filing a missing persons report for my cousin from last year",
])
def test_someone_found_or_something_missing_is_not_a_missing_person_emergency(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "I can't call, he broke my phone, can you send someone",
    "please dont call me back he will hear it, hes throwing things",
    "i cant talk, my boyfriend took my phone and hes outside the bedroom door",
])
def test_a_resident_who_cannot_call_gets_an_emergency_that_says_so(text):
    finding = assess(text)
    assert finding.is_emergency and finding.cannot_call


@pytest.mark.parametrize("text", [
    "i cant call during the day, can you email me the report",
    "my phone screen broke last week when i dropped it, please use my email",
    "he broke my phone when we split up in march, i want it on record",
])
def test_not_being_able_to_call_about_a_routine_matter_is_not_an_emergency(text):
    finding = assess(text)
    assert not finding.is_emergency and not finding.cannot_call


@pytest.mark.parametrize("text", [
    "should I be calling 911 instead? I'm really scared",
    "im terrified, do i need to call 911? someone keeps banging on my back door",
    "should i call 911, im so scared, my ex is sitting in his car outside my house",
])
def test_fear_with_a_question_about_calling_911_is_an_emergency(text):
    assert assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "when should i call 911 and when should i use this chat",
    "do i need to call 911 for a bike stolen last week",
])
def test_a_question_about_911_without_danger_is_not_an_emergency(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "theres a prowler in my yard",
    "someone is creeping around my backyard with a flashlight right now",
    "a man is looking in my windows and trying the back door",
])
def test_a_prowler_gets_911_advice_not_the_suicide_crisis_line(text):
    finding = assess(text)
    assert finding.is_emergency and not finding.self_harm


@pytest.mark.parametrize("text", [
    "honestly i dont want to wake up tomorrow, whats the point",
    "i have the pills counted out and i am going to take them tonight",
    "i said goodbye to everyone, nobody will even notice when im gone",
])
def test_self_harm_gets_the_crisis_line(text):
    assert assess(text).self_harm


@pytest.mark.parametrize("text, answering", [
    ("yes please, I'll be waiting for the call", "confirmed"),
    ("yes please, I'll be waiting for the call", None),
    ("thanks, see you soon", None),
    ("I need the report by midnight for my bank", None),
    ("my insurance needs the case number by midnight", "confirmed"),
    ("ok see you at the station tomorrow", None),
])
def test_ordinary_replies_with_alarmish_words_are_not_emergencies(text, answering):
    assert not assess(text, answering=answering).is_emergency


@pytest.mark.parametrize("text", [
    "ok calling 911 now",
    "I called 911, they're sending a car",
    "ok i will call 911",
    "already on the phone with 911, they said officers are on the way",
])
def test_calling_911_is_no_new_emergency(text):
    assert not assess(text).is_emergency


def test_calling_911_does_not_hide_a_danger_said_with_it():
    assert assess("i called 911 but nobody came and hes still kicking the door").is_emergency


@pytest.mark.parametrize("text", ["FIRE!!", "911", "help help", "please help me", "EMERGENCY PLEASE"])
def test_short_alarms_are_emergencies(text):
    assert assess(text).is_emergency


def test_help_alone_is_the_chat_command_not_an_alarm():
    assert not assess("help").is_emergency


@pytest.mark.parametrize("text", [
    "my car window was smashed sometime last week",
    "he had a knife when he robbed me two months ago, i want to report it now",
    "no one is hurt, it was just my mailbox",
    "what should i do if someone ever pulls a gun on me",
    "this paperwork is killing me",
    "my battery is dying, ill finish the report later",
    "they were gone by the time i got home yesterday",
    "we heard gunshots last night around midnight, probably fireworks, just want it on record",
    "found my wallet unharmed in the couch, never mind",
    "my son went fishing yesterday and was supposed to be back by 5 but he was fine, just want to report his tackle box stolen",
    "my husband is going to kill me when he sees the dent, anyway it happened in the beach lot",
])
def test_past_denied_hypothetical_or_figurative_danger_is_not_an_emergency(text):
    assert not assess(text).is_emergency


def test_a_danger_word_judged_past_is_reported_as_closed():
    finding = assess("the guy who took my wallet last month had a gun")
    assert not finding.is_emergency and finding.closed


def test_contact_details_are_not_read_as_symptoms_or_threats():
    assert not assess("hives@example.com").is_emergency
    assert not assess("my number is 203-555-0199").is_emergency


@pytest.mark.parametrize("answer", ["yes, a handgun", "he had a knife", "yes there was a gun"])
def test_a_weapon_named_in_answer_to_the_weapon_question_is_about_the_incident(answer):
    assert not assess(answer, answering="weapon").is_emergency


def test_an_answer_that_says_the_weapon_is_there_now_is_still_an_emergency():
    assert assess("yes and he still has the gun, hes outside right now", answering="weapon").is_emergency


# --- from the second blind run (development data now; the sentences are paraphrased) -------------

@pytest.mark.parametrize(("text", "answering", "category"), [
    pytest.param("sorry slow typing, ive had a pressure in my chest since supper and my left arm is heavy, prob nothing",
                 "location", "medical", id="heart-attack-signs-played-down-mid-report"),
    pytest.param("hang on i cant see my boy anywhere, he was on the slide a second ago. hes 5",
                 "location", "missing_person", id="young-child-out-of-sight-mid-answer"),
    pytest.param("my sister just texted me she doesnt want to be around anymore", "suspect_or_weapon", "self_harm",
                 id="third-party-self-harm-at-the-suspect-question"),
    pytest.param("no, but my dad just collapsed in the hallway", "suspect_or_weapon", "medical",
                 id="a-collapse-at-the-suspect-question"),
])
def test_danger_that_is_no_description_of_the_incident_interrupts_any_question(text, answering, category):
    verdict = screen(text).verdict(answering=answering)
    assert verdict.is_emergency and verdict.category == category


@pytest.mark.parametrize("text", [
    "want to report my sons razor scooter that got taken",
    "razor is the brand lol, nobody is in danger",
    "the smoke detector is chirping again, must be the battery",
])
def test_brand_names_and_battery_chirps_are_no_alarm(text):
    assert not assess(text).is_emergency


def test_a_weapon_named_in_an_answer_about_the_incident_is_no_alarm():
    assert not screen("yes, he had a knife but he ran off").verdict(answering="suspect_or_weapon").is_emergency


def test_a_knife_listed_among_the_items_taken_is_no_alarm():
    assert not screen("Shun Classic 8 inch chef's knife from the display, $179.95").verdict(answering="items").is_emergency
    assert screen("wait hes back and he has a knife").verdict(answering="items").is_emergency


def test_a_polite_request_for_an_officer_is_no_alarm_but_danger_with_it_is():
    from bot.intake.understanding import understand
    polite = "we would feel better if one of your officers could come by and look at the damage in person"
    assert not understand(polite).emergency.is_emergency
    assert understand("can an officer come out, someone is in my house right now").emergency.is_emergency


def test_someone_at_the_door_a_minute_ago_inside_a_report_of_calls_is_an_emergency():
    text = ("can i report hang up calls on here? been getting them all night. and somebody just jiggled "
            "my back door handle a minute ago. im home by myself")
    assert screen(text, reads_as_report=True).verdict().is_emergency


def test_not_reporting_it_right_now_is_no_alarm():
    assert not assess("well yes but im not reporting it right now, my husband will do it tonight").is_emergency


def test_self_harm_words_inside_an_answer_are_read_as_freely_as_any_message():
    text = ("Daniel Mercer, dmercer@example.com, 203-555-0163. Honestly this is the last straw. Lost my job, "
            "now this. I don't really see the point of any of it anymore.")
    verdict = screen(text, reads_as_report=True).verdict(answering="reporter_name")
    assert verdict.is_emergency and verdict.self_harm


def test_a_colour_fixed_at_the_summary_is_no_alarm():
    assert not screen("sorry the wallet is black, not brown. my wife just reminded me. rest is right").verdict(
        answering="confirmed").is_emergency


@pytest.mark.parametrize("text, answering", [
    ("the items part has my question stuck in it. items should just be: a keyring with a key fob ($350)", "confirmed"),
    ("a gym bag (~$40), airpods ($249), and a water bottle, dont care about that. the window is $400 to fix", "items"),
    ("what?? im not suicidal lol. i meant i dont care about the water bottle, its cheap", "items"),
    ("somebody cut the cable lock and took my bike, the lock was cut and lying on the ground", None),
    ("Well, not the house, just the garden shed out back. It's a separate little building.", "type_confirmed"),
    ("someone spray painted rude drawings on our fence on Imperial Ave, which is lovely because there are kids on this street", None),
])
def test_routine_words_that_sound_alarming_are_not_emergencies(text, answering):
    assert not assess(text, answering=answering).is_emergency


def test_a_child_not_home_when_expected_is_a_missing_person_emergency():
    verdict = assess("my daughter is 9 and she was supposed to be home from school an hour ago. she wasnt on the bus")
    assert verdict.is_emergency and verdict.category == "missing_person"


def test_someone_close_enough_to_hear_means_the_resident_cannot_call():
    verdict = assess("i dont want to talk on the phone hes close enough to hear me, hes right behind me")
    assert verdict.is_emergency and verdict.cannot_call


def test_a_person_lying_on_the_ground_is_still_an_emergency():
    assert assess("theres a guy lying in the road not moving").is_emergency


def test_someone_trying_the_door_for_minutes_now_is_an_emergency_though_it_keeps_happening():
    assert assess("somebody keeps trying the handle on my back door, it's been a few minutes now. I'm upstairs, "
                  "kept the lights off. do I fill out a report for that?").is_emergency


@pytest.mark.parametrize("text, answering", [
    ("somebody keeps stealing packages off my porch, one tuesday afternoon and again thursday. 14 Compo Rd South", None),
    ("my grandfathers gold watch is missing from my dresser, was there thanksgiving day and now its gone", None),
    ("should I leave the glass with the blood on it for you guys or can I clean it up? I need to drive it", "suspect_or_weapon"),
    ("change what happened to: the mailbox post was knocked flat, looks like someone hit it with a bat or something", "confirmed"),
])
def test_what_keeps_happening_or_is_left_behind_is_no_emergency(text, answering):
    assert not assess(text, answering=answering).is_emergency


def test_a_dog_that_slipped_its_collar_is_no_missing_person():
    verdict = assess("hi, our dog Biscuit slipped his collar at Compo Beach around 7 this morning and we cant find him anywhere")
    assert not verdict.is_emergency


def test_a_knife_seen_on_friday_night_is_no_emergency_now():
    assert not assess("Sometime between 11pm Friday and 6am Saturday someone got into my unlocked car and took my GPS. "
                      "My neighbor said she saw a guy with a knife in his hand going through cars around 2am").is_emergency


@pytest.mark.parametrize("text", [
    "the carbon monoxide detector started beeping and now my husband has a bad headache",
    "we came home and a man is lying in the driveway unconscious",
    "my brother is unresponsive on the couch",
])
def test_poisoning_and_unconsciousness_are_emergencies_even_when_found(text):
    assert assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "the smoke detector in the hall keeps beeping, i think its the battery",
    "my laptop screen went unresponsive so I am typing from my phone",
])
def test_a_chirping_alarm_or_a_frozen_screen_is_no_emergency(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "went out to jump my dead battery and saw someone busted my side mirror off",
    "theres a lot of smoke coming off my neighbors chimney, thats just their wood stove right?",
])
def test_a_jump_start_or_chimney_smoke_is_no_emergency(text):
    assert not assess(text).is_emergency


def test_a_chimney_fire_is_still_an_emergency():
    assert assess("theres a chimney fire next door, flames shooting out the top").is_emergency


def test_a_pistol_among_things_stolen_last_night_is_no_911_but_a_threat_with_it_is():
    assert not assess("someone went thru my truck last nite. took my sunglasses, my ipad and the pistol i keep in the "
                      "center console").is_emergency
    assert assess("he took the pistol i keep in the nightstand and is pointing it at my wife").is_emergency
    assert assess("the mailbox was bashed in with a bat yesterday afternoon, the box is laying in the yard").is_emergency is False


def test_a_short_time_given_as_the_answer_to_when_is_no_emergency_unless_it_says_danger():
    assert not screen("just now, like 5 min ago").verdict("occurred_at").is_emergency
    assert screen("right now, hes still outside").verdict("occurred_at").is_emergency


@pytest.mark.parametrize("text", [
    "found an older man slumped over in the bus shelter on Wilton Rd, he wont answer me",
    "my neighbor's lips look kind of purple and she is wheezing on the porch",
    "theres a guy walking down Hillandale pulling on car door handles one after another",
])
def test_danger_told_with_a_past_verb_or_as_a_car_report_is_an_emergency(text):
    assert assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "i found a kitchen knife under the passenger seat after the break in, its not ours",
    "the mailbox post is cracked, looks like somebody took a bat to it",
    "the ring cam showed a guy trying car doors on our street at 4am, my car was open and he took change",
])
def test_a_weapon_found_afterwards_or_a_tool_of_damage_is_not_an_emergency(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text, category", [
    ("probably nothing but my 10 year old should have been back from the park an hour ago and isnt picking up", "missing_person"),
    ("my wallet got taken at the gym, whatever, doesnt really matter, not planning on being here much longer", "self_harm"),
])
def test_danger_played_down_or_hidden_in_a_report_is_still_an_emergency(text, category):
    finding = assess(text)
    assert finding.is_emergency and finding.category == category


@pytest.mark.parametrize("text", [
    "somebody cleared out the job site overnight: a framing nailer, a Paslode nail gun ($320) and two cords",
    "my staple gun and heat gun were taken from the truck bed on Post Road last week",
    "Came out to what looked like blood all over the front steps. It's red paint, someone dumped a can on them.",
])
def test_a_tool_called_a_gun_or_a_look_alike_corrected_in_the_message_is_a_report(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "there's what looks like blood on the stairs and my mom isn't answering the door",
    "he pulled a gun on me in the parking lot and he's still there",
])
def test_blood_or_a_gun_without_a_correction_is_still_an_emergency(text):
    assert assess(text).is_emergency


def test_someone_trying_car_doors_night_after_night_is_a_pattern_to_report_not_a_crime_now():
    assert not assess("somebody keeps opening the doors of my truck at night, nothing missing so far").is_emergency
    assert assess("a guy keeps going car to car trying the doors on our street, he is still out there").is_emergency


def test_a_diabetic_without_insulin_is_a_medical_emergency_not_a_crisis_line_one():
    finding = assess("my insulin was in the stolen bag, no dose since breakfast and im getting shaky and my vision is blurry")
    assert finding.is_emergency and finding.category != "self_harm"


def test_a_threat_to_kill_is_no_figure_of_speech_unless_it_is_said_as_one():
    assert assess("he is going to kill me when he gets home").is_emergency
    assert not assess("my boss will kill me if im late again lol").is_emergency


@pytest.mark.parametrize("text", [
    "Ugh, never mind. My son borrowed it to ride to his friend's. Sorry for wasting your time, please cancel.",
    "woke up to 5 little round holes in the slider. the glass guy says its def a BB gun or pellet gun",
    "I've got a Ring clip of the guy going through the car. Where do I send the video?",
    "There has been a MASSACRE in my front garden. Every one of my tulips has had its head cut off.",
])
def test_routine_reports_told_in_alarming_words_are_no_emergency(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize(("text", "category"), [
    ("sorry for wasting your time with all this. you wont hear from me after tonight", "self_harm"),
    ("kids are shooting bb guns at cars on my street right now", "weapon_present"),
    ("theres a guy going through my car right now", "crime_in_progress"),
])
def test_the_same_words_with_danger_now_stay_emergencies(text, category):
    assessment = assess(text)
    assert assessment.is_emergency and assessment.category == category


@pytest.mark.parametrize("text", [
    "my credit is ON FIRE right now, someone opened a phone line in my name and charged a new iphone to it",
    "I LOST MY BABY 😭 ok not an actual baby lol, my film camera, at the concert last night",
    "the garage door looks like a CRIME SCENE, someone threw blood-red paint all over it. nobody is hurt",
])
def test_figures_of_speech_about_property_are_no_emergency(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", ["someone took my baby out of the car while i was returning the cart",
                                  "our toddler was snatched at the park by a man"])
def test_a_child_taken_is_a_missing_person_emergency(text):
    assessment = assess(text)
    assert assessment.is_emergency and assessment.category == "missing_person"


def test_a_child_taken_somewhere_by_family_is_no_emergency():
    assert not assess("my neighbor took my son to school this morning and someone keyed her car there").is_emergency


def test_a_confused_grandparent_who_never_came_back_is_missing_now():
    assessment = assess("grandpa went out for the paper an hour ago and never came back, he gets confused, we looked everywhere")
    assert assessment.is_emergency and assessment.category == "missing_person"


def test_a_goodbye_that_also_reads_as_leaving_the_chat_still_gets_the_crisis_line():
    from bot.intake.understanding import understand
    u = understand("just wanted to tell someone goodbye. wrote the letters already. sorry for all the trouble")
    assert u.emergency.is_emergency and u.emergency.category == "self_harm"


@pytest.mark.parametrize("text", [
    "3 guys are sawing the exhaust off a van in the station lot as we speak",
    "the alarm company called, the camera shows a man walking around inside my house and I'm at work",
])
def test_a_crime_under_way_seen_or_said_in_numbers_is_an_emergency(text):
    assert assess(text).is_emergency


@pytest.mark.parametrize("text", [
    # a loss told as a robbery, an animal caught somewhere, a weapon the offender left behind
    "we got robbed blind by porch pirates, three boxes gone from the front steps since noon",
    "there is a raccoon trapped inside our garbage shed and it keeps growling, who handles that",
    "the knife is still lying on the passenger seat where they left it, i havent touched it",
    # a place just past the town line is a place, not the moment
    "last night i parked at the diner just past the fairfield line, when i got out somebody try to open my trunk",
    "gonna strangle my little sister lmao she left my bike unlocked at the beach and now its gone",
    "came out to a long scrape on the bumper at the plaza, somebody must have hit me while i was inside",
    "somebody jammed a banana up my tailpipe and let the air out of two tires lol",
    "forget it, the painter says his crew scraped it with the ladder. theyre coming to fix it monday",
    "my scooter was taken at the skate park yesterday afternoon, a kid flashed a blade at my son and rode off. we are home, just shaken",
])
def test_look_alikes_of_danger_are_not_emergencies(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "my toddler is stuck inside the washing machine",
    "sorry give me a sec, i feel dizzy and i cant lift my left arm, my mouth feels weird",
    "there is a guy with a knife on the porch right now",
])
def test_the_look_alike_cuts_leave_real_danger_alone(text):
    assert assess(text).is_emergency


@pytest.mark.parametrize("text", [
    # a thin Spanish floor until issue 12: fire, a missing child, a medical emergency, a weapon, self-harm
    "se está quemando la cocina, hay fuego en la estufa",
    "la niña de mi hermana no aparece, la buscamos en el parque",
    "mi mamá no respira, por favor",
    "el hombre de afuera tiene un machete",
    "no quiero vivir más",
    # a bridge or a crash said of oneself, inside an ordinary report
    "can i report a stolen wallet here. been staring down at the river all afternoon",
])
def test_danger_in_spanish_and_hints_of_self_harm_are_emergencies(text):
    assert assess(text).is_emergency


def test_a_childs_lost_backpack_in_spanish_is_no_missing_child_rule():
    # the rule floor only: the English-trained model is no judge of Spanish (issue 12)
    assert screen("mi hija perdió su mochila en el autobús, no la encuentro").hits == ()


def test_someone_who_will_be_heard_cannot_call():
    screening = screen("i dont want to call, hes right by the back door and will hear me")
    assert screening.cannot_call and screening.verdict().is_emergency


def test_being_on_the_line_with_911_is_having_called():
    assert screen("my wife is on with 911 right now, what do i do until they come").called_911


@pytest.mark.parametrize("text, answering", [
    # a "no" answering the question, then a child missing: the "no" denies nothing that follows it
    ("no. oh god my daughter hasnt come home, she was supposed to be back at 4 and its 7 now", "suspect_or_weapon"),
    ("no my boy never came home from practice and hes not picking up", "suspect_or_weapon"),
    ("nope. wait my mom is not breathing right", None),
    # the offender back and at the door, said in the middle of giving contact details
    ("Ruth Okafor, ruth@example.com. oh no, they have come back, two of them are banging at my back door right now",
     "reporter_name"),
])
def test_danger_after_an_answer_word_or_in_contact_details_is_an_emergency(text, answering):
    assert screen(text).verdict(answering).is_emergency


@pytest.mark.parametrize("text, answering", [
    # a recording told in the present tense is as past as "last night"
    ("no clue who, but replaying the ring footage he is holding a handgun while he goes through my glovebox",
     "suspect_or_weapon"),
    # when someone is due back is a date, not someone arriving
    ("the date is off, sunday is when she is coming back from her trip, it should be from tuesday", "confirmed"),
    # a near miss is no one hurt
    ("a loose horse has been on our road since this morning and almost got hit by a car, who handles that?", None),
    # a suspect described by age is no missing child
    ("yes, im fairly sure its the boy three houses down, tyler, hes 15, he was mad about the basketball hoop",
     "suspect_or_weapon"),
    # where the resident is standing, and similes for a mess
    ("somebody rummaged through my truck, console emptied, charger gone. im standing next to it right now", None),
    ("came out to the lot and nearly had a heart attack, window smashed, glass like a bomb had gone off, bag gone", None),
])
def test_look_alikes_of_danger_are_not_emergencies(text, answering):
    assert not screen(text).verdict(answering).is_emergency


def test_a_recording_watched_live_is_still_now():
    assert screen("im watching the doorbell cam live and he is holding a gun at my front door").verdict().is_emergency


@pytest.mark.parametrize("text", [
    "got a text from an unknown number: we know where you live. my kids are home by themselves",
    "a kid posted that he is bringing a gun to school tomorrow and told everyone to stay home",
    "my son is autistic and nonverbal and he slipped out the side door, we are right by the sound",
    "the guy who smashed my windshield 3 min ago is standing outside the deli across the road",
    "the nanny called, she can't find my 2 year old anywhere in the house",
    "tem um homem tentando entrar pela janela agora",
    "un homme avec un couteau crie devant la maison",
    "can i report online that my roommate is waving a pistol around in the kitchen?",
])
def test_danger_found_by_sealed_20_is_an_emergency(text):
    assert assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "a prankster keeps calling to yell that our shed is on fire then laughs. there is no fire, just annoying",
    "car window broken overnight, blood on the seat where the thief must have cut himself on the glass, wallet gone",
    "some guy clipped my mirror on the post road about an hour ago and just kept going, im home now and nobody is hurt",
])
def test_reports_told_in_alarming_words_are_not_emergencies(text):
    assert not assess(text).is_emergency


@pytest.mark.parametrize("text", [
    "they're here now, paramedics are taking her to the hospital",
    "an officer has arrived and the ambulance is with him",
])
def test_help_having_come_is_having_called(text):
    assert screen(text).called_911


def test_worry_that_911_will_not_understand_is_noticed():
    assert screen("my english not so good, 911 will understand me?").language_worry


def test_chest_pain_said_in_passing_inside_a_report_is_an_emergency():
    assert assess("i want to report prank calls. also i have had a crushing pain in the middle of my chest for an hour, "
                  "but the report first").is_emergency


@pytest.mark.parametrize("text, answering", [
    ("saw 2 or 3 kids running off toward the woods, didnt know them. no weapons", "suspect_or_weapon"),
    ("nobody seen. no weapon on anyone, just that tire iron they left behind", "suspect_or_weapon"),
    ("an elderly neighbour who lives by herself keeps getting scam calls about a lottery", None),
])
def test_past_sightings_tools_left_behind_and_living_alone_are_not_emergencies(text, answering):
    assert not screen(text).verdict(answering).is_emergency
