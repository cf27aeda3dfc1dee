"""Session 31 (fresh-eval33, read after its scoring): praise with "ridiculously good" or "means a
great deal" is not anger; "I feel terrible" about one's own mistake, "it's been a lot", and a child
kept off something until it is checked are worry; "whatever it takes" is no shrug; "No reply
needed!" is no unanswered mail; 「特に困っているわけではない」 is no trouble; 「今すぐ送るわけでは
ない」「今すぐの話ではない」 and "this isn't pressing" can wait; "every single time" and
「どのような修理をされたのか」 are anger; "ten minutes of use" leaves no time. The mails are new,
written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import rule_view, triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "those cookies!!",
            "Just wanted to say the ginger cookies are ridiculously good. No need to reply!",
        ),
        (
            "Thank you",
            "The repair you did on my grandfather's clock means a great deal to us. Thank you for "
            "the care you took.",
        ),
    ],
)
def test_praise_is_not_anger(subject: str, body: str) -> None:
    assert triage(body, subject=subject).emotion == "positive"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Wrong size for a gift",
            "I bought the blue scarf for my aunt, who is in a care home, and it's far too short. "
            "I feel terrible, I should have checked. Is there any way to swap it?",
        ),
        (
            "Ladder you delivered",
            "One rung of the ladder you delivered bent when I stood on it. I'm fine. "
            "I don't want my son using it until someone has looked at it. "
            "Can you check it this week?",
        ),
    ],
)
def test_worry_is_read_as_worry(subject: str, body: str) -> None:
    assert triage(body, subject=subject).emotion == "anxious"


def test_whatever_it_takes_is_no_shrug() -> None:
    body = "My passport photos are needed for Friday. I'll pay whatever it takes for a rush job."
    assert not rule_view(body, "Rush photos").weights.get("resignation")


def test_no_reply_needed_is_no_unanswered_mail() -> None:
    body = "The new filters fit perfectly, thanks. No reply needed!"
    assert not rule_view(body, "Filters").weights.get("escalation")


@pytest.mark.parametrize(
    "body",
    [
        "特に困っているわけではないのですが、冬の間の保管方法を教えてください。",
        "今のままでも困っていることはないので、次の点検のときに見ていただければ結構です。",
    ],
)
def test_trouble_denied_is_no_worry(body: str) -> None:
    assert triage(body, subject="保管について").emotion == "neutral"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "買取について",
            "祖母の帯も買取の対象になりますか。今すぐ送るわけではないので、わかる範囲で教えてください。",
        ),
        (
            "レンタルについて",
            "テントだけ借りられますか。時期はまだ決めていませんし、今すぐの話ではありません。",
        ),
        (
            "Winter storage",
            "Do you store kayaks over winter? "
            "Our season runs till October, so this isn't pressing.",
        ),
    ],
)
def test_not_now_can_wait(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "low"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "League table wrong again",
            "The league table shows our team losing a match we won 3-1. It's tiring to have to "
            "write in about this every single season. Please correct it.",
        ),
        (
            "修理後も直っていません",
            "修理から戻ったプリンターが、以前とまったく同じ紙詰まりを起こします。修理代を1万円お支払い"
            "しておりますので、どのような修理をされたのか、ご説明をいただけますでしょうか。",
        ),
    ],
)
def test_the_same_fault_again_is_anger(subject: str, body: str) -> None:
    assert triage(body, subject=subject).emotion == "angry"


def test_minutes_of_use_leave_no_time() -> None:
    body = "修理から戻ったドライヤーですが、5分ほど使うと止まってしまいます。見ていただけますか。"
    assert not rule_view(body, "ドライヤー").weights.get("time_near")
