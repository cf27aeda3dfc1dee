"""Japanese morphology through fugashi + unidic-lite, loaded once per process.

The tagger is built lazily: `madoguchi lint` on English text never pays for loading the
dictionary (about 0.2 s), and every caller in a process shares one tagger.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any, NamedTuple


class Token(NamedTuple):
    """One morpheme. A NamedTuple, not a frozen dataclass: the checker builds tens of
    thousands a second and a frozen dataclass's __init__ (object.__setattr__ per field) was
    a fifth of tokenize's time (session 16)."""

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


# UniDic's feature fields by position (fugashi's UnidicFeatures26/29 share the first 11):
# pos1, pos2, pos3, pos4, cType, cForm, lForm, lemma, orth, pron, orthBase.
_POSITIONS = (0, 1, 4, 5, 7, 10)
_NAMES = ("pos1", "pos2", "cType", "cForm", "lemma", "orthBase")


def _fields(feature: Any) -> tuple[str, ...]:
    if getattr(feature, "_fields", ())[10:11] == ("orthBase",):
        values = [feature[position] for position in _POSITIONS]
    else:  # another dictionary's layout: by name, as before
        values = [getattr(feature, name, None) for name in _NAMES]
    return tuple("" if value is None or value == "*" else str(value) for value in values)


def _raw_fields(raw: str, width: int) -> tuple[str, ...] | None:
    """_fields from the node's feature string, without building fugashi's named tuple per
    word (two thirds of tokenize's time, session 20). None where the string is not plain
    comma-separated UniDic (a quoted field among the first eleven, an unexpected width):
    read `feature` then. Quoted accent fields further on (「"動詞%F1,形容詞%F2@-1"」) are
    never read and leave the first eleven where they are."""
    parts = raw.split(",", 11)
    if len(parts) == 12 and width:
        lemma, orth_base = parts[7], parts[10]
        head = len(raw) - len(parts[11])
    elif len(parts) == 6:  # an unknown word: part of speech and conjugation only
        lemma = orth_base = ""
        head = len(raw)
    else:
        return None
    quote = raw.find('"')
    if 0 <= quote < head:
        return None
    pos1, pos2, ctype, cform = parts[0], parts[1], parts[4], parts[5]
    return (
        "" if pos1 == "*" else pos1,
        "" if pos2 == "*" else pos2,
        "" if ctype == "*" else ctype,
        "" if cform == "*" else cform,
        "" if lemma == "*" else lemma,
        "" if orth_base == "*" else orth_base,
    )


@lru_cache(maxsize=1)
def _raw_width() -> int:
    """How many fields a dictionary word has when the dictionary is UniDic laid out as
    _POSITIONS reads it; 0 (never read the raw string) for any other dictionary."""
    word = next(iter(_tagger()("ください")), None)
    fields = getattr(getattr(word, "feature", None), "_fields", ())
    if fields[10:11] != ("orthBase",) or word is None:
        return 0
    width = len(word.feature_raw.split(","))
    return width if width == len(fields) else 0


def tokenize(text: str) -> list[Token]:
    """Tokens with character offsets. MeCab drops white space; offsets account for it."""
    return list(_tokenize(text))


@lru_cache(maxsize=2048)
def _tokenize(text: str) -> tuple[Token, ...]:
    # Cached by text: a rewrite checked again (lint._sound) and a draft's repeated sentence
    # tag the same words; Tokens are immutable, so sharing them is safe.
    tagger = _tagger()
    width = _raw_width()
    tokens: list[Token] = []
    position = 0
    with _lock:  # a fugashi Tagger is not safe to share between threads mid-parse
        words = tagger(text)
        for word in words:
            surface = word.surface
            found = text.find(surface, position)
            if found < 0:  # MeCab normalised something; keep offsets monotonic anyway
                found = position
            end = found + len(surface)
            fields = _raw_fields(word.feature_raw, width) if width else None
            if fields is None:
                fields = _fields(word.feature)
            tokens.append(Token(surface, found, end, *fields))
            position = end
    return tuple(tokens)
