# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 42 (fresh-eval55, read after its scoring): 「返せる」 (can be returned) is not the
command 「返せ」; 「苦情もまったくありませんでした」 in a thank-you is no complaint; lines painted
「〜の上に引かれています」 are no money taken; 「何度計算しても」 is the writer's own effort, not a
third request ignored. The mails are new, written for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import rule_view, triage


def test_a_container_that_can_be_returned_unwashed_is_praise_not_a_demand() -> None:
    body = (
        "毎週の弁当で容器を使わせてもらっています。\n"
        "洗わずにそのまま返せるので、とても助かっています。\n"
        "これからもよろしくお願いします。返信は不要です。"
    )
    assert rule_view(body, "いつもありがとうございます").emotion != "angry"
    assert triage(body, subject="いつもありがとうございます").emotion != "angry"


def test_the_command_to_give_the_money_back_is_still_angry() -> None:
    body = "三週間待っても何も届かない。金返せ。"
    assert triage(body, subject="返金").emotion == "angry"


def test_no_complaints_from_the_neighbours_is_thanks() -> None:
    body = (
        "外壁の塗り替え、ありがとうございました。\n"
        "作業の前に近所へ声をかけていただいたおかげで、苦情は一件もありませんでした。\n"
        "また機会があればお願いします。"
    )
    result = triage(body, subject="塗装工事のお礼")
    assert result.emotion != "angry"
    assert result.urgency != "high"


def test_lines_painted_over_the_bays_are_not_money_taken() -> None:
    body = (
        "先日施工していただいた倉庫の駐車場で、荷さばき区画の白線が図面と違い、通路の上に引かれています。\n"
        "来月の検査までに引き直していただけますか。"
    )
    weights = rule_view(body, "白線の位置について").weights
    assert weights.get("money_lost", 0.0) == 0.0


def test_money_taken_from_the_account_is_still_money_lost() -> None:
    body = "解約したはずの月会費4,400円が、今月も口座から引かれています。返金をお願いします。"
    assert rule_view(body, "会費の引き落とし").weights.get("money_lost", 0.0) >= 1.0


def test_working_a_sum_again_and_again_is_not_anger_at_us() -> None:
    body = (
        "6年生の計算ドリル第12回の問5について質問です。\n"
        "解答は「15.6」ですが、何度計算しても16.5になります。\n"
        "どこで間違えているのか教えていただけますか。"
    )
    assert rule_view(body, "問5の答えについて").emotion != "angry"


def test_an_expiry_said_to_be_far_off_is_no_near_date() -> None:
    body = "先週、駐車場のゲートでカードが読み取られませんでした。\nカードの有効期限はまだ先のはずです。何か手続きが必要でしょうか。"
    assert rule_view(body, "駐車場のカードについて").weights.get("time_soon", 0.0) == 0.0


def test_a_sound_heard_at_night_is_when_it_happens_not_a_deadline() -> None:
    body = "ここ数日、夜中に冷蔵庫から「ブーン」という音がします。\n冷えてはいるので、次の点検まで様子を見てもよいか教えてください。"
    assert rule_view(body, "冷蔵庫の音").weights.get("time_near", 0.0) == 0.0
