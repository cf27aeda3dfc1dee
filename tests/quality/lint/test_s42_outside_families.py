# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 42: the families fresh-eval55 found missing or wrongly flagged, read after its
scoring, each with new sentences written for these tests (none from the set).
condescending — a reproach left trailing (「〜にも書いてあるのですが。」), their neglect suspected as
a question (「〜されていないのでは？」), their own input called insufficient as the cause, "of course
it fails with this" (「これでは〜のは当たり前で」), told to check their own side before writing
again, "With respect, …" opening a correction, "if you actually read it". dismissive — take it or
go elsewhere (「ご納得いただけないのであれば他社を」), and "use it accepting that" is no way out.
unknown_without_followup — 「〜までにご返答します」 is the dated next step. vague — 「定期的に〜して
おります」 with no frequency, "when the schedule frees up". apology_incomplete — a check of the
redone work is not a change for next time; 「〜によって異なります」 is no cause; 「誤りがございました」
is no act; "worked from the old drawing" is a cause and "on all future jobs" a prevention, so such a
report owes the apology. purpose_not_upfront — under a subject that names only the matter ("Your
membership"), the sender's news first and what is wanted "by March 3" last."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja", subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


@pytest.mark.parametrize(
    "text",
    [
        "塗装の手順は、納品時にお渡しした冊子にも記載してあるのですが。",
        "換気扇のフィルター清掃をなさっていないのではないでしょうか？",
        "アラートが届かないのは、通知先メールアドレスのご登録が不十分だったためです。",
        "この設定では予約が入らないのも当然で、ガイドにも枠は広めにと記載しております。",
        "まずはご自身で接続の設定をご確認されてから、改めてご連絡いただければと思います。",
    ],
)
def test_talking_down_in_these_japanese_shapes_is_condescending(text: str) -> None:
    assert "condescending" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "乾燥が不十分だったため、塗膜にむらが出てしまいました。",  # our process, no reader named
        "当店の確認が不十分だったため、別のお色をお送りしてしまいました。",
        "ご不明な点がございましたら、まずは同封のガイドをご覧のうえ、お気軽にお問い合わせください。",
        "お送りした説明書にも記載がございますので、あわせてご覧ください。",
    ],
)
def test_our_own_slip_and_a_helpful_pointer_are_not_condescending(text: str) -> None:
    assert "condescending" not in _rules(text)


def test_take_it_or_go_elsewhere_is_a_brush_off() -> None:
    text = "仕上がりの風合いは職人の手作業によるものですので、ご納得いただけないのであれば他店の商品をお選びください。"
    assert "dismissive" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "With respect, a cast-iron pan was never meant to go in the dishwasher.",
        "The setup guide explains every step, so it would save time if your team actually read it.",
    ],
)
def test_talking_down_in_these_english_shapes_is_condescending(text: str) -> None:
    assert "condescending" in _rules(text, "en")


def test_with_respect_as_a_sign_off_is_not_condescending() -> None:
    text = "Hi Omar,\n\nYour new keys are ready at the front desk.\n\nWith respect,\nDana\n"
    assert "condescending" not in _rules(text, "en")


def test_a_reply_promised_by_a_date_is_the_next_step() -> None:
    text = "給湯器の異音については製造元に確認中で、11月14日までにご返答いたします。"
    assert "unknown_without_followup" not in _rules(text)


def test_regularly_without_how_often_is_vague() -> None:
    assert "vague" in _rules("会員向けの練習メニューは、定期的に見直しております。")
    assert "vague" not in _rules("会員向けの練習メニューは、毎月1日に定期的に見直しております。")
    assert "vague" in _rules("We'll book your trucks in when the workshop frees up.", "en")


def _apology_ja(middle: str) -> str:
    return (
        "田村様\n\n美装ワークスの佐野です。\n"
        "先日張り替えた網戸がすぐに外れてしまったとのこと、ご不便をおかけし誠に申し訳ございません。\n\n"
        + middle
        + "\n\n美装ワークス 佐野\n"
    )


def test_a_check_of_the_redone_work_is_not_a_change_for_next_time() -> None:
    text = _apology_ja(
        "確認したところ、枠の寸法を測り違えていたことが原因でした。\n"
        "昨日伺って網戸を張り直し、仕上がりも職人と私の二人で確認しております。"
    )
    assert "apology_incomplete" in _rules(text, subject="網戸の不具合についてのお詫び")


