"""Issue 11 rule 6, walk 13 F2/F6: a rewrite offered with one click leaves a reply that passes.

Every one-click rewrite the checker offers on the fitting split of the labelled drafts is
applied, and the draft is checked again: the rewrite must not bring a finding of its own (a
blank 〇〇, a bare command, a vague word), nor leave the fault it was offered for. Training
data only (the "dev" split); the rules are read without the learned layer, which is
retrained apart.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from madoguchi.quality.lint import lint
from madoguchi.quality.lint.rewrite import sound_rewrite

DATA = Path(__file__).parent / "data" / "drafts.jsonl"


def _dev_drafts() -> list[dict[str, str]]:
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return [item for item in items if item["split"] == "dev"]


def test_no_offered_rewrite_brings_a_finding_into_the_draft() -> None:
    brought = []
    applied = 0
    for item in _dev_drafts():
        text, subject = item["text"], item.get("subject")
        before = lint(text, subject=subject, learned=False)
        for finding in before:
            rewrite = sound_rewrite(text, finding)
            if rewrite is None:
                continue
            applied += 1
            rewritten = text[: rewrite.start] + rewrite.text + text[rewrite.end :]
            after = lint(rewritten, subject=subject, learned=False)
            more = Counter(f.rule for f in after) - Counter(f.rule for f in before)
            cured = (
                Counter(f.rule for f in after)[finding.rule]
                < Counter(f.rule for f in before)[finding.rule]
            )
            if more or not cured:
                brought.append((item["id"], finding.rule, rewrite.text, dict(more)))
    assert applied > 0
    assert brought == []
