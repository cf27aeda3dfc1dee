"""Templates and FAQ entries most similar to an incoming mail.

Character n-grams (2–3, within word boundaries) need no tokenizer, so one index serves
Japanese, which has no spaces, and English; they also survive typos and inflection
(「ログインできない」 ~ 「ログインできません」). TF-IDF down-weights what every entry
shares (「お世話になっております」, "please"), cosine similarity ranks.

Two checks then keep the compose box from offering what an agent cannot send (s8 walk):
an entry must share a content word with the mail (quality/words: n-grams of particles and
endings made 「お問い合わせ受付」 the answer to an app's notifications), and FAQ text written
for the website, which tells the customer to contact support (「サポート窓口にご連絡いただけ
れば…」, "contact our support team"), ranks below reply-ready text and says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from madoguchi.mail.quote import split_quoted
from madoguchi.quality.words import GENERIC_WORDS, content_words, stem

# A question is in its first lines; a 50 KB log pasted below it would only add noise.
MAX_QUERY_CHARS = 4000
# Text for the website sends the customer to support: in a reply from support it reads
# as "please contact us" to someone who just did. Ranked at this share of its score.
NOT_REPLY_READY_FACTOR = 0.5
# How many n-gram candidates per wanted suggestion are checked for shared content words.
CANDIDATES_PER_SUGGESTION = 8
# A word in this share of all entries or more is the company's voice (its product name,
# "account"), not a topic: sharing it makes nothing related.
COMMON_WORD_SHARE = 0.2
# One shared word is a weak sign; with it the n-gram score must be at least this. (Demo
# data: one-word matches below it were 「変更」「削除」「ユーザー」 in unrelated entries.)
ONE_WORD_MIN_SCORE = 0.12
_SENDS_TO_SUPPORT = re.compile(
    r"(サポート|窓口|カスタマーセンター|お客様センター|弊社)[^。\n]{0,12}"
    r"(ご連絡|ご相談|お問い?合わ?せ|お申し付け)(ください|いただければ|いただけれ|下さい|願います)"
    r"|(ご連絡|お問い?合わ?せ)(いただければ|ください)[^。\n]{0,20}(サポート|窓口)"
    r"|\b(contact|reach out to|get in touch with|write to|email)\s+(our |the )?"
    r"(support|customer service|help ?desk|us)\b",
    re.IGNORECASE,
)


def is_reply_ready(text: str) -> bool:
    """False for text that tells the customer to contact support (written for the web)."""
    return _SENDS_TO_SUPPORT.search(unicodedata.normalize("NFKC", text)) is None


@dataclass(frozen=True, slots=True)
class SuggestionEntry:
    key: str
    title: str
    text: str
    kind: str  # "template" or "faq"


@dataclass(frozen=True, slots=True)
class Suggestion:
    key: str
    title: str
    kind: str
    score: float  # cosine similarity, 0..1 (halved for text that is not reply-ready)
    reply_ready: bool = True  # False: written for the website, edit before sending
    shared_words: tuple[str, ...] = ()  # content words of the mail the entry also has


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


class SuggestionIndex:
    """Built once from the current templates and FAQ; rebuild when they change (< 1 s)."""

    def __init__(
        self, entries: Sequence[SuggestionEntry], own_names: frozenset[str] = frozenset()
    ) -> None:
        """`own_names`: the words of the company's own names (mailboxes), which customers
        write in mail of every kind: sharing one relates nothing (walk 20 G15: "Charged
        twice" was offered the GDPR agreement for sharing "tsunagu")."""
        self._entries = tuple(entries)
        self._ignored = frozenset(stem(word) for word in GENERIC_WORDS | own_names)
        self._entry_words: dict[int, frozenset[str]] = {}  # filled as entries are ranked
        self._common_words: frozenset[str] | None = None
        self._vectorizer = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 3),
            sublinear_tf=True,
            preprocessor=_normalise,
            dtype=np.float32,
        )
        # The title says what an entry is for; count it twice against a long body.
        documents = [f"{entry.title}\n{entry.title}\n{entry.text}" for entry in self._entries]
        self._matrix = None
        if any(document.strip() for document in documents):
            try:
                self._matrix = self._vectorizer.fit_transform(documents).tocsr()
            except ValueError:  # every entry blank or punctuation only: nothing to match
                self._matrix = None

    def __len__(self) -> int:
        return len(self._entries)

    def suggest(self, text: str, k: int = 3) -> list[Suggestion]:
        """The `k` entries most similar to the new text of `text`, best first; none that
        shares no content word with it."""
        if self._matrix is None or k <= 0:
            return []
        own_text = (split_quoted(text[: MAX_QUERY_CHARS * 4]).body or text)[:MAX_QUERY_CHARS]
        query = self._vectorizer.transform([own_text])
        if query.nnz == 0:
            return []
        scores = (self._matrix @ query.T).toarray().ravel()
        count = min(k * CANDIDATES_PER_SUGGESTION, len(scores))
        top = np.argpartition(-scores, count - 1)[:count]
        ranked = sorted(top.tolist(), key=lambda index: (-scores[index], index))
        query_words = {stem(word): word for word in content_words(own_text)}
        found = []
        for index in ranked:
            if scores[index] <= 0:
                break
            shared = (self._words_of(index) & query_words.keys()) - self._common() - self._ignored
            if not shared or (len(shared) == 1 and scores[index] < ONE_WORD_MIN_SCORE):
                continue
            entry = self._entries[index]
            ready = is_reply_ready(entry.text)
            score = float(scores[index]) * (1 if ready else NOT_REPLY_READY_FACTOR)
            found.append(
                Suggestion(
                    key=entry.key,
                    title=entry.title,
                    kind=entry.kind,
                    score=round(score, 4),
                    reply_ready=ready,
                    shared_words=tuple(sorted(query_words[key] for key in shared)),
                )
            )
        found.sort(key=lambda suggestion: (not suggestion.reply_ready, -suggestion.score))
        return found[:k]

    def _common(self) -> frozenset[str]:
        """Words in COMMON_WORD_SHARE of the entries or more (worked out on first use:
        a rebuilt index costs nothing until someone asks for a suggestion)."""
        if self._common_words is None:
            frequency = Counter(
                word for index in range(len(self._entries)) for word in self._words_of(index)
            )
            at_least = max(3, COMMON_WORD_SHARE * len(self._entries))
            self._common_words = frozenset(w for w, n in frequency.items() if n >= at_least)
        return self._common_words

    def _words_of(self, index: int) -> frozenset[str]:
        words = self._entry_words.get(index)
        if words is None:
            entry = self._entries[index]
            words = frozenset(stem(word) for word in content_words(f"{entry.title}\n{entry.text}"))
            self._entry_words[index] = words
        return words
