"""The hand-labelled set: big, both languages, many domains, a held-out part that is new
(no twin and no near-copy of a dev mail), and triage still meets a floor on the dev part.
The held-out part is only reported by scripts/triage_eval.py, never gated here."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, recall_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled import HELD_OUT_DOMAINS, LabelledMail, load_labelled  # noqa: E402

from madoguchi.quality.near_copies import near_pairs  # noqa: E402
from madoguchi.quality.triage import triage  # noqa: E402

NEAR_COPY = 0.6  # character 3-gram Jaccard (measuring-text-analysis.md)


def test_it_has_both_languages_many_domains_and_a_held_out_part() -> None:
    mails = load_labelled()
    assert len({mail.key for mail in mails}) == len(mails)
    for lang in ("ja", "en"):
        assert sum(1 for mail in mails if mail.lang == lang) >= 350
    domains = {mail.domain for mail in mails} - {"legacy"}
    assert len(domains) >= 15
    assert HELD_OUT_DOMAINS <= domains
    held_out = sum(1 for mail in mails if mail.split == "held-out")
    # 0.12: spent outside sets come in as dev data (fresh-eval10's 178 mails, session 13),
    # so the held-out share falls while the held-out part itself stays as it was
    # (0.10 since fresh-eval17 came in, session 20: 787 of 6,621; 0.09 since fresh-eval24 to
    # fresh-eval26 came in, session 27: the same 787 of 8,276; 0.08 since fresh-eval35 came in,
    # session 33: 877 of 9,878 — the held-out part is unchanged, only the dev part grows;
    # 0.07 since fresh-eval42 came in, session 36: the same 877 of 11,125; 0.06 since
    # fresh-eval50 came in, session 39: the same 877 of 12,550; 0.05 since fresh-eval62 came
    # in, session 47: the same 877 of 14,676).
    assert held_out >= 150 and 0.05 * len(mails) <= held_out <= 0.4 * len(mails)


def test_it_keeps_translated_pairs_on_one_side_of_the_split() -> None:
    sides: dict[str, set[str]] = defaultdict(set)
    for mail in load_labelled():
        if mail.pair != "-":
            sides[mail.pair].add(mail.split)
    assert sides
    assert [pair for pair, split in sides.items() if len(split) > 1] == []


def _grams(mail: LabelledMail) -> frozenset[str]:
    text = " ".join(f"{mail.subject or ''} {mail.body}".lower().split())
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


def test_it_has_no_held_out_mail_that_nearly_copies_a_dev_mail() -> None:
    mails = load_labelled()
    dev = [_grams(mail) for mail in mails if mail.split == "dev"]
    held_out = [mail for mail in mails if mail.split == "held-out"]
    found = near_pairs([_grams(mail) for mail in held_out], dev, NEAR_COPY)
    copies = sorted({held_out[number].key for number, _, _ in found})
    assert copies == []


def test_it_meets_a_floor_on_the_dev_part_in_each_language() -> None:
    for lang in ("ja", "en"):
        mails = [m for m in load_labelled() if m.split == "dev" and m.lang == lang]
        results = [triage(mail.body, subject=mail.subject) for mail in mails]
        gold_urgency = [mail.urgency for mail in mails]
        urgency = [result.urgency for result in results]
        assert accuracy_score(gold_urgency, urgency) >= 0.85, lang
        assert recall_score(gold_urgency, urgency, labels=["high"], average=None)[0] >= 0.9
        emotion_f1 = f1_score(
            [mail.emotion for mail in mails],
            [result.emotion for result in results],
            average="macro",
        )
        assert emotion_f1 >= 0.75, lang
        terse = f1_score([mail.terse for mail in mails], [result.terse for result in results])
        assert terse >= 0.8, lang
