"""Small constructors so the domain files stay readable."""


def s(lang, text, labels=()):
    return {"lang": lang, "text": text, "labels": list(labels)}


def d(lang, subject, text, labels=()):
    return {"lang": lang, "subject": subject, "text": text, "labels": list(labels)}


def m(lang, subject, body, urgency, emotion, terse=False):
    return {"lang": lang, "subject": subject, "body": body, "urgency": urgency,
            "emotion": emotion, "terse": terse}
