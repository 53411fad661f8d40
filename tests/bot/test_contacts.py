"""The reporter's contact details: email, phone and name, read from what residents type."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.contacts import display_phone, find_email, find_name, find_phone, name_in_sentence, strip_filler
from bot.vocabulary import VOCABULARY, vocabulary


@pytest.mark.parametrize(("text", "email"), [
    pytest.param("dana@example.com", "dana@example.com", id="bare"),
    pytest.param("my email is Dana.W@Example.COM", "Dana.W@example.com", id="domain-lower-cased-local-part-kept"),
    pytest.param("email: j.smith+police@Yahoo.Com.", "j.smith+police@yahoo.com", id="plus-tag-trailing-period"),
    pytest.param("it's rosa.diaz@mail.example.org thanks", "rosa.diaz@mail.example.org", id="subdomain-in-sentence"),
    pytest.param("Jennifer Walsh, jwalsh77@gmail.com, 203.555.0147", "jwalsh77@gmail.com", id="between-name-and-phone"),
])
def test_find_email(text, email):
    assert find_email(text) == email


@pytest.mark.parametrize("text", [
    pytest.param("reach me at dana@gmail", id="no-top-level-domain"),
    pytest.param("dana@@example.com", id="double-at"),
    pytest.param("foo@example..com", id="empty-label"),
    pytest.param("no email", id="none"),
])
def test_find_email_rejects_invalid(text):
    assert find_email(text) is None


def test_an_address_spelled_in_words_is_a_residents_email_but_no_staff_edit():
    assert find_email("dana at example dot com") == "dana@example.com"
    assert find_email("dana at example dot com", written_out=False) is None


@pytest.mark.parametrize(("text", "e164"), [
    pytest.param("203-555-0147", "+12035550147", id="dashes"),
    pytest.param("(203) 555 0147", "+12035550147", id="parentheses"),
    pytest.param("203.555.0147", "+12035550147", id="dots"),
    pytest.param("my cell is 203.555.0147", "+12035550147", id="dots-in-sentence"),
    pytest.param("(203)555-0147 cell", "+12035550147", id="no-space-after-area-code-then-a-word"),
    pytest.param("2035550147", "+12035550147", id="digits-only"),
    pytest.param("+1 203 555 0147", "+12035550147", id="country-code-spaces"),
    pytest.param("call me at +1 203 555 0147", "+12035550147", id="country-code-in-sentence"),
    pytest.param("1-203-555-0147", "+12035550147", id="leading-one"),
    pytest.param("cell:203-555-0147", "+12035550147", id="label-without-space"),
    pytest.param("203 555 0147 ext 12", "+12035550147", id="extension-ignored"),
    pytest.param("Dana Whitfield 203.555.0147.", "+12035550147", id="after-a-name-sentence-end"),
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


@pytest.mark.parametrize("text", ["203.555.0147", "(203)555-0147 cell", "2035550147", "+1 203 555 0147"])
def test_every_way_of_writing_a_number_displays_the_same(text):
    assert display_phone(find_phone(text)) == "(203) 555-0147"


# --- names -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Dana Whitfield", "Dana Whitfield", id="plain"),
    pytest.param("my name is dana whitfield", "Dana Whitfield", id="my-name-is"),
    pytest.param("hi, I'm carlos de la vega", "Carlos de la Vega", id="greeting-im-particles"),
    pytest.param("it's Mary-Jane O'Neil", "Mary-Jane O'Neil", id="hyphen-apostrophe"),
    pytest.param("this is pat", "Pat", id="this-is-one-word"),
    pytest.param("my name is sam lee and my email is sam@example.com", "Sam Lee", id="name-then-email"),
    pytest.param("dana whitfield 203-555-0147", "Dana Whitfield", id="name-then-phone"),
    pytest.param("Bill Ortega, no wait, put William Ortega like my license, bortega@example.com", "William Ortega",
                 id="taken-back-for-a-later-one"),
    pytest.param("Heyer with a y at the end", "Heyer", id="spelling-note-after-it"),
    pytest.param("told you already lol 😑 nina patel npatel@example.com", "Nina Patel", id="just-before-the-email"),
])
def test_find_name(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Ok Jennifer Walsh", "Jennifer Walsh", id="ok"),
    pytest.param("okay, Jennifer Walsh", "Jennifer Walsh", id="okay-comma"),
    pytest.param("Ok. Jennifer Walsh", "Jennifer Walsh", id="ok-full-stop"),
    pytest.param("sure its jennifer walsh", "Jennifer Walsh", id="sure-its"),
    pytest.param("yes it's Jennifer Walsh", "Jennifer Walsh", id="yes-its"),
    pytest.param("just Jennifer Walsh", "Jennifer Walsh", id="just"),
    pytest.param("um jennifer walsh", "Jennifer Walsh", id="um"),
    pytest.param("like I said, Jennifer Walsh", "Jennifer Walsh", id="like-i-said-comma"),
    pytest.param("like i said jennifer walsh", "Jennifer Walsh", id="like-i-said"),
    pytest.param("same as before, Jennifer Walsh", "Jennifer Walsh", id="same-as-before-then-name"),
    pytest.param("ok, like I said, it's Jennifer Walsh", "Jennifer Walsh", id="filler-stacked"),
    pytest.param("name: Jennifer Walsh", "Jennifer Walsh", id="name-colon"),
    pytest.param("Name - Jennifer Walsh", "Jennifer Walsh", id="name-dash"),
    pytest.param("my full name is jennifer anne walsh", "Jennifer Anne Walsh", id="my-full-name-is"),
    pytest.param("this is Jennifer Walsh", "Jennifer Walsh", id="this-is"),
    pytest.param("Jennifer Walsh thanks!", "Jennifer Walsh", id="trailing-thanks"),
    pytest.param("Jennifer Walsh here", "Jennifer Walsh", id="trailing-here"),
    pytest.param("Jennifer Walsh.", "Jennifer Walsh", id="full-stop"),
    pytest.param('"Jennifer Walsh"', "Jennifer Walsh", id="quoted"),
    pytest.param("[Jennifer Walsh]", "Jennifer Walsh", id="bracketed"),
    pytest.param("sure thing, Jennifer Walsh", "Jennifer Walsh", id="chat-piece-before-the-name"),
])
def test_find_name_drops_chat_filler(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Richard A. Thornton,   (", "Richard A. Thornton", id="stray-comma-and-bracket"),
    pytest.param("Richard A. Thornton", "Richard A. Thornton", id="middle-initial"),
    pytest.param("richard a. thornton", "Richard A. Thornton", id="middle-initial-lower-case"),
    pytest.param("richard a thornton", "Richard A Thornton", id="middle-initial-without-dot"),
    pytest.param("It's Richard A. Thornton.", "Richard A. Thornton", id="initial-and-full-stop"),
    pytest.param("J. Walsh", "J. Walsh", id="first-initial"),
    pytest.param("Jennifer Walsh (203) 555-0147", "Jennifer Walsh", id="phone-in-brackets"),
    pytest.param("Jennifer Walsh, jwalsh@example.com, 203.555.0147", "Jennifer Walsh", id="email-and-phone"),
    pytest.param("Jennifer Walsh and my email is jw@example.com", "Jennifer Walsh", id="and-my-email"),
    pytest.param("Jennifer Walsh / 2035550147", "Jennifer Walsh", id="slash-then-phone"),
    pytest.param("Jennifer Walsh - jw@example.com", "Jennifer Walsh", id="dash-then-email"),
    pytest.param("Dana Whitfield from Compo Rd", "Dana Whitfield", id="then-where-from"),
    pytest.param("Dana Whitfield 12 Maple Lane", "Dana Whitfield", id="then-address"),
    pytest.param("Walsh, Jennifer", "Jennifer Walsh", id="surname-first-as-on-a-form"),
])
def test_find_name_ends_where_the_name_ends(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("mary-kate o'neil", "Mary-Kate O'Neil", id="hyphen-apostrophe-lower-case"),
    pytest.param("Mary-Kate O'Neil", "Mary-Kate O'Neil", id="hyphen-apostrophe-as-typed"),
    pytest.param("maria de la cruz", "Maria de la Cruz", id="spanish-particles"),
    pytest.param("hans van der berg", "Hans van der Berg", id="dutch-particles"),
    pytest.param("Luis De La Rosa", "Luis De La Rosa", id="particles-capitalised-by-the-resident-kept"),
    pytest.param("JOHN SMITH", "John Smith", id="all-capitals"),
    pytest.param("sean mcdonald", "Sean McDonald", id="mc"),
    pytest.param("luis machado", "Luis Machado", id="mach-is-not-mac"),
    pytest.param("DeShawn Jackson", "DeShawn Jackson", id="inner-capital-kept"),
    pytest.param("dana Whitfield", "Dana Whitfield", id="mixed-case-input"),
    pytest.param("josé núñez", "José Núñez", id="accents"),
    pytest.param("john smith jr", "John Smith Jr", id="suffix"),
    pytest.param("Dr. john smith jr.", "John Smith Jr.", id="title-dropped-suffix-kept"),  # a record holds the name, not the courtesy title
    pytest.param("robert king iii", "Robert King III", id="roman-numeral"),
    pytest.param("Mary St. Clair", "Mary St. Clair", id="saint"),
    pytest.param("Anh Do", "Anh Do", id="surname-that-is-also-a-word"),
    pytest.param("Johnny Cash", "Johnny Cash", id="surname-that-is-also-a-noun"),
])
def test_find_name_spells_names_as_people_write_them(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Paul and Linda Ferraro", "Paul and Linda Ferraro", id="couple-one-surname"),
    pytest.param("paul and linda ferraro", "Paul and Linda Ferraro", id="couple-lower-case"),
    pytest.param("John Smith and Mary Jones", "John Smith and Mary Jones", id="two-full-names"),
    pytest.param("Paul & Linda Ferraro", "Paul & Linda Ferraro", id="ampersand"),
])
def test_two_people_are_one_string_naming_both(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize("text", [
    pytest.param("no", id="no"),
    pytest.param("none", id="none"),
    pytest.param("n/a", id="n-a"),
    pytest.param("N/A", id="n-a-capitals"),
    pytest.param("same", id="same"),
    pytest.param("same as before", id="same-as-before"),
    pytest.param("the same as before", id="the-same-as-before"),
    pytest.param("not sure", id="not-sure"),
    pytest.param("idk", id="idk"),
    pytest.param("I don't know", id="dont-know"),
    pytest.param("prefer not to say", id="prefer-not"),
    pytest.param("anonymous", id="anonymous"),
    pytest.param("nothing taken", id="nothing-taken"),
    pytest.param("nothing was stolen", id="nothing-was-stolen"),
    pytest.param("why do you need that", id="question"),
    pytest.param("my car was stolen", id="a-story"),
    pytest.param("someone broke into my car last night", id="a-longer-story"),
    pytest.param("12 Maple Lane", id="address-with-number"),
    pytest.param("45 Compo Rd", id="address-abbreviated"),
    pytest.param("Compo Road", id="street-without-number"),
    pytest.param("Main St", id="street-abbreviation"),
    pytest.param("call me at 203 555 0147", id="only-a-phone"),
    pytest.param("dana@example.com", id="only-an-email"),
    pytest.param("ok", id="only-filler"),
    pytest.param("ugh", id="a-sigh"),
    pytest.param("me and my wife", id="pronouns"),
    pytest.param("123", id="digits"),
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
])
def test_find_name_rejects_non_names(text):
    assert find_name(text) is None


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("My name is Dana Whitfield, someone keyed my car", "Dana Whitfield", id="clause-before-comma"),
    pytest.param("hi my name is rosa diaz", "Rosa Diaz", id="end-of-message"),
    pytest.param("my name is jennifer walsh someone broke in", "Jennifer Walsh", id="lower-case-runs-on"),
    pytest.param("my name is jennifer walsh last night my car was hit", "Jennifer Walsh", id="lower-case-then-when"),
    pytest.param("my name is richard a. thornton and i live on compo", "Richard A. Thornton", id="middle-initial"),
    pytest.param("My name is Mary de la Cruz and my bike is gone", "Mary de la Cruz", id="particles"),
    pytest.param("this is Dana Whitfield from Compo Rd", "Dana Whitfield", id="this-is-from"),
    pytest.param("hi this is dana whitfield from compo rd", "Dana Whitfield", id="this-is-lower-case-from"),
    pytest.param("Hi, I'm Dana Whitfield and my bike was stolen", "Dana Whitfield", id="im-capitalised"),
    pytest.param("hello this is Dana calling about my car", "Dana", id="one-word-then-calling"),
    pytest.param("hi this is dana calling about my car", "Dana", id="lower-case-one-word-then-calling"),
    pytest.param("Good morning, this is Dana Whitfield. My mailbox was smashed", "Dana Whitfield", id="greeting-sentence-end"),
])
def test_name_in_sentence(text, name):
    assert name_in_sentence(text) == name


@pytest.mark.parametrize("text", [
    pytest.param("someone keyed my car", id="no-name"),
    pytest.param("I know his name is Bob", id="someone-elses-name"),
    pytest.param("Dana Whitfield here", id="never-guessed"),
    pytest.param("this is ridiculous", id="this-is-an-opinion"),
    pytest.param("this is really weird here", id="this-is-lower-case-words"),
    pytest.param("This is Compo Beach", id="this-is-a-place"),
    pytest.param("This is my car", id="this-is-my"),
    pytest.param("this is Dana's car", id="possessive"),
    pytest.param("I'm really upset", id="im-a-feeling"),
    pytest.param("I'm Not Sure", id="im-capitalised-non-name"),
    pytest.param("i am dana", id="lower-case-one-word-without-a-cue"),
    pytest.param("I think this is Dana Whitfield's bike", id="not-at-the-start"),
    pytest.param("this is urgent from what I can tell", id="lower-case-word-before-from"),
])
def test_name_in_sentence_is_never_guessed(text):
    assert name_in_sentence(text) is None


def test_name_in_sentence_stops_at_the_end_of_a_sentence():
    assert name_in_sentence("My name is Dana Whitfield. Someone took my bike") == "Dana Whitfield"


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("ok, like I said, my laptop", "my laptop", id="leading"),
    pytest.param("my laptop thanks", "my laptop", id="trailing"),
    pytest.param("same as before", "", id="only-filler"),
    pytest.param("okay", "", id="one-word"),
    pytest.param("Okra and kale", "Okra and kale", id="word-that-starts-like-filler"),
    pytest.param("justin", "justin", id="name-that-starts-like-filler"),
])
def test_strip_filler(text, kept):
    assert strip_filler(text) == kept


def test_vocabulary_is_read_from_data_files_once():
    assert vocabulary("filler") is vocabulary("filler")
    assert Path(VOCABULARY).name == "vocabulary" and (Path(VOCABULARY) / "filler.yml").exists()


@pytest.mark.parametrize("path", sorted(Path(VOCABULARY).glob("*.yml")), ids=lambda p: p.name)
def test_vocabulary_files_hold_only_words(path):
    """YAML reads a bare yes, no, on or off as true/false: every word in a list must stay a string."""
    data = vocabulary(path.stem)

    def words(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from words(value)
        elif isinstance(node, list):
            for value in node:
                yield from words(value)
        else:
            yield node

    assert all(isinstance(word, str) for word in words(data))


def test_a_name_after_a_lead_in_and_a_colon():
    assert find_name("I believe I have already provided these, but very well: Eleanor Whitcombe, "
                     "eleanor.whitcombe@example.com, 203-555-0142.") == "Eleanor Whitcombe"
    assert find_name("My name is Mrs. Eleanor Whitcombe") == "Eleanor Whitcombe"


@pytest.mark.parametrize(("text", "name"), [
    ("I'm her daughter, Karen Lissner, karen@example.com", "Karen Lissner"),
    ("My name is cut off, it's Margaret Lindqvist.", "Margaret Lindqvist"),
])
def test_a_name_after_words_about_the_name(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("I just did?? Dana Whitfield, dana.whitfield@example.com, 203-555-0147", "Dana Whitfield"),
    ("thats not what i meant lol. anyway its priya natarajan, priya.nat@gmail.com, this #", "Priya Natarajan"),
])
def test_a_name_after_a_complaint_is_still_found(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("no no, nobody's in danger, it's normal chimney smoke from their fireplace.", None),
    ("ok ya call me back. name is Tyler Brandt", "Tyler Brandt"),
    ("name's Rich Pagano, 203 555 0114", "Rich Pagano"),
])
def test_a_name_in_passing_only_when_said_as_a_name(text, name):
    assert name_in_sentence(text) == name


def test_a_name_written_without_is_counts_when_typed_as_a_name():
    assert name_in_sentence("yes please call me. my name Wei Zhang, this number") == "Wei Zhang"
    assert name_in_sentence("my name was on the envelope") is None


def test_an_email_taken_back_gives_the_one_meant():
    assert find_email("Owen Tate, otate99@example.com, sorry thats my old one. use owen.tate@example.com") == \
        "owen.tate@example.com"
    assert find_email("mine is a@example.com and my wife's is b@example.com") == "a@example.com"


def test_a_phone_taken_back_gives_the_one_meant():
    assert find_phone("Tina, 203-555-0190 - no sorry thats my husbands, mine is 203-555-0193") == "+12035550193"
    assert find_phone("call 203-555-0190 or my cell 203-555-0193") == "+12035550190"


def test_the_residents_own_phone_is_the_one_labelled_theirs():
    from bot.contacts import own_phone
    text = "the number who call me is 475-555-0193. My name is Ana, email ana@example.com, phone 203-555-0148"
    assert own_phone(text) == "+12035550148"
    assert own_phone("203-555-0148 or 475-555-0193") == "+12035550148"
