"""Session 33 (fresh-eval35, read after its scoring): words of wanting to die or disappear
(「もう消えたい」, "says he wants to die") put a life at risk and are urgent whatever else the mail
asks; water seeping out of a floor is a leak; 「午前中に赤ちゃんの健診」 is no baby shut in,
「個人情報の扱いについて」 a student's topic is no data incident, "rather than an allergy" names
none and "someone else's child" is a feeling, not someone else's data; the check we skipped asked as
a question (「確認されなかったのでしょうか」) and 「〜など、あり得ません」 are anger, said politely.
The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body", "lang"),
    [
        (
            "息子のことで",
            "担任の先生\n\nいつもお世話になっております。1年の森の父です。\n"
            "最近、息子が夕食も食べずに部屋にこもっていて、昨日は「死にたい」と口にしました。\n"
            "どう接したらよいのか分からず、妻も私も眠れていません。\n"
            "一度お時間をいただけないでしょうか。\n\n森",
            "ja",
        ),
        (
            "My daughter",
            "Hello,\n\nMy daughter has stopped logging in to her lessons and last night she told "
            "me she wants to disappear. I don't know what to do. Could someone from pastoral "
            "support call me?\n\nMarta",
            "en",
        ),
        (
            "洗面所の床",
            "昨日取り付けていただいた洗面台の下から、水がしみ出してきています。\n"
            "床の板が濡れて色が変わってきました。どうしたらよいでしょうか。\n\n上田",
            "ja",
        ),
    ],
)
def test_a_life_or_a_leak_at_risk_is_urgent(subject: str, body: str, lang: str) -> None:
    result = triage(body, subject=subject)
    assert result.lang == lang
    assert result.urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body", "lang"),
    [
        (
            "訪問日の変更",
            "来週月曜日の訪問を、午後に変えていただけますか。\n"
            "午前中に赤ちゃんの予防接種が入ってしまいました。\n難しければ別の日でも構いません。",
            "ja",
        ),
        (
            "卒業論文のための質問",
            "大学4年の学生です。卒業論文で、個人情報の扱いについて調べています。\n"
            "御社で気をつけていることを、差し支えない範囲で教えていただけますか。\n"
            "提出は2月なので、お時間のあるときで結構です。",
            "ja",
        ),
        (
            "Dairy-free truffles",
            "Hi, do you make any dairy-free truffles? My sister avoids milk for ethical reasons "
            "rather than an allergy, so a shared kitchen is fine. Her birthday is next month.\n\n"
            "Thanks, Jo",
            "en",
        ),
    ],
)
def test_lookalikes_are_not_urgent(subject: str, body: str, lang: str) -> None:
    result = triage(body, subject=subject)
    assert result.lang == lang
    assert result.urgency != "high"


def test_a_skipped_check_asked_as_a_question_is_anger() -> None:
    body = (
        "昨日取り付けていただいた食洗機ですが、扉が最後まで閉まりません。\n"
        "明日は朝から店を開けるので、今日中に見に来ていただけないと困ります。\n"
        "取り付けの最後に、扉の開け閉めは確認されなかったのでしょうか。\n"
        "開店前の厨房で食洗機が使えないなど、あり得ません。\n\n"
        "すぐにお電話ください。"
    )
    assert triage(body, subject="食洗機の扉が閉まりません").emotion == "angry"


# fresh-eval36 (read after its scoring, same session): a question that says it can wait is low
# even when the writer mentions what they cannot attend (「今年は参加できない」 breaks nothing)
# or says so as 「ご都合のよい時に」「まだだいぶ先の話」; "not buying anything right now" is no
# angry "right now".
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "来年の発表会について",
            "今年の発表会は仕事で参加できないのですが、来年の日程が決まったら教えていただけますか。\n"
            "急ぎませんので、決まった時で大丈夫です。",
        ),
        (
            "工場見学について",
            "町内会の役員をしている者です。\n来年の秋ごろ、工場見学をお願いできるか知りたいです。\n"
            "まだだいぶ先の話ですので、ご都合のよい時にお返事いただければ幸いです。",
        ),
        (
            "Where is the wool from?",
            "Out of curiosity, is your wool spun in Scotland? I'm not ordering anything right "
            "now, just interested.",
        ),
    ],
)
def test_a_question_that_can_wait_is_low(subject: str, body: str) -> None:
    result = triage(body, subject=subject)
    assert result.urgency == "low"
    assert result.emotion != "angry"
