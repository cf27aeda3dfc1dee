# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 47, families fresh-eval62 showed once more (read after its second scoring).
dismissive — another party's remit given as the reason we do not know, the customer left with
it (「〜の管轄になりますので、当方では把握しておりません」), and a refusal said casually
(「〜はお出ししていないんです」). condescending — the customer's bad outcome called the natural
course, hedged (「〜のは当然の流れかと存じます」); what was shown or told, left hanging as the
whole answer (「看板は入口に出しておりますので。」); a lesson for next time on their conduct
(「今後は、もう少し余裕を持って〜いただければと存じます」). Not a threat: a requirement with its
reason after it. vague — a number that names a thing ("Pump 4") is no time. Each with its clean
neighbour. Sentences written for these tests, none from a labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        (
            "引き落としの日付は提携銀行の管轄になりますので、窓口では把握しておりません。",
            "ja",
            "dismissive",
        ),
        (
            "会員証の再発行が遅れた理由は本社の話ですので、当店では分かりかねます。",
            "ja",
            "dismissive",
        ),
        ("検査結果の詳しい数値は、研究所の方針でお伝えしていないんです。", "ja", "dismissive"),
        (
            "受付終了の18時を過ぎてからのお持ち込みでしたので、当日仕上げにならなかったのは当然の結果かと存じます。",
            "ja",
            "condescending",
        ),
        (
            "駐輪場が使えなかったとのことですが、工事のお知らせは掲示板に三週間前から貼り出しておりますので。",
            "ja",
            "condescending",
        ),
        (
            "次回のご注文の際は、もう少し前もって数量を確定していただければと存じます。",
            "ja",
            "condescending",
        ),
        (
            "Lift 2 is out of service and will be repaired when the technician can get to it.",
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
        (
            "引き落としの日付は提携銀行の管轄ですので、窓口で銀行に確認し、明日15時までにご連絡いたします。",
            "ja",
        ),
        ("お客様がご不安に思われるのも当然かと存じます。", "ja"),
        (
            "工事のお知らせは掲示板に貼り出しておりますので、日程は掲示板でもご確認いただけます。",
            "ja",
        ),
        ("診断書は原本でないとお受けできません、保険会社が原本の提出を求めているためです。", "ja"),
        ("Lift 2 will be repaired by 4 pm tomorrow.", "en"),
    ],
)
def test_a_way_a_reason_or_a_date_is_clean(text: str, lang: str) -> None:
    assert _rules(text, lang) == set()


def test_an_earlier_booking_suggested_for_their_sake_is_no_lesson() -> None:
    # (How much earlier is vague's business.)
    text = "次回はもう少し前にご予約いただければ、ご希望の時間をお取りしやすくなります。"
    assert "condescending" not in _rules(text, "ja")
