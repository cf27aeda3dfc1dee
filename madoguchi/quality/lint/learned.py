"""The learned layer: a small linear model per sentence rule, over what the rules cannot list.

Features of a sentence (all hashed into a fixed space with CRC-32, so nothing but the
weights ships and the result never depends on PYTHONHASHSEED):
- character 1–3-grams of the sentence with quoted words blanked;
- for Japanese, from fugashi/UniDic: lemmas, lemma pairs, part of speech with
  conjugation form, the sentence-final tokens (particles よね/でしょう, auxiliaries,
  request forms: the modality of the sentence) and the honorific prefixes お/ご;
- for English, words, word pairs and the first word;
- the rules' own signals: which rule fired on the sentence.

Per rule, a logistic model (scripts/train_lint.py, trained on the "dev" split of
tests/quality/lint/data only) gives a probability. A rule finding whose probability is very
low is demoted (dropped); a sentence no rule flagged but the model rates likely gets a
finding over the whole sentence, without a rewrite (a sound rewrite needs the rule's
analysis). A second, multi-class model names the family of every finding
(scripts/lint_corpus_frames.py lists them). The weights live in model.npz next to this
module (float16, about 2 MB), loaded once per process.
"""

# Messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from madoguchi.quality.lint.base import QUOTE_MASK, Sentence

MODEL_PATH = Path(__file__).with_name("model.npz")
BITS = 17  # feature space of the rule models: 2**17 weights per rule
FAMILY_BITS = 14  # the family model is coarser: it only chooses among a rule's families
ADD_AT = 0.5  # probability from which the model adds a finding no rule made
DEMOTE_BELOW = 0.12  # probability under which a rule's finding is dropped as weak

_WORD = re.compile(r"[a-z][a-z'’-]*|\d+")
_SYMBOLS = ("補助記号", "記号", "空白")


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8"))


def feature_strings(sentence: Sentence, fired: Iterable[str]) -> list[str]:
    """The named features of one sentence; `fired` are the rule ids that flagged it."""
    text = sentence.masked.replace(QUOTE_MASK, " ")
    features = [f"lang:{sentence.lang}"]
    if sentence.lang == "en":
        text = text.lower()
    compact = re.sub(r"\s+", " ", text.strip())
    padded = f"^{compact}$"
    for size in (1, 2, 3):
        features.extend(
            "c" + padded[index : index + size] for index in range(len(padded) - size + 1)
        )
    if sentence.lang == "ja":
        tokens = [token for token in sentence.tokens_unquoted() if token.pos1 not in _SYMBOLS]
        lemmas = [token.lemma or token.surface for token in tokens]
        features.extend("l:" + lemma for lemma in lemmas)
        features.extend(f"b:{a}|{b}" for a, b in zip(lemmas, lemmas[1:], strict=False))
        features.extend(f"p:{token.pos1}|{token.cform}" for token in tokens)
        for position, token in enumerate(reversed(tokens[-4:])):
            features.append(f"f{position}:{token.surface}")
            features.append(f"fp{position}:{token.pos1}|{token.lemma}")
        features.extend(
            f"h:{token.surface}{tokens[index + 1].pos1}"
            for index, token in enumerate(tokens[:-1])
            if token.pos1 == "接頭辞"
        )
    else:
        words = _WORD.findall(text)
        features.extend("w:" + word for word in words)
        features.extend(f"wb:{a}|{b}" for a, b in zip(words, words[1:], strict=False))
        if words:
            features.append("w0:" + words[0])
        features.append("end:" + compact[-1:])
    features.extend("r:" + rule for rule in sorted(set(fired)))
    return features


def feature_indices(features: list[str], bits: int) -> list[int]:
    mask = (1 << bits) - 1
    return sorted({_hash(feature) & mask for feature in features})


