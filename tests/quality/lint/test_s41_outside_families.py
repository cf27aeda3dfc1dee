# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 41: the families fresh-eval53 found missing or wrongly flagged, read after its
scoring, each with new sentences written for these tests (none from the set).
placeholder_left — a template's role word in brackets left in the subject ("[Venue]",
"[Municipality]"); a Markdown link's text is no blank. apology_incomplete — "her train was
cancelled" is a cause, not what we did; "happened at our depot" is a cause and "parcels now go
…" a change, so a report that never says sorry still owes the apology. purpose_not_upfront —
"we need the signed form from you" only after the sender's news. dismissive — what cannot be
undone answered with 「ご了承ください」 alone, 「〜は事務局の仕事ではありません」, "isn't worth
arguing about". condescending — the reader's people's attitude named as the cause,
「そうでなければ、〜はお約束できかねます」, "as our records make perfectly clear".
unknown_without_followup — withheld without the person's consent is a no with its why; "we'll
give you an estimate after … on 14 March" is the next step with its date; "tell us and we'll
ask …" is a fallback, not a query passed on. request_without_reason — 「そうでなければ、…できかねます」
after the request is its reason. vague — 「追加費用が少し」 after 「3回を超える場合は」 (a count that
says which case, not how much)."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja", subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


def test_a_role_word_in_brackets_left_in_the_subject_is_a_blank() -> None:
    body = "Hi Priya,\n\nYour tickets for Saturday are attached.\n\nBest,\nBox Office\n"
    assert "placeholder_left" in _rules(body, "en", "Your seats at [Venue] are confirmed")
    assert "placeholder_left" not in _rules(body, "en", "[External] Your seats are confirmed")


def test_a_markdown_link_is_not_a_blank() -> None:
    text = "Hi Priya,\n\nYou can pick a time on [our shop](https://example.com/book) page.\n\nBest,\nBox Office\n"
    assert "placeholder_left" not in _rules(text, "en")


def test_a_cancelled_train_is_the_cause_not_what_was_done() -> None:
    text = (
        "Dear Mr Okafor,\n\n"
        "We're sorry the tasting evening began an hour late on Friday.\n\n"
        "Our host's train from Leeds was cancelled and she had to wait for the next one.\n\n"
        "From now on, hosts travelling by rail will arrive the evening before.\n\n"
        "Kind regards,\nRuth\n"
    )
    assert "apology_incomplete" in _rules(text, "en", "Apology for Friday's late start")


def test_an_incident_report_that_never_says_sorry_owes_the_apology() -> None:
    text = (
        "Dear Ms Varga,\n\n"
        "We've looked at the dent in the lid of your piano, collected on 3 June.\n\n"
        "The dent happened at our Leicester store, where the piano was left beside a forklift lane.\n\n"
        "We've booked a restorer to repair it at your home on 12 June, at our cost.\n\n"
        "Instruments now wait in a closed bay away from the forklift lanes.\n\n"
        "Regards,\nTom\n"
    )
    assert "apology_incomplete" in _rules(text, "en", "About the dent in your piano")


def test_what_we_need_from_them_after_the_sender_s_news_is_put_off() -> None:
    text = (
        "Dear Mr Sato,\n\n"
        "Spring has arrived at Hillside Swim School, and our new teaching pool opened last week.\n\n"
        "Our Saturday family sessions are back too, with two new coaches from the county team.\n\n"
        "Before Kenta's first lesson on Tuesday, we need the medical form from his starter pack.\n\n"
        "Warm wishes,\nHillside Swim School\n"
    )
    assert "purpose_not_upfront" in _rules(text, "en", "News from Hillside Swim School")


@pytest.mark.parametrize(
    "sentence",
    [
        "削除したデータは元に戻せませんので、ご了承ください。",
        "お気持ちは分かりますが、そこまでの調整は当社の仕事ではありません。",
    ],
)
def test_a_no_left_as_the_whole_answer_is_dismissive(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


def test_a_no_with_what_we_can_make_instead_is_clean() -> None:
    text = (
        "印刷済みの名刺は元に戻せませんので、ご了承ください。ただし、修正版を無料でお作りします。"
    )
    assert "dismissive" not in _rules(text)


def test_not_worth_arguing_about_is_dismissive_and_talks_down() -> None:
    rules = _rules(
        "The scuff was on the case when you dropped it off, as our records make perfectly clear, so it isn't worth arguing about.",
        "en",
    )
    assert {"condescending", "dismissive"} <= rules


@pytest.mark.parametrize(
    "sentence",
    [
        "作品の仕上がりが揃わなかったのは、生徒の皆様の集中力不足もあったかと存じます。",
        "原稿は期日までに必ずお送りください。そうでなければ、発売日はお約束できかねます。",
    ],
)
def test_their_people_s_attitude_and_an_otherwise_are_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "生徒の皆様の集中力の高さに、講師一同驚いております。",
        "お客様がいることを忘れず、丁寧な対応を心がけております。",
    ],
)
def test_praise_of_their_people_and_our_own_practice_are_clean(sentence: str) -> None:
    assert "condescending" not in _rules(sentence)


def test_withheld_without_consent_is_not_a_gap_in_what_we_know() -> None:
    text = "ご本人の同意なく住所はお伝えできないため、よろしければ当会からその方へお手紙をお送りいたします。"
    assert "unknown_without_followup" not in _rules(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "We can't say yet how long the repair will take; after the strip-down on 9 April we'll give you an estimate in writing.",
        "The council posted your permit on 3 May, so it should reach you by the 8th; if it hasn't, tell us and we'll ask the council to resend it.",
    ],
)
def test_a_dated_next_step_or_a_fallback_is_not_an_open_unknown(sentence: str) -> None:
    assert "unknown_without_followup" not in _rules(sentence, "en")


