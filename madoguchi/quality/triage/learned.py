"""The learned layer: small linear models over the wording and the families' signals.

Phrase cues and families recall what they list. The models (multinomial logistic
regression, trained by scripts/train_triage.py on the dev domains of the labelled mails,
deterministic) read what nobody listed:

- character 2- and 3-grams of the Japanese text: inflections and particles are short
  strings (〜ません, 〜のに, 〜なければ), so character n-grams carry the morphology a
  tokenizer would give, at a fraction of its cost (MeCab/fugashi takes ~0.6 ms a mail on
  this machine, more than the whole triage budget of the import's hot path);
- English words and word pairs;
- how each sentence ends (the last characters before 。？！ or a line break: 〜ください,
  〜でしょうか, 〜ません; "?", "!"), the modality of the sentence;
- every family's and cue's weight from the rules, so the model learns how much to trust
  each and when two of them together mean more than either.

The model file is plain JSON (the feature names, then their weights, one per class of
each head, as one flat list), loaded once on the first mail, under 5 MB. Scoring a mail
is a few hundred dictionary look-ups and one small matrix product: no scikit-learn at
run time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

# numpy is imported where the model is loaded or scored, not here: a process that only
# renders stored reasons (the web pages) imports triage without paying for it.

MODEL_PATH = Path(__file__).resolve().parent / "model.json"
URGENCY_CLASSES = ("high", "normal", "low")
EMOTION_CLASSES = ("angry", "anxious", "neutral", "positive")
# Only the head of the mail is read for n-grams: it holds the request, and it keeps the
# cost bounded on long mails (the rules already read up to text.MAX_BODY_CHARS).
# (150 for Japanese, tried in session 5, cost held-out ja urgency 0.883 -> 0.866.)
NGRAM_CHARS = 250

_WORD = re.compile(r"[a-z][a-z']+|[0-9]+")
_SENTENCE_MARK = re.compile(r"([。!?！？\n]+)")
_SPACES = re.compile(r"\s+")
_BIGRAMS = [slice(i, i + 2) for i in range(NGRAM_CHARS)]
_TRIGRAMS = [slice(i, i + 3) for i in range(NGRAM_CHARS)]
_PREFIX_CHARACTERS = "c:".__add__


def features(text: str, weights: Mapping[str, float], lang: str) -> dict[str, float]:
    """The model's features of a mail: n-grams, sentence ends and the rules' signals.

    All but the rules' signals are present (1.0) or absent: built as sets, in C loops.
    """
    head = _SPACES.sub(" ", text[:NGRAM_CHARS].lower())
    names: set[str]
    if lang == "ja":
        # Slicing by prepared slice objects keeps the loop in C (the import's hot path).
        cut = head.__getitem__
        names = set(map(_PREFIX_CHARACTERS, map(cut, _BIGRAMS[: max(len(head) - 1, 0)])))
        names.update(map(_PREFIX_CHARACTERS, map(cut, _TRIGRAMS[: max(len(head) - 2, 0)])))
    else:
        words = _WORD.findall(head)
        names = {"w:" + word for word in words}
        names.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    # How each sentence ends, and the mark that ends it ("?" asks, "!" presses).
    pieces = _SENTENCE_MARK.split(head)
    names.update("e:" + piece[-3:] for piece in pieces[::2] if piece)
    names.update("m:" + mark[:2] for mark in pieces[1::2])
    names.add("lang:" + lang)
    found = dict.fromkeys(names, 1.0)
    for name, value in weights.items():
        found["r:" + name] = min(value, 2.0)
    return found


@dataclass(frozen=True, slots=True)
class Head:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    columns: slice  # this head's columns in Model.matrix


class Model:
    """Both heads' weights in one matrix (a row a feature): one look-up pass a mail."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        import numpy

        urgency, emotion = data["urgency"], data["emotion"]
        width_u, width_e = len(urgency["classes"]), len(emotion["classes"])
        zeros_u, zeros_e = [0.0] * width_u, [0.0] * width_e
        names: list[str]
        if "features" in data:
            # The shipped file: the feature names, then one flat list of both heads'
            # weights a feature (a third of the time to read of a dictionary per head).
            names = list(data["features"])
            rows = numpy.array(data["rows"], dtype=numpy.float64)
            self.matrix = numpy.concatenate((numpy.zeros(width_u + width_e), rows)).reshape(
                len(names) + 1, width_u + width_e
            )
        else:  # a dictionary of weights per head (tests build small models so)
            names = sorted(set(urgency["weights"]) | set(emotion["weights"]))
            self.matrix = numpy.array(
                [zeros_u + zeros_e]
                + [
                    urgency["weights"].get(name, zeros_u) + emotion["weights"].get(name, zeros_e)
                    for name in names
                ],
                dtype=numpy.float64,
            ).reshape(len(names) + 1, width_u + width_e)
        self.index = {name: row for row, name in enumerate(names, start=1)}
        self.row_names = ["", *names]  # a row's feature name (row 0: none)
        self.wording_rows = numpy.array([name[:2] in _WORDING for name in self.row_names])
        # The Japanese character n-grams as numbers (_gram_codes), sorted, with their rows:
        # score_text finds a mail's n-grams among them with one numpy search, where cutting
        # ~500 slices a mail and looking each up cost twice the time (session 16).
        grams = [
            (name[2:], row)
            for name, row in self.index.items()
            if name[:2] == "c:" and len(name) in (4, 5)
        ]
        codes = _gram_codes_of([gram for gram, _ in grams])
        order = numpy.argsort(codes, kind="stable")
        # A last code above any n-gram's (21 bits a code point, at most 0x10FFFF), row 0.
        sentinel = numpy.array([numpy.iinfo(numpy.uint64).max], dtype=numpy.uint64)
        self.gram_codes = numpy.concatenate((codes[order], sentinel))
        gram_rows = numpy.array([row for _, row in grams], dtype=numpy.intp)[order]
        self.gram_rows = numpy.concatenate((gram_rows, numpy.zeros(1, dtype=numpy.intp)))
        self.urgency = Head(
            tuple(urgency["classes"]), tuple(urgency["intercept"]), slice(0, width_u)
        )
        self.emotion = Head(
            tuple(emotion["classes"]),
            tuple(emotion["intercept"]),
            slice(width_u, width_u + width_e),
        )
        self.urgency_margin = float(data["urgency_margin"])
        self.emotion_margin = float(data["emotion_margin"])
        self.high_threshold = float(data["high_threshold"])  # p(high) upgrading a "normal"
        self.negative_threshold = float(data["negative_threshold"])  # p(angry)+p(anxious)
        # Below this p(high) a rules' "high" is filed "normal" (0.0, an older file: never).
        self.demote_threshold = float(data.get("demote_threshold", 0.0))

    def scores(self, found: Mapping[str, float], signals: Mapping[str, float] | None = None) -> Any:
        """Every class's score before the softmax (urgency columns, then emotion ones).

        All features but the rules' signals ("r:…") are 1.0: their rows are summed as
        found by one C-level map over the names; the signals' values are applied after.
        """
        index = self.index
        # Row 0 of the matrix is zeros: an unknown feature looks up 0 and adds nothing,
        # so the look-up stays one C-level map (the import's hot path).
        rows = list(map(index.get, found, repeat(0)))
        total = self.matrix[rows].sum(axis=0)
        for name, value in found.items() if signals is None else signals.items():
            # Only the few "r:" features may differ from 1.0; when the caller has them
            # apart (`signals`, the rules' weights) the n-grams are not walked again.
            key = name if signals is None else "r:" + name
            value = found.get(key, 1.0) if signals is not None else value
            if key[:2] == "r:" and value != 1.0:
                row = index.get(key)
                if row is not None:
                    total = total + (value - 1.0) * self.matrix[row]
        return total

    def score_text(self, text: str, weights: Mapping[str, float], lang: str) -> Any:
        """scores(features(text, weights, lang)), without building the features' names.

        The same sum (a test checks it on every labelled mail): the Japanese n-grams are
        looked up as numbers (_gram_rows), not as "c:"-prefixed names, and the rules' signals are
        added as one weighted product. The import's hot path calls this one.
        """
        return self.score_rows(text, weights, lang)[0]

    def score_rows(
        self, text: str, weights: Mapping[str, float], lang: str
    ) -> tuple[Any, list[int]]:
        """score_text, and the rows of the wording features found (for strongest_of_rows)."""
        head = _SPACES.sub(" ", text[:NGRAM_CHARS].lower())
        names: set[str] = set()
        if lang == "ja":
            rows = self._gram_rows(head)
        else:
            words = _WORD.findall(head)
            names.update(map("w:".__add__, words))
            names.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
            rows = []
        pieces = _SENTENCE_MARK.split(head)
        names.update("e:" + piece[-3:] for piece in pieces[::2] if piece)
        names.update("m:" + mark[:2] for mark in pieces[1::2])
        names.add("lang:" + lang)
        index = self.index
        rows.extend(map(index.get, names, repeat(0)))
        total = self.matrix.take(rows, axis=0).sum(axis=0)  # take: ~2x fancy indexing
        signal_rows = [index.get("r:" + name, 0) for name in weights]
        if signal_rows:
            import numpy

            values = numpy.fromiter(
                (min(value, 2.0) for value in weights.values()), numpy.float64, len(weights)
            )
            total = total + values @ self.matrix.take(signal_rows, axis=0)
        return total, rows

    def _gram_rows(self, head: str) -> list[int]:
        """The rows of the character 2- and 3-grams of `head` the model knows, each once
        (the n-grams are a set), found as numbers in the sorted codes of the vocabulary."""
        codes = _gram_codes(head)  # sorting them first costs more than it saves
        at = self.gram_codes.searchsorted(codes)  # the sentinel: never past the end
        hit = self.gram_codes.take(at) == codes
        return list(set(self.gram_rows.take(at[hit]).tolist()))

    def probabilities(self, head: Head, scores: Any) -> dict[str, float]:
        # tolist: the same Python floats as float() of each, in one call.
        raw = [x + b for x, b in zip(scores[head.columns].tolist(), head.intercept, strict=True)]
        top = max(raw)
        exps = [math.exp(value - top) for value in raw]
        total = sum(exps)
        return {label: exp / total for label, exp in zip(head.classes, exps, strict=True)}

    def strongest_of_rows(self, head: Head, rows: Sequence[int], label: str) -> str:
        """strongest() from the rows score_rows found, without naming every n-gram again
        (the same answer: a test checks it on every labelled mail). A fifth of the mails
        are raised by the model, and naming their features was a tenth of triage's time."""
        import numpy

        found = numpy.fromiter(set(rows), numpy.intp)
        found = found[self.wording_rows[found]]
        if not found.size:
            return ""
        block = self.matrix[found, head.columns]
        contributions = block[:, head.classes.index(label)] - block.mean(axis=1)
        top = contributions.max()
        if not top > 0:
            return ""
        # Of features pushing equally (a bigram and the trigram over it), the first by name,
        # as strongest() takes: the same quote in every process.
        return min(self.row_names[row] for row in found[contributions == top].tolist())

    def strongest(self, head: Head, found: Mapping[str, float], label: str) -> str:
        """The wording feature that pushed hardest towards `label` (for the reason)."""
        # Sorted: `found` is built from sets, whose order changes with each process's
        # string hashing; two features pushing equally (a bigram and the trigram over
        # it) must quote the same words in every run.
        names = sorted(name for name in found if name[:2] in _WORDING and name in self.index)
        if not names:
            return ""
        block = self.matrix[[self.index[name] for name in names], head.columns]
        column = head.classes.index(label)
        contributions = block[:, column] - block.mean(axis=1)
        best = int(contributions.argmax())
        return names[best] if contributions[best] > 0 else ""


