"""Session 29 (fresh-eval29 and fresh-eval30, read after their scoring): the families their misses
belonged to, and the lookalikes that must stay clean.

- condescending: how they kept or handled it called bad (「保管の仕方が悪かった」), neglect as the
  cause (「〜を怠ったことによるもの」), our mistake denied (「当店の間違いではございません」),
  「読めばわかります」, 「〜くらいは、ご自身で」, told to keep their children quiet; "only happens
  when the user …", "when it's never oiled", "most owners figure it out", "every other … manages",
  "says quite clearly", "any competent …", "not sure why you're asking". A bare 「〜しなさい」 is
  commanding, not talking down.
- dismissive: the tautology 「直らないものは直りません」, a property given as the whole answer
  (「〜ので、ご理解ください」).
- vague: a price changed "a little", a charge left to a later talk; unknown: "we're not able to
  tell you"; imperative: a verb nobody listed before its object ("Rinse the mould …").
- apology_incomplete and purpose_not_upfront in the English shapes the outside drafts used.
The sentences are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "カビが生えたのは、保管の仕方が悪かったからでしょう。",
        "エンジンの焼き付きはオイル交換を怠ったことによるものです。",
        "お預かり時に伝票を確認しておりますので、当社の間違いではありません。",
        "取扱説明書の3ページを読めばわかります。",
        "電池の交換くらいは、ご自分でなさってください。",
        "ロビーでお子様が走り回らないよう、しっかり見ていてください。",
    ],
)
def test_condescending_ja_from_fresh_eval29_30(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        # A bare order is commanding; outside writers do not call it talking down.
        "申込書に印鑑を押しなさい。",
        # What is "of course" is a charge we do not make.
        "遅れた分の延長料金は、当然いただきません。",
        # Our own handling, owned.
        "当社の梱包の仕方が悪く、輸送中に割れてしまいました。",
    ],
)
def test_condescending_ja_lookalikes_stay_clean(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "A blown fuse like this only happens when the user overloads the socket.",
        "Hinges squeak like that when they're never oiled.",
        "Most owners figure out the timer without having to ring us.",
        "Every other school on the list manages to send its forms on time.",
        "The returns page says quite clearly that sale items are final.",
        "Any experienced cyclist knows to check tyre pressure before a ride.",
        "The opening hours are on the door, so I'm not sure why you're asking.",
        "Make sure your kids stay off the climbing frame during the event.",
    ],
)
def test_condescending_en_from_fresh_eval29_30(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "We only charge a fee when the user asks for a same-day visit.",
        "The label explains clearly how to set the timer, and I've attached a copy.",
    ],
)
def test_condescending_en_lookalikes_stay_clean(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "一度焼けた生地は、何度洗っても戻らないものは戻りません。",
        "木目の出方は一本ずつ異なりますので、ご理解ください。",
    ],
)
def test_dismissive_ja_from_fresh_eval29_30(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "来期から、年会費を若干見直させていただきます。",
        "破損した場合の修理代は、別途ご相談とさせていただきます。",
    ],
)
def test_vague_ja_from_fresh_eval29_30(rules_in, sentence: str) -> None:
    assert "vague" in rules_in(sentence, lang="ja")


def test_we_are_not_able_to_tell_is_unknown_without_followup(rules_in) -> None:
    sentence = "We're not able to tell you how long the glaze takes to settle."
    assert "unknown_without_followup" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    ["Rinse the mould under warm water after each use.", "Fold each napkin along the crease."],
)
def test_a_verb_nobody_listed_before_its_object_is_a_command(rules_in, sentence: str) -> None:
    assert "imperative" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hope the parcel reached you safely.",
        "Let this be a note for next season's bookings.",
        "Had the courier called ahead, the driver would have waited.",
    ],
)
def test_openers_that_are_no_command_stay_clean(rules_in, sentence: str) -> None:
    assert "imperative" not in rules_in(sentence, lang="en")


def test_a_quoted_order_is_not_given(rules_in) -> None:
    sentence = "何とかしろと言われましても、こちらでは対応できません。"
    assert "imperative" not in rules_in(sentence, lang="ja")


_NEWSLETTER_JA = """山田様

みどり農園の佐藤です。
今年は梅雨入りが早く、ブルーベリーの実りが例年より一週間ほど早まりました。
農園の直売所では、ジャムの新しい味も並び始めています。
農園の様子を写真でお届けしますので、どうぞご覧ください。

ところで、6月2日にお送りした定期便が、宛先不明で戻ってまいりました。
お手数ですが、現在のご住所をお知らせいただけますでしょうか。

みどり農園 佐藤
"""

_NEWSLETTER_EN = """Hi Priya,

What a busy month! Our new cutting room opened in Bristol, and orders now leave a day sooner.
We've also added a range of linen aprons, which the brochure shows in every colour.

We also wanted to mention that your direct debit mandate expires this month, and your next
order on the 20th will fail unless it's renewed.

Best,
Lena
"""


def test_a_newsletter_issue_subject_names_nothing_wanted(rules_in) -> None:
    found = rules_in(_NEWSLETTER_JA, subject="みどり農園だより 盛夏号", lang="ja")
    assert "purpose_not_upfront" in found


def test_a_quick_note_from_the_sender_names_nothing_wanted(rules_in) -> None:
    found = rules_in(_NEWSLETTER_EN, subject="Quick note from Loomhouse", lang="en")
    assert "purpose_not_upfront" in found


_APOLOGY_EN_COMPLETE = """Dear Mr Patel,

I'm sorry that your lesson on Saturday started forty minutes late.

Our minibus broke down on the ring road, and the spare driver was not told.
Our instructor came to your house on Sunday to run the missed lesson, and I've taken the fee
off this month's bill.
When a vehicle is swapped now, the office has to phone every pupil on its route.

Kind regards,
Dana
"""


def test_an_english_apology_with_all_four_parts_passes(rules_in) -> None:
    found = rules_in(_APOLOGY_EN_COMPLETE, subject="Saturday's lesson", lang="en")
    assert "apology_incomplete" not in found
