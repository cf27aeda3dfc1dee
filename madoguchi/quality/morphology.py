"""Japanese morphology through fugashi + unidic-lite, loaded once per process.

The tagger is built lazily: `madoguchi lint` on English text never pays for loading the
dictionary (about 0.2 s), and every caller in a process shares one tagger.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    start: int  # character offset into the analysed text
    end: int
    pos1: str  # 品詞大分類: 名詞, 動詞, 助動詞 …
    pos2: str  # 品詞中分類: 普通名詞, 非自立可能 …
    ctype: str  # 活用型: 助動詞-ナイ …
    cform: str  # 活用形: 命令形, 仮定形-一般 …
    lemma: str  # 語彙素: the dictionary form (ください → 下さる)
    orth_base: str  # 書字形基本形: ください → くださる


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import fugashi  # imported here: English-only callers never load MeCab

    return fugashi.Tagger()


def _field(feature: Any, name: str) -> str:
    value = getattr(feature, name, None)
    return "" if value is None or value == "*" else str(value)


def tokenize(text: str) -> list[Token]:
    """Tokens with character offsets. MeCab drops white space; offsets account for it."""
    tagger = _tagger()
    tokens: list[Token] = []
    position = 0
    with _lock:  # a fugashi Tagger is not safe to share between threads mid-parse
        words = tagger(text)
        for word in words:
            surface = word.surface
            found = text.find(surface, position)
            if found < 0:  # MeCab normalised something; keep offsets monotonic anyway
                found = position
            feature = word.feature
            tokens.append(
                Token(
                    surface=surface,
                    start=found,
                    end=found + len(surface),
                    pos1=_field(feature, "pos1"),
                    pos2=_field(feature, "pos2"),
                    ctype=_field(feature, "cType"),
                    cform=_field(feature, "cForm"),
                    lemma=_field(feature, "lemma"),
                    orth_base=_field(feature, "orthBase"),
                )
            )
            position = found + len(surface)
    return tokens
