"""Session 30 (fresh-eval31 and fresh-eval32, read after their scoring): 「今すぐ」 denied is no
deadline; a writer leaving the country within days with the matter open is urgent; "1回お願い"
counts no contact; "within five minutes of sitting on it" leaves no time; "just curious for the
future" and 「参考までに」 can wait. The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import rule_view, triage


@pytest.mark.parametrize(
    "body",
    [
        "陶芸の体験はありますか？今すぐでなくても、予定があれば教えてください。",
        "来年の話なので、今すぐ申し込みたいというわけではありません。料金表はありますか？",
    ],
)
def test_right_now_denied_is_no_deadline(body: str) -> None:
    view = rule_view(body, "体験について")
    assert not view.weights.get("deadline") and not view.weights.get("time_near")
    assert triage(body, subject="体験について").urgency == "low"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Repair before I fly home",
            "Hi, I dropped my camera off for a shutter repair last week. I fly home to Canada on "
            "Thursday. Can you tell me whether it will be ready by Wednesday?",
        ),
        (
            "帰国前の受け取り",
            "先週お預けした時計の修理ですが、金曜日に帰国します。それまでに受け取ることはできますか。",
        ),
    ],
)
def test_leaving_the_country_within_days_is_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "high"


def test_asking_for_one_show_counts_no_contacts() -> None:
    body = "出張演奏を1回お願いした場合の料金の目安を教えてください。急ぎません。"
    assert not rule_view(body, "料金の目安").weights.get("escalation")


def test_within_minutes_of_using_it_leaves_no_time() -> None:
    body = (
        "The stool I bought squeaks. I noticed within ten minutes of sitting on it. "
        "What do you suggest?"
    )
    assert not rule_view(body, "Squeaky stool").weights.get("time_near")


@pytest.mark.parametrize(
    "body",
    [
        "Do you ever run night-time tours? Just curious for the future, nothing decided yet.",
        "来年度の予算の参考までに、出張講座のおおよその料金を教えていただけますか。",
    ],
)
def test_a_question_for_later_can_wait(body: str) -> None:
    assert triage(body, subject="Question").urgency == "low"
