# Sample mails stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 16: the families fresh-eval13's drafts showed, in domains none of its items used.

- apology_incomplete: a maker's or factory's shortage is a cause given and not ours to prevent
  (「メーカー欠品のため」, "the manufacturer has run out"); an apology for a failure of our
  service named as a noun ("for the two-hour stoppage of the ferry") makes an apology mail;
  prevention as a process changed from a point on ("From the next batch on, we've gone back
  to …").
- purpose_not_upfront: a subject that is only the sender (「〇〇より」, "Acme news"), news of
  ours first and the customer's matter only after 「ところで」/"By the way".
- request_without_reason: the closing formula with ourselves as its object
  (「これからも〇〇工房をよろしくお願いいたします」, "Please continue to choose Acme Bikes")
  asks nothing; a task in the same shape still does.
- dismissive (en): not knowing is no refusal ("we are unable to say whether …"); a refusal
  with a reason and, in the same sentence, what we can do is an answer; advice on the
  customer's next act ("read the rules before entering") is no canned pointer.

The sentences are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, subject: str | None = None, lang: str = "auto") -> set[str]:
    return {finding.rule for finding in lint(text, subject=subject, lang=lang, learned=False)}


SUPPLIER_SHORTAGE_JA = "中村様\n\nいつも森のソファ工房をご利用いただきありがとうございます。\nご注文のダイニングチェアの納品日についてご連絡いたします。\n\n張り地のメーカー欠品のため、納品は11月20日(木)となります。お約束の日に間に合わず、申し訳ございません。\nそれまでの間、同じ高さの貸出用チェアを無料でお届けいたします。\n\n森のソファ工房 岡田\n"
SUPPLIER_SHORTAGE_EN = "Dear Mr. Olsen,\n\nI'm writing about the rear wheel you ordered for your cargo bike (order 7731).\n\nThe manufacturer has run out of this rim size, so your wheel will now arrive on Friday, October 3, not this week. In the meantime we'll lend you a loaner wheel free of charge; just stop by the workshop.\n\nSorry for the wait,\nLena\nSpokes & Co. Bicycle Repair\n"


@pytest.mark.parametrize("draft", [SUPPLIER_SHORTAGE_JA, SUPPLIER_SHORTAGE_EN])
def test_a_makers_shortage_needs_no_prevention_of_ours(draft: str) -> None:
    assert "apology_incomplete" not in _rules(draft, subject="Delivery date")


def test_an_apology_for_our_service_stopping_asks_for_what_was_done() -> None:
    draft = "Dear Ms. Byrne,\n\nWe apologise sincerely for the two-hour stoppage of the 9:40 ferry on Sunday, which left you waiting at the pier.\n\nThe stoppage was caused by a faulty fuel pump on the vessel.\n\nIsland Line Ferries\n"
    assert "apology_incomplete" in _rules(draft, subject="Ferry stoppage on Sunday")


def test_prevention_from_a_point_on_completes_an_english_apology() -> None:
    draft = "Hi Jo,\n\nI'm so sorry your candle order arrived with three cracked jars.\n\nWe found that the new mailer boxes we used in May had no corner inserts, so the jars hit each other in transit. Three replacement candles left our studio today and will reach you on Thursday, June 12. We've refunded the shipping as well.\n\nFrom the next batch on, we've gone back to the boxes with inserts and added a drop test to our packing checks.\n\nBest,\nMara\nWick & Wax Studio\n"
    assert "apology_incomplete" not in _rules(draft, subject="Cracked jars in your order")


NEWS_FIRST_JA = "佐々木様\n\nいつも青空ピアノ調律をご利用いただきありがとうございます。\n今年は調律師が2名増え、土日のご予約枠を広げました。\n秋からは、ご自宅で受けられる弾き方講座も始めております。\n\nところで、お問い合わせの調律の日程につきましては、10月14日(火)の午前でお取りしております。\n\n青空ピアノ調律\n"
NEWS_FIRST_EN = "Dear Mr. Reyes,\n\nGreetings from all of us at Harbour Dog Grooming! Our new salon on Quay Street is now open seven days a week.\n\nThis autumn we're also offering free nail trims for senior dogs.\n\nBy the way, regarding your question about the double-coat trim: Max is booked for Saturday, October 11, at 10 a.m.\n\nHarbour Dog Grooming\n"


