"""Terse: too short or too vague to act on, so the first reply should ask a question.

Short is not enough: 「土日も対応していますか。」 is short and answerable. A mail is
terse when it is short and either says almost nothing or says something vague
(「使えません」, "doesn't work", 「あの件どうなりましたか」) without the details that
would let us act: which product or campaign, what error, since when.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from madoguchi.quality.language import Language

# Greetings and closings carry no information about the problem (matched in lower case).
_FORMULAS = re.compile(
    r"(?:いつも)?お世話になって(?:おります|います)|お疲れ様です|はじめまして|初めまして"
    r"|よろしくお願い(?:いた|致)?します|宜しくお願い(?:いた|致)?します|お願いいたします"
    r"|お忙しいところ[^。\n]{0,10}|恐れ入りますが|すみません|お問い合わせです"
    r"|\b(?:hi|hello|hey|dear|regards|thanks|thank you|cheers|best|support|team|sir|madam)\b"
)
_NOT_CONTENT = re.compile(r"[\s\W_]+")
_WORD = re.compile(r"[A-Za-z0-9']+")
# Concrete details: identifiers, dates and times, quoted error text, devices, steps.
_SPECIFICS = (
    re.compile(r"\d{3,}|\d{1,2}[/月]\d{1,2}|\d{1,2}:\d{2}|\d{1,2}時"),
    re.compile(r"「[^」]{2,}」|\"[^\"]{3,}\"|『[^』]{2,}』"),
    re.compile(r"https?://|www\.|@\w"),
    re.compile(
        r"chrome|safari|firefox|edge|iphone|ipad|android|windows|mac|ios|outlook|gmail"
        r"|スマホ|パソコン|ブラウザ|アプリ版",
        re.IGNORECASE,
    ),
    re.compile(r"エラー(?:コード|メッセージ)|error (?:code|message)|says|と表示|と出"),
    re.compile(r"注文番号|請求書|invoice|order (?:number|#|no)|プラン|plan\b|契約番号", re.I),
    re.compile(r"したところ|した後|してから|after (?:i|we)|when (?:i|we)|tried|試し|手順|steps"),
)
# What a terse mail says instead of details: a bare verdict or a pointer to "that thing".
_VAGUE = re.compile(
    r"(?:でき|出来)(?:ない|ません)|使えな|見れ(?:ない|ません)|見られません|動かな|動きません"
    r"|届いて(?:ない|ません)|届きません|エラーが出|おかし|ダメ|だめ|あの件|先日の件|例の件|この件"
    r"|その件|どうなり|どうなって|まだですか|またです|質問が|困って|助けて|について教えて|お願いします"
    r"|doesn'?t work|not working|n'?t see|\berror\b|any update|what happened|the thing|\bsame\b"
    r"|\bagain\b|not received|broken|\bhelp\b|question|wrong|\bso\?|call me|please call|stuck"
    r"|going on|\bwhy\b|なんで|なぜ|(?:わから|分から)(?:ない|ん)",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"\?|か。|か$|ますか|でしょうか", re.MULTILINE)

_TINY_JA, _TINY_EN = 12, 4  # characters / words of content, greetings removed
_SHORT_JA, _SHORT_EN = 28, 10
_MEDIUM_JA, _MEDIUM_EN = 70, 24
_DETAILED_CATEGORIES = ("outage", "login", "paid_unusable", "billing", "security", "legal")


# Past the "medium" size a mail is never terse, so counting further is wasted work.
_COUNT_CHARS = 1000
# Most mails pass the "medium" size within their first lines: count those first, and the
# rest only for a mail whose head is mostly greetings (the import's hot path).
_FIRST_LOOK_CHARS = 300


def content_size(body: str, lang: Language) -> int:
    # Lower-cased rather than matched with IGNORECASE: the same counts, a faster scan.
    stripped = _FORMULAS.sub(" ", body[:_COUNT_CHARS].lower())
    if lang == "en":
        return len(_WORD.findall(stripped))
    return len(_NOT_CONTENT.sub("", stripped))


def count_specifics(text: str) -> int:
    return sum(1 for pattern in _SPECIFICS if pattern.search(text))


def judge_terse(
    body: str, subject: str, lang: Language, weights: Mapping[str, float], *, settled: bool
) -> bool:
    tiny, short, medium = (
        (_TINY_EN, _SHORT_EN, _MEDIUM_EN) if lang == "en" else (_TINY_JA, _SHORT_JA, _MEDIUM_JA)
    )
    size = content_size(body[:_FIRST_LOOK_CHARS], lang)
    if size < medium and len(body) > _FIRST_LOOK_CHARS:
        size = content_size(body, lang)
    if subject:
        size += content_size(subject, lang) // 2
    if size == 0:
        return True  # an empty mail or a bare "!!": nothing to act on yet
    if settled or _only_good_news(weights):
        return False  # "thanks, it works" is short and needs nothing more
    if size >= medium:
        return False  # long enough to act on: no need to look for details
    text = f"{subject}\n{body}"
    specifics = count_specifics(text)
    vague = _VAGUE.search(body) is not None
    if size < tiny:
        return specifics < 2
    if size < short:
        # 「土日も対応していますか。」 is a clear question; 「質問があります。」 is not, nor
        # is "is my car ready yet?": about the writer's own case, but which one?
        clear_question = _QUESTION.search(body) is not None and not vague
        if clear_question and specifics == 0 and _about_an_unnamed_case(body, weights):
            return True
        return specifics < 2 and not clear_question
    if size < medium:
        knows_the_problem = any(weights.get(name, 0.0) for name in _DETAILED_CATEGORIES)
        return vague and specifics == 0 and not knows_the_problem
    return False


# "my car", "our order", 「私の注文」: the writer's own case, which we must look up; and
# a case named only by a pronoun ("was I charged twice?", "is this letter real?", "has
# she arrived ok?", 「これは大丈夫ですか」): the mail points at something it does not name.
_OWN_CASE = re.compile(
    r"\b(?:my|our|mine|i|we|me|us|it|this|that|these|those|she|he|they|them)\b"
    r"|私の|うちの|わたしの|(?:これ|それ|あれ)(?:は|って|が|も|で)",
    re.IGNORECASE,
)
_WORRY = ("anxious", "fear", "angry", "shouting", "escalation")


def _about_an_unnamed_case(body: str, weights: Mapping[str, float]) -> bool:
    """A short question about the writer's own case, or a worried one, without a detail."""
    return _OWN_CASE.search(body) is not None or any(weights.get(name, 0.0) for name in _WORRY)


def _only_good_news(weights: Mapping[str, float]) -> bool:
    good = any(weights.get(name, 0.0) for name in ("positive", "thanks", "feedback", "idea"))
    trouble = any(weights.get(name, 0.0) for name in _DETAILED_CATEGORIES)
    # A stray "help" (anxious 0.7) in "thanks for the help" is not a worry.
    upset = any(weights.get(name, 0.0) >= 1.0 for name in ("angry", "anxious"))
    return good and not trouble and not upset
