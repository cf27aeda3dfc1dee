"""A Japanese word typed the way people speak, read as the words a mail would contain.

Agents type 「返金する」, 「ログインできない」 or 「届いていない」; the mails say
「返金してください」, 「ログインできません」, 「届きません」. Matched as one string (the
index's bigrams side by side) such a word finds only the mails that happen to contain
that very inflection — usually none, and an empty page reads as "there is nothing on
this". So a typed word that carries
inflection (kana after a noun or a verb stem) is split by MeCab into its content parts,
all of which must match:

    返金する            → 返金            (a light verb: する, いる, ある, ください … is dropped)
    ログインできない     → ログイン + でき  (a verb keeps its stem: でき matches できません)
    届いていない         → 届             (届く, 届き, 届いた …)
    請求書を再発行してほしい → 請求書 + 再発行

A word of nouns only (請求書, 文字化け, 二重請求), a word without hiragana (ログイン, CSV) and a
short word in hiragana only (ありがとう is one word; MeCab guesses poorly without kanji) are
left exactly as typed, as is anything in quotes: "返金する" still means that very string.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HAS_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_HAS_KANJI_OR_KATAKANA = re.compile(r"[\u30a1-\u30ff\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
_KANA_ONLY = re.compile(r"[\u3041-\u309f\u30a1-\u30ffー]")

# Parts of speech that carry no topic: particles, auxiliaries (ない, たい, ます, です), symbols.
_DROPPED_POS = ("助詞", "助動詞", "補助記号", "記号", "空白")
# Nouns and what glues onto them (再発行, 請求書, 不安): one piece while they run together.
_NOUN_POS = ("名詞", "接頭辞", "接尾辞", "形状詞", "代名詞")
# Verbs (by dictionary form) that only carry grammar or politeness after another word.
_LIGHT_VERBS = frozenset(
    {
        "為る",  # 返金する, 解約したい
        "居る",  # 〜している
        "有る",  # 〜てある
        "成る",  # 〜になる
        "仕舞う",  # 〜てしまう
        "下さる",  # 〜てください
        "頂く",  # 〜ていただく
        "致す",  # 〜いたします
        "御座る",  # 〜ございます
        "貰う",  # 〜てもらう
        "置く",  # 〜ておく
        "欲しい",  # 〜てほしい
        "申す",  # 申し上げる
    }
)


def needs_splitting(word: str) -> bool:
    """Only a word with hiragana can carry inflection; one in hiragana alone only from four
    characters on (できない → でき; ありがとう stays whole, being one word)."""
    folded = unicodedata.normalize("NFKC", word)
    if not _HAS_HIRAGANA.search(folded):
        return False
    return bool(_HAS_KANJI_OR_KATAKANA.search(folded)) or len(folded) >= 4


@lru_cache(maxsize=1024)
def content_parts(word: str) -> tuple[str, ...]:
    """The parts of `word` a matching mail must contain; (word,) when it is one word."""
    if not needs_splitting(word):
        return (word,)
    from madoguchi.quality.morphology import tokenize

    parts: list[str] = []
    noun_run = ""
    for token in tokenize(unicodedata.normalize("NFKC", word)):  # ｌｏｇｉｎ as login
        if token.pos1.startswith(_NOUN_POS):
            noun_run += token.surface
            continue
        if noun_run:
            parts.append(noun_run)
            noun_run = ""
        if token.pos1.startswith(_DROPPED_POS) or token.lemma in _LIGHT_VERBS:
            continue
        if token.pos1 in ("動詞", "形容詞"):
            stem = _stem(token.surface, token.orth_base or token.lemma)
            if stem:
                parts.append(stem)
            continue
        parts.append(token.surface)  # 副詞, 連体詞, 感動詞 …: as written
    if noun_run:
        parts.append(noun_run)
    # A lone kana (the て of a misparse) matches nearly every mail: no use as a condition.
    kept = tuple(dict.fromkeys(p for p in parts if not (len(p) == 1 and _KANA_ONLY.match(p))))
    if not kept or "".join(kept) == unicodedata.normalize("NFKC", word):
        return (word,)
    if not _HAS_KANJI_OR_KATAKANA.search(word) and any(len(part) < 2 for part in kept):
        return (word,)  # a one-kana stem of a kana-only word would match nearly anything
    return kept


def _stem(surface: str, base: str) -> str:
    """What every form of the verb shares with this one: 届い/届く → 届, でき/できる → でき."""
    length = 0
    for a, b in zip(surface, base, strict=False):
        if a != b:
            break
        length += 1
    return surface[:length] if length else surface


_ALL_KANJI = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々]{4,}$")


@lru_cache(maxsize=1024)
def compound_parts(word: str) -> tuple[str, ...]:
    """The words of a kanji compound the writer may have split with a particle: 二重請求 as
    二重 + 請求, which 「二重に請求されています」 contains (walk 23 H3: the original complaint
    was not found by the word an agent types for it). A one-kanji piece stays with its
    neighbour (年会費, 請求書, 再発行 are one part each); (word,) when nothing splits."""
    if not _ALL_KANJI.match(unicodedata.normalize("NFKC", word)):
        return (word,)
    from madoguchi.quality.morphology import tokenize

    chunks: list[str] = []
    current = ""
    prefix = False  # `current` is only a prefix (再, 未): the next word joins it
    for token in tokenize(word):
        surface = token.surface
        if token.pos1.startswith("接頭辞"):
            if len(current) >= 2 and not prefix:
                chunks.append(current)
                current = ""
            current += surface
            prefix = True
            continue
        if token.pos1.startswith("接尾辞") or len(surface) == 1 or prefix or len(current) < 2:
            current += surface
            prefix = False
            continue
        chunks.append(current)
        current = surface
    if current:
        chunks.append(current)
    return tuple(chunks) if len(chunks) > 1 else (word,)
