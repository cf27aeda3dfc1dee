# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 14: walk 12's families (F-4, F-7, F-24) and the English drafts that lost findings.

- An apology made on condition of the reader's perception, or for anything at all, puts the
  fault on the reader (condescending, family perception_apology); one that names what we did
  is sincere and stays clean.
- The cause put in the reader's surroundings (「そちらの環境の問題」, "user error", "on your
  end") is blame; asking which side the fault is on, to find it, is not.
- 「そんなことはマニュアルに書いてあります」: the answer is somewhere, go and look; a pointer
  to the page and step is help.
- 「ご理解ください。」 / "Please understand." as the whole answer is a wall (dismissive); after
  a reason and an alternative, 「ご理解いただけますと幸いです」 is a courtesy.
- English drafts: "we can't investigate" is no way out ('can' negated), a verb-first order
  with a verb the list lacked ("Strip the bed") is an order, "we have no way of knowing" is
  an unknown.

The rules are tested without the learned layer (it is retrained apart); the sentences here are
written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _found(text: str, subject: str | None = None) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for finding in lint(text, subject=subject, learned=False):
        found.setdefault(finding.rule, set()).add(finding.family)
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        "式場の装花がイメージと違うとお感じになったのであれば、申し訳ございません。",
        "ご案内の書き方で誤解を招いたようでしたら、お詫び申し上げます。",
        "We apologize if you found the check-in steps confusing.",
        "Sorry if the new layout was hard for you to follow.",
        "Sorry for any inconvenience.",
    ],
)
def test_an_apology_on_the_readers_perception_is_named(sentence: str) -> None:
    assert "perception_apology" in _found(sentence).get("condescending", set())


@pytest.mark.parametrize(
    "sentence",
    [
        "写真が表示されないのは、そちらのブラウザの問題かと思われます。",
        "Honestly, this is user error.",
        "The sync problem is on your end.",
    ],
)
def test_the_readers_surroundings_as_the_cause_is_blame(sentence: str) -> None:
    assert "condescending" in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "そんなことは利用規約に書いてあります。",
        "設定方法は、説明書にちゃんと書いてあります。",
    ],
)
def test_go_and_look_is_talking_down(sentence: str) -> None:
    assert "condescending" in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "音響設備の設定ミスでお式の入場曲が流れず、誠に申し訳ございません。",
        "We're sorry our courier left the box at the wrong door; we've replaced the driver's route sheet.",
        "お客様の端末の問題か弊社のサーバーの問題かを切り分けるため、エラー画面の写真をお送りいただけますでしょうか。",
        "If the problem is on your end, we'll walk you through the router settings.",
        "設定方法は、説明書の12ページ「Wi-Fiの接続」に手順がございます。",
        "The guide is here: https://example.com/help, step 4 covers the reset.",
    ],
)
def test_sincere_apologies_and_pointers_stay_clean(sentence: str) -> None:
    found = _found(sentence)
    assert "condescending" not in found and "dismissive" not in found


def test_understanding_asked_as_the_whole_answer_is_a_wall() -> None:
    text = "山田様\n\nお問い合わせの件、返金はいたしかねます。\n\nご理解ください。\n\n青空ホール"
    assert "wall" in _found(text)["dismissive"]
    assert "wall" in _found("Please understand.")["dismissive"]


def test_understanding_asked_after_a_reason_and_an_alternative_is_a_courtesy() -> None:
    text = (
        "山田様\n\n当日の会場変更は、設営の都合でお受けしておりません。代わりに、前日の17時までで"
        "したら無料で変更いただけます。\n\nご理解いただけますと幸いです。\n\n青空ホール"
    )
    assert "dismissive" not in _found(text)


def test_a_negated_can_is_no_way_out_in_an_english_draft() -> None:
    text = (
        "Hi,\n\nThe booking log shows the room was reserved from your login, so the fee stands. "
        "We can't look into who else used your account.\n\nHarbor Rooms"
    )
    assert "dismissive" in _found(text)


def test_an_english_order_with_a_verb_the_list_lacked_is_found_in_a_draft() -> None:
    text = (
        "Ms. Ono,\n\nThe carpet cleaners come on Thursday.\n\n"
        "Strip the beds and clear the floor. Have the pets out of the flat.\n\nBrightClean"
    )
    found = _found(text)
    assert "imperative" in found and "request_without_reason" in found


def test_no_way_of_knowing_is_an_unknown() -> None:
    text = "Hi Ken,\n\nSadly the seller kept no logs, so we have no way of knowing when the battery was last replaced.\n\nDan"
    assert "unknown_without_followup" in _found(text)


def test_have_a_look_is_no_order() -> None:
    assert "imperative" not in _found("Have a look at the attached floor plan.")


def test_a_standing_rule_is_no_way_offered_before_a_refusal() -> None:
    text = (
        "木村様\n\nシェアサイクル窓口です。\n\n"
        "貸出前に車体の傷をアプリで撮影いただくようお願いしております。\n"
        "撮影のない傷の修理費用は、補償の対象外となります。\n\nシェアサイクル窓口"
    )
    assert "dismissive" in _found(text)


def test_no_judgement_yet_is_an_unknown() -> None:
    text = "佐々木様\n\n工房みどりの森です。\n\nひびの原因が焼成によるものか運搬中のものかは、今のところ判断がつきません。\n\n工房みどりの森"
    assert "unknown_without_followup" in _found(text)
    assert "unknown_without_followup" not in _found(
        "判断がつかない場合は、お気軽にご相談ください。"
    )


def test_a_case_that_names_what_is_refused_is_no_condition() -> None:
    text = (
        "木村様\n\nシェアサイクル窓口です。\n\n"
        "延長になった場合の追加料金は、返金の対象外となります。\n\nシェアサイクル窓口"
    )
    assert "dismissive" in _found(text)
