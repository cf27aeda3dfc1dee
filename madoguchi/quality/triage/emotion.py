"""Emotion: angry, anxious, positive or neutral, from weighted wording cues and families.

Anger said calmly counts: an ultimatum, a third request, sarcasm, resignation, a formal
complaint. Fear counts when it is a question about safety, money or data, or the writer
does not know what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Emotion = Literal["angry", "anxious", "neutral", "positive"]

ANGRY_THRESHOLD = 1.5
ANXIOUS_THRESHOLD = 1.4
POSITIVE_THRESHOLD = 1.4


def feelings(weights: Mapping[str, float]) -> tuple[float, float, float]:
    """The angry, anxious and positive strength of a mail."""
    w = weights.get
    angry = w("angry", 0.0) + 1.5 * min(w("sarcasm", 0.0) + w("resignation", 0.0), 1.0)
    glad = w("positive", 0.0) or w("relief", 0.0) or w("thanks", 0.0)
    if not glad or has_trouble(weights):
        angry += w("shouting", 0.0)  # "Grade 3!! Thank you!" is joy, not anger
        if w("shouting", 0.0) and (w("broken", 0.0) or has_trouble(weights)) and not glad:
            # "NO HOT WATER AGAIN", "wrong blade AGAIN", 「まだ？？？」 about something broken:
            # shouted at us, not about joy (train10's terse complaints, all angry).
            angry += 0.5
    # A curt "again." weighs as cold anger does; only its reason differs.
    cold = w("cold_anger", 0.0) + w("curt_again", 0.0)
    angry += 0.8 * min(cold, 2.0)
    # Legal and leaving threats, ultimatums and the third request are said in anger even
    # when the words are polite.
    angry += 0.8 * min(
        w("legal", 0.0) + w("cancel_threat", 0.0) + w("authority", 0.0) + w("ultimatum", 0.0),
        1.0,
    )
    angry += 0.8 * min(w("escalation", 0.0) + w("promise_missed", 0.0), 1.0)
    # A demand in command form (「返金しろ」) or a one-word verdict (「使えない。」, "Useless."):
    # anger said in its plainest grammar, with no angry word besides (walk 12, F-25).
    angry += 1.6 * min(w("command", 0.0) + w("verdict", 0.0) + w("money_back", 0.0), 1.0)
    grievance = (
        w("money_lost", 0.0)
        + w("billing", 0.0)
        + w("stopped", 0.0)
        + w("escalation", 0.0)
        + w("outage", 0.0)
        + cold
        + w("promise_missed", 0.0)
    )
    fear_words = w("fear", 0.0) + w("at_a_loss", 0.0) + w("anxious", 0.0)
    if grievance and w("demand", 0.0) and not fear_words:
        # A loss stated as fact and a firm demand: anger without one angry word.
        angry += 0.8
    elif cold and w("problem", 0.0) and not fear_words:
        # Their fault stated coldly ("your own records show…") about something gone wrong.
        angry += 0.7
    anxious = w("anxious", 0.0) + 1.5 * min(w("fear", 0.0), 1.0) + min(w("at_a_loss", 0.0), 1.0)
    # "My tickets won't show.", 「鍵が開きません。」: their own thing out of reach (session 15).
    anxious += 1.5 * min(w("shut_out", 0.0), 1.0)
    if w("past_worry", 0.0) and not has_trouble(weights) and not w("at_a_loss", 0.0):
        # 「手術の前は不安でしたが、おかげさまで」 "a year ago I was terrified": the worry is
        # the story a thank-you or a happy report tells, over now (outside writers:
        # positive, low), unless something is still wrong or they do not know what to do.
        anxious = max(anxious - 2.5 * w("past_worry", 0.0), 0.0)
    stakes = w("safety", 0.0) + w("incident", 0.0) + w("money_lost", 0.0) + w("security", 0.0)
    # Not knowing what to do about a child, a flight tomorrow or the police: fear said calmly.
    stakes += w("vulnerable", 0.0) + w("cannot_wait", 0.0) + w("authority", 0.0)
    if anxious:
        anxious += 0.5 * min(stakes, 1.0)  # "what do I do" about a rash, not about a setting
    anxious += 0.8 * min(w("safety", 0.0), 1.0)  # someone's health at risk frightens
    # Something that matters stopped or at risk, and the clock running, written calmly:
    # the outside writers read fear in it (a chartered bus not come with 42 people waiting,
    # payroll stuck before today's cut-off); 2% of their urgent mails are "neutral", 27% of
    # ours were. On their dev blocks, negative recall ja .85 -> .91, en .92 -> .95.
    pressed = w("time_near", 0.0) + w("cannot_wait", 0.0)
    if pressed and stakes + w("stopped", 0.0) + w("outage", 0.0) and not angry:
        anxious += 1.4
    positive = w("positive", 0.0) + 1.5 * min(w("relief", 0.0), 1.0)
    if w("idea", 0.0) or w("wish", 0.0):
        # 「あると嬉しい」 "would be great": a wish, not gratitude; real praise still shows.
        positive -= 2.0
    return angry, anxious, positive


def judge_emotion(weights: Mapping[str, float], *, settled: bool) -> Emotion:
    angry, anxious, positive = feelings(weights)
    if angry >= ANGRY_THRESHOLD and angry >= anxious:
        return "angry"
    if anxious >= ANXIOUS_THRESHOLD:
        return "anxious"
    if angry >= ANGRY_THRESHOLD:
        return "angry"
    # Polite thanks at the top of a complaint is a formula, not a feeling.
    if positive >= POSITIVE_THRESHOLD and (settled or not has_trouble(weights)):
        return "positive"
    return "neutral"


_TROUBLE = (
    "outage",
    "login",
    "paid_unusable",
    "billing",
    "security",
    "legal",
    "safety",
    "money_lost",
    "stopped",
    "incident",
    "escalation",
    "promise_missed",
)


def has_trouble(weights: Mapping[str, float]) -> bool:
    return any(weights.get(name, 0.0) >= 1.0 for name in _TROUBLE)
