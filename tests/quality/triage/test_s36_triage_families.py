"""Session 36 (fresh-eval42, read after its scoring): a car that will not start after our
fitting and keeps its driver from work is urgent; a child lost last summer, told in thanks,
is not a child lost now, and a lapse feared with no date named is no deadline close at hand.
fresh-eval43: an animal left behind in transit is urgent; "Spark Lab" names a shop, not
sparks; a bird that was puffed up, told in thanks, is over; "Thanks … Unfortunately …" is
not settled.
The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


def test_a_car_that_will_not_start_after_our_work_is_urgent() -> None:
    body = (
        "昨日ドライブレコーダーを取り付けていただいた村井です。\n"
        "今朝出かけようとしたらエンジンがかからず、ライトも点きません。\n"
        "配達の仕事で毎日車を使うので、今日は仕事に行けていません。\n"
        "取り付けが原因ではないかと思うのですが、どうしていただけますか。"
    )
    assert triage(body, subject="取り付け後にエンジンがかかりません").urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "昨年のお礼",
            "昨年の秋祭りで娘が迷子になったとき、係の方がすぐに放送をしてくださり、"
            "本当に助かりました。ありがとうございました。\n今年も家族で伺う予定です。",
        ),
        (
            "回数券の有効期限",
            "来月から半年ほど海外赴任になります。残っている回数券は帰国後も使えますか？"
            "有効期限が切れてしまわないか気になっています。",
        ),
    ],
)
def test_fresh_eval42_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


def test_an_animal_left_behind_in_transit_is_urgent() -> None:
    body = (
        "Hello,\n\nThe airline has just told me the connection our cat Milo was booked on left "
        "without him, and the next flight with room for his carrier is in three days. He needs "
        "insulin twice a day.\n\nCan your partner at the airport reach him tonight?\n\nSara"
    )
    assert triage(body, subject="Milo missed his connection").urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Thanks from the after-school club",
            "Hi Spark Lab team,\n\nOur club built your solar car kits last week and loved them. "
            "Thank you!\n\nNo reply needed.\n\nMr. Dale",
        ),
        (
            "おかげさまで元気です",
            "先日は、インコが膨らんでいたときに病院を教えていただき、本当にありがとうございました。\n"
            "今はすっかり元気です。来月、爪切りの予約をお願いしたいです。",
        ),
    ],
)
def test_fresh_eval43_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


def test_thanks_then_unfortunately_is_not_settled() -> None:
    body = (
        "Thanks for sending the new charger - it arrived yesterday. Unfortunately it has a US "
        "plug and we're in the UK. Is there a UK one?"
    )
    assert triage(body, subject="Re: charger").urgency != "low"


def test_a_widening_crack_over_a_childs_bed_is_urgent() -> None:
    body = (
        "Hi,\n\nA crack appeared in our daughter's bedroom ceiling on Sunday. This evening it is "
        "noticeably wider and some plaster has dropped on the carpet. Could the ceiling come "
        "down? We moved in a month ago.\n\nMark"
    )
    assert triage(body, subject="Ceiling crack").urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "表記の変更について",
            "ショップ名の表記を英語に変えたいです。変更すると販売ページが一時的に止まったり、"
            "レビューが消えてしまったりしないか心配です。",
        ),
        (
            "二重登録について",
            "スマホとパソコンで2回登録してしまったかもしれません。"
            "不正だと思われて、アカウントを停止されたりしないでしょうか。",
        ),
        (
            "Lorries on our road",
            "Your lorries reverse down our road every morning with the reversing alarm going "
            "the whole time. Is anyone managing this site?",
        ),
    ],
)
def test_fresh_eval44_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


def test_a_quoted_promise_not_kept_is_urgent() -> None:
    """fresh-eval45 (scored on ddf2ae5): the promise quoted in brackets (「〜」と言われたきり)."""
    body = (
        "まだ何の連絡もありませんが、どうなっているのでしょうか。\n"
        "4日前に破損の写真を送り、翌日「確認してご連絡します」と言われたきりです。\n"
        "15万円の照明です。補償していただけるのか、はっきりさせてください。"
    )
    assert triage(body, subject="Re: 破損の件").urgency == "high"
