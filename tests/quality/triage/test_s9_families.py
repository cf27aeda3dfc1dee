"""Session 9 (issue 12): what fresh-eval6's urgency and English emotion errors showed,
fixed as families, each checked here on mails worded for this test."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def _codes(result: object) -> set[str]:
    return {code for code, _ in result.codes}  # type: ignore[attr-defined]


def test_it_reads_what_a_forward_carries() -> None:
    body = (
        "Hi Anna,\n\nSee below from our warehouse.\n\nTom\n\n"
        "---------- Forwarded message ---------\n"
        "From: Lisa Park\nDate: Mon, Mar 2, 2026 at 4:15 PM\nSubject: labels\n\n"
        "Tom, the 400 catalogues you printed for us have the wrong phone number on the back. "
        "They are for tomorrow's show, doors open at 9 a.m.\n"
    )
    result = triage(body, subject="FW: catalogues", use_model=False)
    assert result.urgency == "high"
    assert "cannot_wait" in _codes(result)
    # The forwarded header's "at 4:15 PM" is when it was sent, not time left.
    assert not any("4:15" in quote for _, quote in result.codes)
    # A reply's quoted history is still not read as the customer's new words.
    reply = triage(
        "Thanks, that answers it.\n\n> The trade fair is tomorrow and the labels are wrong!",
        subject="Re: labels",
        use_model=False,
    )
    assert reply.urgency != "high"


def test_it_files_a_question_that_can_wait_as_low() -> None:
    assert (
        triage(
            "来年度の会報誌の送付先を、事務局の住所に変えることはできますか。急ぎではありません。",
            subject="送付先について",
            use_model=False,
        ).urgency
        == "low"
    )
    assert (
        triage(
            "Do you have gift vouchers for the spring classes? No rush, just planning ahead.",
            subject="Vouchers",
            use_model=False,
        ).urgency
        == "low"
    )
    # "No rush" does not make a broken thing, or anger, wait.
    assert (
        triage(
            "No rush, but the invoice PDF in my account won't open since the update, error 0x12.",
            subject="Invoice PDF",
            use_model=False,
        ).urgency
        == "normal"
    )


def test_it_does_not_rank_a_note_that_wants_no_reply_first_unless_someone_is_in_danger() -> None:
    leaving = triage(
        "I've reported the late deliveries several times and nothing improved, so we're moving "
        "our account to another supplier from April. No need to reply.",
        subject="Our account",
        use_model=False,
    )
    assert leaving.urgency == "low"
    assert leaving.emotion == "angry"
    hazard = triage(
        "FYI there is smoke coming from the meter cupboard on the 2nd floor. No need to reply, "
        "I have called the fire brigade.",
        subject="Meter cupboard",
        use_model=False,
    )
    assert hazard.urgency == "high"


def test_it_does_not_take_thanks_for_your_reply_for_thanks() -> None:
    result = triage(
        "Thanks for your reply. You say the delay is normal, but your staff told me it would "
        "ship within two days and I paid for express. I'd like the express fee refunded.",
        subject="Re: Delay",
        use_model=False,
    )
    assert result.urgency != "low"
    assert result.emotion == "angry"
    japanese = triage(
        "ご回答ありがとうございました。しかし、説明と実際の請求額が違うので納得できません。",
        subject="Re: 請求額",
        use_model=False,
    )
    assert japanese.emotion != "positive"
    assert "thanks" not in _codes(japanese)


def test_it_reads_a_child_or_an_animal_shut_in_or_gone_and_a_hot_machine_as_safety() -> None:
    cases = [
        ("車の鍵が車内に閉じ込められてしまい、中に2歳の娘がいます。すぐ来てもらえますか。", "鍵"),
        ("お預けしている犬が散歩中に逃げ出したと連絡がありました。今どうなっていますか。", "犬"),
        ("蓄電池の本体がかなり熱くなっていて、焦げたようなにおいはしませんが心配です。", "蓄電池"),
        ("Our dog got out of your kennel this morning, staff say. Where is he now?", "Dog"),
        ("The charger is hot to the touch and the light is blinking red. Should I unplug it?", "x"),
    ]
    for body, subject in cases:
        result = triage(body, subject=subject, use_model=False)
        assert "safety" in _codes(result), body
        assert result.urgency == "high", body


def test_it_does_not_take_a_business_name_for_someone_locked_in() -> None:
    result = triage(
        "Hey Locked In crew, we loved the pirate room and will be back in spring!",
        subject="Thanks",
        use_model=False,
    )
    assert "safety" not in _codes(result)
    assert result.urgency == "low"


def test_it_reads_english_anger_told_as_the_record_of_a_failure() -> None:
    for body in (
        "You said the engineer would come on Tuesday. Nobody came and I took the day off.",
        "I emailed last week about the broken blind and heard nothing. Please fix it.",
        "The technician never showed up and we were still charged the call-out fee. "
        "Please refund it.",
    ):
        result = triage(body, subject="Visit", use_model=False)
        assert result.emotion == "angry", body
