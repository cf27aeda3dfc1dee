"""Finding lexicon cues in a mail, with negation handled."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from madoguchi.quality.triage.amounts import far_apart_amounts
from madoguchi.quality.triage.anchors import AnchorIndex, literal_anchors
from madoguchi.quality.triage.families import AMOUNT_MISMATCH, FAMILY_CUES, SARCASM
from madoguchi.quality.triage.lexicons import (
    CONTRAST,
    JAPANESE_CHARACTER,
    NEGATION_AFTER,
    NEGATION_BEFORE,
    SHOUTING,
    Category,
    Cue,
)
from madoguchi.quality.triage.lexicons import CUES as PHRASE_CUES
from madoguchi.quality.triage.machine import Span, blank, machine_spans
from madoguchi.quality.triage.stakes import STAKES_CUES

CUES: tuple[Cue, ...] = PHRASE_CUES + FAMILY_CUES + STAKES_CUES


@dataclass(frozen=True, slots=True)
class Hit:
    category: Category
    weight: float
    excerpt: str  # the words in the mail that triggered the cue


# 「！！」「？！」 "!!!", and "???" (three question marks: "まだ？？？", not "delivered??").
_EXCLAMATIONS = re.compile(r"[!?]*![!?]*!|\?!|!\?|\?\?\?")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{3,}\b")
# Acronyms that are not shouting.
_ACRONYMS = frozenset(
    {
        "API",
        "CSV",
        "PDF",
        "SSO",
        "URL",
        "UTC",
        "CET",
        "JST",
        "PST",
        "EST",
        "FAQ",
        "FYI",
        "ASAP",
        "HTTP",
        "HTTPS",
        "HTML",
        "JSON",
        "SMTP",
        "IMAP",
        "VISA",
        "SAML",
        "GDPR",
        "EOD",
        "CEO",
        "CTO",
    }
)


_MAX_MATCHES_PER_CUE = 2
# 「問い合わせたのに返事がない」と電話があった: words in quotes are someone else's (or an
# error message), not the writer's feeling. Urgency cues still count inside quotes.
_QUOTED_SPEECH = re.compile(r"「[^」\n]{1,200}」|\"[^\"\n]{1,200}\"")
# Sarcasm often quotes the other side's words ("professional" cleaning): not excluded.
_FEELINGS = frozenset(
    cue.category.name
    for cue in CUES
    if cue.category.signal in ("angry", "anxious", "positive") and cue.category is not SARCASM
)


_LATIN_WORDS = re.compile(r"[a-z]{2,}")
# A Japanese mail quoting "SAML response invalid" should not pay for the English cues;
# one with whole English sentences in it should.
_ENGLISH_WORDS_NEEDED = 6


# Each cue's anchors, worked out from its regular expression once and shipped (parsing
# ~120 expressions cost ~0.1 s CPU in every process that imported triage). A cue missing
# from the file, or changed since, is worked out here: the file only saves time, it never
# changes what is found (scripts/triage_anchors.py writes it; a test keeps it current).
ANCHORS_PATH = Path(__file__).resolve().parent / "anchors.json"


def anchor_table() -> str:
    """The shipped file's text: every cue's (and CONTRAST's) source → its anchors."""
    table: dict[str, list[str] | None] = {}
    for source in [*(cue.source for cue in CUES), CONTRAST.pattern]:
        anchors = literal_anchors(source)
        table[source] = None if anchors is None else list(anchors)
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def _shipped_anchors() -> dict[str, list[str] | None]:
    try:
        table = json.loads(ANCHORS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def _anchors_of(source: str, shipped: dict[str, list[str] | None]) -> tuple[str, ...] | None:
    if source in shipped:
        anchors = shipped[source]
        return None if anchors is None else tuple(anchors)
    return literal_anchors(source)


_SHIPPED = _shipped_anchors()
_ANCHORS = [_anchors_of(cue.source, _SHIPPED) for cue in CUES]
# The cues' compiled expressions by number, filled as mails need them (a list look-up in
# the import's hot path, where a property and a cache would be two calls).
_COMPILED: list[re.Pattern[str] | None] = [None] * len(CUES)
_UNANCHORED = frozenset(number for number, anchors in enumerate(_ANCHORS) if anchors is None)
# One index per language: a Japanese mail is not scanned for English words, and back.
_JAPANESE_INDEX = AnchorIndex(
    [anchors if cue.japanese else None for cue, anchors in zip(CUES, _ANCHORS, strict=True)]
)
_ENGLISH_INDEX = AnchorIndex(
    [None if cue.japanese else anchors for cue, anchors in zip(CUES, _ANCHORS, strict=True)]
)


# What pasted machine output (machine.py) may show: that something is broken. Feelings,
# repetition, threats and times in it are the machine's words, not the writer's.
_FAILURES = frozenset({"outage", "login", "paid_unusable", "billing", "security", "incident"})
_FAILURES |= {"stopped", "problem"}


def find_hits(text: str, machine: Sequence[Span] | None = None) -> list[Hit]:
    """Every cue found in `text` (at most two phrases per cue), negated ones left out.

    machine: the spans of pasted machine output in `text` (machine.machine_spans), when
    the caller has them already.
    """
    hits: list[Hit] = []
    lowered = text.lower()  # cheaper than re.IGNORECASE on every one of the cues
    if machine is None:
        machine = machine_spans(text)
    if machine and len(lowered) != len(text):
        machine = ()  # a rare letter whose lower case is longer: positions would drift
    has_japanese = JAPANESE_CHARACTER.search(lowered) is not None
    has_english = not has_japanese or _has_english(lowered)
    quoted = _quoted_spans(lowered)
    not_feelings = sorted([*quoted, *machine]) if machine else quoted
    starts_of = _JAPANESE_INDEX.positions(lowered) if has_japanese else {}
    if has_english:
        starts_of.update(_ENGLISH_INDEX.positions(lowered))
    # Only the cues one of whose first words is in the mail (most are absent), in the
    # cues' order; a cue without anchors is scanned for everywhere.
    for number in sorted({*_UNANCHORED, *starts_of}):
        cue, anchors = CUES[number], _ANCHORS[number]
        if not (has_japanese if cue.japanese else has_english):
            continue
        candidates: Iterable[re.Match[str]]
        pattern = _COMPILED[number]
        if pattern is None:  # the first mail that may hold this cue
            pattern = _COMPILED[number] = cue.pattern
        if anchors is None:
            candidates = pattern.finditer(lowered)
        else:
            candidates = _matches_at(pattern, lowered, starts_of[number])
            if not candidates:
                continue  # most cues whose anchor is in the mail do not match there
        # Two different phrases of one cue ("five times", "nobody answers") add up; the
        # same phrase repeated does not.
        name = cue.category.name
        if name in _FEELINGS:
            excluded: Sequence[Span] = not_feelings
        else:
            excluded = () if name in _FAILURES else machine
        excerpts = _matches(cue, candidates, lowered, excluded)
        hits.extend(Hit(cue.category, cue.weight, excerpt) for excerpt in excerpts)
    # A text that lower() leaves as it is has no capitals to shout with.
    capitals = lowered != text
    hits.extend(_punctuation_hits(blank(text, list(machine)) if machine else text, capitals))
    amounts = far_apart_amounts(blank(lowered, list(machine)) if machine else lowered)
    if amounts is not None:
        hits.append(Hit(AMOUNT_MISMATCH, 1.0, amounts))
    return hits


_CONTRAST_INDEX = AnchorIndex([_anchors_of(CONTRAST.pattern, _SHIPPED)])
del _SHIPPED


def has_contrast(text: str) -> bool:
    """Whether the mail says "but", 「まだ」, "still"…: tried only where those words start."""
    lowered = text.lower()
    starts = _CONTRAST_INDEX.positions(lowered).get(0, ())
    return bool(_matches_at(CONTRAST, lowered, starts))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED_SPEECH.finditer(text)]


def _has_english(text: str) -> bool:
    words = 0
    for _ in _LATIN_WORDS.finditer(text):
        words += 1
        if words >= _ENGLISH_WORDS_NEEDED:
            return True
    return False


def _matches_at(pattern: re.Pattern[str], text: str, starts: Sequence[int]) -> list[re.Match[str]]:
    """The matches finditer would give, tried only where a match can start.

    Every match begins with one of the cue's literal anchors, so trying `match` at those
    positions (left to right, skipping inside an earlier match, as finditer does) finds
    the same matches without scanning the whole mail once per cue. A list, not a generator:
    most cues whose anchor is in a mail match nowhere, and find_hits leaves them at once.
    """
    found: list[re.Match[str]] = []
    resume = 0
    for start in starts:
        if start < resume:
            continue
        match = pattern.match(text, start)  # \b still sees text[start - 1]
        if match is not None:
            resume = max(match.end(), start + 1)
            found.append(match)
    return found


# A consequence word with no stakes now (session 20, fresh-eval17's English false highs):
# a question about what happens in a made-up case ("what happens if a child gets injured
# on the wall?", "if my card details ever leaked, would I be covered?", 「万が一けがをした
# 場合、保険はありますか。」) asks a policy; a past scare told as over in the same sentence
# ("there was a bit of smoke that evening but nothing since", "the alarm scare turned out
# to be burnt toast") is no hazard. A hazard told as a condition in a statement ("if a
# child touches it…") still counts, and so do the stakes families (stakes.py).
_NOT_NOW_CATEGORIES = frozenset(
    {"safety", "security", "incident", "legal", "money_lost", "property_at_risk"}
)
_MADE_UP_CASE = re.compile(
    r"\b(?:what (?:happens|would happen|do (?:we|i|you) do|should (?:we|i) do) (?:if|when)"
    r"|what if|in the event (?:of|that)|if (?:a|an|any|anyone|someone|something|anything"
    r"|one of (?:the|our|your|my))\b|(?:if|should|were)\b[^.?!\n]{0,40}\bever\b"
    r"|\bwould (?:it|that|this|there) be\b)"
)
_MADE_UP_CASE_JA = re.compile(r"万が一|万一|もしも?|仮に|(?:た|る)場合(?:は|に|には|の|、|も|でも)")
_NOW_JA = re.compile(r"今|いま|現在|さっき|先ほど|先程")
# A worn thing the writer is not using and will not for now (fresh-eval50 t-ja-090: 「ホースの表面
# がひび割れていて…今は使う予定がないので、来月あたりに一度見ていただけますか」): a hazard
# parked, asked about calmly.
_NOT_IN_USE_JA = re.compile(
    r"(今は|当面|しばらく|当分)[^。\n]{0,6}(使う|使用する|乗る|動かす)(予定|つもり)(が|は)(ない|ありません|ございません)"
)
_OVER_SINCE = re.compile(
    r"turned out (?:to be|it was|fine)|nothing since|fine (?:ever )?since|no harm done"
    r"|false alarm|(?:got|had) (?:it|them) back in the end|all sorted"
)
# A scare told months back in a mail that says it ended ("the kiln we hired in May
# sparked… nobody was hurt, and your engineer swapped it").
_MONTHS_BACK = re.compile(
    r"\b(?:back in|last (?:month|year|spring|summer|autumn|winter)|(?:months|years) ago"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b)"
)
_ENDED = re.compile(
    r"(?:nobody|no one|no-one) (?:was|got) (?:hurt|injured)|no harm done|nothing since"
    r"|(?:fixed|swapped|replaced|sorted|cleared|repaired) (?:it|them)\b|turned out"
)
# The same in Japanese (fresh-eval64 t-ja-034: 「先月の漏水の件、その後天井も乾き、売場はまったく
# 問題ありません」): a hazard of last month, told as over.
_MONTHS_BACK_JA = re.compile(
    r"先月|先々月|去年|昨年|以前の|[0-9０-９]+(?:か月|ヶ月|カ月)前|(?<![0-9０-９])[0-9０-９]{1,2}月(?:の|に)"
)
_ENDED_JA = re.compile(
    r"その後[^。\n]{0,20}(?:乾|直|止ま|収ま|治ま|落ち着|おさま)|(?:まったく|全く|特に|もう)問題(?:は)?(?:あり|ござい)ません"
    r"|もう大丈夫|解決(?:しました|済み|いたしました)|直りました|修理(?:していただき|が終わり|済み)"
)
# A near miss ("nobody was hurt", a cue of its own since fresh-eval63 t-en-055) told in the
# sentence that says it was put right ("Your electrician repaired it the same week and nobody
# was hurt"): over.
_NEAR_MISS = re.compile(
    r"(?:nobody|no one|no-one) (?:was|has been|got|'s been) (?:hurt|injured|burned|burnt|scalded)"
)
_PUT_RIGHT = re.compile(r"\b(?:repaired|fixed|swapped|replaced|sorted|mended)\b")
_SENTENCE_END = re.compile(r"[.?!。？！\n]")
# A hazard or a fraud seen in the news or online, about others (「電動工具のバッテリーが発火して
# 火災になったという話をニュースで見ました」「詐欺メールが多いとニュースで見ました」, "I read in
# the news that …": fresh-eval61 t-ja-073, t-ja-003): what the writer asks about is their own
# case, which the sentence does not tell.
_SEEN_IN_NEWS = re.compile(
    r"ニュース|報道|新聞で|記事で|ネットで|ネット上|SNSで|という話|のような話|"
    r"\b(?:in|on) the news\b|\bnews (?:story|report|article)\b|"
    r"\bread (?:about|an article|online|somewhere)\b|"
    r"\bsaw (?:online|on the news|a story|an article|a report|reports)\b",
    re.IGNORECASE,
)
# …unless the news is about us or what the writer has (「御社の運営会社が破産手続きの準備に入った
# という記事を見ました」, 「同じメーカーのヒーターがリコール」: hand sets hja-11-014, hja-23-015).
_ABOUT_US_OR_THEM = re.compile(
    r"御社|貴社|そちら|弊社|同じ|うちの|私の|我が家|購入した|お宅|"
    r"\b(?:your|yours|the same|my|our|mine)\b",
    re.IGNORECASE,
)
# A harm named as what a course or a service covers (fresh-eval49 t-en-056: "trained in first
# aid, with a focus on crush injuries, severe bleeding and working at height").
_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:a |the )?focus(?:ing)? on|covers?|covering|training (?:in|on|for)"
    r"|course (?:in|on|about|for)|module (?:on|about)|topics? (?:like|such as))\b",
    re.IGNORECASE,
)
# A thank-you for help in an emergency now past, asking nothing (「講習で習ったとおりに胸骨圧迫
# を続けました。父は今は回復に向かっています。本当にありがとうございました」, "a man collapsed
# … The paramedic said it had helped … Thank you, and no need to reply": fresh-eval49 t-ja-094,
# t-en-019, both labelled low): the emergency is a story, not a person at risk now.
_THANKS_NOTE = re.compile(
    r"ありがとうございました|お礼|感謝して|\bthank(?:s| you)\b|no need to reply|grateful",
    re.IGNORECASE,
)
_RECOVERED = re.compile(
    r"回復に向かって|回復しました|元気に(?:なり|して)|大事に至らず|一命を取り留め|退院しました|無事(?:でした|に退院)|"
    r"\b(?:is|was|are|were) (?:recovering|doing (?:fine|well)|fine now|home now|back home)\b"
    r"|made a (?:full )?recovery|\b(?:it|that|this|you|the course) (?:had |has |really )?helped\b"
    r"|\bpulled through\b|\bsurvived\b",
    re.IGNORECASE,
)
_ASKS_ANYTHING = re.compile(
    r"[?？]|ください|教えて|いただけ|でしょうか"
    r"|\b(?:please|could you|can you|would you|i'?d like|i want|let me know)\b",
    re.IGNORECASE,
)


