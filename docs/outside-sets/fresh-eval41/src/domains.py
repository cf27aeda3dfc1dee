# The 12 business domains of fresh-eval41 (code = meaning), each used in ja and en.
DOMAINS = {
    "saddle": "saddlery workshop: made-to-measure saddles, bridles, repairs (馬具工房)",
    "medmaint": "medical-equipment maintenance for clinics and hospitals (医療機器保守)",
    "journal": "academic journal publisher: submissions, peer review, article charges (学術誌出版)",
    "puzzle": "made-to-order photo jigsaw puzzles, online (オーダージグソーパズル)",
    "tableware": "tableware and glassware hire for events (食器・グラスのレンタル)",
    "billiards": "billiards / pool hall with membership and leagues (ビリヤード場)",
    "floorcoat": "floor-coating contractor for homes (フロアコーティング)",
    "plamo": "plastic model-kit shop, in store and online (プラモデル店)",
    "compost": "compost and fertiliser supplier, bagged and bulk (堆肥・肥料)",
    "pallet": "B2B pallet rental pool for warehouses (パレットレンタル)",
    "keyboard": "custom mechanical keyboard kits and parts, online (自作キーボード)",
    "amenity": "hotel amenity wholesaler: soaps, toothbrush kits, printed goods (ホテルアメニティ卸)",
}

# label abbreviations used in the source files
ABBR = {
    "c": "condescending",
    "v": "vague",
    "i": "imperative",
    "r": "request_without_reason",
    "u": "unknown_without_followup",
    "d": "dismissive",
    "A": "apology_incomplete",
    "P": "placeholder_left",
    "U": "purpose_not_upfront",
}


def labels(code):
    return [ABBR[x] for x in code.split()] if code else []
