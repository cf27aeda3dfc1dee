"""Session 28 (fresh-eval27, read after its scoring): the families its misses belonged to, and
the lookalikes that must stay clean.

- condescending: the reader's own choice as the cause (「〜をお断りになったからです」), the
  fault found in how they used it (「扱い方の問題」), their conditions guessed as too much
  (「〜すぎたのではないでしょうか」), the expectation called unreasonable (「〜を求めるのは無理が
  あります」); "If you'd …, you'd have seen …"; "I'm sure you misunderstood".
- dismissive: the report declared unfounded (「ご指摘の点も問題ないと考えております」「当店の
  製品に問題はございません」), "they'll get used to it" (「慣れれば〜ようになります」), "not
  something we're going to look into", "that's on you, not us". "Not our concern" and
  "between you and …" are a brush-off, no longer a reproach.
- vague: a charge named with no price (「燃料代は別途いただきます」); unknown: 「未定で、」,
  "can't confirm whether"; imperative: 「箱に入れてください」 is packing, not operating a switch,
  "Be at …"; reasons after a colon or "while the paint dries".
- apology_incomplete: an incident report (cause, remedy, prevention) that never apologises;
  a correction notice (cause and refund, nothing that changes) is not an apology mail.
- purpose_not_upfront: "A few things about your booking" names nothing wanted.
The sentences are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


@pytest.mark.parametrize(
    "sentence",
    [
        "雨漏りが起きたのは、防水処理をお断りになったからです。",
        "ファスナーが壊れたのは扱い方の問題だと考えております。",
        "水やりが多すぎたのではないでしょうか。",
        "中古の楽器に新品と同じ音を求めるのは無理があります。",
    ],
)
def test_condescending_ja_from_fresh_eval27(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "ファスナーの不具合は扱い方の問題ではなく、部品の不良でした。",
        "配送に時間がかかりすぎたのではないかと、当店でも調べております。",
    ],
)
def test_condescending_ja_lookalikes_stay_clean(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "If you'd read the care card, you'd have known it can't be tumble dried.",
        "I'm sure you misheard the price our driver quoted.",
    ],
)
def test_condescending_en_from_fresh_eval27(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "翻訳は専門家の校正済みですので、ご指摘の表現も問題ないと判断しております。",
        "当工房の製品に問題はございません。",
        "最初は嫌がるお子様も、慣れれば乗れるようになります。",
    ],
)
def test_dismissive_ja_from_fresh_eval27(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="ja")


def test_our_product_found_fine_after_inspection_is_an_answer(rules_in) -> None:
    found = rules_in("検査の結果、当工房の製品に問題はございませんでした。", lang="ja")
    assert "dismissive" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Battery swelling is unusual and not something we're going to investigate.",
        "The stain came from the wine you spilled, and that's on you, not us.",
    ],
)
def test_dismissive_en_from_fresh_eval27(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="en")


def test_not_our_concern_is_a_brush_off_not_a_reproach(rules_in) -> None:
    found = rules_in("Arguments between you and your landlord aren't our concern.", lang="en")
    assert "dismissive" in found
    assert "condescending" not in found


def test_a_charge_without_its_price_is_vague_and_the_rewrite_adds_one() -> None:
    [finding] = [f for f in lint("出張費は別途いただきます。", lang="ja") if f.rule == "vague"]
    assert finding.suggestion == "出張費は別途〇円いただきます"


@pytest.mark.parametrize(
    "sentence",
    [
        "出張費は別途3,300円いただきます。",
        "出張費は別途いただきます。金額は地域により2,200円〜4,400円です。",
        "出張費がかかりますが、今回は当店で負担いたします。",
    ],
)
def test_a_charge_with_its_price_or_waived_is_not_vague(sentence: str) -> None:
    # (The learned layer may still hint at the first sentence of the second; no warning.)
    assert "vague" not in {f.rule for f in warnings_of(lint(sentence, lang="ja"))}


def test_a_rate_without_a_price_is_vague(rules_in) -> None:
    assert "vague" in rules_in("2日目以降は、1日ごとに保管料がかかります。", lang="ja")


def test_undecided_then_nothing_to_tell_is_unknown(rules_in) -> None:
    found = rules_in("次回の入荷時期は未定で、お伝えできることはございません。", lang="ja")
    assert "unknown_without_followup" in found


def test_cannot_confirm_whether_is_unknown(rules_in) -> None:
    found = rules_in("We can't confirm whether the stroller fits in your boot.", lang="en")
    assert "unknown_without_followup" in found


def test_packing_into_a_box_is_an_order_but_switching_on_is_a_step(rules_in) -> None:
    assert "imperative" in rules_in("返送時は部品をすべて袋に入れてください。", lang="ja")
    assert "imperative" not in rules_in(
        "表示が消えた場合は、もう一度電源を入れてください。", lang="ja"
    )


def test_be_at_a_place_is_a_command_be_aware_is_not(rules_in) -> None:
    assert "imperative" in rules_in("Be outside the hotel lobby at 8:45 sharp.", lang="en")
    assert "imperative" not in rules_in("Be aware that the lift is out of service.", lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Keep pets off the lawn while the seed settles for two weeks.",
        "Never use a barbecue inside the tent: the fumes can kill in minutes.",
    ],
)
def test_a_reason_after_a_colon_or_while_counts(rules_in, sentence: str) -> None:
    assert "request_without_reason" not in rules_in(sentence, lang="en")


_INCIDENT_REPORT_NO_SORRY = """山下様