def _emergency_past_and_thanked(text: str) -> bool:
    return (
        _THANKS_NOTE.search(text) is not None
        and _RECOVERED.search(text) is not None
        and _ASKS_ANYTHING.search(text) is None
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[int, str, re.Match[str] | None]:
    """The sentence holding text[start:end] (at most 300 characters either side): where it
    begins, its text, and the mark that ends it (None when none is near)."""
    begin = max(text.rfind(mark, max(0, start - 300), start) for mark in ".?!。？！\n") + 1
    stop = _SENTENCE_END.search(text, end, end + 300)
    finish = stop.start() if stop is not None else min(len(text), end + 300)
    return begin, text[begin:finish], stop


def _seen_in_news(text: str, start: int, end: int) -> bool:
    """Whether the hazard at text[start:end] is told in a sentence about what the writer saw in
    the news about others. (A company in trouble seen in the news — 「運営会社が破産したという
    ニュース」 — is the writer's money at stake all the same: safety only.)"""
    _, sentence, _ = _sentence_around(text, start, end)
    return _SEEN_IN_NEWS.search(sentence) is not None and _ABOUT_US_OR_THEM.search(sentence) is None


def _not_now(text: str, start: int, end: int, japanese: bool) -> bool:
    """Whether the consequence at text[start:end] sits in a question about a made-up case,
    or (English) in a sentence that tells it as over, or in a thank-you for help in an
    emergency now past that asks nothing."""
    if _emergency_past_and_thanked(text):
        return True
    begin, sentence, stop = _sentence_around(text, start, end)
    question = (stop is not None and stop.group(0) in "?？") or (
        japanese and sentence.rstrip().endswith("か")
    )
    if japanese:
        if _NOT_IN_USE_JA.search(text) is not None:
            return True  # 「今は使う予定がないので、来月あたりに一度見ていただけますか」
        if _MONTHS_BACK_JA.search(sentence) is not None and _ENDED_JA.search(text) is not None:
            return True  # 「先月の漏水の件、その後天井も乾き、…問題ありません」
        return (
            question
            and _MADE_UP_CASE_JA.search(sentence) is not None
            and _NOW_JA.search(sentence) is None
        )
    if question and _MADE_UP_CASE.search(text, begin, start) is not None:
        return True
    if _TOPIC_BEFORE.search(text, max(begin, start - 50), start) is not None:
        return True  # "first aid, with a focus on crush injuries": what a course covers
    if _OVER_SINCE.search(sentence) is not None:
        return True
    if _NEAR_MISS.match(text, start) is not None and _PUT_RIGHT.search(sentence) is not None:
        return True
    return _MONTHS_BACK.search(sentence) is not None and _ENDED.search(text) is not None


def _matches(
    cue: Cue,
    candidates: Iterable[re.Match[str]],
    text: str,
    excluded: Sequence[tuple[int, int]],
) -> list[str]:
    found: list[str] = []
    not_now = cue.category.name in _NOT_NOW_CATEGORIES
    for match in candidates:
        if any(start <= match.start() < end for start, end in excluded):
            continue
        phrase = match.group(0)
        if phrase.lower() in (seen.lower() for seen in found):
            continue
        if cue.negatable and _negated(text, match.start(), match.end()):
            continue
        if not_now and _not_now(text, match.start(), match.end(), cue.japanese):
            continue
        if cue.category.name == "safety" and _seen_in_news(text, match.start(), match.end()):
            continue
        found.append(phrase)
        if len(found) == _MAX_MATCHES_PER_CUE:
            break
    return found


def _negated(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16) : start]
    after = text[end : end + 10]
    return NEGATION_BEFORE.search(before) is not None or NEGATION_AFTER.match(after) is not None


def _punctuation_hits(text: str, capitals: bool = True) -> Iterable[Hit]:
    """capitals: False when the text has no capital letter (then none is looked for)."""
    # Most mails have neither "!" nor "?": `in` finds that faster than the expression.
    exclamation = _EXCLAMATIONS.search(text) if "!" in text or "?" in text else None
    if exclamation is not None:
        yield Hit(SHOUTING, 1.0, exclamation.group(0))
    if not capitals:
        return
    # Distinct words: a pasted log's "INFO … INFO" is not shouting.
    shouted = [w for w in dict.fromkeys(_SHOUTED_WORD.findall(text)) if w not in _ACRONYMS]
    if len(shouted) >= 2:
        yield Hit(SHOUTING, 1.0, " ".join(shouted[:3]))


def weight_by_category(hits: Iterable[Hit]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for hit in hits:
        totals[hit.category.name] = totals.get(hit.category.name, 0.0) + hit.weight
    return totals
