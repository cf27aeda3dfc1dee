"""Shared helpers for the fresh-eval55 sources."""
C = "condescending"
V = "vague"
I = "imperative"
R = "request_without_reason"
U = "unknown_without_followup"
D = "dismissive"
AI = "apology_incomplete"
PL = "placeholder_left"
PU = "purpose_not_upfront"

SENT_LABELS = [C, V, I, R, U, D]
DRAFT_LABELS = SENT_LABELS + [AI, PL, PU]

DOMAINS = {
    "wrap": "car wrapping and window-tint film shop (カーラッピング・フィルム施工)",
    "kite": "kite maker with kite-making workshops and festivals (凧の製造・凧づくり教室)",
    "cups": "reusable takeaway-container deposit service for cafés (リユース容器のデポジット制サービス)",
    "workbook": "school workbook / drill publisher selling to teachers, schools and parents (問題集・ドリル出版)",
    "clock": "wall, mantel and grandfather clock repair (掛け時計・置き時計の修理)",
    "snack": "office snack-box subscription (オフィス置き菓子)",
    "lines": "road-marking and car-park line-painting contractor (区画線・ライン引き工事)",
    "carpool": "commuter carpool-matching app (通勤相乗りマッチングアプリ)",
    "brush": "make-up brush maker selling direct and wholesale (化粧筆メーカー)",
    "salt": "sea-salt works with mail order and subscriptions (天日塩の製塩所・通販)",
    "fence": "wildlife-damage fencing: electric fences for deer and boar (獣害対策・電気柵)",
    "maps": "hiking-map publisher with an offline map app (登山地図の出版・地図アプリ)",
}


def S(text, *labels):
    return {"text": text, "labels": list(labels)}


def Dr(subject, text, *labels):
    return {"subject": subject, "text": text, "labels": list(labels)}


def M(subject, body, urgency, emotion, terse=False):
    return {"subject": subject, "body": body, "urgency": urgency,
            "emotion": emotion, "terse": terse}
