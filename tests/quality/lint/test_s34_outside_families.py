"""Session 34 (fresh-eval37, read after its scoring): the families its misses belonged to, and
the lookalikes that must stay clean.

- condescending: the customer's care called lacking as the cause (「きちんと乾かさなかったから」),
  the reader lectured that others
  suffer for them (「全員が迷惑します」), "that's normal" said back to their point (「〜とのことで
  すが、…のは当然のことです」), "your own way of using it" to be reviewed; "the mistake is on your
  side", "our system doesn't make mistakes", "do it properly next time".
- dismissive: the complaint set aside as one nobody else makes (「同様のご指摘はございません」),
  a price everyone charges (「どこもこのくらいです」).
- vague: slack on a date after a count (「50枚を超える…少し余裕を」), "at an additional cost",
  "discounts for larger orders".
- imperative: "Re-" verbs, "Let us have your …"; "You must have <done>" is a guess, no order.
- request_without_reason: a deadline of ours ordered with 〜なさい; a purpose said with 〜よう、
  or a symptom in the condition is a reason.
- unknown_without_followup: "isn't something I can comment on"; a quoted 'unknown' and the
  customer's not knowing as a condition (「分からないと作業に入れない」) are not ours.
- purpose_not_upfront: a note (「なお、」) after a news subject, asking by a date; "we need a new
  one before …" after "By the way".
- apology_incomplete: a prevention of ours after "sorry to hear it arrived broken" owes the
  cause; "so the printer received the older version" is one.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("カビが生えたのは、洗った後にきちんと乾かさなかったからだと思われます。", "ja"),
        ("片付けが遅い方がいるとみんなが迷惑しますので、時間内に終えてください。", "ja"),
        ("音が小さいとのことですが、古い機種の音量が小さいのは当然のことです。", "ja"),
        ("まずはお客様の保管方法を見直していただければと思います。", "ja"),
        ("You signed off the layout, so the error is on your side.", "en"),
        ("Our system doesn't make mistakes, so the order must have been placed twice.", "en"),
        ("Fold it correctly next time and it won't tear.", "en"),
    ],
)
def test_condescending_from_fresh_eval37(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("ペット同伴のお客様が多い回をお探しでしたら、土曜朝の回がおすすめです。", "ja"),
        ("初心者の方が多いクラスですので、どうぞ安心してご参加ください。", "ja"),
        ("ご迷惑をおかけしないよう、作業は午前中に終えます。", "ja"),
        ("If the error is on our side, we'll refund the fee in full.", "en"),
        ("Please store it in a cool place so it keeps its shape.", "en"),
    ],
)
def test_lookalikes_are_not_condescending(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" not in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("当店のタオルはすべて国産ですが、これまで同様のご意見は一度もございません。", "ja"),
        ("修理代が高いとのことですが、どこの業者も同じくらいですよ。", "ja"),
    ],
)
def test_dismissive_from_fresh_eval37(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("50枚を超えるご注文の場合は、発送まで少し余裕をいただいております。", "ja"),
        ("Extra copies may be printed at an additional cost.", "en"),
        ("Reductions are offered on larger orders.", "en"),
    ],
)
def test_vague_from_fresh_eval37(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


def test_an_extra_with_its_price_is_not_vague(rules_in) -> None:
    assert "vague" not in rules_in(
        "A second proof is available at an additional cost of £4.", lang="en"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Re-upload the photos at full size; the small ones print blurred.",
        "Let us have your measurements by Monday.",
    ],
)
def test_imperative_from_fresh_eval37(rules_in, sentence: str) -> None:
    assert "imperative" in rules_in(sentence, lang="en")


def test_a_guess_about_the_past_is_no_order(rules_in) -> None:
    found = rules_in("You must have sent it from your work address.", lang="en")
    assert "imperative" not in found


def test_a_deadline_ordered_with_nasai_wants_its_reason(rules_in) -> None:
    found = rules_in("返品は到着から7日前までに申し込みなさい。", lang="ja")
    assert "request_without_reason" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "次回の点検日が分かるよう、マイページでご登録の電話番号をご確認いただけますか。",
        "腫れや発疹が出た場合は塗るのをやめて、医師にご相談ください。",
    ],
)
def test_a_purpose_or_a_symptom_is_the_reason(rules_in, sentence: str) -> None:
    assert "request_without_reason" not in rules_in(sentence, lang="ja")


def test_not_something_i_can_comment_on_is_unknown(rules_in) -> None:
    found = rules_in(
        "Delivery dates for the next batch aren't something we can comment on.", lang="en"
    )
    assert "unknown_without_followup" in found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "The letter came back stamped 'recipient unknown', so could you check the postcode?",
            "en",
        ),
        ("鍵の置き場所が分からないと作業に入れないため、事前にお知らせください。", "ja"),
    ],
)
def test_not_our_unknown(rules_in, sentence: str, lang: str) -> None:
    assert "unknown_without_followup" not in rules_in(sentence, lang=lang)


_NEWS_THEN_NOTE_JA = (
    "山口様\n\n"
    "いつもみどり園をご利用いただき、ありがとうございます。森です。\n"
    "今月から、秋摘みの新茶を詰め合わせにした限定セットの販売を始めました。\n"
    "急須とのセットもご用意しており、贈り物にも好評をいただいております。\n\n"
    "なお、ご登録の口座の振替が先月分から止まっており、今月の定期便をお送りできない状態です。\n"
    "10月20日までに、マイページから新しい口座をご登録いただけますでしょうか。\n\n"
    "みどり園　森\n"
)


def test_a_note_after_news_asking_by_a_date_is_the_point_put_last(rules_in) -> None:
    found = rules_in(_NEWS_THEN_NOTE_JA, subject="みどり園 秋の新茶のご案内", lang="ja")
    assert "purpose_not_upfront" in found


_BY_THE_WAY_EN = (
    "Hi Sam,\n\n"
    "Hope all's well with the club! We've had a busy autumn at Riverside, with twelve new teams "
    "and floodlights on court three at last.\n\n"
    "We're also planning a winter cup in January, so watch this space.\n\n"
    "By the way, your club's first-aid certificate ran out last month, and we need an updated "
    "certificate before your next match on 14 November.\n\n"
    "Cheers,\nAmy\n"
)


def test_by_the_way_we_need_a_new_one_is_the_point_put_last(rules_in) -> None:
    found = rules_in(_BY_THE_WAY_EN, subject="A quick hello from Riverside", lang="en")
    assert "purpose_not_upfront" in found


_SORRY_TO_HEAR_PREVENTION = (
    "Hi Lena,\n\n"
    "I'm sorry to hear two of the mugs in your set arrived broken.\n\n"
    "I've posted two new mugs today by tracked delivery, so they should reach you on Wednesday.\n\n"
    "From Monday, every set will be wrapped twice before it leaves the studio.\n\n"
    "Best,\nTom\n"
)


def test_a_prevention_after_sorry_to_hear_owes_the_cause(rules_in) -> None:
    found = rules_in(_SORRY_TO_HEAR_PREVENTION, subject="Your mugs", lang="en")
    assert "apology_incomplete" in found


_OLD_VERSION_CAUSE = (
    "Dear Priya,\n\n"
    "I'm so sorry the menus for your dinner arrived with last week's prices.\n\n"
    "Our studio sent the file before your final edits were saved, so the printer received the "
    "previous version.\n\n"
    "We reprinted all 60 this morning and they'll be with you by noon tomorrow, at no charge.\n\n"
    "Files now go to the printer only from the approved folder, so this can't happen again.\n\n"
    "Kind regards,\nMark\n"
)


def test_work_from_the_previous_version_is_a_cause(rules_in) -> None:
    found = rules_in(_OLD_VERSION_CAUSE, subject="Menus reprinted - arriving tomorrow", lang="en")
    assert "apology_incomplete" not in found
