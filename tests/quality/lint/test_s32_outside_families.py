"""Session 32 (fresh-eval34, read after its scoring): the families its misses belonged to, and the
lookalikes that must stay clean.

- condescending: the cause put in how the customer handles it (「お客様の保管方法に原因が
  ある」), their work called unfit to be seen (「人様にお見せできるようなレベルではない」); "owners
  overreact", a rule "printed in bold …, which you ignored".
- dismissive: 「〜すれば済む話」, 「騒ぐほどのことではない」, 「どこの〜でも起きること」, 「2か所
  くらいあっても支障ない」; "… aren't our responsibility".
- imperative / request_without_reason: a request reported (「〜ないでくださいと、先日もお伝えした
  はずです」) asks nothing now.
- purpose_not_upfront: a newsletter whose subject is only the sender (「〇〇より」, "News from the
  studio") and whose request, said as what fails without it (「〜いただかないと、〜できなくなり
  ます」, "needs your approval by …, otherwise"), comes after the news and a turn
  (「なお、」, "Incidentally,"); reassurance (「ご安心ください」) asks nothing.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("カビが生えるのは、お客様の保管方法に原因があることがほとんどです。", "ja"),
        (
            "とても人様にお見せできるようなレベルではありませんので、こちらで全面的に手を入れます。",
            "ja",
        ),
        ("Honestly, a lot of owners overreact to a small scratch like this.", "en"),
        ("The cut-off time is printed in bold on every invoice, which you ignored.", "en"),
    ],
)
def test_condescending_from_fresh_eval34(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "お店のほうでメニューを見直していただければ済む話だと思います。",
        "プロから見れば、この程度のひびは騒ぐほどのことではありません。",
        "葉の黄ばみは、この時期にはどこの畑でも起きることです。",
        "小さな傷が2か所くらいあっても、演奏には支障ございません。",
    ],
)
def test_dismissive_ja_from_fresh_eval34(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="ja")


def test_a_disclaimer_of_responsibility_is_dismissive(rules_in) -> None:
    found = rules_in("Delays caused by your own courier aren't our responsibility.", lang="en")
    assert "dismissive" in found


def test_a_reported_request_asks_nothing_now(rules_in) -> None:
    found = rules_in("玄関で靴を脱いでくださいと、先日もお伝えしたはずです。", lang="ja")
    assert "imperative" not in found
    assert "request_without_reason" not in found


_FROM_SENDER_JA = (
    "会員の皆様\n\nいつも森の工房ヨガをご利用いただきありがとうございます。\n"
    "朝晩すっかり冷えるようになりましたが、スタジオは床暖房で暖かくしております。\n"
    "12月から、土曜朝のクラスに新しく山本講師が加わります。\n"
    "また、更衣室のロッカーを新しいものに入れ替えました。\n\n"
    "なお、来年から会費のお支払い方法が口座振替に変わります。\n"
    "12月20日までに同封の申込書をご返送いただかないと、1月分の会費がお引き落としできなくなります。\n\n"
    "森の工房ヨガ"
)


def test_a_request_after_a_senders_news_is_put_off(rules_in) -> None:
    assert "purpose_not_upfront" in rules_in(_FROM_SENDER_JA, subject="森の工房ヨガより", lang="ja")


_INCIDENTALLY_EN = (
    "Dear friends at Holloway Choir,\n\n"
    "It has been a lovely season at the studio. We finished restoring the Broadwood grand for "
    "the town hall in October and have taken on a new apprentice.\n"
    "Our open evening is on 5 December, and we'd be delighted to see you.\n\n"
    "Incidentally, the hammer replacement we quoted for in September needs your written "
    "approval by 20 November, otherwise the felts we set aside will go to another job.\n\n"
    "Best wishes,\nFenwick Piano Works"
)


def test_a_dated_approval_after_news_and_a_turn_is_put_off(rules_in) -> None:
    found = rules_in(_INCIDENTALLY_EN, subject="News from the studio", lang="en")
    assert "purpose_not_upfront" in found


_SHIPPED_JA = (
    "山田様\n\nいつもありがとうございます。みどり茶園の佐藤です。\n"
    "ご注文の新茶3袋を、本日ゆうパックで発送いたしました。\n"
    "お問い合わせ番号は 1234-5678-9012 です。明後日の午前中にお届けの予定です。\n"
    "雨の日も防水の袋でお届けしますのでご安心ください。\n"
    "なお、お届けから7日以内でしたら未開封の返品を承ります。\n\nみどり茶園 佐藤"
)


def test_a_shipping_notice_with_a_note_is_upfront(rules_in) -> None:
    found = rules_in(_SHIPPED_JA, subject="ご注文の発送について", lang="ja")
    assert "purpose_not_upfront" not in found


def test_doubt_of_the_customer_is_told_as_such() -> None:
    from madoguchi.quality.lint import lint

    found = [
        f
        for f in lint("Lots of parents overreact about this.", lang="en")
        if f.rule == "condescending"
    ]
    assert found
    assert "overreaction" in found[0].message
    assert "obviously" not in found[0].message
