# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 45: the families fresh-eval61 found missing, read after its scoring, each with new
sentences written for these tests (none from the set).
vague — a next step that waits on another party (「〜を待ってのご案内となります」), 〜次第 before a
visit or a repair. unknown_without_followup — 「情報は持ち合わせておりません」「まだ本部から知らされて
おりません」, "we don't have any information on when …", "Nobody here knows when …", "too many
factors for us to give you a date". condescending — "not as simple as you think", their
understanding called wrong, harm laid at their door after the fact (not our own "if we had
checked sooner"), "as I explained to you twice", "that's made perfectly clear on every …".
request_without_reason — a reason after a colon counts. placeholder_left — 「【店舗名】での…」 goes on as a
sentence, so the slot is empty. apology_incomplete — a job before that overran and a rule not kept
are a cause; an incident report with no "sorry" owes its apology; "the stain has come back" is a
problem apologised for. Also "a few more days" (vague; "only takes a few more minutes" is not),
"outside what we were hired to do" (dismissive unless a way follows), 「調査を進めているところです」
(unknown unless a date follows), 「そこまでご心配なさらなくても」 (dismissive)."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    "text",
    [
        "ご予約の確定は、ホテルからの回答を待ってのご案内となります。",
        "部品が入り次第、担当者が伺って修理いたします。",
    ],
)
def test_a_step_that_waits_on_another_party_is_vague(text: str) -> None:
    assert "vague" in _rules(text, "ja")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("その型番が取り付けられるかどうかの情報は持ち合わせておりません。", "ja"),
        ("返還の時期は、まだ本部から知らされておりません。", "ja"),
        ("We don't have any information on when the part will ship.", "en"),
        ("Nobody here knows when the lift will be repaired.", "en"),
        ("There are too many factors for us to give you a date.", "en"),
    ],
)
def test_not_knowing_with_no_next_step_is_unknown(text: str, lang: str) -> None:
    assert "unknown_without_followup" in _rules(text, lang)


def test_not_knowing_with_a_date_to_hear_by_is_not_unknown() -> None:
    text = "返還の時期はまだ本部から知らされておりませんが、12月10日までに届く予定で、届き次第その日のうちにお知らせします。"
    assert "unknown_without_followup" not in _rules(text, "ja")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("配線の引き直しは、ご家庭で思っていらっしゃるほど単純な作業ではございません。", "ja"),
        ("どの機種でも使える、というご認識は根本的に誤りです。", "ja"),
        (
            "毎朝の換気をもう少しきちんとされていれば、ここまでカビが広がることはなかったと思われます。",
            "ja",
        ),
        ("As I explained to you twice, the warranty ended in March.", "en"),
        ("Late boarding closes the gate; that's made perfectly clear on every ticket.", "en"),
    ],
)
def test_belittling_blaming_and_told_before_are_condescending(text: str, lang: str) -> None:
    assert "condescending" in _rules(text, lang)


def test_our_own_if_only_is_not_condescending() -> None:
    assert "condescending" not in _rules("弊社がもう少し早く点検していれば防げた漏水でした。", "ja")


def test_a_reason_after_a_colon_is_a_reason() -> None:
    text = "Please leave the meter cupboard unlocked on Thursday: our engineer has to read the dial before the supply is switched back on."
    assert "request_without_reason" not in _rules(text, "en")


def _draft_rules(text: str, lang: str, subject: str) -> set[str]:
    return {f.rule for f in warnings_of(lint(text, lang=lang, subject=subject))}


def test_a_bracketed_slot_going_on_as_a_sentence_is_a_placeholder() -> None:
    text = (
        "森 様\n\nミナト決済サポートです。\n"
        "【店舗名】でのお支払い（11月2日、2,200円）について、返金の処理が完了しました。\n"
        "返金額はアプリの残高に戻っております。\n\nミナト決済サポート\n"
    )
    assert "placeholder_left" in _draft_rules(text, "ja", "返金完了のお知らせ")


def test_a_japanese_apology_whose_cause_is_a_job_overrunning_is_complete() -> None:
    text = (
        "大西 様\n\nさくら設備サービスの岡です。\n"
        "11月8日の点検に、お約束の9時から1時間遅れて伺いました。ご迷惑をおかけし、誠に申し訳ございませんでした。\n\n"
        "前のお客様の現場で作業が長引いたうえ、遅れる際は事前にお電話するという決まりを、担当者が守っておりませんでした。\n"
        "点検は当日中にすべて終え、異常がないことを確認しております。\n\n"
        "今後は、前の現場が30分以上延びた時点で、事務所から次のお客様へ必ずお電話する運用に改めます。\n\n"
        "さくら設備サービス 岡\n"
    )
    assert "apology_incomplete" not in _draft_rules(
        text, "ja", "11月8日の点検の遅れについてのお詫び"
    )


def test_an_incident_report_that_never_says_sorry_is_incomplete() -> None:
    text = (
        "Dear Ms Reyes,\n\n"
        "On Tuesday night the heating in your room stopped. Our engineering team found that a valve had been left half closed after the boiler service.\n\n"
        "You were moved to room 214 within the hour, and the night has been refunded to your card.\n\n"
        "Every valve touched in that service is now being checked before each shift.\n\n"
        "Kind regards,\nSam\n"
    )
    assert "apology_incomplete" in _draft_rules(text, "en", "Your room on Tuesday")


def test_an_apology_for_work_that_did_not_hold_owes_its_cause() -> None:
    text = (
        "Dear Mr Cole,\n\n"
        "I'm very sorry that the damp patch has come back on your bedroom wall only a month after we treated it.\n\n"
        "We've booked a crew for Monday at 9 am to strip and re-treat the wall at no charge.\n\n"
        "Kind regards,\nNina\n"
    )
    assert "apology_incomplete" in _draft_rules(text, "en", "Your bedroom wall")


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        ("We'd need a few more days to go through the file properly.", "en", "vague"),
        ("Damp in the loft is outside what we were hired to do.", "en", "dismissive"),
        (
            "お問い合わせの返金については、決済会社に照会をかけており、現在調査を進めているところです。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "ご家族がそこまでご心配なさらなくても、ご本人おひとりで十分できる手続きです。",
            "ja",
            "dismissive",
        ),
    ],
)
def test_more_shapes_fresh_eval61_found(text: str, lang: str, rule: str) -> None:
    assert rule in _rules(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        ("It only takes a few more minutes to finish the setup.", "en", "vague"),
        (
            "Damp in the loft is outside what we were hired to do, but our partner Dryline can survey it this week on 0161 555 0100.",
            "en",
            "dismissive",
        ),
        (
            "現在確認を進めており、11月20日までに結果をご報告いたします。",
            "ja",
            "unknown_without_followup",
        ),
    ],
)
def test_the_same_shapes_with_what_clears_them(text: str, lang: str, rule: str) -> None:
    assert rule not in _rules(text, lang)
