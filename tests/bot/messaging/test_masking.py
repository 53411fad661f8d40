"""SSNs and card numbers are masked before anything stores them; other numbers residents need are kept."""
from __future__ import annotations

import pytest

from bot.messaging.masking import mask_sensitive


@pytest.mark.parametrize(("text", "masked"), [
    ("my card 4111 1111 1111 1111 was used", "my card [card ending 1111] was used"),
    ("ssn 123-45-6789", "ssn [SSN ending 6789]"),
    ("the amex is 378282246310005", "the amex is [card ending 0005]"),
])
def test_card_and_social_security_numbers_are_masked(text, masked):
    assert mask_sensitive(text) == masked


@pytest.mark.parametrize("text", ["found the box! imei is 356938035643809", "IMEI 35-693803-564380-9"])
def test_a_phones_imei_is_kept(text):
    assert mask_sensitive(text) == text


def test_the_same_digits_without_the_word_imei_are_masked_as_a_card():
    assert mask_sensitive("number 356938035643809") == "number [card ending 3809]"
