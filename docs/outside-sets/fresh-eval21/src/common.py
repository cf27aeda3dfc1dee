"""Tiny constructors so the domain files stay readable."""


def S(lang, text, *labels):
    """One reply sentence."""
    return {"lang": lang, "text": text, "labels": list(labels)}


def D(lang, subject, text, *labels):
    """One full reply draft."""
    return {"lang": lang, "subject": subject, "text": text, "labels": list(labels)}


def M(lang, subject, body, urgency, emotion, terse=False):
    """One incoming customer mail."""
    return {"lang": lang, "subject": subject, "body": body,
            "urgency": urgency, "emotion": emotion, "terse": terse}
