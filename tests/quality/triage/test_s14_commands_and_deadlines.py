"""Session 14: the consequences fresh-eval11's Japanese high mails showed thin (a date that
passes and what is lost then, a permit about to lapse, a near miss, fuel smelled in a car,
someone taken to hospital, personal details posted in public, an action on the account
nobody took), their lookalikes, and walk 12's F-25: a demand in command form, a one-word
verdict, a counted third contact, and terse advice that fits a cancellation. The mails are
new wordings, not fresh-eval11's."""

from __future__ import annotations

import pytest

from madoguchi.quality.clarify import clarifying_reply
from madoguchi.quality.triage import render_reasons, triage


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "月末までに残金を振り込めないと、予約していた会場の枠が取り消されてしまいます。"
            "入金の予定を教えてください。",
            "cannot_wait",
        ),
        (
            "運転免許の有効期限が来週の火曜までなのですが、預けている書類がまだ戻っていません。",
            "cannot_wait",
        ),
        ("さっき、エレベーターの扉が開いたまま動いて、父が転びそうになりました。", "safety"),
        ("借りた車の中がガソリンのにおいでいっぱいです。子どもを乗せても大丈夫ですか。", "safety"),
        (
            "ツアー中の母が救急車で病院に運ばれました。今後の行程はどうなりますか。",
            "safety",
        ),
        ("掲示板に私の住所が書き込まれています。削除してください。", "incident"),
        ("アプリに昨夜の解錠記録がありますが、誰も解錠していないはずです。", "incident"),
        (
            "My dad was taken to hospital during your tour this morning. "
            "What happens with the rest of his trip?",
            "safety",
        ),
        ("Someone posted my home address in the comments on your page.", "incident"),
        (
            "Nobody unlocked the unit last night but the log says it was opened at 3am.",
            "incident",
        ),
        (
            "The crown hasn't come and the patient flies out on Monday, so we can't move "
            "the appointment. Where is it?",
            "cannot_wait",
        ),
    ],
)
def test_a_consequence_told_as_what_happens_is_high(body: str, code: str) -> None:
    result = triage(body)
    assert result.urgency == "high"
    assert code in [name for name, _ in result.codes]


@pytest.mark.parametrize(
    "body",
    [
        "会費の支払い期限を過ぎると、どうなりますか。",
        "免許の有効期限が再来年までです。更新はどこでできますか。",
        "Can I move my appointment to Thursday afternoon?",
        "What happens if we miss the artwork deadline? Is there a fee?",
    ],
)
def test_a_question_about_the_rule_or_a_far_date_is_not_high(body: str) -> None:
    assert triage(body).urgency != "high"


def test_a_near_miss_told_in_a_thank_you_is_no_emergency() -> None:
    result = triage(
        "先週のツアーでは、階段で母が転びそうになったときにガイドさんが支えてくださり、"
        "本当に助かりました。ありがとうございました。"
    )
    assert result.urgency == "low"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("返金しろ", "command"),
        ("早く直してくれ。", "command"),
        ("電話くらい出ろ。", "command"),
        ("使えない。", "verdict"),
        ("このアプリ、使えない。", "verdict"),
        ("Refund me now.", "command"),
        ("Useless.", "verdict"),
    ],
)
def test_a_command_or_a_one_word_verdict_is_angry_and_says_why(body: str, code: str) -> None:
    result = triage(body)
    assert result.emotion == "angry"
    assert code in [name for name, _ in result.codes]
    ja, en = render_reasons(result.codes, "ja"), render_reasons(result.codes, "en")
    assert any("命令口調" in r or "酷評" in r for r in ja)
    assert any("command form" in r or "verdict" in r for r in en)


@pytest.mark.parametrize(
    "body",
    [
        "先日は丁寧に対応してくれて、ありがとうございました。",
        "息子が手伝ってくれ、助かりました。",
        "Please cancel my account now, thanks.",
        "使えない機能があれば教えてください。",
    ],
)
def test_a_polite_or_a_grateful_mail_is_not_read_as_a_command(body: str) -> None:
    result = triage(body)
    assert not {"command", "verdict"} & {name for name, _ in result.codes}


@pytest.mark.parametrize(
    "body",
    ["いつ直るんですか？もう3回目です。", "When will my deposit be back? This is the third time."],
)
def test_a_counted_third_contact_about_an_unsolved_problem_is_high(body: str) -> None:
    result = triage(body)
    assert (result.urgency, result.emotion) == ("high", "angry")


def test_a_terse_cancellation_asks_which_account_not_which_error() -> None:
    result = triage("Cancel my account now.")
    assert result.terse
    (reason,) = [r for r in render_reasons(result.codes, "en") if "cancellation" in r]
    assert "which account" in reason
    assert not any("which error" in r for r in result.reasons)
    reply = clarifying_reply("Cancel my account now.", result)
    assert reply is not None and reply.topic == "cancel"
    assert "error" not in reply.text and "account" in reply.text
    ja = clarifying_reply("退会したいです。", triage("退会したいです。"))
    assert ja is not None and "会員番号" in ja.text and "エラー" not in ja.text
    assert any("解約" in r for r in render_reasons(result.codes, "ja"))


def test_a_terse_problem_still_asks_what_and_since_when() -> None:
    result = triage("使えない。")
    assert any("which error" in r for r in render_reasons(result.codes, "en"))
