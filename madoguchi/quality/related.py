"""Are two conversations of one customer about the same thing? (Before offering a merge.)

A customer who writes about an invoice on Monday and about a login on Tuesday has two
conversations, and merging them would bury one. Two signals, both explainable to the
agent: the cosine of the content words of subject and own text (no quote, no greetings,
no names; Japanese by morphology, so 「二重請求の件」 meets 「二重に請求されています」,
which character n-grams judged apart: s8 walk) and the words they share, which are what
the agent is shown as the reason. A customer who says the mail goes on with another of
theirs ("Part of the same review: …", 「先日の件の続きです」) is believed when a word is shared.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from madoguchi.mail.greetings import strip_pleasantries, without_sign_off
from madoguchi.mail.quote import split_quoted
from madoguchi.quality.words import content_words, name_words, stem

# Calibrated on tests/quality/test_related.py (content words): same-topic pairs score 0.28
# (a chaser in other words: 「昨日、二重請求の件で…」) to 0.96, different topics of one
# customer 0.0 (請求 vs ログイン, パスワード vs 領収書 in the same sentence frame).
SIMILAR_AT = 0.25
MAX_CHARS = 2000
MAX_REASON_TERMS = 5


# The customer says the mail goes on with another of theirs (walk 20 G19: "Part of the same
# review: can admins export the audit log …" beside "Security questionnaire for our vendor
# review" scored 0.07, judged another topic). With a word shared, that is the same matter.
# A phrase list, kept one unit per line.
_CONTINUES = re.compile(
    r"\b(part of the same|(for|about|on|re|regarding) the same (review|request|project|order|issue|matter|case|ticket|booking|audit|application|claim|account|question|topic)|"  # noqa: E501
    r"(further|following up|follow-up) (to|on) my (earlier|previous|last|other)|(related to|in addition to|adding to|as an addition to) my (earlier|previous|last|other) (email|e-mail|message|mail|request|question)|"  # noqa: E501
    r"(one more|another|a further|a follow-up) question (about|on|for|regarding) the same)\b|"
    r"同じ件|同じ(案件|審査|申請|ご注文|注文|ご契約|契約|お問い合わせ)(の件)?(で|について|に関して|ですが)|(先ほど|先日|前回|昨日|別途|別のメール)の(件|お問い合わせ|ご連絡|メール)(の続き|に関連して|に関連し|に追加で|と同じ|の補足|に補足)|"  # noqa: E501
    r"(先ほど|先日|前回)の件の続き|追加でお(聞き|尋ね|伺い)|(の)?続きです",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TopicMatch:
    score: float  # cosine of content-word counts, 0..1
    shared_terms: tuple[str, ...]  # the words both are about, longest first
    continues: bool = False  # a customer's mail says it goes on with another of theirs

    @property
    def similar(self) -> bool:
        return bool(self.shared_terms) and (self.score >= SIMILAR_AT or self.continues)


def _own_text(subject: str, body: str, names: tuple[str, ...]) -> str:
    own = split_quoted(body[: MAX_CHARS * 4]).body or body
    # The signature says who writes (their company, their department), not what about.
    own = without_sign_off(own, names) or own
    own = strip_pleasantries(own) or own
    # The subject says what the mail is about: count it twice against a long body.
    text = f"{subject}\n{subject}\n{own[:MAX_CHARS]}"
    return unicodedata.normalize("NFKC", text).lower()


def compare_topics(
    first: tuple[str, str], second: tuple[str, str], names: Iterable[str] = ()
) -> TopicMatch:
    """How alike two (subject, first message text) pairs are, and the words they share.
    `names`: the customer's (both mails are theirs: their name is no shared topic)."""
    names = tuple(names)
    exclude = name_words(names)
    words = [
        content_words(_own_text(*first, names), exclude),
        content_words(_own_text(*second, names), exclude),
    ]
    counts = [Counter(stem(word) for word in found) for found in words]
    if not all(counts):
        return TopicMatch(0.0, ())
    dot = sum(count * counts[1][key] for key, count in counts[0].items())
    norms = [math.sqrt(sum(count * count for count in keys.values())) for keys in counts]
    score = dot / (norms[0] * norms[1])
    shared_keys = set(counts[0]) & set(counts[1])
    # Shown as the first mail wrote them ("charged", not the key "charg").
    shared = {word for word in words[0] if stem(word) in shared_keys}
    # 請求 and 発行 say nothing more beside 請求書 and 再発行.
    longest = {term for term in shared if not any(term in other for other in shared - {term})}
    ranked = sorted(longest, key=lambda term: (-len(term), term))[:MAX_REASON_TERMS]
    continues = any(_CONTINUES.search(_own_text("", body, names)) for _, body in (first, second))
    return TopicMatch(round(score, 3), tuple(ranked), continues)
