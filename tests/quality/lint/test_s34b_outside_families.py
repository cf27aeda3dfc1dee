"""Session 34, second part (fresh-eval38, read after its scoring): the families its misses
belonged to, and the lookalikes that must stay clean.

- condescending: not following the manual named as the cause (「取扱説明書の手順どおりにして
  いないから」), "look properly before you write" (「よく読んで記入してください」), "we'd have liked
  you to read it properly" (「きちんとご確認いただきたかった」), harm called deserved when they
  skipped a step (「〜ずに〜たら、…ても仕方ない」), not knowing met with "first go to …"
  (「分からないなら、まず〜」), guilt (「〜いることもお忘れなく」「安いもので済ませるのは」),
  their word set against ours (「〜とおっしゃいますが、…確かに」), 「ろくな」;
  "Anyone who's … knows",
  "If you … again, we'll have to …".
- dismissive: the matter handed back (「そちらでご判断いただくことになります」), "just ignore it",
  "this isn't something we'd send someone out for".
- imperative: "Stay off / away …"; "Just ignore it".
- vague: a limit passed by 「少し」, "will go up a little from <month>", "as soon as the weather
  allows".
- unknown_without_followup: not the customer's not knowing (「分からないなら」), nor "we can't tell
  until we see it, so could you bring it in".
- request_without_reason: a reason after a colon ("it holds …").
- placeholder_left: the sender's own shop left blank in the self-introduction
  (「[店舗名] …の松田です」).
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("電源が入らないのは、取扱説明書の手順どおりにしていないからだと思います。", "ja"),
        ("記入漏れがあると受け付けできませんので、よく読んで記入してください。", "ja"),
        ("料金表にも書いてありますので、事前にきちんとご確認いただきたかったです。", "ja"),
        ("緩衝材を入れずに送ったら、割れても仕方ないですよ。", "ja"),
        ("使い方が分からないなら、まず説明会に参加してください。", "ja"),
        ("退会はご自由ですが、活動を支えてくれる仲間がいることもお忘れなく。", "ja"),
        ("大切な記念日ですから、安いもので済ませるのはおすすめしません。", "ja"),
        ("届いていないとおっしゃいますが、配送記録では確かにお届け済みです。", "ja"),
        ("その予算ですと、ろくな会場はご用意できません。", "ja"),
        ("Anyone who has owned a bike for a year knows the chain needs oil.", "en"),
        ("If you move the date again, we'll have to charge the full fee.", "en"),
    ],
)
def test_condescending_from_fresh_eval38(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("ご不明な点は、取扱説明書の手順どおりに進めていただければ解決いたします。", "ja"),
        ("お客様がいることを忘れず、丁寧な対応を心がけております。", "ja"),
        ("Anyone who books before Friday gets the early price.", "en"),
        ("If you need to move the date again, we'll happily do that for free.", "en"),
    ],
)
def test_lookalikes_are_not_condescending(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" not in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("会場までの交通手段は、そちらでご判断いただくことになります。", "ja"),
        (
            "Flickering on the display is common after an update, so this isn't something"
            " we'd send a technician out for.",
            "en",
        ),
    ],
)
def test_dismissive_from_fresh_eval38(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    "sentence",
    ["Stay away from the fence until the paint dries.", "Just ignore the red light."],
)
def test_imperative_from_fresh_eval38(rules_in, sentence: str) -> None:
    assert "imperative" in rules_in(sentence, lang="en")


def test_stay_with_us_is_no_order(rules_in) -> None:
    assert "imperative" not in rules_in(
        "Stay with us for three nights and the fourth is free.", lang="en"
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("検査結果は目安を少し上回っていますが、問題のない範囲です。", "ja"),
        ("The monthly fee will go up slightly from June.", "en"),
        ("We'll fit the gate as soon as the ground dries.", "en"),
    ],
)
def test_vague_from_fresh_eval38(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


def test_a_rise_with_its_amount_is_not_vague(rules_in) -> None:
    found = rules_in("The monthly fee will go up slightly from June, to £14.", lang="en")
    assert "vague" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "操作が分からないなら、動画マニュアルもご用意しております。",
        "実物を拝見しないと状態が分からないため、ご都合のよい日にお持ちいただけますか。",
    ],
)
def test_not_our_unknown(rules_in, sentence: str) -> None:
    assert "unknown_without_followup" not in rules_in(sentence, lang="ja")


def test_a_reason_after_a_colon_is_a_reason(rules_in) -> None:
    found = rules_in(
        "Please don't wash the filter: it holds a coating that stops limescale.", lang="en"
    )
    assert "request_without_reason" not in found


_SHOP_SLOT = (
    "高橋様\n\n"
    "[店舗名] 修理受付の森です。\n"
    "お預かりした時計の点検が終わりました。\n"
    "修理代は8,800円で、10日ほどでお返しできます。\n\n"
    "修理受付　森\n"
)


def test_the_senders_shop_left_blank_is_a_placeholder(rules_in) -> None:
    assert "placeholder_left" in rules_in(_SHOP_SLOT, subject="点検結果のご連絡", lang="ja")


# fresh-eval39 (scored once at the end of session 34): a complete apology whose cause "came from"
# a form nobody "read back", whose remedy "went in the post", and whose prevention "fixed the rule
# that caused this", is complete.
_COMPLETE_APOLOGY_EN = (
    "Dear Mr Hale,\n\n"
    "I'm sorry. The plaque we engraved for your bench had the year wrong.\n\n"
    "The error came from our order sheet: the date was copied by hand and nobody read it back "
    "to you.\n\n"
    "A corrected plaque went in the post today, and you should have it by Friday.\n\n"
    "We have fixed the form that caused this, so dates now come straight from your order.\n\n"
    "Kind regards,\nRuth\n"
)


def test_a_complete_apology_in_these_shapes_passes(rules_in) -> None:
    found = rules_in(_COMPLETE_APOLOGY_EN, subject="An apology about your bench plaque", lang="en")
    assert "apology_incomplete" not in found
