"""Precision, recall and F1 of each lint rule on the labelled sets in tests/quality/lint/data.

    .venv/bin/python scripts/lint_eval.py            # all items, then the held-out 30%
    .venv/bin/python scripts/lint_eval.py --errors dev   # list the misses on the dev split

Sentence rules are scored on single sentences (Japanese and English), draft rules on whole
drafts with their subject. The clean-sentence false-positive rate is the share of
sentences labelled with no rule that get any sentence-level finding.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from madoguchi.quality.lint import RULES, lint  # noqa: E402

DATA = ROOT / "tests" / "quality" / "lint" / "data"
SENTENCE_RULES = [rule.id for rule in RULES if rule.level == "sentence"]
DRAFT_RULES = [rule.id for rule in RULES if rule.level == "draft"]


def _load(name: str) -> list[dict[str, object]]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _predict(item: dict[str, object], rules: list[str]) -> set[str]:
    subject = item.get("subject")
    found = lint(str(item["text"]), subject=subject if isinstance(subject, str) else None)
    return {finding.rule for finding in found if finding.rule in rules}


def _score(
    items: list[tuple[dict[str, object], set[str]]], rules: list[str]
) -> list[tuple[str, int, int, int, int]]:
    rows = []
    for rule in rules:
        tp = sum(1 for item, predicted in items if rule in predicted and rule in item["labels"])  # type: ignore[operator]
        fp = sum(1 for item, predicted in items if rule in predicted and rule not in item["labels"])  # type: ignore[operator]
        fn = sum(1 for item, predicted in items if rule not in predicted and rule in item["labels"])  # type: ignore[operator]
        support = tp + fn
        rows.append((rule, tp, fp, fn, support))
    return rows


def _table(title: str, rows: list[tuple[str, int, int, int, int]]) -> None:
    print(f"\n{title}")
    print(f"  {'rule':26} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'pos':>4}")
    for rule, tp, fp, fn, support in rows:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures = f"{precision:6.3f} {recall:6.3f} {f1:6.3f}"
        print(f"  {rule:26} {figures} {tp:4d} {fp:4d} {fn:4d} {support:4d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", choices=["dev", "heldout", "all"], help="print every wrong item of that split"
    )
    args = parser.parse_args()

    sentences = [
        (item, _predict(item, SENTENCE_RULES))
        for name in ("sentences_ja.jsonl", "sentences_en.jsonl")
        for item in _load(name)
    ]
    drafts = [(item, _predict(item, DRAFT_RULES)) for item in _load("drafts.jsonl")]

    for split in ("all", "heldout"):
        chosen_sentences = [
            pair for pair in sentences if split == "all" or pair[0]["split"] == split
        ]
        chosen_drafts = [pair for pair in drafts if split == "all" or pair[0]["split"] == split]
        for language in ("ja", "en"):
            subset = [pair for pair in chosen_sentences if str(pair[0]["id"]).startswith(language)]
            _table(
                f"[{split}] sentence rules, {language} ({len(subset)} sentences)",
                _score(subset, SENTENCE_RULES),
            )
        _table(
            f"[{split}] sentence rules, ja+en ({len(chosen_sentences)} sentences)",
            _score(chosen_sentences, SENTENCE_RULES),
        )
        _table(
            f"[{split}] draft rules ({len(chosen_drafts)} drafts)",
            _score(chosen_drafts, DRAFT_RULES),
        )
        clean = [pair for pair in chosen_sentences if not pair[0]["labels"]]
        flagged = sum(1 for _, predicted in clean if predicted)
        rate = flagged / max(1, len(clean))
        print(
            f"\n  [{split}] clean-sentence false-positive rate: {flagged}/{len(clean)} = {rate:.3f}"
        )

    if args.errors:
        print("\nErrors:")
        for item, predicted in sentences + drafts:
            if args.errors != "all" and item["split"] != args.errors:
                continue
            rules = DRAFT_RULES if str(item["id"]).startswith("draft") else SENTENCE_RULES
            expected = {label for label in item["labels"] if label in rules}  # type: ignore[union-attr]
            if expected != predicted:
                missing = sorted(expected - predicted)
                extra = sorted(predicted - expected)
                print(
                    f"  {item['id']}: missing={missing} extra={extra}  {str(item['text'])[:90]!r}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