def test_varies_by_card_company_is_no_cause() -> None:
    text = _apology_ja(
        "本日、差額1,200円の返金手続きをいたしました。反映までの日数はカード会社によって異なります。\n"
        "今後は、請求前に金額を二人で照合する手順を加えます。"
    )
    assert "apology_incomplete" in _rules(text, subject="ご請求額についてのお詫び")


def test_there_was_an_error_is_no_act() -> None:
    text = _apology_ja(
        "お渡しした取付説明書の5ページに誤りがございました。\n"
        "原因は、改訂時に図の番号を確認しなかったことです。\n"
        "今後は、改訂したページを別の担当者が確認する手順といたします。"
    )
    assert "apology_incomplete" in _rules(text, subject="取付説明書の誤りについて")


def test_a_report_of_a_job_done_from_an_old_drawing_owes_the_apology() -> None:
    text = (
        "Hi Marcus,\n\n"
        "This is about the loading-bay markings we painted at your depot on 4 May.\n\n"
        "Your yard manager noticed the bay lines end a metre short of the dock. Our team marked them out from the old drawing, which did not show the extended dock.\n\n"
        "We returned on 7 May and repainted the full length at no cost.\n\n"
        "On all future jobs, our supervisor will check the dock edges with your staff first.\n\n"
        "Priya\nLineRight Markings\n"
    )
    assert "apology_incomplete" in _rules(text, "en", "Loading-bay markings at your depot")


def test_news_first_and_what_is_wanted_by_a_date_last_puts_the_point_off() -> None:
    text = (
        "Hi Leon,\n\n"
        "Thanks for swimming with us this year!\n"
        "Since you joined in January, you've logged 58 lane sessions.\n"
        "We've also opened a second pool on Harbour Road with early lanes from 6 am.\n"
        "And the sauna is now open every evening until 10 pm.\n"
        "Finally, as part of our annual health check, we need you to update your emergency contact in the app by March 3, or your pass will be paused.\n\n"
        "See you in the water,\nTidewater Pools\n"
    )
    assert "purpose_not_upfront" in _rules(text, "en", "Your membership")


def test_the_sender_s_milestone_first_and_the_request_last_puts_the_point_off() -> None:
    text = (
        "株式会社ミナト 川村様\n\n"
        "いつもご利用いただき、ありがとうございます。花みどり便の小野です。\n"
        "おかげさまで、定期便のサービスは今月で10年目に入りました。\n"
        "春からは近隣の農園と組んだ切り花も加わり、受付の皆様にもご好評をいただいております。\n"
        "花器も新しく、陶器の白いタイプをお選びいただけるようになりました。\n"
        "4月の料金改定に伴い、現在の「月2回」のまま続けるか「週1回」に変えるかを、3月15日までにお選びいただく必要がございます。\n\n"
        "花みどり便 小野\n"
    )
    assert "purpose_not_upfront" in _rules(text, subject="Re: お問い合わせ")


def test_their_matter_mended_is_no_pleasantry() -> None:
    text = (
        "株式会社ミナト 川村様\n\n"
        "花みどり便の小野です。\n"
        "おかげさまで、止まっていた配送システムは本日10時に復旧いたしました。\n"
        "遅れていた3日分のお花は、明日の午前中にまとめてお届けします。\n\n"
        "花みどり便 小野\n"
    )
    assert "purpose_not_upfront" not in _rules(text, subject="Re: 配送の遅れについて")


def test_sending_the_repair_to_another_workshop_is_a_brush_off() -> None:
    text = "中古品のため保証の対象外ですので、修理はお近くの時計店にご依頼ください。"
    assert "dismissive" in _rules(text)
    assert "dismissive" not in _rules("年末のご注文は、12月20日までにご依頼ください。")


# fresh-eval56 (scored once on 99811d5, then read): new sentences for the families it missed.


@pytest.mark.parametrize(
    "text",
    [
        "そんな古いカメラを高く引き取ってほしいと言われましても、うちも商売ですので。",
        "木材の基本をご存じであれば、この程度の反りは自然に起こるものだとお分かりいただけるかと存じます。",
    ],
)
def test_fresh56_japanese_talking_down(text: str) -> None:
    assert "condescending" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "So either you or someone with your password booked that class.",
        "The cracking came from the glaze you supplied, so there is nothing for us to redo.",
    ],
)
def test_fresh56_english_blame(text: str) -> None:
    assert "condescending" in _rules(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("会員ランクの決め方については、何もお答えできません。", "ja"),
        ("ベルトの交換の件は、購入されたお店に言ってください。", "ja"),
        ("We don't reprint invitations just because a couple changes their mind.", "en"),
    ],
)
def test_fresh56_brush_offs(text: str, lang: str) -> None:
    assert "dismissive" in _rules(text, lang)


