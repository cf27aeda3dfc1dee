"""The reply linter: flags wording that reads badly to a customer, with a rewrite.

Public API (used by `madoguchi lint` and the compose box):
    lint(text, *, subject=None, lang="auto") -> list[Finding], sorted by start
    RULES: the registered rules, each with id, description_ja, description_en, level

Very long input is cut to the first MAX_CHARS characters before analysis: a reply draft is a
few thousand characters, and a 10 MB paste must still answer in about a second. Findings
never point past that limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from madoguchi.quality.language import detect_language
from madoguchi.quality.lint.base import Document, Finding, Rule, Sentence
from madoguchi.quality.lint.rules import (
    apology_incomplete,
    condescending,
    dismissive,
    imperative,
    placeholder_left,
    purpose_not_upfront,
    request_without_reason,
    unknown_without_followup,
    vague,
)
from madoguchi.quality.lint.sentences import (
    LIST_ITEM,
    is_japanese,
    mask_quotes,
    roles,
    split_sentences,
)

__all__ = ["MAX_CHARS", "RULES", "Finding", "Rule", "hints_of", "lint", "rule_ids", "warnings_of"]

MAX_CHARS = 100_000

RULES: tuple[Rule, ...] = (
    condescending.RULE,
    vague.RULE,
    imperative.RULE,
    request_without_reason.RULE,
    unknown_without_followup.RULE,
    dismissive.RULE,
    apology_incomplete.RULE,
    purpose_not_upfront.RULE,
    placeholder_left.RULE,
)

# Control characters and lone surrogates would make MeCab or the JSON writer fail; each is
# replaced by one character so offsets into the caller's text stay right.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def rule_ids() -> list[str]:
    return [rule.id for rule in RULES]


def _clean(text: str) -> str:
    return _UNSAFE.sub(lambda match: "\ufffd" if match.group(0) >= "\ud800" else " ", text)


def build_document(
    text: str, subject: str | None = None, lang: str = "auto", *, tokens: bool = True
) -> Document:
    """Split and tag a draft once; every rule reads the same Document.

    Without `tokens` the Japanese sentences are not tagged: only for checking a rewrite
    against a rule that reads no tokens (see _sound)."""
    from madoguchi.quality.morphology import tokenize

    body = _clean(text[:MAX_CHARS]).replace("\r", "\n")
    language = lang if lang in ("ja", "en") else detect_language(body)
    sentences = []
    spans = list(split_sentences(body))
    for (start, end, paragraph), role in zip(spans, roles(body, spans), strict=True):
        sentence_text = body[start:end]
        japanese = is_japanese(sentence_text)
        sentences.append(
            Sentence(
                start=start,
                end=end,
                text=sentence_text,
                masked=mask_quotes(sentence_text),
                paragraph=paragraph,
                lang="ja" if japanese else "en",
                # "1. Split it in two (…). Each costs 4.50 EUR." — every sentence of the line.
                list_item=LIST_ITEM.match(body[body.rfind("\n", 0, start) + 1 : end]) is not None,
                tokens=tuple(tokenize(sentence_text)) if japanese and tokens else (),
                role=role,
            )
        )
    clean_subject = _clean(subject[:1000]) if isinstance(subject, str) else None
    return Document(
        text=body,
        subject=clean_subject,
        lang=language,  # type: ignore[arg-type]
        sentences=tuple(sentences),
        starts=tuple(sentence.start for sentence in sentences),
    )


def lint(
    text: str,
    *,
    subject: str | None = None,
    lang: str = "auto",
    rules: tuple[Rule, ...] | None = None,
    learned: bool = True,
) -> list[Finding]:
    """Findings for a draft body, sorted by start. Never raises for any str input.

    With `learned` (the default) the rules' findings go through the learned layer
    (learned.py): weak ones are dropped, missed sentences are added, families are named,
    and in a mail of several sentences a finding below its rule's draft threshold becomes
    a hint (severity "hint": shown quietly, not reported as a problem; learned.grade).
    `warnings_of()` and `hints_of()` split the result.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    document = build_document(text, subject, lang)
    chosen = RULES if rules is None else rules
    # The learned layer reads every rule's signal on a sentence, and one rule's finding
    # decides whether another's is named (_one_fault_per_sentence): a subset of the rules
    # (the send-time policy checks only the rules set to block) must find for those rules
    # what the whole checker finds — "We are looking into it." is unknown_without_followup's,
    # and read without that rule the model took it for a brush-off and stopped the reply.
    run = RULES + tuple(rule for rule in chosen if rule not in RULES)
    findings = _rule_findings(document, run)
    if learned:
        from madoguchi.quality.lint.learned import graded, review

        findings = graded(document, review(document, findings, {rule.id for rule in run}))
    findings = _one_fault_per_sentence(document, findings)
    if rules is not None:
        wanted = {rule.id for rule in chosen}
        findings = [finding for finding in findings if finding.rule in wanted]
    findings = [_sound(document, finding) for finding in findings]
    findings = [_family_message(document, finding) for finding in findings]
    return sorted(set(findings), key=lambda finding: (finding.start, finding.end, finding.rule))


