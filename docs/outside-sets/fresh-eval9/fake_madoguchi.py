#!/usr/bin/env python3
"""Tiny fake madoguchi for testing score.py only (not the product): keyword toy rules."""
import json, sys
sub = sys.argv[1]
rc = 0
for line in sys.stdin:
    if not line.strip():
        continue
    try:
        d = json.loads(line)
    except ValueError:
        print(json.dumps({"id": None, "error": "bad json"})); rc = 2; continue
    if sub == "lint":
        t = d.get("text", ""); f = []
        for kw, rule in (("当然", "condescending"), ("少し", "vague"), ("soon", "vague"), ("てください", "imperative"),
                         ("〇", "placeholder_left"), ("わかりません", "unknown_without_followup"), ("対応外", "dismissive")):
            i = t.find(kw)
            if i >= 0:
                f.append({"rule": rule, "start": i, "end": i + len(kw), "excerpt": kw, "message": "toy", "suggestion": None})
        if f and rc == 0: rc = 1
        print(json.dumps({"id": d["id"], "findings": f}, ensure_ascii=False))
    else:
        b = d.get("body", "")
        urg = "high" if any(k in b for k in ("明日", "tomorrow", "today", "本日")) else "normal"
        emo = "positive" if any(k in b for k in ("ありがとう", "Thank")) else ("angry" if "?" in b or "？" in b else "neutral")
        print(json.dumps({"id": d["id"], "urgency": urg, "emotion": emo, "terse": len(b) < 25,
                          "score": 0.5, "reasons": [], "lang": "ja"}))
sys.exit(rc)
