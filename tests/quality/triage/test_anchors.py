"""Skipping to a cue's literal anchors finds exactly what a full regex scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.quality.triage.anchors import literal_anchors
from madoguchi.quality.triage.lexicons import CUES
from madoguchi.quality.triage.matching import _anchor_positions, _matches_at

_WORDS = sorted(
    {word for cue in CUES for word in re.findall(r"[a-z']+|[^\x00-\x7f]{1,4}", cue.pattern.pattern)}
)


def test_every_cue_but_a_few_has_anchors() -> None:
    missing = [cue for cue in CUES if literal_anchors(cue.pattern) is None]
    assert len(missing) <= 2


def test_anchors_of_a_simple_alternation() -> None:
    assert set(literal_anchors(re.compile(r"\b(?:does not|doesn't) work|broken")) or ()) == {
        "does not",
        "doesn't",
        "broken",
    }
    assert literal_anchors(re.compile(r"\d+ times")) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, " ", "。", "\n", "!", "not ", "また"]), max_size=60))
def test_anchored_matching_equals_a_full_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    for cue in CUES:
        anchors = literal_anchors(cue.pattern)
        if anchors is None:
            continue
        expected = [m.span() for m in cue.pattern.finditer(text)]
        found = [m.span() for m in _matches_at(cue.pattern, text, _anchor_positions(text, anchors))]
        assert found == expected, cue.pattern.pattern
