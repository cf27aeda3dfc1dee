"""Precision, recall and F1 of each lint rule on held-out business domains.

    .venv/bin/python scripts/lint_eval.py                 # dev and held-out domains, per language
    .venv/bin/python scripts/lint_eval.py --errors heldout  # list every wrong held-out item
    .venv/bin/python scripts/lint_eval.py --file fresh.jsonl  # score another labelled set
    .venv/bin/python scripts/lint_eval.py --rules-only    # the rules without the learned layer
    .venv/bin/python scripts/lint_eval.py --hand          # hand-written items, leave-domains-out
    .venv/bin/python scripts/lint_eval.py --hand --shipped  # hand items with the shipped model
    .venv/bin/python scripts/lint_eval.py --hand --folds /tmp/folds  # keep/reuse the fold models
    .venv/bin/python scripts/lint_eval.py --hand --without-origin outside8  # not in training
    .venv/bin/python scripts/lint_eval.py --hand --folds DIR --per-language-thresholds
    .venv/bin/python scripts/lint_eval.py --hand --folds DIR --threshold-prior

--hand is the honest figure: the hand-written items (tests/quality/lint/data/hand/) are
split by domain into FOLDS groups; for each, a model is trained (scripts/train_lint.py,
with --hand-weight and --template-share) on everything outside those domains, template
items included, and the hand items of those domains are scored with it. Every hand item
is scored once, by a model that never saw its domain. Drafts are scored on every rule
(a clean draft must stay clean), and the clean-draft rate is reported.

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
from typing import Any

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


def draft_tables(name: str, pairs: list[tuple[Item, set[str]]], rules: list[str]) -> None:
    """Per language: every rule's P/R/F1 on the drafts and the clean drafts flagged."""
    for language in ("ja", "en"):
        drafts = [pair for pair in pairs if language_of(pair[0]) == language]
        if not drafts:
            continue
        table(
            f"[{name}] drafts, every rule, {language} ({len(drafts)} drafts)", score(drafts, rules)
        )
        clean_drafts_line(drafts)


def clean_drafts_line(drafts: list[tuple[Item, set[str]]], indent: str = "  ") -> None:
    clean = [pair for pair in drafts if not pair[0]["labels"]]
    flagged = sum(1 for _, predicted in clean if predicted)
    print(
        f"{indent}clean drafts flagged: {flagged}/{len(clean)} = {flagged / max(1, len(clean)):.3f}"
    )
    problem = [pair for pair in drafts if pair[0]["labels"]]
    found = sum(1 for _, predicted in problem if predicted)
    print(
        f"{indent}problem drafts found (any finding): {found}/{len(problem)}"
        f" = {found / max(1, len(problem)):.3f}"
    )


