def M(urgency, emotion, subject, body, terse=False):
    assert urgency in ("high", "normal", "low"), urgency
    assert emotion in ("angry", "anxious", "neutral", "positive"), emotion
    return dict(subject=subject, body=body, urgency=urgency, emotion=emotion, terse=terse)
