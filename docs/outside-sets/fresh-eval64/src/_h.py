"""Tiny constructors shared by the domain source files.

S(lang, text, *labels)                      -> one reply sentence
D(lang, subject, text, *labels)             -> one reply draft
T(lang, subject, body, urgency, emotion, terse=False) -> one incoming mail
"""


def S(lang, text, *labels):
    return {"lang": lang, "text": text, "labels": list(labels)}


def D(lang, subject, text, *labels):
    return {"lang": lang, "subject": subject, "text": text, "labels": list(labels)}


def T(lang, subject, body, urgency, emotion, terse=False):
    return {"lang": lang, "subject": subject, "body": body,
            "urgency": urgency, "emotion": emotion, "terse": terse}


# label shorthands
C = "condescending"
V = "vague"
I = "imperative"
R = "request_without_reason"
U = "unknown_without_followup"
X = "dismissive"
AP = "apology_incomplete"
PH = "placeholder_left"
PU = "purpose_not_upfront"
