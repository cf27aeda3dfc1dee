"""Session 35 (fresh-eval39, read after its scoring): the families its misses belonged to, and
the lookalikes that must stay clean.

- condescending: the customer's habit called bad as the cause of their trouble (「普段の使い方が
  雑だから壊れるのです」), people who cannot do it called unfit (「〜できないという方は向いて
  いない」), "check before you complain" (「〜してから言ってください」), 「〜ば済む話です」, "if
  you'd read the manual, you'd know"; a product's fit and our own handling stay clean.
- dismissive: another party's remit as the whole answer (「〜の管轄ですので、こちらでは答えられ
  ません」), "so I don't see a problem here".
- vague: 「期限が近づいたら」, 「常識の範囲内で」, "close to the date", "may incur a fee", "after a
  few sessions"; a wait dated just before is not vague.
- unknown_without_followup: 「まだ言えません」, "we don't have an answer yet on …"; a report that
  did not come (「同様の報告は来ておりません」) is no plan; 「〜がわからないという方」 is a kind of
  person, not our not knowing.
- imperative / request_without_reason: "You need to understand that …" is a lecture, no task;
  a reason spliced on with a comma ("…, it gets cold after dark"); two ways offered to choose
  from (「〜するか、〜するか、お選びいただけますか」); 「ぜひ〜に来てください」 invites.
- purpose_not_upfront: "Update from …" news, then "Also, a quick note:" with what the reader
  must do by a date.
- apology_incomplete: a how-to answer saying how the thing works (「〜仕組みになっています」) is no
  prevention, so no incident report.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("普段の使い方が雑だから、すぐに壊れるのです。", "ja"),
        ("地図が読めないという方は、このコースには向いていないと思います。", "ja"),
        ("サイズが違うとのことですが、足の長さを測ってから言ってください。", "ja"),
        ("説明書を一度読んでいただければ済む話です。", "ja"),
        ("If you had read the label, you would know it can't go in the dishwasher.", "en"),
    ],
)
def test_condescending_from_fresh_eval39(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("この遊具は3歳未満のお子様には向いていません。", "ja"),
        ("弊社の保管方法が悪かったため、箱に傷がついてしまいました。", "ja"),
        ("届いてから3日以内にご連絡いただければ、交換いたします。", "ja"),
    ],
)
def test_lookalikes_are_not_condescending(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" not in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("配送料の計算は運送会社の管轄ですので、こちらでは答えられません。", "ja"),
        ("The colours match the proof you approved, so I don't see a problem here.", "en"),
    ],
)
def test_dismissive_from_fresh_eval39(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


def test_no_problem_with_their_request_is_not_dismissive(rules_in) -> None:
    assert "dismissive" not in rules_in(
        "I don't see any problem with moving your lesson to Thursday.", lang="en"
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("更新のご案内は、締め切りが近づいたらメールでお送りします。", "ja"),
        ("デザインの修正は常識的な範囲でお願いいたします。", "ja"),
        ("Changes close to the departure may incur a charge.", "en"),
        ("Rentals returned late may incur a penalty.", "en"),
        ("Most clients see a difference after a few treatments.", "en"),
    ],
)
def test_vague_from_fresh_eval39(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("We can't move a wedding booking this close to the day, but we can add a table.", "en"),
        ("Late returns incur a fee of 15% of the rental price.", "en"),
        ("次回の点検は来月が目安です。時期が近づきましたら、はがきでお知らせします。", "ja"),
    ],
)
def test_lookalikes_are_not_vague(rules_in, sentence: str, lang: str) -> None:
    assert "vague" not in rules_in(sentence, lang=lang)


def test_a_wait_dated_just_before_is_not_vague(rules_in) -> None:
    draft = (
        "山田様\n\nご注文のテントの入荷日が決まりましたのでご連絡します。\n\n"
        "入荷予定：5月12日\n発送予定：5月13日\n\n"
        "お届けまで、いましばらくお待ちください。\n\nアウトドアのそよ風"
    )
    assert "vague" not in rules_in(draft, subject="入荷日のご連絡", lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("新しい料金表は準備中ですが、詳しいことはまだ言えません。", "ja"),
        ("We don't have an answer yet on the replacement parts.", "en"),
    ],
)
def test_unknown_from_fresh_eval39(rules_in, sentence: str, lang: str) -> None:
    assert "unknown_without_followup" in rules_in(sentence, lang=lang)


def test_a_report_that_did_not_come_is_no_plan(rules_in) -> None:
    draft = (
        "木下様\n\nお問い合わせの件、確認しました。\n\n"
        "11月分のレシートが印刷されない原因は、現在のところわかっておりません。\n"
        "ほかの店舗様からは同様の報告は来ておりません。\n\nサポート部"
    )
    assert "unknown_without_followup" in rules_in(draft, subject="レシートの件", lang="ja")


def test_a_kind_of_person_who_does_not_know_is_not_our_unknown(rules_in) -> None:
    sentence = "楽譜がわからないという方も、耳で覚えて参加できます。"
    assert "unknown_without_followup" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("You need to understand that tickets are sold in the order they come in.", "en"),
        ("Bring sunglasses, it gets very bright on the water at noon.", "en"),
        (
            "在庫が1点のみのため、本日発送するか、来週まとめて発送するか、お選びいただけますか。",
            "ja",
        ),
        ("新しいメニューを食べに、ぜひまた来てください。", "ja"),
    ],
)
def test_no_unexplained_request(rules_in, sentence: str, lang: str) -> None:
    assert "request_without_reason" not in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("You need to understand that tickets are sold in the order they come in.", "en"),
        ("新しいメニューを食べに、ぜひまた来てください。", "ja"),
    ],
)
def test_not_an_order(rules_in, sentence: str, lang: str) -> None:
    assert "imperative" not in rules_in(sentence, lang=lang)


def test_you_need_to_bring_is_still_an_order(rules_in) -> None:
    assert "imperative" in rules_in("You need to bring your passport.", lang="en")


def test_a_quick_note_after_an_update_puts_the_point_off(rules_in) -> None:
    draft = (
        "Hi everyone!\n\n"
        "It has been a busy season. The choir sang at three weddings, and the spring concert "
        "sold out in a week. Our new rehearsal room is finally painted, and the photos are on "
        "the website.\n\n"
        "Also, a quick note: concert tickets for December will only be held for members whose "
        "fees are paid in the portal by 15 November.\n\n"
        "Best,\nThe Choir Office"
    )
    assert "purpose_not_upfront" in rules_in(
        draft, subject="Update from the Harbour Choir", lang="en"
    )


def test_how_it_works_is_not_an_incident_report(rules_in) -> None:
    draft = (
        "小林様\n\n"
        "お問い合わせいただいたランタンの件、点灯しない原因がわかりましたのでお知らせします。\n\n"
        "電池ボックスのふたが最後まで閉まっていないと、電気が流れない仕組みになっています。"
        "ふたを「カチッ」と音がするまで押し込んでから、スイッチを入れてください。\n\n"
        "それでも点灯しない場合は、初期不良の可能性がございますので、新品と交換いたします。\n\n"
        "キャンプ用品のもり"
    )
    assert "apology_incomplete" not in rules_in(
        draft, subject="ランタンの使い方について", lang="ja"
    )