def _family_message(document: Document, finding: Finding) -> Finding:
    """A family with a message of its own says it (a conditional apology is not told about
    「当然」), whether the rule or the learned layer found it."""
    from madoguchi.quality.lint.rules.condescending import FAMILY_MESSAGES

    messages = FAMILY_MESSAGES.get(finding.family) if finding.rule == "condescending" else None
    if messages is None or finding.messages == messages:
        return finding
    return replace(finding, messages=messages, message=messages[document.lang != "ja"])


def warnings_of(findings: list[Finding]) -> list[Finding]:
    """What the checker asserts reads badly: CONTRACT.md's `findings` (exit 1)."""
    return [finding for finding in findings if finding.severity != "hint"]


def hints_of(findings: list[Finding]) -> list[Finding]:
    """Weaker findings: shown quietly, never a problem that blocks or counts."""
    return [finding for finding in findings if finding.severity == "hint"]


def _rule_findings(document: Document, rules: tuple[Rule, ...]) -> list[Finding]:
    """What the rules find in the agent's own wording (no learned layer, rewrites unchecked)."""
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(rule.check(document))
    return [finding for finding in findings if _in_body(document, finding)]


_SENTENCE_RULES = frozenset(rule.id for rule in RULES if rule.level == "sentence")


def _in_body(document: Document, finding: Finding) -> bool:
    """A sentence rule's finding stands only in the agent's own wording, not in a greeting,
    a closing formula or the signature (sentences.roles); draft rules read the whole mail."""
    if finding.rule not in _SENTENCE_RULES:
        return True
    sentence = document.sentence_at(finding.start)
    return True if sentence is None else sentence.role == "body"


# Session 21: a refusal that also talks down (「運送会社の責任ですので、当社に言われても困ります」,
# 「他のお子さまは問題なくできていますよ」) is both, and a writer with no sight of the rules
# labelled 8 of the 13 such sentences of fresh-eval18 both; naming it only as condescending hid
# the brush-off. A problem called normal (「よくあることです」 beside a reproach) and a bare
# pointer to the FAQ stay named once: naming every pair both cost more precision than it found.
_NAMED_ONCE = frozenset({"minimise", "faq_only"})


def _one_fault_per_sentence(document: Document, findings: list[Finding]) -> list[Finding]:
    """A brush-off that is also a bare request (「メーカーにご相談ください」) is named once, as
    dismissive; a refusal that talks down is named as both, except a problem called normal or a
    bare FAQ pointer (_NAMED_ONCE), named as condescending."""
    # The same for a brush-off that is also a bare request (「メーカーにご相談ください」: the
    # fault is sending the customer away, not a missing reason).
    # (A refusal is not merged into unknown_without_followup: 「確認が取れておりません」「見通しが
    # 立っておりません」 are both, and a word list of "not knowing" was too thin — session 15.)
    named_first = {"dismissive": "condescending", "request_without_reason": "dismissive"}
    # Only a warning takes another finding's place: a hint (learned.grade) is shown quietly.
    # Nor does talking down that the model added alone hide a brush-off a rule named: its
    # reading of 「マニュアルに書いてありますので、そちらをご確認ください」 as condescending must
    # not hide the canned pointer as the whole answer (session 37, test_s8_precision).
    flagged: dict[str, set[int]] = {}
    for finding in findings:
        if finding.severity == "hint" or (finding.rule == "condescending" and finding.added):
            continue
        sentence = _sentence_of(document, finding)
        if sentence is not None:
            flagged.setdefault(finding.rule, set()).add(sentence.start)
    kept = []
    for finding in findings:
        first = named_first.get(finding.rule)
        if finding.rule == "dismissive" and finding.family not in _NAMED_ONCE:
            first = None  # a brush-off that also talks down is both (see _NAMED_ONCE)
        if first is not None and first in flagged:
            sentence = _sentence_of(document, finding)
            if sentence is not None and sentence.start in flagged[first]:
                continue
        kept.append(finding)
    return kept


