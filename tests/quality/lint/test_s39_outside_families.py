# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 39: the families fresh-eval49 found missing or wrongly flagged, read after its
scoring, each with new sentences written for these tests (none from the set).
condescending — a cause on their side and our fault denied, the contract ended if they do not
comply, "hand over to someone who understands", knowledge or the basics they lack, what they
must have learned; in English told already and not to be told again, "exactly what the
training told them not to do", "not sure what else you expected"; and "you should have it on
Thursday" is a delivery date, not blame. dismissive — a no followed by the paid way
(「有償修理でよろしければ」) and a worry waved aside and settled in the same sentence ("…; it's
free") are answers. unknown — not knowing and asking the customer for what we need is a next
step; "there's no way for us to know" is not knowing. vague — 「可能な範囲で対応します」 and
"cost extra". apology_incomplete — an incident report that never apologises, the slip named in
the apology is not its cause, a visit booked with its day is what was done, and two sentences
on a line saying what was done are a passage, not a mail."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja", subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


@pytest.mark.parametrize(
    "sentence",
    [
        "靴が小さくなったのはお子様の足が伸びたからで、当店の不手際ではございません。",
        "作業手順を守れないようでしたら、今後の出張講習はお断りさせていただきます。",
        "配線図の見方がお分かりでないようでしたら、電気工事の担当の方に代わっていただけますか。",
        "会計の知識がない方にはわかりにくいかもしれませんが、決まりですのでご理解ください。",
        "ピアノの基礎ができていないので、まずは音階練習からやり直してください。",
        "この操作は初回の講座で習っているはずですので、テキストをご確認ください。",
        "マニュアルの3ページを読んでいただければ済む話かと存じます。",
    ],
)
def test_talking_down_in_the_shapes_fresh_eval49_found_is_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "コンクリートの基礎が固まっていないため、設置は来週になります。",
        "専門知識がない方にも分かるよう、図を入れた説明書をお送りします。",
        "ご注文の品は明日の午前中に届く予定です。",
    ],
)
def test_the_same_words_about_things_are_not_condescending(sentence: str) -> None:
    assert "condescending" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We told you at checkout that personalised mugs can't be returned; we're not going to keep explaining it.",
        "The pump failed because your staff ran it dry, which is exactly what the manual told them not to do.",
        "The guide walked the group through the route twice, so I'm not sure what more you expected.",
    ],
)
def test_told_already_and_blamed_in_english_is_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The new charger was posted first class today, so you should have it by Saturday.",
        "You should have a confirmation email within the hour.",
    ],
)
def test_you_should_have_it_by_a_day_is_a_delivery_not_blame(sentence: str) -> None:
    assert "condescending" not in _rules(sentence, "en")


def test_you_should_have_checked_is_still_blame() -> None:
    assert "condescending" in _rules(
        "You should have checked the size chart before ordering.", "en"
    )


def test_a_no_followed_by_the_paid_way_is_an_answer() -> None:
    text = "恐れ入りますが、落下による故障は保証の対象外となります。有償修理でよろしければ、見積りを無料で作成いたします。"
    assert "dismissive" not in _rules(text)
    assert "dismissive" in _rules("恐れ入りますが、落下による故障は保証の対象外となります。")


def test_a_worry_waved_aside_and_settled_at_once_is_an_answer() -> None:
    assert "dismissive" not in _rules(
        "Don't worry about the chipped tile; we'll swap it on Tuesday and it's free of charge.",
        "en",
    )
    assert "dismissive" in _rules("Don't worry about the chipped tile.", "en")


def test_not_knowing_and_asking_for_what_we_need_is_a_next_step() -> None:
    text = "エラーの状況が分からないため、表示された画面の写真を送っていただけますか。"
    assert "unknown_without_followup" not in _rules(text)
    text = "エラーの状況が分からないため、表示された画面を教えていただけますか。"
    assert "unknown_without_followup" not in _rules(text)


def test_no_way_for_us_to_know_is_not_knowing() -> None:
    assert "unknown_without_followup" in _rules(
        "Stock depends on the grower, so there's no way for us to know.", "en"
    )


def test_as_far_as_we_can_and_cost_extra_are_vague() -> None:
    assert "vague" in _rules("納品後の微調整は、できる範囲で対応いたします。")
    assert "vague" in _rules("Custom colours cost extra.", "en")
    assert "vague" not in _rules("Custom colours cost extra: $12 per tin.", "en")
    assert "vague" not in _rules("可能な範囲で、破損箇所の写真を撮っておいていただけますか。")


def test_an_incident_report_that_never_apologises_lacks_the_apology() -> None:
    text = (
        "大西 様\n\n工房ミナトの堀です。\n"
        "お届けした表札の文字が「大四」となっておりました。\n\n"
        "原因は、注文票の手書き文字を職人が読み違えたことでした。\n"
        "再発防止として、彫る前に文字の画像をお客様にお送りし、ご確認いただく手順を加えました。\n"
        "表札は作り直しますので、届け先のご住所に変わりがないかお知らせください。\n\n工房ミナト 堀"
    )
    assert "apology_incomplete" in _rules(text, subject="表札の文字について")


