"""One defect reported in Japanese and in English is one topic (walk 11, F-4).

quality/trends groups mail by its content words and translates none, so the CSV 文字化け
wave in Japanese and the English "Japanese characters garbled after CSV import" were two
topics (or the English ones none). A small table of the words support mail is about maps
both languages onto one shared key, written as Japanese writes it, before grouping; a
topic's label is shown back in the reader's language. Only words that mean one thing in
support mail are here: a word with two senses would join unrelated mail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from madoguchi.quality.trends import Topic

# (shared key, the key in English, what else writes it: English words, Japanese variants)
SHARED_TERMS: tuple[tuple[str, str, str], ...] = (
    ("二重請求", "double charge", r"double[ -]charged?|charged twice|二重に請求"),
    ("文字化け", "garbled", r"garbled|mojibake|corrupted characters|文字が化け(?:る|て|た)"),
    ("インポート", "import", r"import(?:s|ed|ing)?|取り込(?:み|む|んだ|め)|取込"),
    ("エクスポート", "export", r"export(?:s|ed|ing)?|書き出(?:し|す|した)"),
    ("日本語", "Japanese", r"japanese(?: characters| text)?"),
    ("請求", "invoice", r"invoic(?:e|es|ed|ing)|billing|billed|overcharged"),
    ("ログイン", "login", r"log(?:ged|ging)?[ -]?in|sign(?:ed|ing)?[ -]?in|サインイン"),
    ("パスワード", "password", r"passwords?"),
    ("返金", "refund", r"refund(?:s|ed|ing)?"),
    ("解約", "cancellation", r"cancell?ation|unsubscribe"),
    ("添付ファイル", "attachment", r"attachments?|添付(?!ファイル)"),
    ("領収書", "receipt", r"receipts?"),
    ("アプリ", "app", r"apps?"),
    ("クラッシュ", "crash", r"crash(?:es|ed|ing)?"),
    ("起動", "launch", r"launch(?:es|ed|ing)?|start[ -]?up"),
)

_PATTERNS = tuple(
    (re.compile(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", re.IGNORECASE), f"、{key}、")
    for key, _english, pattern in SHARED_TERMS
)
_ENGLISH = {key: english for key, english, _pattern in SHARED_TERMS}
_KEYS_LONGEST_FIRST = sorted(_ENGLISH, key=len, reverse=True)  # 二重請求 before 請求


def with_shared_terms(text: str) -> str:
    """`text` with each listed word replaced by its shared key, for grouping only."""
    for pattern, key in _PATTERNS:
        text = pattern.sub(key, text)
    return text


def in_language(topics: Sequence[Topic], language: str) -> list[Topic]:
    """The topics with an automatic label in the reader's language: the shared keys are
    Japanese, an English reader reads them in English. A name a lead gave stays as given."""
    if language.startswith("ja"):
        return list(topics)
    shown = []
    for topic in topics:
        if topic.terms and topic.label == " / ".join(topic.terms):
            label = " / ".join(_in_english(term) for term in topic.terms)
            topic = replace(topic, label=label)
        shown.append(topic)
    return shown


# Words the table's keys are part of, said whole in English (walk 20 G13: 請求書 read
# "invoice 書").
_WHOLE_IN_ENGLISH = {"請求書": "invoice", "再発行": "reissue", "請求額": "amount billed"}


def _in_english(term: str) -> str:
    """A shared key, or a compound made only of them (インポート文字化け: "import garbled"),
    in English; any other word as it is, never half translated (「請求書」 is not
    "invoice 書")."""
    if term in _WHOLE_IN_ENGLISH:
        return _WHOLE_IN_ENGLISH[term]
    english = term
    for key in _KEYS_LONGEST_FIRST:
        if key in english:
            english = english.replace(key, f" {_ENGLISH[key]} ")
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff]", english):
        return term
    return " ".join(english.split())