@pytest.mark.parametrize(
    ("draft", "subject"),
    [(NEWS_FIRST_JA, "青空ピアノ調律より"), (NEWS_FIRST_EN, "Harbour Grooming news")],
)
def test_our_news_first_and_their_matter_after_by_the_way_is_not_upfront(
    draft: str, subject: str
) -> None:
    assert "purpose_not_upfront" in _rules(draft, subject=subject)


@pytest.mark.parametrize(
    ("draft", "subject"),
    [
        (
            "佐々木様\n\nいつも青空ピアノ調律をご利用いただきありがとうございます。\nお問い合わせの調律の日程につきましては、10月14日(火)の午前でお取りしております。\n当日は1時間ほどで終わります。\n\n青空ピアノ調律\n",
            "青空ピアノ調律より",
        ),
        (
            "Dear Mr. Reyes,\n\nMax is booked for the double-coat trim on Saturday, October 11, at 10 a.m.\n\nThe trim takes about two hours, and we'll text you when he's ready.\n\nHarbour Dog Grooming\n",
            "Harbour Grooming news",
        ),
    ],
)
def test_a_sender_only_subject_is_fine_when_the_answer_comes_first(
    draft: str, subject: str
) -> None:
    assert "purpose_not_upfront" not in _rules(draft, subject=subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "これからも港のパン工房をよろしくお願いいたします。",
        "今後も当ジムをどうぞよろしくお願いいたします。",
        "引き続き当ギャラリーのサービスをよろしくお願いいたします。",
        "来季もみなと釣り船をよろしくお願いします。",
        "Please continue to choose Northside Print Shop for your flyers.",
        "Please keep trusting Maple Lane Bakery with your celebrations!",
    ],
)
def test_a_closing_formula_naming_ourselves_asks_nothing(sentence: str) -> None:
    body = (
        "Your cake is ready for pickup on Friday.\n"
        if sentence.isascii()
        else "ケーキは金曜日にお受け取りいただけます。\n"
    )
    assert "request_without_reason" not in _rules(body + sentence)
    # The learned layer may add a finding only where the rules' reading does not clear it.
    assert "request_without_reason" not in {
        finding.rule for finding in warnings_of(lint(body + sentence))
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "引き続き、申込用紙のご返送をよろしくお願いいたします。",
        "これからも検針票の写真の送付をよろしくお願いいたします。",
        "Please continue to send the signed delivery notes to our office.",
    ],
)
def test_a_task_as_the_closings_object_is_still_a_request(sentence: str) -> None:
    assert "request_without_reason" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are unable to say whether the festival will go ahead in the rain.",
        "We aren't able to tell you yet when the pool will reopen.",
    ],
)
def test_not_knowing_is_no_refusal(sentence: str) -> None:
    assert "dismissive" not in _rules(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Engraved trophies cannot be returned once cut, but we can re-engrave the plate at half price if a name is misspelled.",
        "Our clinic does not board cats over the holidays because the kennel is closed; you can book the partner cattery on Elm Road instead.",
    ],
)
def test_a_refusal_with_its_reason_and_a_way_in_one_sentence_is_an_answer(
    sentence: str,
) -> None:
    # With the learned layer too: a finding the model adds must survive the same reading.
    assert "dismissive" not in {finding.rule for finding in warnings_of(lint(sentence, lang="en"))}
    assert "dismissive" not in _rules(sentence, lang="en")


def test_a_bare_refusal_is_still_dismissive() -> None:
    assert "dismissive" in _rules("We don't offer refunds on opened jigsaw puzzles.", lang="en")


def test_advice_before_the_customers_next_act_is_no_canned_pointer() -> None:
    assert "dismissive" not in _rules("Read the race rules before entering.", lang="en")
    assert "dismissive" in _rules("Please read the FAQ before emailing us.", lang="en")


