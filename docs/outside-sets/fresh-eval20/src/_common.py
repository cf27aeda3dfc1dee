"""Small helpers used by the per-domain source files of fresh-eval20.

Every domain file defines DOMAIN and three lists built with these helpers:
SENTENCES (single reply sentences), DRAFTS (whole reply drafts) and MAILS
(incoming customer mails).  Text blocks are written as triple-quoted strings;
the first newline after the opening quotes is dropped.
"""


def _block(s):
    return s[1:] if s.startswith("\n") else s


def S(lang, text, *labels):
    return {"lang": lang, "text": text, "labels": list(labels)}


def D(lang, subject, text, *labels):
    return {"lang": lang, "subject": subject, "text": _block(text), "labels": list(labels)}


def M(lang, urgency, emotion, terse, subject, body):
    return {"lang": lang, "subject": subject, "body": _block(body),
            "urgency": urgency, "emotion": emotion, "terse": terse}


CON = "condescending"
VAG = "vague"
IMP = "imperative"
RWR = "request_without_reason"
UNK = "unknown_without_followup"
DIS = "dismissive"
APO = "apology_incomplete"
PH = "placeholder_left"
PUR = "purpose_not_upfront"
