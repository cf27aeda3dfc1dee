"""Large alternations of phrases, searched only where one of their words can be.

Python's `re` tries every branch of an alternation at every position of the text: a family
list of two hundred wordings costs 40–60 µs per sentence whether or not any of its words is
there, and the reply checker runs a few dozen such lists on every sentence (issue 11: a
third of its time was `Pattern.search`). Every match of such a list contains, in each
branch, some literal run of characters (「筋合い」, "not our"): `compile()` reads the
pattern's parse tree once, picks for each branch the literal every match of it must
contain, and `search()` looks for those few words with `in` (a C loop over the sentence)
before it runs the regular expression. Where no word is there the pattern cannot match and
None is returned at once; otherwise the real search runs and its answer is returned as it is.

The filter only ever skips a search that cannot match: the literals are compared
lower-cased on both sides (so a case-insensitive pattern is filtered too), literals with a
character whose lower case is context-dependent or not one character are not used, and a
text containing a character that `re` folds differently from `str.lower` (dotless ı, long
ſ, İ, Greek and old Cyrillic variants: `re._casefix`) is always searched in full.
tests/quality/test_phrases.py checks this against `re` on every pattern of the checker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, cast

try:  # Python 3.11+: the parser `re` itself uses.
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layout; the patterns are then searched in full
    _sre_constants = None  # type: ignore[assignment]
    _sre_parse = None  # type: ignore[assignment]

try:
    from re._casefix import _EXTRA_CASES

    _FOLDED = frozenset(
        chr(code) for key, values in _EXTRA_CASES.items() for code in (key, *values)
    )
except ImportError:  # pragma: no cover
    _FOLDED = frozenset("ıſµμΐΰβϐεϵθϑικϰπϖρϱςσφϕͅвᲀдᲁоᲂсᲃтᲄᲅъᲆѣᲇꙋᲈṡẛﬅﬆ")

# Text characters `re` may match to a literal while `str.lower` maps them elsewhere (İ lowers
# to two characters; the others are the case folds `re` adds to i, s, µ and Greek and Cyrillic
# letters): such a text is searched in full, and a literal holding one is not used.
_UNSAFE_TEXT = frozenset(char for char in _FOLDED if ord(char) > 127) | {
    "\u0130",
    "\u212a",
    "\u212b",
}

_BARE = re.compile(r"[\W_]+")

# Below this many characters a required literal filters too little to be worth the check.
_SHORTEST = 2


def _usable(literal: str) -> bool:
    return all(
        len(char.lower()) == 1 and char not in _UNSAFE_TEXT and char not in "Σ" for char in literal
    )


def _required(items: Any) -> list[str] | None:
    """Words at least one of which every match of this parsed sequence contains, or None."""
    constants = _sre_constants
    candidates: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(["".join(run).lower()])
            run.clear()

    for op, value in items:
        if op is constants.LITERAL:
            run.append(chr(value))
            continue
        flush()
        if op is constants.SUBPATTERN:
            found = _required(value[-1])
        elif op is constants.BRANCH:
            branches = [_required(branch) for branch in value[1]]
            found = (
                None
                if any(branch is None for branch in branches)
                else [word for branch in branches for word in cast(list[str], branch)]
            )
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            found = _required(value[2]) if value[0] >= 1 else None
        elif op is constants.ATOMIC_GROUP:
            found = _required(value)
        else:  # a class, any character, an anchor, a look-around, a back-reference
            found = None
        if found:
            candidates.append(found)
    flush()
    usable = [
        sorted(set(words))
        for words in candidates
        if all(_usable(word) and len(word) >= _SHORTEST for word in words)
    ]
    if not usable:
        return None
    # The most selective: the longest shortest word (spaces and punctuation do not count: " to "
    # is as common as "to"), then the fewest words.
    return max(
        usable, key=lambda words: (min(len(_BARE.sub("", word)) for word in words), -len(words))
    )


class PhrasePattern:
    """A compiled pattern that answers no at once when none of its required words is there.

    Behaves as the `re.Pattern` it wraps for search, match, fullmatch, finditer, findall,
    sub and subn; every other attribute is the wrapped pattern's.
    """

    __slots__ = ("compiled", "_by_first")

    def __init__(self, compiled: re.Pattern[str], words: list[str]) -> None:
        self.compiled = compiled
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[0], []).append(word)
        self._by_first = {char: tuple(group) for char, group in by_first.items()}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"PhrasePattern({self.compiled!r})"

    def possible(self, text: str) -> bool:
        lowered, chars = _lowered(text)
        if lowered is None:
            return True
        by_first = self._by_first
        for char in chars.intersection(by_first):
            for word in by_first[char]:
                if word in lowered:
                    return True
        return False

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args) if self.possible(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.compiled.findall(text, *args) if self.possible(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.possible(text) else text

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled.subn(repl, text, count) if self.possible(text) else (text, 0)


# The text most recently filtered, lower-cased, and its characters: the checker runs a few
# dozen lists over the same sentence in a row. (A tuple is replaced whole, so a thread that
# reads it sees one text's values.)
_LAST: tuple[str, str | None, frozenset[str]] = ("", "", frozenset())


def _lowered(text: str) -> tuple[str | None, frozenset[str]]:
    global _LAST
    last = _LAST
    if last[0] is text or last[0] == text:
        return last[1], last[2]
    chars = frozenset(text)
    lowered = None if not _UNSAFE_TEXT.isdisjoint(chars) else text.lower()
    lowered_chars = frozenset(lowered) if lowered is not None else chars
    _LAST = (text, lowered, lowered_chars)
    return lowered, lowered_chars


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """`re.compile`, filtered by the words every match must contain where there are such.

    Typed as the `re.Pattern` it behaves as (PhrasePattern answers the same calls)."""
    compiled = re.compile(pattern, flags)
    words = None
    if _sre_parse is not None:
        try:
            words = _required(_sre_parse.parse(pattern, flags))
        except Exception:  # noqa: BLE001 - a parser change only costs the filter
            words = None
    if not words:
        return compiled
    return cast(re.Pattern[str], PhrasePattern(compiled, words))
