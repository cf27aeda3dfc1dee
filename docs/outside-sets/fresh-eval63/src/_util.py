"""Small helpers so that each domain file can be written as plain lists of dicts.

Label shorthand used in the domain files:
  C condescending, V vague, I imperative, R request_without_reason,
  U unknown_without_followup, X dismissive,
  A apology_incomplete, P placeholder_left, F purpose_not_upfront
Urgency shorthand: h high, n normal, l low.
"""

CODES = {
    "C": "condescending", "V": "vague", "I": "imperative",
    "R": "request_without_reason", "U": "unknown_without_followup", "X": "dismissive",
    "A": "apology_incomplete", "P": "placeholder_left", "F": "purpose_not_upfront",
}
URG = {"h": "high", "n": "normal", "l": "low"}


def _labels(codes):
    return [CODES[c] for c in codes]


def s(lang, text, codes=""):
    """One reply sentence (lint_sentences)."""
    return {"lang": lang, "text": text, "labels": _labels(codes)}


def d(lang, subject, text, codes=""):
    """One full reply draft (lint_drafts)."""
    return {"lang": lang, "subject": subject, "text": text, "labels": _labels(codes)}


def m(lang, subject, body, urgency, emotion, terse=False):
    """One incoming customer mail (triage_mails)."""
    return {"lang": lang, "subject": subject, "body": body, "urgency": URG[urgency],
            "emotion": emotion, "terse": terse}
