"""Triage of an incoming mail: urgency, emotion, terseness, a queue score and the reasons.

    >>> triage("至急！ログインできません", subject=None).urgency
    'high'

The signals are weighted phrase cues (lexicons.py) and families of consequence, time and
feeling (families.py), read from the sender's own new text: quoted history and the
signature are cut off first (madoguchi.mail.quote), so our own earlier "urgent" in a quote
does not count. A small linear model (learned.py, trained by scripts/train_triage.py)
weighs the rules' signals with the wording and may overrule them when it is confident.

Reasons are codes with the quoted words (`codes`): a reader's UI renders them in its own
language (render_reasons); `reasons` are the same, rendered in the mail's language.
Pure and fast: a mail costs a fraction of a millisecond.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from madoguchi.quality.language import Language
from madoguchi.quality.triage.emotion import Emotion, has_trouble, judge_emotion
from madoguchi.quality.triage.learned import (
    EMOTION_CLASSES,
    URGENCY_CLASSES,
    Model,
    load_model,
    may_overrule,
    quote_for,
)
from madoguchi.quality.triage.lexicons import CUES as PHRASE_CUES
from madoguchi.quality.triage.machine import blank, machine_spans
from madoguchi.quality.triage.matching import (
    CUES,
    Hit,
    find_hits,
    has_contrast,
    weight_by_category,
)
from madoguchi.quality.triage.terse import judge_terse, request_kind
from madoguchi.quality.triage.text import prepare
from madoguchi.quality.triage.urgency import (
    Urgency,
    high_weight,
    is_settled,
    judge_urgency,
    severe_consequence,
)

__all__ = ["Reason", "TriageResult", "render_reason", "render_reasons", "triage"]

_BASE_SCORE = {"high": 0.65, "normal": 0.35, "low": 0.1}
_EMOTION_SCORE = {"angry": 0.15, "anxious": 0.1, "neutral": 0.0, "positive": -0.05}
# A lead reads three reasons at a glance; more are noise (walk 13 F22).
_MAX_REASONS = 3


Reason = tuple[str, str]  # (code, the mail's words that showed it; may be "")


@dataclass(frozen=True, slots=True)
class TriageResult:
    urgency: Urgency
    emotion: Emotion
    terse: bool
    score: float  # 0..1, higher = answer sooner; high urgency always outranks normal
    reasons: tuple[str, ...]  # in the mail's language, strongest first
    lang: Language
    codes: tuple[Reason, ...] = ()  # the same reasons as codes, for any UI language

    def to_stored(self) -> dict[str, Any]:
        """What the app stores: the CLI object and the reasons as codes."""
        return {**self.to_dict(), "codes": [list(code) for code in self.codes]}

    def to_dict(self) -> dict[str, Any]:
        """The object of `madoguchi triage` (CONTRACT.md)."""
        return {
            "urgency": self.urgency,
            "emotion": self.emotion,
            "terse": self.terse,
            "score": self.score,
            "reasons": list(self.reasons),
            "lang": self.lang,
        }


def triage(
    body: str,
    *,
    subject: str | None = None,
    own_text: str | None = None,
    use_model: bool = True,
) -> TriageResult:
    """Judge one incoming mail. Never raises on any string.

    own_text: the sender's new text (mail.quote.split_quoted(body).body), when the caller
    has it already; otherwise it is split off here. use_model=False: the rules alone
    (scripts/triage_eval.py --rules-only, and training, which must not read its own output).
    """
    if not isinstance(body, str):  # callers are typed, but a None from a bad parse must not crash
        body = ""
    own = own_text if isinstance(own_text, str) else None
    mail = prepare(body, subject if isinstance(subject, str) else None, own)
    text = mail.text
    machine = machine_spans(text)
    hits = find_hits(text, machine)
    weights = weight_by_category(hits)
    settled = is_settled(weights, contrast=has_contrast(mail.body))
    high = high_weight(weights, settled=settled)  # once: the score's strength reads it too
    urgency = judge_urgency(weights, settled=settled, high=high)
    emotion = judge_emotion(weights, settled=settled)
    learned: list[Reason] = []
    model = load_model() if use_model else None
    # The model only raises (learned.may_overrule): high and angry or anxious is already
    # as far as it could go, so the import's hot path skips it for those mails.
    if model is not None and not (urgency == "high" and emotion in ("angry", "anxious")):
        # The model reads the writer's words: a pasted log or status text is blanked out.
        urgency, emotion, learned = _second_opinion(
            model, blank(text, machine), weights, urgency, emotion, mail.lang
        )
    terse = judge_terse(
        mail.body, mail.subject, mail.lang, weights, settled=settled, quoted=mail.quoted
    )
    strength = max(high, 1.0 if urgency == "high" else 0.0)
    score = _score(urgency, emotion, terse, strength)
    kind = request_kind(text) if terse else ""
    terse_code = (f"terse_{kind}" if kind else "terse") if terse else ""
    codes = _reason_codes(hits, urgency, emotion, terse_code, learned)
    reasons = render_reasons(codes, mail.lang)
    return TriageResult(urgency, emotion, terse, score, reasons, mail.lang, codes)


@dataclass(frozen=True, slots=True)
class RuleView:
    """What the rules make of a mail, for training the model (scripts/train_triage.py)."""

    weights: dict[str, float]
    urgency: Urgency
    emotion: Emotion
    text: str  # what the model reads: the mail with pasted machine output blanked
    lang: Language


def rule_view(body: str, subject: str | None = None) -> RuleView:
    mail = prepare(body if isinstance(body, str) else "", subject)
    text = mail.text
    machine = machine_spans(text)
    weights = weight_by_category(find_hits(text, machine))
    settled = is_settled(weights, contrast=has_contrast(mail.body))
    urgency = judge_urgency(weights, settled=settled)
    emotion = judge_emotion(weights, settled=settled)
    return RuleView(weights, urgency, emotion, blank(text, machine), mail.lang)


def _unhurried(weights: Mapping[str, float]) -> bool:
    return bool(weights.get("calm", 0.0) or weights.get("later", 0.0))


def _second_opinion(
    model: Model,
    text: str,
    weights: dict[str, float],
    urgency: Urgency,
    emotion: Emotion,
    lang: Language,
) -> tuple[Urgency, Emotion, list[Reason]]:
    """The model's verdict where it is confident enough to overrule the rules."""
    scores, rows = model.score_rows(text, weights, lang)
    reasons: list[Reason] = []
    urgency_p = model.probabilities(model.urgency, scores)
    best_u = max(URGENCY_CLASSES, key=urgency_p.__getitem__)
    new_u: str = urgency
    margin_u = urgency_p[best_u] - urgency_p[urgency]
    trouble = has_trouble(weights)
    # Something broken stays normal though the writer says it can wait (the label convention,
    # tests/quality/triage/data/README.md): the rules never file it low, nor may the model.
    barred_low = trouble or weights.get("broken", 0.0) >= 1.0
    if (
        may_overrule("urgency", urgency, best_u, trouble=barred_low, unhurried=_unhurried(weights))
        and margin_u >= model.urgency_margin
    ):
        new_u = best_u
    elif urgency == "normal" and urgency_p["high"] >= model.high_threshold:
        new_u = "high"
    elif (
        urgency == "high"
        and urgency_p["high"] < model.demote_threshold
        and not severe_consequence(weights)
    ):
        # Most of the rules' errors are over-calls: a thank-you or a booking with a date
        # or a worrying word in it. Where the wording and every signal together leave
        # "high" all but impossible, the mail waits its turn (its reasons then show no
        # urgency). Never a consequence urgent on its own (someone's safety, a stopped
        # business, money gone: severe_consequence), nor a high and angry or anxious
        # mail (see triage()).
        new_u = "normal"
    if new_u == "high" and urgency != "high":
        feature = model.strongest_of_rows(model.urgency, rows, "high")
        reasons.append(("learned_high", quote_for(feature, text)))
    emotion_p = model.probabilities(model.emotion, scores)
    best_e = max(EMOTION_CLASSES, key=emotion_p.__getitem__)
    new_e: str = emotion
    margin_e = emotion_p[best_e] - emotion_p[emotion]
    # A question the writer says can wait ("Out of curiosity, … just interested"), with no
    # anger the rules could quote, is not read as angry by the model alone (session 36: the
    # retrained model put "angry" on one; tests/quality/triage/test_s33_triage_families.py).
    calm = bool(weights.get("calm", 0.0)) and emotion == "neutral"
    if (
        may_overrule("emotion", emotion, best_e, trouble=trouble)
        and margin_e >= model.emotion_margin
        and not (calm and best_e == "angry")
    ):
        new_e = best_e
    elif emotion == "neutral":
        if emotion_p["angry"] + emotion_p["anxious"] >= model.negative_threshold:
            new_e = "angry" if emotion_p["angry"] >= emotion_p["anxious"] else "anxious"
            if calm and new_e == "angry":
                new_e = emotion
    if new_e != emotion and new_e in ("angry", "anxious"):
        feature = model.strongest_of_rows(model.emotion, rows, new_e)
        reasons.append((f"learned_{new_e}", quote_for(feature, text)))
    return new_u, new_e, reasons  # type: ignore[return-value]