def hand_report(args: argparse.Namespace) -> int:
    """Leave-domains-out on the hand-written items: FOLDS models, each blind to its domains.

    Drafts are reported twice: "all findings" (warnings and hints alike: what the checker
    reported before the draft-level decision) and "warnings" (after it: the thresholds of
    each fold fitted on the other folds' drafts, so no draft is scored by a threshold fitted
    on its own domains; train_lint.fit_draft_thresholds)."""
    import tempfile

    import train_lint

    from madoguchi.quality.lint import learned as learned_layer
    from madoguchi.quality.lint import warnings_of

    hand = train_lint.hand_items()
    weight = train_lint.HAND_WEIGHT if args.hand_weight is None else args.hand_weight
    share = train_lint.TEMPLATE_SHARE if args.template_share is None else args.template_share
    clean_weight = train_lint.CLEAN_WEIGHT if args.clean_weight is None else args.clean_weight
    fold = train_lint.fold_of
    FOLDS = train_lint.FOLDS  # noqa: N806

    without = frozenset(args.without_origin or ())
    every_rule = SENTENCE_RULES + DRAFT_RULES
    found: list[tuple[Item, list[Any], int]] = []
    if args.shipped or args.rules_only:
        for item in hand:
            if args.rules_only:
                subject = item.get("subject")
                rules_found = lint(
                    str(item["text"]),
                    subject=subject if isinstance(subject, str) else None,
                    learned=False,
                )
                found.append((item, rules_found, 1))
            else:
                found.append((item, *train_lint.scored_findings(item)))
    else:
        shipped = learned_layer.MODEL_PATH
        with tempfile.TemporaryDirectory() as scratch:
            directory = args.folds or Path(scratch)
            paths = train_lint.fold_models(directory, hand, weight, share, without)
            for held, path in enumerate(paths):
                train_lint.use_model(path)
                for item in hand:
                    if fold(item) == held:
                        found.append((item, *train_lint.scored_findings(item)))
        train_lint.use_model(shipped)
    # The draft-level decision, leave-domains-out twice over: each fold's thresholds come
    # from the other folds' drafts (which their own fold models scored).
    drafts = [entry for entry in found if is_draft(entry[0])]
    if args.shipped:
        warned = {id(item): {f.rule for f in warnings_of(findings)} for item, findings, _ in drafts}
        fitted = {"shipped": learned_layer.model().draft_thresholds}  # type: ignore[union-attr]
    elif args.rules_only:
        warned = {id(item): {f.rule for f in findings} for item, findings, _ in drafts}
        fitted = {}
    else:
        warned, fitted = {}, {}
        prior = None
        if args.threshold_prior:
            prior = learned_layer.model().draft_thresholds  # type: ignore[union-attr]
        for held in range(FOLDS):
            thresholds = train_lint.fit_draft_thresholds(
                [entry for entry in drafts if fold(entry[0]) != held],
                clean_weight,
                args.per_language_thresholds,
                args.smooth,
                prior,
            )
            fitted[f"fold {held}"] = thresholds
            for item, findings, body in drafts:
                if fold(item) == held:
                    graded = learned_layer.grade(findings, thresholds, body, language_of(item))
                    warned[id(item)] = {f.rule for f in warnings_of(graded)}
    # Only now the chosen items: the thresholds are fitted on every other fold's drafts.
    if args.score_files:
        found = [entry for entry in found if entry[0]["file"] in set(args.score_files)]
    if args.score_origin:
        found = [entry for entry in found if entry[0].get("origin") in set(args.score_origin)]
    scored = [(item, {f.rule for f in findings}) for item, findings, _ in found]
    after = [(item, warned[id(item)]) for item, _, _ in found if is_draft(item)]

    how = (
        "rules only"
        if args.rules_only
        else "shipped model"
        if args.shipped
        else f"leave-domains-out, {FOLDS} folds, hand weight {weight}, template share {share}"
        + (f", trained without origin {', '.join(sorted(without))}" if without else "")
    )
    print(f"Hand-written items ({len(scored)} scored of {len(hand)}), {how}")
    for name, thresholds in fitted.items():
        listed = ", ".join(f"{rule} {value:.2f}" for rule, value in sorted(thresholds.items()))
        print(f"  draft thresholds ({name}, clean weight {clean_weight}): {listed or 'none'}")
    for language in ("ja", "en"):
        sentences = [
            pair for pair in scored if not is_draft(pair[0]) and language_of(pair[0]) == language
        ]
        table(
            f"[hand] sentence rules, {language} ({len(sentences)} sentences)",
            score(sentences, SENTENCE_RULES),
        )
        clean = [pair for pair in sentences if not pair[0]["labels"]]
        flagged = sum(1 for _, predicted in clean if predicted)
        print(
            f"  clean sentences flagged: {flagged}/{len(clean)}"
            f" = {flagged / max(1, len(clean)):.3f}"
        )
    before = [pair for pair in scored if is_draft(pair[0])]
    draft_tables("hand, all findings (before: hints counted)", before, every_rule)
    draft_tables("hand, warnings only (draft-level decision)", after, every_rule)
    print("\n  clean drafts flagged by origin (all findings -> warnings only):")
    origins = sorted({str(item.get("origin") or "own") for item, _ in before})
    for origin in origins:
        for language in ("ja", "en"):

            def mine(pairs: list[tuple[Item, set[str]]]) -> list[tuple[Item, set[str]]]:
                return [
                    pair
                    for pair in pairs
                    if str(pair[0].get("origin") or "own") == origin  # noqa: B023
                    and language_of(pair[0]) == language  # noqa: B023
                    and not pair[0]["labels"]
                ]

            was, now = mine(before), mine(after)
            if was:
                print(
                    f"    {origin:9} {language}: {sum(1 for _, p in was if p):3d}/{len(was):<3d}"
                    f" -> {sum(1 for _, p in now if p):3d}/{len(now):<3d}"
                )
    print("\n  [hand] recall by family:")
    family_recall(scored)
    if args.errors:
        print("\nErrors (drafts: warnings only):")
        final = dict((id(item), predicted) for item, predicted in after)
        for item, predicted in scored:
            rules = every_rule if is_draft(item) else SENTENCE_RULES
            predicted = final.get(id(item), predicted)
            expected = {label for label in item["labels"] if label in rules}  # type: ignore[attr-defined]
            predicted = predicted & set(rules)  # a sentence is scored on sentence rules only
            if expected != predicted:
                missing, extra = sorted(expected - predicted), sorted(predicted - expected)
                text = str(item["text"]).replace("\n", " ")[:110]
                print(f"  {item.get('id')} [{item.get('family')}] -{missing} +{extra}  {text!r}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", choices=["dev", "heldout", "new", "seen", "all"], help="list wrong items"
    )
    parser.add_argument("--file", type=Path, help="score this labelled JSONL instead")
    parser.add_argument(
        "--rules-only", action="store_true", help="score the rules without the learned layer"
    )
    parser.add_argument("--hand", action="store_true", help="hand-written items, leave-domains-out")
    parser.add_argument("--shipped", action="store_true", help="with --hand: the shipped model")
    parser.add_argument(
        "--score-files",
        nargs="*",
        help="with --hand: score only the hand items of these files (all still train the folds)",
    )
    parser.add_argument(
        "--folds",
        type=Path,
        default=None,
        help="with --hand: keep the fold models in this directory and reuse them when there"
        " (to compare what the layer does with its findings without training again; train"
        " again after the data or the features change)",
    )
    parser.add_argument(
        "--without-origin",
        nargs="*",
        help="with --hand: leave the items of this origin (e.g. outside8) out of every fold's"
        " training; they are still scored",
    )
    parser.add_argument(
        "--score-origin", nargs="*", help="with --hand: score only the items of this origin"
    )
    parser.add_argument(
        "--per-language-thresholds",
        action="store_true",
        help="with --hand: fit draft thresholds per language too (train_lint.fit_draft_thresholds)",
    )
    parser.add_argument(
        "--threshold-prior",
        action="store_true",
        help="with --hand: fit each fold's draft thresholds leaning towards the shipped ones"
        " (as scripts/train_lint.py does; the shipped ones saw every fold, a mild leak)",
    )
    parser.add_argument("--hand-weight", type=float, default=None)
    parser.add_argument("--template-share", type=float, default=None)
    parser.add_argument(
        "--clean-weight",
        type=float,
        default=None,
        help="with --hand: how many times a clean draft's false alarm counts in fitting the"
        " draft thresholds (default train_lint.CLEAN_WEIGHT)",
    )
    parser.add_argument(
        "--smooth",
        type=int,
        default=0,
        help="grid steps each way over which draft F1 is averaged when fitting thresholds",
    )
    args = parser.parse_args()
    learned = not args.rules_only

    if args.hand:
        return hand_report(args)
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
