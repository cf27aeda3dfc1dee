import json, os
from sent_ja import JA; from sent_en import EN
from drafts_ja import DJ; from drafts_en import DE
from tri_ja import TJ; from tri_en import TE
M = {"C":"condescending","V":"vague","I":"imperative","R":"request_without_reason","U":"unknown_without_followup",
     "D":"dismissive","A":"apology_incomplete","P":"purpose_not_upfront","H":"placeholder_left"}
def labs(s): return [M[c] for c in s.split()]
OUT = os.path.join(os.path.dirname(__file__), "..")
def w(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
rows = []
for lang, data in (("ja", JA), ("en", EN)):
    for i, (d, l, t) in enumerate(data, 1):
        rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": d, "text": t, "labels": labs(l)})
w("lint_sentences.jsonl", rows)
rows = []
for lang, data in (("ja", DJ), ("en", DE)):
    for i, (d, l, s, t) in enumerate(data, 1):
        rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "text": t, "labels": labs(l)})
w("lint_drafts.jsonl", rows)
U = {"H":"high","N":"normal","L":"low"}; E = {"a":"angry","x":"anxious","n":"neutral","p":"positive"}
rows = []
for lang, data in (("ja", TJ), ("en", TE)):
    for i, (d, u, e, t, s, b) in enumerate(data, 1):
        rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "body": b,
                     "urgency": U[u], "emotion": E[e], "terse": bool(t)})
w("triage_mails.jsonl", rows)
