from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "〇日までにご対応いただかないとキャンセルになってしまいます。",
        "書類が揃わなければ、こちらでは一切対応できません。",
        "パスワードは当然お客様ご自身で管理していただくものです。",
        "説明書の12ページに書いてあるはずです。",
        "何度も申し上げておりますが、その機能はございません。",
        "今回の不具合は、お客様の操作ミスによるものです。",
        "As I already explained, the feature does not exist.",
        "If you don't pay by Friday, your account will be terminated.",
    ],
)
def test_it_flags_threats_blame_and_talking_down(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "大変恐縮ではございますが、〇日までにご対応いただけない場合はキャンセルとなりますことご了承ください。",
        "再起動しないと設定が反映されない仕様のため、お手数ですが再起動をお願いいたします。",
        "ご不満に思われるのは当然のことと存じます。",
        "送料は当然ながら弊社にて負担いたします。",
        "今回の不具合は弊社の確認不足によるものです。",
        "You are right that the page was confusing, and we have updated it.",
        # Session 18: what we should have done is owning the fault, not blame.
        "発送の前に在庫を確かめてからご連絡差し上げるべきでした。",
        "出発前に係員が乗客の人数を数えるべきでした。",
        "工事の日程は、もっと早くお知らせするべきでした。",
    ],
)
def test_it_accepts_polite_conditions_and_our_own_fault(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("ログの取り方はヘルプを見れば一目瞭然です。", "obvious"),
        ("この件は既にお伝えしておりますので、二度はご説明いたしません。", "asked_again"),
        ("お客様には少し難しい設定かもしれませんね。", "doubt_ability"),
        ("年内に更新がない方は、今後のご契約はお断りします。", "ultimatum"),
        ("控えの書類は手元に残しておくものです。", "lecturing"),
        ("配送中の破損は弊社の責任ではございません。", "disclaim"),
        ("メールの案内はちゃんと届いていましたよね。", "pressure"),
        ("That was clearly explained on the pricing page.", "obvious"),
        ("For the second time, the warranty does not cover water damage.", "asked_again"),
    ],
)
def test_it_names_the_move_it_found(sentence: str, family: str) -> None:
    from madoguchi.quality.lint import lint

    found = [f for f in lint(sentence, learned=False) if f.rule == "condescending"]
    assert [f.family for f in found] == [family]


def test_what_the_customer_should_have_done_is_still_blame(rules_in) -> None:
    # The customer's act (お〜いただく) before 「べきでした」, beside our own (session 18).
    assert "condescending" in rules_in("ご注文の前にサイズ表をご確認いただくべきでした。")
