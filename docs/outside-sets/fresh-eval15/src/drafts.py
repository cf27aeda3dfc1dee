import json
out=[]
for lang in ("ja","en"):
    parts=open(f"drafts_{lang}.txt").read().strip().split("\n=====\n")
    for i,p in enumerate(parts,1):
        head,body=p.split("\n",1)
        d,lab,subj=head.split("|",2)
        out.append({"id":f"d-{lang}-{i:03d}","lang":lang,"domain":d,"subject":subj,"text":body.strip("\n")+"\n","labels":[l for l in lab.split(",") if l]})
with open("../lint_drafts.jsonl","w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
from collections import Counter
for lang in ("ja","en"):
    it=[o for o in out if o["lang"]==lang]
    print(lang,len(it),"clean",sum(not o["labels"] for o in it),Counter(l for o in it for l in o["labels"]))
