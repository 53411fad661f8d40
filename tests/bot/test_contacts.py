"""The reporter's contact details: email, phone and name, read from what residents type."""
from __future__ import annotations

import pytest

from bot.contacts import display_phone, find_email, find_name, find_phone, name_in_sentence


@pytest.mark.parametrize(("text", "email"), [
    pytest.param("dana@example.com", "dana@example.com", id="bare"),
    pytest.param("my email is Dana.W@Example.COM", "Dana.W@example.com", id="domain-lower-cased-local-part-kept"),
    pytest.param("email: j.smith+police@Yahoo.Com.", "j.smith+police@yahoo.com", id="plus-tag-trailing-period"),
    pytest.param("it's rosa.diaz@mail.example.org thanks", "rosa.diaz@mail.example.org", id="subdomain-in-sentence"),
])
def test_find_email(text, email):
    assert find_email(text) == email


@pytest.mark.parametrize("text", [
    pytest.param("reach me at dana@gmail", id="no-top-level-domain"),
    pytest.param("dana@@example.com", id="double-at"),
    pytest.param("foo@example..com", id="empty-label"),
    pytest.param("no email", id="none"),
    pytest.param("dana at example dot com", id="spelled-out"),
])
def test_find_email_rejects_invalid(text):
    assert find_email(text) is None


@pytest.mark.parametrize(("text", "e164"), [
    pytest.param("203-555-0147", "+12035550147", id="dashes"),
    pytest.param("(203) 555 0147", "+12035550147", id="parentheses"),
    pytest.param("my cell is 203.555.0147", "+12035550147", id="dots-in-sentence"),
    pytest.param("2035550147", "+12035550147", id="digits-only"),
    pytest.param("call me at +1 203 555 0147", "+12035550147", id="country-code"),
    pytest.param("+44 20 7946 0958", "+442079460958", id="international"),
])
def test_find_phone_gives_e164(text, e164):
    assert find_phone(text) == e164


@pytest.mark.parametrize("text", [
    pytest.param("555-0147", id="seven-digit-local"),
    pytest.param("12345", id="too-short"),
    pytest.param("no phone", id="none"),
])
def test_find_phone_rejects_incomplete_numbers(text):
    assert find_phone(text) is None


@pytest.mark.parametrize(("e164", "shown"), [
    pytest.param("+12035550147", "(203) 555-0147", id="us-national"),
    pytest.param("+442079460958", "+44 20 7946 0958", id="international"),
    pytest.param(None, "", id="none"),
    pytest.param("none", "none", id="declined-left-as-is"),
])
def test_display_phone(e164, shown):
    assert display_phone(e164) == shown


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Dana Whitfield", "Dana Whitfield", id="plain"),
    pytest.param("my name is dana whitfield", "Dana Whitfield", id="my-name-is"),
    pytest.param("hi, I'm carlos de la vega", "Carlos De La Vega", id="greeting-im"),
    pytest.param("it's Mary-Jane O'Neil", "Mary-Jane O'Neil", id="hyphen-apostrophe"),
    pytest.param("this is pat", "Pat", id="this-is"),
    pytest.param("my name is sam lee and my email is sam@example.com", "Sam Lee", id="name-then-email"),
    pytest.param("dana whitfield 203-555-0147", "Dana Whitfield", id="name-then-phone"),
])
def test_find_name(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize("text", [
    pytest.param("no", id="no"),
    pytest.param("I don't know", id="dont-know"),
    pytest.param("why do you need that", id="question"),
    pytest.param("my car was stolen", id="a-story"),
    pytest.param("123", id="digits"),
    pytest.param("", id="empty"),
])
def test_find_name_rejects_non_names(text):
    assert find_name(text) is None


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("My name is Dana Whitfield, someone keyed my car", "Dana Whitfield", id="clause-before-comma"),
    pytest.param("hi my name is rosa diaz", "Rosa Diaz", id="end-of-message"),
    pytest.param("someone keyed my car", None, id="no-name"),
    pytest.param("I know his name is Bob", None, id="someone-elses-name"),
    pytest.param("Dana Whitfield here", None, id="never-guessed"),
])
def test_name_in_sentence(text, name):
    assert name_in_sentence(text) == name


def test_name_in_sentence_stops_at_the_end_of_a_sentence():
    assert name_in_sentence("My name is Dana Whitfield. Someone took my bike") == "Dana Whitfield"
