"""Triage of incoming mail as an agent sees it in the queue."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.quality.triage import render_reasons, triage


def test_it_marks_a_japanese_login_failure_with_a_deadline_high() -> None:
    result = triage("管理画面にログインできません。本日中に請求書を出さないといけません。")
    assert result.urgency == "high"
    assert result.lang == "ja"
    assert any("ログインできない" in reason for reason in result.reasons)


def test_it_marks_a_double_charge_high_in_english_when_the_money_is_needed_now() -> None:
    result = triage(
        "I was charged twice for invoice 10231 and my account is now empty. "
        "My rent goes out tomorrow morning, please refund one of them today."
    )
    assert result.urgency == "high"
    assert result.lang == "en"
    assert any("refund" in reason for reason in result.reasons)


def test_it_leaves_a_plain_refund_request_normal() -> None:
    # A wrong charge is a consequence, but with no time running out it can wait its turn.
    result = triage("I was charged twice for invoice 10231, please refund one of them.")
    assert result.urgency == "normal"


def test_it_ignores_urgent_words_in_our_own_quoted_reply() -> None:
    body = (
        "OK, I'll try again on Monday.\n\n"
        "On Fri, Jun 7, 2024, Support <support@example.com> wrote:\n"
        "> This is urgent and critical: we could not log in to your server.\n"
    )
    assert triage(body).urgency != "high"


def test_it_reads_thanks_after_a_fix_as_positive_and_low() -> None:
    result = triage("返金を確認できました。迅速なご対応ありがとうございました。")
    assert (result.urgency, result.emotion) == ("low", "positive")
    assert not result.terse


def test_it_keeps_a_complaint_that_starts_with_polite_thanks_open() -> None:
    result = triage("ご対応ありがとうございました。しかし、まだログインできません。")
    assert result.urgency != "low"
    assert result.emotion != "positive"


def test_it_does_not_take_not_urgent_for_urgent() -> None:
    assert triage("Not urgent, but it would be nice to have a dark mode.").urgency == "low"
    assert triage("急ぎではありませんが、ダークモードがあると嬉しいです。").urgency == "low"


def test_it_flags_the_one_line_campaign_mail_as_terse_and_angry() -> None:
    # seeds/002: 「キャンペーンの応募ができません！」 — a frustrated person, not a rude one.
    result = triage("キャンペーンの応募ができません！")
    assert result.terse
    assert result.emotion == "angry"


def test_it_does_not_call_a_short_clear_question_terse() -> None:
    assert not triage("サポートの受付時間を教えてください。土日も対応していますか。").terse


def test_it_hears_anxiety() -> None:
    assert (
        triage("設定方法がわからなくて困っています。どうすればよいでしょうか。").emotion
        == "anxious"
    )
    assert triage("I'm worried our customer data was exposed. What should we do?").emotion == (
        "anxious"
    )


def test_it_hears_anger_and_threats() -> None:
    result = triage(
        "いい加減にしてください！！何度問い合わせても返信がない。消費者センターに相談します。"
    )
    assert (result.urgency, result.emotion) == ("high", "angry")


def test_it_treats_a_procedural_cancellation_as_normal_and_a_threat_as_high() -> None:
    assert triage("How do I cancel our subscription? We are closing the shop.").urgency == "normal"
    assert triage("Two outages this week. We will cancel at the end of the month.").urgency == (
        "high"
    )


def test_it_orders_the_queue_high_before_normal_before_low() -> None:
    high = triage("Our site is down since 9am, customers cannot order.")
    normal = triage("Can each agent have their own signature?")
    low = triage("Love the new inbox layout, great job!")
    assert high.score > normal.score > low.score


def test_it_ranks_an_angry_mail_above_a_calm_one_of_the_same_urgency() -> None:
    # (A third request is urgent in itself: escalation after repeated contact.)
    calm = triage("I still have not received the April invoice, could you resend it?")
    angry = triage(
        "This is ridiculous. I asked for the April invoice and it never came. Resend it!!"
    )
    assert calm.urgency == angry.urgency
    assert angry.score > calm.score


def test_it_gives_the_contract_shape() -> None:
    payload = triage("help", subject="Re: login").to_dict()
    assert set(payload) == {"urgency", "emotion", "terse", "score", "reasons", "lang"}
    assert isinstance(payload["reasons"], list) and payload["reasons"]
    assert 0.0 <= payload["score"] <= 1.0


def test_it_reads_the_subject_too() -> None:
    subject = "【至急】サイトが表示されず、注文を受けられません"
    assert triage("お願いします。", subject=subject).urgency == "high"


def test_it_survives_empty_huge_and_binary_text() -> None:
    assert triage("").terse
    assert triage("工場のラインが止まっています。" * 200_000).urgency == "high"
    triage("\x00\x01\ufffd\ud800" * 500)


@settings(max_examples=200, deadline=None)  # about never raising, not timing (shared CI)
@given(st.text(), st.one_of(st.none(), st.text(max_size=50)))
def test_it_never_raises(body: str, subject: str | None) -> None:
    result = triage(body, subject=subject)
    assert result.urgency in ("high", "normal", "low")
    assert result.emotion in ("angry", "anxious", "neutral", "positive")
    assert result.reasons


def test_it_reads_a_consequence_without_urgent_words_as_high() -> None:
    # No 至急, no ASAP: the urgency is in the facts (a child's reaction, a stopped shop).
    rash = triage("昨日処方された薬を飲んだら、息子の顔に発疹が出て少し息苦しそうです。")
    assert rash.urgency == "high"
    assert rash.codes[0][0] == "safety"
    bakery = triage(
        "Power went out at our bakery at 4am. We have 200 orders to bake for a wedding at noon."
    )
    assert bakery.urgency == "high"


def test_it_hears_cold_anger_in_a_polite_ultimatum() -> None:
    result = triage(
        "返金の件、これで３回目のご連絡です。今週中にご回答いただけない場合は、"
        "消費生活センターに相談いたします。"
    )
    assert (result.urgency, result.emotion) == ("high", "angry")
    codes = {code for code, _ in result.codes}
    assert {"escalation", "ultimatum"} & codes


def test_it_hears_fear_asked_as_a_question_in_english() -> None:
    result = triage(
        "A red oil warning light came on while I'm on the motorway. "
        "Is it safe to keep driving 80 miles home?"
    )
    assert result.urgency == "high"
    assert result.emotion == "anxious"


def test_it_renders_reasons_in_the_readers_language_for_a_mail_in_the_other() -> None:
    result = triage("本日15時が申請の締切なのに、署名依頼のリンクが無効と言われます。")
    assert result.lang == "ja"
    english = render_reasons(result.codes, "en")
    assert english and all(reason.isascii() or "「" not in reason for reason in english)
    # 「本日15時」 is quoted once, for the stronger reason (walk 13 F22).
    assert any("deadline" in reason or "little time left" in reason for reason in english)
    # The quoted words stay the customer's own.
    assert any("本日15時" in reason for reason in english)
    japanese = render_reasons(
        triage("The site is down since 9am and no customer can log in today.").codes, "ja"
    )
    assert any("サービスが止まっている" in reason for reason in japanese)


def test_it_never_shows_a_reason_without_words_for_a_family() -> None:
    result = triage("Our payroll for 48 employees was rejected this morning, wages are due today.")
    for code, quote in result.codes:
        if code not in ("terse", "none"):
            assert quote, code


def test_it_judges_a_mail_the_same_with_a_long_log_pasted_under_it() -> None:
    # Triage reads the head of a long mail (the import's hot path): a pasted log under the
    # request changes neither the verdict nor the reasons.
    log = "\n".join(f"2026-11-30 09:{minute:02d}:00 INFO sync job finished" for minute in range(60))
    for body in (
        "本日17時までに請求書を再発行いただけないと、経理の締めに間に合いません。",
        "Thanks, the export works again. No need to reply.",
        "これで3回目の問い合わせです。いつになったら返金されるのですか。",
    ):
        alone = triage(body)
        padded = triage(f"{body}\n\n{log}")
        assert (padded.urgency, padded.emotion, padded.terse) == (
            alone.urgency,
            alone.emotion,
            alone.terse,
        )
        assert padded.codes == alone.codes


def test_it_calls_a_short_question_about_the_writers_unnamed_case_terse() -> None:
    # Which car, which payment? We must ask before we can answer.
    assert triage("is my car ready yet?").terse
    assert triage("did my payment go through? worried it didnt").terse
    # A short general question can be answered as it is.
    assert not triage("Do you open on Saturdays?").terse


def test_it_does_not_read_not_happy_as_happy() -> None:
    result = triage("Not happy. Call me.")
    assert result.emotion != "positive"
    assert result.terse


def test_it_leaves_money_dates_and_past_contact_without_time_pressure_normal() -> None:
    for body in (
        "先月15日に注文した分（注文番号 A-20931、12,800円）の領収書を、"
        "宛名を変えて再発行できますか。"
        "経理への提出は月末で構いません。",
        "Regarding your quote Q-0877 from last month: what would the unit price be for 800 "
        "units? We're not deciding until next month.",
        "I'm moving out of flat 3B at the end of March. When is the deposit usually returned?",
    ):
        assert triage(body).urgency == "normal", body


def test_it_does_not_read_urgency_from_a_replys_subject_or_a_signature() -> None:
    reply = triage(
        "ご回答ありがとうございます。在庫がない件、承知しました。入荷したら連絡をいただけますか。",
        subject="Re: 【至急】在庫確認のお願い",
    )
    assert reply.urgency != "high"
    signed = triage(
        "引っ越しに伴い、ソファを粗大ごみに出したいです。来月でも問題ありません。\n\n"
        "山田 一郎\n緊急連絡先：090-1234-5678"
    )
    assert signed.urgency != "high"


def test_it_files_a_note_that_asks_nothing_as_low() -> None:
    english = triage(
        "Hi Amanda, FYI I've uploaded the October and November bank statements to the "
        "portal. No need to reply. Craig"
    )
    assert english.urgency == "low"
    assert any("no reply needed" in reason for reason in english.reasons)
    japanese = triage("来週から請求書の送付先が経理部に変わります。ご返信は不要です。")
    assert japanese.urgency == "low"
    # A note that also reports trouble with time running out is still urgent.
    assert triage("FYI the whole site is down and no customer can pay today.").urgency == "high"


def test_it_hears_cold_anger_that_cites_their_own_records() -> None:
    result = triage(
        "Your own records show I cancelled the membership on the 3rd. I'm not paying for "
        "a month I did not use. Please remove the charge."
    )
    assert result.emotion == "angry"


def test_it_hears_calm_fear_of_someone_who_does_not_know_what_to_do() -> None:
    result = triage(
        "Our Shinkansen was cancelled and we are stuck in Nagoya. Your tour picks us up "
        "in Kyoto tomorrow at 8:00. I'm not sure what we should do now."
    )
    assert result.emotion == "anxious"


def test_it_reads_a_hazard_told_as_a_scene_as_high() -> None:
    water = triage(
        "Hi, I'm at the storage site now. There's water coming out from under the door of "
        "unit 31 and the corridor floor is wet up to unit 35. Can someone come?"
    )
    assert water.urgency == "high"
    assert any(code == "safety" for code, _ in water.codes)
    smell = triage("今夜、寝室の天井裏から焦げたようなにおいがします。見に来ていただけますか。")
    assert smell.urgency == "high"


def test_it_reads_exclamation_marks_in_a_thank_you_as_joy() -> None:
    happy = triage("Ellie passed her Grade 3 violin with merit!! Thank you for all the patience.")
    assert (happy.urgency, happy.emotion) == ("low", "positive")
    assert triage("また届いていません！！どうなっているんですか！！").emotion == "angry"


def test_it_hears_polite_japanese_cold_anger() -> None:
    result = triage(
        "10月分のご請求に「動画見放題パック」が追加されていますが、申し込んだ覚えはありません。"
        "受付の方にも２回お伝えしましたが、何も変わっていません。"
    )
    assert result.emotion == "angry"
