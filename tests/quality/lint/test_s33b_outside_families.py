"""Session 33, second part (fresh-eval36, read after its scoring): the families its misses
belonged to, and the lookalikes that must stay clean.

- condescending: asked not to make us explain again (「三度も同じ説明をさせないでください」),
  the fault put in the family's effort (「ご家族の協力が足りない」), the customer's memory
  doubted ("guests often misremember"), the fault put on them ("that's down to your tenants").
- dismissive: a re-check refused because our work is declared right (「測定方法に誤りはありません
  ので、再測定はいたしません」), the outcome put in how the customer takes it (「お客様の捉え方の
  問題」), "nothing for us to look at", "just normal wear and tear"; but whether a thing happened
  that we cannot check (「届いたかどうかは、こちらでは確認できません」, "unable to tell why") is
  not known, not refused.
- vague: a fee that "may arise" with no amount (「延長料金が発生することがあります」),
  "for a limited period", "a small markup".
- request_without_reason (en): "We'll need you to …", "We'd ask that …".
- placeholder_left: an organisation's slot before the person addressed
  (「[学校名]　教務主任　佐藤先生」).
- apology_incomplete (ja): what we will do from now on is not what was done.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("三度も同じ説明をさせないでください。", "ja"),
        ("散らかるのは、ご家族の協力が足りないからだと思います。", "ja"),
        ("Guests who arrive late at night often misremember which door they used.", "en"),
        ("Keeping the bins clean is really down to your tenants.", "en"),
    ],
)
def test_condescending_from_fresh_eval36(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("当社の測定方法に誤りはありませんので、再測定はいたしません。", "ja"),
        ("レッスンに満足できないというのは、お客様の捉え方の問題かと存じます。", "ja"),
        ("Scuffs on the banister are just normal wear and tear.", "en"),
        ("The gate was working when we left, so there's nothing for us to look at.", "en"),
    ],
)
def test_dismissive_from_fresh_eval36(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("お送りした書類が届いたかどうかは、こちらでは確認できません。", "ja"),
        ("We're unable to tell why the payment failed.", "en"),
    ],
)
def test_what_we_cannot_check_is_not_a_brush_off(rules_in, sentence: str, lang: str) -> None:
    found = rules_in(sentence, lang=lang)
    assert "dismissive" not in found
    assert "unknown_without_followup" in found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("お迎えが予定より30分以上遅れる場合、延長料金が発生することがあります。", "ja"),
        ("Unclaimed bags are kept for a limited period.", "en"),
        ("Frames are charged on top at a modest markup.", "en"),
    ],
)
def test_vague_from_fresh_eval36(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll need you to clear the hallway before the crew arrives.",
        "We'd ask that every rider signs the waiver at the desk.",
    ],
)
def test_a_request_said_as_our_need_wants_its_reason(rules_in, sentence: str) -> None:
    assert "request_without_reason" in rules_in(sentence, lang="en")


def test_a_request_said_as_our_need_with_its_reason_passes(rules_in) -> None:
    found = rules_in(
        "We'd ask that every rider signs the waiver at the desk so our insurance covers them.",
        lang="en",
    )
    assert "request_without_reason" not in found


_SCHOOL_SLOT = (
    "[学校名]　教務主任　佐藤先生\n\n"
    "楽器のみなと屋の川村です。\n"
    "先日ご相談いただいた吹奏楽部の譜面台について、お見積もりをお送りします。\n"
    "譜面台20台：各3,300円、合計66,000円（税込）です。\n\n"
    "楽器のみなと屋　川村\n"
)


def test_an_organisation_slot_before_the_person_is_a_placeholder(rules_in) -> None:
    assert "placeholder_left" in rules_in(_SCHOOL_SLOT, subject="譜面台のお見積もり", lang="ja")


def test_a_named_field_with_its_value_is_not_a_placeholder(rules_in) -> None:
    found = rules_in(
        "【お名前】山田様\n【ご予約日】12月5日\n\nご予約ありがとうございます。", lang="ja"
    )
    assert "placeholder_left" not in found


_NOTHING_DONE_JA = (
    "石田様\n\n家具のもりやの小林です。\n"
    "ご注文と異なる色のテーブルをお届けしてしまい、大変申し訳ございません。\n"
    "出荷の際、倉庫で隣の注文の伝票を取り違えたことが原因でした。\n"
    "今後は、出荷前に伝票と商品の色を2名で照合する確認を行い、同じ誤りを防ぎます。\n\n"
    "家具のもりや　小林\n"
)


def test_prevention_alone_is_not_what_was_done(rules_in) -> None:
    found = rules_in(_NOTHING_DONE_JA, subject="色違いの商品をお届けした件", lang="ja")
    assert "apology_incomplete" in found
