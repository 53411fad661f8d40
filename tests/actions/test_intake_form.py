"""validate_intake_form: reads each answer, asks only what is missing, never swallows interrupts."""
from __future__ import annotations

import pytest

from actions.intake_form import ActionAskInterviewStep, ValidateIntakeForm
from tests.actions.conftest import make_tracker, responses, run, slot_values

FORM = "intake_form"


def test_first_message_fills_type_place_and_time_and_asks_only_what_is_missing():
    tracker = make_tracker("someone smashed my car window on bayberry lane last night and took my laptop",
                           intent="report_incident")
    events, dispatcher = run(ValidateIntakeForm(), tracker)
    slots = slot_values(events)
    assert slots["incident_type"] == "vehicle_burglary"
    assert slots["location"] == "Bayberry Lane, Westport, CT" and slots["location_status"] == "in_town"
    assert slots["occurred_at"] and slots["occurred_text"] == "last night"
    assert slots["requested_slot"] == "suspect_or_weapon"
    assert dispatcher.messages == []


@pytest.mark.parametrize("text, intent", [
    ("there is a guy in my yard right now with a gun", "emergency"),
    ("i want to talk to an officer", "request_officer"),
    ("cancel", "cancel"),
    ("start over", "start_over"),
])
def test_interrupts_are_not_taken_as_answers(text, intent):
    tracker = make_tracker(text, intent=intent, active_loop=FORM, requested_slot="items",
                           slots={"incident_type": "theft", "location_status": "in_town"})
    events, _ = run(ValidateIntakeForm(), tracker)
    assert events == []  # Rasa rejects the form for this turn and the rule for the intent takes over


def test_an_answer_that_only_looks_like_cancel_is_an_answer():
    tracker = make_tracker("cancel my credit card and my checking account", intent="cancel", confidence=0.7,
                           active_loop=FORM, requested_slot="accounts",
                           slots={"incident_type": "identity_theft", "location_status": "in_town",
                                  "known_suspect": False, "weapon": False, "occurred_at": "2026-11-20T10:00-05:00"})
    events, _ = run(ValidateIntakeForm(), tracker)
    assert slot_values(events)["accounts"] == "cancel my credit card and my checking account"


def test_help_pauses_the_form_only_when_the_message_is_not_an_answer():
    asked = dict(active_loop=FORM, requested_slot="suspect_or_weapon", slots={"incident_type": "theft", "location_status": "in_town"})
    assert run(ValidateIntakeForm(), make_tracker("what do you mean", intent="help", **asked))[0] == []
    events, _ = run(ValidateIntakeForm(), make_tracker("no", intent="help", confidence=0.7, **asked))
    assert slot_values(events)["known_suspect"] is False


def test_an_unreadable_answer_is_asked_again_then_kept_as_typed():
    facts = {"incident_type": "theft", "location": "Compo Beach, Westport, CT", "location_status": "in_town",
             "known_suspect": False, "weapon": False}
    tracker = make_tracker("whenever", active_loop=FORM, requested_slot="occurred_at", slots=facts)
    events, dispatcher = run(ValidateIntakeForm(), tracker)
    assert responses(dispatcher) == ["utter_not_understood"]
    assert slot_values(events)["requested_slot"] == "occurred_at" and slot_values(events)["reprompts"] == 1

    tracker = make_tracker("whenever", active_loop=FORM, requested_slot="occurred_at", slots={**facts, "reprompts": 2})
    events, dispatcher = run(ValidateIntakeForm(), tracker)
    slots = slot_values(events)
    assert slots["occurred_at"] == "unknown" and slots["occurred_text"] == "whenever"
    assert slots["requested_slot"] != "occurred_at"


def test_an_ineligible_answer_ends_the_form():
    tracker = make_tracker("yes it was my ex boyfriend", intent="affirm", active_loop=FORM,
                           requested_slot="suspect_or_weapon", slots={"incident_type": "vandalism", "location_status": "in_town"})
    events, _ = run(ValidateIntakeForm(), tracker)
    slots = slot_values(events)
    assert slots["known_suspect"] is True
    assert slots["requested_slot"] is None


def test_after_an_interruption_the_form_asks_the_question_the_plan_says_comes_next():
    tracker = make_tracker("help", intent="help", active_loop=FORM,
                           slots={"incident_type": "theft", "location": "Compo Beach, Westport, CT", "location_status": "in_town"})
    events, dispatcher = run(ActionAskInterviewStep(), tracker)
    assert responses(dispatcher) == ["utter_ask_suspect_or_weapon"]
    assert slot_values(events) == {"requested_slot": "suspect_or_weapon"}


def test_the_summary_lists_what_will_be_filed():
    facts = {"incident_type": "theft", "location": "Compo Beach, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-11-20T21:00-05:00", "occurred_text": "friday night", "known_suspect": False,
             "weapon": False, "items": "red trek bike", "narrative": "my bike was taken from the rack",
             "reporter_name": "Ada Park", "reporter_email": "ada@example.com", "reporter_phone": "+12035550111"}
    _, dispatcher = run(ActionAskInterviewStep(), make_tracker("", active_loop=FORM, slots=facts))
    summary = dispatcher.messages[0]["summary"]
    assert "Type: Theft" in summary and "Compo Beach" in summary and "Fri Nov 20, 2026, about 9 PM" in summary
    assert "Ada Park, ada@example.com, (203) 555-0111" in summary
    assert responses(dispatcher) == ["utter_summary", "utter_ask_confirmed"]


