"""A calm clarifying reply for a terse mail (seeds/002: read the situation and the feeling
behind a one-line mail, then ask gently for exactly what is missing).

Pure: the mail text, its triage result and the team's templates in; a filled draft out.
Templates are plain text a lead can edit, with these placeholders (an unknown one is left
as it is, so a typo shows up in the draft instead of failing; `variables` adds more, filled
in the same single pass by quality.placeholders):

    {customer}     the customer's name with 様 / the name ("お客様" / "there" when unknown)
    {empathy}      one sentence acknowledging frustration or worry, empty for a neutral mail
    {situation}    what is probably going on, guessed from the mail's words
    {questions}    the missing details as a bulleted list (at most three)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from madoguchi.quality.language import Language, detect_language
from madoguchi.quality.placeholders import fill_placeholders, first_name
from madoguchi.quality.triage import TriageResult


@dataclass(frozen=True, slots=True)
class ClarifyTemplate:
    key: str
    lang: Language
    topic: str  # "campaign", "login", "billing", "cancel", "followup" or "general"
    text: str


@dataclass(frozen=True, slots=True)
class ClarifyingReply:
    template_key: str
    lang: Language
    topic: str
    questions: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class _Topic:
    name: str
    pattern: re.Pattern[str]
    situation_ja: str
    situation_en: str


_TOPICS = (
    _Topic(
        "campaign",
        re.compile(
            r"キャンペーン|応募|シリアル|クーポン|プレゼント|campaign|promo|coupon|contest|entry"
        ),
        "キャンペーンへのご応募",
        "the campaign entry",
    ),
    _Topic(
        "login",
        re.compile(r"ログイン|パスワード|サインイン|log ?in|sign ?in|password|locked"),
        "ログイン",
        "signing in",
    ),
    _Topic(
        "billing",
        re.compile(r"請求|返金|課金|引き落|支払|領収|charge|refund|invoice|billing|payment|paid"),
        "ご請求・お支払い",
        "billing",
    ),
    # A cancellation asks which account and from when, not "which error" (walk 12, F-25).
    _Topic(
        "cancel",
        re.compile(
            r"解約|退会|アカウント(?:を)?削除|契約(?:を)?(?:解除|やめ|終了)"
            r"|\b(?:cancel|close|delete|terminate)\b[^.\n?]{0,20}"
            r"\b(?:account|subscription|membership|plan|contract)\b|\bunsubscribe\b"
        ),
        "ご解約のお手続き",
        "cancelling your account",
    ),
    _Topic(
        "followup",
        re.compile(
            r"あの件|先日の件|例の件|その件|どうなりましたか|まだですか"
            r"|any update|follow|what happened"
        ),
        "以前のお問い合わせ",
        "your earlier request",
    ),
)
_GENERAL = _Topic("general", re.compile(r"(?!)"), "サービスのご利用", "our service")

# What we ask for, in order, and the words that show the customer already told us.
_QUESTIONS: dict[str, tuple[tuple[str, str, str, re.Pattern[str] | None], ...]] = {
    "campaign": (
        (
            "name",
            "ご応募されたキャンペーンの名称",
            "the name of the campaign",
            re.compile(r"「[^」]+」"),
        ),
        (
            "error",
            "画面に表示されたメッセージ（そのままの文言、または画面の写真）",
            "the message shown on screen (exact words or a screenshot)",
            None,
        ),
        ("when", "ご応募を試された日時", "when you tried to enter", None),
    ),
    "login": (
        (
            "account",
            "ログインに使われているメールアドレス",
            "the email address you sign in with",
            None,
        ),
        (
            "error",
            "表示されたエラーメッセージ（そのままの文言、または画面の写真）",
            "the error message shown (exact words or a screenshot)",
            None,
        ),
        (
            "when",
            "ログインできなくなった日時と、お使いの端末・ブラウザ",
            "since when, and which device and browser you use",
            None,
        ),
    ),
    "billing": (
        (
            "account",
            "ご契約のメールアドレス、またはご注文番号・請求書番号",
            "the account email, or the order or invoice number",
            None,
        ),
        ("amount", "お気づきになった請求の日付と金額", "the date and amount of the charge", None),
        (
            "method",
            "お支払い方法（クレジットカード、請求書払いなど）",
            "how you paid (card, invoice …)",
            None,
        ),
    ),
    "cancel": (
        (
            "account",
            "ご契約のメールアドレス、または会員番号・契約番号",
            "the email address or member / contract number of the account",
            None,
        ),
        (
            "scope",
            "解約されたいのはご契約全体か、特定のプラン・オプションのみか",
            "whether to close the whole account or only a plan or add-on",
            None,
        ),
        (
            "end",
            "解約のご希望時期（すぐに、または次回の更新日）",
            "when it should end (right away, or at the next renewal date)",
            None,
        ),
    ),
    "followup": (
        (
            "which",
            "以前お問い合わせいただいた件名、またはお問い合わせ番号",
            "the subject or ticket number of your earlier request",
            None,
        ),
        ("when", "お問い合わせいただいたおおよその日付", "roughly when you wrote to us", None),
    ),
    "general": (
        (
            "what",
            "お使いの製品・サービス名と、どの操作をされたときのことか",
            "which product or feature, and what you were doing",
            None,
        ),
        (
            "error",
            "表示されたエラーメッセージ（そのままの文言、または画面の写真）",
            "any error message shown (exact words or a screenshot)",
            None,
        ),
        ("when", "いつ頃から起きているか", "since when it has been happening", None),
    ),
}
_ALREADY_GIVEN = {
    "error": re.compile(r"「[^」]{3,}」|\"[^\"]{3,}\"|エラーコード|error code|\d{3}"),
    "when": re.compile(
        r"\d{1,2}[/月]\d{1,2}|\d{1,2}:\d{2}|\d{1,2}時|昨日|今朝|先週|yesterday|since|this morning"
    ),
    "account": re.compile(r"@\w|\b\d{5,}\b|[A-Z]+-\d+"),
    "amount": re.compile(r"\d[\d,]*円|[$€£]\s?\d|\d+\s?(?:yen|dollars)"),
}
_EMPATHY = {
    ("ja", "angry"): "ご不便をおかけしており、大変申し訳ございません。",
    ("ja", "anxious"): "ご心配をおかけしております。",
    ("en", "angry"): "I'm sorry for the trouble this has caused. ",
    ("en", "anxious"): "I understand this is worrying. ",
}
MAX_QUESTIONS = 3
# Topics added after teams had their templates seeded (assist.seed_clarify_templates).
_NEWER_TOPICS = frozenset({"cancel"})


@cache
def default_templates() -> tuple[ClarifyTemplate, ...]:
    """The templates shipped with madoguchi (clarify_templates.json), ja and en."""
    data = (
        resources.files("madoguchi.quality").joinpath("clarify_templates.json").read_text("utf-8")
    )
    return tuple(ClarifyTemplate(**item) for item in json.loads(data))


# What a clarifying template may use besides the ordinary template variables.
VARIABLES = frozenset({"customer", "empathy", "situation", "questions"})


def clarifying_reply(
    text: str,
    result: TriageResult,
    templates: Sequence[ClarifyTemplate] | None = None,
    *,
    customer_name: str | None = None,
    variables: Mapping[str, str] | None = None,
) -> ClarifyingReply | None:
    """A filled clarifying reply for a terse mail; None when the mail is not terse or no
    template fits its language."""
    if not result.terse:
        return None
    lang: Language = result.lang if result.lang in ("ja", "en") else detect_language(text)
    normalised = unicodedata.normalize("NFKC", text).lower()
    topic = _guess_topic(normalised)
    candidates = [t for t in (templates or default_templates()) if t.lang == lang]
    template = next((t for t in candidates if t.topic == topic.name), None)
    if template is None and candidates and topic.name in _NEWER_TOPICS:
        # Templates seeded before this topic existed have none for it: the shipped one,
        # rather than the general "something is not working" wording for a cancellation.
        template = next(
            (t for t in default_templates() if t.lang == lang and t.topic == topic.name), None
        )
    template = template or next((t for t in candidates if t.topic == "general"), None)
    if template is None:
        return None
    questions = _missing_questions(template.topic, unicodedata.normalize("NFKC", text), lang)
    values = {
        **(variables or {}),
        "customer": _customer(customer_name, lang),
        "empathy": _EMPATHY.get((lang, result.emotion), ""),
        "situation": topic.situation_ja if lang == "ja" else topic.situation_en,
        "questions": "\n".join(("・" if lang == "ja" else "- ") + q for q in questions),
    }
    filled = fill_placeholders(template.text, values)
    return ClarifyingReply(template.key, lang, template.topic, questions, filled)


def _guess_topic(text: str) -> _Topic:
    for topic in _TOPICS:
        if topic.pattern.search(text):
            return topic
    return _GENERAL


def _missing_questions(topic: str, text: str, lang: Language) -> tuple[str, ...]:
    asked: list[str] = []
    for slot, question_ja, question_en, given in _QUESTIONS.get(topic, _QUESTIONS["general"]):
        already = given or _ALREADY_GIVEN.get(slot)
        if already is not None and already.search(text):
            continue
        asked.append(question_ja if lang == "ja" else question_en)
    if not asked:  # everything seems to be there; still ask for the one thing that helps most
        first = _QUESTIONS.get(topic, _QUESTIONS["general"])[0]
        asked.append(first[1] if lang == "ja" else first[2])
    return tuple(asked[:MAX_QUESTIONS])


def _customer(name: str | None, lang: Language) -> str:
    if lang == "ja":
        return f"{name} 様" if name else "お客様"
    return first_name(name or "") or "there"  # "Hi Grace," not "Hi Grace Lee,"
