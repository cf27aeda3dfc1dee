"""Session 37 (fresh-eval46, read after its scoring): a lorry's reversing alarm heard from
next door is noise, not a hazard; "not mine" about something other than an account or a
charge is no fraud.
The mails are new, written for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def test_a_reversing_alarm_next_door_is_no_hazard() -> None:
    body = (
        "隣の区画で工事をされている件です。\n"
        "毎朝6時半ごろから、ダンプのバックの警告音が何度も鳴っていて目が覚めてしまいます。\n"
        "作業の開始時刻を守っていただけないでしょうか。"
    )
    assert triage(body, subject="早朝の騒音について").urgency != "high"


def test_not_mine_about_a_train_is_no_fraud() -> None:
    body = (
        "Your leaflet says the 08:10 is the quietest service of the morning.\n"
        "Whichever train that describes, it's not mine: I stand every day from the first stop.\n"
        "Could you add a carriage?"
    )
    assert triage(body, subject="Crowding on the 08:10").urgency != "high"


def test_a_charge_that_is_not_mine_is_still_fraud() -> None:
    body = (
        "There's a payment of £212.40 on my card statement from your shop that is not mine.\n"
        "I've never ordered from you. Please tell me what it was for."
    )
    assert triage(body, subject="Payment I don't recognise").urgency == "high"


def test_a_child_crying_at_a_party_is_no_child_shut_in() -> None:
    body = (
        "入学祝いに注文した名入れのマグカップですが、名前の漢字が違っていました。\n"
        "お祝いの会の最中に気づき、息子はがっかりしていました。\n"
        "注文フォームには正しく入力したはずです。"
    )
    assert triage(body, subject="名入れの間違い").urgency != "high"