def test_a_question_is_never_asked_forever():
    """Polite or unreadable replies count towards the limit; then the resident's words are kept."""
    facts = {"incident_type": "lost_property", "location": "Winslow Park, Westport, CT", "location_status": "in_town"}
    for reprompts in range(3):
        tracker = make_tracker("hello there", intent="greet", active_loop=FORM, requested_slot="occurred_at",
                               slots={**facts, "reprompts": reprompts})
        events, dispatcher = run(ValidateIntakeForm(), tracker)
        assert dispatcher.messages == []  # a greeting is not scolded
    slots = slot_values(events)
    assert slots["occurred_at"] == "unknown" and slots["requested_slot"] != "occurred_at"


def test_the_two_checks_in_one_question_are_asked_apart_when_the_answer_cannot_be_read():
    """A reply to "do you know who did it, and was a weapon involved?" that answers neither is asked twice,
    then each half is asked on its own (with Yes/No buttons), never the same question for ever."""
    facts = {"incident_type": "vandalism", "location": "Post Road West, Westport, CT", "location_status": "in_town"}
    for reprompts in range(3):
        tracker = make_tracker("the whole back of the building is a mess", intent="inform", active_loop=FORM,
                               requested_slot="suspect_or_weapon", slots={**facts, "reprompts": reprompts})
        events, _ = run(ValidateIntakeForm(), tracker)
    slots = slot_values(events)
    assert slots["requested_slot"] == "known_suspect"
    assert slots.get("known_suspect") is None and slots.get("weapon") is None  # nothing assumed about either


@pytest.mark.parametrize(("text", "asking", "leaves"), [
    pytest.param("no to both, didnt see anything. found it like this at 7am when i went to leave for work",
                 "suspect_or_weapon", False, id="an-answer-that-mentions-leaving"),
    pytest.param("no, forget it, cancel the report", "weapon", True, id="quitting-in-so-many-words"),
])
def test_a_clear_answer_is_not_quitting(text, asking, leaves):
    from actions.intake_form import leaves_form
    from bot.intake.understanding import understand
    assert leaves_form(understand(text), asking) is leaves


def test_the_items_question_names_what_the_resident_said_was_taken():
    from actions.intake_form import ActionAskItems
    tracker = make_tracker("", slots={"incident_type": "theft", "type_text": "sum1 stole my bike"})
    _, dispatcher = run(ActionAskItems(), tracker)
    assert responses(dispatcher) == ["utter_ask_items_named"] and dispatcher.messages[0]["named"] == "your bike"
    _, plain = run(ActionAskItems(), make_tracker("", slots={"incident_type": "theft", "type_text": "my shed was broken into"}))
    assert responses(plain) == ["utter_ask_items"]


def test_no_clear_answer_to_a_screening_question_after_three_tries_goes_to_an_officer_instead_of_looping():
    facts = {"incident_type": "harassing_phone_call", "location": "Riverside Avenue, Westport, CT",
             "location_status": "in_town"}
    tracker = make_tracker("hmm hard to say honestly", active_loop=FORM, requested_slot="known_suspect",
                           slots={**facts, "reprompts": 2})
    events, _ = run(ValidateIntakeForm(), tracker)
    slots = slot_values(events)
    assert slots["screening_unclear"] is True and slots["requested_slot"] is None  # the form ends: an officer takes it
    from bot.intake.eligibility import decide
    assert decide({**facts, **slots}).reason == "unclear_answer"


def test_an_answer_that_tells_something_else_still_counts_towards_asking_again():
    facts = {"incident_type": "lost_property", "location": "Main Street, Westport, CT", "location_status": "in_town",
             "known_suspect": False, "weapon": False, "occurred_at": "unknown", "items": "iphone 14",
             "narrative": "lost my phone downtown"}
    tracker = make_tracker("sam.rivera@example.com, 203-555-0100", active_loop=FORM, requested_slot="reporter_name",
                           slots=facts)
    events, dispatcher = run(ValidateIntakeForm(), tracker)
    assert "utter_not_understood" not in responses(dispatcher)  # told us something else: no apology
    assert slot_values(events)["reprompts"] == 1


def test_a_question_about_anonymity_at_the_summary_is_answered_and_nothing_is_filed():
    facts = {"incident_type": "lost_property", "location": "Westport Library (20 Jesup Road), Westport, CT",
             "location_status": "in_town", "occurred_at": "2026-11-27T12:00-05:00", "items": "black e-reader, $120",
             "narrative": "left my e-reader upstairs", "reporter_name": "Nadia Farouk", "reporter_email": "nadia@example.com",
             "reporter_phone": "+12035550144", "requested_slot": "confirmed"}
    tracker = make_tracker("could I file this one without my name on it?", intent="ask_question", active_loop=FORM, slots=facts)
    events, dispatcher = run(ValidateIntakeForm(), tracker)
    assert slot_values(events).get("confirmed") is not True
    assert any("anonymous" in (m.get("text") or "") for m in dispatcher.messages)
