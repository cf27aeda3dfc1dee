"""Terse: too short or too vague to act on, so the first reply should ask a question."""

from __future__ import annotations

import re
from collections.abc import Mapping

from madoguchi.quality.language import Language

# Greetings and closings carry no information about the problem.
_FORMULAS = re.compile(
    r"(?:いつも)?お世話になって(?:おります|います)|お疲れ様です|はじめまして|初めまして"
    r"|よろしくお願い(?:いた|致)?します|宜しくお願い(?:いた|致)?します|お願いいたします"
    r"|お忙しいところ[^。\n]{0,10}|恐れ入りますが|すみません|お問い合わせです"
    r"|\b(?:hi|hello|hey|dear|regards|thanks|thank you|cheers|best|support|team|sir|madam)\b",
    re.IGNORECASE,
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

_SHORT_JA = 28  # characters of content, greetings removed
_SHORT_EN = 9  # words
_MEDIUM_JA = 70
_MEDIUM_EN = 24


def content_size(body: str, lang: Language) -> int:
    stripped = _FORMULAS.sub(" ", body)
    if lang == "en":
        return len(_WORD.findall(stripped))
    return len(_NOT_CONTENT.sub("", stripped))


def count_specifics(text: str) -> int:
    return sum(1 for pattern in _SPECIFICS if pattern.search(text))


def judge_terse(
    body: str, subject: str, lang: Language, weights: Mapping[str, float], *, settled: bool
) -> bool:
    size = content_size(body, lang)
    if subject:
        size += content_size(subject, lang) // 2
    if size == 0:
        return True  # an empty mail or a bare "help!!": nothing to act on yet
    asks_something = weights.get("problem", 0.0) > 0 or _reports_trouble(weights)
    if settled or (not asks_something and weights.get("positive", 0.0) > 0):
        return False  # "thanks, it works" is short and needs nothing more
    specifics = count_specifics(f"{subject}\n{body}")
    short, medium = (_SHORT_EN, _MEDIUM_EN) if lang == "en" else (_SHORT_JA, _MEDIUM_JA)
    if size < short:
        return specifics < 2
    if size < medium and asks_something:
        return specifics == 0 and weights.get("idea", 0.0) == 0
    return False


def _reports_trouble(weights: Mapping[str, float]) -> bool:
    return any(
        weights.get(name, 0.0) > 0
        for name in ("outage", "login", "paid_unusable", "billing", "angry", "anxious")
    )
