"""Turning text into index tokens and queries into token phrases (pure, no Django).

Japanese has no spaces and many two-character words (返金, 解約), so CJK runs are indexed
as overlapping character bigrams plus the run's last character on its own, and Latin text
as lower-cased words. The result is a space-separated string that an ordinary word index
(SQLite FTS5 unicode61, PostgreSQL tsvector 'simple') stores as it is. A query becomes a
phrase of bigrams; a single CJK character becomes a prefix query.

English words are also indexed by their Snowball stem, so `invoice` finds "invoices" and
`charge` finds "Charged twice". The stems go after all other tokens, marked with STEM_MARK
(digits and letters, so both databases keep the mark and the stem as one token), which
leaves the positions of the words themselves untouched: a "quoted phrase" still matches
the exact words in order, never a stem.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import add

import snowballstemmer

from madoguchi.mail.nfkc import nfkc

# Kana, CJK ideographs, the iteration marks and the prolonged sound mark (ー).
_CJK = "\u3005\u3006\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
CJK_CHARACTERS = _CJK  # for a regular expression's character class

# Longest text indexed per message: keeps PostgreSQL's tsvector positions (max 16,383)
# meaningful and the index small; the head of a mail carries what people search for.
MAX_INDEXED_CHARS = 30_000


STEM_MARK = "0s"
# English words worth stemming: letters only, long enough to have an ending.
_ENGLISH_WORD = re.compile(r"(?<![^ ])[a-z]{4,}(?![^ ])")
_english = snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Snowball stem (~90 µs uncached; mail vocabularies repeat, so the cache holds)."""
    return str(_english.stemWord(word))


def _english_words(tokens: str) -> set[str]:
    return set(_ENGLISH_WORD.findall(tokens))


def stem_tokens(tokens: str) -> str:
    """Marked stems of the English words in a token string whose stem differs from them."""
    stems = {root for word in english_words(tokens) if (root := stem(word)) != word}
    return " ".join(STEM_MARK + root for root in sorted(stems) if root)


def normalise(text: str) -> str:
    # NFKC folds full-width Latin (Ｅｒｒｏｒ), half-width katakana (ｴﾗｰ) and ① alike.
    return nfkc(text).casefold()


def index_tokens(text: str) -> str:
    return join_tokens(normalise(text[:MAX_INDEXED_CHARS]))


def _join_tokens(text: str) -> str:
    """Tokens of normalised text: each CJK run's bigrams and last character, each word."""
    tokens: list[str] = []
    append, extend = tokens.append, tokens.extend
    for cjk, word in _RUN.findall(text):
        if word:
            append(word)
        else:
            if len(cjk) > 1:
                extend(map(add, cjk, cjk[1:]))  # overlapping bigrams, built in C
            append(cjk[-1])
    return " ".join(tokens)


try:  # the same loops in C (setup.py builds it when a compiler is at hand): ~10x faster
    from madoguchi.search._tokens import english_words, join_tokens
except ImportError:  # pragma: no cover - a machine without a C compiler
    join_tokens = _join_tokens
    english_words = _english_words


def term_tokens(term: str) -> tuple[list[str], bool]:
    """The token phrase a query term must match, and whether its last token is a prefix.

    '返金' → ['返金']; '返金について' → ['返金', '金に', 'につ', 'つい', 'いて'];
    '金' → (['金'], True): any bigram starting with 金, or 金 ending a run;
    'ログインID' → ['ログ', 'グイ', 'イン', 'ン', 'id']: a run followed by more of the term
    ends there in the mail too, so its last character is a token, as in index_tokens.
    """
    tokens: list[str] = []
    prefix = False
    runs = _RUN.findall(normalise(term))
    for number, (cjk, word) in enumerate(runs, start=1):
        if word:
            tokens.append(word)
            prefix = False
            continue
        tokens.extend(map(add, cjk, cjk[1:]))
        if number < len(runs) or len(cjk) == 1:
            tokens.append(cjk[-1])
        # A term ending in one CJK character matches it as the start of a bigram too.
        prefix = number == len(runs) and len(cjk) == 1
    return tokens, prefix


def message_tokens(subject: str, from_name: str, from_address: str, text: str) -> str:
    """What one message contributes to the index: its subject, sender and text, then stems."""
    tokens = index_tokens(
        " ".join(part for part in (subject, from_name, from_address, text) if part)
    )
    stems = stem_tokens(tokens)
    return f"{tokens} {stems}" if stems else tokens


def term_alternatives(term: str, exact: bool) -> list[tuple[list[str], bool]]:
    """The phrases any of which a query term matches: itself, and for a bare English word
    its stem family (the marked stem, and the stem as a word: `refunds` → refund)."""
    tokens, prefix = term_tokens(term)
    if exact or len(tokens) != 1 or prefix or not _ENGLISH_WORD.fullmatch(tokens[0]):
        return [(tokens, prefix)] if tokens else []
    word = tokens[0]
    root = stem(word)
    alternatives = [([word], False), ([STEM_MARK + root], False)]
    if root != word:
        alternatives.append(([root], False))
    return alternatives


# Reserved lexemes for filter values in a PostgreSQL conversation's document
# (filter_tokens): the broken bar (U+00A6, backends.FILTER_MARK) and a letter, as SQLite's
# filter tokens are spelled. Session 8 used `zzstatus`/`zzlabel`, which a typed word could
# produce: searching `zzstatusopen` listed the open conversations. The text side of the
# index never yields U+00A6 (it is no word character here, and PostgreSQL's parser drops
# it), so no typed word can match a reserved lexeme; the lexemes reach the documents by
# array_to_tsvector and the queries by a tsquery literal, both of which keep it verbatim.
FILTER_STATUS = "\u00a6s"
FILTER_LABEL = "\u00a6l"
# What session 8's documents carry (migration 0038 removes them).
OLD_FILTER_PREFIXES = ("zzstatus", "zzlabel")


def filter_tokens(status: str | None = None, label_ids: tuple[int, ...] = ()) -> list[str]:
    """The lexemes a conversation's document carries for its status and labels, so that a
    word and a filter (`返金 status:open`) are one index match instead of a word's
    matches tested one by one against the conversations (search/backends.py,
    PostgresBackend.filter_statements). `no_action` → ¦snoaction, as in SQLite."""
    tokens = [FILTER_STATUS + status.replace("_", "")] if status else []
    return tokens + [f"{FILTER_LABEL}{label}" for label in label_ids]
