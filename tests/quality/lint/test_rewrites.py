# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""A rewrite replaces only the flagged span, and the rewritten sentence passes that rule."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint

SENTENCES = [
    "見積書を今日中に送り返してください。",
    "修理の受付票を持ってきてください。",
    "施工日の候補は近いうちにお伝えします。",
    "交換部品の到着時期はこちらでも分かりかねます。",
    "口座の名義を変えることは受け付けていません。",
    "Send the signed lease back to us.",
    "The technician is expected to visit soon.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_an_offered_rewrite_cures_the_sentence_and_keeps_the_rest(sentence: str) -> None:
    offered = [f for f in lint(sentence) if f.suggestion is not None]
    assert offered, "each sample has at least one finding with a rewrite"
    for finding in offered:
        rewritten = sentence[: finding.start] + str(finding.suggestion) + sentence[finding.end :]
        assert rewritten.startswith(sentence[: finding.start])
        assert rewritten.endswith(sentence[finding.end :])
        assert finding.rule not in {f.rule for f in lint(rewritten, learned=False)}


def test_a_rewrite_that_would_not_cure_the_sentence_is_not_offered() -> None:
    sentence = "ちなみに、発送の再開時期はまだ分かっておりませんが、引き続き調べてまいります。"
    found = [f for f in lint(sentence, learned=False) if f.rule == "unknown_without_followup"]
    assert len(found) == 1 and found[0].suggestion is None