def _sentence_of(document: Document, finding: Finding) -> Sentence | None:
    return document.sentence_at(finding.start)


# Verdicts on rewrites, kept for the process: a draft repeating one sentence, the compose box
# checking the same draft again as the agent types, a batch of replies built from the same
# templates each check a rewrite once. The key holds everything the verdict reads: the rule,
# the rewritten sentence, the draft's language, and the original sentence as _alone rebuilds
# it (its masked text, language and tokens follow from its text). Emptied when full.
_VERDICTS: dict[tuple[str, str, str, str, bool, str], bool] = {}
_VERDICTS_MAX = 4096


def _sound(document: Document, finding: Finding) -> Finding:
    """The finding, its rewrite dropped when applying it would not leave a sentence that passes.

    A rewrite replaces the flagged span and keeps everything else; for a sentence rule the
    rewritten sentence is checked again, and a rewrite is not offered when that rule still
    fires (a template spliced into the middle of a clause) or when it brings a fault of its
    own: a bare command, a vague word (issue 11 rule 6; walk 13 F2: an agent who follows one
    piece of advice must not get the next warning for it).
    """
    rule = _RULE_BY_ID.get(finding.rule)
    if finding.suggestion is None or rule is None or rule.level != "sentence":
        return finding
    sentence = document.sentence_at(finding.start)
    if sentence is None or finding.end > sentence.end:
        return finding
    rewritten = (
        document.text[sentence.start : finding.start]
        + finding.suggestion
        + document.text[finding.end : sentence.end]
    )
    # Only whether any rule fires matters here: checking the rewrites of the rewritten
    # sentence again (as lint() would) multiplied the work by the depth of that recursion.
    key = (finding.rule, rewritten, document.lang, sentence.text, sentence.list_item, sentence.role)
    cured = _VERDICTS.get(key)
    if cured is None:
        cured = _cures(
            finding.rule, build_document(rewritten, None, document.lang), document, sentence
        )
        if len(_VERDICTS) >= _VERDICTS_MAX:
            _VERDICTS.clear()
        _VERDICTS[key] = cured
    return finding if cured else replace(finding, suggestion=None)


def _cures(rule_id: str, rewritten: Document, document: Document, sentence: Sentence) -> bool:
    """Whether the rewrite is sound: its own rule no longer fires on the rewritten sentence,
    and every other rule that fires on it fired on the original sentence (read alone) too.

    The same verdict as reading the rewrite with every rule and comparing the two sets, but
    a rule at a time, stopping at the first rule that decides against it: the finding's own
    rule first, and the original sentence read only by the rules the rewrite set off (the
    recheck was a fifth of the checker's time, session 20).
    """
    if _fires(rewritten, _RULE_BY_ID[rule_id]):
        return False
    alone: Document | None = None
    for rule in _REREAD:
        if rule.id == rule_id or not _fires(rewritten, rule):
            continue
        if rule.id in _CONTENT_RULES and rule_id not in _CONTENT_RULES:
            # 「今後はこのような問い合わせをしないでください」 → "Please do not email us about this
            # again.": a politer wording of a brush-off is no fix (walk 24 H9).
            return False
        alone = _alone(document, sentence) if alone is None else alone
        if not _fires(alone, rule):
            return False
    return True


# What a sentence says, not how: a rewrite of its wording leaves these as they were.
_CONTENT_RULES = frozenset({"dismissive", "condescending"})


def _fires(document: Document, rule: Rule) -> bool:
    return any(_in_body(document, finding) for finding in rule.check(document))


# What a rewritten sentence is read by: every rule that reads one sentence at a time. (A
# suggestion with a blank, 「〇月〇日までに」 "by <date>", is a pattern shown to read, never
# applied with one click: rewrite.sound_rewrite.)
_REREAD: tuple[Rule, ...] = tuple(rule for rule in RULES if rule.level == "sentence")
_RULE_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


def _alone(document: Document, sentence: Sentence) -> Document:
    """The sentence as a draft of its own (already tagged), to compare with its rewrite."""
    alone = replace(sentence, start=0, end=len(sentence.text), paragraph=0)
    return Document(
        text=sentence.text, subject=None, lang=document.lang, sentences=(alone,), starts=(0,)
    )
