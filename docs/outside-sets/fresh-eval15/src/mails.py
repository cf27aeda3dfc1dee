import json
from collections import Counter
U={"H":"high","N":"normal","L":"low"}; E={"a":"angry","x":"anxious","n":"neutral","p":"positive"}
out=[]
for lang,files in (("ja",["mails_ja1.txt","mails_ja2.txt","mails_ja3.txt"]),("en",["mails_en.txt"])):
    items=[]
    for fn in files:
        s=open(fn).read().strip()
        if s.endswith("====="): s=s[:-5].strip()
        items+=s.split("\n=====\n")
    for i,p in enumerate(items,1):
        head,body=p.split("\n",1)
        d,u,e,t,subj=head.split("|",4)
        out.append({"id":f"t-{lang}-{i:03d}","lang":lang,"domain":d,"subject":subj,"body":body.strip("\n")+"\n","urgency":U[u],"emotion":E[e],"terse":t=="1"})
with open("../triage_mails.jsonl","w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
for lang in ("ja","en"):
    it=[o for o in out if o["lang"]==lang]
    print(lang,len(it),Counter(o["urgency"] for o in it),Counter(o["emotion"] for o in it),"terse",sum(o["terse"] for o in it))
    print("  domains",Counter(o["domain"] for o in it))
import re
bad=[o["id"] for o in out if re.search("至急|緊急|急ぎ|urgent|ASAP|emergency",o["subject"]+o["body"],re.I) and o["urgency"]=="high"]
print("urgent words in high:",bad)