def test_the_slip_named_in_the_apology_is_not_its_cause() -> None:
    text = (
        "株式会社ノア\n総務部 川口様\n\n"
        "10月分の納品書の数量に誤りがあり、大変申し訳ございませんでした。\n\n"
        "正しい数量は240個で、訂正した納品書を本日お送りいたしました。\n"
        "今後はこのようなことがないよう、十分注意いたします。\n\nはなみずき商事 森"
    )
    assert "apology_incomplete" in _rules(text, subject="納品書の数量誤りのお詫び")


def test_a_visit_booked_with_its_day_is_what_was_done() -> None:
    text = (
        "Dear Ms Okafor,\n\n"
        "I'm sorry our technician missed your boiler service on Monday and that you took the morning off for it.\n\n"
        "The job was logged against your old address, which we still had on file from before your move.\n"
        "Our technician, Priya, will come to you on Friday at 9 a.m., and the service won't be charged.\n"
        "From this week every booking is checked against the address on the customer's latest invoice.\n\n"
        "Kind regards,\nDan Rees\nHearth Heating"
    )
    assert "apology_incomplete" not in _rules(text, "en", subject="Missed service visit")


def test_sentences_on_one_line_with_no_subject_are_a_passage() -> None:
    text = "誠に申し訳ございません。領収書の宛名を誤って記載しておりましたので、正しいものを本日発行し、郵送いたしました。"
    assert "apology_incomplete" not in _rules(text)
    # A bare apology as the reply, framed by the addressee, is still named.
    assert "apology_incomplete" in _rules("山田様\n\n申し訳ございません。ご迷惑をおかけしました。")


# fresh-eval50 (scored on 55ea0f9, read after).


@pytest.mark.parametrize(
    "sentence",
    [
        "刃が欠けたのは、講習でご説明した研ぎ方を守っていなかったからだと思います。",
        "傷みが目立ちますので、次回からはもう少し大切に扱ってください。",
    ],
)
def test_what_we_taught_not_kept_and_care_lectured_are_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The zip doesn't just tear like that unless someone's been careless with it.",
        "Turn up on time next time and you won't lose your table.",
    ],
)
def test_careless_someone_and_next_time_you_wont_are_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence, "en")


def test_their_not_knowing_held_against_them_is_not_our_unknown() -> None:
    assert "unknown_without_followup" not in _rules(
        "採寸の仕方がわからないというのは、少し意外でした。"
    )
    assert "unknown_without_followup" not in _rules(
        "Most riders fit the pedals in minutes, so I'm not sure what happened on your side.", "en"
    )


def test_several_visits_and_a_bit_extra_are_vague() -> None:
    assert "vague" in _rules("角質ケアは、何回か通っていただく必要があります。")
    assert "vague" in _rules("Weekend delivery after 5 p.m. costs a little extra.", "en")


def test_not_happening_and_sent_away_are_dismissive() -> None:
    assert "dismissive" in _rules("Exchanges on sale items? Not happening.", "en")
    assert "dismissive" in _rules("かゆみが続くようでしたら、うちではなく皮膚科に行ってください。")
    assert "dismissive" not in _rules(
        "That's not happening again: we've added a second check.", "en"
    )


def test_a_desk_named_by_what_it_does_left_blank_is_a_placeholder() -> None:
    text = "小松様\n\nお見積もりをお送りします。合計32,000円（税別）です。\n\n[会社名] 出張点検受付\n担当 森"
    assert "placeholder_left" in _rules(text, subject="出張点検のお見積もり")


def test_apology_shapes_fresh_eval50_found() -> None:
    # A slip named as a thing that stopped working, with no remedy: incomplete.
    text = (
        "Dear Ms Varga,\n\nWe're sorry the card reader at your stall stopped working halfway through the fair.\n"
        "The reader's battery had not been charged the night before.\n\n"
        "From this week every reader is charged and tested the evening before an event.\n\nKind regards,\nSam"
    )
    assert "apology_incomplete" in _rules(text, "en", subject="Your stall on Saturday")
    # A delay of days said with 遅れてしまい is the incident, and its apology counts.
    text = (
        "吉田様\n\nご注文の「帆布トート キット」は、金具の入荷が遅れているため、4月12日の発送となります。\n"
        "ご案内した発送日より4日遅れてしまい、申し訳ございません。\n"
        "今後は、金具の在庫を確認してから発送日をご案内するよう、注文ページの表示を改めました。\n"
        "4月12日の発送でご都合が悪い場合は、全額を返金いたします。\n\nはりねずみ工房 石井"
    )
    assert "apology_incomplete" not in _rules(text, subject="発送日のお知らせ（4月12日発送）")
    # A scoring slip put right with 登録いたしました, and a checklist item added.
    text = (
        "青木様\n\nボウリングスコアがランキングに載らなかった件、申し訳ございませんでした。\n"
        "当日はサーバーとの通信が途切れておりました。\n"
        "青木様のスコアは本日ランキングに登録いたしました。\n"
        "点検表に通信確認の項目を追加しました。\n\nレーンワン 広瀬"
    )
    assert "apology_incomplete" not in _rules(text, subject="スコアの件")
