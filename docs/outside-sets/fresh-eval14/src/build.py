import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sent_ja, sent_en, drafts_ja, drafts_en, tri_ja_high, tri_ja_norm, tri_ja_low, tri_en
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODE = {"C":"condescending","V":"vague","I":"imperative","R":"request_without_reason",
        "U":"unknown_without_followup","D":"dismissive","A":"apology_incomplete",
        "P":"purpose_not_upfront","L":"placeholder_left"}
URG = {"H":"high","N":"normal","L":"low"}
EMO = {"A":"angry","X":"anxious","N":"neutral","P":"positive"}
rnd = random.Random(14)
def labs(s): return [CODE[c] for c in s]
def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
rows = []
for lang, mod in (("ja", sent_ja), ("en", sent_en)):
    it = list(mod.ITEMS); rnd.shuffle(it)
    for i, (d, t, l) in enumerate(it, 1):
        rows.append({"id": f"fe14-s-{lang}-{i:03d}", "lang": lang, "domain": d, "text": t, "labels": labs(l)})
write("lint_sentences.jsonl", rows)
rows = []
for lang, mod in (("ja", drafts_ja), ("en", drafts_en)):
    it = list(mod.ITEMS); rnd.shuffle(it)
    for i, (d, s, t, l) in enumerate(it, 1):
        rows.append({"id": f"fe14-d-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "text": t, "labels": labs(l)})
write("lint_drafts.jsonl", rows)
rows = []
for lang, items in (("ja", tri_ja_high.ITEMS + tri_ja_norm.ITEMS + tri_ja_low.ITEMS), ("en", tri_en.ITEMS)):
    it = list(items); rnd.shuffle(it)
    for i, (d, s, b, u, e, t) in enumerate(it, 1):
        rows.append({"id": f"fe14-t-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "body": b,
                     "urgency": URG[u], "emotion": EMO[e], "terse": bool(t)})
write("triage_mails.jsonl", rows)
