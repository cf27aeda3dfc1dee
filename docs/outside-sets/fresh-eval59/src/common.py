def T(domain, urgency, emotion, terse, subject, body):
    return {"domain": domain, "subject": subject, "body": body,
            "urgency": urgency, "emotion": emotion, "terse": terse}

def S(domain, text, labels=()):
    return {"domain": domain, "text": text, "labels": list(labels)}

def D(domain, subject, text, labels=()):
    return {"domain": domain, "subject": subject, "text": text, "labels": list(labels)}
