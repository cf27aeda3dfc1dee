"""Which language a text is written in, for choosing the Japanese or English rules."""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["ja", "en"]

# Hiragana, katakana (full and half width) and CJK ideographs.
# Runs rather than single characters: counting their lengths makes fewer objects.
_JAPANESE = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]+")


def detect_language(text: str, sample: int = 4000) -> Language:
    """Japanese ("ja") when kana and kanji make up a fair share of the letters, else "en".

    A Japanese mail quotes English error messages and product names; an English mail
    rarely carries more than a stray name in kanji. So a low share (15%) already means ja.
    """
    head = text[:sample]
    japanese = sum(map(len, _JAPANESE.findall(head)))
    latin = sum(map(len, _LATIN_LETTER.findall(head)))
    if japanese == 0:
        return "en"
    # Kana/kanji carry roughly three Latin letters' worth of meaning each.
    return "ja" if japanese * 3 >= 0.15 * (japanese * 3 + latin) else "en"
