"""Session 48 (fresh-eval64, read after its held-out scoring): a third party "taking advice"
after an injury is a legal step; an event "four days from now" is close at hand; a hazard of
last month told as over is no hazard now; quotes the writer will ask competitors for are no
data astray; "is this real or a scam" asks, it does not accuse. The mails are new, written
for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def test_a_third_party_taking_advice_after_an_injury_is_urgent() -> None:
    body = (
        "Hello,\n\nOn Saturday one of our market umbrellas blew over and the pole hit a boy "
        "walking past. He needed two stitches. His mother phoned this morning for our insurer's "
        "name and says they're taking advice. What should we do now?\n\nKofi"
    )
    assert triage(body, subject="Umbrella accident on Saturday").urgency == "high"


def test_an_event_four_days_from_now_held_up_is_urgent() -> None:
    body = (
        "Dear Anna,\n\nThe stage set for our tour is still held at the port because the "
        "paperwork lists the wrong crate count. The first show is on Friday, three days from "
        "now, and the crew need a full day to build it. I don't know if I can sort this myself. "
        "Please tell me what happens next.\n\nLeo"
    )
    assert triage(body, subject="Stage set at the port").urgency == "high"


def test_last_months_leak_told_as_over_is_not_urgent() -> None:
    body = (
        "管理会社　ご担当者様\n\n205号室の者です。"
        "先月の漏水の件、その後壁紙も乾き、部屋はまったく問題ありません。\n火災保険に請求するので、業者の修理報告書の写しを送っていただけますか。\n"
        "今月中に出せれば大丈夫だそうです。"
    )
    assert triage(body, subject="先月の漏水の件").urgency != "high"


def test_quotes_from_competitors_are_no_data_astray() -> None:
    body = (
        "値上げのご案内、拝見しました。事前のご相談もなく一律１５％とは驚きました。\n"
        "他社の見積もりも取らせていただきます。"
    )
    result = triage(body, subject="値上げのご案内について")
    assert not {code for code, _ in result.codes} & {"incident"}


def test_asking_whether_an_invoice_is_a_scam_is_no_legal_threat() -> None:
    body = (
        "Hi,\n\nI paid my membership in March, and today an invoice arrived for another $220 "
        "called 'Band change'. I can't tell if this is real or a scam. Could someone explain it?"
        "\n\nThanks,\nMei"
    )
    result = triage(body, subject="An invoice I didn't expect")
    assert result.urgency != "high"
    assert "legal" not in {code for code, _ in result.codes}
