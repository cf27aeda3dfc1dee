"""Copy a lint set written outside the repository into the hand-written training data.

    .venv/bin/python scripts/import_outside_lint.py /work/train8 --tag outside8
    .venv/bin/python scripts/import_outside_lint.py /work/train9 --tag outside9
    .venv/bin/python scripts/import_outside_lint.py docs/outside-sets/fresh-eval9 --tag fresh9
    .venv/bin/python scripts/import_outside_lint.py docs/outside-sets/fresh-eval10 --tag fresh10 \
        --domain-prefix fresh10_

Session 8: a writer with no sight of the rules or the code wrote a TRAINING set
(lint_sentences_ja.jsonl, lint_sentences_en.jsonl, lint_drafts.jsonl, one
{"id", "text", "labels", "domain"} a line, drafts with "subject"). Each item keeps its text,
labels and domain as written, and is marked with where it came from ("origin") so the
leave-domains-out evaluation can train with or without it (scripts/lint_eval.py --hand
--without-origin outside8). The writer named no families: "family" stays empty (the
family model learns nothing from the item) and "family_note" says so. A label that is not
a rule id is refused, naming the item: nothing is mapped silently.
The files written are tests/quality/lint/data/hand/<tag>_{sentences_ja,sentences_en,drafts}.jsonl.
--domain-prefix keeps a set's domains its own (session 13: nine of fresh-eval10's fourteen
domains — hotel, catering, parking … — are names the hand data already uses; unprefixed, its
items would fall into those domains' folds and be scored by models trained on their
neighbours' wording rather than as a new business).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from madoguchi.quality.lint import rule_ids  # noqa: E402

HAND = ROOT / "tests" / "quality" / "lint" / "data" / "hand"
FILES = {
    "lint_sentences_ja.jsonl": ("sentences_ja", "ja"),
    "lint_sentences_en.jsonl": ("sentences_en", "en"),
    "lint_drafts.jsonl": ("drafts", None),
    # Session 10: train9 is 200 whole drafts in one file (its "customer" and "note" fields
    # are the writer's context and are not kept: the checker reads the draft and subject).
    "drafts.jsonl": ("drafts", None),
    # Session 12: fresh-eval9 (spent as an evaluation set) has one sentence file for both
    # languages, each item naming its "lang"; it is written out as one file per language.
    "lint_sentences.jsonl": ("sentences", None),
}


def convert(
    item: dict[str, object], tag: str, lang: str | None, known: set[str], domain_prefix: str = ""
) -> dict[str, object]:
    labels = item.get("labels")
    if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
        raise ValueError(f"{item.get('id')}: labels must be a list of rule ids")
    unknown = sorted(set(labels) - known)
    if unknown:
        raise ValueError(f"{item.get('id')}: labels that are no rule: {', '.join(unknown)}")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{item.get('id')}: no text")
    converted: dict[str, object] = {"id": f"{tag}-{item['id']}"}
    if "subject" in item:
        converted["subject"] = str(item["subject"])
    converted["text"] = text
    converted["labels"] = sorted(set(labels), key=labels.index)
    if lang is None and item.get("lang") in ("ja", "en"):
        lang = str(item["lang"])
    if lang is None:
        from madoguchi.quality.lint.sentences import is_japanese

        lang = "ja" if is_japanese(text) else "en"
    converted["lang"] = lang
    converted["domain"] = domain_prefix + str(item.get("domain") or "unknown")
    converted["family"] = ""
    converted["family_note"] = "unknown: the outside writer named no family"
    converted["origin"] = tag
    return converted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--tag", default="outside8")
    parser.add_argument(
        "--domain-prefix", default="", help="put before every domain name (keep them apart)"
    )
    args = parser.parse_args()
    known = set(rule_ids())
    problems = 0
    for name, (kind, lang) in FILES.items():
        path = args.source / name
        if not path.exists():
            print(f"{path}: missing, skipped", file=sys.stderr)
            continue
        out = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(convert(json.loads(line), args.tag, lang, known, args.domain_prefix))
            except (ValueError, KeyError, json.JSONDecodeError) as error:
                print(f"{path}:{number}: {error}", file=sys.stderr)
                problems += 1
        by_file: dict[str, list[dict[str, object]]] = {}
        for item in out:
            name = kind if kind != "sentences" else f"sentences_{item['lang']}"
            by_file.setdefault(name, []).append(item)
        for name, written in by_file.items():
            target = HAND / f"{args.tag}_{name}.jsonl"
            with open(target, "w", encoding="utf-8") as handle:
                for item in written:
                    handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            print(f"{target.relative_to(ROOT)}: {len(written)} items")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
