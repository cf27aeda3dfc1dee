"""Shared helpers for the fresh-eval39 sources.

Label codes used in the source files (expanded by build.py):
  C condescending, V vague, I imperative, R request_without_reason,
  U unknown_without_followup, D dismissive,
  A apology_incomplete, P placeholder_left, N purpose_not_upfront
Triage codes: urgency H/N/L, emotion A(angry) X(anxious) N(neutral) P(positive).
"""

LABELS = {
    "C": "condescending", "V": "vague", "I": "imperative",
    "R": "request_without_reason", "U": "unknown_without_followup", "D": "dismissive",
    "A": "apology_incomplete", "P": "placeholder_left", "N": "purpose_not_upfront",
}
URG = {"H": "high", "N": "normal", "L": "low"}
EMO = {"A": "angry", "X": "anxious", "N": "neutral", "P": "positive"}


def s(text, codes=""):
    """A lint sentence: text plus label codes such as "I R"."""
    return {"text": text, "labels": [LABELS[c] for c in codes.split()]}


def dr(subject, text, codes=""):
    """A lint draft."""
    return {"subject": subject, "text": text, "labels": [LABELS[c] for c in codes.split()]}


def m(subject, body, urg, emo, terse=False):
    """A triage mail."""
    return {"subject": subject, "body": body, "urgency": URG[urg],
            "emotion": EMO[emo], "terse": bool(terse)}
