"""Session 33 (fresh-eval35, read after its scoring): the families its misses belonged to, and the
lookalikes that must stay clean.

- dismissive: "isn't really something we deal with / can be blamed for"; a no that recommends
  where to go (「〜へのご相談をおすすめします」) gives a way; a no because someone is away
  (「担当が不在のためお答えできません」) is a "not yet", not a brush-off.
- condescending: the fault put in the customer's own device as a question (「お使いのスマートフォン
  の設定のせいではないでしょうか」), their handling named as the cause before our part is denied;
  "not sure why you're surprised"; but "you should have been told" is what we owed them.
- unknown_without_followup: 「調査中は」 is a time, not an investigation under way; a detail
  withheld for a stated reason (「防犯上お伝えできません」) is not unknown; "my last email was
  unclear" owns our wording.
- vague: "a later coat of varnish" names no time.
- apology_incomplete (en): a step skipped and what it led to, nobody checking, work from an old
  version as causes; "we have now set …", "a second person checks" as prevention.
- purpose_not_upfront: a subject ending in a time (「〜10時から」) is not a sender's name.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Whether the neighbours like the colour isn't really something we deal with.", "en"),
        ("A delay caused by the snow isn't something we can be blamed for.", "en"),
    ],
)
def test_dismissive_from_fresh_eval35(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


def test_a_no_that_recommends_where_to_go_gives_a_way(rules_in) -> None:
    found = rules_in(
        "当店では骨董品の買い取りは行っておりません。価値については、古美術商への査定のご依頼を"
        "おすすめします。",
        lang="ja",
    )
    assert "dismissive" not in found


def test_a_no_because_someone_is_away_is_a_not_yet(rules_in) -> None:
    found = rules_in(
        "工期の詳細につきましては、現場監督が休暇中のためお答えできません。", lang="ja"
    )
    assert "dismissive" not in found
    assert "unknown_without_followup" in found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("音が小さいとのことですが、お使いのスマートフォンの設定のせいではないでしょうか。", "ja"),
        ("型崩れは乾燥機にかけられたからですので、当店の落ち度ではございません。", "ja"),
        ("You booked the economy option, so I'm not sure why you're upset it took a week.", "en"),
    ],
)
def test_condescending_from_fresh_eval35(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "rule"),
    [
        (
            "お使いのプリンターの不具合かと存じますので、代わりの機械をお送りします。",
            "ja",
            "condescending",
        ),
        (
            "I'm sorry the March clean-out was skipped; you should have been told the same day.",
            "en",
            "condescending",
        ),
        (
            "調査中は、いつもどおりの時間にご帰宅いただけますでしょうか。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "作業員の名前は防犯上お伝えできませんが、連絡は私がすべて承ります。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "Apologies, my last email was unclear: the deposit is £50 per room, not per night.",
            "en",
            "unknown_without_followup",
        ),
        (
            "Under the grime we found a later coat of varnish, which we'll discuss with you.",
            "en",
            "vague",
        ),
    ],
)
def test_lookalikes_from_fresh_eval35_stay_clean(
    rules_in, sentence: str, lang: str, rule: str
) -> None:
    assert rule not in rules_in(sentence, lang=lang)


def test_you_should_have_been_more_careful_still_talks_down(rules_in) -> None:
    assert "condescending" in rules_in("You should have been more careful with the box.", lang="en")


_SKIPPED_STEP_EN = (
    "Dear Ms Hart,\n\n"
    "I'm sorry the carpet in your hallway was left wet after Thursday's clean, and sorry too that "
    "it was our fault.\n"
    "Our technician didn't run the drying fan after rinsing, so the pile stayed damp overnight.\n"
    "We came back on Friday, dried it fully and treated it against mould at no charge.\n"
    "From this week, every job ends with a moisture reading that the technician photographs.\n\n"
    "Kind regards,\nPaul\nBrightway Carpet Care"
)

_NOBODY_CHECKED_EN = (
    "Hi Dana,\n\n"
    "I'm sorry: the brochure we printed for you used last year's price list.\n"
    "Our designer worked from an outdated template, and nobody on our side checked the prices "
    "against your new sheet before printing.\n"
    "We have reprinted all 500 copies with the right prices, and they will reach you on Tuesday.\n"
    "We have now set up a proof step where a second person compares every price with the "
    "client's latest sheet.\n\n"
    "Best,\nLeo\nInkwell Print"
)


@pytest.mark.parametrize("draft", [_SKIPPED_STEP_EN, _NOBODY_CHECKED_EN])
def test_a_complete_english_apology_is_not_flagged(rules_in, draft: str) -> None:
    assert "apology_incomplete" not in rules_in(draft, subject="Our apology", lang="en")


_TIME_IN_SUBJECT_JA = (
    "森様\n\n青葉リフォームの川口です。\n"
    "浴室の手すり取り付けを、5月20日（水）10時から行う予定で準備しております。"
    "この日時でよろしいか、ご返信いただけますでしょうか。\n"
    "作業は1時間ほどで、その間は浴室をお使いいただけません。\n"
    "費用はお見積りどおり税込み12,100円です。\n\n青葉リフォーム 川口"
)


def test_a_subject_ending_in_a_time_states_its_topic(rules_in) -> None:
    found = rules_in(
        _TIME_IN_SUBJECT_JA, subject="工事日のご確認：5月20日（水）10時から", lang="ja"
    )
    assert "purpose_not_upfront" not in found
