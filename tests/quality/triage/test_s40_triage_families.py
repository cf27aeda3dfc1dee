# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 40 (fresh-eval51, read after its scoring): "arrived this morning" is when a past
arrival happened, not how little time is left; "by this afternoon" still is. The mails are new,
written for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def test_a_wrong_sample_that_arrived_this_morning_is_not_a_deadline() -> None:
    body = (
        "Hi Priya,\n\n"
        "The second batch of labels arrived this morning and the logo is printed in grey, not green, again.\n"
        "Could you explain how this keeps happening before we approve a third proof?\n\nMark"
    )
    assert triage(body, subject="Labels wrong again").urgency != "high"


def test_a_part_needed_by_this_afternoon_is_still_urgent() -> None:
    body = (
        "Our only walk-in freezer stopped cooling overnight and the engineer says he needs the "
        "replacement fan by this afternoon or we lose £3,000 of stock."
    )
    assert triage(body, subject="Freezer fan").urgency == "high"


# fresh-eval52 (scored once on b31027e, then read).


def test_a_hairline_crack_in_a_wall_is_not_a_hazard() -> None:
    body = "先週塗り替えていただいた外壁に、髪の毛ほどの細いひびが1本あります。\n補修が必要か見ていただけますか。"
    assert triage(body, subject="外壁のひび").urgency != "high"


def test_a_crack_in_a_ceiling_is_still_a_hazard() -> None:
    body = "リビングの天井にひびが入り、少しずつ広がっています。\n上の階の重みで落ちてこないか心配です。"
    assert triage(body, subject="天井のひび").urgency == "high"


def test_an_answer_wanted_within_today_is_near() -> None:
    body = "ランニングマシンのベルトが走っている途中で止まり、転びそうになりました。\n毎日使っているので、今日のうちにお返事をください。"
    assert triage(body, subject="ベルトが止まりました").urgency == "high"


def test_thanks_for_help_despite_short_notice_is_positive() -> None:
    body = "先日は急なお願いにもかかわらず、工場まで来ていただきありがとうございました。\nおかげさまでラインは順調に動いています。"
    assert triage(body, subject="先日のお礼").emotion == "positive"


def test_charged_despite_nothing_arriving_is_still_angry() -> None:
    body = "注文した商品が届かないにもかかわらず、代金だけ引き落とされています。説明してください。"
    assert triage(body, subject="代金について").emotion == "angry"
