"""Shared helpers and the domain table for fresh-eval29."""

DOMAINS = {
    "shred": "機密文書の出張回収・溶解処理 / confidential document shredding",
    "reagent": "研究用試薬・ラボ用品の販売 / lab reagents and supplies",
    "workwear": "作業服・ユニフォームのレンタルと洗濯 / workwear rental and laundering for businesses",
    "kitchencar": "キッチンカーのレンタル・出店手配 / food-truck rental and pitch booking",
    "kidscamp": "子ども向けキャンプ・自然体験 / children's summer camps",
    "indigo": "藍染め工房（体験・製品・オーダー）/ indigo-dyeing workshop",
    "noodlemc": "製麺機の販売・保守 / noodle-making machines (sales and maintenance)",
    "mtguide": "登山ガイド・ガイド付き山行 / guided mountaineering",
    "restaurant": "レストランの予約・宴会 / restaurant bookings and banquets",
    "fpen": "万年筆・筆記具の販売と修理 / fountain-pen shop and repair",
    "furnsub": "家具のサブスク・レンタル / home furniture subscription",
    "hydro": "水耕栽培装置の販売・サポート / hydroponic growing systems",
}


def S(text, *labels):
    return {"text": text, "labels": list(labels)}


def D(subject, text, *labels):
    return {"subject": subject, "text": text, "labels": list(labels)}


def T(subject, body, urgency, emotion, terse=False):
    return {"subject": subject, "body": body, "urgency": urgency, "emotion": emotion, "terse": terse}
