import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODE = {"C":"condescending","V":"vague","I":"imperative","R":"request_without_reason",
        "U":"unknown_without_followup","D":"dismissive","A":"apology_incomplete",
        "P":"purpose_not_upfront","H":"placeholder_left"}
def labs(s): return [CODE[c] for c in s]
import sent_ja, sent_en, drafts_ja, drafts_en, tri_ja1, tri_ja2, tri_ja3, tri_en
def w(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
rows = []
for lang, S in (("ja", sent_ja.S), ("en", sent_en.S)):
    for i, (d, t, l) in enumerate(S, 1):
        rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": d, "text": t, "labels": labs(l)})
w("lint_sentences.jsonl", rows)
rows = []
for lang, D in (("ja", drafts_ja.D), ("en", drafts_en.D)):
    for i, (d, s, t, l) in enumerate(D, 1):
        rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "text": t, "labels": labs(l)})
w("lint_drafts.jsonl", rows)
U = {"H":"high","N":"normal","L":"low"}; E = {"ang":"angry","anx":"anxious","neu":"neutral","pos":"positive"}
rows = []
for lang, T in (("ja", tri_ja1.T + tri_ja2.T + tri_ja3.T), ("en", tri_en.T)):
    for i, (d, s, b, u, e, t) in enumerate(T, 1):
        rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "body": b,
                     "urgency": U[u], "emotion": E[e], "terse": bool(t)})
w("triage_mails.jsonl", rows)
