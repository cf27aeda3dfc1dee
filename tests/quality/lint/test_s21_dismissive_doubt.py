# Sample sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 21: dismissive's doubt family and naming both when a brush-off also talks down.

fresh-eval18 (written with no sight of the rules) found dismissive 8 of 20 in Japanese and 2 of
10 in English. Of the 13 Japanese misses, 5 were a family nobody had listed — the problem itself
doubted (「気のせいではないでしょうか」「感じ方の問題」「お客様だけです」「作業前からあった」) —
and 8 were reported as condescending only, because a sentence that was both was named once.

The sentences are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str, lang: str = "auto", learned: bool = False) -> set[str]:
    return {
        finding.rule
        for finding in lint(text, lang=lang, learned=learned)
        if finding.severity != "hint"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "水の味が変わったとのことですが、おそらく気のせいだと思います。",
        "音が大きいというご意見は、人それぞれの感覚の違いかと存じます。",
        "この程度の色むらをご指摘になるのはお客様ぐらいです。",
        "他の生徒さんは皆さん問題なく受講されています。",
        "床のへこみは弊社の搬入前からあったものと考えております。",
        "最初は硬く感じますが、慣れれば気にならなくなります。",
        "施工の段取りについては、口を挟まないでいただきたく存じます。",
    ],
)
def test_japanese_doubt_that_the_problem_is_real_is_dismissive(sentence: str) -> None:
    assert "dismissive" in _rules(sentence, "ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody else has complained about the new saddles.",
        "The dent in the door frame was already there before our crew arrived.",
        "The hum is barely audible; honestly, it's all in your head.",
        "Hail is an act of nature, so we're not discussing compensation.",
        "What the previous installer promised isn't really our concern.",
    ],
)
def test_english_doubt_and_refusing_to_discuss_are_dismissive(sentence: str) -> None:
    assert "dismissive" in _rules(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("床のへこみが搬入前からあったものかどうか、お写真を拝見して確認いたします。", "ja"),
        ("他のお客様からも同じご報告をいただいており、原因を調べております。", "ja"),
        (
            "最初は硬く感じますが、慣れれば気にならなくなります。合わない場合は無料で交換いたしますので、お電話ください。",
            "ja",
        ),
        (
            "We checked our photos from the survey, and the dent was already there before our crew arrived; we've still sent a carpenter to fix it at no charge.",
            "en",
        ),
        ("Other customers have reported the same hum, and we are testing a fix this week.", "en"),
    ],
)
def test_doubt_answered_or_checked_is_not_dismissive(sentence: str, lang: str) -> None:
    assert "dismissive" not in _rules(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("配送の遅れは運送会社の責任ですので、当店に言われても困ります。", "ja"),
        ("何度ご連絡いただいても、結論は変わりません。", "ja"),
    ],
)
def test_a_brush_off_that_also_talks_down_is_named_as_both(sentence: str, lang: str) -> None:
    found = _rules(sentence, lang, learned=True)
    assert {"dismissive", "condescending"} <= found, found
