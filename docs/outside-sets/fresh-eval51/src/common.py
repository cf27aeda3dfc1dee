"""Small constructors shared by the per-domain source files.

Each domain module defines DOMAIN (the code written on every item) and three lists:
SENTENCES (S), DRAFTS (D) and MAILS (M). build.py fills in the domain and the ids.
"""


def _norm(text):
    # source strings are written as triple-quoted blocks; keep inner line breaks,
    # drop the leading newline of the block and end with exactly one newline
    return text.lstrip("\n").rstrip() + "\n"


def S(lang, text, labels=()):
    return {"lang": lang, "text": text, "labels": list(labels)}


def D(lang, subject, text, labels=()):
    return {"lang": lang, "subject": subject, "text": _norm(text), "labels": list(labels)}


def M(lang, subject, body, urgency, emotion, terse=False):
    return {"lang": lang, "subject": subject, "body": _norm(body),
            "urgency": urgency, "emotion": emotion, "terse": terse}
