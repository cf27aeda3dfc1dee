# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 41 (fresh-eval53, read after its scoring): costs that may swell are no hazard; a
deadline said not to be written is no near date; a lawyer or a tribunal named as the matter
the customer brings to their own lawyer is no threat; "it came off your lorry" is no arrival
that closes the matter; "it would be nice if someone were in charge" and "a small thing from
where you sit" are reproach, not a wish. The mails are new, written for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def test_costs_that_may_swell_are_not_a_hazard() -> None:
    body = (
        "はじめまして。\n社内報の動画を初めて外注しようと考えています。\n"
        "撮影の日数が増えると、見積もりより費用がどんどん膨らんでしまわないか不安です。\n"
        "予算は50万円ほどですが、相談に乗っていただけますか。"
    )
    assert triage(body, subject="動画制作のご相談").urgency != "high"


def test_a_swelling_battery_is_still_a_hazard() -> None:
    body = "先週購入したモバイルバッテリーが膨らんでいて、ケースが浮いています。\n使い続けて大丈夫でしょうか。"
    assert triage(body, subject="バッテリーについて").urgency == "high"


def test_a_deadline_said_not_to_be_written_is_not_near() -> None:
    body = (
        "先日、相手方から和解案の書面が届きました。\n"
        "回答の期限は特に書かれていませんが、どう返事をすればよいのか分かりません。\n"
        "次回の面談で相談させてください。"
    )
    assert triage(body, subject="和解案について").urgency != "high"


def test_a_question_about_the_tribunal_fee_to_one_s_own_lawyer_is_not_a_threat() -> None:
    body = (
        "Hi Sam,\n\nBefore Thursday's call: is the fee for lodging the employment tribunal claim "
        "part of your fixed price, or billed separately?\n\nThanks,\nDev"
    )
    assert triage(body, subject="Tribunal fee").urgency != "high"


def test_a_threat_to_go_to_a_lawyer_is_still_urgent() -> None:
    body = "You have ignored three letters about the damaged sofa. My lawyer will be in touch on Monday."
    assert triage(body, subject="Damaged sofa").urgency == "high"


def test_sarcasm_about_who_is_in_charge_is_not_a_wish_or_a_closed_matter() -> None:
    body = (
        "Dear Carlink,\n\nThree weeks ago I reported a dent in my bonnet, with photos taken as it came "
        "off your trailer. Since then I have been asked for the same photos twice and told the claim "
        "was with the insurer, who says they never got it.\n\n"
        "It would be nice if somebody were actually handling this.\n\nJo Marsh"
    )
    result = triage(body, subject="My dent claim")
    assert result.urgency != "low"
    assert not {code for code, _ in result.codes} & {"idea", "wish", "resolved"}


def test_a_wish_for_a_feature_is_still_an_idea() -> None:
    body = "Love the new booking page! It would be nice if we could pick a driver we've had before."
    assert triage(body, subject="Small idea").urgency == "low"


# fresh-eval54 (scored once on 226d025, then read).


def test_a_child_s_helmet_strap_that_comes_undone_is_a_hazard() -> None:
    body = (
        "先月購入した子ども用ヘルメットですが、顎ひもが少し引っぱっただけで外れてしまいます。\n"
        "娘が毎日これをかぶって自転車に乗っています。交換できますか。"
    )
    assert triage(body, subject="ヘルメットの顎ひも").urgency == "high"


def test_a_fire_ceremony_in_a_thank_you_is_no_hazard() -> None:
    body = (
        "We stayed two nights last month and loved it. The evening fire ceremony was unforgettable.\n"
        "Thank you all, and we'll tell our friends."
    )
    assert triage(body, subject="Thank you").urgency == "low"


def test_not_needed_until_next_season_can_wait() -> None:
    body = "Hi, will you stock junior ski helmets in size XS? Not needed until next season, just asking."
    assert triage(body, subject="Junior helmets").urgency == "low"
