"""Emotion: angry, anxious, positive or neutral, from weighted wording cues."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Emotion = Literal["angry", "anxious", "neutral", "positive"]

ANGRY_THRESHOLD = 1.5
ANXIOUS_THRESHOLD = 1.4
POSITIVE_THRESHOLD = 1.4


def judge_emotion(weights: Mapping[str, float], *, settled: bool) -> Emotion:
    angry = weights.get("angry", 0.0)
    # Legal and leaving threats are said in anger even when the words are polite.
    angry += 0.8 * min(weights.get("legal", 0.0) + weights.get("cancel_threat", 0.0), 1.0)
    anxious = weights.get("anxious", 0.0)
    positive = weights.get("positive", 0.0)
    if weights.get("idea", 0.0):
        # 「あると嬉しい」 "would be great": a wish, not gratitude; real praise still shows.
        positive -= 2.0
    if angry >= ANGRY_THRESHOLD and angry >= anxious:
        return "angry"
    if anxious >= ANXIOUS_THRESHOLD:
        return "anxious"
    if angry >= ANGRY_THRESHOLD:
        return "angry"
    # Polite thanks at the top of a complaint is a formula, not a feeling.
    if positive >= POSITIVE_THRESHOLD and (settled or not _has_trouble(weights)):
        return "positive"
    return "neutral"


def _has_trouble(weights: Mapping[str, float]) -> bool:
    return any(
        weights.get(name, 0.0) > 0
        for name in ("outage", "login", "paid_unusable", "billing", "security", "legal")
    )
