"""Session 25 (fresh-eval21, written outside): an occasion is not a reason, and denying our part
is a brush-off.

- 「〜の際は」「〜する場合は」 naming only the customer's planned act says when a rule applies,
  not why it is asked; a trouble or a wish in the clause, or a request that only says how to go
  ahead (call, reply, pay), needs nothing more.
- 「当店の〜のせいではありません」「〜側の問題ではないでしょうか」「たぶん大丈夫だと思います」
  「お答えすることではありません」 wave the concern away with nothing the customer can do.
The sentences are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "苗を受け取るときは、新聞紙を何枚か持ってきてください。",
        "体験会に参加する場合は、前の晩までにメールで知らせてください。",
        "ボートを降りる際は、救命胴衣を係員に手渡してください。",
        "ご入金の際は、振込名義の前に6桁の会員番号を入れていただけますか。",
    ],
)
def test_an_occasion_alone_is_no_reason(rules_in, sentence: str) -> None:
    assert "request_without_reason" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "プリンターの電源が入らない場合は、コンセントを一度抜いて差し直してください。",
        "お見積りの内容でよろしい場合は、このメールにご返信ください。",
        "ご発注の際は、専用フォームからお手続きください。",
        "当日は、汚れてもよい服装でお越しください。",
        "お支払いは、商品をお受け取りの際にお願いいたします。",
        "作業後1か月以内のほつれは無料で直します。ご来店の際に、その旨をお伝えいただけますか。",
    ],
)
def test_a_trouble_a_wish_or_the_way_to_go_ahead_needs_no_more(rules_in, sentence: str) -> None:
    assert "request_without_reason" not in rules_in(sentence, lang="ja")


def test_the_reason_after_the_request_still_counts() -> None:
    from madoguchi.quality.lint import lint

    draft = (
        "ご請求の際は、動物病院の領収書もあわせてお送りいただけますか。"
        "お支払い額の計算に、領収書の明細を使用いたします。"
    )
    assert "request_without_reason" not in {f.rule for f in lint(draft, lang="ja")}


@pytest.mark.parametrize(
    "sentence",
    [
        "畳の色が変わったのは、当店のい草のせいではございません。",
        "映らないのは、テレビ側の問題ではないでしょうか。",
        "当店の乾燥機で縮むことはありません。",
        "腫れているとのことですが、たぶん大丈夫だと思います。",
        "ほかの教室の月謝については、こちらからお答えすることではありません。",
        "音が小さいと感じるのは、気のせいかと存じます。",
    ],
)
def test_denying_our_part_or_waving_it_off_is_dismissive(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "腫れはたぶん大丈夫だと思いますが、念のため明日の朝にもう一度写真を送っていただけますか。"
        "赤みが広がっていれば、すぐに交換の手配をいたします。",
        "当店のい草が原因ではございませんでしたが、色むらは無料で張り替えいたします。",
    ],
)
def test_a_denial_followed_by_what_we_do_is_an_answer(rules_in, sentence: str) -> None:
    assert "dismissive" not in rules_in(sentence, lang="ja")


def test_a_first_reply_apology_that_promises_the_findings_by_a_time_is_complete(rules_in) -> None:
    """Walk 24 H11: on the first day the cause is not known yet; checking now and reporting
    back by a stated time is the complete answer of the day."""
    draft = (
        "木村様\n\nお届け予定日を過ぎても商品が届いていないとのこと、ご迷惑をおかけし申し訳ございません。\n"
        "現在、運送会社に状況を確認しております。明日の正午までに、確認できた内容をご連絡いたします。"
        "\n\nよろしくお願いいたします。"
    )
    assert "apology_incomplete" not in rules_in(draft, lang="ja")
    vague_promise = draft.replace("明日の正午までに、確認できた内容を", "")
    assert "apology_incomplete" in rules_in(vague_promise, lang="ja")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("受付の者に悪気はなかったと存じます。", "ja"),
        ("I'm sure the driver never meant to upset you.", "en"),
    ],
)
def test_excusing_our_staff_instead_of_answering_is_dismissive(rules_in, text, lang) -> None:
    """Walk 24: 「担当者に悪気はなかったと思います」, "I'm sure our agent didn't mean it"."""
    assert "dismissive" in rules_in(text, lang=lang)


def test_an_excuse_followed_by_what_we_changed_is_an_answer(rules_in) -> None:
    text = (
        "受付の者に悪気はなかったと存じますが、ご不快な思いをおかけしました。"
        "本人と話し、案内の仕方を改めました。"
    )
    assert "dismissive" not in rules_in(text, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "見積書は添付済みですので、よく読んでから電話してください。",
        "集合場所は案内に載っていますので、ちゃんと確かめてから来てくださいね。",
        "キャンセル料は前日から全額です。それだけはくれぐれも覚えておいてください。",
        "明日までにご連絡がなければ枠を他の方に回しますので、そのつもりでいてください。",
        "初心者の方のご質問には、お時間をいただくことになります。",
    ],
)
def test_being_told_to_look_properly_or_be_ready_talks_down(rules_in, sentence: str) -> None:
    """fresh-eval22 (outside): 「よく見てから返信してください」「そのつもりでいてください」."""
    assert "condescending" in rules_in(sentence, lang="ja")


def test_a_polite_request_to_check_the_details_is_not_talking_down(rules_in) -> None:
    assert "condescending" not in rules_in(
        "お手数ですが、添付の見積書の内容をよくご確認のうえ、ご返信いただけますでしょうか。",
        lang="ja",
    )