def _gram_codes(text: str) -> Any:
    """Every character 2-gram and 3-gram of `text` as one number (uint64): a bigram's
    two code points (21 bits each) side by side, a trigram's three with the top bit set,
    so that no bigram and trigram share a number and each number is one n-gram."""
    import numpy

    points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32).astype(
        numpy.uint64
    )
    if len(points) < 2:
        return numpy.zeros(0, dtype=numpy.uint64)
    pairs = (points[:-1] << numpy.uint64(21)) | points[1:]
    triples = (pairs[:-1] << numpy.uint64(21)) | points[2:] | numpy.uint64(1 << 63)
    return numpy.concatenate((pairs, triples))


def _gram_codes_of(grams: list[str]) -> Any:
    """_gram_codes of each 2- or 3-character string, in order (one pass over them all)."""
    import numpy

    codes = numpy.zeros(len(grams), dtype=numpy.uint64)
    for length in (2, 3):
        where = [number for number, gram in enumerate(grams) if len(gram) == length]
        joined = "".join(grams[number] for number in where)
        raw = numpy.frombuffer(joined.encode("utf-32-le", "surrogatepass"), numpy.uint32)
        points = raw.astype(numpy.uint64).reshape(len(where), length)
        code = (points[:, 0] << numpy.uint64(21)) | points[:, 1]
        if length == 3:
            code = (code << numpy.uint64(21)) | points[:, 2] | numpy.uint64(1 << 63)
        codes[where] = code
    return codes


