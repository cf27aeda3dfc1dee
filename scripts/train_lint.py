"""Train the lint checker's learned layer from the labelled data in the repository.

    .venv/bin/python scripts/train_lint.py [--out madoguchi/quality/lint/model.npz]

Fits, on the "dev" split of tests/quality/lint/data (the held-out domains stay unseen),
one logistic model per sentence rule over the features of
madoguchi.quality.lint.learned.feature_codes (character n-grams, morphology, the rules'
own signals), and one multi-class model that names a finding's family. Deterministic: the
same data gives the same file. Writes float16 weights, compressed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from madoguchi.quality.lint import RULES, build_document, lint  # noqa: E402
from madoguchi.quality.lint.learned import (  # noqa: E402
    BITS,
    FAMILY_BITS,
    MODEL_PATH,
    feature_codes,
    feature_indices,
)

DATA = ROOT / "tests" / "quality" / "lint" / "data"
SENTENCE_RULES = [rule.id for rule in RULES if rule.level == "sentence"]


def _load(name: str) -> list[dict[str, object]]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def examples(items: list[dict[str, object]]) -> list[tuple[numpy.ndarray, list[str], str]]:
    """(features, labels, family) per sentence of each item, with the rules' signals."""
    rows = []
    for item in items:
        text = str(item["text"])
        document = build_document(text)
        findings = lint(text, learned=False)
        labels = [label for label in item["labels"] if label in SENTENCE_RULES]  # type: ignore[attr-defined]
        for sentence in document.sentences:
            fired = {f.rule for f in findings if sentence.start <= f.start < sentence.end}
            family = str(item.get("family", ""))
            rows.append((feature_codes(sentence, fired), labels, family))
            # The same sentence without the rules' signals: on the fitting split the rules are
            # nearly always right, and a model that only learnt to trust them would add nothing
            # where they are silent.
            rows.append((feature_codes(sentence, ()), labels, family))
    return rows


def _matrix(rows: list[numpy.ndarray], width: int) -> csr_matrix:
    indptr = [0]
    indices: list[int] = []
    for row in rows:
        indices.extend(row.tolist())
        indptr.append(len(indices))
    data = numpy.ones(len(indices), dtype=numpy.float32)
    return csr_matrix((data, indices, indptr), shape=(len(rows), width))


def _family_class(label: str, labels: list[str], family: str) -> str:
    """The family a label was written in; a request that is also an order lacks a reason."""
    if label != labels[0] and label == "request_without_reason":
        return f"{label}:no_reason"
    return f"{label}:{family}"


def train(items: list[dict[str, object]]) -> dict[str, numpy.ndarray]:
    rows = examples(items)
    features = _matrix([feature_indices(f, BITS) for f, _, _ in rows], 1 << BITS)
    weights = numpy.zeros((len(SENTENCE_RULES), 1 << BITS), dtype=numpy.float32)
    bias = numpy.zeros(len(SENTENCE_RULES), dtype=numpy.float32)
    for index, rule in enumerate(SENTENCE_RULES):
        target = numpy.array([rule in labels for _, labels, _ in rows], dtype=int)
        fitted = LogisticRegression(
            C=1.0, solver="liblinear", class_weight="balanced", random_state=0, max_iter=500
        )
        fitted.fit(features, target)
        weights[index] = fitted.coef_[0]
        bias[index] = fitted.intercept_[0]

    family_rows, family_targets = [], []
    for codes, labels, family in rows[::2]:
        for label in labels:
            family_rows.append(feature_indices(codes, FAMILY_BITS))
            family_targets.append(_family_class(label, labels, family))
    classes = sorted(set(family_targets))
    family_model = LogisticRegression(C=4.0, max_iter=300, random_state=0)
    family_model.fit(_matrix(family_rows, 1 << FAMILY_BITS), family_targets)
    assert list(family_model.classes_) == classes
    return {
        "rules": numpy.array(SENTENCE_RULES),
        "weights": weights.astype(numpy.float16),
        "bias": bias,
        "families": numpy.array(classes),
        "family_weights": family_model.coef_.astype(numpy.float16),
        "family_bias": family_model.intercept_.astype(numpy.float32),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    started = time.perf_counter()
    items = [
        item
        for name in ("sentences_ja.jsonl", "sentences_en.jsonl")
        for item in _load(name)
        if item["split"] == "dev"
    ]
    arrays = train(items)
    numpy.savez_compressed(args.out, **arrays)  # type: ignore[arg-type]
    size = args.out.stat().st_size
    elapsed = time.perf_counter() - started
    print(f"{len(items)} items → {args.out} ({size / 1e6:.2f} MB) in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
