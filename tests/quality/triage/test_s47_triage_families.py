"""Session 47 (fresh-eval62, read after its scoring): goods spoiled before a dated step close
at hand that depends on them are urgent, and a wrong charge that leaves the writer with a
few pounds to live on is money lost. The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    "body",
    [
        "Your driver left the box of insulin pens at the front gate instead of handing it "
        "over, and it stood in the sun for three hours. We have a diabetes clinic at 2 p.m. "
        "today that depends on them. I need a replacement box before 1:30.",
        "The florist boxes were put in the van's back corner and not unloaded with the rest. "
        "The church service tomorrow relies on them. Can your driver bring them by 9?",
    ],
)
def test_spoiled_goods_a_near_event_depends_on_are_urgent(body: str) -> None:
    assert triage(body, subject="Today's order").urgency == "high"


def test_a_project_that_depends_on_stored_data_with_no_date_is_not_urgent_for_that() -> None:
    body = (
        "Could you confirm how long you keep archived survey files? Our research programme "
        "depends on them and I'd like to plan our own backups. Thanks, Priya"
    )
    assert triage(body, subject="Archive retention").urgency != "high"


def test_a_double_charge_that_leaves_the_writer_with_little_money_is_urgent() -> None:
    body = (
        "Your app took my weekly bus pass payment of $38.50 two times on Monday. That has "
        "left me $9 until payday on Friday. Please put the second one back."
    )
    assert triage(body, subject="Paid twice for my bus pass").urgency == "high"


# fresh-eval63 (read after its held-out scoring): a near miss told as "nobody was hurt", mould
# found after it was drunk by a pregnant writer, two earlier dates of contact, and the
# false alarms: a past fire, a fear "if I'm going to freeze", a disability (障害のある方), a worry
# of being sued, a question that says it is not urgent.


def test_a_near_miss_with_the_same_machine_in_use_tomorrow_is_urgent() -> None:
    body = (
        "The steam wand you serviced on Friday started spraying scalding water this morning and "
        "nobody was hurt, but only just. The second machine you serviced the same day is in our "
        "kiosk, which opens at 7 tomorrow."
    )
    assert triage(body, subject="Steam wand after the service").urgency == "high"


def test_mould_found_after_a_pregnant_writer_drank_it_is_urgent() -> None:
    body = (
        "昨日届いた麦茶のパックに、黒いカビのような点がありました。\n"
        "気づいたのは、もうコップに一杯飲んだ後です。私は妊娠7か月です。\n"
        "同じ箱のものは飲まないほうがよいでしょうか。"
    )
    assert triage(body, subject="麦茶のパックについて").urgency == "high"


def test_two_earlier_dates_of_contact_make_a_third() -> None:
    body = (
        "11月4日と11月11日にもご連絡しましたが、お返事がないので改めてお送りします。\n"
        "請求書の宛名が旧社名のままで、経理で処理できません。訂正をお願いします。"
    )
    assert triage(body, subject="請求書の宛名（再送）").urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Fan noise",
            "The new air purifier hums much more than the old one. We had a small kitchen fire "
            "in the flat two years ago, so I notice these things. Is the hum normal?",
        ),
        (
            "Extra time in the exam?",
            "I have dyslexia. Can the written test be read out to me? I don't want to pay for the "
            "course if I'm going to freeze on the day.",
        ),
        (
            "小さな教室でも必要でしょうか",
            "障害のある方への配慮が義務になったと聞きました。うちのような小さな教室でも、"
            "対応していないと訴えられたりするのでしょうか。何から始めればよいか分かりません。",
        ),
        (
            "新しい規格について",
            "急ぎの質問ではありません。新しい規格がいつ頃正式になりそうか教えてください。"
            "今すぐ何かを変えるつもりはなく、勉強会で話題になったのでお聞きしました。",
        ),
    ],
)
def test_a_past_fear_or_a_question_is_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"
