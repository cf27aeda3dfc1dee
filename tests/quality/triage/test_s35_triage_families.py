"""Session 35 (fresh-eval39, read after its scoring): work of ours sold without permission
before a launch is urgent; so is someone let go who can still log in. Fly fishing is no
phishing, an evacuation thought of for a product wish is no emergency, a night asked about
ahead (「夜中に〜場合」) is no deadline, a failure counted ("third time this month the X
jammed") is not a customer chasing, and people who queued are not a stopped business.
The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "ルアーの入荷について",
            "ルアーフィッシング用のミノーをもう少し増やしていただけるとうれしいです。\n"
            "急ぎではないので、ご検討いただければ十分です。",
        ),
        (
            "商品のご提案",
            "猫用の防災リュックがあると助かります。避難のことを考えると、前から気になっていました。\n"
            "いつか商品になればうれしいです。",
        ),
        (
            "もしもの時のこと",
            "15歳の犬がいて、最近弱ってきました。夜中に具合が悪くなった場合、"
            "どこに連絡すればいいのか今のうちに教えていただけますか。",
        ),
        (
            "Card reader again",
            "Third time this month the card reader has frozen. Your support line told me to "
            "restart it. I'd like a replacement unit, please.",
        ),
        (
            "Disappointing signing",
            "I paid £40 for the signing. We queued for an hour and got ten seconds. "
            "I expected better.",
        ),
    ],
)
def test_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "ロゴが無断で販売されています",
            "昨年制作いただいた当社のロゴが、通販サイトでステッカーとして無断で販売されているのを"
            "見つけました。\n来月1日にこのロゴの新商品を発売します。\n"
            "削除の申し立てに必要な書類を教えてください。",
        ),
        (
            "Former manager can still log in",
            "Hello,\n\nOur former shift manager left on Friday. He still has an admin login to "
            "the booking system, which shows every customer's phone number. Could you remove "
            "it from your side and tell us if he has logged in since?\n\nPriya",
        ),
    ],
)
def test_urgent_from_fresh_eval39(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "妊娠中でも使えますか",
            "妊娠6か月です。こちらのアロマオイルを買おうか迷っているのですが、"
            "妊娠中に使っても赤ちゃんに影響はないでしょうか。",
        ),
        (
            "予約の待ち時間",
            "本日10時の予約で伺いましたが、呼ばれたのは10時40分でした。\n"
            "予約制の意味があるのか疑問です。理由を説明してください。",
        ),
        (
            "Fourth reschedule",
            "This is the fourth time my balloon flight has been moved for wind. I'd like a "
            "refund instead of another date, please.",
        ),
        (
            "Late fee in error",
            "I paid my invoice on the 2nd. Today I see a $25 late fee on my account. "
            "Please remove it.",
        ),
        (
            "Catalogue",
            "Hello, could you post me a catalogue or price list for your garden sheds? "
            "We're starting to plan next spring. No hurry.",
        ),
    ],
)
def test_more_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    """fresh-eval40: a use asked about before buying, a time already past, a failure counted,
    the day a fee was found, and "or" before a question mark are not urgent."""
    assert triage(body, subject=subject).urgency != "high"


def test_a_reply_that_can_wait_is_low() -> None:
    body = (
        "回数券の残りが2回あるのですが、有効期限はありますか？\nお返事は次に伺うときで大丈夫です。"
    )
    assert triage(body, subject="回数券について").urgency == "low"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("互換性について", "他社のロープロファイルキーキャップは取り付けられますか？"),
    ],
)
def test_fresh_eval41_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    """fresh-eval41: 「ロープロファイル」 holds no file of someone else's."""
    assert triage(body, subject=subject).urgency != "high"


def test_a_worker_who_cannot_work_without_it_is_urgent() -> None:
    body = (
        "My braille display stopped responding yesterday. I work as a freelance proofreader and "
        "without it I can't work at all. My client needs the next batch by Monday. Could you "
        "repair or replace it quickly?"
    )
    assert triage(body, subject="Braille display dead").urgency == "high"
