def T(domain, urgency, emotion, subject, body, terse=False):
    return {"domain": domain, "subject": subject, "body": body.lstrip("\n"),
            "urgency": urgency, "emotion": emotion, "terse": terse}
H, N, L = "high", "normal", "low"
ANG, ANX, NEU, POS = "angry", "anxious", "neutral", "positive"