def _score(urgency: Urgency, emotion: Emotion, terse: bool, strength: float) -> float:
    score = _BASE_SCORE[urgency] + _EMOTION_SCORE[emotion]
    if urgency == "high":
        # Two kinds of trouble at once (locked out and charged twice) ranks above one.
        score += 0.05 * min(max(strength - 1.0, 0.0), 2.0)
    if terse:
        score += 0.05  # a quick clarifying question unblocks the customer
    return round(min(max(score, 0.0), 1.0), 3)


_RELEVANT_BY_URGENCY = {
    "high": ("high", "time"),
    "normal": (),
    "low": ("low", "resolved", "calm"),
}
_MAX_QUOTE = 40
_SIGNAL_ORDER = ("high", "time", "angry", "anxious", "low", "resolved", "calm", "positive")
# Reasons that are not a cue's category: their wording in both languages.
_OTHER_REASONS: dict[str, tuple[str, str]] = {
    "terse": (
        "本文が短く、状況（対象・エラー・日時）が分からない",
        "too short to act on: what, which error, since when are missing",
    ),
    # A terse request of a kind that needs something else confirmed (terse.request_kind).
    "terse_cancel": (
        "短い解約・退会の依頼：どのアカウント・契約を、いつ付けで解約するかの確認が必要",
        "a short cancellation request: which account or contract, and from when, need confirming",
    ),
    "terse_refund": (
        "短い返金の依頼：どの注文・請求の、いくらの返金かが分からない",
        "a short refund request: which order or charge, and how much, are missing",
    ),
    "none": ("目立った緊急の兆候なし", "no sign of urgency"),
    "shouting": ("感嘆符の連続・大文字での強調", "exclamation marks or capitals"),
    "learned_high": ("急ぎの問い合わせに似た書き方", "worded like urgent mails"),
    "learned_angry": ("不満を感じさせる書き方", "worded like an unhappy customer"),
    "learned_anxious": ("不安を感じさせる書き方", "worded like a worried customer"),
}
# The phrase cues' bare feelings ("angry wording"): where a family of the same feeling
# quotes the same words ("Useless.": a verdict on the product), the family's reason is given.
_GENERIC = frozenset(
    cue.category.name for cue in PHRASE_CUES if cue.category.name == cue.category.signal
) & {"angry", "anxious", "positive"}
_SIGNAL_OF = {cue.category.name: cue.category.signal for cue in CUES}
_CATEGORY_REASONS: dict[str, tuple[str, str]] = {
    cue.category.name: (cue.category.reason_ja, cue.category.reason_en) for cue in CUES
}


