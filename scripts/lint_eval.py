"""Precision, recall and F1 of each lint rule on held-out business domains.

    .venv/bin/python scripts/lint_eval.py                 # dev and held-out domains, per language
    .venv/bin/python scripts/lint_eval.py --errors heldout  # list every wrong held-out item
    .venv/bin/python scripts/lint_eval.py --file fresh.jsonl  # score another labelled set
    .venv/bin/python scripts/lint_eval.py --rules-only    # the rules without the learned layer

The labelled items in tests/quality/lint/data carry a domain and (when built from a frame)
a frame; "heldout" items are in held-out domains (scripts/lint_corpus_vocab.HELDOUT_DOMAINS)
AND written from held-out frames, "dev" items in neither, and the learned layer is trained
on "dev" only (scripts/train_lint.py). The "cross" items are reported apart: a new frame in
a seen domain, and a seen frame in a new domain (which flatters a model that learnt the
frame's fixed words). Sentence rules are scored on single sentences, draft
rules on whole drafts with their subject, per language. The clean-sentence rate is the
share of sentences labelled with no rule that get any sentence-level finding. A --file is
lines of {"text", "labels", "lang"?, "subject"?, "id"?}; items with a subject or an id
starting "draft" are drafts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "scripts"))

from lint_corpus_vocab import HELDOUT_DOMAINS  # noqa: E402

from madoguchi.quality.lint import RULES, lint  # noqa: E402

DATA = ROOT / "tests" / "quality" / "lint" / "data"
SENTENCE_RULES = [rule.id for rule in RULES if rule.level == "sentence"]
DRAFT_RULES = [rule.id for rule in RULES if rule.level == "draft"]

Item = dict[str, object]
Row = tuple[str, int, int, int, int]


def load(path: Path) -> list[Item]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def language_of(item: Item) -> str:
    lang = item.get("lang")
    if lang in ("ja", "en"):
        return str(lang)
    identifier = str(item.get("id", ""))
    if identifier.startswith(("ja", "en")):
        return identifier[:2]
    from madoguchi.quality.lint.sentences import is_japanese

    return "ja" if is_japanese(str(item["text"])) else "en"


def is_draft(item: Item) -> bool:
    return "subject" in item or str(item.get("id", "")).startswith("draft")


def predict(item: Item, rules: list[str], learned: bool = True) -> set[str]:
    subject = item.get("subject")
    found = lint(
        str(item["text"]), subject=subject if isinstance(subject, str) else None, learned=learned
    )
    return {finding.rule for finding in found if finding.rule in rules}


def score(pairs: list[tuple[Item, set[str]]], rules: list[str]) -> list[Row]:
    rows = []
    for rule in rules:
        tp = fp = fn = 0
        for item, predicted in pairs:
            expected = rule in item["labels"]  # type: ignore[operator]
            tp += rule in predicted and expected
            fp += rule in predicted and not expected
            fn += rule not in predicted and expected
        rows.append((rule, tp, fp, fn, tp + fn))
    return rows


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fp and not fn else 0.0)


def table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    print(f"  {'rule':26} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5} {'pos':>5}")
    for rule, tp, fp, fn, support in rows:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        figures = f"{precision:6.3f} {recall:6.3f} {f1(tp, fp, fn):6.3f}"
        print(f"  {rule:26} {figures} {tp:5d} {fp:5d} {fn:5d} {support:5d}")


def family_recall(pairs: list[tuple[Item, set[str]]]) -> None:
    """Recall per (first label, family): which wordings a rule misses."""
    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for item, predicted in pairs:
        labels = list(item["labels"])  # type: ignore[call-overload]
        if not labels:
            continue
        key = (labels[0], str(item.get("family", "?")))
        found[key][1] += 1
        found[key][0] += labels[0] in predicted
    for (rule, family), (hit, total) in sorted(found.items()):
        print(f"    {rule:26} {family:24} {hit:4d}/{total:<4d} = {hit / total:.2f}")


def report(
    name: str, sentences: list[tuple[Item, set[str]]], drafts: list[tuple[Item, set[str]]]
) -> None:
    for language in ("ja", "en"):
        subset = [pair for pair in sentences if language_of(pair[0]) == language]
        if subset:
            table(
                f"[{name}] sentence rules, {language} ({len(subset)} sentences)",
                score(subset, SENTENCE_RULES),
            )
            clean = [pair for pair in subset if not pair[0]["labels"]]
            flagged = sum(1 for _, predicted in clean if predicted)
            rate = flagged / max(1, len(clean))
            print(f"  clean sentences flagged: {flagged}/{len(clean)} = {rate:.3f}")
        drafted = [pair for pair in drafts if language_of(pair[0]) == language]
        if drafted:
            table(
                f"[{name}] draft rules, {language} ({len(drafted)} drafts)",
                score(drafted, DRAFT_RULES),
            )
    if sentences or drafts:
        print(f"\n  [{name}] recall by family:")
        family_recall(sentences + drafts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", choices=["dev", "heldout", "new", "seen", "all"], help="list wrong items"
    )
    parser.add_argument("--file", type=Path, help="score this labelled JSONL instead")
    parser.add_argument(
        "--rules-only", action="store_true", help="score the rules without the learned layer"
    )
    args = parser.parse_args()
    learned = not args.rules_only

    if args.file:
        items = load(args.file)
        groups = {"file": items}
    else:
        items = (
            load(DATA / "sentences_ja.jsonl")
            + load(DATA / "sentences_en.jsonl")
            + load(DATA / "drafts.jsonl")
        )
        held = set(HELDOUT_DOMAINS)
        groups = {
            "dev": [item for item in items if item["split"] == "dev"],
            "heldout": [item for item in items if item["split"] == "heldout"],
            "new frame, seen domain": [
                item for item in items if item["split"] == "cross" and item["domain"] not in held
            ],
            "seen frame, new domain": [
                item for item in items if item["split"] == "cross" and item["domain"] in held
            ],
        }
    wrong: list[tuple[str, Item, set[str]]] = []
    for name, chosen in groups.items():
        sentences = [
            (item, predict(item, SENTENCE_RULES, learned)) for item in chosen if not is_draft(item)
        ]
        drafts = [(item, predict(item, DRAFT_RULES, learned)) for item in chosen if is_draft(item)]
        report(name, sentences, drafts)
        for item, predicted in sentences + drafts:
            rules = DRAFT_RULES if is_draft(item) else SENTENCE_RULES
            expected = {label for label in item["labels"] if label in rules}  # type: ignore[attr-defined]
            if expected != predicted:
                wrong.append((name, item, predicted))

    if args.errors:
        print("\nErrors:")
        for name, item, predicted in wrong:
            if args.errors not in ("all", name.split(" ")[0]) and not args.file:
                continue
            rules = DRAFT_RULES if is_draft(item) else SENTENCE_RULES
            expected = {label for label in item["labels"] if label in rules}  # type: ignore[attr-defined]
            missing = sorted(expected - predicted)
            extra = sorted(predicted - expected)
            text = str(item["text"]).replace("\n", " ")[:110]
            print(f"  {item.get('id')} [{item.get('family')}] -{missing} +{extra}  {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
