# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""The hand-labelled sets stay good: a regression guard, not the measurement (scripts/lint_eval.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from madoguchi.quality.lint import RULES, lint

DATA = Path(__file__).parent / "data"


def _load(name: str) -> list[dict[str, object]]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _f1(items: list[dict[str, object]], rule: str) -> float:
    tp = fp = fn = 0
    for item in items:
        subject = item.get("subject")
        found = {
            f.rule
            for f in lint(str(item["text"]), subject=subject if isinstance(subject, str) else None)
        }
        expected = rule in item["labels"]  # type: ignore[operator]
        tp += rule in found and expected
        fp += rule in found and not expected
        fn += rule not in found and expected
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_the_sets_are_as_large_as_promised() -> None:
    assert len(_load("sentences_ja.jsonl")) >= 300
    assert len(_load("sentences_en.jsonl")) >= 80
    assert len(_load("drafts.jsonl")) >= 60


@pytest.mark.parametrize("rule", [rule.id for rule in RULES if rule.level == "sentence"])
def test_sentence_rules_keep_f1_on_the_sentence_sets(rule: str) -> None:
    items = _load("sentences_ja.jsonl") + _load("sentences_en.jsonl")
    assert _f1(items, rule) >= 0.9


@pytest.mark.parametrize("rule", [rule.id for rule in RULES if rule.level == "draft"])
def test_draft_rules_keep_f1_on_the_drafts(rule: str) -> None:
    assert _f1(_load("drafts.jsonl"), rule) >= 0.8
