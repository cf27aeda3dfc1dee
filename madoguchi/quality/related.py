"""Are two conversations of one customer about the same thing? (Before offering a merge.)

A customer who writes about an invoice on Monday and about a login on Tuesday has two
conversations, and merging them would bury one. Two signals, both explainable to the
agent: the character n-gram cosine of subject and own text (no quote, no greetings:
「お世話になっております」 is in every mail) and the topic words they share, which are
what the agent is shown as the reason.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from madoguchi.mail.greetings import strip_pleasantries
from madoguchi.mail.quote import split_quoted
from madoguchi.quality.trends import topic_terms

# Calibrated on tests/quality/test_related.py: same-topic pairs score 0.6 and above,
# different topics of one customer (請求 vs ログイン, invoice vs log in) 0.22 and below.
SIMILAR_AT = 0.3
MAX_CHARS = 2000
MAX_REASON_TERMS = 5


@dataclass(frozen=True, slots=True)
class TopicMatch:
    score: float  # cosine of character 2–3-grams, 0..1
    shared_terms: tuple[str, ...]  # the words both are about, longest first

    @property
    def similar(self) -> bool:
        return self.score >= SIMILAR_AT and bool(self.shared_terms)


def _own_text(subject: str, body: str) -> str:
    own = split_quoted(body[: MAX_CHARS * 4]).body or body
    own = strip_pleasantries(own) or own
    # The subject says what the mail is about: count it twice against a long body.
    text = f"{subject}\n{subject}\n{own[:MAX_CHARS]}"
    return unicodedata.normalize("NFKC", text).lower()


def compare_topics(first: tuple[str, str], second: tuple[str, str]) -> TopicMatch:
    """How alike two (subject, first message text) pairs are, and the words they share."""
    texts = [_own_text(*first), _own_text(*second)]
    if not all(text.strip() for text in texts):
        return TopicMatch(0.0, ())
    vectorizer = CountVectorizer(analyzer="char_wb", ngram_range=(2, 3))
    try:
        counts = vectorizer.fit_transform(texts)
    except ValueError:  # punctuation only: nothing to compare
        return TopicMatch(0.0, ())
    score = float(cosine_similarity(counts[0], counts[1])[0, 0])
    shared = topic_terms(texts[0]) & topic_terms(texts[1])
    ranked = sorted(shared, key=lambda term: (-len(term), term))[:MAX_REASON_TERMS]
    return TopicMatch(round(score, 3), tuple(ranked))
