"""Helpers shared by the domain source files of fresh-eval24."""
CODES = {"c": "condescending", "v": "vague", "i": "imperative",
         "r": "request_without_reason", "u": "unknown_without_followup",
         "d": "dismissive", "A": "apology_incomplete", "P": "placeholder_left",
         "F": "purpose_not_upfront"}


def _labels(s):
    return [CODES[ch] for ch in s.replace(" ", "")]


def S(lang, text, labels=""):
    """One reply sentence. labels: letters from CODES ('' = clean)."""
    return {"lang": lang, "text": text, "labels": _labels(labels)}


def D(lang, subject, text, labels=""):
    """One full reply draft."""
    return {"lang": lang, "subject": subject, "text": text.strip("\n") + "\n",
            "labels": _labels(labels)}


def M(lang, subject, body, urgency, emotion, terse=False):
    """One incoming customer mail."""
    assert urgency in ("high", "normal", "low"), urgency
    assert emotion in ("angry", "anxious", "neutral", "positive"), emotion
    return {"lang": lang, "subject": subject, "body": body.strip("\n") + "\n",
            "urgency": urgency, "emotion": emotion, "terse": terse}
