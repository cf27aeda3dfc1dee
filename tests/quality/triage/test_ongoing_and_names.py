"""Two misreadings left by session 5 (issue 12): "since this morning" read as time left,
and Sue the person read as a threat to sue."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def _codes(result: object) -> set[str]:
    return {code for code, _ in result.codes}  # type: ignore[attr-defined]


def test_it_does_not_read_since_this_morning_as_time_left() -> None:
    result = triage(
        "The printer in room 3 has been showing a paper jam since this morning. "
        "Could someone take a look when convenient?",
        subject="Printer",
        use_model=False,
    )
    assert result.urgency == "normal"
    assert "time_near" not in _codes(result)


def test_it_reads_trouble_running_since_this_morning_with_a_consequence_as_urgent() -> None:
    result = triage(
        "Since this morning we can't log into the warehouse system, so no pick lists "
        "can be released.",
        subject="WMS login",
        use_model=False,
    )
    assert result.urgency == "high"
    assert "ongoing" in _codes(result)
    japanese = triage(
        "今朝9時から倉庫システムにログインできず、出荷指示が一件も出せません。",
        subject="倉庫システム",
        use_model=False,
    )
    assert japanese.urgency == "high"


def test_it_reads_this_morning_as_time_left_when_nothing_says_since() -> None:
    result = triage(
        "Please call me this morning about the boiler, it is leaking onto the floor.",
        use_model=False,
    )
    assert result.urgency == "high"
    assert ("time_near", "this morning") in result.codes


def test_it_does_not_take_sue_signing_off_for_a_legal_threat() -> None:
    signed = triage(
        "Hello,\n\nWe are booked for 2 June (booking 66102). One of us is vegetarian. "
        "No rush on a reply.\n\nThanks,\nSue",
        subject="Vegetarian dinner",
        use_model=False,
    )
    introduced = triage("Sue here from accounts. Could you resend invoice 4471?", use_model=False)
    assert "legal" not in _codes(signed) | _codes(introduced)
    assert signed.urgency != "high" and introduced.urgency != "high"


def test_it_still_reads_a_threat_to_sue_as_legal() -> None:
    for text in (
        "If the refund is not paid by Friday we will sue.",
        "I am going to sue your company over this.",
        "We are suing for the lost stock.",
    ):
        assert "legal" in _codes(triage(text, use_model=False)), text


def test_it_does_not_read_a_start_tomorrow_morning_as_trouble_running_since_this_morning() -> None:
    # The walk's mail (session 8): a delivery that starts tomorrow is not a problem that
    # has run since this morning.
    result = triage(
        "明日の朝から新刊案内の配信を始めたいのですが、設定画面でエラーが出て保存できません。",
        subject="配信設定",
        use_model=False,
    )
    assert "ongoing" not in _codes(result)
    assert not any("朝から" in quote for code, quote in result.codes if code == "ongoing")
    running = triage(
        "朝から倉庫システムにログインできず、出荷指示が一件も出せません。",
        subject="倉庫システム",
        use_model=False,
    )
    assert "ongoing" in _codes(running)
