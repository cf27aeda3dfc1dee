# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 15: closing formulas ask nothing, a request keeps its finding inside a whole draft,
and the Japanese brush-off families fresh-eval12 showed missing.

- A closing formula asking for the customer's goodwill (「今後とも変わらぬご愛顧を賜ります
  よう、お願い申し上げます」, "Please continue to choose us") is no request; a task written in
  the same polite shape still is.
- Inside a draft, the sentence after a request saying only what we do next (「確認が取れ
  次第、会員カードを発送いたします」, "The committee meets on January 12, and I will let you
  know") is not its reason; a sentence saying what the thing asked for is used for still is.
- A request made before and reported (「お願いしていたはずです」) is not asked again.
- dismissive (ja): a rule as the whole answer (例外は認められません), handed back to the
  customer (自己責任, それぞれのお客様で〜いただくもの), another maker's product not answered,
  another party named with 〜いただけますか; a refusal with a reason and an alternative is an
  answer.

The rules are tested without the learned layer (it is retrained apart); the sentences here are
written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str, subject: str | None = None) -> set[str]:
    return {finding.rule for finding in lint(text, subject=subject, learned=False)}


@pytest.mark.parametrize(
    "sentence",
    [
        "今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。",
        "変わらぬお引き立てを賜りますよう、何卒よろしくお願い申し上げます。",
        "今後とも末永くお付き合いくださいますよう、お願い申し上げます。",
        "引き続き当店をご贔屓いただきますよう、お願いいたします。",
        "来年も港テニスクラブを何卒よろしくお願い申し上げます。",
        "来月からの新しい教室でも、引き続きよろしくお願いいたします。",
        "We look forward to serving you.",
        "Please continue to choose us for your holidays.",
        "Please keep using us whenever you travel.",
    ],
)
def test_a_closing_formula_asks_nothing(sentence: str) -> None:
    assert "request_without_reason" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "申込書にご記入のうえ、ご返送いただきますよう、お願い申し上げます。",
        "ご愛顧いただいているお客様には、会員証をご提示いただけますでしょうか。",
        "Please continue to send us your meter readings each month.",
    ],
)
def test_a_task_in_the_shape_of_a_formula_is_still_a_request(sentence: str) -> None:
    assert "request_without_reason" in _rules(sentence)


def test_a_closing_formula_at_the_end_of_a_draft_leaves_it_clean() -> None:
    draft = (
        "山本様\n\nいつもご利用いただきありがとうございます。\n"
        "ご注文の花束は、12月3日の午前中にお届けいたします。\n"
        "今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。\n\nはなの定期便"
    )
    assert _rules(draft, subject="お届け日のご案内") == set()


def test_what_we_do_next_is_not_the_reason_for_a_request_in_a_draft() -> None:
    japanese = (
        "木村様\n\n入会の件でご連絡いたします。\n"
        "お手数ですが、保険証の画像をこのメールに添付して送ってください。\n"
        "確認が取れ次第、会員証を発送いたします。\n\n港テニスクラブ"
    )
    english = (
        "Dear Ms. Clark,\n\nSend us a copy of your lease and a recent utility bill.\n"
        "The board meets on March 3, and I will let you know the outcome by March 5.\n\n"
        "Harbour Allotments"
    )
    assert "request_without_reason" in _rules(japanese, subject="入会手続き")
    assert "request_without_reason" in _rules(english, subject="Re: Plot application")


def test_a_use_of_what_is_asked_for_still_explains_it_in_a_draft() -> None:
    english = (
        "Hi Sam,\n\nCould you send your bank statements for the last two months?\n"
        "They'll show the payments our system missed, and we'll correct your balance.\n\n"
        "Ledgerly Support"
    )
    assert "request_without_reason" not in _rules(english, subject="Missing payments")


@pytest.mark.parametrize(
    "sentence",
    [
        "キャンセルは2日前までにお願いしていたはずです。",
        "先月からお願いしております書類の提出がまだのようです。",
    ],
)
def test_a_request_made_before_is_reported_not_asked(sentence: str) -> None:
    assert "request_without_reason" not in _rules(sentence)


def test_a_name_misread_as_an_order_is_not_one() -> None:
    assert _rules("はやせ会計の早瀬です。") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "会則で決まっておりますので、途中解約の例外は認められません。",
        "貸出中の機材の破損は、ご利用者様の自己責任となっております。",
        "落とし物の管理については、それぞれのお客様で気をつけていただくものとなっております。",
        "他社製のプリンターについてはお答えできません。",
        "お部屋の騒音については、管理会社にお問い合わせいただけますか。",
    ],
)
def test_japanese_brush_offs_by_family(sentence: str) -> None:
    # A refusal may also read as an unknown left without a follow-up (「お答えできません」):
    # what matters is that the brush-off is named.
    assert "dismissive" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "規約上、途中解約の返金はできませんが、残りの期間を来年度に振り替えることはできます。",
        "他社製のプリンターは修理をお受けしておりませんが、提携店をご紹介できますので、住所をお送りします。",
        "ご返却期限は12月8日の18時で、それまでに店頭へお持ちいただければ延長料金はかかりません。",
        "いつ入荷するかはメーカー次第ですので、入荷の連絡が届き次第お知らせいたします。",
    ],
)
def test_a_refusal_with_a_way_or_a_condition_that_helps_is_no_brush_off(sentence: str) -> None:
    assert "dismissive" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We hope to see you again soon.",
        "See you soon!",
        "We look forward to welcoming you back soon.",
    ],
)
def test_a_closing_wish_promises_no_time(sentence: str) -> None:
    assert "vague" not in _rules(sentence)


def test_a_promise_with_soon_is_still_vague() -> None:
    assert "vague" in _rules("We will refund you soon.")
