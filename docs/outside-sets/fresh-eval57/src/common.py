"""Small helpers shared by the source files of fresh-eval57."""

DOMAINS = {
    "workshop_b": "sheltered employment workshop (就労継続支援B型事業所): baked goods, crafts, contract packing work; "
                  "mails from buyers, client companies and members' families",
    "coldstore": "refrigerated / frozen storage warehouse (冷凍冷蔵倉庫), B2B with food makers and importers",
    "nuts": "dried fruit and nuts mail order (ドライフルーツ・ナッツ通販), single orders and monthly boxes",
    "steelfab": "structural steel fabricator (鉄骨加工), B2B with general contractors and site managers",
    "career": "career coaching for individuals (キャリアコーチング), paid session packages",
    "beads": "bead and accessory-parts shop (ビーズ・アクセサリーパーツ), online and in store",
    "kidshoes": "children's shoe shop (子ども靴専門店) with foot measuring, online and in store",
    "mystery": "mystery-shopping research company (覆面調査): registered shoppers and client stores",
    "subsidy": "subsidy / grant application consultancy (補助金申請サポート) for small businesses",
    "ehon": "picture-book subscription box (絵本の定期便)",
    "pingpong": "table-tennis school and equipment shop (卓球スクール・用品店)",
    "monthly": "monthly furnished apartments (マンスリーマンション / serviced flats)",
}

SENT_LABELS = ["condescending", "vague", "imperative", "request_without_reason",
               "unknown_without_followup", "dismissive"]
DRAFT_LABELS = SENT_LABELS + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]

ABBR = {"cond": "condescending", "vague": "vague", "imp": "imperative",
        "rwr": "request_without_reason", "unk": "unknown_without_followup",
        "dism": "dismissive", "apol": "apology_incomplete", "ph": "placeholder_left",
        "purp": "purpose_not_upfront"}


def labels(spec):
    """'cond imp' -> ['condescending', 'imperative']"""
    return [ABBR[x] for x in spec.split()] if spec else []


def s(text, spec=""):
    """one lint sentence"""
    return {"text": text, "labels": labels(spec)}


def d(subject, text, spec=""):
    """one lint draft"""
    return {"subject": subject, "text": text, "labels": labels(spec)}


def t(subject, body, urgency, emotion, terse=False):
    """one incoming mail for triage"""
    assert urgency in ("high", "normal", "low"), urgency
    assert emotion in ("angry", "anxious", "neutral", "positive"), emotion
    return {"subject": subject, "body": body, "urgency": urgency, "emotion": emotion, "terse": terse}