@dataclass(frozen=True)
class Model:
    rules: tuple[str, ...]
    weights: Any  # numpy float32 (len(rules), 2**BITS)
    bias: Any  # numpy float32 (len(rules),)
    families: tuple[str, ...]  # "rule:family"
    family_weights: Any  # numpy float32 (len(families), 2**FAMILY_BITS)
    family_bias: Any

    def probabilities(self, features: list[str]) -> dict[str, float]:
        import numpy

        indices = feature_indices(features, BITS)
        scores = self.weights[:, indices].sum(axis=1) + self.bias
        values = 1.0 / (1.0 + numpy.exp(-scores))
        return {rule: float(value) for rule, value in zip(self.rules, values, strict=True)}

    def family(self, rule: str, features: list[str]) -> str:
        rows = [index for index, name in enumerate(self.families) if name.split(":")[0] == rule]
        if not rows:
            return ""
        indices = feature_indices(features, FAMILY_BITS)
        scores = self.family_weights[rows][:, indices].sum(axis=1) + self.family_bias[rows]
        best = rows[int(scores.argmax())]
        return self.families[best].split(":", 1)[1]


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load(path: str) -> Model | None:
    import numpy

    if not Path(path).exists():
        return None
    with numpy.load(path, allow_pickle=False) as data:
        return Model(
            rules=tuple(str(name) for name in data["rules"]),
            weights=data["weights"].astype(numpy.float32),
            bias=data["bias"].astype(numpy.float32),
            families=tuple(str(name) for name in data["families"]),
            family_weights=data["family_weights"].astype(numpy.float32),
            family_bias=data["family_bias"].astype(numpy.float32),
        )


def model() -> Model | None:
    """The shipped model, loaded once per process; None when it has not been trained."""
    with _lock:
        return _load(str(MODEL_PATH))


# What a finding the model added says: the rule's concern, without a rewrite of its own.
MESSAGES: dict[str, tuple[str, str]] = {
    "condescending": (
        "お客様を責めたり、見下したり、圧力をかけたりしているように読まれるおそれがあります（学習モデルによる指摘）。事実と、お客様が次にできることだけを伝えてください。",
        "This may read as blaming, talking down to or pressuring the customer (learned check). State the facts and what they can do next.",
    ),
    "vague": (
        "お客様が判断に必要な時期・金額・程度が具体的に書かれていないようです（学習モデルによる指摘）。日付や数字を添えてください。",
        "A time, amount or degree the customer needs seems to be missing (learned check). Give the date or figure.",
    ),
    "imperative": (
        "命令口調に読まれるおそれがあります（学習モデルによる指摘）。「〜いただけますでしょうか」などの依頼の形にしてください。",
        "This may read as an order (learned check). Ask instead of telling.",
    ),
    "request_without_reason": (
        "お客様にお願いしている理由が書かれていないようです（学習モデルによる指摘）。なぜ必要なのかを一言添えてください。",
        "This asks the customer to do something without saying why (learned check). Add the reason.",
    ),
    "unknown_without_followup": (
        "「分からない」で終わっているようです（学習モデルによる指摘）。次に何をして、いつまでに回答するかを書いてください。",
        "This says we don't know without a next step and a date (learned check). Say what you will do and by when.",
    ),
    "dismissive": (
        "門前払いに読まれるおそれがあります（学習モデルによる指摘）。代わりにできること（別の方法・回避策・ご案内先）を続けてください。",
        "This may brush the question off (learned check). Say what the customer can do instead.",
    ),
}


def review(document: Any, findings: list[Any], allowed: set[str]) -> list[Any]:
    """The rules' findings after the model: weak ones dropped, missed sentences added.

    Every finding of a rule the model covers gets its family named. Without a trained model
    (model.npz missing) the findings come back as they are.
    """
    from dataclasses import replace

    trained = model()
    if trained is None:
        return findings
    covered = set(trained.rules)
    kept = [finding for finding in findings if finding.rule not in covered]
    pending = [finding for finding in findings if finding.rule in covered]
    for sentence in document.sentences:
        mine = [f for f in pending if sentence.start <= f.start < sentence.end]
        fired = {finding.rule for finding in mine}
        features = feature_strings(sentence, fired)
        probabilities = trained.probabilities(features)
        for finding in mine:
            if probabilities[finding.rule] >= DEMOTE_BELOW:
                kept.append(replace(finding, family=trained.family(finding.rule, features)))
        for rule in trained.rules:
            if rule in allowed and rule not in fired and probabilities[rule] >= ADD_AT:
                added = document.finding(rule, sentence.start, sentence.end, MESSAGES[rule])
                kept.append(replace(added, family=trained.family(rule, features)))
    placed = {id(f) for f in pending for s in document.sentences if s.start <= f.start < s.end}
    kept.extend(finding for finding in pending if id(finding) not in placed)
    return kept
