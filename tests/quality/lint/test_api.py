"""The public API others call: lint(), Finding.to_dict(), RULES; and bad input never raises."""

from __future__ import annotations

import json
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.quality.lint import MAX_CHARS, RULES, lint
from madoguchi.quality.lint.sentences import is_japanese

CONTRACT_RULES = {
    "condescending",
    "vague",
    "imperative",
    "request_without_reason",
    "unknown_without_followup",
    "dismissive",
    "apology_incomplete",
    "purpose_not_upfront",
    "placeholder_left",
}


def test_it_registers_exactly_the_contract_rules_with_descriptions() -> None:
    assert {rule.id for rule in RULES} == CONTRACT_RULES
    for rule in RULES:
        assert rule.description_ja and rule.description_en
        assert rule.level in ("sentence", "draft")


def test_findings_are_sorted_and_point_at_their_excerpt() -> None:
    text = "お世話になっております。\n少し費用が発生します。\n明日までに申込書を送ってください。\n"
    findings = lint(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.excerpt


def test_to_dict_is_the_contract_object() -> None:
    (finding, *_) = lint("明日までに申込書を送ってください。")
    assert set(finding.to_dict()) == {"rule", "start", "end", "excerpt", "message", "suggestion"}


def test_messages_follow_the_language_of_the_draft() -> None:
    japanese = lint("明日までに申込書を送ってください。")
    english = lint("Send us the invoice by Friday.")
    assert all("。" in f.message for f in japanese)
    assert english and not any(is_japanese(f.message) for f in english)


def test_quoted_lines_of_the_customers_mail_are_not_linted() -> None:
    draft = (
        "ご連絡ありがとうございます。\n\n> 書類を返送してください。\n> 少し費用がかかりますか？\n"
    )
    assert lint(draft) == []


def test_empty_and_blank_drafts_have_no_findings() -> None:
    assert lint("") == [] and lint(" \n\t ") == []


def test_control_characters_and_lone_surrogates_keep_offsets_and_serialise() -> None:
    text = "\x00返送して\ud800ください。"
    for finding in lint(text):
        json.dumps(finding.to_dict(), ensure_ascii=False).encode("utf-8")
        assert 0 <= finding.start < finding.end <= len(text)


def test_a_huge_paste_is_cut_and_findings_stay_inside_the_limit() -> None:
    text = "明日までに申込書を送ってください。\n" * 400_000  # about 7 MB
    findings = lint(text)
    assert findings and max(f.end for f in findings) <= MAX_CHARS


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8") | st.sampled_from("。、「」ください少しご確認.\n>"),
        max_size=300,
    )
)
def test_any_text_gives_well_formed_findings(text: str) -> None:
    for finding in lint(text, subject=text[:20]):
        assert finding.rule in CONTRACT_RULES
        assert 0 <= finding.start <= finding.end <= len(text)


def test_it_answers_a_200000_character_draft_checking_each_distinct_rewrite_once() -> None:
    """Bounded without a clock: a pasted 200,000-character draft is cut at MAX_CHARS, every
    sentence is found by bisection (no scan per finding) and the rewrite of a sentence the
    draft repeats is checked once, not once per copy (7.9 s of CPU before)."""
    import madoguchi.quality.lint as lint_module

    body = ("😀9月10日までに書類を返送してください。\n" * 9_100)[:200_000]
    calls = []
    real = lint_module.build_document

    def counted(
        text: str, subject: str | None = None, lang: str = "auto", *, tokens: bool = True
    ) -> object:
        calls.append(len(text))
        return real(text, subject, lang, tokens=tokens)

    with mock.patch.object(lint_module, "build_document", counted):
        findings = lint(body, subject="書類")
    assert len(body) == 200_000 and calls[0] == len(body)
    assert len(findings) > 4_000 and max(f.end for f in findings) <= MAX_CHARS
    # the draft itself, then one small document per distinct (rule, rewritten sentence)
    assert len(calls) <= 1 + len(RULES)
    assert all(size < 100 for size in calls[1:])