def _reason_codes(
    hits: list[Hit], urgency: Urgency, emotion: Emotion, terse: str, learned: list[Reason]
) -> tuple[Reason, ...]:
    wanted = set(_RELEVANT_BY_URGENCY[urgency])
    if emotion != "neutral":
        wanted.add(emotion)
    codes: list[Reason] = []
    seen: set[str] = set()
    for hit in sorted(hits, key=lambda hit: _signal_rank(hit.category.signal)):
        category = hit.category
        if category.signal not in wanted or category.name in seen:
            continue
        seen.add(category.name)
        quote = " ".join(hit.excerpt.split())[:_MAX_QUOTE]
        earlier = _quoting(quote, codes)
        if earlier < 0:
            codes.append((category.name, quote))
        elif codes[earlier][0] in _GENERIC and category.name not in _GENERIC:
            # The same words, and of the same strength: the family names what they show
            # ("Useless." is a verdict on the product more than angry wording).
            if _SIGNAL_OF.get(codes[earlier][0]) == category.signal:
                codes[earlier] = (category.name, quote)
    codes.extend(reason for reason in learned if _quoting(reason[1], codes) < 0)
    if terse:  # "terse", or the kind of terse request ("terse_cancel")
        codes.append((terse, ""))
    if not codes:
        codes.append(("none", ""))
    return tuple(codes[:_MAX_REASONS])


def _quoting(quote: str, codes: list[Reason]) -> int:
    """Which earlier (stronger) reason quotes these words, or words in or around them
    (-1: none): one quote serves one reason (walk 13 F22: 「本日15時」 was a deadline and
    little time left, 「返事がない」 repeated asking and angry wording)."""
    if not quote:
        return -1
    folded = quote.lower()
    for number, (_, other) in enumerate(codes):
        other = other.lower()
        if other and (folded in other or other in folded):
            return number
    return -1


def _signal_rank(signal: str) -> int:
    return _SIGNAL_ORDER.index(signal) if signal in _SIGNAL_ORDER else len(_SIGNAL_ORDER)


def render_reason(code: str, quote: str, lang: str) -> str:
    """One reason in a reader's language ("ja" or "en"), with the mail's own words."""
    wording = _CATEGORY_REASONS.get(code) or _OTHER_REASONS.get(code)
    if wording is None:
        return quote  # an unknown code (a newer model's): the words still say something
    text = wording[0] if lang == "ja" else wording[1]
    if not quote:
        return text
    return f"{text}（「{quote}」）" if lang == "ja" else f'{text} ("{quote}")'


def render_reasons(codes: Iterable[Reason], lang: str) -> tuple[str, ...]:
    return tuple(render_reason(code, quote, lang) for code, quote in codes)
