"""Templates and FAQ entries most similar to an incoming mail.

Character n-grams (2–3, within word boundaries) need no tokenizer, so one index serves
Japanese, which has no spaces, and English; they also survive typos and inflection
(「ログインできない」 ~ 「ログインできません」). TF-IDF down-weights what every entry
shares (「お世話になっております」, "please"), cosine similarity ranks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from madoguchi.mail.quote import split_quoted

# A question is in its first lines; a 50 KB log pasted below it would only add noise.
MAX_QUERY_CHARS = 4000


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
    score: float  # cosine similarity, 0..1


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


class SuggestionIndex:
    """Built once from the current templates and FAQ; rebuild when they change (< 1 s)."""

    def __init__(self, entries: Sequence[SuggestionEntry]) -> None:
        self._entries = tuple(entries)
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
        """The `k` entries most similar to the new text of `text`, best first; none at 0."""
        if self._matrix is None or k <= 0:
            return []
        own_text = split_quoted(text[: MAX_QUERY_CHARS * 4]).body or text
        query = self._vectorizer.transform([own_text[:MAX_QUERY_CHARS]])
        if query.nnz == 0:
            return []
        scores = (self._matrix @ query.T).toarray().ravel()
        count = min(k, len(scores))
        top = np.argpartition(-scores, count - 1)[:count]
        ranked = sorted(top.tolist(), key=lambda index: (-scores[index], index))
        return [
            Suggestion(
                key=self._entries[index].key,
                title=self._entries[index].title,
                kind=self._entries[index].kind,
                score=round(float(scores[index]), 4),
            )
            for index in ranked
            if scores[index] > 0
        ]