_WORDING = frozenset({"c:", "w:", "b:", "e:"})  # what a reason can quote
_NEGATIVE = frozenset({"angry", "anxious"})


def may_overrule(
    head: str, rule: str, model: str, *, trouble: bool = False, unhurried: bool = False
) -> bool:
    """The model may raise what the rules found, never silence it: a family that reads
    high urgency, anger or fear keeps it (a missed urgent mail costs more than a false
    alarm, and the rules quote the words that showed it), save a "high" the model finds
    all but impossible (Model.demote_threshold, chosen by cross-validation with a floor
    on the recall of high urgency; quality.triage._second_opinion). Nor does polite
    thanks on top of a stated problem (`trouble`) make the mail read as happy, or as low urgency."""
    if head == "urgency":
        # Nor does it file a mail that states a problem (locked out, charged twice) as
        # low: "thanks, but I still cannot log in" is still waiting for us.
        # Nor does it call a mail normal whose writer said it can wait or asked about
        # later plans (`unhurried`: the calm and later families), which the rules filed low.
        if rule == "low" and model == "normal" and unhurried:
            return False
        return rule != "high" and not (model == "low" and trouble)
    if model == "positive" and trouble:
        return False
    return not (rule in _NEGATIVE and model not in _NEGATIVE)


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, read once; None when the file is missing or unreadable (the
    rules then decide alone, as before the model existed)."""
    try:
        return Model(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def quote_for(feature: str, text: str) -> str:
    """The words of the mail behind a feature: the sentence that holds the n-gram."""
    kind, _, value = feature.partition(":")
    lowered = text.lower()
    if kind in ("c", "w", "b", "e"):
        needle = value.strip()
        at = lowered.find(needle) if needle else -1
        if at >= 0:
            start = max(lowered.rfind(mark, 0, at) for mark in ("。", "\n", ". ", "!", "?"))
            end_candidates = [
                lowered.find(mark, at) for mark in ("。", "\n", ". ", "!", "?", "！", "？")
            ]
            ends = [end for end in end_candidates if end >= 0]
            end = min(ends) if ends else len(text)
            return " ".join(text[start + 1 : end + 1].split())[:40]
    return ""
