"""Short answers: yes, no, and "I don't know", as residents type them."""
from __future__ import annotations

import re

from bot.text import prepare

# Filler residents put before a yes ("whatever, yes file it", "fine yes file it", "ok fine go ahead").
LEAD = r"^(?:(?:whatever|fine|alright|all right|well|um+|uh+|ugh|oh|ok|okay|so|then|yes)\s+)*"
YES = re.compile(LEAD + r"(?:yes|yeah|yea|yep|yup|ya|y|sure|correct|right|ok|okay|k|affirmative|absolutely|definitely|of course|"
                 r"that is right|that is correct|thats right|it is|it was|it did|i do|i did|please do|yes please|confirm|"
                 r"confirmed|file it|submit|submit it|send it|go ahead|sounds good|looks good|all good|perfect|indeed|true|"
                 r"si|yes it is|yes it was|yes i do|yes correct|yes that is right|yes that is correct)\b")
NO = re.compile(LEAD + r"(?:no|nope|nah|naw|n|not really|negative|never|neither|none|nobody|no one|not that i know|"
                r"not that i (?:saw|noticed|could see|could tell|remember|am aware)|none that i (?:saw|could see|noticed)|"
                r"not as far as i know|i do not|"
                r"i did not|it was not|it is not|not at all|no way|false|no thanks|no thank you|do not)\b")


# A "yes" that also says one of these is not a plain yes ("yes but do not submit it").
RESERVATION = re.compile(r"\b(?:not|do not|dont|never|cancel|stop|wait|but|wrong|change)\b")


def yes_or_no(text: str) -> bool | None:
    """True for yes, False for no, None when the answer is neither (or both)."""
    words = prepare(text)
    is_yes = bool(YES.search(words)) and not RESERVATION.search(words)
    is_no = bool(NO.search(words))
    if is_yes == is_no:
        return None
    return is_yes