def test_a_query_passed_on_with_no_date_is_still_unknown() -> None:
    assert "unknown_without_followup" in _rules("We'll ask the warehouse about it.", "en")


def test_what_follows_if_not_done_is_the_request_s_reason_however_curt() -> None:
    rules = _rules(
        "校正は金曜までに必ずお戻しください。そうでなければ、発売日はお約束できかねます。"
    )
    assert "request_without_reason" not in rules
    assert "condescending" in rules


def test_a_little_extra_cost_past_a_number_of_rounds_is_vague() -> None:
    assert "vague" in _rules("撮り直しが2回を超える場合は、追加料金が少し発生します。")
    assert "vague" not in _rules(
        "撮り直しが2回を超える場合は、1回につき8,000円の追加料金が発生します。"
    )


# fresh-eval54 (scored once on 226d025, then read).


@pytest.mark.parametrize(
    "sentence",
    [
        "コードの抜けにつきましては、扱い方の問題もございますので。",
        "そもそもあの古い機種で最新のアプリをお使いになるのが間違いです。",
        "ここはホテルではありませんので、その点を十分ご理解のうえでご予約ください。",
        "新人の研修中ですので、多少の行き違いは大目に見ていただかないと。",
        "電池の交換は、説明書どおりにやれば誰でもできます。",
        "山小屋に暖房がないのは当たり前のことですので。",
        "お問い合わせの前に、まずマニュアルを最初から読み直しなさい。",
    ],
)
def test_fresh_eval54_talking_down_in_japanese(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ご不便をおかけした点は当社の問題であり、深くお詫び申し上げます。",
        "説明書どおりに操作しても動かない場合は、無料で点検いたします。",
        "お問い合わせの前にFAQをご覧いただくと、早く解決する場合もございます。",
    ],
)
def test_fresh_eval54_lookalikes_stay_clean(sentence: str) -> None:
    assert "condescending" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "振込が反映されない件は銀行側の処理となりますので、当社では分かりません。",
        "歩数の表示はあくまで目安ですので、お気になさらず。",
    ],
)
def test_fresh_eval54_brushed_aside_in_japanese(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The label was printed from your file, so the misprint is on your side, not ours.",
        "Overloading the trailer voids the cover, which your driver should have known.",
    ],
)
def test_fresh_eval54_blame_in_english(sentence: str) -> None:
    assert "condescending" in _rules(sentence, "en")


def test_a_compound_verb_is_a_command_and_two_nouns_before_their_verb_are_not() -> None:
    assert "imperative" in _rules("Hard-reset the router and wait two minutes.", "en")
    assert "imperative" not in _rules("Wear and tear isn't covered by the guarantee.", "en")
    assert "imperative" not in _rules("Outside the guarantee a new strap costs $12.", "en")


def test_sorry_why_and_what_was_done_without_prevention_is_incomplete() -> None:
    text = (
        "田中様\n\n北斗ガス お客様センターです。\n"
        "11月分のご請求で、検針値を二重に計上し、大変申し訳ございません。\n"
        "原因は、検針データの取り込みを担当者が2回実行してしまったことでした。\n"
        "差額の2,480円は、本日ご登録の口座へ返金いたしました。\n\n北斗ガス お客様センター\n"
    )
    assert "apology_incomplete" in _rules(text, subject="11月分のご請求について")


def test_a_bug_fixed_and_not_seen_since_is_the_prevention() -> None:
    text = (
        "田中様\n\n北斗ガス アプリ事務局です。\n"
        "11月20日にアプリで明細が表示されなかった件は、システムの不具合が原因でした。\n"
        "明細をご覧いただけない状態が続き、大変申し訳ありませんでした。\n"
        "明細は本日から表示されるようになりました。\n"
        "この不具合は11月21日の更新で修正済みで、それ以降は発生しておりません。\n\n北斗ガス アプリ事務局\n"
    )
    assert "apology_incomplete" not in _rules(text, subject="明細表示について")


def test_a_request_after_small_talk_under_a_thank_you_subject_is_put_off() -> None:
    text = (
        "佐藤様\n\nあおば英会話の森です。いつもご受講いただきありがとうございます。\n"
        "朝晩すっかり冷え込むようになりましたね。\n"
        "冬はのどを痛めやすいので、レッスン前に温かいお茶を飲むのがおすすめです。\n"
        "年末は教室も少しにぎやかになります。\n\n"
        "ところで、12月分の受講料のお引き落としができておりませんでした。12月15日までにお振り込みいただけますか。\n\n"
        "あおば英会話 森\n"
    )
    assert "purpose_not_upfront" in _rules(text, subject="いつもありがとうございます")


@pytest.mark.parametrize(
    "sentence",
    [
        "初めてのことでご不安に思われるのは当たり前のことです。",
        "急なご連絡で驚かれるのも無理もないことと存じます。",
    ],
)
def test_their_feeling_called_natural_is_empathy(sentence: str) -> None:
    assert not _rules(sentence) & {"condescending", "dismissive"}


def test_their_feeling_called_natural_before_a_no_is_still_a_no() -> None:
    assert "dismissive" in _rules("ご不安になるのは当然ですが、返金はいたしかねます。")
