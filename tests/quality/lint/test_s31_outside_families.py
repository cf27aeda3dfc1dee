"""Session 31 (fresh-eval33, read after its scoring): the families its misses belonged to, and the
lookalikes that must stay clean.

- condescending: a missed step and then a loss in any grammar ("…, your application will be
  rejected", "…, we will treat it as a withdrawal"); what they should have done called the norm
  (「〜いただくのが当然かと」), a reason left hanging that they agreed to it
  (「〜いただいているはずですので。」); "common knowledge", "for anyone who bothers to read it",
  "if you'd stayed, you'd have seen".
- dismissive: an answer withheld (「個別の回答は控えます」), the request called unreasonable
  (「常識的に考えても無理のある」), the customer sent to another shop, what happens after handover
  disclaimed (「〜のことまでは責任を負えません」); "there are other garages in town", "the
  decision stands, and we won't be revisiting it".
- vague: a surcharge without its amount, a threshold nobody states (「数がまとまれば」), "a
  reasonable time".
- unknown_without_followup: the next step tied to an event ("before we start any work") is its when.
- apology_incomplete: "the labels were switched", "entered it as … instead of …" as causes;
  「お振り込みの手続きをいたしました」 as what was done.
The sentences are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "キャンセルの際は、前日までにお電話いただくのが常識かと存じます。",
        "ご利用規約にはご登録の時点で目を通していただいているはずですので。",
    ],
)
def test_condescending_ja_from_fresh_eval33(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "Keeping receipts for a warranty claim is common knowledge.",
        "The size chart is right there on the page for anyone who bothers to check.",
        "If you had waited for the inspection, you would have seen the crack yourself.",
        # A missed step, then a loss in any grammar (the templated corpus's ultimatum family).
        "If you don't send the signed lease by Monday 3 March, your reservation will be rejected.",
        "If you don't confirm your place by noon tomorrow, we will treat it as a cancellation.",
    ],
)
def test_condescending_en_from_fresh_eval33(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "料金の内訳に関する個別の回答は控えさせていただきます。",
        "開封後の返品をご希望というのは、常識的に考えても無理のあるご要望です。",
        "仕上がりにご不満でしたら、ほかの工房をお探しになったほうがよろしいかと存じます。",
        "植え付けた後の生育のことまでは、責任を負いかねます。",
    ],
)
def test_dismissive_ja_from_fresh_eval33(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "If you don't like the quote, there are other garages in town.",
        "We don't carry that brand, so you'll have to look elsewhere.",
        "The grade stands, and we won't be reconsidering it.",
    ],
)
def test_dismissive_en_from_fresh_eval33(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("年末年始のご利用は、通常料金に割増しがつきます。", "ja"),
        ("部品の取り寄せは、数がまとまれば承ります。", "ja"),
        ("The guide will wait for a reasonable time at the meeting point.", "en"),
    ],
)
def test_vague_from_fresh_eval33(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A threshold or a surcharge with its figure; another shop named as a fact, a referral
        # with the list, a quote's validity, an option after "unless you".
        ("年末年始のご利用は、通常料金に3割の割増しがつきます。", "ja"),
        ("部品が5個以上まとまれば、送料無料でお取り寄せします。", "ja"),
        ("他店でお求めになった鞄も、修理をお受けしております。", "ja"),
        (
            "There are other repair shops nearby, and I've listed two below with their numbers.",
            "en",
        ),
        ("Our quote stands for 30 days from today.", "en"),
        ("Parcels we can't deliver go back to the depot unless you choose a pickup point.", "en"),
        ("ご予約は前日までにお電話いただくのが確実です。", "ja"),
        ("If you don't need the spare key, you'll lose nothing by leaving it with us.", "en"),
        ("If you don't receive the code within ten minutes, we will send a new one.", "en"),
    ],
)
def test_lookalikes_stay_clean(rules_in, sentence: str, lang: str) -> None:
    assert not rules_in(sentence, lang=lang) & {"vague", "dismissive", "condescending"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Whether the frame is bent we can't tell until it's off the bike, so we'll call you "
            "with photos before we start any work.",
            "en",
        ),
        (
            "内部まで水が入っているかは分解しないと分からないため、修理前に一度お電話でご説明します。",
            "ja",
        ),
    ],
)
def test_unknown_with_a_step_before_the_work_is_answered(
    rules_in, sentence: str, lang: str
) -> None:
    assert "unknown_without_followup" not in rules_in(sentence, lang=lang)


def test_apology_with_a_switch_as_its_cause_is_complete(rules_in) -> None:
    draft = (
        "I'm sorry: the parcel you received held someone else's order.\n\n"
        "Two orders were packed side by side and the address labels were switched.\n"
        "Your own order went out this morning by express and arrives tomorrow.\n"
        "From now on each parcel is labelled before the next one is packed."
    )
    assert "apology_incomplete" not in rules_in(draft, subject="Sorry about your order", lang="en")


def test_apology_with_a_transfer_arranged_is_complete(rules_in) -> None:
    draft = (
        "田中様\n\n査定額を誤ってお知らせしておりました。大変申し訳ございません。\n"
        "別の型番の価格表を参照してしまったことが原因です。\n"
        "差額の3,200円は、本日お振り込みの手続きをいたしました。\n"
        "今後は、二人で価格表を確認してからお知らせいたします。"
    )
    assert "apology_incomplete" not in rules_in(
        draft, subject="査定額の誤りについてのお詫び", lang="ja"
    )
