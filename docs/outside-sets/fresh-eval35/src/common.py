# Domain codes used in fresh-eval35 (each used in both languages).
DOMAINS = {
    "soundproof": "防音工事 / soundproofing contractor (home studios, piano rooms, flats)",
    "electric":   "電気工事店 / electrical contractor (rewiring, breakers, sockets, EV-less domestic work)",
    "selfpub":    "自費出版 / self-publishing and book production for private authors",
    "akiya":      "空き家管理 / caretaking of vacant houses for absent owners",
    "narration":  "ナレーション収録 / voice-over and narration recording studio",
    "restore":    "絵画修復 / painting conservation and restoration studio",
    "bftravel":   "バリアフリー旅行 / accessible travel agency (wheelchair users, medical needs)",
    "doula":      "産後ドゥーラ / postpartum doula and new-parent home support",
    "choco":      "ショコラトリー / chocolatier (shop, mail order, corporate gifts)",
    "scan":       "スキャン代行 / book and document scanning (digitisation) service",
    "tsushin":    "通信制高校 / distance-learning (online) high school",
    "detective":  "探偵事務所 / private investigation agency",
}

def S(text, *labels):
    return {"text": text, "labels": list(labels)}