def test_a_not_yet_and_a_wish_sent_to_the_right_party_are_not_brush_offs() -> None:
    assert "dismissive" not in _rules("開催の可否については、現時点では何もお答えできません。")
    assert "dismissive" not in _rules("配達の時間帯を変えたいなら、配送会社に直接言ってください。")


def test_fresh56_vague_amounts_in_english() -> None:
    assert "vague" in _rules("The wool throw does shrink slightly after the first wash.", "en")
    assert "vague" in _rules("Card fees on top-ups are small and change each week.", "en")
    assert "vague" not in _rules("The card fee on top-ups is 1.5%, charged once.", "en")


def test_pick_is_a_bare_command() -> None:
    assert "imperative" in _rules("Pick two colours from the chart and send them back to us.", "en")


def test_no_visibility_into_when_is_an_unknown_without_a_next_step() -> None:
    text = "Hi Jo,\n\nThe refunds for the spring league haven't gone out yet. Accounts runs them and I don't have any visibility into when.\n\nCheers,\nAmir\n"
    assert "unknown_without_followup" in _rules(text, "en", "Re: Refund timing")


def _report_en(middle: str) -> str:
    return (
        "Hi Dana,\n\n"
        "You're right: your card was charged twice for the March box. I've refunded the second charge today.\n\n"
        + middle
        + "\n\nBest,\nLee\n"
    )


def test_a_changed_retry_so_that_it_now_waits_is_the_prevention() -> None:
    text = _report_en(
        "It happened because the payment page timed out and our system retried while the first attempt was still pending. We're sorry about that. Our billing team has changed the retry step so that it now waits for the first attempt to finish."
    )
    assert "apology_incomplete" not in _rules(text, "en", "Refund of the double charge")


def test_see_you_at_the_next_session_is_no_prevention() -> None:
    text = "Hi Megan,\n\nWe're so sorry the pottery class on Friday was cancelled at the last minute.\n\nWe hope to see you at the next session.\n\nRuth\n"
    assert "apology_incomplete" in _rules(text, "en", "Sorry about Friday's class")


def test_a_report_of_a_double_charge_that_never_says_sorry_owes_the_apology() -> None:
    text = (
        "西田様\n\nみどりシェアサイクルの川口です。\n"
        "10月5日のご利用で料金が2回引き落とされていた件、1回分の330円の返金手続きを本日行いました。\n"
        "二重になったのは、返却の途中で通信が途切れ、アプリが決済を再送信したためでした。この不具合は10月9日のアップデートで修正済みです。\n\n"
        "みどりシェアサイクル 川口\n"
    )
    assert "apology_incomplete" in _rules(text, subject="10月5日の二重引き落としの返金について")


def test_a_supplier_s_miscount_is_the_cause() -> None:
    text = (
        "大西様\n\nアトリエ・ナギの井上です。\n"
        "12月3日に予定していたブラインドの取り付けを延期することになり、誠に申し訳ございません。\n"
        "部品の仕入れ先が在庫を数え間違えており、必要な金具が3日までにそろわないことが昨日分かりました。\n"
        "金具は12月8日に入荷することが確定しましたので、取り付けは12月10日（水）10時からでいかがでしょうか。ご都合が合わない場合は、12月11日以降の候補をお送りします。\n"
        "今後は、部品がすべて当社に届いたことを確かめてから、取り付け日をお約束するようにいたします。\n\n"
        "アトリエ・ナギ 井上\n"
    )
    assert "apology_incomplete" not in _rules(text, subject="取り付け日の変更のお詫び")


def test_news_then_what_volunteers_must_attend_puts_the_point_off() -> None:
    text = (
        "Dear members,\n\n"
        "What a season it has been! The spring plant sale raised over £2,000 for the new greenhouse.\n"
        "Thank you to everyone who potted, labelled and served tea.\n"
        "The greenhouse committee is already choosing the benches.\n"
        "Looking ahead, members who signed up to help at the summer show must attend a short safety talk on 12 June at 6 pm in the hall.\n\n"
        "Warm wishes,\nThe Garden Club Committee\n"
    )
    assert "purpose_not_upfront" in _rules(text, "en", "Greetings from the Garden Club")
