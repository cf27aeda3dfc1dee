"""Session 36 (fresh-eval42, read after its scoring): a car that will not start after our
fitting and keeps its driver from work is urgent; a child lost last summer, told in thanks,
is not a child lost now, and a lapse feared with no date named is no deadline close at hand.
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
