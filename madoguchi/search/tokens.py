"""Turning text into index tokens and queries into token phrases (pure, no Django).

Japanese has no spaces and many two-character words (返金, 解約), so CJK runs are indexed
as overlapping character bigrams plus the run's last character on its own, and Latin text
as lower-cased words. The result is a space-separated string that an ordinary word index
(SQLite FTS5 unicode61, PostgreSQL tsvector 'simple') stores as it is. A query becomes a
phrase of bigrams; a single CJK character becomes a prefix query.
"""

from __future__ import annotations

import re
import unicodedata

# Kana, CJK ideographs, the iteration marks and the prolonged sound mark (ー).
_CJK = "\u3005\u3006\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)
_IS_CJK = re.compile(rf"[{_CJK}]")

# Longest text indexed per message: keeps PostgreSQL's tsvector positions (max 16,383)
# meaningful and the index small; the head of a mail carries what people search for.
MAX_INDEXED_CHARS = 30_000


def normalise(text: str) -> str:
    # NFKC folds full-width Latin (Ｅｒｒｏｒ), half-width katakana (ｴﾗｰ) and ① alike.
    return unicodedata.normalize("NFKC", text).casefold()


def _run_tokens(run: str) -> list[str]:
    if not _IS_CJK.match(run):
        return [run]
    if len(run) == 1:
        return [run]
    tokens = [run[i : i + 2] for i in range(len(run) - 1)]
    tokens.append(run[-1])
    return tokens


def index_tokens(text: str) -> str:
    tokens: list[str] = []
    for run in _RUN.findall(normalise(text[:MAX_INDEXED_CHARS])):
        tokens.extend(_run_tokens(run))
    return " ".join(tokens)


def term_tokens(term: str) -> tuple[list[str], bool]:
    """The token phrase a query term must match, and whether its last token is a prefix.

    '返金' → ['返金']; '返金について' → ['返金', '金に', 'につ', 'つい', 'いて'];
    '金' → (['金'], True): any bigram starting with 金, or 金 ending a run.
    """
    tokens: list[str] = []
    prefix = False
    for run in _RUN.findall(normalise(term)):
        if _IS_CJK.match(run):
            if len(run) == 1:
                tokens.append(run)
                prefix = True
            else:
                tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
                prefix = False
        else:
            tokens.append(run)
            prefix = False
    return tokens, prefix
