"""Skipping to a cue's literal anchors finds exactly what a full regex scan finds."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.quality.triage.anchors import AnchorIndex, literal_anchors, trie_pattern
from madoguchi.quality.triage.lexicons import CONTRAST, CUES
from madoguchi.quality.triage.matching import (
    ANCHORS_PATH,
    _anchors_of,
    _matches_at,
    anchor_table,
    has_contrast,
)
from madoguchi.quality.triage.matching import CUES as ALL_CUES

_WORDS = sorted(
    {word for cue in CUES for word in re.findall(r"[a-z']+|[^\x00-\x7f]{1,4}", cue.pattern.pattern)}
)


_INDEX = AnchorIndex([literal_anchors(cue.pattern) for cue in CUES])


def test_every_cue_has_anchors() -> None:
    assert [cue.pattern.pattern for cue in CUES if literal_anchors(cue.pattern) is None] == []


def test_anchors_of_a_simple_alternation() -> None:
    assert set(literal_anchors(re.compile(r"\b(?:does not|doesn't) work|broken")) or ()) == {
        "does not work",
        "doesn't work",
        "broken",
    }
    assert set(literal_anchors(re.compile(r"(?:i'?m|we are) done|[0-9]+ times")) or ()) == {
        "i'm done",
        "im done",
        "we are done",
        *"0123456789",
    }
    assert literal_anchors(re.compile(r"\d+ times")) is None  # \d: every script's digits
    assert literal_anchors(re.compile(r"(?:due|\w+) today")) is None


def test_trie_matches_the_longest_word_at_a_position() -> None:
    pattern = re.compile(trie_pattern(["can", "cannot", "can't", "cancel"]))
    assert [m.group() for m in pattern.finditer("cannot cancel can't can")] == [
        "cannot",
        "cancel",
        "can't",
        "can",
    ]


def test_index_finds_overlapping_anchors_of_several_cues() -> None:
    index = AnchorIndex([("not working",), ("working again",), None, ("wor",)])
    assert index.positions("not working again") == {0: [0], 1: [4], 3: [4]}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, " ", "。", "\n", "!", "not ", "また"]), max_size=60))
def test_anchored_matching_equals_a_full_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    starts = _INDEX.positions(text)
    for number, cue in enumerate(CUES):
        expected = [m.span() for m in cue.pattern.finditer(text)]
        found = [m.span() for m in _matches_at(cue.pattern, text, starts.get(number, []))]
        assert found == expected, cue.pattern.pattern


_CONTRAST_ANY_CASE = re.compile(CONTRAST.pattern, re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["But", "STILL", "still", "また同じ", "まだ", "now it", "Now The", " "]),
        max_size=20,
    )
)
def test_contrast_found_through_anchors_as_by_a_full_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert has_contrast(text) == (_CONTRAST_ANY_CASE.search(text) is not None)


def test_index_merges_the_hiragana_and_other_tries_in_order() -> None:
    index = AnchorIndex([("まだ", "再発"), ("して",)])
    assert index.positions("再発してまだ再発") == {0: [0, 4, 6], 1: [2]}


def test_it_ships_the_anchors_every_cue_has_today() -> None:
    # Stale, the file would cost every process the parsing again (never a verdict):
    # after changing a cue, run scripts/triage_anchors.py.
    assert ANCHORS_PATH.read_text(encoding="utf-8") == anchor_table()


def test_it_works_out_the_anchors_of_a_cue_the_shipped_file_lacks() -> None:
    cue = ALL_CUES[0]
    assert _anchors_of(cue.source, {}) == literal_anchors(cue.pattern)
    assert _anchors_of(cue.source, {cue.source: ["x"]}) == ("x",)


def test_it_imports_triage_without_compiling_the_cues_or_loading_numpy() -> None:
    # What the web pages (reasons rendered from codes) and every worker pay at start.
    code = (
        "import re, sys; import madoguchi.quality.triage as t; "
        "from madoguchi.quality.triage.lexicons import compiled; "
        "print(compiled.cache_info().currsize, 'numpy' in sys.modules); "
        "r = t.triage('本日中に返金してください。二重に請求されています。', subject='返金'); "
        "print(r.urgency, compiled.cache_info().currsize > 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False", "high", "True"]
