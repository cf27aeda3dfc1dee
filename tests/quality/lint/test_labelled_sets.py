# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""The labelled sets stay honest and the checker keeps its floor on the fitting split.

Only the "dev" split (the domains the rules and the learned layer were fitted on) is
gated here; the held-out domains are measured by scripts/lint_eval.py and reported, never
gated, so nobody is pushed to tune to them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from itertools import islice
from pathlib import Path

import pytest

from madoguchi.quality.lint import RULES, lint
from madoguchi.quality.near_copies import grams, near_pairs

DATA = Path(__file__).parent / "data"
NEAR = 0.6


def _load(name: str) -> list[dict[str, object]]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _all() -> list[dict[str, object]]:
    return _load("sentences_ja.jsonl") + _load("sentences_en.jsonl") + _load("drafts.jsonl")


def _near_pairs(left: list[str], right: list[str], limit: int = 5) -> list[tuple[str, str, float]]:
    """Pairs (left, right) whose character 3-gram Jaccard is ≥ NEAR."""
    left_grams = [grams(text) for text in left]
    right_grams = left_grams if right is left else [grams(text) for text in right]
    found = near_pairs(left_grams, right_grams, NEAR)
    return [(left[i], right[j], similarity) for i, j, similarity in islice(found, limit)]


_FOUND: dict[tuple[str, str | None], frozenset[str]] = {}


def _found(text: str, subject: str | None) -> frozenset[str]:
    """The rules the checker finds in one item, linted once per test process: each rule's
    floor test reads the same thousands of items."""
    key = (text, subject)
    if key not in _FOUND:
        _FOUND[key] = frozenset(f.rule for f in lint(text, subject=subject))
    return _FOUND[key]


def _f1(items: list[dict[str, object]], rule: str) -> float:
    tp = fp = fn = 0
    for item in items:
        subject = item.get("subject")
        found = _found(str(item["text"]), subject if isinstance(subject, str) else None)
        expected = rule in item["labels"]  # type: ignore[operator]
        tp += rule in found and expected
        fp += rule in found and not expected
        fn += rule not in found and expected
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_it_has_the_promised_size_and_spread() -> None:
    assert len(_load("sentences_ja.jsonl")) >= 3000
    assert len(_load("sentences_en.jsonl")) >= 1000
    assert len(_load("drafts.jsonl")) >= 300
    items = _all()
    assert all(item.get("domain") and item.get("family") for item in items)
    business = {str(item["domain"]) for item in items} - {"legacy"}
    assert len(business) >= 15
    assert {str(item["domain"]) for item in items if item["split"] == "heldout"}.isdisjoint(
        {str(item["domain"]) for item in items if item["split"] == "dev"}
    )


def test_it_keeps_near_copies_out_of_the_other_split() -> None:
    items = _all()
    heldout = [str(item["text"]) for item in items if item["split"] == "heldout"]
    dev = [str(item["text"]) for item in items if item["split"] == "dev"]
    assert _near_pairs(heldout, dev) == []


def _hand() -> list[dict[str, object]]:
    """The hand-written items (data/hand/), the ones worded freely by a person."""
    items = []
    for path in sorted((DATA / "hand").glob("*.jsonl")):
        items.extend(_load(f"hand/{path.name}"))
    return items


def test_the_hand_written_items_carry_what_the_splits_need() -> None:
    rule_ids = {rule.id for rule in RULES}
    for item in _hand():
        assert item.get("id") and item.get("text") and item.get("domain"), item
        assert set(item["labels"]) <= rule_ids, item  # type: ignore[arg-type]


def test_it_keeps_near_copies_of_hand_items_inside_one_domain() -> None:
    # scripts/lint_eval.py --hand holds out whole domains: a near-copy in another domain would
    # be seen in training and flatter the figure. (Generated items that are near-copies of a
    # hand-written one are left out of training by scripts/train_lint.py, and so is a hand
    # item that copies an earlier one of another domain: what is read here is what is used.)
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    import train_lint

    items = [
        (train_lint.canonical_domain(item), str(item["text"])) for item in train_lint.hand_items()
    ]
    texts = [text for _, text in items]
    domain_of: dict[str, set[str]] = defaultdict(set)
    for domain, text in items:
        domain_of[text].add(domain)
    # Every near pair among the hand items (an item always pairs with itself); one whose two
    # texts come from different domains is a copy across the folds.
    across = [
        (left, right)
        for left, right, _ in _near_pairs(texts, texts, limit=10**9)
        if domain_of[left] != domain_of[right] or len(domain_of[left]) > 1
    ]
    assert across == []


def test_it_keeps_unit_test_sentences_out_of_the_labelled_data() -> None:
    literals = []
    # test_stock_phrases.py is left out: its sentences are what every reply says, and the
    # labelled sets say them too; it guards against a retrain's drift, not for a held-out figure.
    skipped = {Path(__file__).name, "test_stock_phrases.py"}
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        if path.name not in skipped:
            source = path.read_text(encoding="utf-8")
            literals.extend(re.findall(r'"((?:[^"\\\n]|\\.){6,})"', source))
    assert _near_pairs(literals, [str(item["text"]) for item in _all()]) == []


@pytest.mark.parametrize("rule", [rule.id for rule in RULES if rule.level == "sentence"])
def test_it_keeps_the_sentence_rules_floor_on_the_fitting_split(rule: str) -> None:
    items = [
        item
        for name in ("sentences_ja.jsonl", "sentences_en.jsonl")
        for item in _load(name)
        if item["split"] == "dev"
    ]
    assert _f1(items, rule) >= 0.9


@pytest.mark.parametrize("rule", [rule.id for rule in RULES if rule.level == "draft"])
def test_it_keeps_the_draft_rules_floor_on_the_fitting_split(rule: str) -> None:
    items = [item for item in _load("drafts.jsonl") if item["split"] == "dev"]
    assert _f1(items, rule) >= 0.85


@pytest.mark.parametrize("rule", [rule.id for rule in RULES if rule.level == "sentence"])
def test_it_keeps_the_sentence_rules_floor_on_the_hand_written_items(rule: str) -> None:
    # The shipped model is fitted on every hand-written item: this is a training-split floor.
    # How it does on domains it never saw is measured by scripts/lint_eval.py --hand.
    items = [item for item in _hand() if "subject" not in item]
    assert _f1(items, rule) >= 0.85
