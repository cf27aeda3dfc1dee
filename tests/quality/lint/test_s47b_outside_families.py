# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 47, families fresh-eval63 showed (read after its held-out scoring).
unknown_without_followup — knowing said to be out of reach: 「見当のつけようがございません」
「もう追いようがない」「こちらからは見えない仕組み」「つかみきれておりません」, "is frankly beyond us",
"something we simply can't establish", "one of life's little mysteries", "couldn't put a number on it".
condescending — blame told as a recital (what we asked, then what they did; their act as it
stands in our records), their own attempt called too hard, an earlier answer as the whole answer,
what any one of their trade should do, "that probably tells you something", "As the letter said".
vague — 「例年どおりのスケジュールで」「一定の期間を空けて」, "once it has propagated", "in line
with the new pricing". Clean neighbours: our own writing owned as hard to follow, a past request
reported, a reason after a dash, "as soon as someone starts typing", a class offered as the way
there, a way named with 「〜形でご対応いただけます」. Sentences written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        (
            "異音の原因は、現物を拝見しないことには私どもでも見当のつけようがございません。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "どの時点で設定が変わったのかは、履歴が残っていないため、もう追いようがありません。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "カード会社で決済が止まった理由までは、こちらからは見えない仕組みになっております。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "Whether the insurer will cover the repair is frankly beyond us.",
            "en",
            "unknown_without_followup",
        ),
        (
            "Why the sensor keeps dropping out is one of life's little mysteries, I'm afraid.",
            "en",
            "unknown_without_followup",
        ),
        (
            "How long the glue takes to cure in your loft varies, and we couldn't put a number on it.",
            "en",
            "unknown_without_followup",
        ),
        (
            "塗装後2日間は窓を閉めておいていただくようお伝えしておりましたが、当日の夕方には開けられたと伺っております。",
            "ja",
            "condescending",
        ),
        (
            "回収の日は門を開けておいていただくお約束でしたが、伺ったときには鍵がかかったままでした。",
            "ja",
            "condescending",
        ),
        (
            "配線をご自分で直されるのは難しいと思いますので、次回からはすべて当社で行いますね。",
            "ja",
            "condescending",
        ),
        (
            "保証書の再発行の手順は、先日お電話でご説明したとおりでございます。",
            "ja",
            "condescending",
        ),
        (
            "Filters are a wear part, and any fleet manager should plan to change them every spring.",
            "en",
            "condescending",
        ),
        (
            "If the sourdough still won't rise after four workshops, that probably tells you something.",
            "en",
            "condescending",
        ),
        (
            "As the booking confirmation said, parking is the guest's own arrangement.",
            "en",
            "condescending",
        ),
        ("検針の作業は、例年どおりのスケジュールで進めてまいります。", "ja", "vague"),
        (
            "再申請は、一定の期間を空けてから行っていただくことをおすすめしております。",
            "ja",
            "vague",
        ),
        (
            "Your new mail settings will work once they have propagated across the servers.",
            "en",
            "vague",
        ),
        (
            "Membership has been repriced this season in line with the federation's new rates.",
            "en",
            "vague",
        ),
    ],
)
def test_flaw_by_implication_is_found(text: str, lang: str, rule: str) -> None:
    assert rule in _rules(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("原因はまだつかみきれておりませんが、明日15時までに調査結果をご報告いたします。", "ja"),
        (
            "設定画面の説明は、初めての方には分かりにくい書き方でしたので、図入りの手順書を本日お送りします。",
            "ja",
        ),
        ("前日までにご連絡いただくようお願いしておりました。", "ja"),
        (
            "Could you leave the side gate unlocked on Friday - the crew needs it to reach the meter.",
            "en",
        ),
        (
            "We'd avoid an auto-playing video there, because it starts as soon as someone opens the page and distracts screen-reader users.",
            "en",
        ),
        (
            "I can't put you in the competition squad yet, because you need to pass the level 3 test first; Sam runs a test-prep class on Tuesdays at 6 for exactly that.",
            "en",
        ),
        (
            "当日の変更は、工場への発注が前日16時で締まるためお受けできません。差額は次回の請求で精算するか、店頭でお支払いいただく形でご対応いただけます。",
            "ja",
        ),
    ],
)
def test_a_way_a_reason_or_our_own_part_is_clean(text: str, lang: str) -> None:
    assert _rules(text, lang) == set()
