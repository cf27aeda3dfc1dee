#!/usr/bin/env python3
"""A tiny stand-in for madoguchi, only for testing score.py (not the product)."""
import json, sys, re
KW = {"imperative": ["てください", "Send ", "Bring "], "vague": ["なるべく", "soon", "近日中"],
      "placeholder_left": ["〇〇", "{", "XX"], "dismissive": ["対象外", "scope"]}
def lint(d):
    t = d.get("text", "")
    fs = []
    for r, ks in KW.items():
        for k in ks:
            i = t.find(k)
            if i >= 0:
                fs.append({"rule": r, "start": i, "end": i + len(k), "excerpt": k, "message": "fake", "suggestion": None})
                break
    return {"findings": fs}
def triage(d):
    b = d.get("body", "") + d.get("subject", "")
    urg = "high" if re.search(r"今夜|明日|tonight|tomorrow|今日|today", b) else ("low" if re.search("ありがと|thank", b, re.I) else "normal")
    emo = "positive" if re.search("ありがと|thank", b, re.I) else ("angry" if re.search("困|not happy|What are you", b) else "neutral")
    return {"urgency": urg, "emotion": emo, "terse": len(b) < 25, "score": 0.5, "reasons": [], "lang": "ja"}
def main():
    sub = sys.argv[1]
    assert sys.argv[2:] == ["--jsonl", "-"]
    rc = 0
    for line in sys.stdin:
        try:
            d = json.loads(line)
        except ValueError:
            print(json.dumps({"id": None, "error": "bad json"})); rc = 2; continue
        o = lint(d) if sub == "lint" else triage(d)
        if sub == "lint" and o["findings"] and rc == 0: rc = 1
        o["id"] = d["id"]
        print(json.dumps(o, ensure_ascii=False))
    return rc
sys.exit(main())
