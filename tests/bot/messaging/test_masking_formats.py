"""Every way residents write an SSN or a card number is masked, and the numbers they need kept are kept
(issue 10: at least 40 formats, no false masks on the look-alikes). 536-82-4417 is a made-up SSN that
follows the Social Security Administration's rules; 4539 1488 0343 6467 and the others are test card
numbers with a valid check digit."""
from __future__ import annotations

import pytest

from bot.messaging.masking import mask_sensitive

NBSP, THIN, EN, EM, MINUS, NB_HYPHEN = "\u00a0", "\u2009", "\u2013", "\u2014", "\u2212", "\u2011"

SSN_FORMATS = [
    "536-82-4417", "536 82 4417", "536.82.4417", "536/82/4417", "536_82_4417", "536824417",
    f"536{EN}82{EN}4417", f"536{EM}82{EM}4417", f"536{MINUS}82{MINUS}4417", f"536{NB_HYPHEN}82{NB_HYPHEN}4417",
    f"536{NBSP}82{NBSP}4417", f"536{THIN}82{THIN}4417", "536 - 82 - 4417", f"536 {EN} 82 {EN} 4417",
    "536-824-417", "536 824 417", "536.824.417", "\uff15\uff13\uff16-\uff18\uff12-\uff14\uff14\uff11\uff17",
    "five three six eight two four four one seven", "Five Three Six Eight Two Four Four One Seven",
    "five-three-six-eight-two-four-four-one-seven", "536 -82- 4417",
]
CARD_FORMATS = [
    "4539148803436467", "4539 1488 0343 6467", "4539-1488-0343-6467", "4539.1488.0343.6467",
    f"4539{NBSP}1488{NBSP}0343{NBSP}6467", f"4539{EN}1488{EN}0343{EN}6467", "4539 - 1488 - 0343 - 6467",
    "378282246310005", "3782 822463 10005", "3782-822463-10005", "30569309025904", "3056 930902 5904",
    "6011111111111117", "6011 1111 1111 1117", "5555555555554444", "5555 5555 5555 4444",
    "four five three nine one four eight eight zero three four three six four six seven",
    "\uff14\uff15\uff13\uff19 1488 0343 6467",
]


@pytest.mark.parametrize("number", SSN_FORMATS)
@pytest.mark.parametrize("sentence", ["my ssn is {} and they used it", "S.S.N. {}", "they have {} now"])
def test_an_ssn_is_masked_however_it_is_written(number, sentence):
    masked = mask_sensitive(sentence.format(number))
    assert "[SSN ending 4417]" in masked
    assert "536" not in masked and "five three six" not in masked.lower()


@pytest.mark.parametrize("number", CARD_FORMATS)
def test_a_card_number_is_masked_however_it_is_written(number):
    masked = mask_sensitive(f"charges on card {number} that I never made")
    assert "[card ending" in masked
    assert sum(c.isdigit() for c in masked) == 4


def test_there_are_at_least_forty_formats():
    assert len(SSN_FORMATS) + len(CARD_FORMATS) >= 40


def test_two_numbers_written_one_after_the_other_are_both_masked():
    masked = mask_sensitive("mine is 536-82-4417 and my wife's 512 44 1938")
    assert masked == "mine is [SSN ending 4417] and my wife's [SSN ending 1938]"
    masked = mask_sensitive("536-82-4417 512-44-1938")
    assert masked == "[SSN ending 4417] [SSN ending 1938]"


LOOK_ALIKES = [
    "call me at 203-555-0147", "(203) 555-0147", "+1 203 555 0147", "2035550147", "555-0147",
    "two zero three five five five zero one four seven",
    "it happened 11/28/2026 around 5:35", "on 2026-11-28", "on 11.28.26", "11 28 2026",
    "zip 06880", "Westport CT 06880-1234", "06880 1234", "zip code 068801234",
    "plate CT 2KD 118", "plate 8ZT-4471", "it cost $1,658.00", "about 2400 dollars",
    "my reference is WPD-7K3Q-9XMA", "VIN 1HGCM82633A004352",
    "imei 356938035643809", "IMEI 35-693803-564380-9",
    "tracking number 9400111899223197428490", "fedex tracking 123456789012345",
    "order 112-3456789-1234567", "account number 987654321", "routing 021000021",
    "I lost 3 rings, 2 watches and 1 bracelet", "between 2 and 4 yesterday", "exit 17 on I-95",
    "one of them was two feet long", "he called 12 times from 3 numbers",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_numbers_residents_need_are_kept(text):
    assert mask_sensitive(text) == text
