"""Triage of an incoming mail: urgency, emotion, terseness, a queue score and the reasons.

    >>> triage("至急！ログインできません", subject=None).urgency
    'high'

The signals are weighted phrase cues (lexicons.py) read from the sender's own new text:
quoted history and the signature are cut off first (madoguchi.mail.quote), so our own
earlier "urgent" in a quote does not count. Pure and fast: no morphology, no model file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from madoguchi.quality.language import Language
from madoguchi.quality.triage.emotion import Emotion, judge_emotion
from madoguchi.quality.triage.matching import Hit, find_hits, has_contrast, weight_by_category
from madoguchi.quality.triage.terse import judge_terse
from madoguchi.quality.triage.text import prepare
from madoguchi.quality.triage.urgency import Urgency, high_weight, is_settled, judge_urgency

__all__ = ["TriageResult", "triage"]

_BASE_SCORE = {"high": 0.65, "normal": 0.35, "low": 0.1}
_EMOTION_SCORE = {"angry": 0.15, "anxious": 0.1, "neutral": 0.0, "positive": -0.05}
_MAX_REASONS = 6


@dataclass(frozen=True, slots=True)
class TriageResult:
    urgency: Urgency
    emotion: Emotion
    terse: bool
    score: float  # 0..1, higher = answer sooner; high urgency always outranks normal
    reasons: tuple[str, ...]  # in the mail's language, strongest first
    lang: Language

    def to_dict(self) -> dict[str, Any]:
        """The object of `madoguchi triage` (CONTRACT.md)."""
        return {
            "urgency": self.urgency,
            "emotion": self.emotion,
            "terse": self.terse,
            "score": self.score,
            "reasons": list(self.reasons),
            "lang": self.lang,
        }


def triage(body: str, *, subject: str | None = None, own_text: str | None = None) -> TriageResult:
    """Judge one incoming mail. Never raises on any string.

    own_text: the sender's new text (mail.quote.split_quoted(body).body), when the caller
    has it already; otherwise it is split off here.
    """
    if not isinstance(body, str):  # callers are typed, but a None from a bad parse must not crash
        body = ""
    own = own_text if isinstance(own_text, str) else None
    mail = prepare(body, subject if isinstance(subject, str) else None, own)
    hits = find_hits(mail.text)
    weights = weight_by_category(hits)
    settled = is_settled(weights, contrast=has_contrast(mail.body))
    urgency = judge_urgency(weights, settled=settled)
    emotion = judge_emotion(weights, settled=settled)
    terse = judge_terse(mail.body, mail.subject, mail.lang, weights, settled=settled)
    score = _score(urgency, emotion, terse, high_weight(weights, settled=settled))
    reasons = _reasons(hits, urgency, emotion, terse, mail.lang)
    return TriageResult(urgency, emotion, terse, score, reasons, mail.lang)


def _score(urgency: Urgency, emotion: Emotion, terse: bool, strength: float) -> float:
    score = _BASE_SCORE[urgency] + _EMOTION_SCORE[emotion]
    if urgency == "high":
        # Two kinds of trouble at once (locked out and charged twice) ranks above one.
        score += 0.05 * min(max(strength - 1.0, 0.0), 2.0)
    if terse:
        score += 0.05  # a quick clarifying question unblocks the customer
    return round(min(max(score, 0.0), 1.0), 3)


_RELEVANT_BY_URGENCY = {
    "high": ("high",),
    "normal": (),
    "low": ("low", "resolved", "calm"),
}


def _reasons(
    hits: list[Hit], urgency: Urgency, emotion: Emotion, terse: bool, lang: Language
) -> tuple[str, ...]:
    wanted = set(_RELEVANT_BY_URGENCY[urgency])
    if emotion != "neutral":
        wanted.add(emotion)
    reasons: list[str] = []
    seen: set[str] = set()
    for hit in sorted(hits, key=lambda hit: _signal_rank(hit.category.signal)):
        category = hit.category
        if category.signal not in wanted or category.name in seen:
            continue
        seen.add(category.name)
        reasons.append(_describe(hit, lang))
    if terse:
        reasons.append(
            "本文が短く、状況（対象・エラー・日時）が分からない"
            if lang == "ja"
            else "too short to act on: what, which error, since when are missing"
        )
    if not reasons:
        reasons.append("目立った緊急の兆候なし" if lang == "ja" else "no sign of urgency")
    return tuple(reasons[:_MAX_REASONS])


_SIGNAL_ORDER = ("high", "angry", "anxious", "low", "resolved", "calm", "positive")


def _signal_rank(signal: str) -> int:
    return _SIGNAL_ORDER.index(signal) if signal in _SIGNAL_ORDER else len(_SIGNAL_ORDER)


def _describe(hit: Hit, lang: Language) -> str:
    excerpt = " ".join(hit.excerpt.split())[:40]
    if lang == "ja":
        return f"{hit.category.reason_ja}（「{excerpt}」）"
    return f'{hit.category.reason_en} ("{excerpt}")'
