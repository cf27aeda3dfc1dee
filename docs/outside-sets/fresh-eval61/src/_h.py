"""Helpers: every item is a dict; labels are written as one-letter codes.

C condescending, V vague, I imperative, R request_without_reason,
U unknown_without_followup, D dismissive,
A apology_incomplete, P placeholder_left, F purpose_not_upfront.
"""
LAB = {"C": "condescending", "V": "vague", "I": "imperative",
       "R": "request_without_reason", "U": "unknown_without_followup",
       "D": "dismissive", "A": "apology_incomplete", "P": "placeholder_left",
       "F": "purpose_not_upfront"}


def _labels(codes):
    return [LAB[c] for c in codes]


def s(lang, text, codes=""):
    return {"lang": lang, "text": text, "labels": _labels(codes)}


def d(lang, subject, text, codes=""):
    return {"lang": lang, "subject": subject, "text": text, "labels": _labels(codes)}


def m(lang, subject, body, urgency, emotion, terse=False):
    return {"lang": lang, "subject": subject, "body": body, "urgency": urgency,
            "emotion": emotion, "terse": terse}
