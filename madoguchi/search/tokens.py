"""Turning text into index tokens and queries into token phrases (pure, no Django).

Japanese has no spaces and many two-character words (返金, 解約), so CJK runs are indexed
as overlapping character bigrams plus the run's last character on its own, and Latin text
as lower-cased words. The result is a space-separated string that an ordinary word index
(SQLite FTS5 unicode61, PostgreSQL tsvector 'simple') stores as it is. A query becomes a
phrase of bigrams; a single CJK character becomes a prefix query.
"""

from __future__ import annotations

import re
from operator import add

from madoguchi.mail.nfkc import nfkc

# Kana, CJK ideographs, the iteration marks and the prolonged sound mark (ー).
_CJK = "\u3005\u3006\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")

# Longest text indexed per message: keeps PostgreSQL's tsvector positions (max 16,383)
# meaningful and the index small; the head of a mail carries what people search for.
MAX_INDEXED_CHARS = 30_000


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


try:  # the same loop in C (setup.py builds it when a compiler is at hand): ~10x faster
    from madoguchi.search._tokens import join_tokens
except ImportError:  # pragma: no cover - a machine without a C compiler
    join_tokens = _join_tokens


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
    """What one message contributes to the index: its subject, sender and text."""
    return index_tokens(" ".join(part for part in (subject, from_name, from_address, text) if part))
