"""Helpers: every item is a plain dict; the domain code is added by build.py."""

C = "condescending"
V = "vague"
I = "imperative"
R = "request_without_reason"
U = "unknown_without_followup"
X = "dismissive"
AP = "apology_incomplete"
PH = "placeholder_left"
PU = "purpose_not_upfront"


def S(lang, text, *labels):
    return {"lang": lang, "text": text, "labels": list(labels)}


def D(lang, subject, text, *labels):
    return {"lang": lang, "subject": subject, "text": text.strip("\n") + "\n", "labels": list(labels)}


def M(lang, subject, body, urgency, emotion, terse=False):
    return {"lang": lang, "subject": subject, "body": body.strip("\n") + "\n",
            "urgency": urgency, "emotion": emotion, "terse": terse}
