"""Helpers: each domain file builds lists of dicts with these."""
SENT_CODES = {"C": "condescending", "V": "vague", "I": "imperative",
              "R": "request_without_reason", "U": "unknown_without_followup",
              "D": "dismissive"}
DRAFT_CODES = dict(SENT_CODES, A="apology_incomplete", P="placeholder_left",
                   N="purpose_not_upfront")
URG = {"h": "high", "n": "normal", "l": "low"}
EMO = {"an": "angry", "ax": "anxious", "ne": "neutral", "po": "positive"}


def s(lang, text, codes=""):
    return {"lang": lang, "text": text, "labels": [SENT_CODES[c] for c in codes]}


def d(lang, subject, text, codes=""):
    return {"lang": lang, "subject": subject, "text": text.lstrip("\n"),
            "labels": [DRAFT_CODES[c] for c in codes]}


def m(lang, subject, body, urg, emo, terse=False):
    return {"lang": lang, "subject": subject, "body": body.lstrip("\n"),
            "urgency": URG[urg], "emotion": EMO[emo], "terse": terse}