ひかり自転車の森です。
10月4日にお引き渡しした自転車で、後輪のブレーキ調整が不十分なままでした。

原因は、整備後の試走を担当者が省いてしまったことでした。
本日、ご自宅に伺ってブレーキを調整し直しました。
今後は、お引き渡しの前に必ず二人で試走して確認いたします。

ひかり自転車 森
"""

_CORRECTION_NOTICE = """山下様

ひかり自転車の森です。
10月分の駐輪料金600円の二重引き落としを取り消しました。
記録を調べたところ、精算機の通信の不具合で同じ請求が2回送られていたことが分かりました。

返金は5営業日ほどで口座に反映されます。

ひかり自転車 森
"""


def test_an_incident_report_that_never_apologises_lacks_the_apology(rules_in) -> None:
    found = rules_in(_INCIDENT_REPORT_NO_SORRY, subject="ブレーキ調整について", lang="ja")
    assert "apology_incomplete" in found


def test_a_correction_notice_without_sorry_is_not_an_apology_mail(rules_in) -> None:
    subject = "二重引き落としの取り消しが完了しました"
    found = rules_in(_CORRECTION_NOTICE, subject=subject, lang="ja")
    assert "apology_incomplete" not in found


def test_a_state_is_not_what_we_did() -> None:
    from madoguchi.quality.lint.rules.apology_incomplete import _PAST_ACT_JA

    assert _PAST_ACT_JA.search("会費が二重に引き落とされておりました。") is None
    assert _PAST_ACT_JA.search("ベルトを新しいものに替えました。") is not None


_TOUR_CHANGE = """Dear Ms Grant,

Thank you again for choosing Harbour Kayaks! Guests often tell us the sunset paddle
is the best part of their stay.
All our guides are qualified instructors, so do ask them anything on the water.

By the way, because of harbour works, your trip on 3 May will have to launch from the
east slipway, an hour earlier at 5pm.
Could you let us know by 28 April if that still suits you?

Best wishes,
Tom
Harbour Kayaks
"""


def test_a_few_things_about_your_trip_names_nothing_wanted(rules_in) -> None:
    found = rules_in(_TOUR_CHANGE, subject="A couple of things about your trip", lang="en")
    assert "purpose_not_upfront" in found
