"""Build the three fresh-eval42 jsonl files from src/*.py (deterministic)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en, triage_ja_high, triage_ja_rest, triage_en

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def number(items, prefix, lang, seed):
    items = list(items)
    random.Random(seed).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"{prefix}-{lang}-{i:03d}", "lang": lang, **it})
    return out

def main():
    s = []
    for lang, mod, seed in (("ja", sentences_ja, 4201), ("en", sentences_en, 4202)):
        s += number([{"domain": d, "text": t, "labels": list(l)} for d, t, l in mod.ITEMS], "s", lang, seed)
    d = []
    for lang, mod, seed in (("ja", drafts_ja, 4203), ("en", drafts_en, 4204)):
        d += number([{"domain": dm, "subject": sj, "text": t, "labels": list(l)} for dm, sj, t, l in mod.ITEMS], "d", lang, seed)
    t = []
    ja = triage_ja_high.ITEMS + triage_ja_rest.NORMAL + triage_ja_rest.LOW
    for lang, items, seed in (("ja", ja, 4205), ("en", triage_en.ITEMS, 4206)):
        t += number([{"domain": dm, "subject": sj, "body": b, "urgency": u, "emotion": e, "terse": te}
                     for dm, sj, b, u, e, te in items], "t", lang, seed)
    # key order: id, lang, domain, ...
    write("lint_sentences.jsonl", s)
    write("lint_drafts.jsonl", d)
    write("triage_mails.jsonl", t)
    print(len(s), len(d), len(t))

if __name__ == "__main__":
    main()
