"""Helpers shared by the per-domain source files.

Each domain module defines three lists of dicts: SENTS, DRAFTS, MAILS.
Short label codes keep the sources readable; build.py expands nothing itself,
the helpers below already return final dicts (without ids).
"""
CODES = {
    "C": "condescending",
    "V": "vague",
    "I": "imperative",
    "R": "request_without_reason",
    "U": "unknown_without_followup",
    "D": "dismissive",
    "A": "apology_incomplete",
    "P": "placeholder_left",
    "N": "purpose_not_upfront",
}


def _labels(codes):
    return [CODES[c] for c in codes.split()] if codes else []


def S(lang, text, codes=""):
    """A single reply sentence with its labels (space-separated codes)."""
    return {"lang": lang, "text": text, "labels": _labels(codes)}


def D(lang, subject, text, codes=""):
    """A whole reply draft."""
    return {"lang": lang, "subject": subject, "text": text.lstrip("\n"), "labels": _labels(codes)}


def M(lang, subject, body, urgency, emotion, terse=False):
    """An incoming customer mail."""
    return {"lang": lang, "subject": subject, "body": body.lstrip("\n"),
            "urgency": urgency, "emotion": emotion, "terse": terse}
