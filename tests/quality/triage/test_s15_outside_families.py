"""Session 15: the families fresh-eval12 showed thin — English anger said in one line (money
asked back, "not what we agreed", a thank-you for the harm done), something of one's own out
of reach ("my ticket won't show", 「鍵が開きません」: worried, not angry), a plea from
hospital, plain joy in Japanese, and Japanese consequences told as what happens (a blocked
fire exit, a boat taking on water, belongings about to be disposed of, a charge taken many
times), with their lookalikes. The mails are new wordings, not fresh-eval12's."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import render_reasons, triage


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("where is my refund??? returned the boots 3 weeks ago", "money_back"),
        ("I want my money back. The class never ran.", "money_back"),
        ("返金はまだですか。もう二週間たちます。", "money_back"),
        ("This is not what we ordered.", "cold_anger"),
        ("The sofa is nothing like the pictures on your site.", "cold_anger"),
        ("写真と全然違う部屋でした。", "cold_anger"),
        (
            "Thanks so much for cancelling my lesson an hour before, after I'd taken the "
            "afternoon off.",
            "sarcasm",
        ),
    ],
)
def test_anger_in_one_plain_line_is_angry(body: str, code: str) -> None:
    result = triage(body)
    assert result.emotion == "angry"
    names = [name for name, _ in result.codes]
    # One quote serves one reason (walk 13 F22): 「返金はまだ」 is quoted as money not back.
    assert code in names or (code == "money_back" and "money_lost" in names)


@pytest.mark.parametrize(
    "body",
    [
        "How long does a refund usually take to reach my card?",
        "Is there a refund policy if I cancel a week before?",
        "返金の手続きはどのような流れになりますか。",
        "Could you tell me where my refund is in the process? No problem either way.",
    ],
)
def test_a_question_about_a_refund_is_not_anger(body: str) -> None:
    assert triage(body).emotion != "angry"


@pytest.mark.parametrize(
    "body",
    [
        "My boarding pass won't load.",
        "Our tickets aren't showing in the app.",
        "チケットが表示されません。",
        "会員証がアプリに出てきません。",
    ],
)
def test_something_of_ones_own_out_of_reach_is_worry(body: str) -> None:
    result = triage(body)
    assert result.emotion == "anxious"
    names = [name for name, _ in result.codes]
    # One quote serves one reason (walk 13 F22): "won't load" quoted as a stop is not again.
    assert "shut_out" in names or "stopped" in names


def test_a_plea_from_hospital_is_anxious() -> None:
    body = (
        "My voucher ran out in May. I was in hospital for most of the spring. "
        "Is there anything you can do?"
    )
    assert triage(body).emotion == "anxious"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("ロビー奥の非常口の前に段ボールが積まれていて、扉が開きません。", "safety"),
        ("桟橋の隣の艇が傾いていて、後ろが沈んでいるように見えます。", "property_at_risk"),
        (
            "倉庫の物品を月末に処分するという通知が来ましたが、支払いは済んでいます。"
            "処分されたら取り返しがつきません。",
            "property_at_risk",
        ),
        ("The fire exit behind screen 2 is blocked by a pile of chairs.", "safety"),
        ("サブスクの料金が5回引き落とされていました。", "money_lost"),
    ],
)
def test_a_consequence_told_as_what_happens_is_high(body: str, code: str) -> None:
    result = triage(body)
    assert result.urgency == "high"
    assert code in [name for name, _ in result.codes]


@pytest.mark.parametrize(
    "body",
    [
        "非常口の場所を教えてください。",
        "不用品の処分もお願いできますか。見積もりをいただけると助かります。",
    ],
)
def test_lookalikes_of_those_consequences_are_not_high(body: str) -> None:
    assert triage(body).urgency != "high"


@pytest.mark.parametrize(
    "body",
    ["先週のワークショップ、とても楽しかったです。", "新メニューのパフェ、最高でした！"],
)
def test_plain_joy_is_positive(body: str) -> None:
    assert triage(body).emotion == "positive"


def test_plain_joy_before_a_but_is_not_positive() -> None:
    assert triage("最高でしたが、帰りのバスが来ませんでした。").emotion != "positive"


def test_the_new_reasons_read_in_either_ui_language() -> None:
    codes = triage("where's my deposit").codes
    assert "money_back" in [name for name, _ in codes]
    japanese = " ".join(render_reasons(codes, "ja"))
    english = " ".join(render_reasons(codes, "en"))
    assert "返金・返品の催促" in japanese and "where's my deposit" in japanese
    assert "demands their money back" in english
