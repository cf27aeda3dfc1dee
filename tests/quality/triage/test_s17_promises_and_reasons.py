"""Session 17: a need tied to a dated step and a burn left for the next person (fresh-eval14's
missed Japanese high mails, by family), a chase about an answer we promised, a curt "again."
that is not formal anger, and reasons a lead can read (walk 13 F21(a), F22)."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import render_reasons, triage


@pytest.mark.parametrize(
    "body",
    [
        "入学式の前に制服が必要です。遅くとも4月5日には受け取りたいのですが、まだ発送のご連絡がありません。",
        "注文したスーツのサイズが違いました。来週の面接で着る予定で、その時に必要です。間に合う方法はありますか。",
        "店内の床の金具が外れていて、子どもが足をやけどしました。他のお客さんも踏むと思います。",
    ],
)
def test_a_dated_need_or_a_hazard_left_for_others_is_high(body: str) -> None:
    assert triage(body).urgency == "high"


@pytest.mark.parametrize(
    "body",
    [
        "昨日中にご連絡をいただけると伺っていましたが、まだ届いておりません。",
        "先週、見積もりを金曜までにお送りいただけると伺っていましたが、まだ届いておりません。",
        "Hello, you said you would get back to me by yesterday about the replacement part.",
        "I was told I would hear back within two days. It has been a week.",
    ],
)
def test_a_chase_about_a_promised_answer_is_named_as_such(body: str) -> None:
    result = triage(body)
    assert result.urgency == "high"
    assert result.codes[0][0] == "promise_missed"
    # In the reader's language, whatever the mail's.
    assert render_reasons(result.codes, "en")[0].startswith("we missed an answer we promised")
    assert render_reasons(result.codes, "ja")[0].startswith("約束した回答・連絡が期日までに")


def test_a_curt_again_is_anger_but_not_formal_anger() -> None:
    result = triage("your import is broken. again.")
    assert result.emotion == "angry"
    codes = [code for code, _ in result.codes]
    assert "cold_anger" not in codes and "curt_again" in codes
    assert not any("formal" in reason for reason in render_reasons(result.codes, "en"))


def test_one_quote_serves_one_reason_and_at_most_three_are_given() -> None:
    result = triage(
        "本日15時までに至急対応してください！！ログインできず業務が止まっています。"
        "何度も連絡しているのに返事がない。このままなら解約します。"
    )
    quotes = [quote for _, quote in result.codes if quote]
    assert len(result.codes) <= 3 and len(result.reasons) <= 3
    assert not any(a in b for i, a in enumerate(quotes) for b in quotes[i + 1 :] + quotes[:i])


def test_words_quoted_for_a_stronger_reason_are_not_quoted_again() -> None:
    # Was a deadline (「本日15時」) and little time left (「本日15時まで」), the same words twice.
    result = triage("本日15時までに資料をお送りください。会議で使います。")
    assert result.urgency == "high"
    assert [code for code, _ in result.codes] == ["deadline"]