def test_a_list_of_documents_to_send_is_no_procedure_that_explains_itself() -> None:
    bare = "山本様\n\n奨学金のお申し込みありがとうございます。\nお手数ですが、以下の書類をご提出ください。\n\n・在学証明書\n・世帯の所得証明書\n\nみどり育英会 事務局\n"
    reasoned = "山本様\n\n奨学金のお申し込みありがとうございます。\n貸与額の審査に必要となりますので、お手数ですが、以下の書類をご提出ください。\n\n・在学証明書\n・世帯の所得証明書\n\nみどり育英会 事務局\n"
    assert "request_without_reason" in _rules(bare, subject="奨学金のお申し込みについて")
    assert "request_without_reason" not in _rules(reasoned, subject="奨学金のお申し込みについて")


@pytest.mark.parametrize(
    "sentence",
    [
        "We have no information yet on when the replacement blades will be back in stock.",
        "There is no estimate yet for when the climbing wall will reopen.",
        "At present it is not known when the conductor will return.",
        "When your host farm will be confirmed is up to our partner agency.",
    ],
)
def test_not_knowing_said_as_an_absence_of_news_needs_a_follow_up(sentence: str) -> None:
    assert "unknown_without_followup" in _rules(sentence, lang="en")


def test_an_absence_of_news_with_a_dated_follow_up_is_fine() -> None:
    sentence = "There is no estimate yet for when the climbing wall will reopen, but we will email you by Friday, May 9, with an update."
    assert "unknown_without_followup" not in _rules(sentence, lang="en")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        (
            "木村様\n\n他店でお求めになった自転車の修理は承っておりません。\nなお、当店でお求めいただいた自転車であれば、その日のうちに修理いたします。\n\nサイクル青木\n",
            "ja",
        ),
        (
            "Hi Ann,\n\nWe do not accept skis bought from other shops for servicing.\nFor skis bought from us, we can wax them the same day.\n\nPeak Ski Shop\n",
            "en",
        ),
    ],
)
def test_a_way_only_for_a_case_that_is_not_the_customers_is_no_way(draft: str, lang: str) -> None:
    assert "dismissive" in _rules(draft, subject="Re: repair", lang=lang)


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        (
            "木村様\n\n他店でお求めになった自転車の修理は、部品が手に入らないため承っておりません。\n近くの森サイクルさんでしたら、どのメーカーの修理も受けておられますので、ご案内いたします。\n\nサイクル青木\n",
            "ja",
        ),
        (
            "Hi Ann,\n\nWe do not accept skis bought from other shops for servicing, as we can't get their parts.\nHowever, you can bring them to the Alpine Repair Co-op next door, who fix every brand.\n\nPeak Ski Shop\n",
            "en",
        ),
    ],
)
def test_a_refusal_with_a_reason_and_a_way_for_their_case_is_an_answer(
    draft: str, lang: str
) -> None:
    assert "dismissive" not in _rules(draft, subject="Re: repair", lang=lang)


@pytest.mark.parametrize(
    "line", ["Return deadline: Friday, March 6 (it must reach us by then)", "Check-in time: 3 pm"]
)
def test_a_label_and_its_value_is_no_command(line: str) -> None:
    assert "imperative" not in _rules(line, lang="en")


def test_an_order_before_a_colon_is_still_a_command() -> None:
    assert "imperative" in _rules("Send the invoice: we need it today.", lang="en")


def test_where_to_send_questions_is_an_invitation_not_a_task() -> None:
    assert "request_without_reason" not in _rules(
        "ご質問は組合の窓口（平日10〜16時）までお寄せください。"
    )
    assert "request_without_reason" in _rules("申込書は組合の窓口までお送りください。")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our roasters pick each bag, and most subscribers like trying new origins — that's rather the point of a discovery plan.",
        "Frankly, we hear this a lot from people who don't understand how consignment works.",
        "Anyone who skips a boiler service for three years should expect the pump to fail.",
    ],
)
def test_implied_obviousness_and_lessons_are_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "That is the point where the footpath splits, so keep left there.",
        "Anyone who books before May can choose a window seat.",
    ],
)
def test_the_same_words_without_the_move_are_fine(sentence: str) -> None:
    assert "condescending" not in _rules(sentence, lang="en")
