"""phrases.compile: a filtered pattern answers as `re` does, only sooner when it cannot match."""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import madoguchi.quality.lint as lint_package
from madoguchi.quality import phrases


@functools.cache
def _filtered_patterns() -> tuple[tuple[str, phrases.PhrasePattern], ...]:
    found = []
    for info in pkgutil.walk_packages(lint_package.__path__, "madoguchi.quality.lint."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, phrases.PhrasePattern):
                found.append((f"{info.name}.{name}", value))
            elif isinstance(value, tuple):  # a rule's families: ((family, pattern), …)
                found.extend(
                    (f"{info.name}.{name}.{item[0]}", item[1])
                    for item in value
                    if isinstance(item, tuple)
                    and len(item) == 2
                    and isinstance(item[1], phrases.PhrasePattern)
                )
    return tuple(found)


@functools.cache
def _labelled_texts() -> list[str]:
    data = Path(__file__).parent / "lint" / "data"
    return [
        json.loads(line)["text"]
        for name in ("sentences_ja.jsonl", "sentences_en.jsonl")
        for line in (data / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _same(pattern: phrases.PhrasePattern, text: str) -> bool:
    ours, theirs = pattern.search(text), pattern.compiled.search(text)
    if ours is None or theirs is None:
        return ours is theirs
    return ours.span() == theirs.span() and ours.groupdict() == theirs.groupdict()


def test_it_filters_the_reply_checkers_largest_lists():
    names = {name.rsplit(".", 1)[1] for name, _ in _filtered_patterns()}
    assert {"_UNKNOWN_EN", "_FAMILIES_S20_JA", "_REFUSAL_JA"} <= names


def test_it_skips_a_sentence_without_any_of_the_words():
    pattern = phrases.compile(r"\b(?:not our (?:problem|concern)|nothing we can do)\b", re.I)
    assert isinstance(pattern, phrases.PhrasePattern)
    assert not pattern.possible("Thank you for the photos of the parcel.")
    assert pattern.search("That is NOT OUR PROBLEM.") is not None
    assert pattern.sub("*", "Nothing we can do, sorry.") == "*, sorry."
    assert pattern.sub("*", "All fine.") == "All fine."
    assert pattern.subn("*", "All fine.") == ("All fine.", 0)
    assert list(pattern.finditer("all fine")) == []


def test_a_long_alternation_is_searched_a_branch_at_a_time_with_the_same_answer():
    # The group around the alternation stays in each branch: \b(…)\b, named groups and all.
    pattern = phrases.compile(
        r"\b(?P<what>not our problem|nothing we can do|out of scope|contact the maker|by design)\b",
        re.I,
    )
    assert isinstance(pattern, phrases.PhrasePattern) and pattern._branches
    text = "Sadly it is by design, and nothing we can do; it is not our problem."
    found = pattern.search(text)
    assert found is not None and found.group("what") == "by design"
    assert (
        found.re is pattern.compiled
    )  # the whole pattern's own match, its groups numbered as re does
    after = pattern.search(text, found.end())
    assert after is not None and after.group("what") == "nothing we can do"
    assert pattern.search(text, 0, found.start()) is None
    assert pattern.search("All fine, thanks.") is None


def test_a_branch_without_a_required_word_keeps_every_call_answering_as_re():
    # Four branches with words and one (\d+円) without: any text may match the last one.
    pattern = phrases.compile(r"not our problem|nothing we can do|out of scope|by design|\d+円")
    assert isinstance(pattern, phrases.PhrasePattern)
    assert pattern.search("合計1200円です") is not None
    assert pattern.sub("*", "合計1200円です") == "合計*です"
    assert [m.group() for m in pattern.finditer("500円と300円")] == ["500円", "300円"]


def test_an_alternation_that_cannot_be_split_safely_is_searched_whole():
    assert phrases._split_branches(r"(?i)aa|bb|cc|dd") is None  # a global inline flag
    assert phrases._split_branches(r"(a)|b\1|cc|dd") is None  # a back-reference
    assert phrases._split_branches(r"(?!aa|bb|cc|dd)x") is None  # a look-around's branches
    assert phrases._split_branches(r"[|(]aa|bb") == ["[|(]aa", "bb"]  # a class is no branch


def test_a_pattern_without_a_required_word_is_left_as_it_is():
    plain = phrases.compile(r"\d+[円ドル]")
    assert isinstance(plain, re.Pattern)


def test_it_searches_in_full_where_re_folds_case_differently_from_lower():
    # re matches "ſ" (long s) and "ı" (dotless i) to s and i under IGNORECASE; str.lower does not.
    pattern = phrases.compile(r"\b(?:sorry|this is impossible)\b", re.I)
    for text in ("ſorry for that", "thıs is impossible", "THİS IS IMPOSSIBLE"):
        assert _same(pattern, text), text  # type: ignore[arg-type]


def test_every_filtered_list_answers_as_re_on_the_labelled_sentences():
    texts = _labelled_texts()
    for name, pattern in _filtered_patterns():
        for text in texts:
            assert _same(pattern, text), (name, text)
            assert _same(pattern, text.upper()), (name, text)
            middle = len(text) // 2  # from a position, as the rules search after a clause
            ours, theirs = pattern.search(text, middle), pattern.compiled.search(text, middle)
            assert (ours and ours.span()) == (theirs and theirs.span()), (name, text)


_ALPHABET = st.sampled_from(
    list("abcdefghilnorstuwy '.,ABCDILNOSTſıİKµΣσςκϰ")
    + [
        "ません",
        "対応",
        "できかね",
        "お客様",
        "気のせい",
        "関係",
        "ご自身で",
        "not our ",
        "unable to ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=20).map("".join))
def test_any_text_gets_the_same_answer_as_re(text):
    for _, pattern in _filtered_patterns():
        assert _same(pattern, text), text


@functools.cache
def _screens() -> tuple[tuple[str, phrases.Screen[str]], ...]:
    found = []
    for info in pkgutil.walk_packages(lint_package.__path__, "madoguchi.quality.lint."):
        module = importlib.import_module(info.name)
        found.extend(
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, phrases.Screen)
        )
    return tuple(found)


def _first_matches(screen: phrases.Screen[str], text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every item of the screen that matches the text, by its place in the list: the
    screened items against all of them searched in turn."""
    items = [(label, pattern) for label, pattern, _ in screen._items]
    yielded = list(screen.candidates(text))
    matched = []
    for place, (label, pattern) in enumerate(items):
        found = pattern.search(text)
        if found is not None:
            assert (label, pattern) in yielded, (label, pattern.pattern, text)
            matched.append((place, found.span()))
    return matched


def test_a_screen_yields_every_pattern_that_matches_in_its_order():
    screen = phrases.Screen(
        [
            ("a", phrases.compile(r"not our (?:problem|concern)", re.I)),
            ("b", re.compile(r"\d+円")),  # no required word: always yielded
            ("c", re.compile(r"当然(?:です|でしょう)")),
        ]
    )
    assert [label for label, _ in screen.candidates("合計は当然です")] == ["b", "c"]
    assert [label for label, _ in screen.candidates("That is NOT OUR CONCERN.")] == ["a", "b"]
    assert [label for label, _ in screen.candidates("thıs ſorry")] == ["a", "b", "c"]  # in full
    first = screen.first("合計300円、当然です")
    assert first is not None and first[0] == "b" and first[1].group(0) == "300円"
    assert screen.first("nothing here") is None


def test_every_screen_of_the_checker_skips_only_what_cannot_match():
    texts = _labelled_texts()
    assert _screens(), "the checker's family lists are screened"
    for _, screen in _screens():
        for text in texts:
            _first_matches(screen, text)
            _first_matches(screen, text.upper())


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=20).map("".join))
def test_any_text_gets_every_matching_pattern_from_a_screen(text):
    for _, screen in _screens():
        _first_matches(screen, text)
