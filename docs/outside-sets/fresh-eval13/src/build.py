import json, os
from collections import Counter
H = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(H)
DOM = dict(tr="dog_trimming_school", sh="online_calligraphy_course", bj="bridal_jewellery",
  or_="orthodontics_billing", la="laundromat", fm="agricultural_machinery_dealer",
  ir="instrument_rental", su="school_uniform_shop", sk="ski_resort", ey="eyewear_contact_lens",
  tx="taxi_dispatch", hs="homestay_agency", au="auction_house", cb="craft_beer_subscription")
def dom(c): return DOM["or_" if c == "or" else c]
def blocks(fn):
    return [x for x in open(os.path.join(H, fn), encoding="utf-8").read().split("=====\n") if x.strip()]
def labs(s): return [] if s == "-" else s.split(",")
def w(fn, rows):
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
rows = []
for lang in ("ja", "en"):
    for i, line in enumerate(open(os.path.join(H, f"sent_{lang}.txt"), encoding="utf-8").read().splitlines()):
        if not line.strip(): continue
        l, d, t = line.split("|", 2)
        rows.append(dict(id=f"s-{lang}-{i+1:03d}", lang=lang, domain=dom(d), text=t, labels=labs(l)))
w("lint_sentences.jsonl", rows)
rows = []
for lang in ("ja", "en"):
    for i, b in enumerate(blocks(f"drafts_{lang}.txt")):
        head, body = b.split("\n", 1)
        l, d, subj = head.split("|", 2)
        rows.append(dict(id=f"d-{lang}-{i+1:02d}", lang=lang, domain=dom(d), subject=subj.strip(),
                         text=body.rstrip("\n") + "\n", labels=labs(l)))
w("lint_drafts.jsonl", rows)
rows = []
for lang, files in (("ja", ["mails_ja_high.txt", "mails_ja_normal.txt", "mails_ja_low.txt"]), ("en", ["mails_en.txt"])):
    bl = [b for fn in files for b in blocks(fn)]
    # interleave deterministically so ids do not reveal the class
    import random; random.Random(13).shuffle(bl)
    for i, b in enumerate(bl):
        head, body = b.split("\n", 1)
        u, e, t, d, subj = head.split("|", 4)
        rows.append(dict(id=f"t-{lang}-{i+1:03d}", lang=lang, domain=dom(d), subject=subj.strip(),
                         body=body.rstrip("\n") + "\n", urgency=u, emotion=e, terse=t == "1"))
w("triage_mails.jsonl", rows)
