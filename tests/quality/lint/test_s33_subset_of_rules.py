"""A subset of the rules finds what the whole checker finds for those rules.

The send-time policy checks only the rules a team set to block or acknowledge
(actions/lint_policy.py). Read without unknown_without_followup, the learned layer took "We are
looking into it." for a brush-off and stopped the reply (session 33, found by
tests/transport/test_outgoing.py in CI after the models were retrained): the compose box had
shown no such finding.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import RULES, lint

_DRAFTS = [
    ("Hi Taro,\n\nWe are looking into it.\n\nBest regards,\nBob Smith", "en"),
    ("山田様\n\n現在、原因を調査しております。\n\nよろしくお願いいたします。", "ja"),
    ("その件については当社ではお答えできません。", "ja"),
    ("Please send the form. You should have read the terms.", "en"),
    ("〇〇様\n\nご注文の品は明日発送いたします。", "ja"),
]
_SUBSETS = [
    ("dismissive", "placeholder_left"),
    ("condescending",),
    ("unknown_without_followup", "request_without_reason"),
]


@pytest.mark.parametrize(("text", "lang"), _DRAFTS)
@pytest.mark.parametrize("subset", _SUBSETS)
def test_a_subset_of_rules_finds_what_the_whole_checker_finds(
    text: str, lang: str, subset: tuple[str, ...]
) -> None:
    chosen = tuple(rule for rule in RULES if rule.id in subset)
    whole = [finding for finding in lint(text, lang=lang) if finding.rule in subset]
    assert lint(text, lang=lang, rules=chosen) == whole
