"""Helpers: each domain module builds plain dicts with these."""
SENT = {"c": "condescending", "v": "vague", "i": "imperative",
        "r": "request_without_reason", "u": "unknown_without_followup", "d": "dismissive"}
DRAFT = dict(SENT, a="apology_incomplete", p="placeholder_left", f="purpose_not_upfront")


def _labels(codes, table):
    return [table[c] for c in codes.split()] if codes else []


def S(lang, text, codes=""):
    return {"lang": lang, "text": text, "labels": _labels(codes, SENT)}


def D(lang, subject, text, codes=""):
    return {"lang": lang, "subject": subject, "text": text.lstrip("\n"), "labels": _labels(codes, DRAFT)}


def M(lang, urgency, emotion, subject, body, terse=False):
    return {"lang": lang, "subject": subject, "body": body.lstrip("\n"),
            "urgency": urgency, "emotion": emotion, "terse": terse}
