"""Builds the fresh-eval11 JSONL files from the hand-written text sources in this folder."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def w(name, rows):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

def labels(s):
    return [x for x in s.split(',') if x]

rows = []
for lang in ('ja', 'en'):
    n = 0
    for line in open(os.path.join(HERE, f'sent_{lang}.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line:
            continue
        dom, lab, text = line.split('|', 2)
        n += 1
        rows.append({"id": f"s-{lang}-{n:03d}", "lang": lang, "domain": dom, "text": text, "labels": labels(lab)})
w('lint_sentences.jsonl', rows)

def blocks(path):
    s = open(path, encoding='utf-8').read()
    for b in s.split('=== ')[1:]:
        head, _, body = b.partition('\n')
        yield head, body.strip('\n')

rows = []
for lang in ('ja', 'en'):
    n = 0
    for head, body in blocks(os.path.join(HERE, f'drafts_{lang}.txt')):
        dom, lab, subj = head.split('|', 2)
        n += 1
        rows.append({"id": f"d-{lang}-{n:03d}", "lang": lang, "domain": dom, "subject": subj, "text": body + '\n', "labels": labels(lab)})
w('lint_drafts.jsonl', rows)

rows = []
for lang, files in (('ja', ['triage_ja_high.txt', 'triage_ja_normal.txt', 'triage_ja_low.txt']), ('en', ['triage_en.txt'])):
    items = []
    for fn in files:
        for head, body in blocks(os.path.join(HERE, fn)):
            dom, urg, emo, terse, subj = head.split('|', 4)
            assert urg in ('high', 'normal', 'low') and emo in ('angry', 'anxious', 'neutral', 'positive') and terse in '01', head
            items.append({"lang": lang, "domain": dom, "subject": subj, "body": body + '\n', "urgency": urg, "emotion": emo, "terse": terse == '1'})
    # interleave deterministically so that urgency classes are not in blocks
    import random
    random.Random(11).shuffle(items)
    for i, it in enumerate(items, 1):
        rows.append({"id": f"t-{lang}-{i:03d}", **it})
w('triage_mails.jsonl', rows)
