import json, os
D = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(D)
def blocks(fn):
    s = open(os.path.join(D, fn), encoding='utf-8').read()
    for b in s.split('@@ ')[1:]:
        head, _, body = b.partition('\n')
        yield head.split('|'), body.rstrip('\n')
def labels(x): return [l for l in x.split(',') if l]
# sentences
with open(os.path.join(OUT, 'lint_sentences.jsonl'), 'w', encoding='utf-8') as f:
    for lang in ('ja', 'en'):
        n = 0
        for line in open(os.path.join(D, 'sent_%s.txt' % lang), encoding='utf-8'):
            line = line.rstrip('\n')
            if not line: continue
            dom, lab, text = line.split('|', 2)
            n += 1
            f.write(json.dumps({'id': 's-%s-%03d' % (lang, n), 'lang': lang, 'domain': dom,
                                'text': text.replace('\\n', '\n'), 'labels': labels(lab)}, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'lint_drafts.jsonl'), 'w', encoding='utf-8') as f:
    for lang in ('ja', 'en'):
        for n, (h, body) in enumerate(blocks('drafts_%s.txt' % lang), 1):
            dom, lab, subj = h
            f.write(json.dumps({'id': 'd-%s-%02d' % (lang, n), 'lang': lang, 'domain': dom, 'subject': subj.strip(),
                                'text': body, 'labels': labels(lab)}, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'triage_mails.jsonl'), 'w', encoding='utf-8') as f:
    for lang, files in (('ja', ['triage_ja1.txt', 'triage_ja2.txt', 'triage_ja3.txt']), ('en', ['triage_en.txt'])):
        n = 0
        for fn in files:
            for h, body in blocks(fn):
                dom, urg, emo, terse, subj = h
                assert urg in ('high', 'normal', 'low') and emo in ('angry', 'anxious', 'neutral', 'positive')
                n += 1
                f.write(json.dumps({'id': 't-%s-%03d' % (lang, n), 'lang': lang, 'domain': dom, 'subject': subj.strip(),
                                    'body': body, 'urgency': urg, 'emotion': emo, 'terse': terse == '1'},
                                   ensure_ascii=False) + '\n')
