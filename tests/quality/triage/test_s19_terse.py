"""Terse mails that point at a case of theirs only by when it happened, or announce a
question without asking it (session 19; fresh-eval16 found 4 of 12 Japanese terse mails).
Wordings here are new, not the labelled mails."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("写真", "先月お願いした写真っていつ仕上がりますか"),
        ("ケース", "以前買ったケースってまだ売ってますか"),
        ("", "この間頼んだ件、いつ頃になりそうですか"),
        ("ご相談", "相談したいことがあるので、お電話ください。"),
        ("", "確認したいことがあるので折り返しお願いします"),
    ],
)
def test_a_case_known_only_by_when_or_an_unasked_question_is_terse(subject: str, body: str) -> None:
    assert triage(body, subject=subject).terse


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("写真の仕上がり", "12月5日にお願いした写真（受付番号 4521）はいつ仕上がりますか。"),
        (
            "ご相談",
            "相談したいことがあります。来月の法人研修（20名、2日間）を御社の会議室で"
            "開けるか、費用と空いている日を教えてください。",
        ),
        ("Lesson", "Something came up, could I move my Saturday 10 am lesson to Sunday?"),
    ],
)
def test_the_same_with_the_details_is_not(subject: str, body: str) -> None:
    assert not triage(body, subject=subject).terse
