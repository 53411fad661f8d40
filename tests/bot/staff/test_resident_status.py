"""A resident checks on a report with its reference number and the email or phone they gave."""
from __future__ import annotations

import pytest

from bot.staff import resident_status

from bot.staff import review

from bot.records import outcomes
from tests.bot.staff.drafts import DRAFT_FACTS

FACTS = DRAFT_FACTS
REFERENCE = "WPD-7K30-9XM1"


def draft(session, conversation_id: str = "web:abc", reference: str = REFERENCE, **changes):
    outcome = outcomes.file_report(session, conversation_id, conversation_id.split(":")[0], {**FACTS, **changes})
    outcome.reference = reference
    session.commit()
    return outcome


@pytest.mark.parametrize(("reference", "contact"), [
    pytest.param(REFERENCE, "pat@example.org", id="as-given"),
    pytest.param(REFERENCE, "  PAT@Example.ORG ", id="email-in-another-case"),
    pytest.param(REFERENCE, "203-555-0147", id="phone-with-dashes"),
    pytest.param(REFERENCE, "(203) 555 0147", id="phone-with-brackets"),
    pytest.param(REFERENCE, "+1 203 555 0147", id="phone-international"),
    pytest.param("wpd7k309xm1", "pat@example.org", id="lower-case-without-dashes"),
    pytest.param(" wpd 7k30 9xm1 ", "pat@example.org", id="spaces-instead-of-dashes"),
    pytest.param("WPD-7K3O-9XMl", "pat@example.org", id="letter-o-and-l-for-zero-and-one"),
])
def test_the_right_reference_and_contact_show_the_status(session, reference, contact):
    draft(session)
    found = resident_status.look_up(session, reference, contact)
    assert found is not None and found.state == "pending"


@pytest.mark.parametrize(("reference", "contact"), [
    pytest.param(REFERENCE, "someone@example.org", id="someone-elses-email"),
    pytest.param(REFERENCE, "203-555-0100", id="someone-elses-phone"),
    pytest.param(REFERENCE, "", id="no-contact"),
    pytest.param(REFERENCE, "Pat Doe", id="a-name-is-not-a-contact"),
    pytest.param("WPD-7K30-9XM2", "pat@example.org", id="unknown-reference"),
    pytest.param("WPD-7K30", "pat@example.org", id="part-of-a-reference"),
    pytest.param("", "pat@example.org", id="no-reference"),
])
def test_a_wrong_pair_and_an_unknown_reference_get_the_same_answer(session, reference, contact):
    draft(session)
    assert resident_status.look_up(session, reference, contact) is None


def test_a_report_is_found_by_the_number_it_was_texted_from(session):
    draft(session, "sms:+12035550111", reporter_email="none", reporter_phone="none")
    found = resident_status.look_up(session, REFERENCE, "(203) 555-0111")
    assert found is not None and found.state == "pending"
    assert resident_status.look_up(session, REFERENCE, "(203) 555-0147") is None


def test_one_residents_contact_does_not_open_anothers_report(session):
    draft(session)
    draft(session, "web:def", reference="WPD-AAAA-BBBB", reporter_email="sam@example.org", reporter_phone="none")
    assert resident_status.look_up(session, "WPD-AAAA-BBBB", "pat@example.org") is None
    assert resident_status.look_up(session, "WPD-AAAA-BBBB", "sam@example.org") is not None


@pytest.mark.parametrize(("decide", "state", "headline", "says"), [
    pytest.param(None, "pending", "Waiting for review", "not reviewed", id="pending"),
    pytest.param(lambda s, i: review.request_info(s, i, "casey", "What is the bike's serial number?"),
                 "needs_info", "More information needed", "What is the bike's serial number?", id="needs-info"),
    pytest.param(lambda s, i: review.approve(s, i, "casey"), "approved", "Approved", "case number", id="approved"),
    pytest.param(lambda s, i: review.reject(s, i, "casey", "Known suspect."), "referred", "Referred to an officer",
                 "an officer", id="rejected-is-referred"),
])
def test_each_state_has_its_own_headline(session, decide, state, headline, says):
    outcome = draft(session)
    if decide:
        decide(session, outcome.id)
        session.commit()
    found = resident_status.look_up(session, REFERENCE, "pat@example.org")
    assert (found.state, found.headline) == (state, headline)
    assert says in found.explanation
    assert found.case_number == outcome.case_number
    if state == "approved":
        assert found.case_number and found.case_number in found.explanation
