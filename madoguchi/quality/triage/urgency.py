"""Urgency: high (down, locked out, money, deadline, security, legal, leaving), low (ideas,
thanks, feedback, already solved), normal otherwise."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Urgency = Literal["high", "normal", "low"]

HIGH_CATEGORIES = (
    "outage",
    "login",
    "paid_unusable",
    "billing",
    "deadline",
    "security",
    "legal",
    "cancel_threat",
)
# Even in a thank-you mail these still need a person soon.
_STICKY_HIGH = frozenset({"security", "legal", "cancel_threat"})


def high_weight(weights: Mapping[str, float], *, settled: bool) -> float:
    """How strongly the mail reads as urgent; `settled` mails keep only sticky categories."""
    total = 0.0
    for name in HIGH_CATEGORIES:
        if settled and name not in _STICKY_HIGH:
            continue
        if name == "deadline" and weights.get("calm", 0.0) > 0:
            continue  # 「急ぎません」 wins over a stray 「すぐに」
        total += weights.get(name, 0.0)
    return total


def is_settled(weights: Mapping[str, float], *, contrast: bool) -> bool:
    """A thank-you or "it works now" mail with no "but still …": the problem is over."""
    closing = weights.get("resolved", 0.0) + weights.get("thanks", 0.0)
    return closing > 0 and not contrast and weights.get("angry", 0.0) < 1.5


def judge_urgency(weights: Mapping[str, float], *, settled: bool) -> Urgency:
    if high_weight(weights, settled=settled) >= 1.0:
        return "high"
    if settled:
        return "low"
    if weights.get("idea", 0.0) or weights.get("feedback", 0.0):
        # An idea phrased as a request (「〜できるようにしてください」) is still an idea.
        return "low" if weights.get("angry", 0.0) < 1.5 else "normal"
    if (weights.get("thanks", 0.0) or weights.get("positive", 0.0) >= 1.4) and not weights.get(
        "problem", 0.0
    ):
        return "low"  # praise with nothing asked of us
    return "normal"
